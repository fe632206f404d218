"""Membership rules over lists and founding phrases: the states a body 'comprised', was 'founded by',
'launched by' or is 'led' by, the body a state 'helped found', hosts or is the seat of, and its elected chair.

Why apart from `memberships`: these read a list of states or a body's description around a trigger, not
a state's own verb ('joined', 'withdrew'); each rule is `(Sentence) -> list[Candidate]` with the id
'membership.<name>', built by `membership_triggers._membership`.
"""

from __future__ import annotations

import re

from pipeline.rules import stance
from pipeline.rules.context import Sentence
from pipeline.rules.membership_triggers import ANY_TRIGGER, _date, _membership
from pipeline.rules.patterns import (
    FOUNDING_VERBS,
    JOINED_LATER,
    group_members,
    object_region,
    objects,
    org_before,
    outgrowths,
    subject_state,
    unnamed_bodies,
)
from pipeline.text.dates import date_fields

COMPRISED = re.compile(r"\b(?:comprised|comprising|consisted of|consisting of)\b")
EXPANDED = re.compile(r"\bexpand(?:ed)? its membership to include\b")
FOUNDED_BY_STATES = re.compile(rf"\b(?:{FOUNDING_VERBS}|created)\b")
LAUNCHED_BY = re.compile(r"^\s*(?:Launched|Initiated|Founded) by\b")
LED = re.compile(
    r"(?P<state>\w+)-led\s+(?:the\s+)?(?:(?:structures|organi[sz]ations|bodies|institutions|blocs?),?\s+"
    r"(?:including|such as)\s+(?:the\s+)?)?$"
)
HOSTS = re.compile(
    r"\bwith (?:its |a )?(?:headquarters|secretariat)(?: based)? in\b|"
    r"\b(?:information )?cent(?:re|er) was established in\b"
)
LIST_GAP = re.compile(r"^(?:\s*\([^)]*\))?(?:\s+in\s+\d{4})?[\s,;]*(?:and\s+)?(?:subsequently\s+)?(?:the\s+)?$")
"""What may stand between two organisations of one list: 'the … Forum in 1998, and subsequently the …'."""
ELECTED_CHAIR = re.compile(r"\bwas elected as its (?:first )?chairman\b")


def comprised(s: Sentence) -> list:
    """'This informal structure, which, besides Kazakhstan, comprised China, Kyrgyzstan, Russia and
    Tajikistan' (the organisation of the previous sentences)."""
    return _listed(s, COMPRISED, "comprised")


def expanded(s: Sentence) -> list:
    """'to expand its membership to include all the Central Asian states, also Azerbaijan and Afghanistan'."""
    return _listed(s, EXPANDED, "expanded")


def _listed(s: Sentence, pattern: re.Pattern, rule: str) -> list:
    out = []
    for m in pattern.finditer(s.text):
        org = org_before(s, m.start())
        _, end = object_region(s, m.end(), ANY_TRIGGER)
        if org:
            states = [st.entity_id for st in s.states(m.end(), end)] + group_members(s, m.end(), end)
            out += [_membership(s, rule, st, org, "member", None) for st in dict.fromkeys(states)]
    return out


def founding_state(s: Sentence) -> list:
    """States that establish an organisation are its founders: 'Belarus, Kazakhstan and Russia signed a
    treaty formally establishing the Eurasian Economic Union'; 'Astana was the driving force behind the
    Central Asian Cooperation Forum in 1998, and subsequently the … Organization created in 2002'."""
    out = []
    for m in FOUNDED_BY_STATES.finditer(s.text):
        if stance.framed(s, m.start(), m.end()):
            continue  # 'signed an agreement setting a target of establishing the Eurasian Economic Union'
        start, _ = s.clause(m.start())
        states = [st.entity_id for st in s.states(start, m.start())]
        if not states:
            continue
        _, end = object_region(s, m.end())
        for org in organizations_after(s, m.end(), end):
            date = next(iter(s.dates_in(org.char_end, min(end, org.char_end + 25))), None) or s.date_for(m.end(), end)
            out += [_membership(s, "founding_state", st, org.entity_id, "founder", date) for st in states]
    return out


