"""Issue 13, defect 1: in a list of memberships each organisation has its own date, and the joined_by event beside
each membership reads the same one (`patterns.listed_dates`, used by the surface and the parse rules alike).
Sentences written for these tests in the genre."""

from __future__ import annotations

from tests.helpers import candidates, pick


def _both(text):
    members = set(pick(candidates(text, "membership"), "state_id", "organization_id", "date_edtf"))
    events = set(pick(candidates(text, "organization_event"), "state_id", "organization_id", "date_edtf"))
    return members, events


def test_each_element_of_a_gapped_list_keeps_its_own_year_in_both_facts():
    text = "Kazakhstan and Kyrgyzstan joined the IMF in 1992, the World Bank in 1993 and the EBRD in 1994."
    members, events = _both(text)
    for state in ("state:KAZ", "state:KGZ"):
        wanted = {(state, "org:IMF", "1992"), (state, "org:WORLD_BANK", "1993"), (state, "org:EBRD", "1994")}
        assert wanted <= members
        assert wanted <= events
    assert ("state:KAZ", "org:WORLD_BANK", "1992") not in members | events


def test_the_first_element_takes_the_year_before_the_verb():
    text = "In 1992 Kazakhstan became a member of the IMF, the World Bank in 1993 and the EBRD in 1994."
    members, events = _both(text)
    wanted = {("state:KAZ", "org:IMF", "1992"), ("state:KAZ", "org:WORLD_BANK", "1993")}
    assert wanted <= members and wanted <= events
    assert ("state:KAZ", "org:EBRD", "1994") in members
    assert not {f for f in members | events if f[1] != "org:IMF" and f[2] == "1992"}
    assert ("state:KAZ", "org:IMF", "1993") not in members | events


def test_elements_coordinated_before_a_year_share_it():
    text = "Uzbekistan joined the IMF and the World Bank in 1992 and the EBRD in 1993."
    members, events = _both(text)
    wanted = {
        ("state:UZB", "org:IMF", "1992"),
        ("state:UZB", "org:WORLD_BANK", "1992"),
        ("state:UZB", "org:EBRD", "1993"),
    }
    assert wanted <= members and wanted <= events


def test_a_list_with_one_year_dates_every_element_by_it():
    # near-miss: one year for the whole list is no per-element dating
    members, events = _both("In 1992 Turkmenistan joined the IMF, the World Bank and the EBRD.")
    wanted = {("state:TKM", o, "1992") for o in ("org:IMF", "org:WORLD_BANK", "org:EBRD")}
    assert wanted <= members and wanted <= events


def test_a_role_in_a_list_of_roles_takes_its_own_date_phrase():
    # the role's own 'in 1952' dates it, not the verb's 'in 1945' of the role before it
    for text in (
        "Turkey became a founding member of the United Nations in 1945 and a member of NATO in 1952.",
        "Turkey became a founding member of the United Nations in 1945, a recipient of Marshall Plan aid and a member "
        "of NATO in 1952.",
    ):
        members, events = _both(text)
        assert ("state:TUR", "org:NATO", "1952") in members and ("state:TUR", "org:NATO", "1952") in events
        assert ("state:TUR", "org:NATO", "1945") not in members | events
        assert ("state:TUR", "org:UN", "1945") in members
    # near-miss: a date in a clause on the organisation is its founding, not the membership's
    members, _ = _both(
        "In 1992 Kazakhstan became a member of the Economic Cooperation Organization, established in 1985 by Iran, "
        "Pakistan and Turkey."
    )
    assert ("state:KAZ", "org:ECO", "1992") in members
    assert ("state:KAZ", "org:ECO", "1985") not in members


def test_a_list_of_withdrawals_dates_each_body_in_both_facts():
    for text in (
        "Uzbekistan withdrew from GUAM in 2005, the EurAsEC in 2008 and the CSTO in 2012.",
        "Uzbekistan withdrew from GUAM in 2005 and from the CSTO in 2012.",
    ):
        found = candidates(text)
        roles = set(pick([c for c in found if c.get("role") == "withdrew"], "organization_id", "date_edtf"))
        events = set(pick([c for c in found if c.get("event_type") == "withdrawn_by"], "organization_id", "date_edtf"))
        assert {("org:GUAM", "2005"), ("org:CSTO", "2012")} <= roles
        assert {("org:GUAM", "2005"), ("org:CSTO", "2012")} <= events
        assert ("org:CSTO", "2005") not in roles | events
    # near-miss: one body, one date
    found = candidates("Uzbekistan withdrew from the CSTO in 2012.")
    assert set(pick([c for c in found if c.get("role") == "withdrew"], "organization_id", "date_edtf")) == {
        ("org:CSTO", "2012")
    }
