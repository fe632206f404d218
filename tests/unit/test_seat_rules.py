"""An organisation's seat (membership role host): the verb on the body an apposition describes, a seat that
moves (both hosts, the date the new one's), a seat that opens (dated), a list the parser hangs on the verb, a
city of the genre the place dictionary lists. Sentences from the dev texts (wiki_fao_2019, wiki_eurasec_2025,
wiki_fr_kyrgyzstan_2019, wiki_fr_turkey_2019) or written for these tests (said so)."""

from __future__ import annotations

from tests.helpers import candidates, pick


def _hosts(text, subject=None):
    return pick(candidates(text, "membership", subject), "state_id", "organization_id", "role", "date_edtf")


def test_a_seat_that_moved_has_both_hosts_and_the_new_one_is_dated():
    text = "In 1951, FAO's headquarters were moved from Washington, DC, United States, to Rome, Italy."
    assert _hosts(text, "org:FAO") == [("state:ITA", "org:FAO", "host", "1951"), ("state:USA", "org:FAO", "host", None)]


def test_a_seat_that_will_move_is_not_there_yet():  # written for this test
    assert _hosts("The secretariat of the ECO is expected to move to Tehran in 2012.") == []
    assert _hosts("The secretariat of the ECO will be moved to Tehran.") == []


def test_an_office_that_opened_is_dated_and_one_located_is_not():
    assert _hosts("In January 1999, a new OSCE office opened in Bishkek.", "state:KGZ") == [
        ("state:KGZ", "org:OSCE", "host", "1999-01")
    ]
    assert _hosts("A NATO headquarters is located in İzmir.", "state:TUR") == [("state:TUR", "org:NATO", "host", None)]


def test_headquartered_on_the_body_an_apposition_describes():  # written for this test
    text = "The Collective Security Treaty Organization, a military alliance headquartered in Moscow, has six members."
    assert ("state:RUS", "org:CSTO", "host", None) in _hosts(text)


def test_every_seat_in_a_list_the_parser_hangs_on_the_verb():
    text = "The seats of the Secretariat are in the cities of Almaty (Kazakhstan) and Moscow (Russia)."
    assert _hosts(text, "org:EURASEC") == [
        ("state:KAZ", "org:EURASEC", "host", None),
        ("state:RUS", "org:EURASEC", "host", None),
    ]


def test_a_national_think_tank_hosts_no_seat():
    text = "Early in 1989, the organization came under attack from The Heritage Foundation, a conservative think tank based in Washington, DC."
    assert _hosts(text, "org:FAO") == []
