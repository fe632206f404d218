"""Leaders at a gathering abroad known by a leaders' surname or by office ("Aliyev's talks in Moscow", "the Azerbaijani
president's talks in Moscow", 'Aliyev and Lukashenko signed … during the meeting in Minsk'), a summit two leaders
held, and a surname the tagger reads as a common noun at a sentence's start. Sentences invented for these tests in the
genre's wording (none from an evaluation text). Each case: a paragraph, its source's state, and the visits it states
keyed as the evaluation keys them, (visitor state, host state, year)."""

from __future__ import annotations

import pytest

from tests.helpers import stated_visit_keys as _found

STATED = [
    ("Aliyev's talks in Moscow in 2010 focused on gas.", "state:AZE", {("state:AZE", "state:RUS", "2010")}),
    (
        "The Azerbaijani president's talks in Moscow in 2010 focused on gas.",
        "state:AZE",
        {("state:AZE", "state:RUS", "2010")},
    ),
    (
        "During the meeting in Minsk in 2014, Aliyev and Lukashenko signed a treaty.",
        "state:AZE",
        {("state:AZE", "state:BLR", "2014")},
    ),
    (
        "During the meeting in Baku in 2014, Aliyev and Lukashenko signed a treaty.",
        "state:AZE",
        {("state:BLR", "state:AZE", "2014")},
    ),
    ("Putin and Aliyev held a summit in Sochi in 2016.", "state:AZE", {("state:AZE", "state:RUS", "2016")}),
    ("Aliyev was on a state visit to Rome on 5–6 May 2015.", "state:AZE", {("state:AZE", "state:ITA", "2015")}),
    (  # the receiver by surname, the guest a person the dictionaries lack, by his title
        "In 2015 Aliyev received Sirojiddin Muhriddin, the Tajik foreign minister.",
        "state:AZE",
        {("state:TJK", "state:AZE", "2015")},
    ),
]


@pytest.mark.parametrize("text, subject, expected", STATED)
def test_a_leader_at_a_gathering_abroad_is_read_by_surname_or_office(text, subject, expected):
    assert _found(text, subject) == expected


NONE = [
    ("In 2016 Putin held a summit in Sochi.", "state:RUS"),  # the host holds it at home
    ("Aliyev's talks on gas in 2010 were difficult.", "state:AZE"),  # no place
    ("The Azerbaijani president spoke about the talks in Moscow in 2010.", "state:AZE"),  # a topic
    ("Aliyev was on holiday in 2015.", "state:AZE"),
    ("In 2015 Aliyev received an award.", "state:AZE"),
]


@pytest.mark.parametrize("text, subject", NONE)
def test_no_gathering_visit_at_home_without_a_place_or_as_a_topic(text, subject):
    assert _found(text, subject) == set()
