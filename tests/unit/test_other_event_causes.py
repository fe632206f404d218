"""A year inside a phrase that gives another event as the cause or the time of an act ('in response to the Indian
nuclear test of 1974', 'as a result of the dissolution of the Soviet Union in 1991', "after India's nuclear test in
1974") is that event's, never the act's (codebook §4); a 'since' phrase is the start of the state it opens. Sentences
written for these tests in the genre; see tests/unit/genericity_cases.py for the tune and held-out sets."""

from __future__ import annotations

import pytest

from tests.helpers import candidates, event_keys


@pytest.mark.parametrize(
    "text, org",
    [
        ("The Nuclear Suppliers Group was set up after India's nuclear test in 1974.", "org:NSG"),
        (
            "The Commonwealth of Independent States was established as a result of the dissolution of the Soviet "
            "Union in 1991.",
            "org:CIS",
        ),
        ("The Nuclear Suppliers Group was formed in response to the Indian nuclear test of 1974.", "org:NSG"),
        ("The Economic Cooperation Organization was created because of the oil crisis of 1973.", "org:ECO"),
    ],
)
def test_the_year_of_a_cause_or_an_earlier_event_does_not_date_a_founding(text, org):
    assert not [k for k in event_keys(text) if k[0] == org and k[1] == "founded" and k[4] is not None]


def test_the_acts_own_year_beside_another_events_stays():
    text = "The Economic Cooperation Organization was founded in 1985, six years after the Iranian revolution of 1979."
    assert ("org:ECO", "founded", None, None, "1985") in event_keys(text)
    text = "In response to the crisis, Kazakhstan joined the Eurasian Economic Community in 2001."
    assert ("org:EURASEC", "joined_by", "state:KAZ", None, "2001") in event_keys(text)


def test_since_an_event_dates_the_state_it_opens():
    found = candidates("Russia has been a member of the G8 since the Denver Summit in June 1997.", "membership", None)
    assert ("state:RUS", "org:G8", "1997-06") in {(c["state_id"], c["organization_id"], c["date_edtf"]) for c in found}
