"""Tune sentences for agreements in the multilateral-treaty article genre, written with their expected facts
(codebook raw/evaluation/BRIEF.md, 'agreement') before the rules they test. Invented from knowledge of the genre
(the Treaty on the Prohibition of Nuclear Weapons, the biological and chemical weapons conventions, the Treaty of
Semipalatinsk, the Antarctic Treaty, the Kyoto Protocol); none taken from an evaluation text."""

from __future__ import annotations

import pytest

from tests.helpers import stated_agreements

T, C, P, A = "treaty", "convention", "protocol", "agreement"
KAZ, BLR, UKR, USA = "state:KAZ", "state:BLR", "state:UKR", "state:USA"

TPNW_LEAD = (
    "The Treaty on the Prohibition of Nuclear Weapons (TPNW) is the first legally binding international agreement "
    "to comprehensively prohibit nuclear weapons.\n\n"
)
SEMIPALATINSK_LEAD = (
    "The Treaty of Semipalatinsk, or the Central Asian Nuclear Weapon Free Zone Treaty, is a legally binding "
    "commitment by five Central Asian states not to acquire nuclear weapons.\n\n"
)
BWC_LEAD = "The Biological Weapons Convention (BWC) is a disarmament treaty that bans biological and toxin weapons.\n\n"


def keys(text: str) -> set:
    """(kind, parties, date) of every agreement candidate stated as fact, parties or none."""
    return stated_agreements(text, partyless=True)


