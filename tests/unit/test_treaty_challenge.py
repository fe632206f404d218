"""A challenge set for treaty participation: the many ways encyclopaedia prose (articles on arms-control treaties
and on states' foreign relations) says that a state signed, ratified, acceded to or withdrew from an existing
treaty, and the hedges and negations that state no such act. Every sentence was written for this test from
knowledge of the genre, none taken from an evaluation text.

The codebook (raw/evaluation/BRIEF.md, 'agreement' and section 7): each state's act on an existing multilateral
treaty is an item of its own (the treaty's kind, that one state as party, the date of its act); a treaty signed
between named states is one item with all of them. The keys compared are those the scorer compares: kind, parties,
date, over the candidates stated as fact (no modality).
"""

from __future__ import annotations

import pytest

from tests.helpers import candidates
from tests.helpers import stated_agreements as stated

NPT = "The Treaty on the Non-Proliferation of Nuclear Weapons was opened for signature in 1968. "
CTBT = "The Comprehensive Nuclear-Test-Ban Treaty was opened for signature in September 1996. "


def rules(text, subject=None) -> set:
    return {c["rule_id"] for c in candidates(text, "agreement", subject)}


T = "treaty"
KAZ, UKR, BLR, FRA, CHN, USA, SUN, GBR = (
    "state:KAZ",
    "state:UKR",
    "state:BLR",
    "state:FRA",
    "state:CHN",
    "state:USA",
    "state:SUN",
    "state:GBR",
)

