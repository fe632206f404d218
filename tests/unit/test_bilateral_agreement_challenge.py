"""A challenge set for agreements between states, and between states and organisations, as articles on a
state's foreign relations tell them: signed, concluded, adopted or agreed, in the active or the passive, with the
partner in a 'with' phrase, the parties coordinated or told before ('the two countries'), and the article's own
state as a party where the text implies it. Every sentence was written for this test from knowledge of the genre,
none taken from an evaluation text.

The codebook (raw/evaluation/BRIEF.md, 'agreement'): one item per instrument with all its parties and its signing
date; kinds treaty, agreement, protocol, memorandum, declaration, action_plan, loan_deal, convention, act, charter,
joint_statement. Keys compared: kind, parties, year, over the candidates stated as fact (no modality).
Multilateral treaty participation (a state's accession or ratification) is tests/unit/test_treaty_challenge.py.
"""

from __future__ import annotations

import pytest

from tests.helpers import agreement_year_keys, candidates

TKM, KAZ, UZB, CHN, IRN, RUS, TUR = (
    "state:TKM",
    "state:KAZ",
    "state:UZB",
    "state:CHN",
    "state:IRN",
    "state:RUS",
    "state:TUR",
)
OMN, AFG, PAK, IND, AZE, KGZ, JPN = (
    "state:OMN",
    "state:AFG",
    "state:PAK",
    "state:IND",
    "state:AZE",
    "state:KGZ",
    "state:JPN",
)
A, T, M, D = "agreement", "treaty", "memorandum", "declaration"


def stated(text, subject=TKM, heading=None) -> set:
    """(kind, parties, year) of every agreement candidate stated as fact, in an article on `subject`."""
    return agreement_year_keys(text, subject, heading)


FOUND = [
    # active voice, the parties coordinated or in a 'with' phrase
    ("In 2007 Turkmenistan and China signed an agreement on gas supplies.", {(A, (CHN, TKM), "2007")}),
    ("Kazakhstan signed a treaty of friendship with Uzbekistan in 1998.", {(T, (KAZ, UZB), "1998")}),
    ("In 2009 Turkmenistan signed a long-term gas contract agreement with Russia.", {(A, (RUS, TKM), "2009")}),
    ("Turkey and Turkmenistan signed a memorandum of understanding on education in 2012.", {(M, (TKM, TUR), "2012")}),
    ("Turkmenistan concluded an agreement on air services with Turkey in 1993.", {(A, (TKM, TUR), "1993")}),
    ("In 2014 Uzbekistan and Turkmenistan signed a treaty on strategic partnership.", {(T, (TKM, UZB), "2014")}),
    ("Iran and Turkmenistan signed a protocol on border crossings in 2005.", {("protocol", (IRN, TKM), "2005")}),
    # passive voice: 'was signed between', 'was signed by'
    (
        "A memorandum of understanding on energy was signed between Turkmenistan and Iran in 2014.",
        {(M, (IRN, TKM), "2014")},
    ),
    (
        "An agreement on the delimitation of the border was signed by Turkmenistan and Uzbekistan in 2000.",
        {(A, (TKM, UZB), "2000")},
    ),
    (
        "In 2011, a protocol on trade was signed between Kazakhstan and Turkmenistan.",
        {("protocol", (KAZ, TKM), "2011")},
    ),
    # named instruments with their parties
    (
        "The Ashgabat Agreement, signed by Iran, Oman, Turkmenistan and Uzbekistan in 2011, created a transit corridor.",
        {(A, (IRN, OMN, TKM, UZB), "2011")},
    ),
    (
        "The 1992 Treaty of Friendship, Cooperation and Mutual Assistance between Russia and Kazakhstan remains in "
        "force.",
        {(T, (KAZ, RUS), "1992")},
    ),
    (
        "Turkmenistan and Afghanistan signed the Joint Declaration on Strategic Partnership in 2016.",
        {(D, (AFG, TKM), "2016")},
    ),
    # the article's own state or the partner of a bilateral section
    (
        "China is Turkmenistan's largest buyer of gas. In 2008 the two countries signed an agreement on the "
        "construction of a gas pipeline.",
        {(A, (CHN, TKM), "2008")},
    ),
    (
        "Iran opened a consulate in Mary in 2009. In 2010, both countries signed a memorandum on cooperation in "
        "agriculture.",
        {(M, (IRN, TKM), "2010")},
    ),
    ("Turkmenistan signed a memorandum on railway construction with Afghanistan in 2013.", {(M, (AFG, TKM), "2013")}),
    # the two countries told before, in the same paragraph
    (
        "Turkmenistan established diplomatic relations with Japan in 1992. In 2013 the two countries signed a "
        "declaration on friendship and partnership.",
        {(D, (JPN, TKM), "2013")},
    ),
    (
        "President Berdimuhamedow visited Pakistan in 2016. The two sides signed a memorandum of understanding on "
        "the supply of electricity.",
        {(M, (PAK, TKM), "2016")},
    ),
    # states and organisations
    (
        "Turkmenistan concluded a Partnership and Cooperation Agreement with the European Union in 1998.",
        {(A, ("org:EU", TKM), "1998")},
    ),
    (
        "In 2015 Turkmenistan and the United Nations signed a framework agreement on development assistance.",
        {(A, ("org:UN", TKM), "2015")},
    ),
    # the article's state as the signer, the partner in 'with'
    ("In 2017 it signed an agreement with Azerbaijan on energy cooperation.", {(A, (AZE, TKM), "2017")}),
    # several instruments signed at once
    ("In 2012, Turkmenistan and Turkey signed agreements on trade, transit and energy.", {(A, (TKM, TUR), "2012")}),
    (
        "During the visit of the Chinese president in 2014, Turkmenistan and China signed 15 agreements.",
        {(A, (CHN, TKM), "2014")},
    ),
    # other verbs: conclude, adopt, agree
    (
        "In 2017 Turkmenistan and Uzbekistan adopted a joint statement on cooperation.",
        {("joint_statement", (TKM, UZB), "2017")},
    ),
    ("Kazakhstan and Uzbekistan adopted an action plan for 2019-2020 in 2018.", {("action_plan", (KAZ, UZB), "2018")}),
    ("Russia and Turkmenistan concluded a treaty on friendship and cooperation in 2002.", {(T, (RUS, TKM), "2002")}),
    # a loan deal
    (
        "In 2009 China signed a loan agreement worth $4 billion with Turkmenistan for the development of the "
        "South Yolotan field.",
        {("loan_deal", (CHN, TKM), "2009")},
    ),
    # a signing told as a noun
    (
        "The signing of a treaty on the state border between Turkmenistan and Uzbekistan in 2017 ended the dispute.",
        {(T, (TKM, UZB), "2017")},
    ),
    # never ratified: still signed (the brief dates the signing)
    (
        "Turkmenistan and Russia signed an agreement on dual citizenship in 1993, but it was never ratified.",
        {(A, (RUS, TKM), "1993")},
    ),
    # a date after the verb, in the sentence's opening
    ("On 12 May 2008, Turkmenistan and India signed a memorandum on the TAPI pipeline.", {(M, (IND, TKM), "2008")}),
    ("Kyrgyzstan and Turkmenistan signed a treaty of friendship in 1997.", {(T, (KGZ, TKM), "1997")}),
]

