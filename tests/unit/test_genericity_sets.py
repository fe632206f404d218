"""The two sets of tests/unit/genericity_cases.py. The tune set: rules, habits, wishes, refusals, given-up plans and
sub-bodies' acts in treaty, organisation and foreign-relations prose state no fact, or another one (a third party's
wish is a proposal), and the plain statements beside them keep theirs; the rules were fixed against it.

The held-out set: sentences of the same families (habits, rules for any member, refusals, requests, sub-bodies'
acts, plans called off, forecasts, other events' years) in other words and entities, written with their expected
facts before any rule was changed and never fixed against. A case the rules still get wrong stays a strict expected
failure, with what they do instead. Scored before the first change: 5 of 5 expected facts found, 3 facts not
expected; after the main changes: 5 of 5 found, 2 not expected; at the end: 5 of 5 found, 1 not expected (the
case of 'no intention of joining' passed once 'no plans to', 'no interest in', 'no desire to' were read as denied
from the tune set)."""

from __future__ import annotations

import pytest

from tests.unit.genericity_cases import HOLDOUT, TUNE, assert_exact, params

TUNE_STILL_WRONG = {
    "Ten years after it was founded in 2001, the Shanghai Cooperation Organisation held its summit in Astana.": "the "
    "founding told of 'it' before the organisation is named is not read (the summit's year is resolved, 2011)",
    "Critics argue that the treaty created two classes of states.": "the amount rules read 'two classes' as a "
    "count of states (left to the amount rules' owners)",
    "The Nuclear Suppliers Group was formed in response to the Indian nuclear test of 1974.": "the founding is "
    "now undated, and the founding rules keep no undated founding outside the organisation's own article",
    "The first resident representative of the International Monetary Fund arrived in Almaty in 1993.": "the "
    "visit rules read a resident representative's arrival as the organisation's visit (left to their owners)",
}
HELD_OUT_STILL_WRONG = {
    "Mongolia has repeatedly been urged to apply for membership of the Shanghai Cooperation Organisation.": "an "
    "application others urge is read as a proposed application (role applicant, modality proposed)",
}


@pytest.mark.parametrize("text, expected", params(TUNE, TUNE_STILL_WRONG))
def test_tune_sentence_gives_exactly_its_expected_facts(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize("text, expected", params(HOLDOUT, HELD_OUT_STILL_WRONG))
def test_held_out_sentence_gives_exactly_its_expected_facts(text, expected):
    assert_exact(text, expected)
