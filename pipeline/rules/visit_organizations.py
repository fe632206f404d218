"""Visits by an organisation's people: 'an IMF mission visited Kazakhstan', 'the United Nations
Secretary-General Ban Ki-moon visited Astana', 'a visit of an IMF team to Almaty'.

Why: the codebook counts a delegation of an organisation as a visitor (`visitor_organization_id`, no visitor
state), and articles on a state's relations with an organisation or a lender tell mostly these. The visitor
phrase names one organisation and a word for its people (a mission, delegation, team or staff, or an office
such as director or secretary-general) and no state: 'a Turkmen delegation to the UN' is a state's, and a person
the dictionary gives a state to ('Bolat Nurgaliev, a senior Kazakh official') is read by the state visit rules.
A planned or negated trip is no visit; a trip is dated by its own clause only.
"""

from __future__ import annotations

from pipeline.rules import visits
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _conjuncts,
    _date,
    _entity,
    _governing_verb,
    _prep_objects,
    _subjects,
    _verbs,
)
from pipeline.rules.parsed import modality as _modality
from pipeline.rules.parsed_visits import MEET, TRIP_NOUNS, _host_in, meeting_place
from pipeline.rules.visit_leaders import TRAVEL, _destinations
from pipeline.rules.visit_unmade import held_virtually, unmade
from pipeline.rules.visitor_titles import AWAY

ORGANIZATION_PEOPLE = {
    "mission",
    "delegation",
    "team",
    "staff",
    "director",
    "secretary",
    "secretary-general",
    "head",
    "chief",
    "chairman",
    "chair",
    "president",
    "representative",
    "official",
    "inspector",
    "observer",
    "expert",
}
"""Words for an organisation's people: 'an IMF mission', 'IMF staff', 'the Managing Director of the IMF', 'IAEA
inspectors', 'OSCE observers'."""


def organization_visitor(s: Sentence, token) -> tuple[str | None, str] | None:
    """(person or None, organisation) when the phrase is an organisation's people (see the module's
    docstring), else None."""
    words = list(token.subtree)
    away = {x.i for t in words if t.dep_ == "prep" and t.lower_ in AWAY for x in t.subtree}
    own = [t for t in words if t.i not in away]
    if not any(t.lemma_.lower() in ORGANIZATION_PEOPLE or t.lower_ in ORGANIZATION_PEOPLE for t in own):
        return None
    orgs = {m.entity_id for t in own for m in [_entity(s, t, ("organization",))] if m}
    if len(orgs) != 1 or any(_entity(s, t, ("state",)) for t in own):
        return None
    persons = {m.entity_id for t in own for m in [_entity(s, t, ("person",))] if m}
    if any(s.state_of_entity(p) for p in persons) or len(persons) > 1:
        return None
    return (next(iter(persons), None), s.top_organization(orgs.pop()))


def travelled(s: Sentence) -> list:
    """'In 2011 an IMF mission visited Kazakhstan', 'the United Nations Secretary-General Ban Ki-moon arrived in
    Astana': a verb of travel whose subject is an organisation's people, one visit per destination."""
    out = []
    for verb in _verbs(s, set(TRAVEL)):
        if _modality(verb) is not None or verb.tag_ in ("VBG", "VB"):
            continue
        if verb.lemma_.lower() == "come" and not _prep_objects(verb, "to"):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        subjects = _prep_objects(verb, "by") if passive else _subjects(verb)
        visitors = [v for t in subjects for x in _conjuncts(t) for v in [organization_visitor(s, x)] if v]
        if not visitors:
            continue
        hosts = _destinations(s, verb)
        date = _date(s, verb, subjects)
        span = _clause(s, [verb, *subjects, *_prep_objects(verb, "to", "in"), *_children(verb, "dobj")])
        out += [
            visits._visit(s, "organization_visitor", v[0], None, host, place, date, span, v[1])
            for v in dict.fromkeys(visitors)
            for host, place in hosts
        ]
    return out


def trip(s: Sentence) -> list:
    """'a visit of an IMF team to Almaty in 2010', 'the IMF mission's trip to Kazakhstan': a visit noun with
    'to' a place or state, whose owner ('of', 'by', 'from' or possessor) is an organisation's people."""
    out = []
    for noun in s.with_lemma(TRIP_NOUNS - {"delegation"}):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in TRIP_NOUNS - {"delegation"}:
            continue
        owners = _prep_objects(noun, "of", "by", "from") + _children(noun, "poss")
        visitors = [v for t in owners for v in [organization_visitor(s, t)] if v]
        hosts = [h for o in _prep_objects(noun, "to") for c in _conjuncts(o) for h in [_host_in(s, c)] if h]
        verb = _governing_verb(noun)
        if not visitors or not hosts or unmade(noun) or (verb is not None and _modality(verb) is not None):
            continue
        date = _date(s, noun, clause=False) or (_date(s, verb) if verb is not None else None)
        span = _clause(s, [noun, *owners, *_prep_objects(noun, "to")])
        out += [
            visits._visit(s, "organization_visitor", v[0], None, host, place, date, span, v[1])
            for v in dict.fromkeys(visitors)
            for host, place in hosts
        ]
    return out


def held_talks(s: Sentence) -> list:
    """'In 2009 an EBRD mission held talks in Bishkek on the energy sector', 'World Bank staff met officials in
    Tbilisi': an organisation's people meeting in a place visited its state (never by video)."""
    if held_virtually(s):
        return []
    out = []
    for verb in _verbs(s, MEET | {"hold", "have"}):
        meeting = meeting_place(s, verb)
        if meeting is None or meeting[2] is None or _modality(verb) is not None or verb.tag_ in ("VBG", "VB"):
            continue
        _, places, (host, place) = meeting
        subjects = _subjects(verb)
        visitors = [v for t in subjects for x in _conjuncts(t) for v in [organization_visitor(s, x)] if v]
        date = _date(s, verb, subjects)
        span = _clause(s, [verb, *subjects, *places])
        out += [
            visits._visit(s, "organization_visitor", v[0], None, host, place, date, span, v[1])
            for v in dict.fromkeys(visitors)
        ]
    return out


RULES = [travelled, trip, held_talks]