HARDER = [
    # passive with no agent: the article's state and the partner the paragraph names
    (
        "Relations with Kazakhstan are close. In 2001, agreements on trade, transit and energy were signed.",
        {(A, (KAZ, TKM), "2001")},
    ),
    (
        "The Iranian president visited Ashgabat in 2015. A joint statement was adopted at the end of the visit.",
        {("joint_statement", (IRN, TKM), "2015")},
    ),
    (
        "Relations with Uzbekistan improved after 2016. In 2017 the sides agreed on a roadmap for trade.",
        {("action_plan", (TKM, UZB), "2017")},
    ),
    (
        "Turkmenistan and Turkey established relations in 1991. In 1995, the parties signed a Declaration on "
        "Friendship.",
        {(D, (TKM, TUR), "1995")},
    ),
    # an agreement introduced with its year and partner
    (
        "Under a 2009 agreement with Russia, Turkmenistan supplies 30 billion cubic metres of gas a year.",
        {(A, (RUS, TKM), "2009")},
    ),
    # capitals and adjectives for the states
    ("In 2006 Ashgabat and Beijing signed a general agreement on a gas pipeline.", {(A, (CHN, TKM), "2006")}),
    (
        "Turkmen and Afghan officials signed a protocol on electricity supply in 2018.",
        {("protocol", (AFG, TKM), "2018")},
    ),
    # the partner's leader with the home state's
    (
        "In 2014 President Berdimuhamedow and President Erdoğan signed a declaration on strategic partnership.",
        {(D, (TKM, TUR), "2014")},
    ),
    # signed with a participle after the noun
    ("A treaty on the state border with Kazakhstan, signed in 2001, settled the frontier.", {(T, (KAZ, TKM), "2001")}),
    ("The agreement on gas transit with Uzbekistan signed in 2005 expired in 2015.", {(A, (TKM, UZB), "2005")}),
]

NOTHING = [
    "Negotiations on an agreement on gas prices between Turkmenistan and Russia continue.",
    "Turkmenistan proposed a treaty on the legal status of the Caspian Sea in 1996.",
    "Turkmenistan and Azerbaijan failed to agree on the ownership of the Kapaz field.",
    "Turkmenistan has not signed an agreement on visa-free travel with Uzbekistan.",
    "The two countries plan to sign an agreement on the pipeline in 2020.",
    "Turkmenistan refused to sign the agreement on a customs union.",
    "Talks on a free trade agreement between Turkmenistan and Turkey began in 2010.",
    "Turkmenistan is expected to sign an agreement with the European Union.",
    "Turkmenistan and Iran discussed a possible agreement on electricity exports.",
    "Turkmenistan withdrew from the negotiations on the agreement in 2005.",
    "Turkmenistan hoped to sign a gas deal with the European Union.",
    "In 2010 Turkmenistan sought to conclude a treaty with Azerbaijan on the Caspian fields.",
    "Turkmenistan tried to sign an agreement with Iran on gas prices in 2008.",
]


