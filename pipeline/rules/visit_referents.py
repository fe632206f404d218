"""Who a pronoun or a description stands for, when it is the visitor: 'he', 'his', 'their', 'both leaders'.

Why: a foreign-relations article names a leader once and then goes on with 'he' ('Vladimir Putin's presidency
lasted … In February 2007, at the annual Munich Conference on Security Policy, he criticised …') or, for two
leaders, with 'their' and 'both leaders' ('Putin and … George W. Bush failed to resolve their differences … on
their meeting in … Sochi'). Without these the visit rules read only sentences that repeat the name. A singular
pronoun is the person the paragraph is about: the one it last named when that is also the first it named (after
'Berdimuhamedow met Putin.', 'He …' could be either, and is left unresolved); a plural one, or 'both' or 'the
two' with a leader noun, the last two persons named in the paragraph and the sentence before it.
"""

from __future__ import annotations

import re

from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _entity

SINGULAR = {"he", "she", "his", "her", "him"}
PLURAL = {"they", "their", "them"}
PAIR = {"both", "two"}
PAIR_NOUNS = {"leader", "president", "head"}
"""'both leaders', 'the two presidents': the two persons just named."""


def is_referring(token) -> bool:
    """The token is a pronoun or a pair description whose person the text named before."""
    lower = token.lower_
    if lower in SINGULAR or lower in PLURAL:
        return True
    return token.lemma_.lower() in PAIR_NOUNS and any(c.lower_ in PAIR for c in token.children)


def referents(s: Sentence, token) -> list[str]:
    """The person ids the token stands for (see the module's docstring); none where the text named too few."""
    lower = token.lower_
    if lower in SINGULAR:  # the paragraph's protagonist: 'Berdimuhamedow met Putin. He …' is left unresolved
        protagonist = s.paragraph_persons[0] if s.paragraph_persons else None
        return [s.topic_person] if s.topic_person and s.topic_person == protagonist else []
    if not is_referring(token):
        return []
    named = list(s.paragraph_persons) + [m.entity_id for m in s.persons(0, max(0, token.idx - s.offset))]
    latest = list(dict.fromkeys(reversed(named)))  # the latest mention of each, latest first
    return latest[:2][::-1] if len(latest) >= 2 else []


def resolved_persons(s: Sentence, tokens) -> list[str]:
    """The persons the tokens name (a dictionary person in the phrase) or stand for (a pronoun, 'both
    leaders'), once each, in order."""
    out: list[str] = []
    for token in tokens:
        named = [m.entity_id for x in token.subtree for m in [_entity(s, x, ("person",))] if m is not None]
        out += named or referents(s, token)
    return list(dict.fromkeys(out))


def is_the_country(token) -> bool:
    """'the country', 'this country': a state the text talks about, not named here."""
    return (
        token.lemma_.lower() == "country"
        and any(c.lower_ in ("the", "this") for c in token.children)
        and not any(c.dep_ in ("prep", "amod", "compound") for c in token.children)
    )


def other_side(s: Sentence, home: str | None) -> tuple[str, None] | None:
    """The state 'the country' a visitor went to stands for: the state the source is about, for a foreign visitor
    ('Xi Jinping made a state visit to the country'); for the source's own, the partner state the text is talking
    about ('Relations with Japan … Berdimuhamedow visited the country in 2013'); None where there is none."""
    if home is None or s.home_state is None:
        return None
    if home != s.home_state:
        return s.home_state, None
    partner = s.paragraph_partner_state or s.partner_state
    return (partner, None) if partner and partner != home else None


RETURN_VERBS = {"return", "reciprocate"}
SURNAME = re.compile(r"\b[A-Z][\w'’-]+")
RETURN_WORDS = {"return", "reciprocal"}


def is_return(noun) -> bool:
    """The visit noun is a visit returned ('Erdoğan returned the visit', 'paid a return visit', 'reciprocated the
    trip'): its host is the state of the earlier visitor (`returned_to`), not the state the source is about."""
    return (noun.dep_ == "dobj" and noun.head.lemma_.lower() in RETURN_VERBS) or any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in RETURN_WORDS for c in noun.children
    )


def returned_to(s: Sentence, end: int, visitors: set) -> str | None:
    """The state a visit returned goes to: the one state other than the returning visitors' that the sentence names
    before `end` (by name, adjective, city, person or a leaders' surname: 'Aliyev visited Ankara in 2010; Erdoğan
    returned the visit'), else the one the sentence before names (as an actor, or by a person of the paragraph or a
    leaders' surname); else, for a foreign visitor, the state the source is about. None where that is not one
    state."""
    named = [m.entity_id for m in s.states(0, end, actors_only=False) + s.places(0, end) + s.persons(0, end)]
    surnames = [s.family_states[t.text] for t in s.tokens or () if t.idx - s.offset < end and t.text in s.family_states]
    here = {x for x in (s.state_of_entity(e) for e in named) if x} | set(surnames)
    if not here - visitors:
        earlier = [s.state_of_entity(p) for p in s.paragraph_persons[-1:]]
        earlier += [s.family_states[w] for w in SURNAME.findall(s.previous_text) if w in s.family_states]
        here = set(s.previous_states) | {x for x in earlier if x}
    if not here - visitors and s.home_state:
        here = {s.home_state}
    here -= visitors
    return here.pop() if len(here) == 1 else None


def leader_pair_states(s: Sentence, token) -> list[str]:
    """The two states of 'the two presidents', 'both leaders' where the text named the pair by surnames that are no
    one person ('In 2013 Sargsyan held talks with Putin. In 2014 the two presidents met in Sochi': Sargsyan is a
    family of Armenian leaders): the last two states of the persons and leaders' surnames named in the sentence before
    and this one up to the token; none unless they are two."""
    if token.lemma_.lower() not in PAIR_NOUNS or not any(c.lower_ in PAIR for c in token.children):
        return []
    here = s.text[: max(0, token.idx - s.offset)]
    named = [s.state_of_entity(p) for p in s.paragraph_persons]
    named += [s.family_states[w] for w in SURNAME.findall(s.previous_text) if w in s.family_states]
    named += [s.state_of_entity(m.entity_id) for m in s.persons(0, len(here))]
    named += [s.family_states[w] for w in SURNAME.findall(here) if w in s.family_states]
    latest = list(dict.fromkeys(x for x in reversed(named) if x))[:2]
    return latest if len(latest) == 2 else []
