"""Visit rules over the parse for leaders who meet: 'Putin met George W. Bush in … Sochi', 'Berdimuhamedow held talks
with Putin in Moscow', 'In 2017 Putin received Berdimuhamedow in Moscow'. Everyone who met at a place and is not at
home visited its state.

Why a module of its own: a meeting places its visitors by where it was held, not by a destination of travel (the
trips of `parsed_visits`); the organisations' visitors (`visit_organizations`) read the same meetings.
"""

from __future__ import annotations

from pipeline.rules import visit_modality, visits
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _conjuncts,
    _date,
    _entity,
    _prep_objects,
    _subjects,
    _verbs,
)
from pipeline.rules.parsed_visits import RECEIVE, _further_trips, _host_in
from pipeline.rules.visit_referents import resolved_persons
from pipeline.rules.visitor_titles import LEADER_NOUNS, leader_state, titled_conjuncts

MEET = {"meet"}
TALKS = {"talk", "talks", "negotiation", "negotiations"}
HELD_MEETINGS = TALKS | {"meeting", "consultation", "discussion"}
"""What two leaders hold together: 'held talks with Putin', 'held a meeting with Mirziyoyev' (not 'held a summit',
which its host holds)."""
HOLD = {"hold", "have", "conduct"}
"""Verbs that hold a meeting: 'held talks', 'had a meeting', 'conducted discussions'."""


def meeting_place(s: Sentence, verb) -> tuple[list, list, tuple[str, str | None] | None] | None:
    """(partners, place phrases, (host state, place) or None) of a verb of meeting: 'met Bush in …', 'held talks
    with Mirziyoyev in Tashkent' (the parse hangs the place on the partner, or on the one met's apposition); None for a 'hold' or 'have' that holds
    no meeting ('held a summit', 'held the chair')."""
    held = {o.lemma_.lower() for o in _children(verb, "dobj")}
    pair = any(len(_conjuncts(t)) > 1 for t in _subjects(verb))  # 'Putin and Aliyev held a summit in Sochi'
    if verb.lemma_.lower() in HOLD and not (held & HELD_MEETINGS or (pair and "summit" in held)):
        return None
    partners = _prep_objects(verb, "with") + [o for d in _children(verb, "dobj") for o in _prep_objects(d, "with")]
    # 'met his Russian counterpart Sergey Lavrov in Moscow': the parse hangs the place on the object's apposition
    met = [a for d in _children(verb, "dobj") for a in [d, *_children(d, "appos")]]
    places = [o for t in [verb, *met, *partners] for o in _prep_objects(t, "in")]
    return partners, places, next((h for o in places for h in [_host_in(s, o)] if h), None)


def met_in(s: Sentence) -> list:
    """'Putin met George W. Bush in the Russian Black Sea resort of Sochi on 6 April 2008', 'Berdimuhamedow held
    talks with Putin in Moscow': every person who met there and is not at home visited the place's state (a
    leader known by office, his state); 'In 2017 Putin received Berdimuhamedow in Moscow' likewise, and with
    no place named the receiver's state is the host."""
    out: list = []
    for verb in _verbs(s, MEET | RECEIVE | HOLD):
        meeting = meeting_place(s, verb)
        if meeting is None:
            continue
        partners, places, host = meeting
        subjects = _subjects(verb)
        found = [s.state_of_entity(p) for p in resolved_persons(s, subjects)] + [leader_state(s, t) for t in subjects]
        # 'Aliyev received …': a leaders' surname or a title gives the receiver's state
        receivers = [r for r in found if r] if verb.lemma_.lower() in RECEIVE else []
        if host is None and receivers:
            host = (receivers[0], None)
        if host is None or visit_modality.dropped(verb):
            continue  # 'travelled to Moscow to hold talks': the travel is the visit; negated: none
        mood = visit_modality.of_verb(verb)  # 'will hold talks with Putin in Moscow'
        # a receiver is at home: 'Berdimuhamedow welcomed the talks in Geneva' puts him nowhere
        actors = ([] if verb.lemma_.lower() in RECEIVE else subjects) + _children(verb, "dobj") + partners
        visitors: list[tuple[str | None, str | None]] = [(p, s.state_of_entity(p)) for p in resolved_persons(s, actors)]
        # 'the Georgian foreign minister held talks in Ashgabat', 'the Turkmen and Afghan presidents met in Herat'
        visitors += [(None, state) for state in titled_conjuncts(s, subjects)]
        for t in _children(verb, "dobj"):  # 'the Chinese foreign minister': a leader known by his state
            named = [m for x in t.subtree for m in [_entity(s, x, ("state",))] if m]
            if t.lemma_.lower() in LEADER_NOUNS and named and not resolved_persons(s, [t]):
                visitors.append((None, s.state_of_entity(named[0].entity_id)))
            elif not resolved_persons(s, [t]) and (
                state := leader_state(s, t)
            ):  # 'Turkmen Foreign Minister Rashid Meredov'
                visitors.append((None, state))
        date = _date(s, verb, subjects) or s.anchor_date()
        span = _clause(s, [verb, *actors, *places])
        meetings = [(host, date)] + [(h, d) for h, d in _further_trips(s, verb, None, ("in",)) if h != host]
        for person, home in dict.fromkeys(visitors):
            out += [
                visits._visit(s, "parse_met_in", person, home, h[0], h[1], d or date, span, modality=mood)
                for h, d in meetings
                if home and home != h[0]
            ]
    return out


RULES = [met_in]
