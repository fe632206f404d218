"""Visit shapes beyond the visitor's name and a verb of travel: a pronoun or 'their' for the visitor
(`visit_referents`), a visit called off (`visit_unmade`), the host as subject and 'was in Y for talks'
(`visit_hosts`). Sentences quoted from the dev texts (wiki_fr_russia_2019, wiki_ots_2025), or written for
these tests where no dev or seed text uses the shape (said so at each)."""

from __future__ import annotations

from tests.helpers import candidates, pick, visit_keys, visit_modalities

_visits = visit_keys


MUNICH = (
    "Vladimir Putin's presidency lasted from January 2000 until May 2008 and again from 2012. In international "
    "affairs, Putin made increasingly critical public statements regarding the foreign policy of the United States "
    "and other Western countries. In February 2007, at the annual Munich Conference on Security Policy, he "
    "criticised what he called the United States' monopolistic dominance in global relations, and pointed out "
    'that the United States displayed an "almost uncontained hyper use of force" in international relations.'
)


def test_he_at_a_gathering_abroad_is_the_person_the_paragraph_named():
    assert ("person:putin", "state:RUS", "state:DEU", "place:munich", "2007-02") in _visits(MUNICH)


SOCHI = (
    "Russian President Vladimir Putin and ex-U.S. President George W. Bush failed to resolve their differences "
    "over U.S. plans for the planned missile defense system based in Poland and the Czech Republic, on their "
    "meeting in the Russian Black Sea resort of Sochi on 6 April 2008."
)


def test_their_meeting_abroad_is_a_visit_of_the_guest_and_not_of_the_host():
    found = _visits(SOCHI)
    assert ("person:bush_george_w", "state:USA", "state:RUS", "place:sochi", "2008-04-06") in found
    assert not {v for v in found if v[0] == "person:putin"}


def test_both_leaders_attendance_is_each_of_the_two_persons_just_named():
    text = (
        SOCHI + " The summit was the final meeting between Bush and Putin as presidents and follows both leaders' "
        "attendance at last the NATO summit in Romania 2 April 2008 – 4 April 2008."
    )
    found = {v[:3] for v in _visits(text)}
    assert {("person:bush_george_w", "state:USA", "state:ROU"), ("person:putin", "state:RUS", "state:ROU")} <= found


def test_a_leader_known_by_title_at_a_gathering_named_by_its_city():
    text = (
        'So, the US Secretary of Defense Robert Gates said yet on the Munich Conference: "We all face many common '
        'problems and challenges that must be addressed in partnership with other countries, including Russia."'
    )
    # Gates, whom the person dictionary lacks, is a provisional person of the state his title names
    assert {v[:3] for v in _visits(text)} == {("person:new_robert_gates", "state:USA", "state:DEU")}


def test_a_visit_called_off_or_still_planned_is_no_visit():
    # written for these tests: no dev or seed text calls a visit off
    assert not _visits("In 2011 Nazarbayev's visit to Turkey was cancelled.", "state:KAZ")
    assert visit_modalities("Putin discussed the planned visit to Ankara in 2019.", "state:RUS") == {
        ("state:RUS", "state:TUR", "2019", "planned")
    }
    assert _visits("In 2011 Nazarbayev's visit to Turkey was a success.", "state:KAZ")


def test_the_host_as_subject_receives_the_visitor():
    # written for these tests: the dev and seed texts tell no visit from the host's side
    assert ("person:nazarbayev", "state:KAZ", "state:TUR", None, "2011") in _visits(
        "In 2011 Turkey received a delegation led by Nazarbayev.", "state:KAZ"
    )
    assert (None, "state:TUR", "state:KAZ", None, "2011") in _visits(
        "In 2011 Kazakhstan hosted the Turkish president.", "state:KAZ"
    )


def test_what_a_state_receives_or_hosts_that_is_no_visitor_is_no_visit():
    assert not _visits("Turkmenistan received observer status in 2021.", None)  # wiki_ots_2025
    assert not _visits("In 2011 Kazakhstan hosted the OSCE summit.", "state:KAZ")


