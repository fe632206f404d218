"""Candidate facts from every sentence, by the rules in `pipeline.rules`.

One row per candidate (a fact as one rule saw it in one sentence); internal table, key
(passage_id, rule_id, fields). `reconcile` merges candidates into facts with evidence. The
paragraph context a rule needs (the person and partner state being talked about, the
organisations of the previous sentence) is computed here, in text order.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pandas as pd

from pipeline.entities.gazetteer import ACTOR_FORMS
from pipeline.entities.lenders import lenders
from pipeline.entities.mentions import Found
from pipeline.rules import (
    ALL_RULES,
    event_bodies,
    fact_modality,
    group_references,
    instrument_acts,
    minimal_quote,
    timeline,
)
from pipeline.rules.context import Sentence
from pipeline.rules.visit_readings import dated_over_undated, made_over_unmade, named_over_unnamed
from pipeline.rules.visit_unmade import in_person
from pipeline.text import dates

COLUMNS = ["fact_type", "fields_json", "source_id", "passage_id", "char_start", "char_end", "quote", "rule_id"]


def contexts(
    found: list[Found],
    state_of: dict[str, str],
    parent_of: dict[str, str] | None = None,
    state_groups: tuple = (),
    subjects: dict | None = None,
    parses: dict | None = None,
    headings: dict | None = None,
    heading_states: dict | None = None,
    family_states: dict | None = None,
    lenders: dict | None = None,
) -> list[Sentence]:
    """A `Sentence` per found sentence, with context carried within paragraphs and sources. The partner
    state is the last other state a sentence names as an actor ('Turkey and the ex-Soviet Turkic
    states': Turkey), else by an adjective ('Chinese investment'); a paragraph's partner is also, where a sentence
    names no other state, the state of a foreign city it names ('The president visited Seoul in 2017. A joint
    statement was adopted.': the city is where the partner received him; not a venue, 'talks were held in Geneva'). `subjects` gives each source's subject
    (sources.yaml), `parses` each sentence's parse (passage_id -> spaCy Span), `headings` its section's heading.
    A section headed by one state other than the source's subject ('China', 'Relations with Iran') has that
    state as the partner from its start, and as each of its paragraphs' partner until the text names another
    (`heading_states`: heading -> the states it names). `lenders` gives the organisations that lend (`entities.lenders`)."""
    subjects, parses, headings, heading_states = subjects or {}, parses or {}, headings or {}, heading_states or {}
    out: list[Sentence] = []
    paragraph = section_source = paragraph_partner = headed = None
    paragraph_orgs: tuple = ()
    paragraph_persons: tuple = ()
    paragraph_states: tuple = ()
    narrated: int | None = None
    section, section_narrated = None, None  # the narrative's year carried over the paragraphs of a section
    person = partner = None
    previous_orgs: tuple = ()
    previous = None
    lead = ""
    for f in found:
        row = f.row
        if row.source_id != section_source:
            section_source, partner, previous_orgs, previous = row.source_id, None, (), None
            lead = row.text
        if row.parent_passage_id != paragraph:
            headed = _heading_partner(heading_states.get(headings.get(row.passage_id)), subjects, row)
            paragraph, person, paragraph_partner, paragraph_orgs = row.parent_passage_id, None, headed, ()
            paragraph_persons = paragraph_states = ()
            narrated = dates.heading_year(headings.get(row.passage_id))
            if (row.source_id, headings.get(row.passage_id)) != section:
                section, section_narrated = (row.source_id, headings.get(row.passage_id)), narrated
                partner = headed or partner
        out.append(
            Sentence(
                row.source_id,
                row.passage_id,
                row.char_start,
                row.text,
                entities=f.entities,
                dates=f.dates,
                amounts=f.amounts,
                anchor_year=f.anchor_year,
                topic_person=person,
                partner_state=partner,
                previous_organizations=previous_orgs,
                previous_sentence_organizations=tuple(
                    dict.fromkeys(m.entity_id for m in previous.entities if m.entity_type == "organization")
                )
                if previous
                else (),
                paragraph_organizations=paragraph_orgs,
                paragraph_persons=paragraph_persons,
                paragraph_states=paragraph_states,
                paragraph_partner_state=paragraph_partner,
                previous_text=previous.row.text if previous else "",
                source_lead=lead,
                previous_dates=previous.dates if previous else (),
                previous_states=tuple(
                    m.entity_id for m in previous.entities if m.entity_type == "state" and m.form in ACTOR_FORMS
                )
                if previous
                else (),
                previous_places=tuple(m.entity_id for m in previous.entities if m.entity_type == "place")
                if previous
                else (),
                state_of=state_of,
                family_states=family_states or {},
                parent_of=parent_of or {},
                lenders=lenders or {},
                state_groups=state_groups,
                subject=subjects.get(row.source_id),
                tokens=parses.get(row.passage_id),
                heading=headings.get(row.passage_id),
                heading_state=headed,
                paragraph_date=timeline.as_date(narrated),
                section_date=timeline.as_date(narrated or section_narrated),
            )
        )
        previous = f
        narrated = timeline.event_year(row.text, f.dates) or narrated
        section_narrated = narrated or section_narrated
        persons = [m.entity_id for m in f.entities if m.entity_type == "person"]
        paragraph_persons = tuple(dict.fromkeys(paragraph_persons + tuple(persons)))
        actors = tuple(m.entity_id for m in f.entities if m.entity_type == "state" and m.form in ACTOR_FORMS)
        paragraph_states = tuple(dict.fromkeys(paragraph_states + actors))
        person = persons[-1] if persons else person
        others = [m for m in f.entities if m.entity_type == "state" and m.entity_id != subjects.get(row.source_id)]
        named = [m.entity_id for m in others if m.form in ACTOR_FORMS] or [m.entity_id for m in others]
        partner = named[-1] if named else partner
        visited = [
            state_of.get(m.entity_id)
            for m in f.entities
            if m.entity_type == "place" and DESTINATION.search(row.text[max(0, m.char_start - 30) : m.char_start])
        ]
        visited = [x for x in visited if x and x != subjects.get(row.source_id)]
        paragraph_partner = named[-1] if named else visited[-1] if visited else paragraph_partner
        named_orgs = tuple(dict.fromkeys(m.entity_id for m in f.entities if m.entity_type == "organization"))
        paragraph_orgs = tuple(dict.fromkeys(paragraph_orgs + named_orgs))
        previous_orgs = named_orgs or previous_orgs
    paragraphs = [f.row.parent_passage_id for f in found]
    return [
        replace(s, following=out[i + 1]) if i + 1 < len(out) and paragraphs[i + 1] == paragraphs[i] else s
        for i, s in enumerate(out)
    ]


DESTINATION = re.compile(r"\b(?:visit(?:ed|s|ing)?|trip|travel(?:l?ed)?|arriv(?:ed|ing)|came|went)\s+(?:to\s+|in\s+)?$")
"""The words before a city a visitor went to ('visited Seoul', 'a visit to Tokyo', 'arrived in Delhi')."""


def _heading_partner(states: tuple | None, subjects: dict, row) -> str | None:
    """The one state a section's heading names besides the source's subject, or None."""
    others = [x for x in states or () if x != subjects.get(row.source_id)]
    return others[0] if len(others) == 1 else None


def family_states(entities: pd.DataFrame) -> dict[str, str]:
    """Surname -> state, for a surname several dictionary persons share who are all of one state ('Aliyev':
    Heydar and Ilham, of Azerbaijan; 'Bush': both presidents of the USA). The bare surname is no person's alias
    (it would be ambiguous), yet it names the state: a visitor known so is his state's, with no person."""
    persons = entities[(entities["entity_type"] == "person") & entities["state_id"].notna()]
    states: dict[str, set] = {}
    counts: dict[str, int] = {}
    for name, state in zip(persons["name"], persons["state_id"]):
        surname = str(name).split()[-1]
        states.setdefault(surname, set()).add(state)
        counts[surname] = counts.get(surname, 0) + 1
    return {k: next(iter(v)) for k, v in states.items() if counts[k] > 1 and len(v) == 1}


def build(
    found: list[Found],
    entities: pd.DataFrame,
    state_groups: pd.DataFrame | None = None,
    subjects: dict | None = None,
    parses: dict | None = None,
    headings: dict | None = None,
    heading_states: dict | None = None,
) -> pd.DataFrame:
    """Run every rule on every sentence; `entities` gives the state of each person and place and the
    parent of each sub-body and which organisations lend, `state_groups` the phrases that name several states at once, `subjects` what
    each source is about, `parses` each sentence's parse, `headings` each sentence's section heading,
    `heading_states` the states each heading names. A candidate whose actor is unknown (no state
    named and the source about no state) gives no fact."""
    located = entities.dropna(subset=["state_id"])
    state_of = dict(zip(located["entity_id"], located["state_id"]))
    parts = entities.dropna(subset=["parent_id"])
    parent_of = dict(zip(parts["entity_id"], parts["parent_id"]))
    rows = []
    groups = (
        ()
        if state_groups is None
        else tuple(
            (alias, tuple(members.split())) for alias, members in zip(state_groups["alias"], state_groups["member_ids"])
        )
    )
    kept = []  # (sentence number, candidate), in text order
    families = family_states(entities)
    for n, sentence in enumerate(
        contexts(
            found, state_of, parent_of, groups, subjects, parses, headings, heading_states, families, lenders(entities)
        )
    ):
        here = []
        for rule in ALL_RULES:
            hits = sentence.once(rule)
            if hits:  # most rules find nothing in most sentences
                here += [c for c in hits if _has_actors(c) and event_bodies.admissible(c) and in_person(c)]
        kept += [(n, c) for c in named_over_unnamed(dated_over_undated(made_over_unmade(here)))]
    seen = set()
    for i, c in group_references.resolve([c for _, c in kept]):
        n, read = kept[i]
        where = c.sentence
        assert where is not None, "Sentence.candidate gives every candidate its sentence"
        first, last = minimal_quote.span(read, where)  # the words as read: a resolved group's, not its members'
        fields = fact_modality.settle(c.fields, where, first, last)
        key = (n, c.fact_type, fields, where.passage_id)
        if key in seen:
            continue
        seen.add(key)
        start, end = where.offset + first, where.offset + last
        rows.append(
            {
                "fact_type": c.fact_type,
                "fields_json": json.dumps(dict(fields), sort_keys=True),
                "source_id": where.source_id,
                "passage_id": where.passage_id,
                "char_start": start,
                "char_end": end,
                "quote": where.text[first:last],
                "rule_id": c.rule_id,
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS)


ACTORS = {
    "membership": ("state_id", "organization_id"),
    "visit": (("visitor_state_id", "visitor_organization_id"), "host_state_id"),
    "organization_event": ("organization_id",),
    "agreement": ("parties",),
}
"""The fields without which a fact states nothing (a membership of no state, an agreement of no party); a
tuple is fields of which one suffices (a visitor represents a state or an organisation). A named instrument's own
act ('the CTBT was adopted on 10 September 1996', 'the NPT of 1968') is an agreement of no party by the codebook:
the rules in `instrument_acts.RULE_IDS` need none."""


def _has_actors(c) -> bool:
    if c.rule_id in instrument_acts.RULE_IDS:
        return True
    return all(
        any(c.get(n) for n in name) if isinstance(name, tuple) else c.get(name) for name in ACTORS.get(c.fact_type, ())
    )
