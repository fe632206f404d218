"""A refactoring changes no published byte: the working tree builds the same files as a base revision.

Opt-in, because it needs a revision to compare with: `KZFP_BASE_REV=<commit> pytest tests/e2e/test_same_bytes.py`
(e.g. the commit before a refactoring, or `main` when reviewing a branch that must not change the data).
Both are built from scratch in temporary copies, the base with its own code; the CSVs, Parquet files,
datapackage.json, the evaluation report and the data dictionary must be equal byte for byte.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.helpers import ROOT, copy_repository, outputs, run_build

BASE_REV = os.environ.get("KZFP_BASE_REV")
PUBLISHED = ["build/evaluation.json", "build/DATA_DICTIONARY.md"]


def build_revision(rev: str, dest: Path) -> subprocess.CompletedProcess:
    """Build `rev` in `dest` with its own code (its `pipeline` package first on the path)."""
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(dest, filter="data")
    for name in ["datapackage.json", *(str(p.relative_to(dest)) for p in dest.glob("build/*.csv"))]:
        (dest / name).unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(dest)}
    return subprocess.run(
        [sys.executable, "-c", "from pipeline.cli import main; main()", "build"],
        cwd=dest,
        env=env,
        capture_output=True,
        text=True,
    )


def published(repo: Path) -> dict[str, bytes]:
    return {**outputs(repo), **{name: (repo / name).read_bytes() for name in PUBLISHED if (repo / name).exists()}}


@pytest.mark.skipif(not BASE_REV, reason="set KZFP_BASE_REV to the revision to compare with")
def test_working_tree_publishes_the_same_bytes_as_the_base_revision(tmp_path):
    base = tmp_path / "base"
    result = build_revision(BASE_REV, base)
    assert result.returncode == 0, result.stderr[-2000:]
    head = copy_repository(tmp_path / "head")
    result = run_build(head)
    assert result.returncode == 0, result.stderr[-2000:]
    before, after = published(base), published(head)
    assert sorted(before) == sorted(after)
    assert [name for name in before if before[name] != after[name]] == []
