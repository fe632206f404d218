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


@pytest.mark.parametrize(
    "text, key",
    [
        (
            "A year after its independence in 1991, Turkmenistan joined the United Nations.",
            ("org:UN", "joined_by", "state:TKM", None, "1992"),
        ),
        (
            "Ten years after it was founded in 2001, the Shanghai Cooperation Organisation held its summit in Astana.",
            ("org:SCO", "summit_hosted", "state:KAZ", None, "2011"),
        ),
        (
            "Two years before the Soviet collapse in 1991, Hungary joined the International Monetary Fund.",
            ("org:IMF", "joined_by", "state:HUN", None, "1989"),
        ),
    ],
)
def test_an_act_a_span_after_or_before_another_event_takes_the_year_counted(text, key):
    found = event_keys(text)
    assert key in found
    assert not [k for k in found if k[:3] == key[:3] and k[4] != key[4]]


@pytest.mark.xfail(
    strict=True,
    reason="the parse rules keep another event's year when no span is told: a visit is dated by the talks it "
    "followed ('Following talks in Ankara in 2015, … signed'), and the parse cannot tell talks from independence",
)
def test_another_events_year_with_no_span_leaves_the_act_undated_or_its_own():
    found = candidates("After its independence in 1991, Turkmenistan joined the United Nations.", "membership", None)
    assert [c.get("date_edtf") for c in found if c["organization_id"] == "org:UN"] in ([None], [])
