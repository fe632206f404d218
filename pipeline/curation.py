"""Curators' decisions on the facts: confirm, correct, reject and add, from `raw/curation.yaml`.

Why: the rules miss facts and misread some; a curator fixes that without touching code, and every
decision stays on the record. `load` reads and checks the file (one line per mistake, naming the
file and the decision's line); `apply` is pure: it takes reconcile's tables and returns them with
`curation_status` set, rejected facts moved to `rejected_facts` (grain: one row per rejected fact;
key fact_id), corrected fields recorded in `corrections` (grain: one row per corrected field; key
(fact_id, field_name)), and added facts built with their evidence (rule_id `curator`). A fact keeps
its fact_id when corrected: decisions are keyed by it.

Decision format (a list under `decisions:`; `by` and `on` are written by the curator, never taken
from the clock):

    - fact_id: vis-0a1b2c3d4e5f   # confirm: the fact is right as extracted
      action: confirm
      by: A. Curator
      on: 2025-01-15
    - fact_id: mem-0a1b2c3d4e5f   # correct: field -> new value (fact_id stays)
      action: correct
      fields: {date_edtf: "1992"}
      reason: The preceding sentence dates it to 1992.
      by: A. Curator
      on: 2025-01-15
    - fact_id: amt-0a1b2c3d4e5f   # reject: the fact leaves the tables, listed in rejected_facts
      action: reject
      reason: The figure is a forecast, not a reported amount.
      by: A. Curator
      on: 2025-01-15
    - action: add                 # add: a fact the rules missed, with its exact quote
      fact_type: membership
      fields: {state_id: "state:KAZ", organization_id: "org:OIC", role: member, date_edtf: "1995"}
      source: akiner_efp
      quote: Kazakhstan joined the Organisation of the Islamic Conference in 1995
      by: A. Curator
      on: 2025-01-15
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa
import yaml

from pipeline import lexicon, strict_yaml
from pipeline.errors import InputError, excerpt, is_blank
from schemas import TABLES, columns, fact_types
from schemas.base import COMPUTED, DATE_BOUNDS, DATE_PRECISIONS, FACT_ID_PATTERN, FACT_TABLE, FACT_TYPES
from schemas.curation import CURATOR_RULE_ID
from schemas.frictionless import field_type
from schemas.inputs import CURATION_ACTIONS, CURATION_OPTIONAL, CURATION_REQUIRED

WHERE = "raw/curation.yaml"
STATUS = {"confirm": "confirmed", "correct": "corrected", "add": "added"}
SEASONS = {
    s.code: (
        f"{s.first_month:02d}-01",
        f"{s.last_month:02d}-{calendar.monthrange(2001, s.last_month)[1]}" if s.first_month <= s.last_month else None,
    )
    for s in lexicon.seasons().values()
}
"""EDTF season code -> first and last day ('MM-DD'); winter's end is in the next year (None)."""
REJECTED_COLUMNS = list(TABLES["rejected_facts"].to_schema().columns)
CORRECTION_COLUMNS = list(TABLES["corrections"].to_schema().columns)
FACT_TABLES = tuple(FACT_TABLE.values())
TYPE_OF_TABLE = {table: fact_type for fact_type, table in FACT_TABLE.items()}
LIST_TABLES = tuple(fact_types.list_tables())
"""Tables of the types' list fields (agreement_parties): rows go with their fact."""


class CurationError(InputError):
    """A decision in raw/curation.yaml cannot be applied: names the decision's line and fact."""


# --- reading ---------------------------------------------------------------------------------


def load(path: Path) -> list[dict]:
    """The decisions of `raw/curation.yaml` (none if the file is absent), each with `_line`."""
    text = strict_yaml.read(path, WHERE)
    return [] if text is None else parse(text)


