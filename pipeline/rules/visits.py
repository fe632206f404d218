"""Visit rules: a person's visit to a state, in both directions (Kazakh leaders abroad and
foreign dignitaries in Kazakhstan), told by a verb of travel or a visit noun. One candidate per visitor and host;
`_visit` makes every visit rule's candidates. A visit told by taking part in a gathering abroad is
visit_attendance's.

Each rule is a function `(Sentence) -> list[Candidate]`; its id is 'visit.<name>'.
"""

from __future__ import annotations

import re

from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.patterns import asides, listed_dates
from pipeline.rules.visit_unmade import unmade_at
from pipeline.text.dates import date_fields
from schemas.fact_types import VISIT

TRAVEL = re.compile(
    r"\b(?:he|she|they|[A-Z][a-z]+)\s+(?P<verb>visited|went to|travelled to)\b|"
    r"\b(?P<travels>travels) took (?:him|her) to\b"
)
VISIT_NOUN = re.compile(r"\b(?:(?:state|official|successful|four-day|first official|working)\s+)*(?:visit|trip)\b")
TO_GROUP = re.compile(r",?\s+(?:and\s+)?to\s+")
VISITOR_LIST = re.compile(r"^\s*(?:They|These|Visitors) included\b")
ARRIVED = re.compile(r"\bcame to\b|\bvisited\b|\bvisiting\b")
POSSESSIVE_PRONOUN = re.compile(r"\b(?:his|her)\s+(?:\w+\s+)?$")
CAMEO_MAKE_VISIT, PLOVER_CONSULT = VISIT.constants["cameo_code"], VISIT.constants["plover_category"]
VISIT_DATE_CHARS = 40
"""How far after the visit phrase ('visit of Prime Minster Modi to') a date still belongs to it
('… Ankara, the Turkish capital, in October 2012' starts 35 characters after 'to')."""
RETURNED = re.compile(r"\b(?:return(?:ed)?|reciprocal|reciprocated)\s+(?:(?:the|a|his|her)\s+)?$", re.IGNORECASE)
"""'Erdoğan returned the visit in 2011', 'a return visit in 2004': its host is the earlier visitor's state."""
SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
VISIT_TAIL = re.compile(r"\s+(?:of\s+[^,.;]*?\s+)?to\s+")


def _visit(
    s: Sentence,
    rule: str,
    visitor: str | None,
    visitor_state: str | None,
    host: str | None,
    place,
    date,
    span: tuple[int, int | None] = (0, None),
    organization: str | None = None,
    modality: str | None = None,
) -> Candidate:
    """A visit candidate over `span` of the sentence (all of it by default); `date` is a date mention or a dict of
    date fields; an organisation's visitor has `organization` and no state. Every visit rule makes its candidates
    here, with the `modality` a rule read (`visit_modality`; None: stated). A date after 'since' is none of the visit's ('has visited Russia ten times since 2007', 'the first visit
    by an Iranian president since 2007')."""
    start = getattr(date, "char_start", None)  # a paragraph's year is no mention
    if start is not None and SINCE.search(s.text, max(0, start - 12), start):
        date = None
    dates = date if isinstance(date, dict) else date_fields(date)
    return s.candidate(
        "visit",
        f"visit.{rule}",
        span[0],
        span[1],
        visitor_id=visitor,
        visitor_state_id=visitor_state,
        visitor_organization_id=organization,
        host_state_id=host,
        place_id=place,
        modality=modality,
        cameo_code=CAMEO_MAKE_VISIT,
        plover_category=PLOVER_CONSULT,
        **dates,
    )


def _at(mention) -> int:
    return mention.char_start


def _hosts(s: Sentence, start: int, end: int, left_out=lambda m: False) -> list[tuple[str, str | None]]:
    """(host state, place) for each state or place named in text[start:end], outside asides and but those
    `left_out` tells to leave out."""
    skip = asides(s)
    out = []
    for m in sorted(s.states(start, end) + s.places(start, end), key=_at):
        if any(a <= m.char_start and m.char_end <= b for a, b in skip) or left_out(m):
            continue
        place = m.entity_id if m.entity_type == "place" else None
        state = s.state_of_entity(m.entity_id)
        if state and (state, place) not in out:
            out.append((state, place))
    return out


def _visitor(s: Sentence, before: int) -> str | None:
    """The visitor: the person named just before a visit noun ('President Xi’s visit', 'President Islam
    Karimov visited'), else the person the paragraph is about ('his'), else the person a 'his' points
    forward to ('During his visit to Tokyo in 2008, Nazarbayev met …')."""
    named = s.persons(0, before)
    if named:
        return named[-1].entity_id
    if s.topic_person:
        return s.topic_person
    later = s.persons(before)
    return later[0].entity_id if later and POSSESSIVE_PRONOUN.search(s.text, max(0, before - 8), before) else None


def travels(s: Sentence) -> list:
    """'In February 1993, he went to Belgium, Austria and Egypt, to Thailand in August, to China and
    Mongolia in October …': each 'to …' group takes the date inside it, else the sentence's date."""
    out = []
    matches = list(TRAVEL.finditer(s.text))
    for k, m in enumerate(matches):
        visitor = _visitor(s, m.start("verb") if m.group("verb") else m.start())
        if visitor is None:
            continue
        visitor_state = s.state_of_entity(visitor)
        if visitor_state is None:
            continue  # an organisation's official ('SCO Secretary-General Vladimir Norov visited Kabul'): no state's
        start, end = s.clause(m.end())
        if k + 1 < len(matches):  # 'visited Moscow, and in 2009 Medvedev visited Ashgabat': the next trip's own
            end = min(end, _clause_start(s, matches[k + 1].start(), m.end()))
        before = s.dates_in(start, m.start())
        default = before[-1] if before else s.date_for(m.start())
        pos = m.end()
        for part in TO_GROUP.split(s.text[m.end() : end]):
            start = s.text.find(part, pos)
            pos = start + len(part)
            dates = s.dates_in(start, pos)
            each = listed_dates(s, start, pos, sorted(s.states(start, pos) + s.places(start, pos), key=_at))
            for host, place in _hosts(s, start, pos):
                if host != visitor_state:
                    date = each.get(place or host) or (dates[0] if dates else default)
                    out.append(_visit(s, "travels", visitor, visitor_state, host, place, date))
    return out


