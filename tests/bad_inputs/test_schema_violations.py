"""A table that breaks its contract stops the build with one line naming the table, the row and the check.

Each table of the good build (or, where the build has no rows, one row of the models' examples) is
broken one way at a time and fed to validate.check, the function `kzfp publish` calls before it
publishes anything.
"""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.package import validate
from pipeline.package.read import read_package
from pipeline.stages import s1_ingest as ingest
from schemas import TABLES
from schemas.frictionless import model_metadata


@pytest.fixture(scope="module")
def built(good_build):
    _, tables = read_package(good_build)
    _, documents, _ = ingest.build(*ingest.load(good_build / "raw"))
    return tables, dict(zip(documents["source_id"], documents["text"]))


def table(built, name: str) -> pd.DataFrame:
    """The built table, or one row of the model's example values when the build has none."""
    frame = built[0][name]
    if len(frame):
        return frame.copy()
    columns = TABLES[name].to_schema().columns
    return validate.conform(name, pd.DataFrame([{c: col.metadata["example"] for c, col in columns.items()}]))


def violation(tables: dict, texts: dict | None = None) -> str:
    with pytest.raises(validate.SchemaViolation) as info:
        validate.check(tables, texts)
    message = str(info.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize("name", list(TABLES))
def test_a_missing_value_names_table_row_column_and_check(built, name):
    frame = table(built, name)
    validate.check({name: frame})  # the frame is valid before the breakage
    columns = TABLES[name].to_schema().columns
    column = next(c for c, col in columns.items() if not col.nullable and str(frame[c].dtype) in ("str", "object"))
    frame.loc[len(frame) - 1, column] = None
    assert violation({name: frame}).startswith(f"table {name}, row {len(frame)}, column {column}: check not_nullable")


@pytest.mark.parametrize("name", list(TABLES))
def test_a_repeated_key_names_table_and_row(built, name):
    frame = table(built, name)
    frame = pd.concat([frame, frame.tail(1)], ignore_index=True)
    message = violation({name: frame})
    assert message.startswith(f"table {name}, row {len(frame)}")
    assert "uniqueness" in message or "not unique" in message


FOREIGN_KEYS = [
    (name, fk)
    for name, model in TABLES.items()
    for fk in model_metadata(model).get("foreign_keys", [])
    if fk["reference"]["resource"] != name
]


@pytest.mark.parametrize("name, fk", FOREIGN_KEYS, ids=lambda v: v if isinstance(v, str) else ",".join(v["fields"]))
def test_a_dangling_reference_names_table_row_and_target(built, name, fk):
    frame, target_name = table(built, name), fk["reference"]["resource"]
    fields, ref_fields = fk["fields"], fk["reference"]["fields"]
    present = frame[fields].dropna()
    if present.empty:
        pytest.skip(f"{name}.{fields} is empty in this build")
    value = tuple(present.iloc[-1])
    row = next(i for i, v in enumerate(frame[fields].itertuples(index=False)) if tuple(v) == value) + 1
    target = table(built, target_name)
    target = target[[tuple(v) != value for v in target[ref_fields].itertuples(index=False)]]
    message = violation({name: frame, target_name: target})
    # Another key of the table may point to the same row of the target and be checked first.
    assert message.startswith(f"table {name}, row ") and f"{list(value)} not found in {target_name}." in message
    if len([f for f in model_metadata(TABLES[name])["foreign_keys"] if f["reference"]["resource"] == target_name]) == 1:
        assert message.startswith(f"table {name}, row {row}: {fields} = ")


OFFSET_TABLES = [
    name
    for name, model in TABLES.items()
    if {"source_id", "char_start", "char_end"} <= set(model.to_schema().columns)
    and {"text", "quote"} & set(model.to_schema().columns)
]


@pytest.mark.parametrize("name", OFFSET_TABLES)
def test_a_quote_that_is_not_the_raw_text_names_table_and_row(built, name):
    frame, texts = table(built, name), built[1]
    column = "quote" if "quote" in frame.columns else "text"
    if not len(built[0][name]):  # the example row, quoting the first sentence of the build
        sentence = built[0]["passages"].query("kind == 'sentence'").iloc[0]
        for field in ("source_id", "char_start", "char_end"):
            frame[field] = sentence[field]
        frame[column] = sentence["text"]
    validate.check({name: frame}, texts)
    last, quote = len(frame) - 1, frame.loc[len(frame) - 1, column]
    frame.loc[last, column] = quote + " (edited)"
    assert violation({name: frame}, texts).startswith(f"table {name}, row {len(frame)}: {column} differs from")
    frame.loc[last, column] = quote
    frame.loc[0, "char_end"] = 10**9
    assert violation({name: frame}, texts).startswith(f"table {name}, row 1: offsets")
