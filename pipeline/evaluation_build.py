"""Build the evaluation corpus through the same stages, in its own folder, and score it (dev and test).

Why a separate build: the ten evaluation texts (`raw/evaluation/`) are not part of the published
dataset, yet their figures must come from exactly the code that builds it. So the published sources
and the evaluation texts are laid out as a second project root under `build/evaluation-corpus/`
(its own `raw/`, with no curation decisions: the figures measure the rules, not the curators) and built
there by the ordinary `kzfp build`, in a child process. The published package is not touched. The
second root has no `raw/evaluation/`, so its own build does not recurse.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import yaml

from pipeline import evaluate_corpus, parse
from pipeline.errors import InputError
from pipeline.package_io import read_package

FOLDER = "build/evaluation-corpus"
EVAL_SOURCES = "raw/evaluation/sources.yaml"
NO_DECISIONS = "# The evaluation build applies no curation: its figures measure the rules.\ndecisions: []\n"


def available(root: Path) -> bool:
    return (root / EVAL_SOURCES).is_file() and (root / evaluate_corpus.SPLIT_FILE).is_file()


def prepare(root: Path) -> Path:
    """Lay out the second project root: every source of both lists, the dictionaries, the reference data."""
    out = root / FOLDER
    raw = out / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    raw.mkdir(parents=True)
    entries = []
    for listing in (root / "raw" / "sources.yaml", root / EVAL_SOURCES):
        for entry in yaml.safe_load(listing.read_text(encoding="utf-8")):
            name = Path(entry["file"]).name
            shutil.copyfile(listing.parent / entry["file"], raw / name)
            entries.append({**entry, "file": name})
    (raw / "sources.yaml").write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    shutil.copytree(root / "raw" / "dictionaries", raw / "dictionaries")
    shutil.copytree(root / "raw" / "reference", raw / "reference")
    (raw / "curation.yaml").write_text(NO_DECISIONS, encoding="utf-8")
    (out / "schemas").mkdir(exist_ok=True)
    shutil.copyfile(root / "schemas" / "package.yaml", out / "schemas" / "package.yaml")  # the package's metadata
    return out


def run(root: Path) -> Path:
    """Prepare and build the second root with `kzfp build`; its error, if any, is ours."""
    out = prepare(root)
    # the parses of the published texts are the ones this build just made: share its cache (keyed by the text)
    env = {parse.CACHE_ENV: str(parse.cache_dir(root).resolve()), **os.environ, "KZFP_ROOT": str(out)}
    done = subprocess.run(
        [sys.executable, "-c", "from pipeline.cli import main; main()", "build"],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
        raise InputError(f"{FOLDER}: the evaluation build failed: {last}")
    return out


def load_tables(out: Path) -> dict[str, pd.DataFrame]:
    """The published tables of the second root, typed by the schemas."""
    return read_package(out / "build" / "current")[1]


def texts_of(out: Path) -> dict[str, str]:
    """Each source's decoded text (offsets are code points after a leading BOM)."""
    entries = yaml.safe_load((out / "raw" / "sources.yaml").read_text(encoding="utf-8"))
    return {e["id"]: (out / "raw" / e["file"]).read_text(encoding="utf-8").removeprefix("\ufeff") for e in entries}


def aliases(root: Path) -> dict[str, str]:
    """Normalised name or alias -> entity id, from every dictionary (for `new:` names in the gold)."""
    d = root / "raw" / "dictionaries"
    out: dict[str, str] = {}
    for table, column in (
        ("organizations", "name"),
        ("organization_aliases", "alias"),
        ("states", "name"),
        ("state_aliases", "alias"),
        ("persons", "name"),
        ("person_aliases", "alias"),
        ("places", "name"),
        ("place_aliases", "alias"),
    ):
        frame = pd.read_csv(d / f"{table}.csv", dtype=str, keep_default_na=False)
        for entity_id, name in zip(frame["entity_id"], frame[column]):
            out.setdefault(evaluate_corpus.norm_name(name), entity_id)
    return out


def report(root: Path) -> dict:
    """`split`, `dev` and `test`: the evaluation build scored against the blind gold."""
    out = run(root)
    tables = load_tables(out)
    split = evaluate_corpus.load_split(root)
    gold = evaluate_corpus.load_gold(root, texts_of(out))
    names = evaluate_corpus.Names(tables["entities"], aliases(root))
    return {
        "split": split,
        **{role: evaluate_corpus.score(gold, tables, split[role], names) for role in ("dev", "test")},
    }
