"""Visits read from their context: a visit returned goes to the state of the visitor whose trip is returned (not the
state the source is about), a 'he' after a leader known by office is that leader, 'the two presidents' the pair just
named, 'there' is the place just named, a destination's bracketed year dates its own trip, and a 'since' year bounds
a trip without dating it. Sentences invented for these tests in the genre's wording (none from an evaluation text).
Each case: a paragraph, its source's state, its section heading, and the visits it states keyed as the evaluation
keys them, (visitor state, host state, year)."""

from __future__ import annotations

import pytest

from tests.helpers import stated_visit_keys as _found

STATED = [
    (
        "Aliyev visited Ankara in 2010; Erdoğan returned the visit in 2011.",
        "state:GEO",  # an article on a third state: the host is still Azerbaijan
        None,
        {("state:AZE", "state:TUR", "2010"), ("state:TUR", "state:AZE", "2011")},
    ),
    (
        "The Georgian president visited Azerbaijan in March, and the Azerbaijani president returned the visit in "
        "October.",
        "state:GEO",
        "2011",
        {("state:GEO", "state:AZE", "2011"), ("state:AZE", "state:GEO", "2011")},
    ),
    (
        "President Aliyev visited Ankara in 2003. Turkish President Sezer paid a return visit in 2004.",
        "state:GEO",
        None,
        {("state:AZE", "state:TUR", "2003"), ("state:TUR", "state:AZE", "2004")},
    ),
    (
        "Rahmon went to Tashkent in 2018, and Mirziyoyev reciprocated the visit later that year.",
        "state:TJK",
        None,
        {("state:TJK", "state:UZB", "2018"), ("state:UZB", "state:TJK", "2018")},
    ),
    ("Sezer paid a return visit to Baku in 2004.", "state:GEO", None, {("state:TUR", "state:AZE", "2004")}),
]


@pytest.mark.parametrize("text, subject, heading, expected", STATED)
def test_a_returned_visit_goes_to_the_earlier_visitors_state(text, subject, heading, expected):
    assert _found(text, subject, heading) == expected


NONE = [
    ("Erdoğan is expected to return the visit in 2012.", "state:AZE"),  # still to come
    ("Erdoğan did not return the visit.", "state:AZE"),  # denied
    ("In 2012 Aliyev returned to Baku.", "state:AZE"),  # a return home is no visit
]


@pytest.mark.parametrize("text, subject", NONE)
def test_no_returned_visit_to_come_denied_or_home(text, subject):
    assert _found(text, subject) == set()


CONTEXT = [
    (
        "In 2019 the Armenian prime minister hosted the Georgian prime minister in Yerevan, and in 2020 he visited "
        "Tbilisi.",
        "state:ARM",
        {("state:GEO", "state:ARM", "2019"), ("state:ARM", "state:GEO", "2020")},
    ),
    (
        "The Armenian and Georgian prime ministers met in 2019, and in 2020 he visited Tbilisi.",
        "state:ARM",
        set(),  # 'he' is either of two
    ),
    (
        "Rahmon's first trip to Uzbekistan since 2000 took place in March 2018.",
        "state:TJK",
        {("state:TJK", "state:UZB", "2018")},
    ),
    (
        "The Chinese premier's first visit to Bishkek since 2009 came in 2016.",
        "state:KGZ",
        {("state:CHN", "state:KGZ", "2016")},
    ),
]


CONTEXT += [
    (
        "Rahmon visited Baku in 2010 and went there again in 2012.",
        "state:TJK",
        {("state:TJK", "state:AZE", "2010"), ("state:TJK", "state:AZE", "2012")},
    ),
    (
        "Rahmon visited China in 2014. In 2019 he went there again.",
        "state:TJK",
        {("state:TJK", "state:CHN", "2014"), ("state:TJK", "state:CHN", "2019")},
    ),
    (
        "The Tajik president visited China and Japan in 2014. In 2019 he went there again.",
        "state:TJK",
        {("state:TJK", "state:CHN", "2014"), ("state:TJK", "state:JPN", "2014")},  # 'there' is either
    ),
    ("Rahmon visited China in 2014. In 2019 he lived there.", "state:TJK", {("state:TJK", "state:CHN", "2014")}),
    (  # 'the two presidents': a pair named by a leaders' surname and a person
        "In 2013 Sargsyan held talks with Putin. In 2014 the two presidents met in Sochi.",
        "state:ARM",
        {("state:ARM", "state:RUS", "2014")},
    ),
    ("The two presidents met in Sochi in 2014.", "state:ARM", set()),  # a pair never named
    ("In 2013 Aliyev praised Baku. In 2014 the two presidents met in Sochi.", "state:AZE", set()),  # one named
    (
        "Aliyev paid official visits to Paris (2005), Berlin (2007) and Rome (2010).",
        "state:AZE",
        {("state:AZE", "state:FRA", "2005"), ("state:AZE", "state:DEU", "2007"), ("state:AZE", "state:ITA", "2010")},
    ),
]


@pytest.mark.parametrize("text, subject, expected", CONTEXT)
def test_a_leader_known_by_office_is_he_and_a_since_year_dates_no_trip(text, subject, expected):
    assert _found(text, subject) == expected