def parse(text: str) -> list[dict]:
    """Decisions from the YAML text of raw/curation.yaml, checked; `on` becomes an ISO date string.

    Read with the strict loader (pipeline/strict_yaml.py): no aliases, no repeated keys, dates as text."""
    root, loader = strict_yaml.compose(text, WHERE)
    if root is None:
        return []
    if not isinstance(root, yaml.MappingNode):
        raise InputError(f"{WHERE}:1: expected 'decisions:' followed by a list of decisions (see the header).")
    items = None
    for key, value in root.value:
        if key.value != "decisions":
            raise InputError(
                f"{WHERE}:{key.start_mark.line + 1}: unknown top-level key {excerpt(key.value)}. "
                "The file has one key, 'decisions', holding a list."
            )
        items = value
    if items is None or (isinstance(items, yaml.ScalarNode) and items.value in ("", "~", "null")):
        return []
    if not isinstance(items, yaml.SequenceNode):
        raise InputError(
            f"{WHERE}:{items.start_mark.line + 1}: 'decisions' must be a list (each decision starts with '- ')."
        )
    decisions: list[dict] = []
    seen: dict[str, int] = {}
    for node in items.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            raise InputError(
                f"{WHERE}:{line}: each decision must be a mapping of keys to values (fact_id, action, by, on, …)."
            )
        decision = _check(strict_yaml.construct_mapping(loader, node, WHERE), line)
        fact_id = decision.get("fact_id")
        if fact_id is not None:
            if fact_id in seen:
                raise InputError(
                    f"{WHERE}:{line}: {decision['action']} {fact_id}: the fact already has a "
                    f"decision at line {seen[fact_id]}. Keep one decision per fact (a correct "
                    "decision can change several fields)."
                )
            seen[fact_id] = line
        decisions.append(decision)
    return decisions


def _check(decision: dict, line: int) -> dict:
    action = decision.get("action")
    if action not in CURATION_ACTIONS:
        raise InputError(
            f"{WHERE}:{line}: action {excerpt(action)} is not one of {', '.join(CURATION_ACTIONS)}. "
            "Write e.g. 'action: confirm'."
        )
    name = _name(decision, line)
    keys = [k for k in decision if k != "_line"]
    missing = [k for k in CURATION_REQUIRED[action] if k not in keys]
    if missing:
        raise InputError(
            f"{name}: missing key(s) {', '.join(missing)}. A {action} decision needs {', '.join(CURATION_REQUIRED[action])}."
        )
    unknown = [k for k in keys if k not in CURATION_REQUIRED[action] + CURATION_OPTIONAL.get(action, ())]
    if unknown:
        hint = " (an add computes its fact_id)" if action == "add" and "fact_id" in unknown else ""
        raise InputError(
            f"{name}: unknown key(s) {', '.join(map(str, unknown))}{hint}. A {action} decision "
            f"takes {', '.join(CURATION_REQUIRED[action] + CURATION_OPTIONAL.get(action, ()))}."
        )
    if action != "add" and not (
        isinstance(decision["fact_id"], str) and re.match(FACT_ID_PATTERN, decision["fact_id"])
    ):
        raise InputError(
            f"{name}: fact_id {excerpt(decision['fact_id'])} is not a fact id (e.g. mem-3f2a9c0b1d4e). "
            "Copy it from build/review.html or the fact tables."
        )
    for key in ("by", "reason", "source", "quote"):
        if key in decision and not (isinstance(decision[key], str) and not is_blank(decision[key])):
            raise InputError(f"{name}: {key} must be non-empty text.")
    decision["on"] = _day(decision["on"], name)
    if action == "add" and not (isinstance(decision["fact_type"], str) and decision["fact_type"] in FACT_TYPES):
        raise InputError(f"{name}: fact_type {excerpt(decision['fact_type'])} is not one of {', '.join(FACT_TYPES)}.")
    if "fields" in decision and not (
        isinstance(decision["fields"], dict)
        and decision["fields"]
        and all(isinstance(k, str) for k in decision["fields"])
    ):
        raise InputError(
            f"{name}: fields must be a mapping of field names to values, e.g. 'fields: {{date_edtf: \"1992\"}}'."
        )
    return {**decision, "_line": line}


