"""Shared building blocks for the table models.

Why: every published table is one Pandera `DataFrameModel`; its docstring states the grain and key,
each field carries a description (and an example for the data dictionary), and `Config.metadata`
carries what Pandera has no place for: the primary key, foreign keys and the Frictionless type of
fields stored as strings (dates).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pandera.pandas as pa
from pandera.api.pandas import model as _pandera_model
from pandera.engines import pandas_engine
from pandera.typing import Index, Series

from schemas import fact_types

# Pandera asks, for every model it turns into a schema, which annotation types stand for a column or an
# index, and to list them it imports every dataframe library installed: Dask's dataframe module (a third
# of a CPU second, in every build and every `kzfp` command) only to learn the Dask types, which no model
# here uses. The models are pandas only, so these are the pandas types alone.
_pandera_model.get_index_types = cache(lambda: {Index})
_pandera_model.get_series_types = cache(lambda: {Series})


def _string_check(self, pandera_dtype, data_container=None):
    """Pandera answers an exact string-dtype match with an array of True, one per row, and then gathers the
    failing rows of that array for every string column of every table (three in four of our columns): a
    tenth of a CPU second per build spent finding none. An exact match is a pass, as for every other dtype."""
    if data_container is not None and getattr(data_container, "dtype", None) == self.type:
        return True
    return _pandera_string_check(self, pandera_dtype, data_container)


_pandera_string_check = pandas_engine.STRING.check
pandas_engine.STRING.check = _string_check  # type: ignore[method-assign]

DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
ENTITY_ID = {
    "state": r"state:[A-Z]{3}",
    "org": r"org:[A-Z0-9_]+",
    "person": r"person:[a-z0-9_]+",
    "place": r"place:[a-z0-9_]+",
    "group": r"group:[a-z0-9_]+",
}
"""The identifier of each kind of entity (unanchored): states by ISO3, organisations by acronym, persons
and places by a lower-case ASCII name, groups of states (dictionaries only, never published)."""
PUBLISHED_ENTITY_ID = rf"^({'|'.join(k for k in ENTITY_ID if k != 'group')}):[A-Za-z0-9_]+$"
"""The published `entity_id`: one of the published kinds' prefixes and a name."""
DATE_PRECISIONS = ["day", "month", "season", "year", "decade", "interval"]
DATE_QUALIFIERS = ["early", "mid", "late", "about"]


def field(description: str, example: object = None, *, date: bool = False, **checks) -> Any:
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


ID_PREFIX = {t.name: t.id_prefix for t in fact_types.all_types()}
"""The fact types, in publishing order, with the prefix of their `fact_id` (see `schemas.fact_types`)."""
FACT_TYPES = list(ID_PREFIX)
FACT_TABLE = {t.name: t.table for t in fact_types.all_types()}
"""The table of each fact type: membership -> memberships."""
FACT_ID_PATTERN = rf"^({'|'.join(ID_PREFIX.values())})-[0-9a-f]{{12}}$"
CURATION_STATUSES = ["extracted", "confirmed", "corrected", "added"]
COMPUTED = ("fact_id", "n_evidence", "n_sources", "is_corroborated", "has_conflict", "curation_status")
"""Columns of a fact table the build computes: a curator cannot set them."""
DATE_BOUNDS = ("date_start", "date_end", "date_precision")
"""Columns derived from a fact's EDTF date."""


def fact_type_field(example: str) -> Any:
    return field(", ".join(FACT_TYPES[:-1]) + " or " + FACT_TYPES[-1] + ".", example, isin=FACT_TYPES)


def decided_by_field() -> Any:
    return field("Who decided, as written by the curator.", "A. Curator")


def decided_on_field() -> Any:
    return field("Day of the decision, as written by the curator.", "2025-01-15", date=True)


def fact_id(prefix_description: str) -> Any:
    return field(
        f"Stable identifier of the {prefix_description}: a hash of its identifying fields, never of row order.",
        "mem-3f2a9c0b1d4e",
        unique=True,
        str_matches=FACT_ID_PATTERN,
    )


def entity_ref(description: str, example: str, nullable: bool = False) -> Any:
    return field(description + " (an entity_id in `entities`).", example, nullable=nullable)


def edtf_field(what: str = "the fact", nullable: bool = True) -> Any:
    return field(
        f"Date of {what} as an EDTF string (1992, 1993-02, 2001-23 for autumn, 1992/1997).",
        "1993-02",
        nullable=nullable,
    )


def start_field(what: str = "the fact") -> Any:
    return field(f"Earliest possible day of {what}.", "1993-02-01", date=True, nullable=True)


def end_field(what: str = "the fact") -> Any:
    return field(f"Latest possible day of {what}.", "1993-02-28", date=True, nullable=True)


def precision_field() -> Any:
    return field(
        "Precision of the date: " + "|".join(DATE_PRECISIONS) + ".", "month", nullable=True, isin=DATE_PRECISIONS
    )


def qualifier_field() -> Any:
    return field(
        "Qualifier the text gives the date: " + "|".join(DATE_QUALIFIERS) + "; empty if none.",
        "mid",
        nullable=True,
        isin=DATE_QUALIFIERS,
    )


def n_evidence_field() -> Any:
    return field("Number of evidence rows (quotes) supporting the fact.", 2, ge=1)


def n_sources_field() -> Any:
    return field("Number of distinct sources that state the fact.", 1, ge=1)


def corroborated_field() -> Any:
    return field("True when more than one source states the fact.", False)


def conflict_field() -> Any:
    return field("True when repeats or sources disagree on a field of this fact (see `conflicts`).", False)


def curation_field() -> Any:
    return field(
        "extracted (by rules only), confirmed, corrected or added by a curator (see raw/curation.yaml).",
        "extracted",
        isin=CURATION_STATUSES,
    )


def fk(fields: list[str], resource: str, ref_fields: list[str] | None = None) -> dict:
    return {"fields": fields, "reference": {"resource": resource, "fields": ref_fields or fields}}
