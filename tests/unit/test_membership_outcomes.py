"""Memberships told as what another act came to, or as an act put off to a date (`parsed_membership_outcomes`), and
the act nouns those shapes lean on (`parsed_membership_nouns`). Written for these tests, with the near-misses each
shape allows: a cause that names no member, a negated or planned outcome, a delay to no date, speculation."""

from __future__ import annotations

from tests.helpers import candidates, pick


def _roles(text, subject=None):
    return pick(candidates(text, "membership", subject), "state_id", "organization_id", "role", "date_edtf")


def test_a_membership_an_act_resulted_in_takes_the_date_after_the_verb():
    text = "Norway's application to join the European Economic Community in 1962 led to nothing."
    assert _roles(text) == [("state:NOR", "org:EEC", "applicant", "1962")]
    text = "The reforms led to Albania's accession to the World Trade Organization in 2000."
    assert _roles(text) == [("state:ALB", "org:WTO", "member", "2000")]


def test_a_cause_that_is_no_act_names_no_member():
    assert _roles("Close ties with Russia led to membership in the CSTO in 1994.") == []
    assert _roles("Austria's neutrality did not lead to membership of NATO.") == []


def test_an_act_delayed_until_a_date_was_done_on_it():
    text = "Russia delayed joining the World Trade Organization until 2012."
    assert _roles(text) == [("state:RUS", "org:WTO", "member", "2012")]
    assert _roles("Serbia postponed applying for membership of the European Union until after the elections.") == []
    decided = candidates("Ukraine delayed the decision on joining the WTO until 2008.", "membership")
    assert [c for c in decided if c.get("modality") is None] == []  # a decision put off: no act stated


def test_speculation_about_an_accession_is_no_candidacy():
    assert _roles("There was talk of Belarus's accession to the World Trade Organization.") == []
    assert _roles("Georgia announced plans for its accession to the CSTO.") == []


def test_a_chairmanship_told_as_a_noun_needs_the_state_and_the_body():
    assert _roles("Ireland's presidency of the OSCE in 2012 focused on internet freedom.") == [
        ("state:IRL", "org:OSCE", "chair", "2012")
    ]
    assert _roles("During Tokayev's presidency of the country, trade with China grew.") == []
    assert _roles("The Russian presidency in 2008 sought closer ties with Europe.") == []


def test_membership_talks_with_a_state_are_with_the_one_body_the_sentence_names():
    text = "After the Eurasian Economic Union was launched, membership negotiations with Armenia began."
    assert _roles(text, "org:EURASEC") == [("state:ARM", "org:EAEU", "candidate", None)]
    text = "Membership negotiations with Moldova are still ongoing."
    assert _roles(text, "org:EAEU") == [("state:MDA", "org:EAEU", "candidate", None)]
    text = "While the SCO and the CSTO were growing, membership negotiations with Belarus went on."
    assert _roles(text, "state:BLR") == []


def test_a_status_or_an_entry_as_a_role_told_as_a_noun():
    text = "Georgia's observer status in the Organization of Turkic States dates from 2018."
    assert _roles(text) == [("state:GEO", "org:CCTC", "observer", "2018")]
    text = "The admission of Iran as a full member of the SCO in 2023 was welcomed by Moscow."
    assert _roles(text) == [("state:IRN", "org:SCO", "member", "2023")]
    assert _roles("Egypt's status in the SCO dates from 2021.") == []  # a status with no role named


def test_an_entry_of_something_else_names_no_member():
    assert _roles("The entry of Chinese goods into the Eurasian Economic Union in 2016 rose sharply.") == []
    assert _roles("The entry of Albania into NATO in 2009 was celebrated in Tirana.") == [
        ("state:ALB", "org:NATO", "member", "2009")
    ]
