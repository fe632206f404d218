"""Render the data dictionary (Markdown) from the table models.

Why: the models are the one definition of every table; the dictionary a reader opens must say the
same thing as `datapackage.json` and the DuckDB comments, so it is generated from the same
Frictionless export (`schemas.frictionless.table_schema`): one section per table with its purpose
(the model docstring, which states the grain and key first), its primary and foreign keys, and every
field with type, required, constraints, description and example. `render` is pure (no I/O, no
clock); `kzfp publish` writes its output as `DATA_DICTIONARY.md` in the package (`build/current/`).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandera.pandas as pa

from schemas.frictionless import model_description, model_metadata, table_schema

FILE_NAME = "DATA_DICTIONARY.md"
RESOURCE = {
    "name": "data_dictionary",
    "path": FILE_NAME,
    "format": "md",
    "mediatype": "text/markdown",
    "encoding": "utf-8",
    "title": "Data dictionary",
    "description": "Every table and field of this package: grain, keys, types, constraints, descriptions and "
    "examples (generated from the table models, like this descriptor).",
}
"""The dictionary as a (non-table) resource of the data package."""


def render(models: Mapping[str, type[pa.DataFrameModel]], meta: Mapping) -> str:
    """The data dictionary of the given tables (name -> model, in publication order) as Markdown.

    `meta` is the package metadata (schemas/package.yaml): its title and version head the file."""
    lines = [
        f"# Data dictionary: {meta['title']}",
        "",
        f"Version {meta['version']} of the data package `{meta['name']}`. Generated from the table models in "
        "`schemas/` by `kzfp publish`, like `datapackage.json`; do not edit by hand.",
        "",
        "Each table is a CSV file in the package folder (`build/current/` after a build; UTF-8, LF line ends, a header row; an empty cell is a missing "
        "value, so read `NA` as a string), with a Parquet copy in `parquet/` and a table of the same "
        "name in `kzfp.duckdb`. Rows are sorted by the primary key. Offsets (`char_start`, `char_end`) "
        "are Unicode code points into the source's raw text (a leading BOM dropped), end exclusive.",
        "",
        "| table | title | file |",
        "|---|---|---|",
    ]
    for name, model in models.items():
        title = model_metadata(model).get("title", name)
        lines.append(f"| [`{name}`](#{name}) | {_cell(title)} | `{name}.csv` |")
    for name, model in models.items():
        lines += [""] + _table_section(name, model)
    return "\n".join(lines) + "\n"


def _table_section(name: str, model: type[pa.DataFrameModel]) -> list[str]:
    meta = model_metadata(model)
    schema = table_schema(model)
    lines = [
        f"## {name}",
        "",
        f"**{meta.get('title', name)}**: `{name}.csv`",
        "",
        model_description(model),
        "",
        "Primary key: " + ", ".join(f"`{f}`" for f in schema["primaryKey"]) + ".",
    ]
    foreign = schema.get("foreignKeys", [])
    if foreign:
        lines += ["", "Foreign keys:", ""]
        for fk in foreign:
            ref = fk["reference"]
            lines.append(
                f"- ({', '.join(f'`{f}`' for f in fk['fields'])}) → `{ref['resource']}` "
                f"({', '.join(f'`{f}`' for f in ref['fields'])})"
            )
    lines += ["", "| field | type | required | constraints | description | example |", "|---|---|---|---|---|---|"]
    for item in schema["fields"]:
        constraints = item.get("constraints", {})
        required = "yes" if constraints.get("required") else "no"
        example = _code(item["example"]) if "example" in item else ""
        lines.append(
            f"| `{item['name']}` | {item['type']} | {required} | {_constraints(constraints)} | "
            f"{_cell(item['description'])} | {example} |"
        )
    return lines


def _constraints(constraints: Mapping) -> str:
    parts = []
    if constraints.get("unique"):
        parts.append("unique")
    if "enum" in constraints:
        parts.append("one of " + ", ".join(_code(v) for v in constraints["enum"]))
    if "minimum" in constraints:
        parts.append(f"≥ {constraints['minimum']}")
    if "exclusiveMinimum" in constraints:
        parts.append(f"> {constraints['exclusiveMinimum']}")
    if "maximum" in constraints:
        parts.append(f"≤ {constraints['maximum']}")
    if "pattern" in constraints:
        parts.append("matches " + _code(constraints["pattern"]))
    return "; ".join(parts)


def _code(value: object) -> str:
    text = str(value)
    if "`" in text:
        return _cell(text)
    return "`" + _cell(text) + "`"


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell (GFM: an escaped pipe works in code spans too)."""
    return " ".join(str(text).split()).replace("|", "\\|")