FOUND = [
    # active and passive voice
    ("Kazakhstan ratified the Comprehensive Nuclear-Test-Ban Treaty on 14 May 2002.", {(T, (KAZ,), "2002-05-14")}),
    ("Kazakhstan acceded to the Treaty on the Non-Proliferation of Nuclear Weapons in 1994.", {(T, (KAZ,), "1994")}),
    (NPT + "The treaty was ratified by Kazakhstan in 1994.", {(T, (KAZ,), "1994")}),
    ("The NPT was ratified by Belarus in 1993 and by Ukraine in 1994.", {(T, (BLR,), "1993"), (T, (UKR,), "1994")}),
    (
        "The CTBT was signed by Kazakhstan on 30 September 1996 and ratified on 14 May 2002.",
        {(T, (KAZ,), "1996-09-30"), (T, (KAZ,), "2002-05-14")},
    ),
    (
        "Ratified by Ukraine in 2001, the CTBT has been signed by 184 states.",
        {(T, (UKR,), "2001")},
    ),
    # coordinated verbs, the second act on 'it'
    ("Kazakhstan signed the CTBT in 1996 and ratified it in 2002.", {(T, (KAZ,), "1996"), (T, (KAZ,), "2002")}),
    (CTBT + "Ukraine signed the treaty in 1996 and ratified it in 2001.", {(T, (UKR,), "1996"), (T, (UKR,), "2001")}),
    (
        "Kazakhstan signed the Chemical Weapons Convention in 1993 and ratified it in 2000.",
        {("convention", (KAZ,), "1993"), ("convention", (KAZ,), "2000")},
    ),
    # coordinated subjects, lists and gapped dates
    ("France and China acceded to the NPT in 1992.", {(T, (FRA,), "1992"), (T, (CHN,), "1992")}),
    (NPT + "France and China acceded in 1992.", {(T, (FRA,), "1992"), (T, (CHN,), "1992")}),
    (
        "Belarus (1993), Kazakhstan (1994) and Ukraine (1994) acceded to the NPT as non-nuclear-weapon states.",
        {(T, (BLR,), "1993"), (T, (KAZ,), "1994"), (T, (UKR,), "1994")},
    ),
    (
        NPT + "Belarus (1993), Kazakhstan (1994) and Ukraine (1994) acceded as non-nuclear-weapon states.",
        {(T, (BLR,), "1993"), (T, (KAZ,), "1994"), (T, (UKR,), "1994")},
    ),
    (
        "Kazakhstan ratified the CTBT in 2002, Turkmenistan in 1998 and Uzbekistan in 1997.",
        {(T, (KAZ,), "2002"), (T, ("state:TKM",), "1998"), (T, ("state:UZB",), "1997")},
    ),
    (
        NPT + "Argentina acceded in 1995 and Brazil in 1998.",
        {(T, ("state:ARG",), "1995"), (T, ("state:BRA",), "1998")},
    ),
    # a party, a signatory, an instrument deposited
    ("Kazakhstan became a party to the NPT in February 1994.", {(T, (KAZ,), "1994-02")}),
    (CTBT + "Ukraine became a State Party to the treaty on 23 February 2001.", {(T, (UKR,), "2001-02-23")}),
    ("Kazakhstan has been a party to the NPT since 1994.", {(T, (KAZ,), "1994")}),
    (
        "Kazakhstan deposited its instrument of accession to the NPT on 14 February 1994.",
        {(T, (KAZ,), "1994-02-14")},
    ),
    (NPT + "Belarus deposited its instrument of ratification on 9 February 1993.", {(T, (BLR,), "1993-02-09")}),
    (
        "Kazakhstan's accession to the NPT in 1994 was welcomed by the United States.",
        {(T, (KAZ,), "1994")},
    ),
    # signed but not ratified: the signature only
    ("Egypt has signed but not ratified the CTBT.", {(T, ("state:EGY",), None)}),
    (CTBT + "China signed the treaty in 1996 but has not ratified it.", {(T, (CHN,), "1996")}),
    # withdrawal
    (NPT + "North Korea withdrew from the treaty in 2003.", {(T, ("state:PRK",), "2003")}),
    ("In January 2003, North Korea announced its withdrawal from the NPT.", {(T, ("state:PRK",), "2003-01")}),
    ("The United States withdrew from the Anti-Ballistic Missile Treaty in 2002.", {(T, (USA,), "2002")}),
    (
        "Russia suspended its participation in the CFE Treaty in 2007 and withdrew from it in 2023.",
        {(T, ("state:RUS",), "2023")},
    ),
    # the document's treaty, named before
    (NPT + "Kazakhstan ratified it in 1994.", {(T, (KAZ,), "1994")}),
    (NPT + "Kazakhstan joined the NPT in 1993.", {(T, (KAZ,), "1993")}),
    ("South Africa joined the NPT in 1991 after dismantling its nuclear arsenal.", {(T, ("state:ZAF",), "1991")}),
    ("Ukraine gave up its nuclear weapons and acceded to the NPT in 1994.", {(T, (UKR,), "1994")}),
    ("Kazakhstan's parliament ratified the treaty in 1994.", {(T, (KAZ,), "1994")}),
    ("Kazakhstan became the 50th state to ratify the CTBT, in 2002.", {(T, (KAZ,), "2002")}),
    # a treaty between named states: one item with all of them
    (
        "The Threshold Test Ban Treaty, signed by the United States and the Soviet Union in July 1974, limited tests.",
        {(T, (SUN, USA), "1974-07")},
    ),
    (
        "In 1963 the United States, the United Kingdom and the Soviet Union signed the Partial Test Ban Treaty.",
        {(T, (GBR, SUN, USA), "1963")},
    ),
    (
        "The treaty was signed in Moscow on 5 August 1963 by the United States, the United Kingdom and the Soviet Union.",
        {(T, (GBR, SUN, USA), "1963-08-05")},
    ),
]


NOTHING = [
    "India is not a party to the NPT.",
    "Israel has never signed the NPT.",
    "Israel, India and Pakistan have never been parties to the NPT.",
    "North Korea has neither signed nor ratified the CTBT.",
    "Pakistan has not ratified the CTBT.",
    "India refused to sign the NPT.",
    "Kazakhstan was expected to ratify the treaty in 2001.",
    "Iran has threatened to withdraw from the NPT.",
    "Russia announced that it would withdraw from the treaty.",
    "Of the 44 states whose ratification is required, only five have yet to ratify the CTBT: China, Egypt, Iran, "
    "Israel and the United States.",
    "The Senate of the United States rejected ratification of the CTBT in 1999.",
    "Ukraine agreed to accede to the NPT as a non-nuclear-weapon state.",
]


def test_a_signature_without_ratification_is_no_ratification():
    assert not any("ratif" in r for r in rules("Egypt has signed but not ratified the CTBT."))
    assert not any("ratif" in r for r in rules(CTBT + "China signed the treaty in 1996 but has not ratified it."))


