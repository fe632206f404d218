"""Memberships an organisation confers (pipeline/rules/parsed_admission.py): a state admitted, granted a status,
or its membership approved. Sentences from the seed and dev texts, or in the shapes issue 13 lists, never from
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
