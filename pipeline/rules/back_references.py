"""'These nations', 'the three countries', 'the six member states': a plural noun that points back to the
states just listed, and the number it is counted by.

Why a module of its own: `parsed._noun_entities` reads such a noun as the previous sentence's states, the
group pass (`group_references`) as an organisation's members at the time, and the treaty rules ('the two
countries') as the pair just named; all three must agree on what points back and when the count allows it.
"""

from __future__ import annotations

from pipeline.rules.context import Sentence

BACK_NOUNS = {"country", "state", "nation", "republic", "signatory"}


def _points_back(token) -> bool:
    """'these nations', 'all these countries', 'the three states': the states just listed."""
    if token.lemma_.lower() not in BACK_NOUNS or token.tag_ != "NNS":
        return False
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "predet", "nummod")}
    return bool(words & {"these", "those"}) or ("the" in words and any(c.dep_ == "nummod" for c in token.children))


NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _count(token) -> int | None:
    """The number a plural noun is counted by ('the six member states': 6), or None."""
    for c in token.children:
        if c.dep_ == "nummod":
            return NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
    return None


def _counted_back(s: Sentence, token) -> bool:
    """Whether 'the N countries' can be the states just listed: not when fewer than N were; and 'the N member
    states', an organisation's membership at the time (`group_references`), only when exactly N were."""
    n, listed = _count(token), len(set(s.previous_states))
    if any(c.lower_ == "member" for c in token.children):
        return n in (None, listed)
    return (n or 0) <= listed


def pronoun_states(s: Sentence, subjects) -> list[str]:
    """What 'it' stands for as the actor of a membership ('It has been a member of the Council of Europe since
    1995'): in a source about a state, that state, as the surface rules read a subject-less verb
    (`patterns.subject_state`); in any other source nothing, since there 'it' is as often the organisation the
    source is about."""
    return [s.home_state] if s.home_state and any(t.lower_ == "it" for t in subjects) else []


def pair_states(s: Sentence, subjects) -> list[str]:
    """'Both countries are members of the CIS', 'the two states …' in an article about a state, in a section on its
    relations with another (the heading's state, else the partner the paragraph talks about): the two of them."""
    partner = s.heading_state or s.partner_state
    if not s.home_state or not partner or partner == s.home_state:
        return []
    for t in subjects:
        words = {c.lower_ for c in t.children if c.dep_ in ("det", "predet", "nummod", "preconj")}
        if t.lemma_.lower() in BACK_NOUNS and t.tag_ == "NNS" and words & {"both", "two"}:
            return [s.home_state, partner]
    return []
