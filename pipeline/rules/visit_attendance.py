"""Visit rules read from taking part in a gathering abroad: leaders who assembled in a place, the participants
or attendees of a meeting, a person who took part in a named conference or summit, and leaders who signed an
instrument in a named place.

Why a module of their own: these visits are told by a gathering and who was at it, not by a verb of travel or a
visit noun (visits): the host is the state of the gathering's place, and each participant from another state made
a visit there (visitors unnamed when only their states are listed).
"""

from __future__ import annotations

import re

from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.gathering_topics import topic_mention
from pipeline.rules.patterns import group_members
from pipeline.rules.visits import _hosts, _visit

ASSEMBLED = re.compile(
    r"\b(?:heads|leaders|presidents)(?: of state)? of (?P<who>[^;:]{3,80}?) "
    r"(?:assembled|gathered|met|convened) in\b"
)
PARTICIPANTS = re.compile(
    r"\bparticipants included (?:senior |high-ranking )?(?:representatives|delegations|leaders|"
    r"officials) (?:from|of)\b"
)
MEETING_PLACE = re.compile(r"\b(?:held|took place|hosted|assembled|gathered|met|convened) in\s+$")


def attended(s: Sentence) -> list:
    """Leaders or delegations who came to a meeting in another state: 'the heads of the five Central
    Asian states assembled in Semey (Semipalatinsk) on 8 September 2006', 'the inaugural summit
    meeting of CICA was held in Almaty in June 2002; participants included senior representatives from
    Iran, Israel, India and Pakistan'. One visit per attending state other than the host; the
    visitors are not named."""
    out: list[Candidate] = []
    meeting_places = [p for p in s.places() if MEETING_PLACE.search(s.text, max(0, p.char_start - 15), p.char_start)]
    host_place = meeting_places[0] if meeting_places else None
    host = s.state_of_entity(host_place.entity_id) if host_place else None
    if host_place is None or host is None:
        return out
    groups = [(m.start("who"), m.end("who")) for m in ASSEMBLED.finditer(s.text)]
    groups += [(m.end(), s.clause(m.end())[1]) for m in PARTICIPANTS.finditer(s.text)]
    date = s.nearest_date(host_place.char_start, host_place.char_end)
    for start, end in groups:
        states = [x.entity_id for x in s.states(start, end)] + group_members(s, start, end)
        for state in dict.fromkeys(states):
            if state != host:
                out.append(_visit(s, "attended", None, state, host, host_place.entity_id, date))
    return out


GATHERING = re.compile(
    r"\b(?:meeting|summit|conference|session|forum|congress|ceremony|talks|negotiations|opening|inauguration|"
    r"funeral|celebrations?|parade|olympics|games|exhibition|expo)\b",
    re.IGNORECASE,
)
PARTICIPATION = re.compile(
    r"\b(?:attended by|with the participation of|in the presence of|participants (?:were|included)|"
    r"(?:was|were) (?:also )?(?:present|in attendance))\b"
)
"""Words that say who took part in a gathering: 'a meeting in Yerevan, Armenia, which was attended by
Roza Otunbayeva as well as Alexander Lukashenko', 'the Summit was organized in Baku with the
participation of Presidents … Ilham Aliyev, Sooronbai Jeenbekov, …'."""
GATHERING_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:city of\s+|capital\s+)?$")


def participants(s: Sentence) -> list:
    """Persons named as taking part in a gathering held in a named place: each whose state is not the
    host's made a visit there. The gathering and its place come before the words of participation, in
    the same sentence ('at a meeting in Yerevan, Armenia, which was attended by …')."""
    out = []
    for cue in PARTICIPATION.finditer(s.text):
        gatherings = [g for g in GATHERING.finditer(s.text, 0, cue.start())]
        if not gatherings:
            continue
        where = [
            p
            for p in s.places(gatherings[0].start(), cue.start()) + s.states(gatherings[0].start(), cue.start())
            if GATHERING_PLACE.search(s.text, max(0, p.char_start - 20), p.char_start)
        ]
        if not where:
            continue
        place = where[0]
        host = s.state_of_entity(place.entity_id)
        place_id = place.entity_id if place.entity_type == "place" else None
        date = s.nearest_date(place.char_start, place.char_end) or s.paragraph_date
        _, end = s.clause(cue.end())
        for person in s.persons(cue.end(), end):
            state = s.state_of_entity(person.entity_id)
            if host and state and state != host:
                out.append(_visit(s, "participants", person.entity_id, state, host, place_id, date))
    return out


