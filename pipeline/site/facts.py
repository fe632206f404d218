"""The explorer site's reading of the tables: every fact with the entities it names, in words.

Why: the site shows names, never bare ids (ids go on hover), and one place decides which columns of
which fact table name an entity and how a fact reads as a sentence ("Kazakhstan: member of the
Shanghai Cooperation Organisation"), so that the home page, the entity pages, the fact pages and the
source pages agree. Pure: tables in, plain dicts out.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from schemas.base import FACT_TABLE

ENTITY_COLUMNS = {
    "membership": ["state_id", "organization_id"],
    "visit": ["visitor_id", "visitor_state_id", "visitor_organization_id", "host_state_id", "place_id"],
    "agreement": [],  # its parties are in agreement_parties
    "organization_event": ["organization_id", "counterpart_organization_id", "state_id"],
    "amount": ["subject_id", "counterpart_id"],
}
"""Columns of each fact table that hold an entity_id (entities.entity_id)."""
FACT_TYPE_LABEL = {
    "membership": "Membership",
    "visit": "Visit",
    "agreement": "Agreement",
    "organization_event": "Organisation event",
    "amount": "Figure",
}
ENTITY_TYPE_LABEL = {
    "state": "State",
    "organization": "Organisation",
    "person": "Person",
    "place": "Place",
    "group": "Group of states",
}
HOME_STATE = "state:KAZ"


def value(v: object) -> object:
    """None for a missing cell (pandas gives None, NaN, NA or NaT), the value otherwise. Tested by identity
    and type, not with `pd.isna`: this runs for every cell of the tables the site shows, and `pd.isna` on
    one value costs four times as much."""
    if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v)):
        return None
    return v


def records(frame: pd.DataFrame | None) -> list[dict]:
    if frame is None:
        return []
    return [{k: value(v) for k, v in row.items()} for row in frame.to_dict("records")]


def slug(entity_id: str) -> str:
    """A file name for an id: 'state:KAZ' -> 'state-KAZ'."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", entity_id.replace(":", "-", 1))


def quote_order(evidence: list[dict], date_edtf: str | None) -> list[dict]:
    """Quotes in the order the site shows them: the one that states the fact's date first, then those
    stating any date, then by source and offset (the facts view of the database orders them alike)."""
    return sorted(
        evidence,
        key=lambda e: (
            e.get("stated_date_edtf") != date_edtf or date_edtf is None,
            e.get("stated_date_edtf") is None,
            e["source_id"],
            e["char_start"],
        ),
    )


def amount_text(fact: dict) -> str:
    number = fact.get("value")
    shown = "" if number is None else (f"{number:,.0f}" if float(number).is_integer() else f"{number:,}")
    unit = fact.get("currency") if fact.get("unit") == "currency" else fact.get("unit")
    qualifier = (fact.get("qualifier") or "").replace("_", " ")
    return " ".join(filter(None, [qualifier, shown, unit]))


Part = str | tuple[str, str] | None
"""A piece of a fact's phrase: text, an ('entity', id) pair to render as a name, or nothing."""


def summary_parts(fact: dict, parties: list[str]) -> list[Part]:
    """The fact as a phrase: a list of strings and ('entity', id) pairs that a page renders as names."""
    t, e = fact["fact_type"], (lambda column: ("entity", fact[column]) if fact.get(column) else None)
    if t == "membership":
        role = "withdrew from" if fact["role"] == "withdrew" else f"{fact['role'].replace('_', ' ')} of"
        return [e("state_id"), f": {role} ", e("organization_id")]
    if t == "visit":
        visitor = e("visitor_id") or e("visitor_state_id") or e("visitor_organization_id")
        out: list[Part] = [visitor or "A delegation", " visits ", e("host_state_id")]
        if fact.get("place_id"):
            out += [" (", e("place_id"), ")"]
        return out
    if t == "agreement":
        out = [fact.get("name") or fact["kind"].capitalize()]
        for i, party in enumerate(parties):
            out += [" between " if i == 0 else (" and " if i == len(parties) - 1 else ", "), ("entity", party)]
        return out
    if t == "organization_event":
        out = [e("organization_id"), f": {fact['event_type'].replace('_', ' ')}"]
        for column in ("counterpart_organization_id", "state_id"):
            if fact.get(column):
                out += [" — ", e(column)]
        return out
    out = [f"{fact['kind'].replace('_', ' ').capitalize()}: {amount_text(fact)}"]
    if fact.get("subject_id"):
        out += [" — ", e("subject_id")]
    if fact.get("counterpart_id"):
        out += [" / ", e("counterpart_id")]
    return out


