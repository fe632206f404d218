"""A second challenge set for agreements in the treaty-article and arms-control genre: the shapes an article on a
multilateral treaty, an arms-control regime or a safeguards system uses to tell agreements, beyond those of
`test_treaty_challenge`. Every sentence was written for this test from knowledge of the genre (chemical and
biological weapons conventions, mine-ban and outer-space treaties, nuclear-weapon-free zones, START and INF,
Open Skies, the IAEA's safeguards, climate protocols), none taken from an evaluation text.

The codebook (raw/evaluation/BRIEF.md, 'agreement'): each state's accession to, ratification of or withdrawal from
an existing treaty is an item of its own (the treaty's kind, that one state as party, the date of its act); an
instrument concluded between named parties (states or an organisation) is one item with all of them; negated,
refused, hedged and planned acts are no item. The keys compared are those the scorer compares: kind, parties, date,
over the candidates stated as fact (no modality).
"""

from __future__ import annotations

import pytest

from tests.helpers import candidates
from tests.helpers import stated_agreements as stated

T, C, P, M, A = "treaty", "convention", "protocol", "memorandum", "agreement"
KAZ, UKR, BLR, RUS, USA, GBR, SUN = (
    "state:KAZ",
    "state:UKR",
    "state:BLR",
    "state:RUS",
    "state:USA",
    "state:GBR",
    "state:SUN",
)
IAEA = "org:IAEA"

CWC_LEAD = (
    "The Chemical Weapons Convention (CWC) is an arms control treaty that outlaws the production, stockpiling and "
    "use of chemical weapons and their precursors.\n\n"
)
OTTAWA_LEAD = (
    "The Ottawa Treaty, formally the Convention on the Prohibition of Anti-Personnel Mines, is an international "
    "treaty that bans anti-personnel landmines.\n\n"
)

FOUND = [
    # state lists with per-state dates: a gapped second clause keeps its own state and year
    (
        "Albania and Austria ratified the Chemical Weapons Convention in 1994, Angola in 2015.",
        {(C, ("state:ALB",), "1994"), (C, ("state:AUT",), "1994"), (C, ("state:AGO",), "2015")},
    ),
    (
        "Montenegro acceded to the Ottawa Treaty in 2006, followed by Palau in 2007.",
        {(T, ("state:MNE",), "2006"), (T, ("state:PLW",), "2007")},
    ),
    # successive acts of one state, each an item
    (
        "Libya signed the Biological Weapons Convention in 1972; it ratified the convention in 1982.",
        {(C, ("state:LBY",), "1972"), (C, ("state:LBY",), "1982")},
    ),
    (
        "Ukraine signed the Ottawa Treaty in 1999 and ratified it in December 2005.",
        {(T, (UKR,), "1999"), (T, (UKR,), "2005-12")},
    ),
    (
        "The United States signed the Kyoto Protocol in 1998 but never ratified it.",
        {(P, (USA,), "1998")},
    ),
    # becoming a party, an instrument deposited
    (
        "In 2004 Libya became the 158th State Party to the Chemical Weapons Convention.",
        {(C, ("state:LBY",), "2004")},
    ),
    (
        "Germany deposited its instrument of ratification of the Rome Statute on 11 December 2000.",
        {(T, ("state:DEU",), "2000-12-11")},
    ),
    (
        "Kazakhstan deposited its instrument of ratification of the Kyoto Protocol in June 2009.",
        {(P, (KAZ,), "2009-06")},
    ),
    (
        "Kazakhstan ratified the Paris Agreement in December 2016.",
        {(A, (KAZ,), "2016-12")},
    ),
    # entry into force for a state: the state's treaty, undated
    (
        "The Ottawa Treaty entered into force for Ukraine on 1 June 2006.",
        {(T, (UKR,), None)},
    ),
    # withdrawal
    (
        "Russia withdrew from the Open Skies Treaty, effective 18 December 2021.",
        {(T, (RUS,), "2021-12-18")},
    ),
    (
        "In May 2020 the United States announced its withdrawal from the Open Skies Treaty.",
        {(T, (USA,), "2020-05")},
    ),
    # joining in some capacity
    (
        "Cuba ratified the Treaty of Tlatelolco as its last signatory in 2002.",
        {(T, ("state:CUB",), "2002")},
    ),
    # instruments between a state and an organisation: both are parties
    (
        "Kazakhstan concluded a comprehensive safeguards agreement with the International Atomic Energy Agency in "
        "1994.",
        {(A, (IAEA, KAZ), "1994")},
    ),
    (
        "In 2004 Kazakhstan signed an Additional Protocol with the IAEA.",
        {(P, (IAEA, KAZ), "2004")},
    ),
    (
        "In August 2015 Kazakhstan and the IAEA signed a framework agreement under which the agency's "
        "low-enriched uranium bank would be hosted in Oskemen.",
        {(A, (IAEA, KAZ), "2015-08")},
    ),
    # named instruments with their signatories
    (
        "The Lisbon Protocol, signed by Belarus, Kazakhstan, Russia, Ukraine and the United States in May 1992, "
        "made the four post-Soviet states parties to START I.",
        {(P, (BLR, KAZ, RUS, UKR, USA), "1992-05")},
    ),
    (
        "The Budapest Memorandum on Security Assurances was signed by Ukraine, Russia, the United States and the "
        "United Kingdom on 5 December 1994.",
        {(M, (GBR, RUS, UKR, USA), "1994-12-05")},
    ),
    (
        "In 1994 the United States, the United Kingdom and Russia signed a memorandum on security assurances with "
        "Kazakhstan.",
        {(M, (GBR, KAZ, RUS, USA), "1994")},
    ),
    (
        "Russia and the United States signed New START in Prague on 8 April 2010.",
        {(T, (RUS, USA), "2010-04-08")},
    ),
    (
        "The INF Treaty was signed by the United States and the Soviet Union in December 1987.",
        {(T, (SUN, USA), "1987-12")},
    ),
    (
        "In 2011 Kazakhstan and India signed an agreement on cooperation in the peaceful uses of nuclear energy.",
        {(A, ("state:IND", KAZ), "2011")},
    ),
    (
        "China, France, Germany, Russia, the United Kingdom, the United States and Iran agreed the Joint "
        "Comprehensive Plan of Action in Vienna on 14 July 2015.",
        {("action_plan", ("state:CHN", "state:DEU", "state:FRA", GBR, "state:IRN", RUS, USA), "2015-07-14")},
    ),
]