TOOK_PART = re.compile(
    r"(?:[’']s?\s+|\s+)(?:participation in|attendance at|attended|took part in|participated in)\s+(?P<what>[^,;.]{3,80})"
)
"""'Joseph Stalin's participation in the Tehran Conference in 1943', 'Putin attended the summit in
Bucharest': the person took part in the gathering named after it."""
PLANNED_BEFORE = re.compile(r"\b(?:planned|intended|scheduled|expected)$")
""""Pashinyan's planned participation in …": a taking part still to come."""


def took_part(s: Sentence) -> list:
    """A person who took part in a gathering held in a named place ('the Tehran Conference', 'the NATO
    summit in Romania') visited the place's state, when it is not the person's own."""
    out = []
    for m in TOOK_PART.finditer(s.text):
        what_start, what_end = m.span("what")
        if not GATHERING.search(s.text, what_start, what_end):
            continue
        who = [p for p in s.persons(max(0, m.start() - 60), m.start() + 1) if p.char_end <= m.start() + 1]
        where = _hosts(s, what_start, what_end, lambda x, at=what_start: topic_mention(s.text, at, x))
        if not who or not where:
            continue
        person = who[-1].entity_id
        state = s.state_of_entity(person)
        host, place = where[0]
        if state and host != state:
            date = (s.dates_in(what_start, what_end) or [s.date_for(m.start())])[0] or s.paragraph_date
            mood = "planned" if PLANNED_BEFORE.search(s.text, max(0, m.start() - 12), m.start()) else None
            out.append(_visit(s, "took_part", person, state, host, place, date, modality=mood))
    return out


SIGNED_IN = re.compile(r"\bsigned\s+(?:on\s+[^,;]{3,30}?\s+)?in\s+(?P<where>[^,;]{2,60}?)\s+by\s+(?P<who>[^;]{3,300})")
"""'signed on 10 October 2000 in Kazakhstan's capital Astana by Presidents Alexander Lukashenko of Belarus, …'."""


def signed_abroad(s: Sentence) -> list:
    """Leaders who signed an instrument in a named place were there: each signer whose state is not the
    place's made a visit ('signed … in Kazakhstan's capital Astana by Presidents Alexander Lukashenko of
    Belarus, Nursultan Nazarbayev of Kazakhstan, …': Belarus to Kazakhstan, not Kazakhstan)."""
    out = []
    for m in SIGNED_IN.finditer(s.text):
        where = _hosts(s, *m.span("where"))
        if not where:
            continue
        host, place = where[-1]
        date = s.date_for(m.start())
        for person in s.persons(*m.span("who")):
            state = s.state_of_entity(person.entity_id)
            if state and state != host:
                out.append(_visit(s, "signed_abroad", person.entity_id, state, host, place, date))
    return out


OTHER_PARTICIPANTS = re.compile(
    r"^\s*(?:The\s+)?(?:[Oo]ther\s+)?(?:participants|attendees|guests)\s+(?:were|included)\b", re.IGNORECASE
)


def other_participants(s: Sentence) -> list:
    """'In October 2007, Putin visited Tehran, Iran to participate in the Second Caspian Summit … Other
    participants were leaders of Azerbaijan, Kazakhstan, and Turkmenistan': the gathering and its state are
    those of the previous sentence (which names one state and a gathering); each state listed, other than
    the host, visited it, in the previous sentence's date."""
    m = OTHER_PARTICIPANTS.match(s.text)
    hosts = set(s.previous_states)
    if not m or len(hosts) != 1 or not GATHERING.search(s.previous_text):
        return []
    host = hosts.pop()
    date = s.previous_dates[0] if s.previous_dates else s.paragraph_date
    states = [x.entity_id for x in s.states(m.end())] + group_members(s, m.end(), len(s.text))
    return [
        _visit(s, "other_participants", None, state, host, None, date)
        for state in dict.fromkeys(states)
        if state != host
    ]


RULES = [attended, participants, took_part, signed_abroad, other_participants]
