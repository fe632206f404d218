"""Tours told by a region with their stops named apart, and a state's officials as visitors: sentences invented for
these tests in the genre's wording (none from an evaluation text). Each case: a paragraph, its source's state, and
the visits it states keyed as the evaluation keys them, (visitor state or organisation, host state, year)."""

from __future__ import annotations

import pytest

from tests.helpers import stated_visit_keys as _found

STATED = [
    (
        "In 2011 the Armenian president toured Central Asia, stopping in Tashkent and Dushanbe.",
        "state:ARM",
        {("state:ARM", "state:UZB", "2011"), ("state:ARM", "state:TJK", "2011")},
    ),
    (
        "In 2011 the Armenian president went on a tour of Latin America, stopping in Brazil, Argentina and Uruguay.",
        "state:ARM",
        {("state:ARM", "state:BRA", "2011"), ("state:ARM", "state:ARG", "2011"), ("state:ARM", "state:URY", "2011")},
    ),
    (
        "Xi Jinping's tour of Central Asia in 2013 included Tashkent and Bishkek.",
        "state:CHN",
        {("state:CHN", "state:UZB", "2013"), ("state:CHN", "state:KGZ", "2013")},
    ),
    (
        "In 2015 the Georgian prime minister made a tour of the Baltic, with stops in Riga and Vilnius.",
        "state:GEO",
        {("state:GEO", "state:LVA", "2015"), ("state:GEO", "state:LTU", "2015")},
    ),
    ("Kyrgyz officials visited Seoul several times in 2012.", "state:KGZ", {("state:KGZ", "state:KOR", "2012")}),
    ("In 2016, Armenian officials visited Tehran.", "state:ARM", {("state:ARM", "state:IRN", "2016")}),
]


@pytest.mark.parametrize("text, subject, expected", STATED)
def test_a_tours_stops_and_a_states_officials_are_read(text, subject, expected):
    assert _found(text, subject) == expected


NONE = [
    # a tour not made
    (
        "The Armenian president's planned tour of Central Asia, with stops in Tashkent and Dushanbe, was cancelled.",
        "state:ARM",
    ),
    # a stop at home, or at what is no place
    ("In 2011 the Armenian president toured an exhibition, stopping at the Uzbek pavilion.", "state:ARM"),
    ("The Chinese president's tour of Xinjiang in 2013 included a stop in Urumqi.", "state:KGZ"),
    # 'official' the adjective is no official
    ("The official visit was discussed by Kyrgyz officials in 2012.", "state:KGZ"),
    ("Armenian officials said in 2016 that relations with Iran were good.", "state:ARM"),
]


@pytest.mark.parametrize("text, subject", NONE)
def test_no_stop_without_a_tour_made_abroad(text, subject):
    assert _found(text, subject) == set()


FURTHER = [
    (
        "The Armenian president flew to Moscow and then to Minsk in 2013.",
        "state:ARM",
        {("state:ARM", "state:RUS", "2013"), ("state:ARM", "state:BLR", "2013")},
    ),
    (
        "Sargsyan, who was on a working visit to Moscow, met Putin on 10 March 2014.",
        "state:ARM",
        {("state:ARM", "state:RUS", "2014")},
    ),
    (  # 'then' with no destination of its own adds none
        "The Armenian president flew to Moscow and then returned home in 2013.",
        "state:ARM",
        {("state:ARM", "state:RUS", "2013")},
    ),
    (  # the relative clause's visitor is the one it describes, not the main clause's object
        "Putin met Sargsyan, who was on a working visit to Moscow, on 10 March 2014.",
        "state:RUS",
        {("state:ARM", "state:RUS", "2014")},
    ),
]


@pytest.mark.parametrize("text, subject, expected", FURTHER)
def test_a_second_destination_joined_to_the_first_and_a_visitor_described_by_who(text, subject, expected):
    assert _found(text, subject) == expected
