"""Visits told from the host's side or by where the visitor was: 'Turkey received a delegation led by …',
'Kazakhstan hosted the Chinese premier', 'the Turkish president was received in Astana', 'Nazarbayev was in
Moscow for talks'.

Why: English tells a visit with the host as subject as often as with the visitor ('Y hosted/received/welcomed
X'); the one received is the visitor, the subject (a state or a place, not a person: a person receiving is
read by `visit_meetings.met_in`) the host. 'X was in Y for talks' or 'on a visit' places the visitor by the
copula and says why he was there; without a purpose ('he was in office') it says no visit. A guest that is
no person, title or delegation ('hosted the summit', 'received observer status', 'received a loan') is no
visitor; an organisation's people ('Mongolia hosted an IMF mission', 'an IMF mission was in Baku for talks') visit
for their organisation.
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
    _negated,
    _place_host,
    _prep_objects,
    _subjects,
    _verbs,
)
from pipeline.rules.parsed import modality as _modality
from pipeline.rules.parsed_visits import ATTENDED, _host_in
from pipeline.rules.visit_meetings import TALKS
from pipeline.rules.visit_organizations import organization_visitor
from pipeline.rules.visit_referents import resolved_persons
from pipeline.rules.visitor_titles import leader_states

RECEIVE = {"host", "receive", "welcome"}
GROUPS = {"delegation", "mission"}
"""A state's party of visitors: 'a delegation from Turkey', 'a Turkish delegation'."""
PURPOSES = TALKS | ATTENDED | {"visit", "trip", "negotiation", "opening"}
"""Why a leader was somewhere: 'in Moscow for talks', 'in Ankara on a state visit', 'in Moscow for the Victory Day
parade' (what a leader attends abroad, `parsed_visits.ATTENDED`)."""


def _guests(s: Sentence, tokens) -> list[tuple[str | None, str | None]]:
    """(person, state) of each visitor the phrases name: a dictionary person, a leader known by title, or a
    delegation from a state ('a delegation from Turkey'); none for a phrase that names no visitor."""
    out: list[tuple[str | None, str | None]] = []
    for token in (c for t in tokens for c in _conjuncts(t)):
        persons = resolved_persons(s, [token])
        if persons:
            out += [(p, s.state_of_entity(p)) for p in persons]
            continue
        states: list[str | None] = list(leader_states(s, token))
        if not states and token.lemma_.lower() in GROUPS:
            states = [
                s.state_of_entity(m.entity_id)
                for o in _prep_objects(token, "from", "of")
                for m in [_entity(s, o, ("state",))]
                if m
            ]
        out += [(None, state) for state in states if state]
    return list(dict.fromkeys(out))


def hosted(s: Sentence) -> list:
    """'In 2011 Turkey received a delegation led by …', 'Astana welcomed the Chinese premier', 'the Turkish
    president was received in Astana' (passive: the host 'by' or 'in' it, else the state of the leader 'by'
    whom: 'was received by President Clinton'): each visitor not at home."""
    out = []
    for verb in _verbs(s, RECEIVE):
        if _modality(verb) is not None or verb.tag_ in ("VBG", "VB"):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        guests = _subjects(verb) if passive else _children(verb, "dobj")
        where = _prep_objects(verb, "by") if passive else _subjects(verb)
        host = next((h for t in where for h in [_place_host(s, t)] if h), None)
        if host is None and passive:
            places = _prep_objects(verb, "in") + [
                o for w in where for o in _prep_objects(w, "in")
            ]  # 'by Putin in Ashgabat'
            host = next((h for o in places for h in [_host_in(s, o)] if h), None)
        if host is None and passive:  # 'Niyazov was received by President Clinton': a leader receives at home
            host = next(((st, None) for p in resolved_persons(s, where) for st in [s.state_of_entity(p)] if st), None)
        if host is None:
            continue
        date = _date(s, verb, guests)
        span = _clause(s, [verb, *guests, *where])
        for person, home in _guests(s, guests):
            if home and home != host[0]:
                out.append(visits._visit(s, "parse_hosted", person, home, host[0], host[1], date, span))
        out += [
            visits._visit(s, "parse_hosted", person, None, host[0], host[1], date, span, organization)
            for person, organization in _organization_guests(s, guests)
        ]
    return out


def _organization_guests(s: Sentence, tokens) -> list[tuple[str | None, str]]:
    """(person or None, organisation) of each visitor the phrases name who is an organisation's people ('an IMF
    mission', 'the World Bank president'): `visit_organizations.organization_visitor`."""
    found = [v for t in tokens for c in _conjuncts(t) for v in [organization_visitor(s, c)] if v]
    return list(dict.fromkeys(found))


def _infinitive(verb) -> bool:
    """The verb is a 'to' infinitive: the purpose of a stay ('was in Ashgabat to attend the opening')."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def present_for(s: Sentence) -> list:
    """'Nazarbayev was in Moscow for talks with Medvedev', 'the Turkish president was in Astana on an official
    visit', 'Nazarbayev was in Ashgabat in 2014 to mark the opening of the railway': a visitor placed by the
    copula, with the purpose of his stay; each visitor not at home."""
    out = []
    for verb in (t for t in s.with_lemma(("be",)) if t.lemma_ == "be" and t.dep_ in ("ROOT", "conj", "advcl")):
        purposes = [o for o in _prep_objects(verb, "for", "on") if o.lemma_.lower() in PURPOSES]
        purposes += [c for c in _children(verb, "advcl", "xcomp") if _infinitive(c)]  # 'in Ashgabat to mark …'
        places = _prep_objects(verb, "in")
        host = next((h for o in places for h in [_host_in(s, o)] if h), None)
        if not purposes or host is None or _modality(verb) is not None or _negated(verb):
            continue
        subjects = _subjects(verb)
        date = _date(s, verb, subjects)
        span = _clause(s, [verb, *subjects, *places, *purposes])
        for person, home in _guests(s, subjects):
            if home and home != host[0]:
                out.append(visits._visit(s, "parse_present_for", person, home, host[0], host[1], date, span))
        out += [
            visits._visit(s, "parse_present_for", person, None, host[0], host[1], date, span, organization)
            for person, organization in _organization_guests(s, subjects)
        ]
    return out


RULES = [hosted, present_for]
