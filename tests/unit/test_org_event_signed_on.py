"""Joining by signing and leaving by ending one's membership, in sentences written for these tests (none quoted
from an evaluation text): 'Armenia signed up to NATO's Partnership for Peace in 1994', 'It signed the NATO
Partnership for Peace initiative on 22 June 1994', 'Ukraine ceased its participation in the CIS in 2018'.

'Signed up to' is joining whatever is signed up to (pipeline/rules/parsed_joining.py); a programme signed as the
object is pipeline/rules/parsed_participation.py's. A dated entry is a membership and `joined_by`
(raw/evaluation/BRIEF.md, 'organization_event'). An agreement or a treaty organisation signed ('the North American
Free Trade Agreement') is signed by its founders or parties: no accession. 'It' as the joiner, in the article on a
state, is that state."""

from __future__ import annotations

import pytest

from tests.helpers import stated_events


def _joins(text: str, subject: str) -> set:
    return {
        r
        for r in stated_events(text, subject, ("organization_id", "event_type", "state_id", "date_edtf"))
        if r[1] == "joined_by"
    }


@pytest.mark.parametrize(
    ("text", "subject", "expected"),
    [
        (
            "Armenia signed up to NATO's Partnership for Peace in 1994.",
            "state:ARM",
            {("org:PFP", "joined_by", "state:ARM", "1994")},
        ),
        (
            "Russia is a member of the Commonwealth of Independent States and the Union of Russia and Belarus. It "
            "signed the NATO Partnership for Peace initiative on 22 June 1994.",
            "state:RUS",
            {("org:PFP", "joined_by", "state:RUS", "1994-06-22")},
        ),
    ],
)
def test_signed_on_is_joined(text, subject, expected):
    assert _joins(text, subject) == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The United States signed the North American Free Trade Agreement in 1992.", "state:USA"),
        ("Ukraine signed an agreement with the Partnership for Peace in 1995.", "state:UKR"),
        ("Moldova did not sign up to the Partnership for Peace in 1994.", "state:MDA"),
        ("Kazakhstan signed the CIS Charter in 1993.", "state:KAZ"),
    ],
)
def test_signing_that_joins_nothing(text, subject):
    assert not _joins(text, subject)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine ceased its participation in the Commonwealth of Independent States in 2018.",
        "Ukraine ended its membership of the Commonwealth of Independent States in 2018.",
    ],
)
def test_a_membership_ended_on_a_date_is_a_withdrawal(text):
    """Ending one's own membership or participation on a date is the codebook's dated withdrawal (`withdrawn_by`),
    as suspending it is; freezing it, or ending one's part in talks, is not."""
    keys = stated_events(text, "state:UKR", ("organization_id", "event_type", "state_id", "date_edtf"))
    assert keys == {("org:CIS", "withdrawn_by", "state:UKR", "2018")}


def test_a_frozen_participation_or_ended_talks_are_no_withdrawal():
    keys = ("organization_id", "event_type", "state_id", "date_edtf")
    frozen = "Armenia had frozen its participation in the Collective Security Treaty Organization in 2024."
    assert not stated_events(frozen, "state:ARM", keys)
    assert not stated_events("Ukraine ceased its participation in the talks in 2018.", "state:UKR", keys)
