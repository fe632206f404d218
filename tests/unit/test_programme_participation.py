"""Membership by taking part: 'participates in NATO's Partnership for Peace programme', 'takes part in the
Partnership for Peace', 'signed the NATO Partnership for Peace initiative on 22 June 1994' (a programme is joined
by signing up to it), and 'It has been a member of … since …' with the article's state as 'it'. Sentences written
for these tests in the genre of 'Foreign relations of <country>' articles, with near-misses that name a body only
beside what is taken part in (exercises, a summit), negations and plans."""

from __future__ import annotations

import pytest

from tests.helpers import candidates, pick


def _roles(text, subject):
    return set(
        pick(candidates(text, "membership", subject), "state_id", "organization_id", "role", "date_edtf", "modality")
    )


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "state:GEO",
            "Georgia participates in NATO's Partnership for Peace programme.",
            ("state:GEO", "org:PFP", None),
        ),
        ("state:ARM", "Armenia takes part in the Partnership for Peace.", ("state:ARM", "org:PFP", None)),
        (
            "state:MDA",
            "Moldova has participated in the Partnership for Peace since 1994.",
            ("state:MDA", "org:PFP", "1994"),
        ),
        (
            "state:BLR",
            "It signed the NATO Partnership for Peace initiative on 11 January 1995.",
            ("state:BLR", "org:PFP", "1995-01-11"),
        ),
        ("state:MDA", "It has been a member of the Council of Europe since 1995.", ("state:MDA", "org:COE", "1995")),
        (
            "state:UZB",
            "It has been an observer in the Eurasian Economic Union since 2020.",
            ("state:UZB", "org:EAEU", "2020"),
        ),
    ],
)
def test_taking_part_in_a_programme_is_membership(subject, text, expected):
    state, org, date = expected
    role = "observer" if "observer" in text else "member"
    assert (state, org, role, date, None) in _roles(text, subject)


def test_signing_up_to_a_programme_on_a_date_is_its_accession():
    events = pick(
        candidates(
            "It signed the NATO Partnership for Peace initiative on 11 January 1995.", "organization_event", "state:BLR"
        ),
        "organization_id",
        "event_type",
        "state_id",
        "date_edtf",
    )
    assert ("org:PFP", "joined_by", "state:BLR", "1995-01-11") in events


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("state:GEO", "Georgia participated in NATO exercises in 2015."),
        ("state:TJK", "Tajikistan took part in the CSTO summit in Minsk."),
        ("state:UZB", "Uzbekistan does not participate in the Partnership for Peace."),
        ("state:ARM", "Armenia signed an agreement with NATO in 2005."),
        ("state:MNG", "Mongolia took part in talks with the European Union in 2012."),
        ("state:AUT", "Austria participated in the OSCE's election observation mission in Georgia."),
        ("state:GEO", "Georgia has participated in the International Security Assistance Force since 2004."),
        ("state:GEO", "Georgia takes part in the work of the United Nations."),
    ],
)
def test_taking_part_in_something_of_a_body_is_no_membership(subject, text):
    assert not [r for r in _roles(text, subject) if r[4] is None]


def test_a_plan_to_take_part_is_no_stated_membership():
    roles = _roles("Belarus plans to participate in the Partnership for Peace.", "state:BLR")
    assert all(r[4] is not None for r in roles)
