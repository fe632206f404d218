"""Foundings and founders: the HOLDOUT set of tests/unit/founding_shapes_cases.py, written with the tune set before
any rule was changed and never fixed against. A case the rules miss stays as a strict xfail, so that a later fix
shows."""

from __future__ import annotations

import pytest

from tests.helpers import founding_keys, xfail_cases
from tests.unit.founding_shapes_cases import HOLDOUT

HOLDOUT_XFAIL = {
    "The Organisation was originally founded in 1985 as": "'founded … as the X', X the body's former name, is not "
    "read as the subject's founding",
    "Meeting near Brest in December 1991": "'a permanent union of sovereign states' does not spell the subject's name",
    "Georgia was among those launching": "'among those launching': the gerund's subject is a pronoun's antecedent",
}


@pytest.mark.parametrize(("text", "subject", "expected"), xfail_cases(HOLDOUT, HOLDOUT_XFAIL))
def test_holdout_case(text, subject, expected):
    assert founding_keys(text, subject) == expected