NEXT_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|whereas)?\s*")


def _clause_start(s: Sentence, position: int, floor: int) -> int:
    """Where the clause of a verb at `position` starts: after the last comma or semicolon between `floor` and it
    ('…, and in 2009 Medvedev visited'), else at the verb."""
    cuts = [c.start() for c in NEXT_CLAUSE.finditer(s.text, floor, position)]
    return cuts[-1] if cuts else position


def visit_noun(s: Sentence) -> list:
    """'during President Putin’s visit to Kazakhstan', 'made a state visit to China in May 2014',
    'President Lee Myung-bak’s visit in May 2009' (no host named: Kazakhstan)."""
    out = []
    for m in VISIT_NOUN.finditer(s.text):
        visitor = _visitor(s, m.start())
        if (
            visitor is None
            or UNMADE_VISIT.search(s.text, max(0, m.start() - 50), m.start())
            or unmade_at(s, m.start() + m.group().rfind(" ") + 1)  # 'his visit to Turkey was cancelled'
        ):
            continue
        visitor_state = s.state_of_entity(visitor)
        tail = VISIT_TAIL.match(s.text, m.end())
        if tail:
            of_person = s.persons(m.end(), tail.end())
            if of_person:
                visitor, visitor_state = of_person[0].entity_id, s.state_of_entity(of_person[0].entity_id)
            hosts = _hosts(s, m.end(), _destination_end(s, tail.end()))[:1]
        elif re.search(r"\bdestination of his\b", s.text[max(0, m.start() - 30) : m.start()]):
            hosts = _hosts(s, 0, m.start())[-1:]
        elif (
            re.match(r"\s+(?:in|on)\b", s.text[m.end() :])
            and s.home_state
            and visitor_state != s.home_state
            and not RETURNED.search(s.text, max(0, m.start() - 30), m.start())  # `visit_returns`
        ):
            hosts = [(s.home_state, None)]
        else:
            continue
        for host, place in hosts:
            if visitor_state and host != visitor_state:
                out.append(_visit(s, "visit_noun", visitor, visitor_state, host, place, _visit_date(s, m, tail)))
    return out


def _destination_end(s: Sentence, start: int) -> int:
    """Where a visit's destination ends: 40 characters on ('a visit to the Russian Black Sea resort of Sochi'), or
    at the first verb before that ('Medvedev's visit to the Kuril Islands in 2010 angered Japan': not Japan)."""
    end = min(len(s.text), start + 40)
    verbs = [t.idx - s.offset for t in s.tokens or () if t.pos_ == "VERB" and start <= t.idx - s.offset < end]
    return min(verbs, default=end)


UNMADE_VISIT = re.compile(
    r"\b(?:will|shall|plans? to|planned to|(?:is|are|was|were) (?:to|expected to|scheduled to|due to)|"
    r"intends? to|intended to|agreed to|invited to|not|never|cancell?ed|postponed)\s+(?:[\w-]+\s+){0,4}$"
)
"""'Putin will pay an official visit to Turkey', 'is expected to make a state visit', 'did not make a visit',
'postponed his visit': a visit still to come, or denied, is no visit made."""
PAST_VISIT = re.compile(r"\b(?:was|were|made|paid|during|on)\b")
"""A visit told in the past ('This was the first visit of a Russian president to Australia', 'during his
visit') with no date of its own is in the year its paragraph is at."""


def _visit_date(s: Sentence, noun: re.Match, tail: re.Match | None):
    """A visit's date: one right after the visit phrase ('visit to Kazakhstan in July 2015'), else the
    nearest before it ('in June 2005, during President Putin’s visit'), never a later, unrelated one
    ('the lease would be extended until 2050'); else, told in the past, the paragraph's year."""
    limit = (tail.end() if tail else noun.end()) + VISIT_DATE_CHARS
    after = [d for d in s.dates_in(noun.end()) if d.char_start <= limit]
    if after:
        return after[0]
    before = s.dates_in(0, noun.start())
    if before:
        return before[-1]
    return s.paragraph_date if PAST_VISIT.search(s.text, 0, noun.start()) else None


def visitor_list(s: Sentence) -> list:
    """'They included French President Mitterrand, Iranian President Rafsanjani, …' after a sentence
    saying delegations came to Kazakhstan during a period (1992-1997)."""
    if not (VISITOR_LIST.match(s.text) and ARRIVED.search(s.previous_text) and s.home_state in s.previous_states):
        return []
    period = _somewhere_within(s.previous_dates[0]) if s.previous_dates else None
    out = []
    for person in s.persons():
        state = s.state_of_entity(person.entity_id)
        if state and state != s.home_state:
            out.append(_visit(s, "visitor_list", person.entity_id, state, s.home_state, None, period))
    return out


def _somewhere_within(period) -> dict:
    """A visit during a period happened on some day of it: EDTF 'one of' [1992..1997], not the
    interval 1992/1997 (which would say it lasted the whole period)."""
    fields = date_fields(period)
    if period.precision == "interval":
        start, end = period.edtf.split("/")
        fields["date_edtf"] = f"[{start}..{end}]"
    return fields


RULES = [travels, visit_noun, visitor_list]