def _is_day(value: str) -> bool:
    try:
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and dt.date.fromisoformat(value) is not None
    except ValueError:
        return False


def _day(value: object, name: str) -> str:
    """The decision's day as an ISO date string, exactly the day the curator wrote (the strict loader
    leaves dates as text, so a day that does not exist, 2025-13-01, is refused here with its line)."""
    if isinstance(value, str) and _is_day(value):
        return value
    raise InputError(f"{name}: on {excerpt(value)} is not a day. Write the day of the decision as YYYY-MM-DD.")


def _name(decision: dict, line: int | str | None = None) -> str:
    """How messages name a decision: file, line, action and fact."""
    line = decision.get("_line", "?") if line is None else line
    action = decision.get("action")
    if action == "add":
        what = (
            f"add {excerpt(decision.get('fact_type'), quote=False)} quoting "
            f"{excerpt(decision.get('source'), quote=False)}"
        )
        if decision.get("_fact_id"):
            what += f" (fact_id {decision['_fact_id']})"
    else:
        what = f"{action} {excerpt(decision.get('fact_id'), quote=False)}"
    return f"{WHERE}:{line}: {what}"


# --- applying --------------------------------------------------------------------------------


def apply(
    tables: dict[str, pd.DataFrame],
    decisions: list[dict],
    texts: dict[str, str],
    passages: pd.DataFrame,
    *,
    entities: pd.DataFrame | None = None,
) -> dict[str, pd.DataFrame]:
    """Reconcile's tables with the decisions applied, plus `rejected_facts` and `corrections`.

    `texts` maps source_id to the raw text (offsets point into it); `passages` gives the sentence of
    an added fact's quote; `entities`, when given, is checked for every entity a curator names.
    """
    out = {name: frame.copy() for name, frame in tables.items()}
    for name in FACT_TABLES + ("evidence",) + LIST_TABLES + ("conflicts",):
        if name in out and "fact_id" not in out[name].columns:
            out[name] = pd.DataFrame(columns=list(TABLES[name].to_schema().columns))
    where_is = {fid: name for name in FACT_TABLES if name in out for fid in out[name]["fact_id"]}
    known_entities = None if entities is None else set(entities["entity_id"])
    sentences = passages[passages["kind"] == "sentence"]
    rejected: list[dict] = []
    corrections: list[dict] = []
    added: dict[str, str] = {}
    record: list[dict] = []
    for decision in decisions:
        action = decision["action"]
        if action == "add":
            fact, evidence, list_rows = _added(decision, texts, sentences, known_entities)
            record.append(_decision_row(decision, fact["fact_id"], decision["fact_type"]))
            previous = where_is.get(fact["fact_id"]) or added.get(fact["fact_id"])
            if previous:
                raise CurationError(
                    f"{_name(decision)}: the same fact is already in the tables "
                    f"({fact['fact_id']}, {previous}). Confirm or correct that fact instead."
                )
            added[fact["fact_id"]] = f"added at line {decision.get('_line', '?')}"
            out[FACT_TABLE[decision["fact_type"]]] = _append(out[FACT_TABLE[decision["fact_type"]]], [fact])
            out["evidence"] = _append(out["evidence"], [evidence])
            added_list = fact_types.get(decision["fact_type"]).list_field
            if added_list and list_rows:
                out[added_list.table] = _append(out[added_list.table], list_rows)
            continue
        table = where_is.get(decision["fact_id"])
        if table is None:
            raise CurationError(
                f"{_name(decision)}: no fact with this id in the build. The rules or the text "
                "changed, or the id is mistyped: look the fact up in build/review.html and "
                "update or remove the decision."
            )
        frame = out[table]
        index = frame.index[frame["fact_id"] == decision["fact_id"]][0]
        record.append(_decision_row(decision, decision["fact_id"], TYPE_OF_TABLE[table]))
        if action == "reject":
            rejected.append(_rejection(decision, TYPE_OF_TABLE[table], out["evidence"]))
            continue
        if action == "correct":
            list_field = fact_types.get(TYPE_OF_TABLE[table]).list_field
            rows, new_rows = _correct(
                decision, table, frame, index, out.get(list_field.table) if list_field else None, known_entities
            )
            corrections += rows
            if list_field and new_rows is not None:
                kept = out[list_field.table][out[list_field.table]["fact_id"] != decision["fact_id"]]
                out[list_field.table] = _append(kept, new_rows)
        frame.loc[index, "curation_status"] = STATUS[action]
    gone = {r["fact_id"] for r in rejected}
    for name in FACT_TABLES + ("evidence",) + LIST_TABLES + ("conflicts",):
        if name in out and gone:
            out[name] = out[name][~out[name]["fact_id"].isin(gone)].reset_index(drop=True)
    out["rejected_facts"] = pd.DataFrame(rejected, columns=REJECTED_COLUMNS)
    out["corrections"] = pd.DataFrame(corrections, columns=CORRECTION_COLUMNS)
    out["curation_decisions"] = pd.DataFrame(record, columns=DECISION_COLUMNS)
    return out