HARDER = [
    # the act as a noun with the treaty named before
    (NPT + "North Korea's withdrawal took effect in April 2003.", {(T, ("state:PRK",), "2003-04")}),
    (
        "North Korea acceded to the NPT in 1985 and announced its withdrawal in January 2003.",
        {(T, ("state:PRK",), "1985"), (T, ("state:PRK",), "2003-01")},
    ),
    (CTBT + "Ratification by Russia followed in June 2000.", {(T, ("state:RUS",), "2000-06")}),
    # a state's status told in an apposition or a list of memberships
    (
        "Iraq, a party to the NPT since 1969, was found in breach of its safeguards agreement.",
        {(T, ("state:IRQ",), "1969")},
    ),
    (
        "Azerbaijan is a member of the United Nations, the Council of Europe, the CFE Treaty and the World Bank.",
        {(T, ("state:AZE",), None)},
    ),
    ("Kazakhstan has been a member of the NPT since 1994.", {(T, (KAZ,), "1994")}),
    # other shapes of the act itself
    (
        "Japan signed the NPT in 1970 but did not ratify it until 1976.",
        {(T, ("state:JPN",), "1970"), (T, ("state:JPN",), "1976")},
    ),
    ("Having acceded to the NPT in 1994, Ukraine transferred its warheads to Russia.", {(T, (UKR,), "1994")}),
    (
        "China and France, the last two nuclear-weapon states, acceded in 1992 to the NPT.",
        {(T, (CHN,), "1992"), (T, (FRA,), "1992")},
    ),
    (
        "France signed the CTBT in 1996, and Russia and the United Kingdom ratified it in 1998.",
        {(T, (FRA,), "1996"), (T, ("state:RUS",), "1998"), (T, (GBR,), "1998")},
    ),
    (
        "Argentina and Brazil acceded to the NPT in 1995 and 1998 respectively.",
        {(T, ("state:ARG",), "1995"), (T, ("state:BRA",), "1998")},
    ),
]


HARDER_NOTHING = [
    "In 1993, North Korea threatened to withdraw from the NPT.",
    "Uzbekistan joined the Collective Security Treaty Organization in 2006. Its withdrawal in 2012 weakened the bloc.",
    "South Sudan, a member of the United Nations since 2011, has not joined the NPT.",
]


def test_it_or_the_country_is_the_state_the_text_is_talking_about():
    assert stated("South Africa dismantled its six warheads in 1990. It acceded to the NPT in 1991.") == {
        (T, ("state:ZAF",), "1991")
    }
    assert stated("The country ratified the CTBT in 2002.", subject=KAZ) == {(T, (KAZ,), "2002")}
    assert stated("Following its accession to the NPT in 1994, Ukraine transferred its warheads to Russia.") == {
        (T, (UKR,), "1994")
    }


def test_it_after_an_organisation_or_two_states_is_no_state():
    found = stated("The European Union welcomed the decision. It ratified the treaty in 2004.")
    assert not any(p.startswith("state:") for _, parties, _ in found for p in parties)
    two = "India and Pakistan tested weapons in 1998. It ratified the treaty in 2004."
    assert not any(r.startswith("agreement.parse_") for r in rules(two))  # the signing rules' reading aside


MORE = [
    ("Indonesia became the 157th state to ratify the treaty on 6 February 2012.", {(T, ("state:IDN",), "2012-02-06")}),
    (NPT + "The treaty was acceded to by Kazakhstan in 1994.", {(T, (KAZ,), "1994")}),
    ("Kazakhstan adhered to the NPT in 1994.", {(T, (KAZ,), "1994")}),
    ("Kazakhstan, having signed the CTBT in 1996, ratified it in 2002.", {(T, (KAZ,), "1996"), (T, (KAZ,), "2002")}),
    ("The CTBT was ratified by the Kazakh parliament in 2002.", {(T, (KAZ,), "2002")}),
    ("North Korea gave notice of its withdrawal from the NPT on 10 January 2003.", {(T, ("state:PRK",), "2003-01-10")}),
    ("Kazakhstan was among the first to sign the CTBT, on 30 September 1996.", {(T, (KAZ,), "1996-09-30")}),
    (
        "The Treaty of Semipalatinsk was signed by Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan "
        "on 8 September 2006.",
        {(T, (KAZ, "state:KGZ", "state:TJK", "state:TKM", "state:UZB"), "2006-09-08")},
    ),
]