NOTHING = [
    # negations
    "Egypt has not signed the Chemical Weapons Convention.",
    "Israel remains outside the Biological Weapons Convention.",
    "Israel refused to accede to the Chemical Weapons Convention.",
    "Russia and China have never joined the Ottawa Treaty.",
    "India and Pakistan are not parties to the Ottawa Treaty.",
    "Only three states have yet to join the Chemical Weapons Convention: Egypt, Israel and North Korea.",
    # hedges and plans
    "Turkmenistan is expected to ratify the Ottawa Treaty in 2026.",
    "Uzbekistan pledged to join the Ottawa Treaty.",
    "Kazakhstan has considered acceding to the Ottawa Treaty.",
    "In 2007 Russia warned that it might withdraw from the INF Treaty.",
    # the treaty's own events, no state's act
    "The Treaty of Pelindaba entered into force on 15 July 2009.",
    "The 2006 Review Conference of the Biological Weapons Convention decided to establish an Implementation Support "
    "Unit in Geneva.",
    "The review conference called on all states to accede to the convention.",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_an_instrument_or_a_state_s_act_on_it_is_an_item(text, expected):
    assert stated(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_a_denied_hedged_or_planned_act_and_a_treaty_s_own_event_state_no_item(text):
    assert stated(text) == set()


def test_the_treaty_s_own_opening_for_signature_is_an_item_without_parties():
    found = [
        (c["kind"], c["parties"], c.get("date_edtf"))
        for c in candidates(
            CWC_LEAD + "The Convention was opened for signature in Paris on 13 January 1993.", "agreement", None
        )
    ]
    assert (C, [], "1993-01-13") in found


def test_a_bare_act_in_a_treaty_s_article_is_on_that_treaty():
    assert stated(CWC_LEAD + "Syria gave up its stockpile under Russian pressure. It acceded in October 2013.") == {
        (C, ("state:SYR",), "2013-10")
    }
    assert stated(OTTAWA_LEAD + "Finland joined in 2012, Poland in 2012 and Belarus in 2003.") == {
        (T, ("state:FIN",), "2012"),
        (T, ("state:POL",), "2012"),
        (T, (BLR,), "2003"),
    }
    assert stated(CWC_LEAD + "Iraq acceded to the Convention in 2009 as a possessor state.") == {
        (C, ("state:IRQ",), "2009")
    }


def test_a_state_heading_names_the_state_that_acts_in_its_section():
    assert stated(CWC_LEAD + "It acceded in January 2004 after renouncing its programmes.", heading="Libya") == {
        (C, ("state:LBY",), "2004-01")
    }
    assert stated(OTTAWA_LEAD + "It signed in 1997 but has not ratified.", heading="Marshall Islands") == {
        (T, ("state:MHL",), "1997")
    }


def test_a_state_s_successive_acts_told_in_two_sentences_are_two_items():
    assert stated("Angola signed the Ottawa Treaty in 1997. It ratified the treaty in 2002.") == {
        (T, ("state:AGO",), "1997"),
        (T, ("state:AGO",), "2002"),
    }


def test_a_heading_naming_a_state_gives_no_act_to_a_sentence_that_tells_none():
    assert stated(CWC_LEAD + "It declared a stockpile of 25 tonnes of mustard agent.", heading="Libya") == set()


def test_the_next_states_to_act_each_keep_their_own_date():
    assert stated(
        "Chile ratified the Treaty of Tlatelolco in 1974, followed by Argentina in 1994 and Cuba in 2002."
    ) == {
        (T, ("state:CHL",), "1974"),
        (T, ("state:ARG",), "1994"),
        (T, ("state:CUB",), "2002"),
    }
    assert stated("Norway and Peru ratified the Ottawa Treaty in 1998; Angola in 2002.") == {
        (T, ("state:NOR",), "1998"),
        (T, ("state:PER",), "1998"),
        (T, ("state:AGO",), "2002"),
    }
    assert stated("Chile ratified the Treaty of Tlatelolco in 1974, followed by a long pause in 1975.") == {
        (T, ("state:CHL",), "1974")
    }


def test_an_effective_date_dates_the_act_it_qualifies():
    assert stated("The United States withdrew from the INF Treaty, effective from 2 August 2019.") == {
        (T, (USA,), "2019-08-02")
    }
    assert stated("Russia withdrew from the Open Skies Treaty in 2021, effective six months later.") == {
        (T, (RUS,), "2021")
    }


def test_the_state_a_treaty_entered_into_force_for_is_its_party():
    assert stated("The Chemical Weapons Convention entered into force for Angola on 16 October 2015.") == {
        (C, ("state:AGO",), None)
    }
    assert stated("The Chemical Weapons Convention entered into force on 29 April 1997.") == set()


def test_it_after_a_state_subject_in_the_same_sentence_is_that_state():
    assert stated(
        "Libya signed the Biological Weapons Convention in 1972, and it ratified the convention in 1982."
    ) == {
        (C, ("state:LBY",), "1972"),
        (C, ("state:LBY",), "1982"),
    }
    assert stated("The European Union welcomed the move by Libya; it ratified the convention in 1982.") == set()


def test_a_later_clause_s_subject_acting_on_its_own_is_no_signer():
    assert stated("The Soviet Union signed the Outer Space Treaty in 1967, and Kazakhstan ratified it in 1998.") == {
        (T, (SUN,), "1967"),
        (T, (KAZ,), "1998"),
    }
    assert stated("Norway ratified the Ottawa Treaty in 1998, and Finland acceded to it in 2012.") == {
        (T, ("state:NOR",), "1998"),
        (T, ("state:FIN",), "2012"),
    }
    assert (T, (KAZ, "state:UZB"), "1998") in stated(
        "Kazakhstan and Uzbekistan signed the Treaty of Eternal Friendship in 1998, and both parliaments ratified it "
        "in 1999."
    )


def test_a_bare_act_noun_a_state_declares_is_its_act():
    assert stated("In 2002 the United States gave notice of withdrawal from the ABM Treaty.") == {(T, (USA,), "2002")}
    assert stated("In January 2003 North Korea announced withdrawal from the Chemical Weapons Convention.") == {
        (C, ("state:PRK",), "2003-01")
    }
    assert stated("Russia demanded withdrawal from the INF Treaty in 2007.") == set()
    assert stated("Congress debated withdrawal from the Open Skies Treaty in 2019.") == set()


def test_agreements_a_named_state_signed_with_others_are_its_own():
    assert stated("Kazakhstan has signed safeguards agreements with the IAEA.") == {(A, (IAEA, KAZ), None)}
    assert stated("In 1995 Uzbekistan concluded agreements with the IAEA and the EBRD.") == {
        (A, (IAEA, "state:UZB"), "1995"),
        (A, ("org:EBRD", "state:UZB"), "1995"),
    }


def test_a_signing_after_an_instrument_s_adoption_takes_its_own_signer_and_date():
    assert stated("The Paris Agreement was adopted on 12 December 2015 and signed by Kazakhstan on 2 August 2016.") == {
        (A, (KAZ,), "2016-08-02")
    }
    assert stated("The Treaty was signed on 8 September 2006 and ratified by Kazakhstan in 2009.") == {
        (T, (KAZ,), "2009")
    }
    assert stated("The Convention was adopted in 1992 and signed in Paris on 13 January 1993.") == set()


def test_a_successor_state_s_succession_to_a_treaty_is_its_act():
    assert stated("Kazakhstan succeeded to the Outer Space Treaty in 1998.") == {(T, (KAZ,), "1998")}
    assert stated("Belarus succeeded to the Biological Weapons Convention in 1993.") == {(C, (BLR,), "1993")}
    assert stated("Tokayev succeeded to the presidency in 2019.") == set()


def test_acts_coordinated_in_a_relative_clause_are_its_noun_s():
    assert stated(
        CWC_LEAD + "Ukraine, which signed in 1993 and ratified in 1998, destroyed its stockpile by 2000."
    ) == {(C, (UKR,), "1993"), (C, (UKR,), "1998")}


def test_a_state_that_followed_repeats_the_act_before_it():
    assert stated("Kazakhstan ratified the Ottawa Treaty in 1998; Tajikistan followed in 1999.") == {
        (T, (KAZ,), "1998"),
        (T, ("state:TJK",), "1999"),
    }
    assert (T, ("state:FIN",), "2012") in stated(
        "Norway ratified the Ottawa Treaty in 1998, and Finland followed suit in 2012."
    )
    assert stated(CWC_LEAD + "Albania acceded in 1994, and Angola followed in 2015.") == {
        (C, ("state:ALB",), "1994"),
        (C, ("state:AGO",), "2015"),
    }
    assert stated("Norway ratified the Ottawa Treaty in 1998, and talks with Finland followed in 2012.") == {
        (T, ("state:NOR",), "1998")
    }
    assert stated("Russia has not ratified the Ottawa Treaty, and Belarus followed suit.") == set()


def test_an_instrument_between_named_parties_signed_in_the_passive_is_theirs():
    assert stated(
        "An agreement between the IAEA and Kazakhstan on the establishment of the LEU Bank was signed on 27 August "
        "2015."
    ) == {(A, (IAEA, KAZ), "2015-08-27")}
    assert stated(
        "A memorandum among Kazakhstan, Kyrgyzstan and Uzbekistan on water sharing in the Syr Darya basin was signed "
        "in 1998."
    ) == {(M, (KAZ, "state:KGZ", "state:UZB"), "1998")}


def test_an_instrument_named_as_what_an_act_follows_is_no_signing():
    assert stated("Under the Lisbon Protocol, Kazakhstan agreed to give up its strategic arms.") == set()
    assert stated("Under the Budapest Memorandum, Russia agreed to respect the borders of Ukraine.") == set()
    assert stated("In accordance with the Treaty of Semipalatinsk, Kazakhstan closed its test site.") == set()
    assert (T, (KAZ, "state:UZB"), "1998") in stated(
        "Under President Nazarbayev, Kazakhstan and Uzbekistan signed the Treaty of Eternal Friendship in 1998."
    )


def test_an_act_put_as_a_condition_or_asked_for_is_not_stated():
    assert stated("If Iran ratified the Additional Protocol, sanctions would be lifted.") == set()
    assert stated("Unless Egypt ratifies the Chemical Weapons Convention, the region will remain unprotected.") == set()
    assert stated("Ukraine has been asked to sign an Additional Protocol with the IAEA.") == set()
    assert stated("Kazakhstan signed the Additional Protocol in 2004, even though it was asked to do so earlier.") == {
        (P, (KAZ,), "2004")
    }


LOAN = "loan_deal"


def test_a_lender_s_loan_approved_to_a_state_is_their_deal():
    assert stated("In 1993 the EBRD approved a $150 million loan to Kazakhstan.") == {(LOAN, ("org:EBRD", KAZ), "1993")}
    assert stated("The World Bank approved a second structural adjustment loan for Kyrgyzstan in May 1996.") == {
        (LOAN, ("org:WORLD_BANK", "state:KGZ"), "1996-05")
    }
    assert stated("Kazakhstan repaid the loan in full in 2000, seven years ahead of schedule.") == set()
    assert stated("In 1998 Kazakhstan and China signed a protocol on the border for the first time.") == {
        (P, ("state:CHN", KAZ), "1998")
    }


def test_the_states_an_exception_names_did_not_act():
    assert (
        stated(
            CWC_LEAD + "The Convention has been ratified by all UN members except Egypt, Israel, North Korea and South "
            "Sudan."
        )
        == set()
    )
    assert stated("All the Central Asian states other than Uzbekistan ratified the Ottawa Treaty in 2000.") == set()
    assert stated("Kazakhstan, but not Uzbekistan, ratified the Ottawa Treaty in 2000.") == {(T, (KAZ,), "2000")}


def test_an_act_whose_doers_are_denied_is_no_act():
    assert stated("Neither India nor Pakistan has joined the Ottawa Treaty.") == set()
    assert stated("Neither India nor Pakistan has signed the Ottawa Treaty.") == set()
    assert stated("No Central Asian state has acceded to the Ottawa Treaty.") == set()
    assert stated("Kazakhstan joined the Ottawa Treaty in 2020 with no reservations.") == {(T, (KAZ,), "2020")}


def test_states_signing_a_treaty_its_acronym_names_on_one_date_sign_together():
    assert stated("The United States and the Soviet Union signed SALT I in Moscow on 26 May 1972.") == {
        (T, (SUN, USA), "1972-05-26")
    }
    assert stated("France signed the CTBT in 1996 and Germany in 1997.") == {
        (T, ("state:FRA",), "1996"),
        (T, ("state:DEU",), "1997"),
    }


def test_renouncing_or_abrogating_a_treaty_is_a_withdrawal():
    assert stated("Russia renounced the Open Skies Treaty in 2021.") == {(T, (RUS,), "2021")}
    assert stated("In 2002 the United States abrogated the ABM Treaty.") == {(T, (USA,), "2002")}
    assert stated("Libya renounced its chemical weapons programme in 2003.") == set()
    assert stated("Kazakhstan renounced the use of force in 1995.") == set()


def test_a_duty_a_treaty_states_is_no_act():
    assert (
        stated("Article III requires each non-possessor state party to conclude a safeguards agreement with the IAEA.")
        == set()
    )
    assert stated("Each party must conclude a safeguards agreement with the IAEA within 18 months.") == set()
    assert stated("The treaty obliged Ukraine to accede to the Chemical Weapons Convention.") == set()


def test_an_instrument_that_is_another_verb_s_subject_is_not_what_was_signed():
    assert stated("Kazakhstan concluded a safeguards agreement with the IAEA in 1994, as the treaty required.") == {
        (A, (IAEA, KAZ), "1994")
    }
    assert stated("The treaty, signed in Moscow in 1994 by Kazakhstan and Russia, requires annual consultations.") == {
        (T, (KAZ, RUS), "1994")
    }


def test_a_cleft_s_date_is_the_act_s():
    assert stated("It was not until 2000 that Kazakhstan ratified the Chemical Weapons Convention.") == {
        (C, (KAZ,), "2000")
    }
    assert stated("It was not until 1999 that Ukraine joined the Ottawa Treaty.") == {(T, (UKR,), "1999")}
    assert stated("It was only in 2005 that Ukraine ratified the Ottawa Treaty.") == {(T, (UKR,), "2005")}
    assert stated("It is likely that Ukraine will ratify the Ottawa Treaty in 2026.") == set()


def test_an_act_noun_that_took_place_is_the_act_of_the_state_talked_about():
    assert (C, (KAZ,), "2000") in stated(
        "Kazakhstan signed the Chemical Weapons Convention in 1993. Ratification followed in 2000."
    )
    assert (T, (UKR,), "2005") in stated("Ukraine signed the Ottawa Treaty in 1999; ratification came in 2005.")
    two = "Kazakhstan and Russia signed the Chemical Weapons Convention in 1993. Ratification followed in 1997."
    assert not any(date == "1997" for _, _, date in stated(two))
    assert stated("Kazakhstan joined the CSTO in 1994. Ratification followed in 1995.") == set()
