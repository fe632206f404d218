"""Stata copies of the tables (`stata/<table>.dta`) for the release archive.

Why: many political scientists work in Stata; a .dta file opens with `use` and carries what a CSV cannot:
variable labels (each column's description), a dataset label (the table's title), dates as Stata dates
and value labels for the coded fields (role, kind, event type, status, precision…: every column whose
model lists its allowed values), stored as integers labelled with the codes. Written by pandas
(`DataFrame.to_stata`, format 118, Unicode), with the time stamp fixed to the release's, so the same
tables give the same bytes. Strings longer than Stata's 2,045-byte limit (passage texts) are strL.
"""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd

from schemas import TABLES
from schemas.frictionless import field_type, model_metadata

FOLDER = "stata"
STATA_STR_MAX = 2045
LABEL_MAX = 80


def allowed_values(column) -> list[str] | None:
    """The codes a column may hold, where its model lists them (an `isin` check)."""
    for check in column.checks:
        values = (check.statistics or {}).get("allowed_values")
        if values is not None:
            return [str(v) for v in values]
    return None


def _label(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1] + "…"


def stata_frame(name: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, dict, dict, list[str]]:
    """(frame, convert_dates, variable_labels, strL columns) of one table, ready for to_stata."""
    schema = TABLES[name].to_schema()
    out, dates, labels, strl = pd.DataFrame(index=frame.index), {}, {}, []
    for column, spec in schema.columns.items():
        kind, values = field_type(spec), frame[column]
        codes = allowed_values(spec) if len(frame) else None  # pandas cannot label an empty column
        if codes is not None:
            out[column] = pd.Categorical(values.astype("object").where(values.notna(), None), categories=codes)
        elif kind == "date":
            out[column] = pd.to_datetime(values, format="%Y-%m-%d")
            dates[column] = "td"
        elif kind == "boolean":
            out[column] = values.astype("Int8")  # Stata has no boolean: 1 true, 0 false
        elif kind == "string" or codes is None and allowed_values(spec) is not None:
            text = values.astype("object").where(values.notna(), "")  # Stata strings have no missing value
            out[column] = text
            if text.map(lambda s: len(s.encode("utf-8"))).max() > STATA_STR_MAX:
                strl.append(column)
        else:
            out[column] = values
        labels[column] = _label(spec.description)
    return out, dates, labels, strl


def dta_bytes(name: str, frame: pd.DataFrame, stamp: dt.datetime) -> bytes:
    """One table as a Stata 118 file."""
    out, dates, labels, strl = stata_frame(name, frame)
    buffer = io.BytesIO()
    out.to_stata(
        buffer,
        write_index=False,
        version=118,
        convert_dates=dates,
        variable_labels=labels,
        data_label=_label(model_metadata(TABLES[name]).get("title", name)),
        time_stamp=stamp,
        convert_strl=strl,
    )
    return buffer.getvalue()


def dta_files(tables: dict[str, pd.DataFrame], epoch: int) -> dict[str, bytes]:
    """`stata/<table>.dta` for every table, stamped with `epoch` (the release's time)."""
    stamp = dt.datetime.fromtimestamp(epoch, dt.UTC).replace(tzinfo=None)
    return {f"{FOLDER}/{name}.dta": dta_bytes(name, frame, stamp) for name, frame in sorted(tables.items())}