DECISION_COLUMNS = columns("curation_decisions")


def _decision_row(decision: dict, fact_id: str, fact_type: str) -> dict:
    """Who decided what about a fact and when, as the curator wrote it: the record of every decision."""
    reason = decision.get("reason")
    return {
        "fact_id": fact_id,
        "fact_type": fact_type,
        "action": decision["action"],
        "reason": reason.strip() if isinstance(reason, str) else None,
        "decided_by": str(decision["by"]),
        "decided_on": _day(decision["on"], "on"),
    }


def _append(frame: pd.DataFrame, rows: list[dict]) -> pd.DataFrame:
    new = pd.DataFrame(rows)
    if frame.empty:
        return new.reindex(columns=list(frame.columns) or list(new.columns)).reset_index(drop=True)
    return pd.concat([frame, new.reindex(columns=frame.columns)], ignore_index=True)


def _rejection(decision: dict, fact_type: str, evidence: pd.DataFrame) -> dict:
    quotes = evidence[evidence["fact_id"] == decision["fact_id"]].sort_values(["source_id", "char_start"])
    if quotes.empty:
        raise CurationError(f"{_name(decision)}: the fact has no evidence to record. Report this as a bug.")
    first = quotes.iloc[0]
    return {
        "fact_id": decision["fact_id"],
        "fact_type": fact_type,
        "reason": decision["reason"].strip(),
        "decided_by": decision["by"].strip(),
        "decided_on": decision["on"],
        "source_id": first["source_id"],
        "passage_id": first["passage_id"],
        "char_start": int(first["char_start"]),
        "char_end": int(first["char_end"]),
        "quote": first["quote"],
        "rule_id": first["rule_id"],
    }


def _correct(
    decision: dict, table: str, frame: pd.DataFrame, index, list_rows: pd.DataFrame | None, known_entities: set | None
) -> tuple[list[dict], list[dict] | None]:
    """Apply a correction to frame row `index` in place; return its corrections rows and the new rows
    of the type's list field (an agreement's parties), if the decision sets it."""
    fact_type = TYPE_OF_TABLE[table]
    listed = fact_types.get(fact_type).list_field
    before = {k: _plain(v) for k, v in frame.loc[index].items()}
    given = _typed_fields(decision, table, decision["fields"])
    values = given.pop(listed.name, None) if listed else None
    after = {**before, **given, **_derived_dates(decision, before, given)}
    _validate_row(decision, table, after, set(given) | ({listed.name} if listed and values is not None else set()))
    _check_entities(decision, table, after, values, known_entities)
    rows = []
    for name, value in after.items():
        if value != before.get(name):
            rows.append(_correction_row(decision, fact_type, name, before.get(name), value))
    new_rows = None
    if listed and values is not None and list_rows is not None:
        old = tuple(sorted(list_rows.loc[list_rows["fact_id"] == decision["fact_id"], listed.column]))
        if values != old:
            rows.append(
                _correction_row(decision, fact_type, listed.name, ",".join(old) or None, ",".join(values) or None)
            )
        new_rows = [{"fact_id": decision["fact_id"], listed.column: v} for v in values]
    if not rows:
        raise CurationError(
            f"{_name(decision)}: changes nothing (every field already has that value). "
            "Use 'action: confirm' if the fact is right."
        )
    for name, value in after.items():
        if value != before.get(name):
            frame.loc[index, name] = value
    return sorted(rows, key=lambda r: r["field_name"]), new_rows