def founded_unnamed(s: Sentence) -> list:
    """'In July 1994 Kazakhstan, Uzbekistan and Kyrgyzstan, later joined by Tajikistan, created an
    embryonic … union. This alliance, later renamed the Central Asian Economic Union, …': the
    creating states are founders, those 'later joined by' members (undated); quoted in both sentences."""
    out = []
    for m, org, (start, end) in unnamed_bodies(s):
        assert s.following is not None, "unnamed_bodies finds the name in the next sentence"
        clause_start, _ = s.clause(m.start())
        later = [(j.start(), j.end()) for j in JOINED_LATER.finditer(s.text, clause_start, m.start())]
        date = s.date_for(m.start())
        for st in s.states(clause_start, m.start()):
            joined_later = any(a <= st.char_start < b for a, b in later)
            fields = dict(
                state_id=st.entity_id,
                organization_id=org,
                role="member" if joined_later else "founder",
                modality=None,
                **date_fields(None if joined_later else date),
            )
            out += [
                s.candidate("membership", "membership.founded_unnamed", **fields),
                s.following.candidate("membership", "membership.founded_unnamed", start, end, **fields),
            ]
    return out


def grown_out_of(s: Sentence) -> list:
    """'ECO was the outcome of a series of previous alliances between Iran, Pakistan and Turkey': the
    states whose cooperation the organisation grew out of are its founders."""
    return [
        _membership(s, "grown_out_of", st, org, "founder", s.date_for(m.end()))
        for m, org, states in outgrowths(s)
        for st in states
    ]


HELPED_FOUND = re.compile(
    r"\b(?:invested in|contributed to|was instrumental in|played an? (?:key|leading|central|"
    r"major) role in) the (?:emergence|creation|establishment|founding|formation|birth) of\b"
)


def helped_found(s: Sentence) -> list:
    """'Kazakhstan has also invested in the emergence of the Shanghai Cooperation Organization': a
    state that helped bring an organisation into being is among its founders."""
    return [
        _membership(s, "helped_found", subject_state(s, m.start()), org, "founder", _date(s, m))
        for m in HELPED_FOUND.finditer(s.text)
        for org in objects(s, m.end(), ANY_TRIGGER)[:1]
    ]


HOST_UNDER = re.compile(r"\bhost\b[^.;]{0,120}?\bunder the auspices of\b")
DECIDED = re.compile(r"\b(?:decision|decided|agreed|plans?|planned|intends?|announced)\b[^.;]{0,30}$")


def hosts_under_auspices(s: Sentence) -> list:
    """'the decision in 2015 to build and host the world’s first international low-enriched (LEU) bank
    in Kazakhstan under the auspices of the IAEA': the state hosts a facility of the organisation;
    planned while the text reports only the decision."""
    out = []
    for m in HOST_UNDER.finditer(s.text):
        orgs = objects(s, m.end(), ANY_TRIGGER)[:1]
        places = [
            s.state_of_entity(x.entity_id)
            for x in s.entities
            if m.start() <= x.char_start < m.end() and x.entity_type in ("state", "place")
        ]
        state = next((p for p in places if p), None) or subject_state(s, m.start())
        modality = "planned" if DECIDED.search(s.text, max(0, m.start() - 60), m.start()) else None
        out += [
            _membership(s, "hosts_under_auspices", state, org, "host", s.date_for(max(0, m.start() - 30)), modality)
            for org in orgs
        ]
    return out


INITIATIVE = re.compile(
    r"\b(?P<adj>[A-Z][a-z]+) initiatives?\b(?: in this (?:field|area|sphere))? (?:is|was) "
    r"(?:the |an? )?(?:[a-z][\w-]* ){0,2}$"
)