def test_a_leader_in_a_place_for_talks_visited_it_and_without_a_purpose_did_not():
    # written for these tests: no dev or seed text uses the shape
    assert ("person:nazarbayev", "state:KAZ", "state:RUS", "place:moscow", "2011") in _visits(
        "In 2011 Nazarbayev was in Moscow for talks with Medvedev.", "state:KAZ"
    )
    assert not _visits("In 2011 Nazarbayev was in Moscow.", "state:KAZ")
    assert not _visits("Nazarbayev was not in Moscow for talks in 2011.", "state:KAZ")


def test_a_first_trip_told_with_the_copula_goes_where_the_copula_says():
    # written for these tests; akiner_efp tells it as 'made Kazakhstan the destination of his first official visit'
    assert ("person:medvedev", "state:RUS", "state:KAZ", None, "2008") in _visits(
        "In 2008 Medvedev's first foreign trip was to Kazakhstan."
    )


def _by_organization(text, subject="state:KAZ"):
    return set(
        pick(
            candidates(text, "visit", subject),
            "visitor_id",
            "visitor_organization_id",
            "visitor_state_id",
            "host_state_id",
            "place_id",
            "date_edtf",
        )
    )


def test_an_organisation_s_mission_or_officer_visits_for_the_organisation():
    # written for these tests: the dev and seed texts tell no organisation's visit with a verb of travel
    assert _by_organization("In 2011 an IMF mission visited Kazakhstan.") == {
        (None, "org:IMF", None, "state:KAZ", None, "2011")
    }
    assert (None, "org:IMF", None, "state:KAZ", None, "2011") in _by_organization(
        "In 2011 the Managing Director of the IMF visited Kazakhstan."
    )
    assert (None, "org:OSCE", None, "state:KAZ", "place:astana", "2007") in _by_organization(
        "In 2007 OSCE observers arrived in Astana."
    )
    assert ("person:ban_ki_moon", "org:UN", None, "state:KAZ", "place:astana", "2010") in _by_organization(
        "In 2010 the United Nations Secretary-General Ban Ki-moon visited Astana."
    )


def test_a_state_s_delegation_is_no_organisation_s_visit_and_a_planned_mission_is_planned():
    assert not {v for v in _by_organization("In 2011 a Kazakh delegation visited the IMF headquarters.") if v[1]}
    assert not _by_organization("In 2011 Kazakh IMF staff visited Washington.")  # a state's people, too
    assert visit_modalities("In 2011 an IMF mission will visit Kazakhstan.", "state:KAZ") == {
        ("org:IMF", "state:KAZ", "2011", "planned")
    }


def test_he_goes_on_in_the_year_the_paragraph_is_at():
    # written for these tests, in the shape of akiner_efp's 'In 1992, he visited the USA'
    found = _visits("President Nazarbayev went to Moscow in 2011. He then travelled to Minsk.", "state:KAZ")
    assert ("person:nazarbayev", "state:KAZ", "state:BLR", "place:minsk", "2011") in found


def test_a_speech_at_a_venue_abroad_named_after_its_city_is_a_visit():
    text = (  # wiki_eaeu_2025 (raw/wiki-eurasian-economic-union-lead-and-history-2025.txt)
        "On 29 March 1994, during a speech at Moscow State University, the first President of Kazakhstan, Nursultan "
        "Nazarbayev complained that the CIS was inadequate and did not provide the integration that the countries "
        "badly needed."
    )
    assert ("person:nazarbayev", "state:KAZ", "state:RUS", "place:moscow", "1994-03-29") in _visits(text, None)


def test_a_speech_named_by_its_city_says_no_visit_of_its_own():
    # wiki_fr_russia_2019: the speech is the 2007 Munich conference's, told without a date
    text = (
        "The months following Putin's Munich speech were marked by tension and a surge in rhetoric on both sides of "
        "the Atlantic."
    )
    assert not _visits(text)


def test_he_after_two_persons_is_left_unresolved():
    # written for these tests: 'he' could be either leader
    found = _visits("In 2009 Nazarbayev met Putin in Moscow. He then travelled to Minsk.", "state:KAZ")
    assert not {v for v in found if v[2] == "state:BLR"}
