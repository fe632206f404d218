"""Where the words naming a fact's actor stand when its quote does not name it: small frames of real
sentences ("It admitted…", a visit to a city by a named president)."""

from __future__ import annotations

import pandas as pd

from pipeline.stages import s5_actor_references as actor_references
from schemas import TABLES

TEXT = (
    "The Collective Security Treaty Organization (CSTO) is an intergovernmental military alliance. "
    "It admitted Uzbekistan in 2006. President Nursultan Nazarbayev visited Paris in 2008."
)


def at(words: str, entity_id: str) -> dict:
    start = TEXT.index(words)
    passage = "csto:sen0001" if start < TEXT.index("It admitted") else "csto:sen0002"
    if start > TEXT.index("President"):
        passage = "csto:sen0003"
    return {
        "source_id": "csto",
        "passage_id": passage,
        "mention_type": "entity",
        "char_start": start,
        "char_end": start + len(words),
        "text": words,
        "entity_id": entity_id,
    }


MENTIONS = pd.DataFrame(
    [
        at("Collective Security Treaty Organization", "org:CSTO"),
        at("CSTO", "org:CSTO"),
        at("Uzbekistan", "state:UZB"),
        at("Nursultan Nazarbayev", "person:nazarbayev"),
        at("Paris", "place:paris"),
    ]
)
ENTITIES = pd.DataFrame(
    {
        "entity_id": ["org:CSTO", "state:UZB", "person:nazarbayev", "place:paris", "state:KAZ", "state:FRA"],
        "entity_type": ["organization", "state", "person", "place", "state", "state"],
        "state_id": [None, None, "state:KAZ", "state:FRA", None, None],
    }
)


def tables() -> dict[str, pd.DataFrame]:
    empty = {name: pd.DataFrame(columns=list(TABLES[name].to_schema().columns)) for name in TABLES}
    admitted, visited = TEXT.index("It admitted"), TEXT.index("President")
    empty["memberships"] = pd.DataFrame(
        {"fact_id": ["mem-1"], "state_id": ["state:UZB"], "organization_id": ["org:CSTO"]}
    )
    empty["visits"] = pd.DataFrame(
        {
            "fact_id": ["vis-1"],
            "visitor_id": ["person:nazarbayev"],
            "visitor_state_id": ["state:KAZ"],
            "visitor_organization_id": [None],
            "host_state_id": ["state:FRA"],
            "place_id": ["place:paris"],
        }
    )
    empty["evidence"] = pd.DataFrame(
        {
            "evidence_id": ["mem-1@csto", "vis-1@csto"],
            "fact_id": ["mem-1", "vis-1"],
            "source_id": ["csto", "csto"],
            "passage_id": ["csto:sen0002", "csto:sen0003"],
            "char_start": [admitted, visited],
            "char_end": [TEXT.index(" President"), len(TEXT)],
        }
    )
    return empty


def rows(subjects: dict) -> list[tuple]:
    out = actor_references.build(tables(), MENTIONS, ENTITIES, subjects)
    for r in out.dropna(subset=["quote"]).itertuples(index=False):
        assert TEXT[r.char_start : r.char_end] == r.quote
    return [(r.evidence_id, r.column_name, r.entity_id, r.basis, r.quote) for r in out.itertuples(index=False)]


def test_it_points_to_the_nearest_earlier_name_and_a_city_to_its_state():
    assert rows({}) == [
        ("mem-1@csto", "organization_id", "org:CSTO", "earlier_sentence", "CSTO"),
        ("vis-1@csto", "visitor_state_id", "state:KAZ", "through_person", "Nursultan Nazarbayev"),
        ("vis-1@csto", "host_state_id", "state:FRA", "through_place", "Paris"),
    ]


def test_the_sources_subject_says_so_and_keeps_its_nearest_name():
    assert rows({"csto": "org:CSTO"})[0] == ("mem-1@csto", "organization_id", "org:CSTO", "source_subject", "CSTO")


def test_an_actor_named_nowhere_is_unstated():
    found = actor_references.build(tables(), MENTIONS[MENTIONS["entity_id"] != "org:CSTO"], ENTITIES, {})
    first = found.iloc[0]
    assert (first["entity_id"], first["basis"]) == ("org:CSTO", "unstated")
    assert first[["passage_id", "char_start", "char_end", "quote"]].isna().all()
