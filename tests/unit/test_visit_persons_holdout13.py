"""A held-out set of visits by officials the person dictionary lacks (the vis13 work), written with the expected
facts before the pipeline ran on them and never fixed against: other states, titles and wordings than the tuning
set's (`test_visit_persons_tune13.py`). Each case: a paragraph, its source's state, and the visits it states keyed
as (visitor, visitor state, host state, year, modality), a visitor the dictionary lacks written `new:<Full Name>`.

Scored before the first change: 0 of the 10 expected facts found exactly (8 of their keys without the visitor), 8
found that were not expected (those keys with no visitor); at the end: 6 of 10 exactly (9 keys), 3 not expected
(the same visits with no or a cut visitor), none with an unexpected key. Since the vis14 work ('led a parliamentary
delegation to Seoul', a delegation's destination the parse hangs on the verb that led it) 7 of 10."""

from __future__ import annotations

import pytest

from tests.helpers import provisional_id, visitor_keys, xfail_cases

HOLDOUT = [
    (
        "Kuwaiti Prime Minister Jaber Al-Mubarak Al-Sabah arrived in Ashgabat on an official visit in 2014.",
        "state:TKM",
        {("new:Jaber Al-Mubarak Al-Sabah", "state:KWT", "state:TKM", "2014", None)},
    ),
    (
        "In March 2011 the Georgian Foreign Minister Grigol Vashadze travelled to Baku.",
        "state:AZE",
        {("new:Grigol Vashadze", "state:GEO", "state:AZE", "2011", None)},
    ),
    (
        "Mongolian Foreign Minister Lundeg Purevsuren went to Astana in 2015 for talks.",
        "state:KAZ",
        {("new:Lundeg Purevsuren", "state:MNG", "state:KAZ", "2015", None)},
    ),
    (
        "South Korean Prime Minister Lee Nak-yon paid a three-day visit to Tashkent in 2019.",
        "state:UZB",
        {("new:Lee Nak-yon", "state:KOR", "state:UZB", "2019", None)},
    ),
    (
        "Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani visited Bishkek in 2018.",
        "state:KGZ",
        {("new:Mohammed bin Abdulrahman Al Thani", "state:QAT", "state:KGZ", "2018", None)},
    ),
    (
        "Tokayev received Thai Prime Minister Prayut Chan-o-cha in Nur-Sultan in 2019.",
        "state:KAZ",
        {("new:Prayut Chan-o-cha", "state:THA", "state:KAZ", "2019", None)},
    ),
    (
        "Deputy Foreign Minister Vepa Hajiyev led a delegation to Kuala Lumpur in 2016.",
        "state:TKM",
        {("new:Vepa Hajiyev", "state:TKM", "state:MYS", "2016", None)},
    ),
    (
        "Afghan Foreign Minister Zalmai Rassoul visited Dushanbe in 2011. Later that year he travelled to Ashgabat.",
        "state:TJK",
        {
            ("new:Zalmai Rassoul", "state:AFG", "state:TJK", "2011", None),
            ("new:Zalmai Rassoul", "state:AFG", "state:TKM", "2011", None),
        },
    ),
    (
        "Turkmenistan has invited Thai Foreign Minister Don Pramudwinai to visit Ashgabat.",
        "state:TKM",
        {("new:Don Pramudwinai", "state:THA", "state:TKM", None, "proposed")},
    ),
    ("Business travellers from South Korea visiting Ashgabat need a visa since 2015.", "state:TKM", set()),
]


KNOWN = {
    "South Korean Prime Minister Lee Nak-yon": "the hyphenated name is read as no person: the visit has no visitor",
    "Qatari Foreign Minister Mohammed": "the name is cut before 'Al Thani'",
    "Tokayev received Thai Prime Minister": "'Prayut Chan-o-cha' is read as no person: the visit has no visitor",
}
"""The held-out cases the rules do not meet (scored at the end of the vis13 work, not fixed against)."""


@pytest.mark.parametrize("text, subject, expected", xfail_cases(HOLDOUT, KNOWN))
def test_a_held_out_visit_by_an_unlisted_official_is_read(text, subject, expected):
    assert visitor_keys(text, subject) == {(provisional_id(v), *rest) for v, *rest in expected}
