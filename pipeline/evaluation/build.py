"""Build the evaluation corpus through the same stages, in its own folder, and score it (dev and test).

Why a separate build: the ten evaluation texts (`raw/evaluation/`) are not part of the published
dataset, yet their figures must come from exactly the code that builds it. So the published sources
and the evaluation texts are laid out as a second project root under `build/evaluation-corpus/`
(its own `raw/`, with no curation decisions: the figures measure the rules, not the curators) and built
there by the ordinary `kzfp build`, in a child process. The published package is not touched. The
second root has no `raw/evaluation/`, so its own build does not recurse.

Why it is cheap when little changed: the second root keeps its own stamps and per-text cache, so its
build re-runs only what its inputs changed; when nothing did, no child is started at all (`run` asks
the stage registry, as `kzfp build` would). The scores are kept beside it (`REPORT_CACHE`) under the
checksum of what they depend on (the second root's publish stamp, the gold and split files, the
scoring code) and re-used while that is unchanged, so a change that leaves the evaluation corpus's
inputs alone (curation decisions, the site's code) costs next to nothing here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import yaml

from pipeline import fingerprint
from pipeline import graph as stages
from pipeline.errors import InputError
from pipeline.evaluation import annotators, child
from pipeline.evaluation import corpus as evaluate_corpus
from pipeline.package.read import read_package
from pipeline.stages import s7_publish as publish
from pipeline.text import parse

FOLDER = "build/evaluation-corpus"
EVAL_SOURCES = "raw/evaluation/sources.yaml"
NO_DECISIONS = "# The evaluation build applies no curation: its figures measure the rules.\ndecisions: []\n"
REPORT_CACHE = "build/evaluation-scores.json"
"""The last scores (`report`) and the checksum of their inputs, inside the second root."""


def available(root: Path) -> bool:
    return (root / EVAL_SOURCES).is_file() and (root / evaluate_corpus.SPLIT_FILE).is_file()


def prepare(root: Path) -> Path:
    """Lay out the second project root: every source of both lists, the dictionaries, the reference data; once
    no build of it runs (one whose parent was killed may, see `pipeline.evaluation.child`)."""
    out = root / FOLDER
    child.wait_for_build(out)
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


def is_built(out: Path) -> bool:
    """Whether `kzfp build` in the second root would find every stage and its publication up to date."""
    work = out / "build" / "work"
    return all(stages.is_fresh(stage, out, work) for stage in stages.STAGES) and stages.is_fresh(
        stages.PUBLISH, out, work, publish.published_files(out / "build")
    )


def run(root: Path) -> Path:
    """Prepare and build the second root with `kzfp build` (unless it is up to date); its error, if
    any, is ours."""
    out = prepare(root)
    if is_built(out):
        return out
    # the parses of the published texts are the ones this build just made: share its cache (keyed by the text)
    env = {parse.CACHE_ENV: str(parse.cache_dir(root).resolve()), **os.environ, "KZFP_ROOT": str(out)}
    done = subprocess.run(
        child.command("from pipeline.cli import main; main()") + ["build"],  # dies with this build
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


def scores_key(root: Path, out: Path) -> str:
    """Checksum of what the scores depend on: the second root's build (its publish stamp holds the
    checksum of every input of its package), the gold and split files, and the scoring code."""
    evaluation = sorted(p for p in (root / "raw" / "evaluation").rglob("*") if p.is_file())
    code = fingerprint.code_files(stages.CODE_ROOT, (__name__,))
    parts = [("stamp", fingerprint.file_digest(stages.stamp_path(stages.PUBLISH, out / "build" / "work")))]
    parts += [(str(p.relative_to(root)), fingerprint.file_digest(p)) for p in evaluation]
    parts += [(str(p.relative_to(stages.CODE_ROOT)), fingerprint.file_digest(p)) for p in code]
    return fingerprint.combine(parts)


def report(root: Path) -> dict:
    """`split`, `dev` and `test`: the evaluation build scored against the blind gold (the scores of
    the last run if nothing they depend on changed since)."""
    out = run(root)
    key, cache = scores_key(root, out), out / REPORT_CACHE
    if cache.is_file():
        kept = json.loads(cache.read_text(encoding="utf-8"))
        if kept.get("key") == key:
            return kept["report"]
    scores = _score(root, out)
    tmp = cache.with_suffix(".tmp")
    tmp.write_text(json.dumps({"key": key, "report": scores}, sort_keys=True), encoding="utf-8")
    tmp.replace(cache)
    return scores


def _score(root: Path, out: Path) -> dict:
    tables = load_tables(out)
    split = evaluate_corpus.load_split(root)
    gold = evaluate_corpus.load_gold(root, texts_of(out))
    names = evaluate_corpus.Names(tables["entities"], aliases(root))
    scores = {role: evaluate_corpus.score(gold, tables, split[role], names) for role in ("dev", "test")}
    second = evaluate_corpus.load_gold(root, texts_of(out), evaluate_corpus.SECOND_DIR)
    for role in ("dev", "test"):
        scores[role]["annotators"] = annotators.agreement(gold, second, split[role], names)
        covered = scores[role]["annotators"]["sources"]
        if covered:  # the coder against the second annotation too: rules tuned to one annotator's habits show here
            against = evaluate_corpus.score(second, tables, covered, names)
            kept = ("sources", "overall", "by_type") + (BLIND_ITEMS if role == "dev" else ())
            scores[role]["against_second"] = {k: against[k] for k in kept}
    scores["test"] = {k: v for k, v in scores["test"].items() if k not in BLIND_ITEMS}
    return {"split": split, **scores}


BLIND_ITEMS = ("misses", "false_positives")
"""The test column keeps its figures and leaves out its items: the gold facts missed and the facts
wrongly extracted would show whoever writes rules the very facts of the texts nobody may read."""
