"""An organisation's own status changes and its post-holders, in sentences written for these tests in the genre's
shapes (none quoted from an evaluation text).

- An organisation suspended, frozen or revived as a whole ('The organisation was suspended in 2009 and revived in
  2017') is its `suspended` / `revived` event with no state (raw/evaluation/BRIEF.md, 'organization_event'); a
  membership, a project or assets suspended or frozen are no organisation's event.
- 'Its secretary-general since 2022 is Ana Kovač of Croatia': the post's own 'since' dates the appointment, and a
  two-word proper name that names no state, organisation or place holds the post; 'took office as', 'assumed the
  post of' an organisation's post are appointments too."""

from __future__ import annotations

import pytest

from tests.helpers import candidates, pick, stated_events


def _stated(text: str, subject: str) -> set:
    return stated_events(text, subject, ("organization_id", "event_type", "state_id", "date_edtf"))


@pytest.mark.parametrize(
    ("text", "subject", "expected"),
    [
        (
            "The organisation was suspended in 2009 and revived in 2017.",
            "org:GUAM",
            {("org:GUAM", "suspended", None, "2009"), ("org:GUAM", "revived", None, "2017")},
        ),
        ("In 2014 the Council of Europe was suspended.", "state:RUS", {("org:COE", "suspended", None, "2014")}),
        ("The bloc was frozen in 2006.", "org:GUAM", {("org:GUAM", "suspended", None, "2006")}),
        ("The Turkic Summits were revived in 2006.", "state:TUR", {("org:TURKIC_SUMMITS", "revived", None, "2006")}),
        (
            "Its secretary-general since 2022 is Ana Kovač of Croatia.",
            "org:COE",
            {("org:COE", "appointed", "state:HRV", "2022")},
        ),
        (
            "Since 2019 its secretary general has been Zhang Ming of China.",
            "org:SCO",
            {("org:SCO", "appointed", "state:CHN", "2019")},
        ),
        ("The executive secretary since 2016 is Sergei Lebedev.", "org:CIS", {("org:CIS", "appointed", None, "2016")}),
        (
            "Stanislav Zas of Belarus took office as secretary-general in 2020.",
            "org:CSTO",
            {("org:CSTO", "appointed", "state:BLR", "2020")},
        ),
        (
            "Stanislav Zas of Belarus assumed the post of secretary-general on 1 January 2020.",
            "org:CSTO",
            {("org:CSTO", "appointed", "state:BLR", "2020-01-01")},
        ),
    ],
)
def test_status_and_post_events(text, subject, expected):
    assert _stated(text, subject) == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Russia's membership in the G8 was suspended in 2014.", "state:RUS"),
        ("Consequently, the project was suspended in 2010.", "org:GUAM"),
        ("Its assets were frozen in 2014.", "org:GUAM"),
        ("The organisation froze its assets in 2014.", "org:GUAM"),
        ("The Council of Europe was not suspended in 2022.", "state:RUS"),
        ("Its headquarters since 1995 is Tehran.", "org:ECO"),
        ("Kassym-Jomart Tokayev took office as president in 2019.", "state:KAZ"),  # a state's office
        ("The secretary-general took office in 2020.", "org:CSTO"),  # no one named
        ("Its secretary-general since 2022 is a diplomat from Croatia.", "org:COE"),
    ],
)
def test_no_status_or_post_event(text, subject):
    assert not _stated(text, subject)


def test_a_name_cut_before_its_owner_is_no_body():
    """'the Council of Foreign Ministers of the CIS': a provisional name that ends in 'of the' was cut before the
    owner's name; no one can tell which council it is. The whole name is a sub-body of its own (the codebook)."""
    assert not _stated("In 2004 Armenia chaired the Council of Foreign Ministers of the CIS.", "state:ARM")
    assert _stated("The Committee on World Food Security was established in 1974.", "org:FAO") == {
        ("org:new_committee_on_world_food_security", "founded", None, "1974")
    }


def test_a_stop_told_as_a_drift_has_no_date_of_its_own():
    """'By 2001' bounds the summits' loss of momentum; their suspension has no year of its own, and an undated stop
    has no place in a timeline."""
    text = "By 2001, however, the Turkic Summits had lost momentum and were suspended."
    assert not _stated(text, "state:KAZ")


def test_observer_status_granted_by_a_body():
    """'was granted observer status by the United Nations General Assembly': the granting body after 'by' is where
    the status is held (observer_status_granted, counterpart); a state granted it takes the role (a membership)."""
    text = "In 2007 the organisation was granted observer status by the United Nations General Assembly."
    rows = pick(
        candidates(text, "organization_event", "org:CICA"), "event_type", "counterpart_organization_id", "date_edtf"
    )
    assert rows == [("observer_status_granted", "org:UNGA", "2007")]
    roles = pick(
        candidates("Armenia was granted observer status by the Arab League in 2004.", "membership", "state:ARM"),
        "state_id",
        "organization_id",
        "role",
        "date_edtf",
    )
    assert ("state:ARM", "org:LOAS", "observer", "2004") in roles
    assert not _stated("The organisation was granted observer status by decision of its members in 2010.", "org:SCO")


def test_two_bodies_as_subjects_established_relations():
    """'ASEAN and the SCO established formal relations in 2005': relations between the two, the first with the
    other as counterpart; a state and a body, or two states, are no organisation's event."""
    rows = pick(
        candidates("ASEAN and the SCO established formal relations in 2005.", "organization_event", "org:ASEAN"),
        "organization_id",
        "event_type",
        "counterpart_organization_id",
        "date_edtf",
    )
    assert rows == [("org:ASEAN", "relations_established", "org:SCO", "2005")]
    assert not _stated("Kazakhstan and Russia established diplomatic relations in 1992.", "state:KAZ")
    assert not _stated("Kazakhstan and the European Union established relations in 1992.", "state:KAZ")


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan joined the EBRD's Board of Governors in 1992.",
        "The General Conference was held in Vienna in September 2019.",
    ],
)
def test_an_organ_named_without_its_owner_takes_no_event(text):
    """'the EBRD's Board of Governors' read as 'Board of Governors', 'The General Conference': every organisation has
    one; a name of organ words alone says whose only with the owner, which it does not carry."""
    assert not _stated(text, "state:AZE")


def test_an_organ_with_a_name_of_its_own_is_a_body():
    assert _stated("The Collective Security Council was established in 1992.", "org:CSTO") == {
        ("org:new_collective_security_council", "founded", None, "1992")
    }


def test_the_first_holder_of_a_post_was_appointed():
    """'Halil Akıncı, the founding Secretary-General of the organization, …': the first holder named in apposition
    was appointed (undated); a later holder so named ('the Secretary-General of the United Nations') only holds it."""
    text = (
        "According to Halil Akıncı, the founding Secretary-General of the organization, the council became the first "
        "voluntary alliance of Turkic states."
    )
    assert _stated(text, "org:CCTC") == {("org:CCTC", "appointed", None, None)}
    later = "Antonio Guterres, the Secretary-General of the United Nations, visited Astana in 2019."
    assert not {r for r in _stated(later, "state:KAZ") if r[1] == "appointed"}
    assert not _stated("Nazarbayev, the first President of Kazakhstan, spoke in 2019.", "state:KAZ")