TUNE = [
    (TPNW_LEAD + "The treaty was opened for signature on 20 September 2017.", {(T, (), "2017-09-20")}),
    (
        "Belarus and Ukraine acceded to the Biological Weapons Convention in 1993 and 1994 respectively.",
        {(C, (BLR,), "1993"), (C, (UKR,), "1994")},
    ),
    (
        SEMIPALATINSK_LEAD + "Kyrgyzstan deposited its instrument of ratification in 2007.",
        {(T, ("state:KGZ",), "2007")},
    ),
    ("Kazakhstan acceded to the Antarctic Treaty as a non-consultative party in 2015.", {(T, (KAZ,), "2015")}),
    ("The United States has signed but not ratified the Kyoto Protocol.", {(P, (USA,), None)}),
    ("South Sudan never signed the Ottawa Treaty.", set()),
    (
        "In 2001 the United States announced its withdrawal from the ABM Treaty, which took effect in June 2002.",
        {(T, (USA,), "2001")},
    ),
    (
        "The last state to join the Treaty of Pelindaba was Morocco, which ratified it in 2022.",
        {(T, ("state:MAR",), "2022")},
    ),
    ("Parties to the Kyoto Protocol discussed a proposal to amend the protocol in 2011.", set()),
    (
        "The Eighth Review Conference of the Biological Weapons Convention in 2016 urged Israel and Egypt to join.",
        set(),
    ),
    (
        "Kazakhstan was among the first states to sign the Treaty on the Prohibition of Nuclear Weapons, on 2 March "
        "2018, and ratified it on 29 August 2019.",
        {(T, (KAZ,), "2018-03-02"), (T, (KAZ,), "2019-08-29")},
    ),
    # an entry into force is the instrument's item too, undated (the codebook: its date in a note)
    (
        BWC_LEAD + "Signed on 10 April 1972, the convention entered into force on 26 March 1975.",
        {(C, (), "1972-04-10"), (C, (), None)},
    ),
    (BWC_LEAD + "Kazakhstan acceded to the convention in 2007.", {(C, (KAZ,), "2007")}),
    (
        BWC_LEAD + "Kazakhstan and Uzbekistan deposited their instruments of accession in 2007 and 1996 respectively.",
        {(C, (KAZ,), "2007"), (C, ("state:UZB",), "1996")},
    ),
    (
        "The latest country to accede to the Ottawa Treaty was Sri Lanka, in December 2017.",
        {(T, ("state:LKA",), "2017-12")},
    ),
    (
        BWC_LEAD + "The most recent state to ratify it was Tuvalu, in 2024.",
        {(C, ("state:TUV",), "2024")},
    ),
    # a group the dictionaries do not make certain (raw/dictionaries/state_groups.csv) is skipped; its body no party
    ("All five permanent members of the UN Security Council have ratified the Outer Space Treaty.", set()),
    (
        "Canada, which had ratified the Kyoto Protocol in 2002, withdrew from it in 2011.",
        {(P, ("state:CAN",), "2002"), (P, ("state:CAN",), "2011")},
    ),
    (
        TPNW_LEAD + "Kazakhstan's instrument of ratification was deposited on 29 August 2019.",
        {(T, (KAZ,), "2019-08-29")},
    ),
    (
        TPNW_LEAD + "Ukraine acceded as a non-nuclear-weapon state in 1994.",
        {(T, (UKR,), "1994")},
    ),
    (
        TPNW_LEAD + "Adopted on 7 July 2017, the treaty entered into force on 22 January 2021.",
        {(T, (), "2017-07-07"), (T, (), None)},
    ),
    ("Japan and Korea have not signed the Treaty on the Prohibition of Nuclear Weapons.", set()),
    ("Kazakhstan urged the nuclear powers to sign the protocol to the Treaty of Semipalatinsk.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TUNE)
def test_tune(text, expected):
    assert keys(text) == expected


def test_a_ranked_join_takes_the_date_of_the_act_its_doer_s_clause_tells():
    assert keys("The last state to join the Treaty of Pelindaba was Morocco, whose envoy had signed it.") == {
        (T, ("state:MAR",), None)
    }
    assert keys("The first state to ratify the Ottawa Treaty was Canada, which deposited its instrument in 1997.") == {
        (T, ("state:CAN",), "1997")
    }


def test_a_list_of_instruments_deposited_pairs_states_and_dates_only_when_told_respectively():
    assert keys(BWC_LEAD + "Kazakhstan and Uzbekistan deposited their instruments of accession in 2007.") == {
        (C, (KAZ,), "2007"),
        (C, ("state:UZB",), "2007"),
    }
    assert keys(
        BWC_LEAD + "Armenia, Georgia and Moldova deposited their instruments of ratification in 1994, 1996 and 2005 "
        "respectively."
    ) == {(C, ("state:ARM",), "1994"), (C, ("state:GEO",), "1996"), (C, ("state:MDA",), "2005")}


def test_a_fronted_participle_dates_the_instrument_s_own_act_not_a_state_s():
    assert keys(TPNW_LEAD + "Concluded in New York on 7 July 2017, it was signed by 50 states within a year.") >= {
        (T, (), "2017-07-07")
    }
    assert (T, (), "1996") not in keys(
        "The Treaty of Pelindaba prohibits nuclear weapons in Africa.\n\nSigned by Egypt in 1996, the treaty still "
        "awaits its ratification."
    )


def test_a_lead_defining_a_named_treaty_as_an_agreement_keeps_the_name_s_kind():
    assert keys(TPNW_LEAD + "Austria ratified it in May 2018.") == {(T, ("state:AUT",), "2018-05")}
    assert keys(
        "The Paris Agreement is the international agreement on climate change adopted in 2015.\n\n"
        "Kazakhstan ratified it in December 2016."
    ) == {(A, (KAZ,), "2016-12")}


CWC_LEAD = "The Chemical Weapons Convention (CWC) is an arms control treaty that outlaws chemical weapons.\n\n"


def test_the_treaty_in_a_treaty_s_article_is_its_topic_and_a_named_instrument_another():
    assert keys(CWC_LEAD + "The treaty entered into force in 1997. China ratified in 1997 and India in 1996.") >= {
        (C, ("state:CHN",), "1997"),
        (C, ("state:IND",), "1996"),
    }
    assert keys(
        CWC_LEAD + "Syria acceded in 2013 as part of an agreement for the destruction of its arsenal. Angola became "
        "the 190th state party in 2015."
    ) == {(C, ("state:SYR",), "2013"), (C, ("state:AGO",), "2015")}
    assert (P, (UKR,), "1993") in keys(
        CWC_LEAD + "Belarus signed the Lisbon Protocol in 1992. Ukraine ratified it in 1993."
    )


def test_a_treaty_article_s_paragraph_lends_no_state_to_a_signing_that_names_its_own():
    assert keys(
        CWC_LEAD + "Angola became the 190th state party in 2015. Myanmar, which had signed in 1993, ratified the "
        "convention in 2015."
    ) == {(C, ("state:AGO",), "2015"), (C, ("state:MMR",), "1993"), (C, ("state:MMR",), "2015")}


OTTAWA_LEAD = (
    "The Ottawa Treaty, formally the Convention on the Prohibition of Anti-Personnel Mines, is an international treaty "
    "that bans anti-personnel landmines.\n\n"
)


def test_the_instrument_s_own_acts_told_of_the_topic_in_a_conjunct_or_by_it():
    assert keys(OTTAWA_LEAD + "The treaty was negotiated in Oslo and opened for signature on 3 December 1997.") == {
        (T, (), "1997-12-03")
    }
    assert keys(OTTAWA_LEAD + "The treaty was negotiated in Oslo in 1997. It entered into force on 1 March 1999.") == {
        (T, (), None)
    }
    assert keys("The talks were held in Oslo in 1997. It entered into force on 1 March 1999.") == set()


def test_a_state_becoming_a_party_by_its_act_takes_the_act_s_date():
    assert keys(
        OTTAWA_LEAD + "Sri Lanka deposited its instrument of accession on 13 December 2017, becoming the 163rd state "
        "party."
    ) == {(T, ("state:LKA",), "2017-12-13")}


def test_a_ranked_act_in_a_timing_clause_takes_no_date_from_outside_it():
    assert keys(
        OTTAWA_LEAD + "It entered into force on 1 March 1999, after Burkina Faso became the 40th state to ratify it."
    ) == {
        (T, (), None),
        (T, ("state:BFA",), None),
    }
    assert keys(OTTAWA_LEAD + "In 1998 Burkina Faso became the 40th state to ratify it.") == {
        (T, ("state:BFA",), "1998")
    }


def test_a_capitalised_statute_is_a_treaty_and_a_domestic_statute_none():
    assert keys("Armenia ratified the Rome Statute in November 2023.") == {(T, ("state:ARM",), "2023-11")}
    assert keys("Burundi withdrew from the Rome Statute in October 2017.") == {(T, ("state:BDI",), "2017-10")}
    assert keys("In 2002 the United States adopted a statute restricting cooperation with the court.") == set()


KYOTO_LEAD = (
    "The Kyoto Protocol is an international treaty that extends the United Nations Framework Convention on Climate "
    "Change.\n\n"
)


def test_a_treaty_article_s_bare_acts_are_on_its_topic_past_the_bodies_its_lead_and_history_name():
    assert keys(KYOTO_LEAD + "Kazakhstan's ratification followed in 2009.") == {(P, (KAZ,), "2009")}
    assert keys(KYOTO_LEAD + "It was adopted in Kyoto on 11 December 1997.") == {(P, (), "1997-12-11")}
    told = (
        "Its text was approved by the United Nations General Assembly. Fifty states signed on the first day. "
        "Canada gave notice of its withdrawal in December 2011."
    )
    assert keys(KYOTO_LEAD + told) == {(P, ("state:CAN",), "2011-12")}
    assert (
        keys(KYOTO_LEAD + "Its text was approved by the United Nations General Assembly. It withdrew in 2011.") == set()
    )


def test_a_bare_act_after_an_organisation_in_an_article_on_no_treaty_is_no_treaty_s():
    assert (
        keys(
            "The Eurasian Economic Community was an economic organisation of post-Soviet states.\n\n"
            "Uzbekistan joined the Eurasian Economic Community in 2006. Its text was revised later. Uzbekistan "
            "withdrew in 2008."
        )
        == set()
    )


def test_the_protocol_in_a_treaty_s_article_is_what_its_noun_says_without_a_topic():
    assert keys(
        "The protocol extends the United Nations Framework Convention on Climate Change.\n\n"
        "The protocol was signed in Kyoto in 1998."
    ) >= {(P, (), "1998")}


def test_a_ranked_state_s_deposited_instrument_is_its_act():
    assert keys(
        KYOTO_LEAD + "Hungary was the 55th state to deposit its instrument of ratification, in August 2002."
    ) == {(P, ("state:HUN",), "2002-08")}
    assert keys(
        KYOTO_LEAD + "The 55th state to deposit its instrument of ratification was Hungary, in August 2002."
    ) == {(P, ("state:HUN",), "2002-08")}
    assert keys(KYOTO_LEAD + "Hungary was expected to deposit its instrument of ratification in 2002.") == set()


def test_states_placed_among_the_first_to_act_each_act():
    assert keys(TPNW_LEAD + "Guatemala, Venezuela and Palestine were among the first to ratify, in July 2018.") == {
        (T, ("state:GTM",), "2018-07"),
        (T, ("state:VEN",), "2018-07"),
        (T, ("state:PSE",), "2018-07"),
    }
    assert keys(TPNW_LEAD + "Guatemala was one of the first states to ratify it, in July 2018.") == {
        (T, ("state:GTM",), "2018-07")
    }
    assert keys(TPNW_LEAD + "Guatemala and Venezuela were among the states that refused to ratify it in 2018.") == set()


def test_a_state_depositing_the_nth_instrument_ratifies():
    assert keys(KYOTO_LEAD + "In October 2020 Honduras deposited the 50th instrument of ratification.") == {
        (P, ("state:HND",), "2020-10")
    }
    assert (P, ("state:HND",), None) in keys(
        KYOTO_LEAD + "It entered into force in 2021, ninety days after Honduras deposited the fiftieth instrument of "
        "ratification."
    )
    assert keys(KYOTO_LEAD + "Honduras deposited the instrument of ratification that the treaty required.") == set()


OST_LEAD = "The Outer Space Treaty is a multilateral treaty that forms the basis of international space law.\n\n"


def test_acts_asked_for_or_under_negotiation_are_not_stated():
    assert keys(OST_LEAD + "The General Assembly called on all states to sign and ratify the treaty.") == set()
    assert keys(OST_LEAD + "Pakistan was negotiating its accession in 2012.") == set()
    assert keys(OST_LEAD + "Pakistan completed its accession in 2012.") == {(T, ("state:PAK",), "2012")}
    assert keys(OST_LEAD + "Kazakhstan signed the treaty in 1998 and ratified it in 2009.") == {
        (T, (KAZ,), "1998"),
        (T, (KAZ,), "2009"),
    }
