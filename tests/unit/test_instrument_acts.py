"""An instrument's own dated acts with no parties (pipeline/rules/instrument_acts.py, named_instruments.py): a named
treaty adopted, opened for signature, concluded or signed with no signer named, and a treaty named with its year.
Sentences of the treaty genre written for these tests or from the dev texts (never from the test texts)."""

from __future__ import annotations

from tests.helpers import candidates, pick


def _agreements(text, subject=None):
    """(kind, parties, date) of every agreement candidate."""
    return {
        (kind, tuple(parties), date)
        for kind, parties, date in pick(candidates(text, "agreement", subject), "kind", "parties", "date_edtf")
    }


def test_a_named_treaty_adopted_on_a_date_is_an_agreement_with_no_parties():
    found = _agreements(
        "On 10 September 1996, the Comprehensive Test-Ban Treaty (CTBT) was adopted by a large majority."
    )
    assert ("treaty", (), "1996-09-10") in found
    found = _agreements("The Chemical Weapons Convention was adopted in Geneva on 3 September 1992 after long talks.")
    assert ("convention", (), "1992-09-03") in found


def test_a_treaty_opened_for_signature_is_dated_by_its_opening():
    assert _agreements("The NPT was opened for signature in 1968.") == {("treaty", (), "1968")}
    found = _agreements(
        "The Comprehensive Nuclear-Test-Ban Treaty is a multilateral treaty. "
        "It opened for signature in New York on 24 September 1996, when it was signed by 71 States."
    )
    assert ("treaty", (), "1996-09-24") in found
    found = _agreements("The Secretary-General opened the Treaty of Pelindaba for signature on 11 April 1996.")
    assert ("treaty", (), "1996-04-11") in found


def test_the_treaty_refers_to_the_instrument_the_previous_sentence_names():
    found = _agreements(
        "The Treaty of Tlatelolco prohibits nuclear weapons in Latin America. "
        "The treaty was concluded in 1967 and entered into force in 1969."
    )
    assert ("treaty", (), "1967") in found


def test_a_signing_with_its_signers_keeps_them_and_adds_no_partyless_item():
    found = _agreements("The Treaty of Kars was signed by Turkey and Armenia in 1921.")
    assert ("treaty", (), "1921") not in found
    assert any(parties for _, parties, _ in found)


def test_an_unnamed_planned_or_negated_instrument_gives_no_partyless_item():
    assert not _agreements("A treaty to be signed in 2020 was discussed.")
    assert not _agreements("Talks on a treaty banning tests began in 1958.")
    assert not _agreements("The treaty was signed in 1992.")
    assert not _agreements("The Treaty of Semipalatinsk will be opened for signature in 2030.")
    assert not _agreements("The CTBT was not adopted in 1995.")
    assert not _agreements("The CTBT was adopted by the General Assembly.")  # no date: no item


def test_a_treaty_only_mentioned_gives_no_item():
    assert not _agreements("The CTBT bans all nuclear explosions.")
    assert not _agreements("Kazakhstan supports the goals of the Comprehensive Nuclear-Test-Ban Treaty.")


def test_a_treaty_named_with_its_year_is_an_agreement_of_that_year():
    found = _agreements(
        "These states are also parties to the Nuclear Non-proliferation Treaty (NPT) of 1968, which bans the spread."
    )
    assert ("treaty", (), "1968") in found
    found = _agreements("The test ban was a goal of the 1963 Partial Test Ban Treaty and later efforts.")
    assert ("treaty", (), "1963") in found


def test_a_treaty_named_with_its_year_and_states_keeps_its_parties():
    found = _agreements("The 1992 Treaty of Friendship between Turkmenistan and Russia remains the basis of relations.")
    assert ("treaty", ("state:RUS", "state:TKM"), "1992") in found
    assert ("treaty", (), "1992") not in found


def test_a_founding_instrument_with_its_year_is_not_an_instrument_with_no_parties():
    text = "Kazakhstan was a founder member of the CSTO, originally established by the Tashkent Declaration of 1992."
    assert ("declaration", (), "1992") not in _agreements(text)


def test_a_second_instrument_of_the_same_act_keeps_its_own_date():
    assert {("treaty", ("state:KAZ",), "1993"), ("treaty", ("state:KAZ",), "1996")} <= _agreements(
        "Kazakhstan signed the NPT in 1993 and the CTBT in 1996."
    )
    assert {("treaty", ("state:KAZ",), "1993"), ("treaty", ("state:KAZ",), "2002")} <= _agreements(
        "Kazakhstan ratified the NPT in 1993 and the CTBT in 2002."
    )
    assert {("treaty", ("state:KAZ",), "1993"), ("treaty", ("state:KAZ",), "2002")} <= _agreements(
        "Kazakhstan acceded to the NPT in 1993 and to the CTBT in 2002."
    )


def test_instruments_sharing_one_date_both_take_it():
    found = pick(candidates("Ukraine ratified the NPT and the CTBT in 2001.", "agreement", None), "name", "date_edtf")
    assert {("NPT", "2001"), ("CTBT", "2001")} <= set(found)


def test_a_second_object_that_is_no_instrument_or_a_denied_act_gives_no_item():
    found = _agreements("Kazakhstan ratified the NPT in 1993 and hosted a conference in 1995.")
    assert ("treaty", ("state:KAZ",), "1995") not in found
    assert not _agreements("Kazakhstan did not ratify the NPT in 1993 or the CTBT in 1996.")


def test_an_organisation_creating_a_named_convention_is_no_party_to_it():
    found = _agreements("FAO created the International Plant Protection Convention or IPPC in 1952.")
    assert ("convention", (), "1952") in found
    assert not _agreements("The Treaty established the Collective Security Treaty Organization in 1992.")
    assert ("treaty", (), "1992") not in _agreements("Kazakhstan and Russia created the Treaty of Friendship in 1992.")


def test_an_appeal_for_an_instrument_is_a_proposed_one_with_no_parties():
    found = pick(
        candidates(
            'In 1954, Prime Minister Jawaharlal Nehru of India issued the first appeal for a "standstill agreement".',
            "agreement",
            None,
        ),
        "kind",
        "parties",
        "date_edtf",
        "modality",
    )
    assert ("agreement", [], "1954", "proposed") in found
    assert ("treaty", (), "1957") in _agreements("In 1957 the Soviet Union made a proposal for a test-ban treaty.")


def test_talks_an_undated_call_or_a_denied_appeal_propose_nothing():
    assert not _agreements("Talks on a treaty banning tests began in 1958.")
    assert not _agreements("There were repeated calls for a treaty banning all tests.")
    assert not _agreements("In 1954 India did not issue an appeal for a treaty.")
