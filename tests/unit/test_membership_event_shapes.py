"""Memberships and organisation events, the shapes added for issue 13's dev failures: a body named after its
parent, … Sentences from the dev texts or written for these tests in the genre, never from the test texts;
each fails without its rule."""

from __future__ import annotations

from tests.helpers import candidates, pick


def _memberships(text, subject=None):
    keys = ("state_id", "organization_id", "role", "date_edtf", "modality")
    return set(pick(candidates(text, "membership", subject), *keys))


def _events(text, subject=None):
    return set(
        pick(candidates(text, "organization_event", subject), "organization_id", "event_type", "state_id", "date_edtf")
    )


ETDB = "org:new_economic_cooperation_organization_trade_and_development_bank"


def test_a_body_named_after_its_parent_is_itself_with_its_acronym():
    text = (
        "The Economic Cooperation Organization Trade and Development Bank (ETDB) was established in 2005. "
        "The Republic of Azerbaijan, the Islamic Republic of Afghanistan and the Kyrgyz Republic became the member "
        "of the ETDB in 2013, 2014 and 2015 respectively."
    )
    assert (ETDB, "founded", None, "2005") in _events(text)
    assert ("state:AFG", ETDB, "member", "2014", None) in _memberships(text)
    assert not {m for m in _memberships(text) if m[1] == "org:ECO"}


def test_a_council_of_the_parent_and_a_name_of_the_dictionary_stay_the_parents():
    found = _memberships("In 2010 Armenia chaired the CSTO Collective Security Council.")
    assert not {m for m in found if m[1].startswith("org:new_")}
    found = _memberships("Kazakhstan joined the NATO Partnership for Peace in 1994.")
    assert ("state:KAZ", "org:PFP", "member", "1994", None) in found