def test_adhering_to_principles_is_no_accession():
    assert stated("Kazakhstan adhered to the principles of the UN Charter in 1992.") == set()


NPT_LEAD = (
    "The Treaty on the Non-Proliferation of Nuclear Weapons, commonly known as the NPT, is an international treaty "
    "whose objective is to prevent the spread of nuclear weapons.\n\n"
)


def test_a_bare_act_in_a_treaty_s_own_article_is_on_that_treaty():
    assert stated(
        NPT_LEAD + "Ukraine inherited a large arsenal after the Soviet collapse. It acceded in 1994 as a "
        "non-nuclear-weapon state."
    ) == {(T, (UKR,), "1994")}
    assert stated(NPT_LEAD + "North Korea expelled the inspectors in 2002. North Korea withdrew in 2003.") == {
        (T, ("state:PRK",), "2003")
    }
    assert stated(
        NPT_LEAD + "Israel is widely believed to hold weapons. Israel signed in 1968 but never ratified."
    ) == {(T, ("state:ISR",), "1968")}
    assert stated(NPT_LEAD + "South Africa built six devices. South Africa ratified it in 1991.") == {
        (T, ("state:ZAF",), "1991")
    }


def test_a_bare_act_outside_a_treaty_s_article_or_after_an_organisation_is_no_treaty_item():
    lead = "The foreign relations of Georgia are the policies of its government towards other states.\n\n"
    assert stated(lead + "Georgia sent troops abroad in 2003. Georgia withdrew in 2008.") == set()
    assert stated(NPT_LEAD + "Uzbekistan joined the CSTO in 2006. Uzbekistan withdrew in 2012.") == set()
    assert stated(NPT_LEAD + "Iran hosted the summit in 2012. Iran withdrew its ambassador in 2013.") == set()


def test_the_states_a_relative_clause_qualifies_are_those_the_clause_names():
    assert stated("The states that acceded to the NPT in 1992 were China and France.") == {
        (T, (CHN,), "1992"),
        (T, (FRA,), "1992"),
    }
    assert stated("States that have acceded to the NPT since 2000 include Cuba (2002) and Timor-Leste (2003).") == {
        (T, ("state:CUB",), "2002"),
        (T, ("state:TLS",), "2003"),
    }
    assert stated("The states that have not ratified the CTBT include China and Egypt.") == set()


def test_a_rank_among_others_states_the_act_and_a_revoked_ratification_none():
    assert stated("Kazakhstan was one of the first states to sign the CTBT, on 30 September 1996.") == {
        (T, (KAZ,), "1996-09-30")
    }
    assert stated("Russia ratified the CTBT in 2000 but revoked its ratification in 2023.") == {
        (T, ("state:RUS",), "2000")
    }


def test_states_listed_with_their_act_in_brackets_are_each_an_item():
    found = stated(
        "Five states are recognised by the NPT as nuclear-weapon states: China (signed 1992), France (1992), the "
        "Soviet Union (1968; its obligations now assumed by Russia), the United Kingdom (1968) and the United "
        "States (1968)."
    )
    assert found == {
        (T, (CHN,), "1992"),
        (T, (FRA,), "1992"),
        (T, (SUN,), "1968"),
        (T, (GBR,), "1968"),
        (T, (USA,), "1968"),
    }
    assert stated(
        CTBT + "Signatories in Central Asia include Kazakhstan (signed 1996, ratified 2002) and Kyrgyzstan (signed "
        "1996, ratified 2003)."
    ) == {(T, (KAZ,), "1996"), (T, (KAZ,), "2002"), (T, ("state:KGZ",), "1996"), (T, ("state:KGZ",), "2003")}


def test_years_in_brackets_with_no_act_or_no_treaty_are_no_item():
    assert stated("The NPT is discussed by Kazakhstan (1991), Ukraine (1991) and Belarus (1991).") == set()
    assert stated("The CIS grew to include Georgia (joined 1993) and Azerbaijan (joined 1993).") == set()


def test_a_party_with_no_treaty_named_after_it_is_a_party_to_the_one_talked_about():
    assert stated(NPT + "Kazakhstan became a party in February 1994.") == {(T, (KAZ,), "1994-02")}
    assert stated(NPT_LEAD + "Montenegro declared independence in 2006. Montenegro became a party in 2006.") == {
        (T, ("state:MNE",), "2006")
    }
    assert stated(NPT + "Armenia became a party to the conflict in 1992.") == set()
    assert stated("Armenia joined the CSTO in 1994. Armenia became a party in 1994.") == set()


