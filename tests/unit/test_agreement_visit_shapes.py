"""Visitors known by office and verbs of travel (pipeline/rules/visit_leaders.py, visitor_titles.py,
parsed_visits.py); treaty status, treaties named with their year, and what a signing's words are not
(pipeline/rules/treaty_status.py, named_instruments.py, agreement_guards.py). Sentences from the dev texts or
written for these tests (never from the test texts); each shape has one sentence that must match and one that
must not."""

from __future__ import annotations

from tests.helpers import candidates, pick, visit_modalities


def _visits(text, subject="state:TKM"):
    """(visitor, visitor state, host state, place, date) of every visit candidate."""
    found = candidates(text, "visit", subject)
    return set(pick(found, "visitor_id", "visitor_state_id", "host_state_id", "place_id", "date_edtf"))


def _agreements(text, subject=None):
    """(kind, parties, date) of every agreement candidate."""
    found = candidates(text, "agreement", subject)
    return {(kind, tuple(parties), date) for kind, parties, date in pick(found, "kind", "parties", "date_edtf")}


def test_a_leader_known_by_office_visits_for_the_state_the_title_names():
    found = _visits("The Turkish president visited Ashgabat in May 2017.")
    assert found == {(None, "state:TUR", "state:TKM", "place:ashgabat", "2017-05")}
    assert _visits("In 2010 the Turkmen president flew to Kabul.") == {
        (None, "state:TKM", "state:AFG", "place:kabul", "2010")
    }


def test_a_plural_title_visits_for_each_state_and_a_singular_one_for_one_only():
    found = _visits("In 2019 the Kazakh and Uzbek presidents visited Ashgabat.")
    assert {v[1] for v in found} == {"state:KAZ", "state:UZB"}
    assert not _visits("In 2019 the Kazakh and Uzbek president visited Ashgabat.")  # which one is unsaid


def test_a_delegation_led_abroad_is_a_visit_of_its_leader():
    found = _visits("In 2016 Berdimuhamedow led a delegation to Brussels.")
    assert ("person:berdimuhamedow", "state:TKM", "state:BEL", "place:brussels", "2016") in found
    assert not _visits("In 2016 Berdimuhamedow received a delegation from Ashgabat.")


def test_a_trip_to_several_states_visits_each_once():
    found = _visits("In 2008 Berdimuhamedow paid official visits to Russia and China.")
    assert {v[2] for v in found} == {"state:RUS", "state:CHN"}
    found = _visits("In 2007 Putin made a trip to Tehran, Iran for the Caspian summit.", "state:RUS")
    assert found == {("person:putin", "state:RUS", "state:IRN", "place:tehran", "2007")}


def test_a_leader_visiting_a_list_of_states_visits_each():
    """The parse hangs 'Japan' under 'China' and 'Iran' under 'Japan': each is still a destination."""
    found = _visits("In May 2017 the Turkish president visited China, Japan and Iran.", None)
    assert {v[2] for v in found} == {"state:CHN", "state:JPN", "state:IRN"}


def test_his_visit_is_the_subject_s_and_a_relative_clause_s_visitor_its_antecedent():
    found = _visits("During his 2011 visit to India, Berdimuhamedow signed a gas deal.")
    assert ("person:berdimuhamedow", "state:TKM", "state:IND", None, "2011") in found
    found = _visits("Hamid Karzai, who visited Ashgabat in 2009, met Berdimuhamedow.")
    assert ("person:karzai", "state:AFG", "state:TKM", "place:ashgabat", "2009") in found


def test_an_inauguration_attended_abroad_is_a_visit_and_one_at_home_is_none():
    found = _visits("In 2014 Berdimuhamedow attended the inauguration of Ashraf Ghani in Kabul.")
    assert ("person:berdimuhamedow", "state:TKM", "state:AFG", "place:kabul", "2014") in found
    assert not _visits("In 2017 Berdimuhamedow attended the inauguration of a new gas plant in Ashgabat.")


def test_a_place_visited_by_a_leader_is_his_visit_and_by_tourists_none():
    assert ("person:putin", "state:RUS", "state:TKM") in {
        v[:3] for v in _visits("Ashgabat was visited by Vladimir Putin in 2005.")
    }
    assert not _visits("Ashgabat was visited by many tourists in 2005.")


def test_an_ambassador_a_planned_or_a_denied_trip_is_no_visit():
    assert not _visits("The ambassador of Turkmenistan to Russia visited Moscow in 2011.")
    assert visit_modalities("The Iranian president will visit Ashgabat next year.", "state:TKM") == {
        ("state:IRN", "state:TKM", None, "planned")
    }
    assert not _visits("The Turkish president did not visit Ashgabat in 2017.")


