"""The stage registry's inputs: code found by following imports, files by content, never under tests/ but gold."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from pipeline import fingerprint
from pipeline import graph as stages
from tests.helpers import ROOT


def names(files: list[Path]) -> set[str]:
    return {str(p.relative_to(stages.CODE_ROOT)) for p in files}


def test_code_inputs_follow_imports_through_the_project_only():
    dedupe = names(stages.code_files(stages.BY_NAME["dedupe"]))
    assert {"pipeline/stages/s4_dedupe.py", "pipeline/graph.py"} <= dedupe
    assert not any(name.startswith("pipeline/rules/") for name in dedupe)  # dedupe never imports a rule
    reconcile = names(stages.code_files(stages.BY_NAME["reconcile"]))
    assert "schemas/base.py" in reconcile  # through reconcile -> schemas -> base, however indirect
    documents = names(stages.code_files(stages.BY_NAME["documents"]))
    assert {"pipeline/rules/__init__.py", "pipeline/rules/memberships.py", "pipeline/text/sentences.py"} <= documents
    assert "pipeline/stages/s4_dedupe.py" not in documents and "pipeline/runner.py" not in documents
    assert "pipeline/runner.py" in names(stages.code_files(stages.PUBLISH))  # publish's wiring lives there


def test_relative_and_function_level_imports_are_followed(tmp_path):
    package = tmp_path / "pipeline"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from .sub import b\n")
    (package / "sub" / "b.py").write_text("from ..c import x\nimport pandas\n")
    (package / "c.py").write_text("x = 1\n")
    (package / "unused.py").write_text("")
    found = {str(p.relative_to(tmp_path)) for p in fingerprint.code_files(tmp_path, ("pipeline.a",))}
    assert found == {
        "pipeline/__init__.py",
        "pipeline/a.py",
        "pipeline/sub/__init__.py",
        "pipeline/sub/b.py",
        "pipeline/c.py",
    }


def test_no_stage_reads_tests_except_publish_reading_the_gold():
    for stage in stages.GRAPH:
        under_tests = [p for p in stage.files(ROOT) if p.is_relative_to(ROOT / "tests")]
        if stage is stages.PUBLISH:
            assert {p.name for p in under_tests} == {"facts.yaml", "second_annotation.yaml"}
        else:
            assert under_tests == []


def test_the_documents_stage_reads_every_listed_text_and_dictionary():
    files = {str(p.relative_to(ROOT)) for p in stages.BY_NAME["documents"].files(ROOT)}
    assert "raw/sources.yaml" in files and "raw/dictionaries/states.csv" in files
    assert "raw/akiner-kazakhstans-evolving-foreign-policy.txt" in files


def test_fingerprints_change_with_content_not_with_touching_or_copying(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(ROOT / "raw", root / "raw")
    work = tmp_path / "work"
    stage = stages.BY_NAME["documents"]
    before = stages.fingerprint_of(stage, root, work)
    listing = root / "raw" / "sources.yaml"
    os.utime(listing, (1, 1))
    assert stages.fingerprint_of(stage, root, work) == before
    listing.write_text(listing.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    edited = stages.fingerprint_of(stage, root, work)
    assert edited != before
    text = root / "raw" / "akiner-kazakhstans-evolving-foreign-policy.txt"  # the same bytes behind a link
    text.rename(tmp_path / "outside.txt")
    text.symlink_to(tmp_path / "outside.txt")
    assert stages.fingerprint_of(stage, root, work) != edited


def test_a_table_is_read_back_as_pandas_reads_it(tmp_path):
    """The stages' own reader gives the frame `pd.read_parquet` gives: dtypes, missing values of every kind, index."""
    import pandas as pd

    frames = {
        "full": pd.DataFrame(
            {
                "text": pd.Series(["a", None, "ç"], dtype="str"),
                "count": pd.Series([1, None, 3], dtype="Int64"),
                "share": [0.5, float("nan"), 1.0],
                "flag": [True, False, True],
                "nothing": [None, None, None],
            }
        ),
        "empty": pd.DataFrame({"text": pd.Series([], dtype="str"), "n": pd.Series([], dtype="int64")}),
    }
    for name, frame in frames.items():
        frame.to_parquet(tmp_path / f"{name}.parquet", index=False)
        expected, read = pd.read_parquet(tmp_path / f"{name}.parquet"), stages.read_table(tmp_path, name)
        pd.testing.assert_frame_equal(read, expected, check_exact=True)
        assert [repr(d) for d in read.dtypes] == [repr(d) for d in expected.dtypes]
        assert type(read.index) is type(expected.index)
