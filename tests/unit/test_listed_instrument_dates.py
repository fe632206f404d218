"""An instrument listed after a signing verb's first object is the verb's too, however long the first one's name,
and keeps the date told after it: 'Moldova and Romania
signed a basic treaty in 2000, and an agreement on the gas pipeline in 2013' (the 2013 agreement, not 2000).
Sentences written for these tests in the genre of 'Foreign relations of <country>' articles; the near-misses keep
the one date the verb takes (a single instrument whose entry into force is dated after it, an undated second)."""

from __future__ import annotations

import pytest

from tests.helpers import stated_agreements


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "state:MDA",
            "Moldova and Romania signed a basic treaty in 2000, and an agreement on the Iasi–Ungheni gas pipeline in "
            "2013.",
            {("treaty", ("state:MDA", "state:ROU"), "2000"), ("agreement", ("state:MDA", "state:ROU"), "2013")},
        ),
        (
            "state:GEO",
            "Georgia and Azerbaijan signed a treaty of friendship in 1996 and a free trade agreement in 1998.",
            {("treaty", ("state:AZE", "state:GEO"), "1996"), ("agreement", ("state:AZE", "state:GEO"), "1998")},
        ),
        (
            "state:AUT",
            "Austria and Switzerland signed a double taxation convention in 1974, and a protocol amending it on "
            "21 March 2006.",
            {
                ("convention", ("state:AUT", "state:CHE"), "1974"),
                ("protocol", ("state:AUT", "state:CHE"), "2006-03-21"),
            },
        ),
        (
            "state:MNG",
            "Mongolia and China signed a treaty of friendly relations and cooperation in 1994 and a strategic "
            "partnership declaration in 2011.",
            {("treaty", ("state:CHN", "state:MNG"), "1994"), ("declaration", ("state:CHN", "state:MNG"), "2011")},
        ),
    ],
)
def test_a_later_instrument_of_the_list_keeps_its_own_date(subject, text, expected):
    assert stated_agreements(text, subject) == expected


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "state:MNG",
            "Mongolia and China signed a treaty of friendship in 1994 that entered into force in 1995.",
            {("treaty", ("state:CHN", "state:MNG"), "1994")},
        ),
        (
            "state:BLR",
            "Belarus and Russia signed a union treaty in 1999 and an agreement on customs.",
            {("treaty", ("state:BLR", "state:RUS"), "1999"), ("agreement", ("state:BLR", "state:RUS"), "1999")},
        ),
    ],
)
def test_one_date_for_the_verb_otherwise(subject, text, expected):
    assert stated_agreements(text, subject) == expected
