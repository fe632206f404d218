"""Dates and parties a signing sentence gives another clause (pipeline/rules/agreement_clauses.py): sentences of the
foreign-relations genre written for these tests (never from the test texts)."""

from __future__ import annotations

from tests.helpers import candidates, pick


def _agreements(text, subject="state:TKM"):
    return set(
        (kind, tuple(parties), date)
        for kind, parties, date in pick(candidates(text, "agreement", subject), "kind", "parties", "date_edtf")
    )


def test_a_date_in_a_relative_clause_on_another_noun_does_not_date_the_signing():
    found = _agreements(
        "Iran and Turkmenistan signed an agreement to build the Korpeje–Kurt Kui pipeline, which opened in 1997."
    )
    assert found == {("agreement", ("state:IRN", "state:TKM"), None)}


def test_a_date_in_a_clause_on_the_instrument_still_dates_it():
    found = _agreements(
        "Turkmenistan is party to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, signed in 2006."
    )
    assert ("treaty", ("state:TKM",), "2006") in found
    found = _agreements("Turkmenistan and Russia signed an agreement in 2003 on a pipeline that opened in 2009.")
    assert ("agreement", ("state:RUS", "state:TKM"), "2003") in found


def test_the_object_of_a_coordinated_verb_is_no_party():
    found = _agreements(
        "Turkmenistan became a member of the UN in 1992 and signed a partnership agreement with the EU in 1998."
    )
    assert found == {("agreement", ("org:EU", "state:TKM"), "1998")}
    found = _agreements("Turkmenistan and Russia signed a treaty in 1992 and ratified it in 1993.")
    assert ("treaty", ("state:RUS", "state:TKM"), "1992") in found


def test_the_caspian_states_named_as_a_group_are_the_five_parties():
    found = _agreements(
        "The leaders of the five Caspian states signed the Convention on the Legal Status of the Caspian Sea in 2018."
    )
    assert ("convention", ("state:AZE", "state:IRN", "state:KAZ", "state:RUS", "state:TKM"), "2018") in found


def test_places_listed_after_a_venue_are_venues_not_parties():
    found = _agreements("The treaty was signed in London, Moscow and Washington on 1 July 1968.", None)
    assert not any("state:RUS" in parties or "state:USA" in parties for _, parties, _ in found)
    found = _agreements("In Moscow, Kazakhstan and Russia signed a treaty on friendship in 1992.", None)
    assert ("treaty", ("state:KAZ", "state:RUS"), "1992") in found


def test_the_two_presidents_are_the_home_state_and_the_state_named_before():
    found = _agreements(
        "In October 2017, Russian President Vladimir Putin visited Ashgabat, where the two presidents signed a "
        "treaty on strategic partnership."
    )
    assert found == {("treaty", ("state:RUS", "state:TKM"), "2017-10")}
    found = _agreements("Relations with Iran are close. The two countries signed a treaty of friendship in 1992.")
    assert ("treaty", ("state:IRN", "state:TKM"), "1992") in found


def test_signers_named_by_their_demonyms_are_the_parties():
    found = _agreements("In 1963 the Americans, British and Soviets signed the Partial Test Ban Treaty.", None)
    assert ("treaty", ("state:GBR", "state:SUN", "state:USA"), "1963") in found


def test_a_date_told_for_a_coordinated_verb_does_not_date_the_signing():
    found = _agreements("Turkmenistan became independent in 1991 and signed a friendship treaty with Turkey.")
    assert found == {("treaty", ("state:TKM", "state:TUR"), None)}
    found = _agreements("In 1992, Turkmenistan joined the UN and signed a friendship treaty with Turkey.")
    assert ("treaty", ("state:TKM", "state:TUR"), "1992") in found
