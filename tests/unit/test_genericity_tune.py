"""The tune set of tests/unit/genericity_cases.py: rules, habits, wishes, refusals, given-up plans and sub-bodies'
acts in treaty, organisation and foreign-relations prose state no fact, or another one (a third party's wish is a
proposal), and the plain statements beside them keep theirs. The rules were fixed against these sentences."""

from __future__ import annotations

import pytest

from tests.fact_keys import dated_keys, found_and_unexpected
from tests.unit.genericity_cases import TUNE

OPEN = {
    "Critics argue that the treaty created two classes of states.": "the amount rules read 'two classes' as a "
    "count of states (left to the amount rules' owners)",
    "The Nuclear Suppliers Group was formed in response to the Indian nuclear test of 1974.": "the founding is "
    "now undated, and the founding rules keep no undated founding outside the organisation's own article",
    "The first resident representative of the International Monetary Fund arrived in Almaty in 1993.": "the "
    "visit rules read a resident representative's arrival as the organisation's visit (left to their owners)",
}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(t, e, marks=pytest.mark.xfail(strict=True, reason=OPEN[t])) if t in OPEN else (t, e)
        for t, e in TUNE
    ],
)
def test_tune_sentence_gives_exactly_its_expected_facts(text, expected):
    hits, unexpected = found_and_unexpected(expected, dated_keys(text))
    assert (hits, unexpected) == (len(expected), set())
