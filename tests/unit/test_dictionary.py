"""The data dictionary is generated from the models: every table and field, with keys and constraints."""

from __future__ import annotations

import json

import pytest
import yaml

from schemas import TABLES
from schemas.dictionary import FILE_NAME, render
from schemas.frictionless import model_description, table_schema
from tests.conftest import ROOT

META = yaml.safe_load((ROOT / "schemas" / "package.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def text() -> str:
    return render(TABLES, META)


def sections(text: str) -> dict[str, str]:
    parts = text.split("\n## ")[1:]
    return {part.split("\n", 1)[0]: part for part in parts}


def test_one_section_per_table_in_order(text):
    assert list(sections(text)) == list(TABLES)
    assert f"Version {META['version']}" in text.splitlines()[2]


@pytest.mark.parametrize("name", list(TABLES))
def test_section_states_purpose_keys_and_every_field(text, name):
    section = sections(text)[name]
    schema = table_schema(TABLES[name])
    description = model_description(TABLES[name])
    assert description in section
    lines = section.splitlines()
    purpose = next(line for line in lines[1:] if line and not line.startswith("**"))
    assert purpose == description, "the purpose (grain and key first) comes right after the title"
    assert "Primary key: " + ", ".join(f"`{f}`" for f in schema["primaryKey"]) + "." in section
    for fk in schema.get("foreignKeys", []):
        assert f"→ `{fk['reference']['resource']}`" in section
    rows = [line for line in lines if line.startswith("| `")]
    assert [row.split(" | ")[0][3:-1] for row in rows] == [f["name"] for f in schema["fields"]]
    for row, field in zip(rows, schema["fields"]):
        cells = [c for c in row.replace("\\|", "").split("|")[1:-1]]
        assert len(cells) == 6, f"{name}.{field['name']}: a pipe breaks the table row: {row}"
        assert cells[1].strip() == field["type"]
        assert cells[2].strip() == ("yes" if field.get("constraints", {}).get("required") else "no")


def test_constraints_and_examples_are_rendered(text):
    passages = sections(text)["passages"]
    row = next(line for line in passages.splitlines() if line.startswith("| `kind`"))
    assert "one of `paragraph`, `section`, `sentence`" in row
    row = next(line for line in passages.splitlines() if line.startswith("| `passage_id`"))
    assert "unique" in row and "matches `^[a-z][a-z0-9_-]{1,63}:(sec\\d{3}\\|par\\d{3}\\|sen\\d{4})$`" in row
    assert row.endswith("| `akiner_efp:sen0042` |")
    row = next(line for line in passages.splitlines() if line.startswith("| `char_end`"))
    assert "> 0" in row


def test_render_covers_only_the_tables_given():
    subset = render({"sources": TABLES["sources"]}, META)
    assert list(sections(subset)) == ["sources"]


def test_published_dictionary_matches_the_models():
    path = ROOT / "build" / FILE_NAME
    if not (ROOT / "datapackage.json").exists():
        pytest.skip("not built")
    descriptor = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    names = [r["name"] for r in descriptor["resources"] if "schema" in r]
    resource = next((r for r in descriptor["resources"] if r["name"] == "data_dictionary"), None)
    if resource is None or not path.exists():
        pytest.fail(f"build/{FILE_NAME} is not published: rebuild (make build)")
    assert resource["path"] == f"build/{FILE_NAME}" and "schema" not in resource
    assert path.read_text(encoding="utf-8") == render({n: TABLES[n] for n in names}, META)
