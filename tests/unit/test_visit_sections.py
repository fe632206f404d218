"""Visits told in a section's frame: a visit with no destination under a heading that names the partner state, a
dated item of a list with no verb, a gathering a leader participated in. Sentences invented for these tests in the
genre's wording (none from an evaluation text). Each case: a paragraph, its source's state, its section heading, and
the visits it states keyed as the evaluation keys them, (visitor state, host state, year)."""

from __future__ import annotations

import pytest

from tests.helpers import stated_visit_keys as _found

STATED = [
    (
        "The Georgian president paid an official visit in 2004.",
        "state:GEO",
        "Russia",
        {("state:GEO", "state:RUS", "2004")},
    ),
    (
        "During his 2016 visit, Mirziyoyev signed a water agreement.",
        "state:UZB",
        "Tajikistan",
        {("state:UZB", "state:TJK", "2016")},
    ),
    (
        "2004 – official visit of President Ilham Aliyev to Moscow.",
        "state:AZE",
        None,
        {("state:AZE", "state:RUS", "2004")},
    ),
    (
        "In 2012 Aliyev participated in the summit held in Ashkelon, Israel.",
        "state:AZE",
        None,
        {("state:AZE", "state:ISR", "2012")},
    ),
    (  # no venue named: the occasion's own state
        "In 2016 Aliyev attended the funeral of Uzbek President Islam Karimov.",
        "state:AZE",
        None,
        {("state:AZE", "state:UZB", "2016")},
    ),
    (
        "In 2014 the Armenian president attended the inauguration of the Turkish president.",
        "state:ARM",
        None,
        {("state:ARM", "state:TUR", "2014")},
    ),
    (
        "The Mongolian prime minister participated in the forum in Vladivostok in 2017.",
        "state:MNG",
        None,
        {("state:MNG", "state:RUS", "2017")},
    ),
]


@pytest.mark.parametrize("text, subject, heading, expected", STATED)
def test_a_visit_framed_by_its_section_is_read(text, subject, heading, expected):
    assert _found(text, subject, heading) == expected


NONE = [
    ("The Georgian president paid an official visit in 2004.", "state:GEO", None),  # whither unsaid
    ("The Georgian president paid an official visit in 2004.", "state:GEO", "Economy"),  # a heading of no state
    ("2004 – planned visit of President Ilham Aliyev to Moscow.", "state:AZE", None),
    ("In 2012 Aliyev participated in talks on Afghanistan.", "state:AZE", None),  # no gathering's place
    ("In 2012 Aliyev participated in the summit in Baku.", "state:AZE", None),  # at home
]


@pytest.mark.parametrize("text, subject, heading", NONE)
def test_no_visit_without_a_destination_the_frame_gives(text, subject, heading):
    assert _found(text, subject, heading) == set()
