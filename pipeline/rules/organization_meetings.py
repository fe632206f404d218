"""Organisation event rules for the meetings it held: 'the inaugural summit meeting of CICA was held in Almaty in
June 2002', 'Kazakhstan hosted the Fifth Congress of World Religions', 'the 2007 Bishkek Summit', 'convening a
summit of …': summit_hosted (or the meeting's own event) in the state of the place.

Why a module of its own: a meeting is read from the words of the gathering and its place (the surface patterns
HELD, SUMMIT, NAMED_SUMMIT, CONVENE), not from a verb of founding, renaming or merging the organisation
(organization_events); its ids stay 'organization_event.<name>'.
"""

from __future__ import annotations

import re

from pipeline.rules import event_guards, stance
from pipeline.rules.context import Sentence
from pipeline.rules.organization_events import _event
from pipeline.rules.other_events import clause_date, unless_elsewhere
from pipeline.rules.patterns import organizations_in, subject_state

HELD = re.compile(
    r"\b(?P<noun>summit|forum|meeting|conference|Forum|Summit)\b[^.;]{0,40}?\b(?P<verb>was held|took place)"
    r" in\b"
)
ORDINAL_MEETING = re.compile(r"\b[Tt]he (?:first|second|third|fourth|fifth|sixth|next|last|latest) $")
"""'The second meeting, in 2006, took place …': a numbered meeting of the organisation being talked about."""
NAMED_SUMMIT = re.compile(r"\b(?P<year>1[89]\d\d|20\d\d) (?P<place>[A-Z]\w+) Summit\b")
CONVENE = re.compile(r"\b(?:convening|convene|convened) (?:a|an|the)\b")
SUMMIT = re.compile(
    r"\b(?:summit (?:meeting )?(?:was )?held in|hosted (?:an?|the)\b[^.;]{0,40}?"
    r"(?:summit|meeting|Congress)|hosting a summit of|held (?:its|an?|the) (?:[\w-]+ ){0,3}?"
    r"(?:summit|meeting|conference|congress|forum) in)"
)


def summit_hosted(s: Sentence) -> list:
    """'an SCO heads of state summit meeting held in Astana', 'Kazakhstan hosted the Fifth Congress
    of World Religions', 'hosting a summit of the organization', 'The SCO held its summit in Tashkent': the
    state of the place named, else the state acting before it (patterns.subject_state)."""
    out = []
    for m in SUMMIT.finditer(s.text):
        orgs = event_guards.in_meeting(s, organizations_in(s, m.start(), m.end() + 40), m.start())
        orgs = orgs or s.organizations(s.clause(m.start())[0], m.start())[-1:]
        if not orgs or event_guards.no_one_meeting(stance.trigger_token(s, m.start(), m.end())):
            continue  # no organisation, or no one meeting: 'hosted the summit annually', 'never hosted a summit'
        state = s.place_state(m.start(), min(len(s.text), m.end() + 40)) or subject_state(s, m.start())
        date = clause_date(s, m.start()) or unless_elsewhere(s, m.start(), s.nearest_date(m.start(), m.end()))
        out.append(
            _event(s, "summit_hosted", orgs[0].entity_id, event_guards.meeting_event(m.group()), date, state=state)
        )
    return out


def held_in(s: Sentence) -> list:
    """'in February 2005 a major NATO forum was held in Almaty', 'the inaugural summit meeting of CICA
    was held in Almaty in June 2002', 'The second meeting, in 2006, took place in … Astana' (of the
    paragraph's organisation): the place's state hosted the organisation's meeting."""
    out = []
    for m in HELD.finditer(s.text):
        start, _ = s.clause(m.start())
        named = organizations_in(s, start, m.end())
        orgs = [o.entity_id for o in named if event_guards.in_meeting_words(s, o, m.start("noun"))]
        if not named and ORDINAL_MEETING.search(s.text, max(0, m.start() - 20), m.start()):
            orgs = list(s.paragraph_organizations[:1])
        state = s.place_state(m.end(), m.end() + 60)
        if orgs and state and not event_guards.no_one_meeting(stance.trigger_token(s, m.start("verb"), m.end("verb"))):
            event, date = event_guards.meeting_event(m.group("noun")), clause_date(s, m.start("noun"))
            out.append(_event(s, "held_in", orgs[-1], event, date, state=state))
    for m in NAMED_SUMMIT.finditer(s.text):
        orgs = s.organizations()
        state = s.place_state(m.start("place"), m.end("place"))
        date = next((d for d in s.dates if d.char_start == m.start("year")), None)
        if state and orgs:
            out.append(_event(s, "named_summit", orgs[0].entity_id, "summit_hosted", date, state=state))
    for m in CONVENE.finditer(s.text):
        named = organizations_in(s, m.end(), m.end() + 50)
        if named:
            out.append(
                _event(
                    s,
                    "convened",
                    named[0].entity_id,
                    "summit_hosted",
                    clause_date(s, m.end())
                    or (s.anchor_date() if "summit" in s.text[m.end() : named[0].char_start] else None),
                    state=s.home_state,
                )
            )
    return out


RULES = [summit_hosted, held_in]
