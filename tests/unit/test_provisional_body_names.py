"""Issue 13: names of bodies the dictionaries lack. One set in quotes, which the recogniser leaves out, is a
provisional organisation when its last word is a body's head noun (`provisional.QUOTED_BODY`); one that opens with two
states' adjectives joined by a dash names a joint body, not the first state (`provisional._paired_states`).
wiki_ots_2025 and wiki_fr_russia_2019 (dev) and sentences written for these tests."""

from __future__ import annotations

from tests.helpers import candidates, pick


def _events(text, subject="org:CCTC"):
    return set(pick(candidates(text, "organization_event", subject), "organization_id", "event_type", "date_edtf"))


def test_a_quoted_body_name_is_an_organisation():
    # wiki_ots_2025 (dev)
    found = _events(
        "In September 2022, on the occasion of the 90th anniversary of the Language Festival, the Organization of "
        'Turkic States decided to establish a "Common Alphabet Commission" within the body of OTS for a unified '
        "alphabet of the Turkic world."
    )
    assert ("org:new_common_alphabet_commission", "establishment_decided", "2022-09") in found
    found = _events("In 2012 the council decided to establish a ‘Turkic Business Council’.")
    assert ("org:new_turkic_business_council", "establishment_decided", "2012") in found
    found = _events("In 2014 the members agreed to establish a “Turkic Investment Fund”.")
    assert ("org:new_turkic_investment_fund", "establishment_decided", "2014") in found


def test_a_quoted_phrase_of_no_body_is_none():
    # near-misses: a quoted slogan or programme, and a quoted instrument
    assert not _events('In 2012 the council adopted the "Turkic World Vision" programme.')
    assert not {
        e
        for e in _events('In 2014 the members agreed to establish a "Common Market Agreement".')
        if e[0].startswith("org:new_")
    }


def test_a_name_opening_with_two_states_adjectives_is_a_joint_body():
    # wiki_fr_russia_2019 (dev)
    found = _events(
        "In 2007 Putin proposed to create a Russian-European Institute for Freedom and Democracy.", "state:RUS"
    )
    assert ("org:new_russian_european_institute_for_freedom_and_democracy", "proposed", "2007") in found
    found = _events("In 2010 the Kazakh-Chinese Business Council was established in Astana.", "state:KAZ")
    assert ("org:new_kazakh_chinese_business_council", "founded", "2010") in found
    found = _events("In 2015 Nazarbayev proposed to create a Kazakh-American Institute for Democracy.", "state:KAZ")
    assert ("org:new_kazakh_american_institute_for_democracy", "proposed", "2015") in found


def test_one_states_institution_stays_the_state():
    # near-miss: a single state's adjective before a national body names that state's institution
    assert not _events("The Russian Security Council was established in 1992.", "state:RUS")