def _correction_row(decision: dict, fact_type: str, name: str, old, new) -> dict:
    return {
        "fact_id": decision["fact_id"],
        "fact_type": fact_type,
        "field_name": name,
        "extracted_value": _as_text(old),
        "curated_value": _as_text(new),
        "reason": decision["reason"].strip(),
        "decided_by": decision["by"].strip(),
        "decided_on": decision["on"],
    }


def _added(
    decision: dict, texts: dict[str, str], sentences: pd.DataFrame, known_entities: set | None
) -> tuple[dict, dict, list[dict]]:
    """The fact row, evidence row and list-field rows (an agreement's parties) of an `add` decision.
    Columns the type fixes (`FactType.constants`: CAMEO and PLOVER codes) are filled in as the rules
    set them."""
    fact_type, source, quote = decision["fact_type"], decision["source"], decision["quote"]
    declared = fact_types.get(fact_type)
    listed = declared.list_field
    table = declared.table
    given = _typed_fields(decision, table, decision["fields"])
    values = given.pop(listed.name, None) if listed else None
    if listed and not values:
        raise CurationError(
            f"{_name(decision)}: an {fact_type} needs its {listed.name}, e.g. "
            f"'{listed.name}: [state:KAZ, state:CHN]' under fields."
        )
    columns = [c for c in TABLES[table].to_schema().columns if c not in COMPUTED]
    fields: dict[str, Any] = dict.fromkeys(columns)
    fields.update(declared.constants)
    fields.update(given)
    fields.update(_derived_dates(decision, {}, given))
    if listed and values is not None:
        fields[listed.name] = values
    fact_id = declared.fact_id(fields)
    decision = {**decision, "_fact_id": fact_id}
    fact = {
        "fact_id": fact_id,
        **{c: fields[c] for c in columns},
        "n_evidence": 1,
        "n_sources": 1,
        "is_corroborated": False,
        "has_conflict": False,
        "curation_status": "added",
    }
    _validate_row(decision, table, fact, set(columns))
    _check_entities(decision, table, fact, values, known_entities)
    start, end = _locate(decision, texts, source, quote)
    inside = sentences[
        (sentences["source_id"] == source) & (sentences["char_start"] <= start) & (sentences["char_end"] >= end)
    ]
    if inside.empty:
        raise CurationError(
            f"{_name(decision)}: the quote (at {start}-{end}) is not inside one sentence: it "
            "crosses a sentence boundary or lies outside the text's sentences. Quote words "
            "from one sentence."
        )
    evidence = {
        "evidence_id": f"{fact_id}@{source}:{start}",
        "fact_id": fact_id,
        "fact_type": fact_type,
        "source_id": source,
        "passage_id": inside.iloc[0]["passage_id"],
        "char_start": start,
        "char_end": end,
        "quote": texts[source][start:end],
        "rule_id": CURATOR_RULE_ID,
        "stated_date_edtf": fact.get("date_edtf"),
    }
    list_rows = [{"fact_id": fact_id, listed.column: v} for v in values or ()] if listed else []
    return fact, evidence, list_rows