def entity_ids(fact: dict, parties: list[str]) -> list[str]:
    ids = [fact[c] for c in ENTITY_COLUMNS[fact["fact_type"]] if fact.get(c)] + parties
    return list(dict.fromkeys(ids))


def gather(tables: dict[str, pd.DataFrame]) -> dict:
    """Facts (with their quotes, parties, conflicts and corrections), entities and sources, keyed by id."""
    evidence_of: dict[str, list[dict]] = {}
    for ev in records(tables["evidence"].sort_values(["fact_id", "source_id", "char_start"])):
        evidence_of.setdefault(ev["fact_id"], []).append(ev)
    parties_of: dict[str, list[str]] = {}
    for row in records(tables.get("agreement_parties")):
        parties_of.setdefault(row["fact_id"], []).append(row["party_id"])
    by_fact: dict[str, dict[str, list[dict]]] = {name: {} for name in ("conflicts", "corrections")}
    for name, grouped in by_fact.items():
        for row in records(tables.get(name)):
            grouped.setdefault(row["fact_id"], []).append(row)
    facts = {}
    for fact_type, name in FACT_TABLE.items():
        for fact in records(tables.get(name)):
            fact["fact_type"] = fact_type
            parties = sorted(parties_of.get(fact["fact_id"], []))
            fact["parties"] = parties
            fact["summary"] = [p for p in summary_parts(fact, parties) if p]
            fact["entity_ids"] = entity_ids(fact, parties)
            fact["evidence"] = quote_order(evidence_of.get(fact["fact_id"], []), fact.get("date_edtf"))
            fact["conflicts"] = sorted(
                by_fact["conflicts"].get(fact["fact_id"], []), key=lambda c: (c["conflict_id"], c["variant"])
            )
            fact["corrections"] = by_fact["corrections"].get(fact["fact_id"], [])
            fact["year"] = None if fact.get("date_start") is None else int(str(fact["date_start"])[:4])
            facts[fact["fact_id"]] = fact
    entities = {row["entity_id"]: row for row in records(tables["entities"])}
    facts_of: dict[str, list[str]] = {}
    for fact in sorted(facts.values(), key=fact_sort_key):
        for entity_id in fact["entity_ids"]:
            facts_of.setdefault(entity_id, []).append(fact["fact_id"])
    sources = {row["source_id"]: row for row in records(tables["sources"])}
    return {"facts": facts, "entities": entities, "facts_of": facts_of, "sources": sources}


def fact_sort_key(fact: dict) -> tuple:
    """Dated facts by date, undated last; then type and id (a stable, meaningful order)."""
    return (fact.get("date_start") is None, str(fact.get("date_start") or ""), fact["fact_type"], fact["fact_id"])


def source_label(source: dict) -> str:
    """A source's name: its title, else its attribution, else its file (never a missing value)."""
    return source.get("title") or source.get("attribution") or source["file_path"]


def entity_order(entity_ids: list[str], entities: dict, facts_of: dict) -> list[str]:
    """Kazakhstan first, then the entities with most facts, then by name."""
    return sorted(
        entity_ids,
        key=lambda i: (
            i != HOME_STATE,
            -len(facts_of.get(i, [])),
            str(entities.get(i, {}).get("name") or i).lower(),
            i,
        ),
    )
