"""A curator's field values made into the typed, checked values of a fact row: types from the table's
model, dates bounded from their EDTF form, entity ids known to the dictionaries, the row valid
against its Pandera model.

Why apart from `pipeline.stages.s6_curate`: applying a decision (which rows change, what is recorded) and
reading a value a person typed are two jobs; this one is also what the curation contracts test.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

import pandas as pd
import pandera.pandas as pa

from pipeline.errors import InputError, excerpt
from pipeline.inputs.curation import CurationError, decision_name, is_day
from pipeline.text import lexicon
from schemas import TABLES, fact_types
from schemas.base import COMPUTED, DATE_BOUNDS, DATE_PRECISIONS, FACT_TABLE
from schemas.frictionless import field_type

SEASONS = {
    s.code: (
        f"{s.first_month:02d}-01",
        f"{s.last_month:02d}-{calendar.monthrange(2001, s.last_month)[1]}" if s.first_month <= s.last_month else None,
    )
    for s in lexicon.seasons().values()
}
"""EDTF season code -> first and last day ('MM-DD'); winter's end is in the next year (None)."""
TYPE_OF_TABLE = {table: fact_type for fact_type, table in FACT_TABLE.items()}


def typed_fields(decision: dict, table: str, fields: dict) -> dict:
    """The given fields with YAML values turned into the column types; unknown fields refused."""
    schema = TABLES[table].to_schema()
    listed = fact_types.get(TYPE_OF_TABLE[table]).list_field
    allowed = [c for c in schema.columns if c not in COMPUTED] + ([listed.name] if listed else [])
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name in COMPUTED:
            raise CurationError(
                f"{decision_name(decision)}: field {name} is computed by the build and cannot be set. "
                f"Fields you can set: {', '.join(allowed)}."
            )
        if name not in allowed:
            raise CurationError(
                f"{decision_name(decision)}: unknown field {excerpt(name)} for {table}. "
                f"Fields you can set: {', '.join(allowed)}."
            )
        if listed and name == listed.name:
            if not (isinstance(value, list) and all(isinstance(p, str) for p in value)):
                raise CurationError(
                    f"{decision_name(decision)}: {name} must be a list of entity ids, e.g. [state:KAZ, state:CHN]."
                )
            out[name] = tuple(sorted(set(value)))
            continue
        dtype = str(schema.columns[name].dtype)
        out[name] = _typed(decision, name, value, dtype)
        if out[name] is not None and field_type(schema.columns[name]) == "date" and not is_day(out[name]):
            raise CurationError(
                f"{decision_name(decision)}: {name} {excerpt(out[name])} is not a day. Write it as "
                "YYYY-MM-DD (a day that exists)."
            )
    return out


def _typed(decision: dict, name: str, value: object, dtype: str) -> object:
    if value is None:
        return None
    if dtype == "float64":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        raise CurationError(
            f"{decision_name(decision)}: field {name} must be a number (write 10000000000, not {excerpt(value)})."
        )
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise CurationError(f"{decision_name(decision)}: field {name} must be text, not {excerpt(value)}.")
    return str(value)


def derived_dates(decision: dict, before: dict, given: dict) -> dict:
    """date_start, date_end and date_precision from a new date_edtf, where the curator left them out."""
    if (
        "date_edtf" not in given
        or given["date_edtf"] == before.get("date_edtf")
        or all(k in given for k in DATE_BOUNDS)
    ):
        return {}
    edtf = given["date_edtf"]
    if edtf is None:
        derived = dict.fromkeys(DATE_BOUNDS)
        if "date_qualifier" not in given:
            derived["date_qualifier"] = None
        return {k: v for k, v in derived.items() if k not in given}
    bounds = edtf_bounds(edtf)
    if bounds is None:
        raise CurationError(
            f"{decision_name(decision)}: date_edtf {excerpt(edtf)} is not a date the build can bound "
            "(1992, 1993-02, 1992-03-02, 2001-23, 199X, 1992/1997). Write one of those, or "
            "give date_start, date_end and date_precision too."
        )
    return {k: v for k, v in zip(DATE_BOUNDS, bounds) if k not in given}