def _locate(decision: dict, texts: dict[str, str], source: str, quote: str) -> tuple[int, int]:
    """Offsets of the quote's one occurrence in the source's raw text."""
    if source not in texts:
        raise CurationError(
            f"{_name(decision)}: source {excerpt(source)} is not in raw/sources.yaml. "
            f"Use one of {', '.join(sorted(texts))}."
        )
    text = texts[source]
    start = text.find(quote)
    if start < 0:
        raise CurationError(
            f"{_name(decision)}: quote not found in the raw text of {source}. Copy the words "
            "exactly from the text (apostrophes ’, dashes –, spaces and line breaks must match)."
        )
    again = text.find(quote, start + 1)
    if again >= 0:
        raise CurationError(
            f"{_name(decision)}: quote found more than once in {source} (at {start} and "
            f"{again}). Quote more words, so that it occurs once."
        )
    return start, start + len(quote)


def _typed_fields(decision: dict, table: str, fields: dict) -> dict:
    """The given fields with YAML values turned into the column types; unknown fields refused."""
    schema = TABLES[table].to_schema()
    listed = fact_types.get(TYPE_OF_TABLE[table]).list_field
    allowed = [c for c in schema.columns if c not in COMPUTED] + ([listed.name] if listed else [])
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name in COMPUTED:
            raise CurationError(
                f"{_name(decision)}: field {name} is computed by the build and cannot be set. "
                f"Fields you can set: {', '.join(allowed)}."
            )
        if name not in allowed:
            raise CurationError(
                f"{_name(decision)}: unknown field {excerpt(name)} for {table}. "
                f"Fields you can set: {', '.join(allowed)}."
            )
        if listed and name == listed.name:
            if not (isinstance(value, list) and all(isinstance(p, str) for p in value)):
                raise CurationError(
                    f"{_name(decision)}: {name} must be a list of entity ids, e.g. [state:KAZ, state:CHN]."
                )
            out[name] = tuple(sorted(set(value)))
            continue
        dtype = str(schema.columns[name].dtype)
        out[name] = _typed(decision, name, value, dtype)
        if out[name] is not None and field_type(schema.columns[name]) == "date" and not _is_day(out[name]):
            raise CurationError(
                f"{_name(decision)}: {name} {excerpt(out[name])} is not a day. Write it as "
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
            f"{_name(decision)}: field {name} must be a number (write 10000000000, not {excerpt(value)})."
        )
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise CurationError(f"{_name(decision)}: field {name} must be text, not {excerpt(value)}.")
    return str(value)


def _derived_dates(decision: dict, before: dict, given: dict) -> dict:
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
            f"{_name(decision)}: date_edtf {excerpt(edtf)} is not a date the build can bound "
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


def _validate_row(decision: dict, table: str, row: dict, named: set[str]) -> None:
    """Run the table's Pandera model on the one row; a failure names the field and the check."""
    from pipeline.validate import conform

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
            f"{_name(decision)}: {column} = {excerpt(row.get(column))} breaks the {table} schema "
            f"(check {case['check']}). See the field in build/current/DATA_DICTIONARY.md or "
            "datapackage.json."
        ) from exc
    except InputError as exc:
        raise CurationError(f"{_name(decision)}: {exc}") from exc
    if row.get("date_start") and row.get("date_end") and row["date_start"] > row["date_end"]:
        raise CurationError(
            f"{_name(decision)}: date_start {row['date_start']} is after date_end "
            f"{row['date_end']}. Give bounds in order, or only date_edtf."
        )


def _check_entities(decision: dict, table: str, row: dict, values: tuple | None, known: set | None) -> None:
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
                f"{_name(decision)}: {column} {excerpt(value)} is not an entity in raw/dictionaries/. "
                "Use an existing entity_id (see the entities table) or add the entity there."
            )


def _plain(value: object) -> object:
    """A cell as a plain Python value (missing -> None, numpy scalars -> Python)."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)