def initiative(s: Sentence) -> list:
    """'The second Kazakh initiative in this field is the tri-annual Congress of the Leaders of World and
    Traditional Religions': the state whose initiative an organisation is founded it."""
    out = []
    for org in s.organizations():
        m = INITIATIVE.search(s.text, max(0, org.char_start - 80), org.char_start)
        adjective = [x for x in s.states(actors_only=False) if m and x.char_start == m.start("adj")] if m else []
        if adjective:
            out.append(
                _membership(s, "initiative", adjective[0].entity_id, org.entity_id, "founder", s.date_for(org.char_end))
            )
    return out


def organizations_after(s: Sentence, start: int, end: int) -> list:
    """Organisations named from `start`, the first within a few characters of it, the rest in the list."""
    named = s.organizations(start, end)
    if not named or named[0].char_start - start > 6:
        return []
    out = named[:1]
    for org in named[1:]:
        if not LIST_GAP.match(s.text[out[-1].char_end : org.char_start]):
            break
        out.append(org)
    return out


def launched_by(s: Sentence) -> list:
    """'Launched by President Nazarbayev in 1992, it was envisaged …': the person's state founded the
    organisation of the previous sentence."""
    m = LAUNCHED_BY.match(s.text)
    persons = s.persons(0, s.clause(0)[1]) if m else []
    if not (m and persons and s.previous_organizations):
        return []
    state = s.state_of_entity(persons[0].entity_id)
    return (
        [_membership(s, "launched_by", state, s.previous_organizations[0], "founder", s.date_for(m.end()))]
        if state
        else []
    )


def led(s: Sentence) -> list:
    """'the Ankara-led Turkic Summits', 'the Russia-led Euro-Asian Economic Community', 'Russian-led
    structures, including the Collective Security Treaty Organization': the leading state is a member."""
    out = []
    for org in s.organizations():
        m = LED.search(s.text, max(0, org.char_start - 80), org.char_start)
        if m:
            states = [
                st for st in s.entities if st.char_start == m.start("state") and st.entity_type in ("state", "place")
            ]
            state = s.state_of_entity(states[0].entity_id) if states else None
            if state:
                out.append(_membership(s, "led", state, org.entity_id, "member", None))
    return out


def hosts(s: Sentence) -> list:
    """'… inaugurated in June 2004, with headquarters in Tashkent'; 'a secretariat based in Almaty';
    'a NATO information centre was established in Astana in 2004': the place's state hosts the body."""
    out = []
    for m in HOSTS.finditer(s.text):
        state = s.place_state(m.end(), m.end() + 30)
        org = org_before(s, m.start())
        if state and org:
            out.append(_membership(s, "hosts", state, org, "host", s.nearest_date(m.start(), m.end())))
    return out


BASED = re.compile(r"-based\s+(?:the\s+)?$")


def based_in(s: Sentence) -> list:
    """'the Tehran-based Economic Cooperation Organization (ECO)': the state of the seat hosts the body."""
    out = []
    for org in s.organizations():
        m = BASED.search(s.text, max(0, org.char_start - 12), org.char_start)
        places = [p for p in s.places() if m and p.char_end == m.start()] if m else []
        state = s.state_of_entity(places[0].entity_id) if places else None
        if state:
            out.append(_membership(s, "based_in", state, org.entity_id, "host", None))
    return out


def elected_chair(s: Sentence) -> list:
    """'President Nazarbayev was elected as its first chairman at the inaugural meeting later that year'."""
    out = []
    for m in ELECTED_CHAIR.finditer(s.text):
        persons = s.persons(0, m.start())
        state = s.state_of_entity(persons[-1].entity_id) if persons else None
        if state and s.paragraph_organizations:
            out.append(
                _membership(s, "elected_chair", state, s.paragraph_organizations[0], "chair", s.date_for(m.end()))
            )
    return out


RULES = [
    comprised,
    expanded,
    founding_state,
    founded_unnamed,
    grown_out_of,
    helped_found,
    hosts_under_auspices,
    initiative,
    launched_by,
    led,
    hosts,
    based_in,
    elected_chair,
]
