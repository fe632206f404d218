"""Curators' decisions on the facts: confirm, correct, reject and add, from `raw/curation.yaml`.

Why: the rules miss facts and misread some; a curator fixes that without touching code, and every
decision stays on the record. `pipeline.inputs.curation` reads and checks the file (one line per
mistake, naming the file and the decision's line); `apply` is pure: it takes reconcile's tables and returns them with
`curation_status` set, rejected facts moved to `rejected_facts` (grain: one row per rejected fact;
key fact_id), corrected fields recorded in `corrections` (grain: one row per corrected field; key
(fact_id, field_name)), and added facts built with their evidence (rule_id `curator`). A fact keeps
its fact_id when corrected: decisions are keyed by it.

The decision format: see `pipeline.inputs.curation`.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from pipeline.errors import excerpt
from pipeline.inputs.curation import CurationError, decision_name, iso_day
from pipeline.stages.s6_curate_fields import (
    TYPE_OF_TABLE,
    as_text,
    check_entities,
    derived_dates,
    plain,
    typed_fields,
    validate_row,
)
from schemas import TABLES, columns, fact_types
from schemas.base import COMPUTED, FACT_TABLE
from schemas.curation import CURATOR_RULE_ID

WHERE = "raw/curation.yaml"
STATUS = {"confirm": "confirmed", "correct": "corrected", "add": "added"}
REJECTED_COLUMNS = list(TABLES["rejected_facts"].to_schema().columns)
CORRECTION_COLUMNS = list(TABLES["corrections"].to_schema().columns)
FACT_TABLES = tuple(FACT_TABLE.values())
LIST_TABLES = tuple(fact_types.list_tables())
"""Tables of the types' list fields (agreement_parties): rows go with their fact."""


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
                    f"{decision_name(decision)}: the same fact is already in the tables "
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
                f"{decision_name(decision)}: no fact with this id in the build. The rules or the text "
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
        "decided_on": iso_day(decision["on"], "on"),
    }


def _append(frame: pd.DataFrame, rows: list[dict]) -> pd.DataFrame:
    new = pd.DataFrame(rows)
    if frame.empty:
        return new.reindex(columns=list(frame.columns) or list(new.columns)).reset_index(drop=True)
    return pd.concat([frame, new.reindex(columns=frame.columns)], ignore_index=True)


def _rejection(decision: dict, fact_type: str, evidence: pd.DataFrame) -> dict:
    quotes = evidence[evidence["fact_id"] == decision["fact_id"]].sort_values(["source_id", "char_start"])
    if quotes.empty:
        raise CurationError(f"{decision_name(decision)}: the fact has no evidence to record. Report this as a bug.")
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
    before = {k: plain(v) for k, v in frame.loc[index].items()}
    given = typed_fields(decision, table, decision["fields"])
    values = given.pop(listed.name, None) if listed else None
    after = {**before, **given, **derived_dates(decision, before, given)}
    validate_row(decision, table, after, set(given) | ({listed.name} if listed and values is not None else set()))
    check_entities(decision, table, after, values, known_entities)
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
            f"{decision_name(decision)}: changes nothing (every field already has that value). "
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
        "extracted_value": as_text(old),
        "curated_value": as_text(new),
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
    given = typed_fields(decision, table, decision["fields"])
    values = given.pop(listed.name, None) if listed else None
    if listed and not values:
        raise CurationError(
            f"{decision_name(decision)}: an {fact_type} needs its {listed.name}, e.g. "
            f"'{listed.name}: [state:KAZ, state:CHN]' under fields."
        )
    columns = [c for c in TABLES[table].to_schema().columns if c not in COMPUTED]
    fields: dict[str, Any] = dict.fromkeys(columns)
    fields.update(declared.constants)
    fields.update(given)
    fields.update(derived_dates(decision, {}, given))
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
    validate_row(decision, table, fact, set(columns))
    check_entities(decision, table, fact, values, known_entities)
    start, end = _locate(decision, texts, source, quote)
    inside = sentences[
        (sentences["source_id"] == source) & (sentences["char_start"] <= start) & (sentences["char_end"] >= end)
    ]
    if inside.empty:
        raise CurationError(
            f"{decision_name(decision)}: the quote (at {start}-{end}) is not inside one sentence: it "
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
            f"{decision_name(decision)}: source {excerpt(source)} is not in raw/sources.yaml. "
            f"Use one of {', '.join(sorted(texts))}."
        )
    text = texts[source]
    start = text.find(quote)
    if start < 0:
        raise CurationError(
            f"{decision_name(decision)}: quote not found in the raw text of {source}. Copy the words "
            "exactly from the text (apostrophes ’, dashes –, spaces and line breaks must match)."
        )
    again = text.find(quote, start + 1)
    if again >= 0:
        raise CurationError(
            f"{decision_name(decision)}: quote found more than once in {source} (at {start} and "
            f"{again}). Quote more words, so that it occurs once."
        )
    return start, start + len(quote)
