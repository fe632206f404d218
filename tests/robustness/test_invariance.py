"""The held-out half of the invariance harness (tests/robustness/invariance.py) stays as invariant as measured: a dev
or seed sentence whose facts are found reads the same with another UN member's name in place of a state's, another
organisation's in place of one, or its years shifted. Rates, not counts: more texts or gold change the sentences,
not the bar."""

import pytest

from tests.robustness import invariance

MEASURED = {"state": (0.974, "503/516"), "org": (0.988, "89/90"), "year": (1.0, "103/103")}
"""Held-out invariance measured on branch chk14 (2026-12-06), each rate rounded down."""


@pytest.mark.slow
def test_held_out_sentences_read_the_same_with_other_names_and_years():
    measured = invariance.rates(invariance.run("heldout"))
    for kind, (bar, counts) in MEASURED.items():
        ok, n = measured[(kind, "all")]
        assert n >= 30, f"too few held-out {kind} perturbations to measure ({n})"
        assert ok / n >= bar, (
            f"held-out {kind} invariance {ok}/{n} = {ok / n:.3f}, below the {bar:.3f} ({counts}) measured on branch"
            " chk14; run `python -m tests.robustness.invariance` (it prints the tune half's failures with --failures)"
        )
