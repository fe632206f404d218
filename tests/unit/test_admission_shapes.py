"""Memberships an organisation confers (pipeline/rules/parsed_admission.py: a state admitted, granted a status,
or its membership approved), ends (parsed_leaving.suspended, parsed_members.member_of) or whose office or seat a
state takes (parsed_chairs, parsed_hosting), and lists of organisations joined. Sentences from the seed and dev texts, or in the shapes issue 13 lists, never from
the test texts; each fails without its rule."""

from __future__ import annotations

from tests.helpers import candidates, pick


def _memberships(text, subject=None):
    keys = ("state_id", "organization_id", "role", "date_edtf", "modality")
    return set(pick(candidates(text, "membership", subject), *keys))


def test_an_organisation_admits_a_list_in_the_role_of_its_as_phrase():
    text = (
        "In addition to Turkmenistan, the organization has also admitted Hungary and the Turkish Republic of "
        "Northern Cyprus as observers, although the latter is only recognized by Turkey."
    )
    found = _memberships(text, "org:CCTC")
    assert ("state:HUN", "org:CCTC", "observer", None, None) in found
    assert not {m for m in found if m[0] == "state:TUR"}  # the Turkish Republic of Northern Cyprus is not Turkey


def test_a_summit_admits_for_its_organisation_and_a_passive_admission_needs_no_named_body():
    found = _memberships("The fifth summit admitted Chile and Peru as new members.", "org:SCO")
    assert {("state:CHL", "org:SCO", "member", None, None), ("state:PER", "org:SCO", "member", None, None)} <= found
    found = _memberships("India and Pakistan were admitted as full members at the Astana summit in 2017.", "org:SCO")
    assert ("state:IND", "org:SCO", "member", "2017", None) in found
    assert ("state:PAK", "org:SCO", "member", "2017", None) in found


def test_admitting_is_an_organisations_act_not_a_states_word():
    assert not _memberships("Russia admitted Belarus as a partner in 1999.", "org:CSTO")
    assert not _memberships("Kazakhstan admitted that the talks had failed in 2009.", "org:CSTO")


def test_a_status_granted_or_confirmed_is_the_role_it_names():
    text = (
        "The European Union confirmed Turkey's status as candidate for membership at the European Council's "
        "Helsinki Summit in 1999."
    )
    assert ("state:TUR", "org:EU", "candidate", "1999", None) in _memberships(text)
    found = _memberships("India and Pakistan gained full membership in 2017.", "org:SCO")
    assert ("state:PAK", "org:SCO", "member", "2017", None) in found


def test_an_accession_completed_is_a_membership_dated_by_its_completion():
    found = _memberships("Iran's accession to the SCO was completed in July 2023.")
    assert ("state:IRN", "org:SCO", "member", "2023-07", None) in found
    assert not _memberships("Iran's accession to the SCO was not completed in 2023.")


def test_a_state_suspending_its_membership_withdraws_and_joins_nothing():
    found = _memberships("Uzbekistan suspended its membership in the CSTO in 2012.", "org:EAEU")
    assert found == {("state:UZB", "org:CSTO", "withdrew", "2012", None)}


def test_applying_to_join_is_an_application_dated_by_the_application():
    found = _memberships("In 1996 Kazakhstan applied to join the World Trade Organization.")
    assert found == {("state:KAZ", "org:WTO", "applicant", "1996", None)}


def test_a_chairmanship_taken_passed_or_elected_to():
    found = _memberships("Besides, the presidency in the Council officially passed to Azerbaijan in 2019.", "org:CCTC")
    assert ("state:AZE", "org:CCTC", "chair", "2019", None) in found
    found = _memberships("Kazakhstan became the first Central Asian state to chair the OSCE in 2010.")
    assert ("state:KAZ", "org:OSCE", "chair", "2010", None) in found
    found = _memberships("Kazakhstan was elected chair of the OSCE for 2010.")
    assert ("state:KAZ", "org:OSCE", "chair", "2010", None) in found
    assert not _memberships("Tokayev assumed the presidency in 2019.", "org:CSTO")  # a state's own office


def test_ceasing_to_be_a_member_is_a_withdrawal():
    found = _memberships("Georgia ceased to be a member of the Commonwealth of Independent States in 2009.")
    assert found == {("state:GEO", "org:CIS", "withdrew", "2009", None)}


def test_a_state_or_its_city_hosting_a_seat_hosts_the_body_and_a_summit_is_no_seat():
    assert ("state:KAZ", "org:CICA", "host", None, None) in _memberships(
        "Kazakhstan hosts the secretariat of the CICA."
    )
    found = _memberships("The secretariat is hosted by China.", "org:SCO")
    assert ("state:CHN", "org:SCO", "host", None, None) in found
    assert not {m for m in _memberships("Kazakhstan hosted the SCO summit in 2017.") if m[2] == "host"}


def test_a_seat_held_won_or_elected_to_is_a_membership_of_the_body_whose_seat_it_is():
    text = (
        "Russia holds a permanent seat, which grants it veto power, on the Security Council of the United Nations (UN)."
    )
    assert ("state:RUS", "org:UNSC", "member", None, None) in _memberships(text)
    found = _memberships("Kazakhstan was elected to a non-permanent seat on the UN Security Council in 2016.")
    assert ("state:KAZ", "org:UNSC", "member", "2016", None) in found
    found = _memberships("In 2016 Kazakhstan was elected to the UN Security Council.")
    assert ("state:KAZ", "org:UNSC", "member", "2016", None) in found


def test_a_date_that_bounds_a_state_of_affairs_is_not_its_start():
    found = _memberships("Prior to 1991, the Soviet Union held Russia's UN seat.")
    assert found == {("state:SUN", "org:UN", "member", None, None)}


def test_founders_among_and_a_possessed_list_of_founding_states():
    found = _memberships("Kazakhstan was among the founders of the CICA.")
    assert found == {("state:KAZ", "org:CICA", "founder", None, None)}
    found = _memberships("The organization's founding states are Iran, Pakistan and Turkey.", "org:ECO")
    assert {("state:IRN", "org:ECO", "founder", None, None), ("state:TUR", "org:ECO", "founder", None, None)} <= found
    found = _memberships("The founder states are Iran, Pakistan and Turkey.", "org:ECO")
    assert ("state:PAK", "org:ECO", "founder", None, None) in found
    assert not _memberships("Kazakhstan was among the states that voted against the resolution.", "org:ECO")


def test_each_organisation_of_a_list_takes_its_own_date_and_a_clause_of_its_own_is_not_joined():
    found = _memberships("Kazakhstan joined the IMF in 1992, the World Bank in 1993 and the EBRD in 1994.")
    assert {m[1]: m[3] for m in found} == {"org:IMF": "1992", "org:WORLD_BANK": "1993", "org:EBRD": "1994"}
    found = _memberships("Kazakhstan joined the IMF and the World Bank in 1992 and the EBRD in 1993.")
    assert {m[1]: m[3] for m in found} == {"org:IMF": "1992", "org:WORLD_BANK": "1992", "org:EBRD": "1993"}
    found = _memberships("Kazakhstan joined the World Bank in 1992, and the EBRD was established in 1991.")
    assert found == {("state:KAZ", "org:WORLD_BANK", "member", "1992", None)}
