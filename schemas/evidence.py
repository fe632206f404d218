"""Models of the evidence and conflicts tables: the quotes behind every fact, and the variants on which
repeats or sources disagree (the fact tables themselves: `schemas.facts`)."""

from __future__ import annotations

import pandas as pd
from pandera.typing import Series

from schemas.base import FACT_TYPES, Table, fact_type_field, field, fk


class Evidence(Table):
    """One row per quote supporting a fact; key evidence_id. `quote` equals the raw text of the
    source at the offsets; a fact stated by repeats or by several sources has several rows."""

    evidence_id: Series[str] = field("Identifier: fact and offsets.", "mem-3f2a9c0b1d4e@akiner_efp:1234", unique=True)
    fact_id: Series[str] = field("The fact supported (in the table named by fact_type).", "mem-3f2a9c0b1d4e")
    fact_type: Series[str] = fact_type_field("membership")
    source_id: Series[str] = field("Source quoted.", "akiner_efp")
    passage_id: Series[str] = field("Sentence quoted.", "akiner_efp:sen0042")
    char_start: Series[int] = field("Start offset (code points into the raw text).", 1234, ge=0)
    char_end: Series[int] = field("End offset, exclusive.", 1270, gt=0)
    quote: Series[str] = field(
        "The exact words, equal to the raw text at the offsets: the clause that states the fact (its named "
        "parts and the word that governs them, pipeline/rules/minimal_quote.py), or the whole sentence "
        "(passage_id) for an amount or where the sentence names only one part of the fact.",
        "Kazakhstan joined both bodies in 1992",
    )
    rule_id: Series[str] = field(
        "Extraction rule that produced the fact from this quote ('curator' for "
        "facts added by hand in raw/curation.yaml).",
        "membership.joined",
    )
    stated_date_edtf: Series[str] = field(
        "The fact's date as this quote gives it (EDTF), read from the quote or, where the rule says so, its "
        "paragraph ('the following year'); empty when this quote gives no date and the fact's date comes from "
        "another quote. Where quotes disagree, see `conflicts`.",
        "1992",
        nullable=True,
    )

    class Config:
        metadata = {
            "primary_key": ["evidence_id"],
            "title": "Evidence",
            "foreign_keys": [fk(["source_id"], "sources"), fk(["passage_id"], "passages")],
        }


class Conflicts(Table):
    """One row per variant of a field on which repeats or sources disagree; key (conflict_id, variant).
    Nothing is picked silently: every variant keeps its evidence."""

    conflict_id: Series[str] = field("Identifier of the disagreement.", "cfl-0a1b2c3d4e5f")
    variant: Series[int] = field("1-based number of the variant.", 1, ge=1)
    fact_type: Series[str] = field("Type of the facts that disagree.", "organization_event", isin=FACT_TYPES)
    fact_id: Series[str] = field("The fact carrying this variant.", "oev-0a1b2c3d4e5f")
    field_name: Series[str] = field("The field that differs.", "date_edtf")
    value: Series[str] = field("This variant's value, as text.", "2001")
    evidence_id: Series[str] = field("Evidence of this variant.", "oev-0a1b2c3d4e5f@akiner_efp:1234")
    source_id: Series[str] = field("Source of this variant.", "akiner_efp")
    basis: Series[str] = field(
        "Why the facts count as one statement: same_passage_group (repeats) or same_key (same fact, other source).",
        "same_key",
        isin=["same_passage_group", "same_key"],
    )

    class Config:
        metadata = {
            "primary_key": ["conflict_id", "variant"],
            "title": "Conflicts",
            "foreign_keys": [fk(["evidence_id"], "evidence"), fk(["source_id"], "sources")],
        }


ACTOR_BASES = [
    "through_place",
    "through_person",
    "in_sentence",
    "earlier_sentence",
    "later_sentence",
    "source_subject",
    "group_members",
    "unstated",
]
"""Where an actor a quote does not name is named, in the order `pipeline.stages.s5_actor_references`
tries them."""
GROUP_RESOLUTION = "+group_members"
"""Suffix of the rule id of a fact whose parties are an organisation's members named as a group (written by
`pipeline.rules.group_references`; those actors are based on `group_members`). Kept with the table's vocabulary
so that the stage reading it (`pipeline.stages.s5_actor_references`) does not import every rule to get it."""


class ActorReferences(Table):
    """One row per actor of a fact that one of its quotes does not name itself ("it", "the
    organization", "these countries", a city for its state), with the words of the source that do
    name it; key (evidence_id, column_name, entity_id). Computed from the evidence spans and the
    entity mentions: it says where the name stands, not which step of a rule chose it."""

    evidence_id: Series[str] = field(
        "The quote whose actor is named elsewhere.", "mem-3f2a9c0b1d4e@wiki_csto_2025:5120"
    )
    fact_id: Series[str] = field("The fact of that quote.", "mem-3f2a9c0b1d4e")
    column_name: Series[str] = field(
        "The fact's column holding the actor (party_id: a party in agreement_parties).", "organization_id"
    )
    entity_id: Series[str] = field("The actor.", "org:CSTO")
    basis: Series[str] = field(
        "Where the actor is named: through_place or through_person (inside the quote, a place or "
        "person of that state), in_sentence (elsewhere in the quote's sentence), earlier_sentence or "
        "later_sentence (the nearest mention before, else after), source_subject (the subject "
        "sources.yaml gives the source, not named in the sentence; the words are its nearest mention), group_members "
        "(the quote names an organisation's members as a group, 'the member countries of the OTS', resolved to the "
        "states the source states to be members by the fact's date: pipeline/rules/group_references.py; the words "
        "are the state's name in a statement of its membership), unstated (named nowhere in the source).",
        "earlier_sentence",
        isin=ACTOR_BASES,
    )
    source_id: Series[str] = field("Source of the quote and of the naming words.", "wiki_csto_2025")
    passage_id: Series[str] = field(
        "Sentence of the naming words; empty when none.", "wiki_csto_2025:sen0040", nullable=True
    )
    char_start: Series[pd.Int64Dtype] = field(
        "Start offset of the naming words (code points into the raw text).", 4980, nullable=True, ge=0
    )
    char_end: Series[pd.Int64Dtype] = field("End offset, exclusive.", 4984, nullable=True, gt=0)
    quote: Series[str] = field(
        "The naming words, equal to the raw text at the offsets; empty when none.", "CSTO", nullable=True
    )

    class Config:
        metadata = {
            "primary_key": ["evidence_id", "column_name", "entity_id"],
            "title": "Actor references",
            "foreign_keys": [
                fk(["evidence_id"], "evidence"),
                fk(["entity_id"], "entities", ["entity_id"]),
                fk(["source_id"], "sources"),
                fk(["passage_id"], "passages"),
            ],
        }
