"""Shared by the bad-input tests: one good build, cloned for every case, and the checks on an error.

Every case works on a copy of one built tree (`clone`), so the matrix pays for one full build.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.errors import MAX_MESSAGE
from tests.helpers import copy_repository, run_build

PUBLISHED = "build/current"
"""The published package folder: a failed or interrupted build must leave each of its files byte-identical."""
PROGRESS = re.compile(r"^(\[\d+/\d+\] |publish: |cleanup: |another build is running)")
"""The lines `kzfp` writes to stderr besides an error (pipeline/runner.py `progress`)."""


@pytest.fixture(scope="session")
def good_build(tmp_path_factory) -> Path:
    """A copy of the repository, built once; never modified (tests work on clones of it)."""
    repo = copy_repository(tmp_path_factory.mktemp("good") / "repo")
    result = run_build(repo)
    assert result.returncode == 0, result.stderr
    return repo


def clone(built: Path, dest: Path) -> Path:
    """A copy of a built tree, published files, build/work and all."""
    shutil.copytree(built, dest, symlinks=True)
    return dest


def published(repo: Path) -> dict[str, bytes]:
    """Every file of the visible package by path (the DuckDB file too), and where the link points."""
    folder = repo / PUBLISHED
    files = {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    return {**files, "->": os.readlink(folder).encode()}


def staging_folders(repo: Path) -> list[str]:
    return sorted(p.name for p in (repo / "build").glob(".staging-*"))


def error_line(result: subprocess.CompletedProcess) -> str:
    """The one error line of a failed `kzfp` run; every other stderr line must be progress."""
    assert result.returncode != 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.rstrip("\n").split("\n")
    assert lines[-1].startswith("error: "), result.stderr
    assert [line for line in lines[:-1] if not PROGRESS.match(line)] == [], result.stderr
    assert len(lines[-1]) <= len("error: ") + MAX_MESSAGE, lines[-1][:200]
    return lines[-1]
