"""Organisation event rules for its side of a relation: an observer status it acquired in another body ('The SCO
acquired observer status in the United Nations General Assembly in December 2004'), and a dated chairmanship,
accession or withdrawal of a state, read from the membership rules' candidates (chaired, joined_by, withdrawn_by).

Why a module of its own: these events stand in the organisation's timeline for what a membership or observer
status tells, not for what the organisation itself did (organization_events); its ids stay
'organization_event.<name>'.
"""

from __future__ import annotations

import re

from pipeline.rules import membership_chairs, memberships, memberships_founding
from pipeline.rules.context import Sentence
from pipeline.rules.organization_events import _event
from pipeline.rules.other_events import clause_date
from pipeline.rules.patterns import objects
from pipeline.text.dates import DATE_KEYS

OBSERVER_STATUS = re.compile(r"\bacquired observer status in\b")


def _date(candidate) -> dict:
    return {k: candidate.get(k) for k in DATE_KEYS}


def observer_status(s: Sentence) -> list:
    """'The SCO acquired observer status in the United Nations General Assembly in December 2004'."""
    out = []
    for m in OBSERVER_STATUS.finditer(s.text):
        before, after, date = s.organizations(0, m.start()), objects(s, m.end())[:1], clause_date(s, m.end())
        if before and after:
            out.append(_event(s, "observer_status", after[0], "joined_by", date, counterpart=before[-1].entity_id))
    return out


def chaired(s: Sentence) -> list:
    """The organisation's side of a chairmanship (see membership.chaired and .elected_chair); none without
    the chairing state."""
    return [
        _event(s, "chaired", c.get("organization_id"), "chaired", _date(c), state=c.get("state_id"))
        for c in s.once(membership_chairs.chaired) + s.once(memberships_founding.elected_chair)
        if c.get("state_id")
    ]


def joined_by(s: Sentence) -> list:
    """The organisation's side of a dated accession or withdrawal: 'Russia joined it in mid-2004',
    'Uzbekistan … withdrew three years later', 'Kazakhstan joined the OIC in 1995', 'and since 2015,
    India and Pakistan'. Like a chairmanship, a dated accession is both a membership and an event in
    the organisation's timeline; an undated one ('to expand its membership to include all the Central
    Asian states', 'later joined by Tajikistan') is a membership only, having no place in a timeline; so is
    an admission as an observer, and one of no state ('the Bank joined the … Working Group')."""
    members = [c for c in s.once(memberships.role_group) if c.get("role") == "member"]
    out = []
    for c in s.once(memberships.joined) + s.once(memberships.withdrew) + members:
        if (
            c.get("modality") is None
            and c.get("date_edtf")
            and c.get("role") in ("member", "withdrew")
            and c.get("state_id")
        ):
            event = "withdrawn_by" if c.get("role") == "withdrew" else "joined_by"
            out.append(_event(s, event, c.get("organization_id"), event, _date(c), state=c.get("state_id")))
    return out


RULES = [observer_status, chaired, joined_by]
