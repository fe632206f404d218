"""`kzfp build` re-runs exactly the stages whose inputs changed, and per-document work only for changed texts.

Each test builds a copy of the repository with the copy's own code (`python -c` puts the working
directory first on sys.path), edits one input there and builds again, reading from the progress lines
which stages ran ('done in') and which were skipped ('up to date').
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pipeline import fingerprint
from pipeline import graph as stages
from tests.helpers import UNSEEN, copy_repository, outputs

RUN = "import sys; sys.argv = ['kzfp', *sys.argv[1:]]; from pipeline.cli import main; main()"


def kzfp(repo: Path, *args: str) -> subprocess.CompletedProcess:
    """`kzfp` with the code of `repo` (not the installed one), in `repo`."""
    result = subprocess.run(
        [sys.executable, "-c", RUN, *args],
        cwd=repo,
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "KZFP_ROOT"},
    )
    assert result.returncode == 0, result.stderr
    return result


def ran(result: subprocess.CompletedProcess) -> set[str]:
    """The stages a build ran (the others said 'up to date')."""
    names = set(re.findall(r"^\[\d+/\d+\] (\w+): done in", result.stderr, re.MULTILINE))
    skipped = set(re.findall(r"^\[\d+/\d+\] (\w+): up to date", result.stderr, re.MULTILINE))
    assert names | skipped == {s.name for s in stages.GRAPH}, result.stderr
    return names


def depends_on(repo: Path, path: str) -> set[str]:
    """The stages whose code, followed through its imports in `repo`, includes `path`."""
    return {s.name for s in stages.GRAPH if repo / path in fingerprint.code_files(repo, s.modules) or path in s.glue}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    repo = copy_repository(tmp_path_factory.mktemp("incremental") / "repo")
    assert ran(kzfp(repo, "build")) == {s.name for s in stages.GRAPH}
    assert ran(kzfp(repo, "build")) == set()  # nothing changed: nothing runs
    return repo


@pytest.mark.parametrize("path", ["schemas/base.py", "schemas/dictionary.py"])
def test_a_schema_edit_reruns_every_stage_that_depends_on_it_and_no_other(built, path):
    expected = depends_on(built, path)
    # base.py: every stage (the rules read the fact-type declarations); the data dictionary's: publish only
    assert expected == ({s.name for s in stages.GRAPH} if path == "schemas/base.py" else {"publish"})
    source = built / path
    original = source.read_text(encoding="utf-8")
    try:
        source.write_text(original + "\n# an edit\n", encoding="utf-8")
        assert ran(kzfp(built, "build")) == expected
        assert ran(kzfp(built, "build")) == set()
    finally:
        source.write_text(original, encoding="utf-8")
    assert ran(kzfp(built, "build")) == expected  # back to the old bytes: a change again


def test_a_stage_whose_upstream_tables_come_out_unchanged_is_skipped(built):
    source = built / "pipeline" / "stages" / "s4_dedupe.py"
    original = source.read_text(encoding="utf-8")
    try:
        source.write_text(original + "\n# an edit that changes no output\n", encoding="utf-8")
        # dedupe re-runs; its table is byte-identical, so reconcile is skipped; publish imports dedupe
        assert ran(kzfp(built, "build")) == {"dedupe", "publish"}
    finally:
        source.write_text(original, encoding="utf-8")
        kzfp(built, "build")


def test_a_site_edit_republishes_without_checking_the_tables_again_or_rebuilding_the_database(built):
    """The tables did not change: the validate stage is skipped and the DuckDB file is the cached copy."""
    database = built / "build" / "current" / "kzfp.duckdb"
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    source = built / "pipeline" / "site" / "write.py"
    original = source.read_text(encoding="utf-8")
    try:
        source.write_text(original + "\n# an edit to the site's code\n", encoding="utf-8")
        assert ran(kzfp(built, "build")) == {"publish"}
        assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    finally:
        source.write_text(original, encoding="utf-8")
        kzfp(built, "build")


def test_the_gold_files_under_tests_are_inputs_of_publish_only(built):
    assert all(not any(p.is_relative_to(built / "tests") for p in s.files(built)) for s in stages.STAGES)
    gold = built / "tests" / "gold" / "facts.yaml"
    assert gold in stages.PUBLISH.files(built)
    original = gold.read_bytes()
    try:
        gold.write_bytes(original + b"\n")
        assert ran(kzfp(built, "build")) == {"publish"}
    finally:
        gold.write_bytes(original)
        kzfp(built, "build")


def test_a_curation_edit_republishes_without_rebuilding_or_rescoring_the_evaluation_corpus(built):
    """The evaluation corpus applies no curation: its build (its own stamps) and its scores are re-used."""
    evaluation = built / "build" / "evaluation-corpus"
    kept = [evaluation / "build" / "work" / "publish.stamp", evaluation / "build" / "evaluation-scores.json"]
    before = [p.stat().st_mtime_ns for p in kept]
    report = (built / "build" / "current" / "evaluation.json").read_bytes()
    curation = built / "raw" / "curation.yaml"
    original = curation.read_bytes()
    try:
        curation.write_bytes(original + b"\n# a note\n")
        assert ran(kzfp(built, "build")) == {"reconcile", "publish"}
        assert [p.stat().st_mtime_ns for p in kept] == before
        assert (built / "build" / "current" / "evaluation.json").read_bytes() == report
    finally:
        curation.write_bytes(original)
        kzfp(built, "build")


def test_adding_a_text_processes_only_that_text_and_equals_a_full_build(built, tmp_path):
    repo = copy_repository(tmp_path / "repo")
    kzfp(repo, "build")
    (repo / "raw" / "unseen.txt").write_text(UNSEEN, encoding="utf-8")
    sha = hashlib.sha256(UNSEEN.encode("utf-8")).hexdigest()
    with open(repo / "raw" / "sources.yaml", "a", encoding="utf-8") as listing:
        listing.write(
            f"- id: unseen_test\n  file: unseen.txt\n  sha256: {sha}\n  title: null\n  author: null\n"
            "  publisher: null\n  venue: null\n  year: null\n  language: en\n  url: null\n"
            "  rights: written for this test\n  metadata_basis: written for this test\n"
        )
    n_texts = len(yaml.safe_load((repo / "raw" / "sources.yaml").read_text(encoding="utf-8")))
    assert (repo / "build" / "work" / stages.DEDUPE_MEMO).is_file()  # dedupe reuses the last build's matching copies
    result = kzfp(repo, "build")
    assert f"; 1 of {n_texts} texts processed, the rest cached" in result.stderr
    incremental = outputs(repo)
    assert any(
        "unseen_test" in data.decode("utf-8", "replace")
        for name, data in incremental.items()
        if name.endswith("sources.csv")
    )
    shutil.rmtree(repo / "build" / "work")  # every stage and every text again, in this process
    assert ran(kzfp(repo, "build", "--workers", "1")) == {s.name for s in stages.GRAPH}
    assert outputs(repo) == incremental
