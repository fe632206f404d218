"""Models of the tables of what the texts name: entities (curated in raw/dictionaries/), their
mentions, dates and amounts found in each sentence, and the groups of near-duplicate sentences.

Why apart from the fact tables (`schemas.facts`): these are read and found before any fact is; the
fact tables point to them.
"""

from __future__ import annotations

import pandas as pd
from pandera.typing import Series

from schemas.base import (
    PUBLISHED_ENTITY_ID,
    Table,
    edtf_field,
    end_field,
    field,
    fk,
    precision_field,
    qualifier_field,
    start_field,
)

ENTITY_TYPES = ["state", "organization", "person", "place"]


def _entity_fk(column: str) -> dict:
    return fk([column], "entities", ["entity_id"])


class Entities(Table):
    """One row per state, organisation, person or place that a fact or mention uses; key entity_id.
    Codes join to ISO 3166 (iso3), Correlates of War states (cow_ccode, cow_stateabb) and COW IGO v3
    organisations (cow_ioname, cow_ionum). Curated in raw/dictionaries/."""

    entity_id: Series[str] = field(
        "Identifier, prefixed by type: state:ISO3, org:ACRONYM, person:name, place:name.",
        "state:KAZ",
        unique=True,
        str_matches=PUBLISHED_ENTITY_ID,
    )
    entity_type: Series[str] = field("state, organization, person or place.", "state", isin=ENTITY_TYPES)
    name: Series[str] = field("Canonical English name.", "Kazakhstan")
    iso3: Series[str] = field(
        "ISO 3166-1 alpha-3 code of a state; for a former state its ISO 3166-3 alpha-3 (SUN the USSR, DDR, CSK, "
        "YUG, YMD); XKX (user-assigned, as the EU, IMF and World Bank use it) for Kosovo.",
        "KAZ",
        nullable=True,
        str_matches=r"^[A-Z]{3}$",
    )
    cow_ccode: Series[pd.Int64Dtype] = field(
        "Correlates of War state code; empty for a state outside the COW state system (Palestine, territories that "
        "are members of organisations in their own right).",
        705,
        nullable=True,
        ge=1,
    )
    cow_stateabb: Series[str] = field("Correlates of War state abbreviation.", "KZK", nullable=True)
    cow_ioname: Series[str] = field(
        "COW IGO v3 organisation abbreviation, where COW has the body.", "AsDB", nullable=True
    )
    cow_ionum: Series[pd.Int64Dtype] = field("COW IGO v3 organisation number.", 30, nullable=True, ge=1)
    acronym: Series[str] = field("Usual acronym of an organisation.", "SCO", nullable=True)
    parent_id: Series[str] = field(
        "Organisation this body is part of (an entity_id): the SCO for its Regional "
        "Anti-Terrorist Structure, the UN for the General Assembly. For a provisional (not curated) body, the "
        "dictionary organisation its full name ends with ('Executive Board of the IMF').",
        "org:SCO",
        nullable=True,
    )
    successor_id: Series[str] = field(
        "Organisation this one merged into or became (an entity_id).", "org:EURASEC", nullable=True
    )
    office: Series[str] = field("Office of a person as the texts state it.", "President", nullable=True)
    state_id: Series[str] = field(
        "State a person serves or a place lies in (an entity_id).", "state:KAZ", nullable=True
    )
    is_lender: Series[bool] = field(
        "True for an organisation whose business is lending to states: the IMF, the World Bank group's lenders, the "
        "multilateral development and investment banks and lending funds (curated in organizations.csv, the reason "
        "in source_note), and a provisional body whose name says so ('… Development Bank', `entities.lenders`); "
        "False for any other organisation and for every state, person and place.",
        False,
    )
    source_note: Series[str] = field("Where the codes and names come from.", "COW State System v2016 row KZK/705")
    in_dictionary: Series[bool] = field(
        "True for a curated entity of raw/dictionaries/; False for a provisional one "
        "the parser's named-entity recogniser found in a text (no codes yet: a "
        "curator's candidate for the dictionaries).",
        True,
    )

    class Config:
        metadata = {
            "primary_key": ["entity_id"],
            "title": "Entities",
            "foreign_keys": [
                fk(["state_id"], "entities", ["entity_id"]),
                fk(["parent_id"], "entities", ["entity_id"]),
                fk(["successor_id"], "entities", ["entity_id"]),
            ],
        }


class Mentions(Table):
    """One row per entity, date or amount found in a sentence; key mention_id. Offsets point into the
    source's raw text; `text` equals the raw slice."""

    mention_id: Series[str] = field(
        "Identifier: source, offsets and mention type.", "akiner_efp:1234-1244:entity", unique=True
    )
    source_id: Series[str] = field("Source of the sentence.", "akiner_efp")
    passage_id: Series[str] = field("Sentence the mention is in.", "akiner_efp:sen0042")
    mention_type: Series[str] = field("entity, date or amount.", "date", isin=["entity", "date", "amount"])
    char_start: Series[int] = field("Start offset (code points into the raw text).", 1234, ge=0)
    char_end: Series[int] = field("End offset, exclusive.", 1244, gt=0)
    text: Series[str] = field("The words as written.", "February 1993")
    entity_id: Series[str] = field("Entity mentioned (entity mentions).", "state:BEL", nullable=True)
    form: Series[str] = field("How the entity is named: name, acronym, adjective, demonym, …", "name", nullable=True)
    date_edtf: Series[str] = edtf_field("the date mention")
    date_start: Series[str] = start_field("the date mention")
    date_end: Series[str] = end_field("the date mention")
    date_precision: Series[str] = precision_field()
    date_qualifier: Series[str] = qualifier_field()
    value: Series[float] = field("Normalised number (amount mentions).", 10000000000.0, nullable=True)
    unit: Series[str] = field("Unit: currency (money), ha, km, countries, states, people, …", "currency", nullable=True)
    currency: Series[str] = field(
        "ISO 4217 currency of money amounts.", "USD", nullable=True, str_matches=r"^[A-Z]{3}$"
    )
    rule_id: Series[str] = field("Rule that found the mention.", "date.month_year")

    class Config:
        metadata = {
            "primary_key": ["mention_id"],
            "title": "Mentions",
            "foreign_keys": [fk(["source_id"], "sources"), fk(["passage_id"], "passages"), _entity_fk("entity_id")],
        }


class DuplicateGroups(Table):
    """One row per sentence that belongs to a group of near-duplicate statements; key (group_id,
    passage_id). The canonical member is the first occurrence; repeats restate it."""

    group_id: Series[str] = field(
        "Identifier of the group, derived from its canonical passage.", "dup-akiner_efp:sen0101"
    )
    passage_id: Series[str] = field("A member sentence.", "akiner_efp:sen0105")
    role: Series[str] = field("canonical (first occurrence) or repeat.", "repeat", isin=["canonical", "repeat"])
    similarity: Series[float] = field(
        "Similarity to the canonical statement, 0-100 (100 for the canonical).", 96.4, ge=0, le=100
    )
    kind: Series[str] = field(
        "verbatim, near_verbatim or paraphrase.", "verbatim", isin=["verbatim", "near_verbatim", "paraphrase"]
    )
    is_cross_source: Series[bool] = field("True when the group spans more than one source.", False)

    class Config:
        metadata = {
            "primary_key": ["group_id", "passage_id"],
            "title": "Duplicate groups",
            "foreign_keys": [fk(["passage_id"], "passages")],
        }