def test_shared_objects_dates_and_conjoined_treaties():
    assert stated("Kazakhstan signed and ratified the CTBT in 2002.") == {(T, (KAZ,), "2002")}
    assert stated(
        "Kazakhstan is a party to the Chemical Weapons Convention and the Biological Weapons Convention."
    ) == {("convention", (KAZ,), None)}
    assert (T, (UKR,), "1994-12-05") in stated(
        "Ukraine acceded to the NPT on 5 December 1994, the same day the Budapest Memorandum was signed."
    )


def test_an_act_noun_only_spoken_of_states_no_item():
    assert stated("Egypt has made its ratification of the CTBT conditional on Israel's accession to the NPT.") == set()
    assert stated("The United States urged India's accession to the NPT in 1998.") == set()
    assert stated("The prospect of Ukraine's accession to the NPT in 1994 divided its parliament.") == set()
    assert stated("Ukraine's accession to the NPT in 1994 was welcomed by Russia.") == {(T, (UKR,), "1994")}


def test_leaving_denouncing_or_pulling_out_of_a_treaty_is_a_withdrawal():
    assert stated("North Korea left the NPT in 2003.") == {(T, ("state:PRK",), "2003")}
    assert stated("Russia denounced the CFE Treaty in 2023.") == {(T, ("state:RUS",), "2023")}
    assert stated("The United States pulled out of the INF Treaty in 2019.") == {(T, (USA,), "2019")}
    assert stated("After the NPT review conference of 2015, the Iranian delegation left.") == set()
    assert stated("Russia pulled the CFE Treaty into the talks in 2007.") == set()


def test_one_of_or_among_the_parties_is_a_party():
    assert stated("Kazakhstan is one of the 191 states parties to the NPT.") == {(T, (KAZ,), None)}
    assert stated("Since 1994, Ukraine has been among the parties to the NPT.") == {(T, (UKR,), "1994")}
    assert stated("Kazakhstan is one of the founders of the CSTO.") == set()


@pytest.mark.parametrize(("text", "expected"), FOUND + HARDER + MORE)
def test_a_state_s_act_on_a_treaty_is_an_item_of_its_own(text, expected):
    assert stated(text) == expected


@pytest.mark.parametrize("text", NOTHING + HARDER_NOTHING)
def test_a_denied_refused_or_planned_act_states_no_item(text):
    assert stated(text) == set()


def test_bilateral_agreements_listed_with_years_are_no_treaty_acts():
    text = "Kazakhstan has agreements with China (signed 1999) and Russia (signed 1998) on border demarcation."
    assert not any(r.startswith("agreement.bracketed_acts") for r in rules(text, KAZ))


def test_a_numbered_treaty_acronym_is_a_treaty():
    assert stated("Kazakhstan ratified START I in 1993.") == {(T, (KAZ,), "1993")}
    assert stated("Russia ratified START II in 2000.") == {(T, ("state:RUS",), "2000")}
    assert stated("I ratified it in 2000.") == set()


def test_a_signature_or_adherence_told_as_a_noun_is_the_state_s_act():
    assert stated("Kazakhstan's signature of the CTBT in 1996 was welcomed in Vienna.") == {(T, (KAZ,), "1996")}
    assert stated("Ukraine's adherence to the NPT in 1994 ended the dispute.") == {(T, (UKR,), "1994")}
    assert stated("The CTBT was opened for signature in 1996.") == set()


def test_a_treaty_s_acronym_left_unexplained_is_no_body_to_be_a_member_of():
    found = candidates("Kazakhstan joined the NPT in 1993 and withdrew from the CST in 1999.", None, None)
    assert not [c for c in found if c["rule_id"].startswith("membership.")]
    assert stated("Kazakhstan joined the NPT in 1993.") == {(T, (KAZ,), "1993")}


def test_the_first_state_to_ratify_is_the_subject_the_copula_names():
    assert stated(
        "Kazakhstan was the first state to ratify the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, in 2007."
    ) == {(T, (KAZ,), "2007")}
    assert stated("Kazakhstan is the country that ratified the CTBT in 2002.") == {(T, (KAZ,), "2002")}
