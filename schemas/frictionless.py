"""Export Pandera models as Frictionless Table Schemas (Pandera has no such export).

Why: the models are the one definition of each table; the `datapackage.json` a user opens must
say the same thing, so it is generated from them: types, required/unique/enum/min/max/pattern
constraints, descriptions, examples, primary and foreign keys.
"""

from __future__ import annotations

import inspect

import pandera.pandas as pa

CSV_DTYPE = {
    "string": "str",
    "integer": "Int64",
    "number": "float64",
    "boolean": "boolean",
    "date": "str",
    "datetime": "str",
    "year": "Int64",
}
"""Frictionless field type -> the pandas dtype a published CSV column is read with."""
TYPE_BY_DTYPE = {
    "str": "string",
    "string": "string",
    "string[pyarrow]": "string",
    "string[python]": "string",
    "int64": "integer",
    "Int64": "integer",
    "float64": "number",
    "Float64": "number",
    "bool": "boolean",
    "boolean": "boolean",
}


def model_metadata(model: type[pa.DataFrameModel]) -> dict:
    config = model.__config__
    return dict(config.metadata or {}) if config else {}


def model_description(model: type[pa.DataFrameModel]) -> str:
    return inspect.cleandoc(model.__doc__ or "").replace("\n", " ")


def field_type(column: pa.Column) -> str:
    override = (column.metadata or {}).get("frictionless_type")
    if override:
        return override
    dtype = str(column.dtype)
    if dtype not in TYPE_BY_DTYPE:
        raise ValueError(f"no Frictionless type for dtype {dtype!r} of column {column.name!r}")
    return TYPE_BY_DTYPE[dtype]


def table_schema(model: type[pa.DataFrameModel]) -> dict:
    """The Frictionless Table Schema (v2) of one model."""
    schema = model.to_schema()
    meta = model_metadata(model)
    fields = []
    for name, column in schema.columns.items():
        ftype = field_type(column)
        item = {"name": name, "type": ftype, "description": column.description or ""}
        example = (column.metadata or {}).get("example")
        if example is not None:
            item["example"] = example
        constraints = _constraints(column, ftype)
        if constraints:
            item["constraints"] = constraints
        fields.append(item)
    out = {"fields": fields, "missingValues": [""], "primaryKey": meta["primary_key"]}
    if meta.get("foreign_keys"):
        out["foreignKeys"] = meta["foreign_keys"]
    return out


def _constraints(column: pa.Column, ftype: str) -> dict:
    constraints: dict = {}
    if not column.nullable:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    for check in column.checks:
        stats = check.statistics or {}
        if check.name == "isin":
            constraints["enum"] = sorted(stats["allowed_values"])
        elif check.name == "greater_than_or_equal_to":
            constraints["minimum"] = stats["min_value"]
        elif check.name == "greater_than":
            constraints["exclusiveMinimum"] = stats["min_value"]
        elif check.name == "less_than_or_equal_to":
            constraints["maximum"] = stats["max_value"]
        elif check.name == "str_matches" and ftype == "string":
            constraints["pattern"] = stats["pattern"]
    return constraints
