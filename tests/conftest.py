"""Shared fixtures: the repository root, the raw texts and the published package."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import PACKAGE, ROOT


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def raw_texts() -> dict[str, str]:
    """Decoded raw text of every source, by source_id (the text all offsets point into)."""
    from pipeline.stages import s1_ingest as ingest

    sources, documents, _ = ingest.build(*ingest.load(ROOT / "raw"))
    return dict(zip(documents["source_id"], documents["text"]))


@pytest.fixture(scope="session")
def package():
    """(descriptor, tables) of the published data package; run `make build` first."""
    from pipeline.package.read import read_package

    if not (PACKAGE / "datapackage.json").exists():
        pytest.fail("build/current/datapackage.json missing: run 'make build' before the tests")
    return read_package(PACKAGE)


@pytest.fixture(scope="session")
def tables(package):
    return package[1]


SLOW_FOLDERS = {"e2e", "bad_inputs"}
"""Tests that build the package in a copy of the repository: `make test` runs them, `make test-fast` not."""


def pytest_collection_modifyitems(config, items):
    for item in items:
        if SLOW_FOLDERS & set(Path(item.path).relative_to(ROOT / "tests").parts[:1]):
            item.add_marker(pytest.mark.slow)