def test_a_dictionary_person_arriving_abroad_visited_and_at_home_did_not():
    found = _visits("Kazakh President Tokayev arrived in Moscow on 3 April 2019 for talks with Putin.", "state:KAZ")
    assert ("person:tokayev", "state:KAZ", "state:RUS", "place:moscow", "2019-04-03") in found
    assert not _visits("Kazakh President Tokayev arrived in Almaty on 3 April 2019.", "state:KAZ")


def test_an_unlisted_minister_s_title_gives_his_state_on_a_visit_noun():
    # Vepa Hajiyev, a Turkmen deputy foreign minister, is not in the person dictionary (Rashid Meredov now is): a
    # provisional person (`provisional_persons`) of the state his title names
    found = _visits("In 2012 the Turkmen deputy foreign minister Vepa Hajiyev made an official visit to Kabul.")
    assert ("person:new_vepa_hajiyev", "state:TKM", "state:AFG", "place:kabul", "2012") in found
    found = _visits("In 2009 a Turkmen government delegation led by Hajiyev arrived in Brussels for talks.")
    assert (None, "state:TKM", "state:BEL", "place:brussels", "2009") in found


def test_talks_held_abroad_are_a_visit_and_a_summit_held_at_home_is_none():
    found = _visits("In 2008 Berdimuhamedow held talks with Vladimir Putin in Moscow.")
    assert ("person:berdimuhamedow", "state:TKM", "state:RUS", "place:moscow", "2008") in found
    assert not {v for v in found if v[0] == "person:putin"}
    assert not _visits("In 2008 Putin held a summit in Moscow.", "state:RUS")


def test_a_visit_by_a_foreign_leader_in_the_host_s_article_is_to_the_host():
    text = "During a visit by Indian Prime Minister Narendra Modi in July 2015, the two sides signed seven agreements."
    assert ("person:modi", "state:IND", "state:TKM", None, "2015-07") in _visits(text)
    assert not _visits(text, None)  # an article about no state names no host


def test_a_state_that_became_a_party_or_signatory_is_a_treaty_item_of_its_own():
    assert _agreements("Kazakhstan became a party to the NPT in February 1994.") == {
        ("treaty", ("state:KAZ",), "1994-02")
    }
    found = _agreements("France and China became parties to the Treaty in 1992.")
    assert found == {("treaty", ("state:FRA",), "1992"), ("treaty", ("state:CHN",), "1992")}


def test_a_denied_status_or_a_membership_is_no_treaty_item():
    assert not _agreements("India has never been a party to the Treaty.")
    assert not _agreements("Turkmenistan will become a party to the convention in 2020.")
    assert not _agreements("Turkmenistan became a member of the United Nations in 1992.")


def test_a_treaty_named_with_its_year_and_parties_is_an_agreement():
    found = _agreements("The 1992 Treaty of Friendship between Turkmenistan and Russia was a milestone.")
    assert found == {("treaty", ("state:RUS", "state:TKM"), "1992")}
    assert not _agreements("The 2002 CSTO charter reaffirmed the desire of all participating states.")


def test_a_council_is_no_party_and_a_name_is_taken_whole():
    text = (
        "On 15 April 1994, at a meeting of the Commonwealth of Independent States (CIS) Council of Heads of State "
        "in Moscow, all 12 post-Soviet states signed the international Agreement on the Establishment of a Free "
        "Trade Area in order to move towards the creation of an economic union."
    )
    found = candidates(text, "agreement", None)
    assert {c["name"] for c in found} == {"Agreement on the Establishment of a Free Trade Area"}
    assert not [p for c in found for p in c["parties"] if p.startswith("org:new_")]
    found = candidates("In 1997 NATO and Russia signed the NATO–Russia Founding Act.", "agreement", None)
    assert {(c["name"], c["kind"]) for c in found} == {("NATO–Russia Founding Act", "act")}


def test_a_signing_verb_on_another_noun_states_no_agreement():
    text = (
        "This agreement was superseded by the NATO–Russia Council that was agreed at the Reykjavik Ministerial "
        "and unveiled at the Rome NATO Summit in May 2002."
    )
    assert not _agreements(text)
    text = (
        "Kazakhstan’s Partnership and Cooperation Agreement with the European Union, which was signed in 1995, "
        "came into force in 1999."
    )
    assert ("agreement", ("org:EU", "state:KAZ"), "1995") in _agreements(text, "state:KAZ")


def test_a_state_s_ratification_is_one_item_not_two():
    found = candidates("Turkmenistan ratified the Convention on Biological Diversity in 1996.", "agreement", None)
    assert {(c["kind"], tuple(c["parties"]), c["date_edtf"]) for c in found} == {("convention", ("state:TKM",), "1996")}
    assert len({c["name"] for c in found}) == 1
