"""A summit or ministerial meeting told by its body of heads or ministers meeting, in sentences written for these tests (none quoted from an evaluation
text): 'The Council of Heads of State met in Minsk in October 2021'. The codebook (raw/evaluation/BRIEF.md,
'organization_event') counts a summit or heads-of-state meeting of an organisation as its `summit_hosted`, in the
state of the place; a council of heads of state or government meeting is that, not an organ at work, and a council
of ministers meeting, or a ministerial meeting, is its `ministerial_meeting_hosted`. Its organisation is the one its
words name ('the CIS Council of …'), else, in the article on an organisation, that one; a board of officials meeting
is no summit, and leaders of two states meeting are no body's."""

from __future__ import annotations

import pytest

from tests.helpers import stated_events


def _stated(text: str, subject: str) -> set:
    return stated_events(text, subject, ("organization_id", "event_type", "state_id", "date_edtf"))


@pytest.mark.parametrize(
    ("text", "subject", "expected"),
    [
        (
            "The Council of Heads of State met in Minsk in October 2021.",
            "org:CIS",
            {("org:CIS", "summit_hosted", "state:BLR", "2021-10")},
        ),
        (
            "The CIS Council of Heads of State met in Dushanbe in 2018.",
            "state:KAZ",
            {("org:CIS", "summit_hosted", "state:TJK", "2018")},
        ),
        (
            "The Council of Heads of Government met in Astana in May 2019.",
            "org:CIS",
            {("org:CIS", "summit_hosted", "state:KAZ", "2019-05")},
        ),
        (
            "The Council of Foreign Ministers met in Moscow in 2020.",
            "org:CIS",
            {("org:CIS", "ministerial_meeting_hosted", "state:RUS", "2020")},
        ),
        (
            "The CIS Council of Foreign Ministers met in Moscow in April 2019.",
            "state:KAZ",
            {("org:CIS", "ministerial_meeting_hosted", "state:RUS", "2019-04")},
        ),
        (
            "The 5th ministerial meeting was held in Moscow in 2005.",
            "org:GECF",
            {("org:GECF", "ministerial_meeting_hosted", "state:RUS", "2005")},
        ),
        (
            "An informal ministerial meeting of the organisation was held in Baku in 2010.",
            "org:ECO",
            {("org:ECO", "ministerial_meeting_hosted", "state:AZE", "2010")},
        ),
        (
            "A regular meeting of the Council of Heads of State took place in Astana in June 2017.",
            "org:SCO",
            {("org:SCO", "summit_hosted", "state:KAZ", "2017-06")},
        ),
        (
            "A meeting of the CIS Council of Heads of State was held in Dushanbe in 2018.",
            "state:KAZ",
            {("org:CIS", "summit_hosted", "state:TJK", "2018")},
        ),
        (
            "A session of the CIS Council of Foreign Ministers was held in Minsk in April 2019.",
            "state:KAZ",
            {("org:CIS", "ministerial_meeting_hosted", "state:BLR", "2019-04")},
        ),
        (
            "The heads of state of the organisation met in Bishkek in June 2019.",
            "org:SCO",
            {("org:SCO", "summit_hosted", "state:KGZ", "2019-06")},
        ),
    ],
)
def test_heads_meeting_is_a_summit(text, subject, expected):
    assert _stated(text, subject) == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The Council of Heads of State met in Minsk in October 2021.", "state:KAZ"),  # whose council: not said
        ("The Executive Board met in Washington in 2019.", "org:IMF"),
        ("The presidents met in Moscow in 2019.", "state:RUS"),
        ("A meeting of the Council of Heads of State took place in Astana in June 2017.", "state:KAZ"),
        ("A meeting of the Executive Board was held in Washington in 2019.", "org:IMF"),
        ("The Council of Ministers of Armenia met in Yerevan in 2019.", "org:CIS"),  # a state's government
        ("The Armenian Council of Ministers met in Yerevan in 2019.", "org:CIS"),
        ("The meeting of the Council of Heads of State will be held in Astana in 2024.", "org:SCO"),  # planned
        ("The Council of Ministers met in Astana in 2019.", "state:KAZ"),  # whose council: not said
        ("A ministerial meeting took place in Astana in 2010.", "state:KAZ"),  # of no body talked about
        ("The 7th General Assembly Meeting was held in Kabul in 2004.", "org:ECO"),
        ("The heads of state of Russia and China met in Beijing in 2019.", "org:SCO"),
    ],
)
def test_no_summit(text, subject):
    assert not _stated(text, subject)
