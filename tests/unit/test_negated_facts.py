"""Issue 13, defect 4: negated statements state no fact (the codebook annotates none), on every fact type; but a
negation bounded by 'until' a date ('did not become a member until 2015') states the act at that date
(`stance.not_until`). Sentences written for these tests in the genre."""

from __future__ import annotations

import pytest

from tests.helpers import candidates, pick

NO_MEMBERSHIP = [
    "Turkmenistan never joined the Collective Security Treaty Organization.",
    "Uzbekistan has not yet joined the Eurasian Economic Union.",
    "Kazakhstan refused to join the Eurasian Customs Union in 2010.",
    "In 2012 Uzbekistan withdrew its application to the Eurasian Economic Community.",
    "Turkmenistan was denied membership of the Shanghai Cooperation Organisation in 2005.",
    "Turkmenistan remains outside the Collective Security Treaty Organization.",
    "Turkmenistan is not a member of the Collective Security Treaty Organization.",
    "Turkmenistan has never been a member of the CSTO.",
]


@pytest.mark.parametrize("text", NO_MEMBERSHIP)
def test_a_negated_membership_is_no_fact_of_any_type(text):
    found = candidates(text)
    assert not [c for c in found if c.get("role") in ("member", "applicant", "candidate")]
    assert not [c for c in found if c.get("event_type") == "joined_by"]


def test_not_until_a_date_is_the_act_at_that_date():
    text = "Kazakhstan did not become a member of the World Trade Organization until 2015."
    assert ("state:KAZ", "org:WTO", "member", "2015") in set(
        pick(candidates(text, "membership"), "state_id", "organization_id", "role", "date_edtf")
    )
    text = "Uzbekistan did not join the Eurasian Economic Community until January 2006."
    assert ("org:EURASEC", "joined_by", "state:UZB", "2006-01") in set(
        pick(candidates(text, "organization_event"), "organization_id", "event_type", "state_id", "date_edtf")
    )
    text = "The Eurasian Economic Union was not established until 2015."
    assert ("org:EAEU", "founded", "2015") in set(
        pick(candidates(text, "organization_event"), "organization_id", "event_type", "date_edtf")
    )
    found = pick(
        candidates("Kazakhstan did not sign the Treaty on Collective Security until 1994.", "agreement"), "date_edtf"
    )
    assert ("1994",) in found


def test_other_negations_of_other_types_stay_no_fact():
    # near-misses: a negation with no 'until', or 'until' bounding a state of affairs that is not negated
    assert not candidates("Turkmenistan never signed the Treaty on Collective Security.", "agreement")
    assert not candidates("Turkmenistan refused to sign the Treaty on Collective Security.", "agreement")
    assert not candidates("President Nazarbayev never visited Ashgabat.", "visit", "state:KAZ")
    assert not candidates("Turkmenistan did not join the CSTO in 2006.", "membership")
