"""The published Parquet files: each column typed by its model, every missing value written as null; the data
files copied from the cache only when made from the same tables by the same code."""

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.package import validate
from pipeline.stages import s7_publish as publish


def _mentions() -> pd.DataFrame:
    """Two mentions: a dated amount with every field, and an entity mention missing all it may miss."""
    full = {
        "mention_id": "m1",
        "source_id": "s",
        "passage_id": "p",
        "mention_type": "amount",
        "char_start": 3,
        "char_end": 9,
        "text": "$2,500m",
        "entity_id": "kaz",
        "form": "US $2,500m.",
        "date_edtf": "2018-03",
        "date_start": "2018-03-01",
        "date_end": "2018-03-31",
        "date_precision": "month",
        "date_qualifier": "exact",
        "value": 2.5e9,
        "unit": "money",
        "currency": "USD",
        "rule_id": "amount.money",
    }
    bare = {**full, "mention_id": "m2", "mention_type": "entity", "text": "Moscow", "rule_id": "gazetteer"}
    bare.update(dict.fromkeys(["entity_id", "form", "date_edtf", "date_start", "date_end", "date_precision"], None))
    bare.update({"date_qualifier": None, "value": float("nan"), "unit": None, "currency": None})
    return validate.conform("mentions", pd.DataFrame([full, bare]))


def test_columns_are_typed_by_the_model_and_missing_values_are_null(tmp_path):
    path = tmp_path / "mentions.parquet"
    publish.write_parquet("mentions", _mentions(), path)
    table = pq.read_table(path)
    assert table.schema.field("char_start").type == pa.int64()
    assert table.schema.field("date_start").type == pa.date32()
    assert table.schema.field("value").type == pa.float64()
    rows = table.to_pylist()
    assert rows[0]["date_end"].isoformat() == "2018-03-31" and rows[0]["value"] == 2.5e9
    assert all(rows[1][c] is None for c in ("entity_id", "date_start", "date_end", "value", "currency"))
    assert table.column("value").null_count == 1  # NaN is missing, not a number


def test_a_nullable_integer_keeps_its_missing_values(tmp_path):
    frame = validate.conform(
        "actor_references",
        pd.DataFrame(
            {
                "evidence_id": ["e1", "e2"],
                "fact_id": ["f", "f"],
                "column_name": ["subject_id", "subject_id"],
                "entity_id": ["kaz", "kaz"],
                "basis": ["quote", "subject"],
                "source_id": ["s", "s"],
                "passage_id": ["p", None],
                "char_start": [4, None],
                "char_end": [14, None],
                "quote": ["Kazakhstan", None],
            }
        ),
    )
    assert str(frame["char_start"].dtype) == "Int64"
    publish.write_parquet("actor_references", frame, tmp_path / "actor_references.parquet")
    read = pq.read_table(tmp_path / "actor_references.parquet")
    assert read.column("char_start").to_pylist() == [4, None]
    assert read.schema.field("char_end").type == pa.int64()


def _counting_writers(monkeypatch, calls: list[str]) -> None:
    csv, parquet = publish.write_csv, publish.write_parquet
    monkeypatch.setattr(publish, "write_csv", lambda frame, path: (calls.append(path.name), csv(frame, path)))
    monkeypatch.setattr(
        publish, "write_parquet", lambda name, frame, path: (calls.append(path.name), parquet(name, frame, path))
    )


def test_data_files_of_the_same_tables_are_copied_and_other_tables_written_again(tmp_path, monkeypatch):
    calls: list[str] = []
    _counting_writers(monkeypatch, calls)
    cache, tables = tmp_path / "cache", {"mentions": _mentions()}
    publish.write_data_files(tmp_path / "v1", tables, cache, made_from="tables-a")
    publish.write_data_files(tmp_path / "v2", tables, cache, made_from="tables-a")
    assert calls == ["mentions.csv", "mentions.parquet"]  # the second package copied both
    for name in ("mentions.csv", "parquet/mentions.parquet"):
        assert (tmp_path / "v2" / name).read_bytes() == (tmp_path / "v1" / name).read_bytes()
    publish.write_data_files(tmp_path / "v3", {"mentions": _mentions().iloc[:1]}, cache, made_from="tables-b")
    assert calls[2:] == ["mentions.csv", "mentions.parquet"]
    assert len((tmp_path / "v3" / "mentions.csv").read_text(encoding="utf-8").splitlines()) == 2  # header, one row


def test_without_the_checksum_of_the_tables_data_files_are_always_written(tmp_path, monkeypatch):
    calls: list[str] = []
    _counting_writers(monkeypatch, calls)
    for version in ("v1", "v2"):
        publish.write_data_files(tmp_path / version, {"mentions": _mentions()}, tmp_path / "cache")
    assert calls == ["mentions.csv", "mentions.parquet"] * 2


def test_the_data_files_key_follows_the_tables_and_the_writing_code(monkeypatch):
    kept = publish.data_files_key("tables-a")
    assert publish.data_files_key("tables-b") != kept
    monkeypatch.setattr(publish.fingerprint, "code_version", lambda root, modules: "edited")
    assert publish.data_files_key("tables-a") != kept
