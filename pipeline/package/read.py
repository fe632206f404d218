"""Read a published data package back into typed tables.

Why: validation, `kzfp diff` and the tests all read the CSVs a user reads, with the dtypes the
schemas define, from a package folder (or an unpacked release archive).
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from schemas import TABLES
from schemas.frictionless import CSV_DTYPE, field_type


def read_table(path: Path, name: str) -> pd.DataFrame:
    """One published CSV with the model's dtypes (non-null integers and booleans made exact)."""
    schema = TABLES[name].to_schema()
    dtypes = {c: CSV_DTYPE[field_type(col)] for c, col in schema.columns.items()}
    frame = pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""])
    for c, col in schema.columns.items():
        if not col.nullable and dtypes[c] == "Int64":
            frame[c] = frame[c].astype("int64")
        elif not col.nullable and dtypes[c] == "boolean":
            frame[c] = frame[c].astype("bool")
    return frame


PUBLISHED = Path("build") / "current"
"""Where a repository's build publishes its package (see pipeline/stages/s7_publish.py)."""


def package_folder(folder: Path) -> Path:
    """The package folder itself, or the published package of a repository (`build/current/`), with
    links resolved once: every file read afterwards comes from one version, even if a build switches
    `build/current` meanwhile."""
    folder = (
        folder if (folder / "datapackage.json").exists() or not (folder / PUBLISHED).exists() else folder / PUBLISHED
    )
    return folder.resolve()


def read_package(folder: Path) -> tuple[dict, dict[str, pd.DataFrame]]:
    """(descriptor, tables) of the data package in `folder`, or of the repository `folder` has built."""
    folder = package_folder(folder)
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    tables = {
        r["name"]: read_table(folder / r["path"], r["name"])
        for r in descriptor["resources"]
        if r.get("type") == "table" and r["name"] in TABLES
    }
    return descriptor, tables
