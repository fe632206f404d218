"""Check every table against its Pandera model and the keys that span tables.

Why: a table that breaks its contract must stop the build before anything is published, with a
message that says which table, which row and which check. Pandera checks one frame at a time;
primary keys over several columns, foreign keys and offsets that must fall inside their source's
text are checked here across tables.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from pipeline.errors import InputError
from schemas import TABLES
from schemas.frictionless import model_metadata

PANDAS_DTYPE = {
    "str": "str",
    "string[pyarrow]": "str",
    "string": "str",
    "int64": "int64",
    "Int64": "Int64",
    "float64": "float64",
    "bool": "bool",
}


class SchemaViolation(InputError):
    """A built table breaks its schema: names the table, the row and the failed check."""


def conform(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The frame's columns in the model's order, cast to the model's dtypes."""
    schema = TABLES[name].to_schema()
    missing = [c for c in schema.columns if c not in frame.columns]
    if missing:
        raise SchemaViolation(f"table {name}: column(s) {', '.join(missing)} missing.")
    out = frame[list(schema.columns)].copy()
    for col, column in schema.columns.items():
        dtype = PANDAS_DTYPE.get(str(column.dtype), str(column.dtype))
        if str(out[col].dtype) == dtype:  # already the model's dtype: a cast would only copy it
            continue
        try:
            out[col] = out[col].astype(dtype)
        except (TypeError, ValueError) as exc:
            bad = out[col].map(lambda v, dtype=dtype: _fails_cast(v, dtype))
            where = f"row {int(bad.to_numpy().nonzero()[0][0]) + 1}, " if bad.any() else ""
            value = f" (value {out[col][bad].iloc[0]!r})" if bad.any() else ""
            raise SchemaViolation(
                f"table {name}, {where}column {col}: check dtype('{dtype}') failed{value}: {str(exc).splitlines()[0]}."
            ) from exc
    return out.reset_index(drop=True)


def _fails_cast(value, dtype: str) -> bool:
    try:
        pd.Series([value]).astype(dtype)
        return False
    except (TypeError, ValueError):
        return True


def check(tables: dict[str, pd.DataFrame], texts: dict[str, str] | None = None) -> None:
    """Validate each table, then keys and offsets across tables; raise SchemaViolation on the first problem."""
    for name, frame in tables.items():
        _check_model(name, frame)
        _check_primary_key(name, frame)
    for name, frame in tables.items():
        for fk in model_metadata(TABLES[name]).get("foreign_keys", []):
            _check_foreign_key(name, frame, fk, tables)
    if texts is not None:
        for name, frame in tables.items():
            _check_offsets(name, frame, texts)


def _check_model(name: str, frame: pd.DataFrame) -> None:
    try:
        TABLES[name].validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        case = cases.iloc[0]
        row, repeats = case["index"], ""
        if case["check"] == "field_uniqueness":  # name the repeat and the row it repeats
            same = cases[
                (cases["check"] == case["check"])
                & (cases["column"] == case["column"])
                & (cases["failure_case"] == case["failure_case"])
            ]["index"].dropna()
            if len(same) > 1:
                row, repeats = same.max(), f", repeats row {int(same.min()) + 1}"
        where = f"row {int(row) + 1}" if pd.notna(row) else "table"
        column = case["column"] if pd.notna(case["column"]) else ""
        raise SchemaViolation(
            f"table {name}, {where}, column {column}: check {case['check']} failed "
            f"(value {case['failure_case']!r}{repeats})."
        ) from exc


def _check_primary_key(name: str, frame: pd.DataFrame) -> None:
    key = model_metadata(TABLES[name])["primary_key"]
    dup = frame.duplicated(subset=key, keep="first")
    if dup.any():
        row = int(dup.to_numpy().nonzero()[0][0])
        values = frame.iloc[row][key].tolist()
        first = int((frame[key] == frame.iloc[row][key]).all(axis=1).to_numpy().nonzero()[0][0])
        raise SchemaViolation(
            f"table {name}, row {row + 1}: primary key {key} = {values} is not unique (repeats row {first + 1})."
        )


def _check_foreign_key(name: str, frame: pd.DataFrame, fk: dict, tables: dict[str, pd.DataFrame]) -> None:
    target = tables.get(fk["reference"]["resource"])
    if target is None:
        return
    fields, ref_fields = fk["fields"], fk["reference"]["fields"]
    local = frame[fields].dropna()
    # one pass over plain values (a set of the target's keys): faster than pandas' isin on these columns
    known = set(zip(*(target[c].tolist() for c in ref_fields)))
    for row, values in zip(local.index, zip(*(local[c].tolist() for c in fields))):
        if values not in known:
            raise SchemaViolation(
                f"table {name}, row {row + 1}: {fields} = {list(values)} not found in "
                f"{fk['reference']['resource']}.{ref_fields}."
            )


def _check_offsets(name: str, frame: pd.DataFrame, texts: dict[str, str]) -> None:
    """Rows with offsets and a text/quote must quote their source exactly (a row without offsets,
    as an actor named nowhere in actor_references, quotes nothing)."""
    if not {"source_id", "char_start", "char_end"} <= set(frame.columns):
        return
    quote_col = "quote" if "quote" in frame.columns else "text" if "text" in frame.columns else None
    quotes = frame[quote_col].tolist() if quote_col else [None] * len(frame)
    columns = (frame[c].tolist() for c in ("source_id", "char_start", "char_end"))  # plain values: no row objects
    for row, (source_id, start, end, quote) in enumerate(zip(*columns, quotes)):
        text = texts.get(source_id)
        if text is None or pd.isna(start):
            continue
        if not 0 <= start < end <= len(text):
            raise SchemaViolation(
                f"table {name}, row {row + 1}: offsets {start}-{end} outside source {source_id} ({len(text)} characters)."
            )
        if quote_col and quote != text[start:end]:
            raise SchemaViolation(
                f"table {name}, row {row + 1}: {quote_col} differs from the raw text of {source_id} at {start}-{end}."
            )