def edtf_bounds(edtf: str) -> tuple[str, str, str] | None:
    """(earliest day, latest day, precision) of a simple EDTF date, or None if it is not one.

    Also reads the sets reconcile writes for disputed dates ("[2008,2010]": bounds covering every
    member, the coarsest precision)."""
    if edtf.startswith("[") and edtf.endswith("]"):
        read = [edtf_bounds(m.strip()) for m in edtf[1:-1].split(",")]
        members = [m for m in read if m is not None]
        if not members or len(members) < len(read) or any(m[2] == "interval" for m in members):
            return None
        return (
            min(m[0] for m in members),
            max(m[1] for m in members),
            max((m[2] for m in members), key=DATE_PRECISIONS.index),
        )
    if "/" in edtf:
        first, _, last = edtf.partition("/")
        a, b = edtf_bounds(first), edtf_bounds(last)
        if a is None or b is None or "/" in last or a[0] > b[1]:
            return None
        return a[0], b[1], "interval"
    try:
        if re.fullmatch(r"\d{4}", edtf):
            return f"{edtf}-01-01", f"{edtf}-12-31", "year"
        if re.fullmatch(r"\d{3}X", edtf):
            return f"{edtf[:3]}0-01-01", f"{edtf[:3]}9-12-31", "decade"
        if m := re.fullmatch(r"(\d{4})-(\d{2})", edtf):
            year, part = int(m[1]), int(m[2])
            if 1 <= part <= 12:
                first_day = dt.date(year, part, 1)
                last_day = dt.date(year + part // 12, part % 12 + 1, 1) - dt.timedelta(days=1)
                return first_day.isoformat(), last_day.isoformat(), "month"
            if part in SEASONS:
                start, end = SEASONS[part]
                if end is None:
                    end = (dt.date(year + 1, 3, 1) - dt.timedelta(days=1)).strftime("%m-%d")
                    return f"{year}-{start}", f"{year + 1}-{end}", "season"
                return f"{year}-{start}", f"{year}-{end}", "season"
            return None
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", edtf):
            day = dt.date.fromisoformat(edtf).isoformat()
            return day, day, "day"
    except ValueError:
        return None
    return None


def validate_row(decision: dict, table: str, row: dict, named: set[str]) -> None:
    """Run the table's Pandera model on the one row; a failure names the field and the check."""
    from pipeline.package.validate import conform

    listed = fact_types.get(TYPE_OF_TABLE[table]).list_field
    frame = pd.DataFrame([{k: v for k, v in row.items() if not (listed and k == listed.name)}])
    try:
        TABLES[table].validate(conform(table, frame), lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        mine = cases[cases["column"].isin(named)]
        case = (mine if not mine.empty else cases).iloc[0]
        column = case["column"]
        raise CurationError(
            f"{decision_name(decision)}: {column} = {excerpt(row.get(column))} breaks the {table} schema "
            f"(check {case['check']}). See the field in build/current/DATA_DICTIONARY.md or "
            "datapackage.json."
        ) from exc
    except InputError as exc:
        raise CurationError(f"{decision_name(decision)}: {exc}") from exc
    if row.get("date_start") and row.get("date_end") and row["date_start"] > row["date_end"]:
        raise CurationError(
            f"{decision_name(decision)}: date_start {row['date_start']} is after date_end "
            f"{row['date_end']}. Give bounds in order, or only date_edtf."
        )


def check_entities(decision: dict, table: str, row: dict, values: tuple | None, known: set | None) -> None:
    """Every entity the curator names must be in the dictionaries (raw/dictionaries/)."""
    if known is None:
        return
    from schemas.frictionless import model_metadata

    refs = [
        fk["fields"][0]
        for fk in model_metadata(TABLES[table]).get("foreign_keys", [])
        if fk["reference"]["resource"] == "entities"
    ]
    listed = fact_types.get(TYPE_OF_TABLE[table]).list_field
    named = [(c, row.get(c)) for c in refs] + ([(listed.name, v) for v in values or ()] if listed else [])
    for column, value in named:
        if value is not None and value not in known:
            raise CurationError(
                f"{decision_name(decision)}: {column} {excerpt(value)} is not an entity in raw/dictionaries/. "
                "Use an existing entity_id (see the entities table) or add the entity there."
            )


def plain(value: object) -> object:
    """A cell as a plain Python value (missing -> None, numpy scalars -> Python)."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)
