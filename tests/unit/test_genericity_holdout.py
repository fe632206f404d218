"""The held-out set of tests/unit/genericity_cases.py: sentences of the same families as the tune set (habits,
rules for any member, refusals, requests, sub-bodies' acts, plans called off, forecasts, other events' years), in
other words and entities, written with their expected facts before any rule was changed and never fixed against.
A case the rules still get wrong stays an expected failure, with what they do instead. Scored before the first
change: 5 of 5 expected facts found, 3 facts not expected; at the end: 5 of 5 found, 2 not expected."""

from __future__ import annotations

import pytest

from tests.fact_keys import dated_keys, found_and_unexpected
from tests.unit.genericity_cases import HOLDOUT

OPEN = {
    "Serbia has no intention of joining the North Atlantic Treaty Organization.": "the surface joining rule reads "
    "'no intention of joining' as a planned membership",
    "Mongolia has repeatedly been urged to apply for membership of the Shanghai Cooperation Organisation.": "an "
    "application others urge is read as a proposed application (role applicant, modality proposed)",
}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(t, e, marks=pytest.mark.xfail(strict=True, reason=OPEN[t])) if t in OPEN else (t, e)
        for t, e in HOLDOUT
    ],
)
def test_held_out_sentence_gives_exactly_its_expected_facts(text, expected):
    hits, unexpected = found_and_unexpected(expected, dated_keys(text))
    assert (hits, unexpected) == (len(expected), set())
