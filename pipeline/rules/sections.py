"""Rules that read a section's heading: what a bare list under it is about.

Why: encyclopedia articles on a state's foreign relations end with a heading such as "International
organization participation" over a bare list of organisations ("AsDB, BSEC, CE, …, OAS (observer), …"):
no sentence, yet one membership of the article's subject state per item.
"""

from __future__ import annotations

from pipeline.entities.listed_bodies import PARTICIPATION, list_items
from pipeline.rules.context import Sentence
from pipeline.text.dates import date_fields

ROLES = {"observer": "observer", "applicant": "applicant", "candidate": "candidate"}
"""A bracketed note after an item ('OAS (observer)'); any other ('correspondent') leaves a member."""


def participation_list(s: Sentence) -> list:
    """'International organization participation' / 'AsDB, BSEC, CE, …, OAS (observer)': the source's
    subject state is a member (or the bracketed role) of every organisation listed."""
    if not (s.home_state and PARTICIPATION.search(s.heading or "")):
        return []
    out = []
    for item in list_items(s.text):
        orgs = s.organizations(item.start("name"), item.end("name"))
        if not orgs:
            continue
        role = ROLES.get((item.group("note") or "").strip(), "member")
        end = item.start() + len(item.group(0).rstrip(", "))
        out.append(
            s.candidate(
                "membership",
                "membership.participation_list",
                item.start(),
                end,
                state_id=s.home_state,
                organization_id=orgs[0].entity_id,
                role=role,
                modality=None,
                **date_fields(None),
            )
        )
    return out


RULES = [participation_list]
