"""Visits over the parse (pipeline/rules/parsed_visits.py, visit_gatherings.py): a visit noun with its destination, and leaders
meeting at a place abroad. Sentences from the dev texts or written for these tests (never the test texts)."""

from __future__ import annotations

from tests.helpers import visit_keys, visit_modalities

_visits = visit_keys


def test_a_visit_from_an_unlisted_dignitary_gives_the_state_in_her_title():
    text = (
        "The tensions rose after a visit from Speaker of the United States House of Representatives Nancy Pelosi "
        "to Yerevan on 17 September 2022."
    )
    # the codebook's visitor new:Nancy Pelosi: a provisional person of the state her title names
    assert ("person:new_nancy_pelosi", "state:USA", "state:ARM", "place:yerevan", "2022-09-17") in _visits(text)


def test_a_trip_told_as_a_circumstance_is_the_subject_s_and_undated():
    text = (
        "During a trip to Ukraine to extend Russia's lease of the Crimean port Sevastopol, Medvedev said that "
        "Ukraine would not join NATO."
    )
    assert ("person:medvedev", "state:RUS", "state:UKR", None, None) in _visits(text)


def test_a_leader_known_by_his_state_s_adjective_visits_for_his_state():
    assert (None, "state:TKM", "state:CHN", None, "2014") in _visits(
        "In 2014 the Turkmen president paid an official visit to China.", None
    )


def test_leaders_meeting_abroad_visit_the_place_s_state_and_the_host_does_not():
    found = _visits("In 2008 Nazarbayev met Vladimir Putin in the Russian city of Sochi.", "state:KAZ")
    assert ("person:nazarbayev", "state:KAZ", "state:RUS", "place:sochi", "2008") in found
    assert not {v for v in found if v[0] == "person:putin"}


def test_a_planned_or_negated_trip_is_no_visit():
    assert visit_modalities("Putin will pay an official visit to Turkey in 2019.", "state:RUS") == {
        ("state:RUS", "state:TUR", "2019", "planned")
    }
    assert not _visits("Putin did not make a visit to Ukraine in 2014.")


def test_a_person_at_a_gathering_held_abroad_visited_its_state():
    text = (
        "On 26 October 2007, at a press conference following the 20th Russia-EU Summit in Portugal, Putin said "
        "that Russia would not agree."
    )
    assert ("person:putin", "state:RUS", "state:PRT", None, "2007-10-26") in _visits(text)
    assert ("person:nazarbayev", "state:KAZ", "state:BLR", "place:minsk", "2019") in _visits(
        "At the CIS summit in Minsk in 2019, Nazarbayev met Lukashenko.", "state:KAZ"
    )


def test_the_host_of_a_gathering_and_an_unnamed_participant_make_no_visit():
    assert not _visits("In 2007 Putin hosted the summit in Moscow.")
    assert not _visits("At the summit in Bishkek, the presidents discussed trade.", "state:KAZ")


def test_a_visit_to_a_foreign_embassy_at_home_is_no_visit():
    assert not _visits("In 2019 Tokayev paid a visit to the Russian embassy in Astana.", "state:KAZ")


def test_leaders_acting_where_a_gathering_took_place_visited_its_state():
    text = (
        "On 29 May 2014, a meeting of the Supreme Eurasian Economic Council took place in Astana, following which "
        "Vladimir Putin, President of Kazakhstan Nursultan Nazarbayev and President of Belarus Alexander "
        "Lukashenko signed an Agreement on the Eurasian Economic Union."
    )
    found = _visits(text, "state:KAZ")
    assert {v[1] for v in found if v[4] == "2014-05-29"} == {"state:RUS", "state:BLR"}  # the host is at home
    assert not _visits("The summit will take place in Astana, where Putin will meet Tokayev.", "state:KAZ")


def test_the_one_received_visited_the_receiver_s_state():
    assert ("person:berdimuhamedow", "state:TKM", "state:RUS", "place:moscow", "2017") in _visits(
        "In 2017 Putin received Berdimuhamedow in Moscow.", "state:TKM"
    )
    assert (None, "state:CHN", "state:KAZ", "place:astana", "2019") in _visits(
        "In 2019 Tokayev received the Chinese foreign minister in Astana.", "state:KAZ"
    )
    assert not _visits("Putin received an award in Moscow in 2010.")
