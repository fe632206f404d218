"""Provisional persons (`pipeline.entities.provisional_persons`): an official the person dictionary lacks, named in
full after his office, is a person of the state the office names; a name after no office, or after an
organisation's office, is none; a later surname is the same person."""

from __future__ import annotations

from tests.helpers import provisional_person_mentions, visitor_keys


def test_a_full_name_after_a_state_s_office_is_a_person_of_that_state():
    assert provisional_person_mentions("In 2015 Japanese Foreign Minister Fumio Kishida visited Tashkent.") == {
        ("Fumio Kishida", "person:new_fumio_kishida", "state:JPN")
    }
    assert provisional_person_mentions(
        "The Minister of Foreign Affairs of Japan, Taro Kono, visited Tashkent in 2018."
    ) == {("Taro Kono", "person:new_taro_kono", "state:JPN")}


def test_an_office_of_an_institution_or_a_possessive_state_is_that_state_s():
    text = "It received a visit from Speaker of the United States House of Representatives Nancy Pelosi to Yerevan."
    assert provisional_person_mentions(text, "state:ARM") == {("Nancy Pelosi", "person:new_nancy_pelosi", "state:USA")}
    text = "Russia's Deputy Foreign Minister Grigory Karasin visited Astana in 2014."
    assert provisional_person_mentions(text) == {("Grigory Karasin", "person:new_grigory_karasin", "state:RUS")}


def test_an_office_named_bare_is_the_article_s_own():
    found = provisional_person_mentions("Foreign Minister Abdulaziz Komilov travelled to Kabul in 2018.", "state:UZB")
    assert found == {("Abdulaziz Komilov", "person:new_abdulaziz_komilov", "state:UZB")}
    assert not provisional_person_mentions("Foreign Minister Abdulaziz Komilov travelled to Kabul in 2018.", "org:SCO")


def test_a_name_after_no_office_or_an_organisation_s_office_is_no_person():
    assert not provisional_person_mentions("In 2010 Kurmanbek Bakiyev met Berdimuhamedow in Ashgabat.")
    assert not provisional_person_mentions("In 2014 a trade delegation from Oman visited Ashgabat.")
    text = "It is co-chaired by Reza Vaziri, Chairman of the Anglo Asian Mining Plc (LSE Ticker: AAZ)."
    assert not provisional_person_mentions(text, "state:AZE")
    text = "The chamber is co-chaired by Tim Cejka, President of ExxonMobil, and by the Azerbaijani minister."
    assert not provisional_person_mentions(text, "state:AZE")
    text = "It was set up with the UN Secretary-General's High-Level Task Force on the Global Food Crisis and FAO."
    assert not provisional_person_mentions(text)
    text = "Nils Muiznieks, Council of Europe Commissioner for Human Rights, wrote the report in 2017."
    assert {m[1] for m in provisional_person_mentions(text)} <= {"person:new_nils_muiznieks"}
    text = "The session was opened by Edward Brown, the president of the assembly."
    assert not provisional_person_mentions(text, "state:AZE")


def test_an_organisation_s_official_is_a_person_of_no_state_and_its_visitor():
    text = "IMF Managing Director Christine Lagarde visited Astana in 2014."
    assert provisional_person_mentions(text) == {("Christine Lagarde", "person:new_christine_lagarde", None)}
    assert visitor_keys(text, "state:KAZ") == {("person:new_christine_lagarde", "org:IMF", "state:KAZ", "2014", None)}
    text = "The Kazakh head of the OSCE Centre, Ambassador Natalia Zarudna, met officials in Astana."
    assert not provisional_person_mentions(text)


def test_a_later_surname_is_the_same_person():
    text = "Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Baku in 2019. Kulubaev met Ilham Aliyev."
    assert provisional_person_mentions(text) == {
        ("Jeenbek Kulubaev", "person:new_jeenbek_kulubaev", "state:KGZ"),
        ("Kulubaev", "person:new_jeenbek_kulubaev", "state:KGZ"),
    }


def test_a_listed_person_s_surname_after_his_full_name_is_he():
    text = "In 2013 Berdimuhamedow visited Tokyo and met Shinzo Abe. Abe returned the visit in 2015."
    assert visitor_keys(text, "state:TKM") == {
        ("person:berdimuhamedow", "state:TKM", "state:JPN", "2013", None),
        ("person:abe", "state:JPN", "state:TKM", "2015", None),
    }
    # two persons of one surname: the surname alone is neither
    text = "Heydar Aliyev and Ilham Aliyev both came to Ashgabat. Aliyev returned the visit in 2015."
    assert not {k[0] for k in visitor_keys(text, "state:TKM") if k[3] == "2015"} - {None}