@pytest.mark.parametrize("case", FOUND, ids=[c[0][:50] for c in FOUND])
def test_a_signed_instrument_is_one_item_with_all_its_parties(case):
    text, expected, *heading = case
    assert stated(text, TKM, heading[0] if heading else None) == expected


@pytest.mark.parametrize("case", HARDER, ids=[c[0][:50] for c in HARDER])
def test_harder_shapes_of_a_signing(case):
    text, expected = case
    assert stated(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_a_planned_proposed_refused_or_negotiated_instrument_is_no_signed_item(text):
    assert stated(text) == set()


def test_the_article_s_own_state_signs_where_the_subject_is_it_or_the_country():
    assert stated("The country signed a treaty of friendship with Kazakhstan in 1993.") == {(T, (KAZ, TKM), "1993")}
    assert stated("It concluded an agreement on air services with Turkey in 1993.") == {(A, (TKM, TUR), "1993")}


def test_the_partner_of_a_bilateral_section_is_the_state_its_heading_names():
    two = "In 2008 the two countries signed an agreement on the construction of a gas pipeline."
    assert stated(two, TKM, "China") == {(A, (CHN, TKM), "2008")}
    assert stated(two, TKM, "Turkmenistan–China relations") == {(A, (CHN, TKM), "2008")}
    assert stated("In 2010 the sides signed a memorandum on agriculture.", TKM, "Iran") == {(M, (IRN, TKM), "2010")}
    assert stated(two, TKM, "Central Asia") == {(A, (TKM,), "2008")}  # no state heads it: no partner to give
    assert stated("A joint statement was adopted in 2015.", TKM, "Iran") == {("joint_statement", (IRN, TKM), "2015")}
    assert stated(
        "Relations were established in 1992, and a treaty on friendship was signed in 1995.", TKM, "Ukraine"
    ) == {(T, (TKM, "state:UKR"), "1995")}
    assert stated("Japan opened an embassy in 2013. A treaty on investment was signed in 2015.", TKM, "Ukraine") == {
        (T, (JPN, TKM), "2015")
    }  # the state the paragraph names is the partner, not the heading's


def test_agreeing_to_another_act_on_an_instrument_is_an_agreement_of_its_own():
    """Not a signing of the instrument: the states' agreement to amend or extend it is an unnamed agreement (as the
    reference annotations record 'six of the nine … agreed to renew the treaty')."""
    assert {k for k, _, _ in stated("In 2005 the two governments agreed to remove the clause from the agreement.")} == {
        A
    }
    assert stated("In 2012 Turkmenistan and Russia agreed to extend the treaty on gas supplies.") == {
        (A, (RUS, TKM), "2012")
    }
    planned = candidates("In 2012 Turkmenistan and Russia agreed to sign a treaty on gas supplies.", "agreement", TKM)
    assert [(c["kind"], c["parties"], c["modality"]) for c in planned] == [(T, [RUS, TKM], "planned")]


def test_a_year_before_the_signers_is_no_count_of_them():
    assert stated("Relations with Turkey grew. In 1995 the parties signed a declaration on friendship.") == {
        (D, (TKM, TUR), "1995")
    }
    assert stated("In 2020, 30 states had ratified the treaty.") == set()


def test_a_state_on_the_route_is_no_party_but_a_visit_s_host_is():
    assert stated("Turkmenistan signed an agreement with Iran on the transit of goods to Turkey in 2016.") == {
        (A, (IRN, TKM), "2016")
    }
    assert stated("In 2011 Turkmenistan signed a memorandum with Afghanistan on electricity supply to Pakistan.") == {
        (M, (AFG, TKM), "2011")
    }
    assert stated("In 2014 Uzbekistan and Turkmenistan signed an agreement on gas exports through Afghanistan.") == {
        (A, (TKM, UZB), "2014")
    }
    assert stated("In 2009, during the president's visit to Beijing, a memorandum on energy was signed.") == {
        (M, (CHN, TKM), "2009")
    }
    assert stated("The agreement signed with Iran in 2007 was criticised by Russia.") == {(A, (IRN, TKM), "2007")}
    assert stated("An agreement on gas was signed by Iran and Turkmenistan in 2007.") == {(A, (IRN, TKM), "2007")}
    assert stated("Turkmenistan signed a gas agreement with China in 2007, angering Russia.") == {
        (A, (CHN, TKM), "2007")
    }
    assert stated("In 2007, signing a treaty with Kazakhstan, Turkmenistan settled the border.") == {
        (T, (KAZ, TKM), "2007")
    }
