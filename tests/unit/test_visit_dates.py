"""Repeated visits, places each with its own date, and two shapes of a visit made (received by a leader, the
first leader to visit). Repeated visits and places: the codebook records one visit per occurrence, and
English lists the occurrences of one act by its dates ('in 2007 and 2009') or pairs each place with its date
('Moscow in 1992, Beijing in 1994'). Written for these tests (no dev or seed text uses the shapes); the
near-misses are spans ('between 2004 and 2006') and a date of another clause ('and in 2006 he signed')."""

from __future__ import annotations

from tests.helpers import visit_keys, visit_modalities


def _dated(text, subject="state:TKM"):
    return sorted((k[1], k[2], k[4]) for k in visit_keys(text, subject))


def test_a_visit_with_two_years_is_two_visits():
    assert _dated("Iranian President Mahmoud Ahmadinejad visited Ashgabat in 2007 and 2009.") == [
        ("state:IRN", "state:TKM", "2007"),
        ("state:IRN", "state:TKM", "2009"),
    ]


def test_repeated_visits_listed_after_several_times_and_again():
    assert _dated("Berdimuhamedow has visited China several times, in 2008, 2011 and 2014.") == [
        ("state:TKM", "state:CHN", y) for y in ("2008", "2011", "2014")
    ]
    assert _dated("Niyazov visited the United States in 1993 and again in 1998.") == [
        ("state:TKM", "state:USA", "1993"),
        ("state:TKM", "state:USA", "1998"),
    ]


def test_visits_as_a_noun_with_two_years():
    assert _dated("Ahmadinejad's visits to Ashgabat in 2007 and 2009 sealed the gas deal.") == [
        ("state:IRN", "state:TKM", "2007"),
        ("state:IRN", "state:TKM", "2009"),
    ]


def test_each_place_takes_its_own_date():
    assert _dated("Niyazov visited Moscow in 1992, Beijing in 1994 and Tehran in 1996.") == [
        ("state:TKM", "state:CHN", "1994"),
        ("state:TKM", "state:IRN", "1996"),
        ("state:TKM", "state:RUS", "1992"),
    ]
    assert _dated("Berdimuhamedow visited China in 2008 and Russia in 2009.") == [
        ("state:TKM", "state:CHN", "2008"),
        ("state:TKM", "state:RUS", "2009"),
    ]


def test_a_span_or_another_clauses_date_is_no_second_visit():
    assert _dated("Putin visited Ankara between 2004 and 2006.", "state:TUR") == [("state:RUS", "state:TUR", "2004")]
    assert _dated("Putin visited Ankara in 2004, and in 2006 he signed a pipeline deal.", "state:TUR") == [
        ("state:RUS", "state:TUR", "2004")
    ]


def _visitor_host(text, subject="state:TKM"):
    return sorted((k[1], k[2]) for k in visit_keys(text, subject))


def test_received_by_a_leader_is_a_visit_to_his_state():
    """Written for this test: the passive 'was received by' a leader, with no place named, is at his home."""
    assert _visitor_host("In 1998 Niyazov was received at the White House by President Clinton.") == [
        ("state:TKM", "state:USA")
    ]
    assert _visitor_host("Niyazov was received by Putin in Ashgabat in 2000.") == []  # at the visitor's home
    assert _visitor_host("The proposal was received by Putin with caution in 2003.") == []
    assert _visitor_host("Niyazov was not received by Clinton in 1998.") == []


def test_the_first_leader_to_visit_made_the_visit():
    """Written for this test: 'the first <title> to visit Y' tells a trip made, unless the copula is planned."""
    assert _visitor_host("Abe became the first Japanese prime minister to visit Turkmenistan in 2015.") == [
        ("state:JPN", "state:TKM")
    ]
    assert _visitor_host("Putin became the first Russian president to visit Ashgabat in 2000.") == [
        ("state:RUS", "state:TKM")
    ]
    assert _visitor_host("Abe will be the first Japanese prime minister to visit Turkmenistan.") == []
    assert _visitor_host("Abe was not the first Japanese leader to visit Turkmenistan.") == []
    assert visit_modalities("Putin wanted to visit Ashgabat in 2000.", "state:TKM") == {
        ("state:RUS", "state:TKM", "2000", "planned")
    }
