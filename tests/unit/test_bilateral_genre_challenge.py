"""A challenge set for bilateral and state–lender instruments as a state's foreign-relations article, or an
article on a state and a lender, tells them: the partner from a section heading naming a state, several
instruments signed at once, a signing dated by the visit it took place during, memoranda, declarations and joint
statements, and a lender's lending arrangements. Every sentence was written for this test from knowledge of the
genre, none taken from an evaluation text. (Multilateral treaty acts — accessions, ratifications, withdrawals — are
tests/unit/test_treaty_genre_challenge.py; the older bilateral set is test_bilateral_agreement_challenge.py.)

Decisions from the codebook (raw/evaluation/BRIEF.md, §2 and 'agreement'):
- 'signed 15 agreements' is one item per stated instrument: the number counts instruments the text does not tell
  apart, so the signing is one (kind, parties, year) key, as 'signed agreements on gas and on a pipeline' is.
- A lender's lending arrangement is a `loan_deal` with the lender and the state as parties: 'the Fund approved a
  Stand-By Arrangement for Georgia in 2008' (the Fund's approval concludes the arrangement: its date), and
  'reached a staff-level agreement with the IMF on a three-year arrangement' (an agreement reached, on lending).
- 'agreed to cooperate' with no instrument named is no agreement (the codebook's items are instruments: name,
  kind); talks, negotiations, a proposal, a planned signing and an anniversary of a signing are none either.
- A signing 'during X's visit to Y in 2009' takes the visit's year; a party the sentence leaves out is the
  article's state, and the partner the state its section heading names ('the two countries').
"""

from __future__ import annotations

import pytest

from tests.helpers import agreement_year_keys

GEO, MNG, UZB, CHN, TJK, ARM, JPN, KOR, IND, RUS, USA, FRA = (
    "state:GEO",
    "state:MNG",
    "state:UZB",
    "state:CHN",
    "state:TJK",
    "state:ARM",
    "state:JPN",
    "state:KOR",
    "state:IND",
    "state:RUS",
    "state:USA",
    "state:FRA",
)
IMF, ADB, WB, EU = "org:IMF", "org:ADB", "org:WORLD_BANK", "org:EU"
A, T, M, D, L, J = "agreement", "treaty", "memorandum", "declaration", "loan_deal", "joint_statement"


def stated(text, subject=UZB, heading=None) -> set:
    """(kind, parties, year) of every agreement candidate stated as fact, in an article on `subject`."""
    return agreement_year_keys(text, subject, heading)


FOUND = [
    # several instruments at once: one key per stated signing
    (
        "In 2007 the two presidents signed agreements on gas supplies and on a pipeline.",
        UZB,
        "China",
        {(A, (CHN, UZB), "2007")},
    ),
    ("Uzbekistan and China signed 15 agreements worth $6 billion in 2013.", UZB, None, {(A, (CHN, UZB), "2013")}),
    (
        "In 2016 Mongolia and Japan signed an economic partnership agreement.",
        MNG,
        None,
        {(A, (JPN, MNG), "2016")},
    ),
    # the partner from the section heading
    (
        "A treaty of friendship and cooperation was signed in 1992.",
        UZB,
        "South Korea",
        {(T, (KOR, UZB), "1992")},
    ),
    (
        "Diplomatic relations were established in 1993. The two countries signed a strategic partnership "
        "declaration in 2011.",
        MNG,
        "India",
        {(D, (IND, MNG), "2011")},
    ),
    (
        "In 2014 the sides adopted a joint statement on comprehensive partnership.",
        TJK,
        "China",
        {(J, (CHN, TJK), "2014")},
    ),
    (
        "In 2009, Georgia and the United States signed a Charter on Strategic Partnership.",
        GEO,
        None,
        {("charter", (GEO, USA), "2009")},
    ),
    # a signing dated by the visit it took place during
    (
        "The agreement on military cooperation was signed during the Armenian president's visit to Moscow in 2010.",
        ARM,
        None,
        {(A, (ARM, RUS), "2010")},
    ),
    (
        "During the visit of the French president to Tbilisi in 2014, the two countries signed a memorandum on "
        "energy efficiency.",
        GEO,
        None,
        {(M, (FRA, GEO), "2014")},
    ),
    # an intergovernmental agreement, a memorandum with a lender
    (
        "In 2012 Tajikistan and Russia signed an intergovernmental agreement on labour migration.",
        TJK,
        None,
        {(A, (RUS, TJK), "2012")},
    ),
    (
        "In 2015 Mongolia signed a memorandum of understanding with the ADB on urban development.",
        MNG,
        None,
        {(M, (ADB, MNG), "2015")},
    ),
    (
        "Georgia signed a loan agreement with the World Bank for road construction in 2011.",
        GEO,
        None,
        {(L, (WB, GEO), "2011")},
    ),
    # lending arrangements of a lender
    (
        "Georgia joined the IMF in 1992. The Fund approved a Stand-By Arrangement for Georgia in 2008.",
        GEO,
        None,
        {(L, (IMF, GEO), "2008")},
    ),
    (
        "In 2017 Mongolia reached a staff-level agreement with the IMF on a three-year arrangement.",
        MNG,
        None,
        {(L, (IMF, MNG), "2017")},
    ),
    (
        "In 2016 the IMF approved a three-year Extended Fund Facility for Armenia.",
        ARM,
        None,
        {(L, (IMF, ARM), "2016")},
    ),
    # an association agreement with a union
    (
        "Georgia signed an Association Agreement with the European Union in 2014.",
        GEO,
        None,
        {(A, (EU, GEO), "2014")},
    ),
    # the article's state as the unnamed signer
    (
        "In 2019 it signed a memorandum with India on space cooperation.",
        MNG,
        None,
        {(M, (IND, MNG), "2019")},
    ),
    # the year from the paragraph's earlier sentence
    (
        "President Mirziyoyev visited Seoul in 2017. A joint statement on a special strategic partnership was adopted.",
        UZB,
        None,
        {(J, (KOR, UZB), "2017")},
    ),
]

