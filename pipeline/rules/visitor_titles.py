"""Who a visitor known by office is: the state a title names ('the Turkish president', 'Turkmen Foreign
Minister Rashid Meredov', 'a Turkmen delegation').

Why: a foreign-relations article names many visitors by office and state, not by a name the person dictionary
holds; the visitor's state is what a visit is keyed on, so the title is enough to read it. Shared by the visit
rules over the parse (`parsed_visits`, `visit_leaders`).
"""

from __future__ import annotations

from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _entity

TITLES = {
    "president",
    "minister",
    "premier",
    "leader",
    "king",
    "chancellor",
    "delegation",
    "speaker",
    "emir",
    "head",
    "vice-president",
    "secretary",
}
"""Offices (and a delegation) that travel for their state: 'the Turkish president', 'President of Turkey',
'Turkmen Foreign Minister', 'a Turkmen delegation'. Not an ambassador or envoy, who lives where he is posted."""
AWAY = {"to", "in", "at", "with", "from"}
"""A state after these inside a title is where the office points, not whose it is ('ambassador to Russia')."""


def leader_state(s: Sentence, token) -> str | None:
    """The state of a visitor known by office: the noun phrase has a title word and names one state, by name or
    adjective ('the Turkish president', 'President of Turkmenistan Saparmurat Niyazov', 'Japanese Prime
    Minister'), not after 'to', 'in' … ('a delegation to Moscow'); None otherwise, or when it names two."""
    words = list(token.subtree)
    if not any(t.lemma_.lower() in TITLES or t.lower_ in TITLES for t in words):
        return None
    away = {x.i for t in words if t.dep_ == "prep" and t.lower_ in AWAY for x in t.subtree}
    states = {
        s.state_of_entity(m.entity_id)
        for t in words
        if t.i not in away
        for m in [_entity(s, t, ("state",))]
        if m is not None
    }
    states.discard(None)
    return states.pop() if len(states) == 1 else None
