"""Where the words naming a fact's actor stand when its quote does not name it: small frames of real
sentences ("It admitted…", a visit to a city by a named president)."""

from __future__ import annotations

import pandas as pd

from pipeline.stages import s5_actor_references as actor_references
from schemas import TABLES

TEXT = (
    "The Collective Security Treaty Organization (CSTO) is an intergovernmental military alliance. "
    "It admitted Uzbekistan in 2006. President Nursultan Nazarbayev visited Paris in 2008. "
    "In 2010 the member states signed a declaration."
)
STARTS = [0, TEXT.index("It admitted"), TEXT.index("President"), TEXT.index("In 2010")]


def at(words: str, entity_id: str) -> dict:
    start = TEXT.index(words)
    passage = f"csto:sen{sum(start >= s for s in STARTS):04d}"
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
        {"fact_id": ["mem-1"], "state_id": ["state:UZB"], "organization_id": ["org:CSTO"], "role": ["member"]}
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
            "char_end": [TEXT.index(" President"), TEXT.index(" In 2010")],
            "rule_id": ["membership.parse_admitted", "visit.parse_visited"],
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


def test_a_party_a_group_resolved_to_points_to_its_membership_statement():
    """'the member states signed' (pipeline/rules/group_references.py): Uzbekistan is named where it is admitted."""
    frames = tables()
    declared = TEXT.index("In 2010")
    frames["agreement_parties"] = pd.DataFrame({"fact_id": ["agr-1"], "party_id": ["state:UZB"]})
    frames["evidence"] = pd.concat(
        [
            frames["evidence"],
            pd.DataFrame(
                {
                    "evidence_id": ["agr-1@csto"],
                    "fact_id": ["agr-1"],
                    "source_id": ["csto"],
                    "passage_id": ["csto:sen0004"],
                    "char_start": [declared],
                    "char_end": [len(TEXT)],
                    "rule_id": ["agreement.signed+group_members"],
                }
            ),
        ]
    )
    found = actor_references.build(frames, MENTIONS, ENTITIES, {"csto": "org:CSTO"})
    party = found[found["fact_id"] == "agr-1"].iloc[0]
    assert (party["basis"], party["passage_id"], party["quote"]) == ("group_members", "csto:sen0002", "Uzbekistan")
