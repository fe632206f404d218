"""Membership rules: a state's role in an organisation (member, founder, applicant, observer,
dialogue partner, chair, withdrew), with its start date and any hedge.

Each rule is a function `(Sentence) -> list[Candidate]`; its id is 'membership.<name>'.
"""

from __future__ import annotations

import re

from pipeline.rules.context import Sentence, date_fields
from pipeline.rules.patterns import hedged, object_region, objects, subject_state

JOIN = re.compile(r"\b(?:joined(?!\s+(?:by|with)\b)|joining|acceded to|(?:was |being )?admitted to|admission to|"
                  r"became (?:a )?member of|(?:was )?(?:formally )?accepted as a member of|obtained a seat at|"
                  r"(?:is|was) a member of|(?:its|their|[A-Z]\w+[’']s) membership (?:of|in))\b")
APPLY = re.compile(r"\bapplied for membership (?:of|in)\b")
BID = re.compile(r"\b(?:bid for|campaigns? aimed at securing|seeking|securing) (?:a |an )?"
                 r"(?:rotating |non-permanent )?seat (?:at|on|in)\b")
FOUNDER = re.compile(r"\b(?:one of the )?found(?:er|ing) members? of\b")
CHAIR = re.compile(r"\b(?:assumed (?:the )?chairmanship of|elected to chair|took over the|headed|heading|"
                   r"the chairmanship of)\b")
WITHDREW = re.compile(r"\bwithdrew\b")
ANY_TRIGGER = re.compile("|".join(p.pattern for p in (JOIN, APPLY, BID, FOUNDER, CHAIR, WITHDREW)))
ROLE_GROUP = re.compile(r"(?:full )?(?P<role>Members|[‘'“]?Observers[’'”]?|[‘'“]?Dialogue Partners[’'”]?)\s*\(")
ROLE_BY_HEADER = {"members": "member", "observers": "observer", "dialogue partners": "dialogue_partner"}
GROUP_SPLIT = re.compile(r",?\s+and\s+(?=since\b|from\b)|,\s+and\s+")


def _membership(s: Sentence, rule: str, state: str, org: str, role: str, date, modality=None):
    return s.candidate("membership", f"membership.{rule}", state_id=state, organization_id=org, role=role,
                       modality=modality, **date_fields(date))


def joined(s: Sentence) -> list:
    """'Kazakhstan joined the OIC in 1995', 'it acceded to … the CIS; the OIC; …', 'Russia joined it'."""
    out = []
    for m in JOIN.finditer(s.text):
        state = subject_state(s, m.start())
        modality = "bid" if hedged(s, m.start()) else None
        date = _date(s, m)
        for org in objects(s, m.end(), ANY_TRIGGER):
            out.append(_membership(s, "joined", state, org, "member", date, modality))
    return out


def _date(s: Sentence, m: re.Match):
    """The date of a membership verb: within its object list, else before it (see Sentence.date_for)."""
    return s.date_for(m.end(), object_region(s, m.end(), ANY_TRIGGER)[1])


def applied(s: Sentence) -> list:
    """'applied for membership of the World Trade Organization (WTO)'."""
    return [_membership(s, "applied", subject_state(s, m.start()), org, "applicant", _date(s, m))
            for m in APPLY.finditer(s.text) for org in objects(s, m.end(), ANY_TRIGGER)]


def seat_bid(s: Sentence) -> list:
    """'launched a bid for a rotating seat at the United Nations Security Council'."""
    return [_membership(s, "seat_bid", subject_state(s, m.start()), org, "member", _date(s, m), "bid")
            for m in BID.finditer(s.text) for org in objects(s, m.end(), ANY_TRIGGER)]


def founder(s: Sentence) -> list:
    """'one of the founder members of the … CSTO, originally established by the Tashkent Declaration of 1992'."""
    out = []
    for m in FOUNDER.finditer(s.text):
        found = objects(s, m.end(), ANY_TRIGGER)[:1]
        out += [_membership(s, "founder", subject_state(s, m.start()), org, "founder", _date(s, m))
                for org in found]
    return out


def chaired(s: Sentence) -> list:
    """'assumed the chairmanship of the OSCE', 'headed the SCO in 2004-2005, and in 2010-2011':
    one fact per term; an organisation named before the verb counts when none follows it."""
    out = []
    for m in CHAIR.finditer(s.text):
        if s.text[max(0, m.start() - 4):m.start()].strip().lower() in {"its", "his"}:
            continue
        orgs = objects(s, m.end(), ANY_TRIGGER)[:1]
        if not orgs:
            before = [o.entity_id for o in s.organizations(*s.clause(m.start())) if o.char_end <= m.start()]
            orgs = before[-1:]
        terms = s.dates_in(m.end(), object_region(s, m.end(), ANY_TRIGGER)[1], include_asides=True) or [
            s.date_for(m.end())]
        for org in orgs:
            out += [_membership(s, "chaired", subject_state(s, m.start()), org, "chair", d) for d in terms]
    return out


def withdrew(s: Sentence) -> list:
    """'In 2005 Uzbekistan joined EURASEC …, but withdrew three years later'."""
    out = []
    for m in WITHDREW.finditer(s.text):
        before = [o for o in s.organizations(0, m.start())]
        org = before[0].entity_id if before else (s.previous_organizations[:1] or [None])[0]
        if org:
            out.append(_membership(s, "withdrew", subject_state(s, m.start()), org, "withdrew", _date(s, m)))
    return out


def role_groups(s: Sentence) -> list:
    """'It has full Members (…, and since 2015, India and Pakistan); ‘Observers’ (Mongolia, Iran and
    since 2012, Afghanistan), also ‘Dialogue Partners’ (… Belarus and Sri Lanka in 2009 …)'."""
    out = []
    orgs = [o.entity_id for o in s.organizations()] or list(s.previous_organizations)
    if not orgs:
        return out
    for m in ROLE_GROUP.finditer(s.text):
        role = ROLE_BY_HEADER[m.group("role").strip("‘'“’”").lower()]
        close = s.text.find(")", m.end())
        if close < 0:
            continue
        pos = m.end()
        for part in GROUP_SPLIT.split(s.text[m.end():close]):
            start = s.text.find(part, pos)
            end = start + len(part)
            pos = end
            dates = s.dates_in(start, end, include_asides=True)
            for state in s.states(start, end):
                out.append(s.candidate("membership", "membership.role_group", m.start(), close + 1,
                                       state_id=state.entity_id, organization_id=orgs[0], role=role,
                                       modality=None, **date_fields(dates[0] if dates else None)))
    return out


RULES = [joined, applied, seat_bid, founder, chaired, withdrew, role_groups]
