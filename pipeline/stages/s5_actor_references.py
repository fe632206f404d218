"""Where a source names each actor of a fact that the fact's own quote does not name.

Why: rules resolve "it", "the organization", "these countries" and "he signed" from the sentence's
context, and a host state from the city visited. A reader who sees only the quote cannot check who
"it" is; this table points to the words that name the actor, so every actor of every fact is
backed by words in the source, or is marked as resting on the source's declared subject or on
nothing stated. It is computed from what the build already has (the evidence spans, the entity
mentions, the entities and each source's subject), so it says where the name stands, not which
step of a rule chose it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import pandas as pd

from schemas import columns, entity_columns
from schemas.base import FACT_TABLE
from schemas.evidence import GROUP_RESOLUTION

COLUMNS = columns("actor_references")
"""The table's columns, from its model; its bases are schemas.evidence.ACTOR_BASES, tried in that order
(`_where`), except that outside the quote's sentence the source's subject is `source_subject`, and a party that
a group resolved to (`pipeline.rules.group_references`) is `group_members`, named in its membership statement."""
THROUGH = {"place": "through_place", "person": "through_person"}


def build(
    tables: dict[str, pd.DataFrame], mentions: pd.DataFrame, entities: pd.DataFrame, subjects: dict[str, str | None]
) -> pd.DataFrame:
    """One row per (quote, actor column) whose entity the quote does not name; key (evidence_id,
    column_name, entity_id). `tables` holds the evidence and the fact tables."""
    named = mentions[(mentions["mention_type"] == "entity") & mentions["entity_id"].notna()]
    spots: dict[tuple[str, str], list[tuple[int, int, str, str]]] = {}  # by source and entity
    in_source: dict[str, list[tuple[int, int, str, str, str]]] = {}  # every mention of a source
    for m in named.sort_values(["source_id", "char_start"]).itertuples(index=False):
        spots.setdefault((m.source_id, m.entity_id), []).append((m.char_start, m.char_end, m.passage_id, m.text))
        in_source.setdefault(m.source_id, []).append((m.char_start, m.char_end, m.passage_id, m.text, m.entity_id))
    kind = dict(zip(entities["entity_id"], entities["entity_type"]))
    state = dict(zip(entities["entity_id"], entities["state_id"]))
    actors = _actors(tables)
    stated = _memberships(tables, spots)
    rows = []
    for ev in tables["evidence"].sort_values("evidence_id").itertuples(index=False):
        for column, entity in actors.get(ev.fact_id, ()):
            own = spots.get((ev.source_id, entity), [])
            if any(ev.char_start <= s and e <= ev.char_end for s, e, _, _ in own):
                continue
            basis, where = _where(ev, entity, own, in_source.get(ev.source_id, []), kind, state)
            if ev.rule_id.endswith(GROUP_RESOLUTION):
                talked = {m[4] for m in _inside(in_source.get(ev.source_id, []), ev.char_start, ev.char_end)}
                talked.add(subjects.get(ev.source_id) or "")
                words = _membership_words(stated.get((ev.source_id, entity), []), talked)
                basis, where = ("group_members", words) if words else (basis, where)
            if subjects.get(ev.source_id) == entity and basis in ("earlier_sentence", "later_sentence", None):
                basis = "source_subject"
            start, end, passage, text = where or (None, None, None, None)
            rows.append(
                {
                    "evidence_id": ev.evidence_id,
                    "fact_id": ev.fact_id,
                    "column_name": column,
                    "entity_id": entity,
                    "basis": basis,
                    "source_id": ev.source_id,
                    "passage_id": passage,
                    "char_start": start,
                    "char_end": end,
                    "quote": text,
                }
            )
    out = pd.DataFrame(rows, columns=COLUMNS)
    return out.astype({"char_start": "Int64", "char_end": "Int64"})


def _memberships(tables: dict[str, pd.DataFrame], spots: dict) -> dict[tuple[str, str], list[tuple]]:
    """(source, state) -> [(organisation, start, end, passage, text)]: the state's name in each quote of the source
    that states it a member or founder of an organisation."""
    facts = tables["memberships"]
    members = facts[facts["role"].isin(["member", "founder"])]
    org_of = dict(zip(members["fact_id"], zip(members["state_id"], members["organization_id"])))
    out: dict[tuple[str, str], list[tuple]] = {}
    for ev in tables["evidence"][tables["evidence"]["fact_id"].isin(org_of)].itertuples(index=False):
        state, org = org_of[ev.fact_id]
        for start, end, passage, text in spots.get((ev.source_id, state), []):
            if ev.char_start <= start and end <= ev.char_end:
                out.setdefault((ev.source_id, state), []).append((org, start, end, passage, text))
    return out


def _membership_words(statements: list[tuple], organizations: set[str]) -> tuple | None:
    """The words naming a state in the statement of its membership that resolved a group: of an organisation the
    quote names where there is one, else the first statement of any."""
    chosen = [m for m in statements if m[0] in organizations] or statements
    return min(chosen, key=lambda m: m[1])[1:] if chosen else None


def _actors(tables: dict[str, pd.DataFrame]) -> dict[str, list[tuple[str, str]]]:
    """fact_id -> [(column, entity_id)] for every entity column of the fact tables and every party."""
    out: dict[str, list[tuple[str, str]]] = {}
    for table in [*FACT_TABLE.values(), "agreement_parties"]:
        frame = tables[table]
        for column in entity_columns(table):
            for fact_id, entity in zip(frame["fact_id"], frame[column]):
                if isinstance(entity, str):
                    out.setdefault(fact_id, []).append((column, entity))
    return out


def _where(ev, entity: str, own: list, everyone: list, kind: dict, state: dict) -> tuple[str, tuple | None]:
    """The basis and the (start, end, passage, text) of the words naming `entity` for quote `ev`."""
    for s, e, passage, text, other in _inside(everyone, ev.char_start, ev.char_end):
        if kind.get(other) in THROUGH and state.get(other) == entity:
            return THROUGH[kind[other]], (s, e, passage, text)
    same = [spot for spot in own if spot[2] == ev.passage_id]
    if same:
        return "in_sentence", min(same, key=lambda spot: abs(spot[0] - ev.char_start))
    before = [spot for spot in own if spot[1] <= ev.char_start]
    if before:
        return "earlier_sentence", before[-1]
    after = [spot for spot in own if spot[0] >= ev.char_end]
    if after:
        return "later_sentence", after[0]
    return "unstated", None


def _inside(spots: list, start: int, end: int) -> Iterator[tuple[int, int, str, str, str]]:
    """The mentions of a source (sorted by start) that lie within [start, end)."""
    i = bisect.bisect_left(spots, (start,))
    while i < len(spots) and spots[i][0] < end:
        if spots[i][1] <= end:
            yield spots[i]
        i += 1
