"""Shared building blocks for the table models.

Why: every published table is one Pandera `DataFrameModel`; its docstring states the grain and key,
each field carries a description (and an example for the data dictionary), and `Config.metadata`
carries what Pandera has no place for: the primary key, foreign keys and the Frictionless type of
fields stored as strings (dates).
"""

from __future__ import annotations

import pandera.pandas as pa

DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
DATE_PRECISIONS = ["day", "month", "season", "year", "decade", "interval"]
DATE_QUALIFIERS = ["early", "mid", "late", "about"]


def field(description: str, example: object = None, *, date: bool = False, **checks) -> object:
    """A Pandera field with its description, example value and Frictionless hints as metadata."""
    metadata = {"example": example}
    if date:
        metadata["frictionless_type"] = "date"
        checks.setdefault("str_matches", DATE_PATTERN)
    return pa.Field(description=description, metadata=metadata, **checks)


class Table(pa.DataFrameModel):
    """Base for all published tables: strict columns, no coercion."""

    class Config:
        strict = True
        ordered = True
