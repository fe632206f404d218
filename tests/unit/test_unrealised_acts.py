"""Acts named but not done (stance.given_up, stance.predicted), another party's wish (stance.others_wish),
gatherings told as a habit (event_guards.habitual), beside the plain acts and own plans that keep their facts; and
where one gathering met (event_guards.venue_of, event_guards.nested_city). Sentences written for these tests in the
genre (treaty, organisation and foreign-relations articles)."""

from __future__ import annotations

import pytest

from tests.helpers import candidates, event_keys, pick


def _memberships(text):
    return set(pick(candidates(text, "membership", None), "state_id", "organization_id", "role", "modality"))


@pytest.mark.parametrize(
    "text",
    [
        "Plans to hold the summit of the Commonwealth of Independent States in Ashgabat were abandoned in 2008.",
        "Kazakhstan offered to host the summit of the Organisation of Islamic Cooperation, but the offer was declined.",
        "Kazakhstan was asked to host the summit of the Shanghai Cooperation Organisation, but declined.",
        "The plan to hold the summit of the Economic Cooperation Organization in Kabul was dropped in 2009.",
        "Several observers predicted that Tajikistan would leave the Commonwealth of Independent States.",
        "Analysts speculated that Azerbaijan might join the Collective Security Treaty Organization.",
    ],
)
def test_a_plan_given_up_or_an_onlookers_forecast_states_no_fact(text):
    assert not candidates(text, None, None)


def test_an_own_plan_and_the_acts_own_coordinated_refusal_stay():
    assert ("state:UZB", "org:EAEU", "member", "planned") in _memberships(
        "Uzbekistan decided to join the Eurasian Economic Union."
    )
    found = _memberships("Kazakhstan joined the World Trade Organization in 2015 but declined to join the OPEC.")
    assert ("state:KAZ", "org:WTO", "member", None) in found
    assert not [k for k in found if k[1] == "org:OPEC"]
    assert ("state:KGZ", "org:CIS", "withdrew", "planned") in _memberships(
        "Kyrgyzstan plans to leave the Commonwealth of Independent States."
    )
    text = "Kazakhstan will host the summit of the Shanghai Cooperation Organisation in 2019."
    found = pick(candidates(text, "organization_event", None), "event_type", "state_id", "modality")
    assert found == [("summit_hosted", "state:KAZ", "planned")]


@pytest.mark.parametrize(
    "text, state, org",
    [
        ("The United States wanted Turkey to join the European Union.", "state:TUR", "org:EU"),
        ("Russia urged Uzbekistan to rejoin the Collective Security Treaty Organization.", "state:UZB", "org:CSTO"),
        ("China pressed Kyrgyzstan to join the Asian Infrastructure Investment Bank.", "state:KGZ", "org:AIIB"),
    ],
)
def test_another_partys_wish_is_a_proposed_candidacy(text, state, org):
    assert _memberships(text) == {(state, org, "candidate", "proposed")}


def test_a_passive_request_to_host_is_a_proposal():
    found = pick(
        candidates(
            "Turkmenistan was asked to host the summit of the Economic Cooperation Organization.",
            "organization_event",
            None,
        ),
        "organization_id",
        "event_type",
        "state_id",
        "modality",
    )
    assert found == [("org:ECO", "summit_hosted", "state:TKM", "proposed")]


@pytest.mark.parametrize(
    "text",
    [
        "Since 1992 the Economic Cooperation Organization has held a summit every two years.",
        "The Shanghai Cooperation Organisation holds a summit in a member state every year.",
        "A meeting of the Commonwealth of Independent States is held twice a year in Minsk.",
    ],
)
def test_a_gathering_told_as_a_habit_is_no_summit(text):
    assert not [k for k in event_keys(text) if k[1] in ("summit_hosted", "conference_hosted", "inaugural_summit")]


def test_one_summit_held_stays():
    text = "In 2010 the Shanghai Cooperation Organisation held its summit in Tashkent."
    assert ("org:SCO", "summit_hosted", "state:UZB", None, "2010") in event_keys(text)
    text = "The summit of the Economic Cooperation Organization was held in Ashgabat in 1992."
    assert ("org:ECO", "summit_hosted", "state:TKM", None, "1992") in event_keys(text)


def test_a_place_the_copula_names_as_venue_hosts_the_summit():
    text = "Astana was the host of the 2010 summit of the Organization for Security and Co-operation in Europe."
    assert ("org:OSCE", "summit_hosted", "state:KAZ", None, "2010") in event_keys(text)
    text = "Ashgabat was the venue of the summit of the Commonwealth of Independent States in 2012."
    assert event_keys(text) == {("org:CIS", "summit_hosted", "state:TKM", None, "2012")}


def test_a_city_below_the_gatherings_topic_is_its_venue_and_a_state_there_is_not():
    text = "The International Atomic Energy Agency held a conference on nuclear security in Vienna in 2016."
    assert event_keys(text) == {("org:IAEA", "conference_hosted", "state:AUT", None, "2016")}
    text = "The Organization for Security and Co-operation in Europe held a conference on security in Afghanistan."
    assert not [k for k in event_keys(text) if k[2] == "state:AFG"]


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan showed no interest in joining the Eurasian Economic Union.",
        "Kazakhstan has no plans to leave the Eurasian Economic Union.",
        "Turkmenistan has no desire to join the Collective Security Treaty Organization.",
    ],
)
def test_an_intention_denied_by_no_states_no_fact(text):
    assert not candidates(text, None, None)


def test_no_on_another_noun_denies_nothing():
    found = _memberships("Uzbekistan has no doubt that it joined the Eurasian Economic Union in 2019.")
    assert ("state:UZB", "org:EAEU", "member", None) in found