NOTHING = [
    ("Talks on a free trade agreement between Georgia and China began in 2015.", GEO, None),
    ("Mongolia and Japan held negotiations on an economic partnership agreement.", MNG, None),
    ("In 2018 Uzbekistan proposed a treaty on water sharing to Tajikistan.", UZB, None),
    ("The two countries agreed to cooperate in the fields of energy and transport.", UZB, "China"),
    ("Armenia and Russia plan to sign an agreement on the gas price next year.", ARM, None),
    ("In 2012 the two countries celebrated the 20th anniversary of the treaty of friendship.", UZB, "South Korea"),
    ("Georgia is expected to sign a new arrangement with the IMF.", GEO, None),
    ("In 2013 they marked the tenth anniversary of the signing of the treaty.", UZB, "China"),
    ("Mongolia requested a loan from the Asian Development Bank in 2009.", MNG, None),
    ("The IMF mission discussed a possible arrangement with the Tajik authorities.", TJK, None),
]


@pytest.mark.parametrize("case", FOUND, ids=[c[0][:50] for c in FOUND])
def test_a_bilateral_or_lender_instrument_is_one_item_with_its_parties_and_year(case):
    text, subject, heading, expected = case
    assert stated(text, subject, heading) == expected


@pytest.mark.parametrize("case", NOTHING, ids=[c[0][:50] for c in NOTHING])
def test_talks_proposals_plans_and_anniversaries_are_no_signed_instrument(case):
    text, subject, heading = case
    assert stated(text, subject, heading) == set()


def test_an_agreement_on_lending_is_a_loan_deal_and_one_on_other_arrangements_is_not():
    assert stated("In 2010 Armenia reached an agreement with the World Bank on a $50 million loan.", ARM) == {
        (L, (WB, ARM), "2010")
    }
    assert stated("In 2010 Armenia and Georgia signed an agreement on transit arrangements.", ARM) == {
        (A, (ARM, GEO), "2010")
    }


def test_the_fund_is_the_lender_talked_about_and_no_other_fund():
    text = "The Fund approved a Stand-By Arrangement for Georgia in 2008."
    assert stated("Georgia joined the IMF in 1992. " + text, GEO) == {(L, (IMF, GEO), "2008")}
    assert stated(text, GEO) == {(L, (GEO,), "2008")}  # no lender named before: none to give


def test_a_city_visited_gives_the_partner_and_a_venue_does_not():
    adopted = " A joint statement on transit was adopted."
    assert stated("The president visited Tokyo in 2015." + adopted, MNG) == {(J, (JPN, MNG), "2015")}
    assert "state:CHE" not in {
        p for _, parties, _ in stated("Talks were held in Geneva in 2015." + adopted, MNG) for p in parties
    }


def test_each_instrument_of_a_gapped_list_keeps_its_own_year():
    text = (
        "In 1996 Uzbekistan and the United States signed a memorandum on military cooperation, and in 2002 a "
        "declaration on strategic partnership."
    )
    assert stated(text) == {(M, (USA, UZB), "1996"), (D, (USA, UZB), "2002")}
    assert stated("In 2004 Uzbekistan signed a treaty with Russia, and in 2005 it joined the EurAsEC.") == {
        (T, (RUS, UZB), "2004")
    }


def test_an_arrangement_under_a_lender_s_facility_is_a_loan_deal_and_a_transit_arrangement_is_none():
    joined = "Armenia joined the IMF in 1992. "
    assert stated(
        joined + "In 1995 the Fund approved an arrangement under the Systemic Transformation Facility.", ARM
    ) == {(L, (IMF, ARM), "1995")}
    assert stated(joined + "A three-year arrangement under the Extended Fund Facility was approved in 2017.", ARM) == {
        (L, (IMF, ARM), "2017")
    }
    assert stated("In 2010 Armenia and Georgia approved new transit arrangements for freight.", ARM) == set()


def test_an_agreement_with_fund_staff_on_a_programme_is_a_loan_deal_with_the_fund():
    joined = "Mongolia joined the IMF in 1991. "
    assert stated(joined + "In 2017 the government reached an agreement with Fund staff on a program.", MNG) == {
        (L, (IMF, MNG), "2017")
    }
    assert stated("In 2017 Mongolia signed an agreement with Japan on a cultural programme.", MNG) == {
        (A, (JPN, MNG), "2017")
    }


def test_a_framework_the_sides_agreed_is_an_agreement_and_one_worked_within_is_none():
    assert stated(
        "In 2002 the two countries agreed on a framework for strategic partnership.", UZB, "United States"
    ) == {(A, (USA, UZB), "2002")}
    assert stated("In 2008 Georgia and France agreed a new framework for defence cooperation.", GEO) == {
        (A, (FRA, GEO), "2008")
    }
    assert (
        stated("In 2009 Georgia and France cooperated within the framework of the Eastern Partnership.", GEO) == set()
    )
    assert stated("The two countries did not agree on a framework for the talks.", GEO, "France") == set()
