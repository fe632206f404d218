"""Issue 13, defects 2 and 3: the modality a sentence gives any fact (`pipeline/rules/fact_modality.py`). A past act
bounded by 'by <year>' is stated, dated by that year; a future or intended one is a target. A reporting hedge
('reportedly', 'is said to', 'according to some reports') makes every fact type hedged, and only the clause it
frames. Sentences written for these tests in the genre."""

from __future__ import annotations

from tests.helpers import candidates, pick


def _facts(text, fact_type):
    keys = {
        "membership": ("state_id", "organization_id", "date_edtf", "modality"),
        "organization_event": ("organization_id", "event_type", "date_edtf", "modality"),
        "agreement": ("kind", "date_edtf", "modality"),
    }[fact_type]
    return set(pick(candidates(text, fact_type), *keys))


def test_a_past_act_by_a_year_is_stated_and_dated_by_it():
    found = _facts("By 1994 all five states had acceded to the Commonwealth of Independent States.", "membership")
    assert ("state:KAZ", "org:CIS", "1994", None) in found
    found = _facts("By 2001 Uzbekistan had joined the Shanghai Cooperation Organisation.", "membership")
    assert ("state:UZB", "org:SCO", "2001", None) in found
    events = _facts("By 2001 Uzbekistan had joined the Shanghai Cooperation Organisation.", "organization_event")
    assert ("org:SCO", "joined_by", "2001", None) in events
    events = _facts("The Eurasian Economic Community had been founded by 2001.", "organization_event")
    assert ("org:EURASEC", "founded", "2001", None) in events


def test_a_future_or_intended_act_by_a_year_is_no_stated_fact():
    # near-misses: a deadline of an act still to come
    assert not {
        f for f in _facts("Kazakhstan aims to join the World Trade Organization by 2020.", "membership") if f[3] is None
    }
    found = _facts("Kazakhstan will have joined the World Trade Organization by 2016.", "membership")
    assert found and not {f for f in found if f[3] is None}
    found = _facts(
        "The presidents signed an agreement setting a target of establishing the Eurasian Economic Union by 2015.",
        "organization_event",
    )
    assert not {f for f in found if f[1] == "founded" and f[3] is None}


def test_a_reporting_hedge_makes_every_fact_type_hedged():
    found = _facts("Kazakhstan reportedly joined the Eurasian Development Bank in 2009.", "membership")
    assert found == {("state:KAZ", "org:EDB", "2009", "hedged")}
    assert ("org:EDB", "joined_by", "2009", "hedged") in _facts(
        "Kazakhstan reportedly joined the Eurasian Development Bank in 2009.", "organization_event"
    )
    found = _facts("Kazakhstan is said to have joined the Eurasian Development Bank in 2009.", "membership")
    assert found == {("state:KAZ", "org:EDB", "2009", "hedged")}
    found = _facts(
        "According to some reports, Uzbekistan applied for membership of the World Trade Organization in 2020.",
        "membership",
    )
    assert found == {("state:UZB", "org:WTO", "2020", "hedged")}
    found = _facts("The two sides are said to have signed a treaty on friendship in 1998.", "agreement")
    assert ("treaty", "1998", "hedged") in found
    found = _facts("Kazakhstan and Russia allegedly signed a secret protocol in 1996.", "agreement")
    assert found and {f[2] for f in found} == {"hedged"}


def test_a_hedge_frames_only_its_own_clause_and_a_named_source_is_none():
    found = _facts("Kazakhstan joined the OIC in 1995, and apparently Uzbekistan joined the ECO in 1996.", "membership")
    assert ("state:KAZ", "org:OIC", "1995", None) in found
    assert ("state:UZB", "org:ECO", "1996", "hedged") in found
    # near-misses: a named report is a source, and a named speaker's statement is left as stated
    found = _facts("Kazakhstan joined the OIC in 1995, according to a report by the IMF.", "membership")
    assert ("state:KAZ", "org:OIC", "1995", None) in found
    found = _facts("Kazakhstan joined the Shanghai Cooperation Organisation in 2001.", "membership")
    assert ("state:KAZ", "org:SCO", "2001", None) in found


def test_a_hedged_visit_is_published_hedged():
    # a reported visit is hedged, a stated one stated
    for text in (
        "Russian President Vladimir Putin reportedly visited Astana in May 2015.",
        "Russian President Vladimir Putin is said to have visited Astana in May 2015.",
    ):
        assert {c.get("modality") for c in candidates(text, "visit")} == {"hedged"}
    found = candidates("Russian President Vladimir Putin visited Astana in May 2015.", "visit")
    assert {(c.get("visitor_state_id"), c.get("host_state_id")) for c in found} == {("state:RUS", "state:KAZ")}


def test_organisation_events_and_chairs_take_the_hedge_too():
    assert ("org:EDB", "founded", "2006", "hedged") in _facts(
        "The Eurasian Development Bank was reportedly founded in 2006.", "organization_event"
    )
    assert ("org:SCO", "summit_hosted", "2011", "hedged") in _facts(
        "Kazakhstan apparently hosted the summit of the Shanghai Cooperation Organisation in Astana in 2011.",
        "organization_event",
    )
    assert ("org:CIS", "chaired", "2005", "hedged") in _facts(
        "Kazakhstan is believed to have chaired the CIS in 2005.", "organization_event"
    )
    # near-miss: the hedge frames only the coordinated clause it stands in
    assert ("org:CIS", "chaired", "2005", None) in _facts(
        "Kazakhstan chaired the CIS in 2005 and reportedly hosted its summit in Almaty.", "organization_event"
    )
