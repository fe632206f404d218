"""Visits told as an exchange: 'Turkmenistan and Ukraine have exchanged state visits', 'the presidents of Turkmenistan
and Kazakhstan exchanged official visits in 2017'.

Why: a bilateral section often sums up the visits between two states in one clause; an exchange is a visit each way,
so each of the two parties visited the other. Only two parties make an exchange (three or more do not say who went
where); the parties are leaders (by name, office or 'the two presidents') or the states themselves, whose unnamed
leaders or delegations made the trips. A date is the visits' only where the clause gives one: 'in 2008 and 2009'
does not say which visit was when.
"""

from __future__ import annotations

from pipeline.rules import visits
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _children, _clause, _conjuncts, _entity, _subjects, _verbs, modality, own_dates
from pipeline.rules.visit_referents import resolved_persons
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


def exchanged(s: Sentence) -> list:
    """'Turkmenistan and Ukraine have exchanged state visits': a visit of each party's state to the other's."""
    out = []
    for verb in _verbs(s, {"exchange"}):
        visited = [o for o in _children(verb, "dobj") if o.lemma_.lower() in EXCHANGED]
        if not visited or modality(verb) is not None:
            continue
        subjects = _subjects(verb)
        parties: dict = {}  # state -> its person, if named
        for person, state in (x for t in subjects for c in _conjuncts(t) for x in _parties(s, c)):
            parties.setdefault(state, person)
        if len(parties) != 2:
            continue
        dates = own_dates(s, verb, subjects)
        date = dates[0] if len({d.edtf for d in dates}) == 1 else None
        span = _clause(s, [verb, *subjects, *visited])
        (one, one_person), (other, other_person) = parties.items()
        for person, home, host in ((one_person, one, other), (other_person, other, one)):
            out.append(visits._visit(s, "exchanged", person, home, host, None, date, span))
    return out


RULES = [exchanged]
