"""Visits told as an exchange: 'Turkmenistan and Ukraine have exchanged state visits', 'the presidents of Turkmenistan
and Kazakhstan exchanged official visits in 2017'.

Why: a bilateral section often sums up the visits between two states in one clause; an exchange is a visit each way,
so each of the two parties visited the other. Only two parties make an exchange (three or more do not say who went
where); the parties are leaders (by name, office or 'the two presidents') or the states themselves, whose unnamed
leaders or delegations made the trips. A date is the visits' only where the clause gives one: 'in 2008 and 2009'
does not say which visit was when. Visits exchanged in the passive ('visits were exchanged between …') or called
mutual ('mutual visits of the presidents of …') are the same exchange.
"""

from __future__ import annotations

from pipeline.rules import visits
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _conjuncts,
    _entity,
    _negated,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
    own_dates,
)
from pipeline.rules.visit_referents import resolved_persons
from pipeline.rules.visit_unmade import unmade
from pipeline.rules.visitor_titles import leader_states

EXCHANGED = {"visit", "trip"}


def _parties(s: Sentence, token) -> list[tuple[str | None, str]]:
    """(person or None, state) of each party one subject phrase stands for: a person and his state, the states a
    leader's title names, or a state named."""
    persons = resolved_persons(s, [token])
    if persons:
        return [(p, x) for p in persons for x in [s.state_of_entity(p)] if x]
    titled = leader_states(s, token)
    if titled:
        return [(None, x) for x in titled]
    m = _entity(s, token, ("state",))
    state = s.state_of_entity(m.entity_id) if m else None
    return [(None, state)] if state else []


def _pair(s: Sentence, phrases) -> dict:
    """State -> its person (or None) of each party the phrases and their conjuncts stand for; the exchange's parties
    only when they are two."""
    parties: dict = {}
    for person, state in (x for t in phrases for c in _conjuncts(t) for x in _parties(s, c)):
        parties.setdefault(state, person)
    return parties if len(parties) == 2 else {}


def _each_way(s: Sentence, rule: str, parties: dict, dates: list, span: tuple[int, int]) -> list:
    """A visit of each party's state to the other's; dated only where the clause gives one date ('in 2008 and 2009'
    does not say which visit was when)."""
    date = dates[0] if len({d.edtf for d in dates}) == 1 else None
    (one, one_person), (other, other_person) = parties.items()
    return [
        visits._visit(s, rule, person, home, host, None, date, span)
        for person, home, host in ((one_person, one, other), (other_person, other, one))
    ]


def exchanged(s: Sentence) -> list:
    """'Turkmenistan and Ukraine have exchanged state visits': a visit of each party's state to the other's."""
    out = []
    for verb in _verbs(s, {"exchange"}):
        visited = [o for o in _children(verb, "dobj") if o.lemma_.lower() in EXCHANGED]
        if not visited or modality(verb) is not None:
            continue
        subjects = _subjects(verb)
        parties = _pair(s, subjects)
        if parties:
            span = _clause(s, [verb, *subjects, *visited])
            out += _each_way(s, "exchanged", parties, own_dates(s, verb, subjects), span)
    return out


RECIPROCAL = {"mutual", "reciprocal"}
MADE = {"pay", "make", "exchange", "conduct", "hold"}
"""Verbs whose object is a visit made: 'paid mutual visits' (not 'discussed', 'agreed on' or 'planned' them)."""


def _told_as_made(noun) -> bool:
    """The visit noun is told as made: the subject of its verb ('mutual visits took place', 'visits were
    exchanged'), the object of a verb of making it, or the time of something else ('during mutual visits')."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in MADE
    return noun.dep_ == "pobj" and noun.head.lower_ == "during"


def mutual(s: Sentence) -> list:
    """'Visits were exchanged between Kyrgyzstan and Tajikistan in 2016', 'the presidents of Kyrgyzstan and
    Uzbekistan paid mutual state visits', 'mutual visits of the presidents of Georgia and Azerbaijan took place':
    visits exchanged (passive) or called mutual are an exchange between the two parties 'between' or 'of' them, or
    (for visits paid) the subject's; not a visit planned, proposed or negated."""
    out = []
    for noun in s.with_lemma(EXCHANGED):
        if noun.pos_ != "NOUN" or unmade(noun):
            continue
        verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else None
        if not _told_as_made(noun):
            continue  # 'agreed on mutual visits', 'discussed mutual visits'
        passive = verb is not None and verb.lemma_.lower() == "exchange" and noun.dep_ == "nsubjpass"
        called = any(t.lower_ in RECIPROCAL for left in noun.lefts for t in left.subtree)
        if not (passive or called) or (verb is not None and (modality(verb) is not None or _negated(verb))):
            continue
        if verb is not None and verb.lemma_.lower() == "exchange" and not passive:
            continue  # 'X and Y exchanged mutual visits': `exchanged`
        phrases = _prep_objects(noun, "of", "between") + (_prep_objects(verb, "between") if verb is not None else [])
        if not phrases and verb is not None and noun.dep_ == "dobj":
            phrases = _subjects(verb)
        parties = _pair(s, phrases)
        if parties:
            head = verb if verb is not None else noun
            span = _clause(s, [head, noun, *phrases])
            out += _each_way(s, "mutual", parties, own_dates(s, head), span)
    return out


RULES = [exchanged, mutual]
