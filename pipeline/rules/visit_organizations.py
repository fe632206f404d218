"""Visits by an organisation's people: 'an IMF mission visited Kazakhstan', 'the United Nations
Secretary-General Ban Ki-moon visited Astana', 'a visit of an IMF team to Almaty', 'an EBRD mission held talks in
Bishkek', 'the ADB sent a mission to Bishkek'.

Why: the codebook counts a delegation of an organisation as a visitor (`visitor_organization_id`, no visitor
state), and articles on a state's relations with an organisation or a lender tell mostly these. The visitor
phrase names one organisation and a word for its people (a mission, delegation, team or staff, or an office
such as director or secretary-general) and no state (an organisation named by its kind, 'the Fund's mission', is
the one talked about): 'a Turkmen delegation to the UN' is a state's, and a person the dictionary gives a state to
('Bolat Nurgaliev, a senior Kazakh official') is read by the state visit rules. They travel (`travelled`), make a
trip or mission (`trip`), meet or are received somewhere (`held_talks`) or are sent (`mission_sent`); a planned or
negated trip is no visit; a trip is dated by its own clause only.
"""

from __future__ import annotations

from pipeline.rules import visit_modality, visits
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import (
    GENERIC_ORG,
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
from pipeline.rules.parsed_pointers import talked_about_ids
from pipeline.rules.parsed_visits import RECEIVE, TRIP_NOUNS, _host_in
from pipeline.rules.visit_leaders import TRAVEL, _destinations, not_a_trip, sendings
from pipeline.rules.visit_meetings import HOLD, MEET, meeting_place
from pipeline.rules.visit_referents import resolved_persons
from pipeline.rules.visit_unmade import unmade
from pipeline.rules.visitor_titles import AWAY, leader_state, leader_states

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
    if not orgs and any(_points_to_body(s, t) for t in own):  # 'the Fund's mission', 'its staff'
        orgs = set(talked_about_ids(s))
    if len(orgs) != 1 or any(_entity(s, t, ("state",)) for t in own):
        return None
    persons = {m.entity_id for t in own for m in [_entity(s, t, ("person",))] if m}
    if any(s.state_of_entity(p) for p in persons) or len(persons) > 1:
        return None
    return (next(iter(persons), None), s.top_organization(orgs.pop()))


BODY_WORDS = {"fund", "bank"} | GENERIC_ORG
"""'the Fund', 'the Bank', 'Fund staff': a lender named by its kind, as its own article and its partners' do."""


def _points_to_body(s: Sentence, token) -> bool:
    """The word names the organisation talked about without its name (`parsed_pointers.talked_about`): 'the Fund', 'the
    Bank's', 'Fund staff' (capitalised, a proper use), or 'its' in a source about that organisation (elsewhere 'its'
    is as often a state's: 'Georgia … its president')."""
    if token.lower_ == "its":
        return s.subject_organization is not None
    if token.lemma_.lower() not in BODY_WORDS or _entity(s, token, ("organization",)):
        return False
    return token.text[0].isupper() or any(c.lower_ in ("the", "this") for c in token.children)


def travelled(s: Sentence) -> list:
    """'In 2011 an IMF mission visited Kazakhstan', 'the United Nations Secretary-General Ban Ki-moon arrived in
    Astana': a verb of travel whose subject is an organisation's people, one visit per destination."""
    out = []
    for verb in _verbs(s, set(TRAVEL)):
        if not visit_modality.trip_told(verb) or not_a_trip(verb):
            continue  # 'visiting', 'to review': no trip of its own
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        subjects = _prep_objects(verb, "by") if passive else _subjects(verb)
        visitors = [v for t in subjects for x in _conjuncts(t) for v in [organization_visitor(s, x)] if v]
        if not visitors:
            continue
        hosts = _destinations(s, verb)
        date = _date(s, verb, subjects)
        span = _clause(s, [verb, *subjects, *_prep_objects(verb, "to", "in"), *_children(verb, "dobj")])
        mood = visit_modality.of_verb(verb)  # 'an IMF mission will visit Bishkek'
        out += [
            visits._visit(s, "organization_visitor", v[0], None, host, place, date, span, v[1], mood)
            for v in dict.fromkeys(visitors)
            for host, place in hosts
        ]
    return out


TRIPS = TRIP_NOUNS - {"delegation"} | {"mission"}
"""A trip, or a lender's mission: 'a mission of the World Bank to Bishkek', 'the Fund's staff mission to Baku'."""
MADE = {"make", "pay", "conduct", "conclude", "complete", "undertake", "lead", "begin", "start", "end", "finish"}
"""Verbs whose subject made the trip they take as object: 'World Bank staff concluded a mission to Mongolia'."""


def trip(s: Sentence) -> list:
    """'a visit of an IMF team to Almaty in 2010', 'the IMF mission's trip to Kazakhstan', 'an IMF staff visit to
    Bishkek', 'an ADB mission to Baku', 'EBRD staff conducted a visit to Tbilisi': a trip noun with 'to' a place or
    state, whose own words, owner ('of', 'by', 'from' or possessor) or maker (the subject of making it) are an
    organisation's people."""
    out = []
    for noun in s.with_lemma(TRIPS):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in TRIPS:
            continue
        owners = [noun, *_prep_objects(noun, "of", "by", "from"), *_children(noun, "poss")]
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in MADE:
            owners += _subjects(noun.head)
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
    """'In 2009 an EBRD mission held talks in Bishkek on the energy sector', 'the Mongolian president met IMF staff in
    Ulaanbaatar', 'the Georgian prime minister received the IMF mission chief': an organisation's people who met
    someone in a place (or were received by a leader, at home where no place is named) visited its state; never by
    video."""
    out = []
    for verb in _verbs(s, MEET | RECEIVE | HOLD):
        meeting = meeting_place(s, verb)
        if meeting is None or _modality(verb) is not None or verb.tag_ in ("VBG", "VB"):
            continue
        partners, places, host = meeting
        subjects = _subjects(verb)
        receiving = verb.lemma_.lower() in RECEIVE
        if host is None and receiving:  # a leader receives at home
            homes = [s.state_of_entity(p) for p in resolved_persons(s, subjects)]
            homes += [x for t in subjects for x in [leader_state(s, t)] if x]
            host = next(((x, None) for x in homes if x), None)
        if host is None:
            continue
        actors = ([] if receiving else subjects) + _children(verb, "dobj") + partners
        visitors = [v for t in actors for x in _conjuncts(t) for v in [organization_visitor(s, x)] if v]
        out += _visits(s, visitors, host, _date(s, verb, subjects), _clause(s, [verb, *actors, *places]))
    return out


def mission_sent(s: Sentence) -> list:
    """'The ADB sent a mission to Bishkek in 2012', 'the World Bank dispatched a team to Tbilisi': the party an
    organisation sends ('to' a place or state) is its people visiting there; a party whose own words name its
    organisation ('an IMF mission was sent to Baku') is read likewise."""
    out = []
    for verb, sent, goals, host, senders in s.once(sendings):
        visitors = [v for t in sent for v in [organization_visitor(s, t)] if v]
        senders = [m for m in senders if m.entity_type == "organization"]
        if not visitors and len(senders) == 1 and not any(leader_states(s, t) for t in sent):
            visitors = [(None, s.top_organization(senders[0].entity_id))]
        out += _visits(s, visitors, host, _date(s, verb, sent), _clause(s, [verb, *sent, *goals]))
    return out


def _visits(s: Sentence, visitors, host: tuple[str, str | None], date, span: tuple[int, int]) -> list:
    """One visit of each organisation's visitor (person or None, organisation) to the host (state, place)."""
    return [
        visits._visit(s, "organization_visitor", v[0], None, host[0], host[1], date, span, v[1])
        for v in dict.fromkeys(visitors)
    ]


RULES = [travelled, trip, held_talks, mission_sent]
