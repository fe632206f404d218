"""A leader told as being in a city abroad for a gathering, a trip named by its destination before the noun ('the
Moscow visit'), and a gapped second destination or meeting place ('and in 2011 to Cyprus', 'met in Baku, and in 2018
in Tehran'): sentences invented for these tests in the genre's wording (none from an evaluation text). Each case: a
paragraph, its source's state, and the visits it states keyed as the evaluation keys them, (visitor state, host state,
year)."""

from __future__ import annotations

import pytest

from tests.helpers import stated_visit_keys as _found

STATED = [
    ("Ilham Aliyev was in Tbilisi on 12 June 2015 for talks.", "state:AZE", {("state:AZE", "state:GEO", "2015")}),
    (
        "Kyrgyz Foreign Minister Erlan Abdyldayev was in Beijing in 2014 for the opening of the embassy.",
        "state:KGZ",
        {("state:KGZ", "state:CHN", "2014")},
    ),
    (
        "The Kyrgyz president was in Moscow in May 2015 for the Victory Day parade.",
        "state:KGZ",
        {("state:KGZ", "state:RUS", "2015")},
    ),
    ("Atambayev's Moscow visit in 2012 produced a debt deal.", "state:KGZ", {("state:KGZ", "state:RUS", "2012")}),
    (
        "The Georgian prime minister's Brussels trip in 2016 brought a visa deal.",
        "state:GEO",
        {("state:GEO", "state:BEL", "2016")},
    ),
    (
        "In 2016 Aliyev and Rouhani met in Baku, and in 2018 in Tehran.",
        "state:AZE",
        {("state:IRN", "state:AZE", "2016"), ("state:AZE", "state:IRN", "2018")},
    ),
    (  # a second 'in' that names no place is no second meeting
        "In 2016 Aliyev and Rouhani met in Baku, and in 2018 in their capacity as mediators.",
        "state:IRN",
        {("state:IRN", "state:AZE", "2016")},
    ),
    (
        "Aliyev and Rouhani met in Baku in 2016 and in Tehran in 2018.",
        "state:AZE",
        {("state:IRN", "state:AZE", "2016"), ("state:AZE", "state:IRN", "2018")},
    ),
    (
        "In 2010, Sargsyan paid an official visit to Greece, and in 2011 to Cyprus.",
        "state:ARM",
        {("state:ARM", "state:GRC", "2010"), ("state:ARM", "state:CYP", "2011")},
    ),
]


@pytest.mark.parametrize("text, subject, expected", STATED)
def test_a_stay_abroad_or_a_trip_named_by_its_place_is_a_visit(text, subject, expected):
    assert _found(text, subject) == expected


NONE = [
    ("Aliyev was in power in 2003.", "state:AZE"),  # a state of affairs, no place
    ("In 2014 the Kyrgyz president was in Moscow.", "state:KGZ"),  # no purpose: not said to be a visit
    ("In 2015 the Georgian ambassador was in Baku.", "state:GEO"),  # an envoy lives where he is posted
    ("Saakashvili was in Ukraine as governor of Odesa in 2015.", "state:GEO"),  # an office held abroad
    ("Aliyev was in Baku in 2015.", "state:AZE"),  # at home
    ("The Armenian president will be in Moscow in May 2016.", "state:ARM"),  # still to come
    ("Putin's Sochi visit in 2016 was a holiday.", "state:RUS"),  # a trip at home
]


@pytest.mark.parametrize("text, subject", NONE)
def test_no_visit_from_a_stay_at_home_an_office_or_a_stay_to_come(text, subject):
    assert _found(text, subject) == set()
