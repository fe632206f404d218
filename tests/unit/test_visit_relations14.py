"""The visits of sentences modelled on 'Foreign relations of X' and bilateral-relations articles
(tests/unit/visit_relations_cases14.py): the tuning set read as expected, the held-out set as far as the rules meet it,
its misses strict xfails so that a fix shows."""

from __future__ import annotations

import pytest

from tests.helpers import provisional_id, visitor_keys, xfail_cases
from tests.unit import visit_relations_cases14 as cases

KNOWN = {
    "Sooronbay Jeenbekov chose Moscow": "'chose Moscow for his first trip abroad' is read as no visit",
    "In 2019 Rahmon went to Beijing": "the date is read as the 'since 2014' of the apposition and dropped: undated",
    "Rahmon and Karimov held a meeting": "a meeting 'on the sidelines of' a summit held by its subjects is no visit",
    "Nazarbayev went to Seoul in 1995": "'went to Seoul in 1995, 2003 and 2009' gives the first year only",
    "Pakistani Prime Minister Imran Khan landed": "'landed in' is no verb of travel the rules know",
    "At the invitation of Rahmon, Erdoğan": "'At the invitation of Rahmon, Erdoğan visited Tajikistan' is read as no visit",
    "The Kazakh and Uzbek presidents took part": "'took part in the celebrations in Dushanbe' by leaders known by office"
    " is read as no visit",
    "Deputy Prime Minister Yerbol Orynbayev led": "'led the Kazakh delegation to the forum in Tokyo' is read as no visit",
    "Diplomatic relations were established in 1992, and": "the visit 'in May of the following year' is read twice, "
    "also dated 1992",
    "Travelling to Astana in 2011, Medvedev": "a participle of travel opening the sentence is read as no visit",
    "Rahmon is due to visit": "'is due to visit' is read as no visit (not as planned)",
    "Mirziyoyev's trip to Washington, announced": "'was put off' is not read as called off: a planned visit",
    "Foreign Minister Kamilov visited": "'Kamilov' alone, without his full name before, is no person: no visitor",
}
"""The held-out cases the rules do not meet (scored at the end of the vis14 work, not fixed against)."""


def _expected(expected: set) -> set:
    return {(provisional_id(v), *rest) for v, *rest in expected}


ROUNDS = (
    "",
    "_VISITORS",
    "_SHAPES",
    "_CONTEXT",
    "_MORE",
    "_SECTIONS",
    "_LONG",
    "_COMPANY",
    "_MODAL",
    "_PERSONS_VISITED",
)
TUNE = [case for r in ROUNDS for case in getattr(cases, f"TUNE{r}")]
HOLDOUT = [case for r in ROUNDS for case in getattr(cases, f"HOLDOUT{r}")]


@pytest.mark.parametrize("text, subject, heading, expected", TUNE)
def test_a_visit_told_as_relations_articles_tell_it_is_read(text, subject, heading, expected):
    assert visitor_keys(text, subject, heading) == _expected(expected)


@pytest.mark.parametrize("text, subject, heading, expected", xfail_cases(HOLDOUT, KNOWN))
def test_a_held_out_visit_told_as_relations_articles_tell_it_is_read(text, subject, heading, expected):
    assert visitor_keys(text, subject, heading) == _expected(expected)
