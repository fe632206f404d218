"""Issue 13: a body's name set in quotes, which the recogniser leaves out, is a provisional organisation when its last
word is a body's head noun (`provisional.QUOTED_BODY`). wiki_ots_2025 (dev) and sentences written for these tests."""

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
