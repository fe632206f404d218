"""A state's act on a treaty told by 'did so', an entry into force for named states, and the date an act takes when
a temporal phrase dates another event (pipeline/rules/treaty_acts.py): sentences of the treaty genre written for
these tests or from the dev texts (never from the test texts)."""

from __future__ import annotations

from tests.helpers import candidates, pick


def _agreements(text, subject=None):
    """(kind, parties, date) of every agreement candidate."""
    return {
        (kind, tuple(parties), date)
        for kind, parties, date in pick(candidates(text, "agreement", subject), "kind", "parties", "date_edtf")
    }


def test_did_so_repeats_the_act_of_the_clause_before_for_its_own_subject_and_date():
    found = _agreements("China acceded to the NPT in 1992, and France did so the following year.")
    assert {("treaty", ("state:CHN",), "1992"), ("treaty", ("state:FRA",), "1993")} <= found


def test_doing_so_dates_the_act_of_the_clause_it_hangs_on():
    found = _agreements("Ukraine ratified the Comprehensive Nuclear-Test-Ban Treaty, doing so in 2001.")
    assert ("treaty", ("state:UKR",), "2001") in found


def test_did_so_after_a_denied_act_or_a_membership_states_no_treaty_act():
    assert not _agreements("India refused to sign the NPT, and Pakistan did so too.")
    assert not _agreements("Armenia joined the CSTO in 1994, and Azerbaijan did so in 1996.")
    assert ("treaty", ("state:FRA",), "1993") not in _agreements(
        "China acceded to the NPT in 1992, but France did not do so in 1993."
    )


def test_an_entry_into_force_for_named_states_is_their_treaty_undated():
    found = pick(
        candidates("The treaty entered into force for Kazakhstan on 14 February 1994.", "agreement"),
        "kind",
        "parties",
        "date_edtf",
        "in_force_edtf",
    )
    assert found == [("treaty", ["state:KAZ"], None, "1994-02-14")]


def test_an_entry_into_force_for_two_states_is_one_item_with_both():
    found = _agreements("The TTBT did not enter into force for the US and Soviet Union until 11 December 1990.")
    assert ("treaty", ("state:SUN", "state:USA"), None) in found


def test_an_entry_into_force_planned_or_of_a_body_gives_no_treaty_item():
    assert not _agreements("The treaty will enter into force for Ukraine next year.")
    assert not _agreements("The treaty entered into force in 1970.")


def test_a_date_of_an_event_the_act_follows_does_not_date_the_act():
    found = _agreements("After the collapse of the Soviet Union in 1991, Ukraine acceded to the NPT in 1994.")
    assert ("treaty", ("state:UKR",), "1994") in found
    assert ("treaty", ("state:UKR",), "1991") not in found
    assert _agreements("Following its independence in 1991, Kazakhstan acceded to the NPT.") == {
        ("treaty", ("state:KAZ",), None)
    }


def test_a_since_date_is_the_start_of_the_status_itself():
    assert _agreements("Since 1994, Kazakhstan has been a party to the NPT.") == {("treaty", ("state:KAZ",), "1994")}


def test_doing_so_after_a_ranked_infinitive_dates_the_act():
    found = _agreements("Kazakhstan was the first state in Central Asia to ratify the treaty, doing so in 1994.")
    assert ("treaty", ("state:KAZ",), "1994") in found
    planned = candidates("Kazakhstan plans to ratify the treaty, doing so in 2030.", "agreement")
    assert planned and all(c["modality"] == "planned" for c in planned)


def test_signed_it_is_a_signing_of_the_instrument_named_before():
    text = (
        "The CTBT was opened for signature in 1996. Kazakhstan signed it on 30 September 1996 and ratified it in 2002."
    )
    assert {("treaty", ("state:KAZ",), "1996-09-30"), ("treaty", ("state:KAZ",), "2002")} <= _agreements(text)
    text = "In 1992 Turkmenistan and Iran drafted a friendship treaty. The two countries signed it in 1993."
    assert ("treaty", ("state:IRN", "state:TKM"), "1993") in _agreements(text, "state:TKM")


def test_signed_it_of_a_body_or_denied_is_no_signing():
    assert not _agreements("The CSTO was founded in 2002. Armenia signed it in 2003.")
    # the opening is the instrument's own act (no parties, tests/unit/test_instrument_acts.py); India signed nothing
    assert _agreements("The CTBT was opened for signature in 1996. India did not sign it.") == {("treaty", (), "1996")}
