"""Tune sentences for the parties and the date of a named or described agreement: parties told as a pair of
adjectives ('the Soviet–American INF Treaty', 'a Russian-Turkmen gas agreement'), 'with X' (an organisation as a
party: 'a safeguards agreement with the IAEA'), a listed set of signers; the year told before the name ('the 1963
Partial Test Ban Treaty'), in brackets ('(1992)'), after 'of' ('Treaty of 1987'), or as the signing beside a later
entry into force or ratification. Near-misses: a broker, a body the instrument creates, a city in the name or the
venue of the signing are no parties.

Written with the facts expected under the codebook (raw/evaluation/BRIEF.md §3, §5 agreement) before the pipeline
was run on any of them; invented from knowledge of the genre (foreign-relations and treaty articles), none from an
evaluation text. Scored before any change: the first 25 sentences, 19 of 24 expected facts found, 5 not expected;
at the end of the change (branch tre13), with the cases added round by round (each written before the round's
rules): 83 of 85 found, 2 not expected (KNOWN). Keys are the scorer's (kind, parties, year) of each candidate stated as fact with parties
(`helpers.agreement_year_keys`); a multi-state act may be one item or one per state (`fact_keys.agreement_matches`).
"""

from __future__ import annotations

import pytest

from tests.fact_keys import agreement_matches
from tests.helpers import agreement_year_keys, xfail_cases

T, A, P, D = "treaty", "agreement", "protocol", "declaration"


def st(*codes: str) -> tuple[str, ...]:
    return tuple(sorted(f"state:{c}" for c in codes))


def with_org(org: str, *codes: str) -> tuple[str, ...]:
    return tuple(sorted([f"org:{org}", *(f"state:{c}" for c in codes)]))


TUNE = [
    # 1 a pair of adjectives before the name, the year after 'of'
    (
        "The Soviet–American INF Treaty of 1987 eliminated all intermediate-range nuclear missiles.",
        None,
        {(T, st("SUN", "USA"), "1987")},
    ),
    # 2 a hyphenated pair of adjectives, a participle dating the signing
    (
        "A Russian-Turkmen gas agreement signed in April 2003 committed Turkmenistan to supply gas for 25 years.",
        "state:TKM",
        {(A, st("RUS", "TKM"), "2003")},
    ),
    # 3 an abbreviation and an adjective: the talks produced the agreement
    (
        "The US–Soviet Strategic Arms Limitation Talks produced the SALT I agreement in 1972.",
        None,
        {(A, st("SUN", "USA"), "1972")},
    ),
    # 4 an organisation as the other party ('with the IAEA')
    (
        "In 1995 Turkmenistan signed a safeguards agreement with the IAEA.",
        "state:TKM",
        {(A, with_org("IAEA", "TKM"), "1995")},
    ),
    # 5 the year in brackets after the partner
    (
        "Turkmenistan signed a bilateral treaty of friendship with Iran (1992).",
        "state:TKM",
        {(T, st("IRN", "TKM"), "1992")},
    ),
    # 6 a listed set of signers; the city is the venue, no party
    (
        "The Partial Test Ban Treaty was signed in Moscow on 5 August 1963 by the United States, the United Kingdom "
        "and the Soviet Union.",
        None,
        {(T, st("GBR", "SUN", "USA"), "1963")},
    ),
    # 7 signed, then in force: the date is the signing's
    (
        "The treaty on the seabed was signed by the United States, the United Kingdom and the Soviet Union in 1971 "
        "and entered into force in 1972.",
        None,
        {(T, st("GBR", "SUN", "USA"), "1971")},
    ),
    # 8 concluded, then ratified: the date is the conclusion's
    (
        "In 2007 Turkmenistan and China concluded a gas pipeline agreement, which was ratified in 2008.",
        "state:TKM",
        {(A, st("CHN", "TKM"), "2007")},
    ),
    # 9 a pair of adjectives in the other order, the state's own article
    (
        "Under President Niyazov, Turkmenistan signed the Turkmen–Chinese pipeline agreement in April 2006.",
        "state:TKM",
        {(A, st("CHN", "TKM"), "2006")},
    ),
    # 10 near-miss: a city in the treaty's name is no party
    (
        "The Treaty of Moscow was signed by West Germany and the Soviet Union in 1970.",
        None,
        {(T, st("DEU", "SUN"), "1970")},
    ),
    # 11 near-miss: the body a declaration establishes is no party
    (
        "In 2001 China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan signed a declaration establishing "
        "the Shanghai Cooperation Organisation.",
        None,
        {(D, st("CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"), "2001")},
    ),
    # 12 the year before the name, parties after 'between'
    (
        "The 1963 Hot Line Agreement between the United States and the Soviet Union set up a direct link between "
        "the two capitals.",
        None,
        {(A, st("SUN", "USA"), "1963")},
    ),
    # 13 'signed with X an agreement'
    (
        "In 1998 Turkmenistan signed with Ukraine an agreement on gas supplies.",
        "state:TKM",
        {(A, st("TKM", "UKR"), "1998")},
    ),
    # 14 a protocol to an agreement with the IAEA, signed by the state
    (
        "The additional protocol to its safeguards agreement with the IAEA was signed by Kazakhstan in February 2004.",
        "state:KAZ",
        {(P, with_org("IAEA", "KAZ"), "2004")},
    ),
    # 15 five signers, a protocol named
    (
        "In May 1992 Belarus, Kazakhstan, Russia, Ukraine and the United States signed the Lisbon Protocol.",
        None,
        {(P, st("BLR", "KAZ", "RUS", "UKR", "USA"), "1992")},
    ),
    # 16 near-miss: a treaty named with no party gives no party
    ("The Outer Space Treaty bans the stationing of nuclear weapons in outer space.", None, set()),
    # 17 near-miss: the broker is no party
    (
        "In May 1994 Russia brokered a ceasefire between Armenia and Azerbaijan.",
        None,
        {(A, st("ARM", "AZE"), "1994")},
    ),
]

TUNE += [  # added before any change, with the first scoring: names joined into the pair, leaders, capitals, brackets
    # 18 state names joined by dashes before the noun
    (
        "The Turkmenistan–Afghanistan–Pakistan–India (TAPI) pipeline agreement was signed in December 2010.",
        "state:TKM",
        {(A, st("AFG", "IND", "PAK", "TKM"), "2010")},
    ),
    # 19 an organisation and a state joined by a dash
    (
        "The EU–Turkmenistan Partnership and Cooperation Agreement, signed in 1998, has not been ratified by the "
        "European Parliament.",
        "state:TKM",
        {(A, with_org("EU", "TKM"), "1998")},
    ),
    # 20 one year in brackets after each partner
    (
        "Turkmenistan has signed bilateral agreements on transit with Kazakhstan (2004) and Uzbekistan (2007).",
        "state:TKM",
        {(A, st("KAZ", "TKM"), "2004"), (A, st("TKM", "UZB"), "2007")},
    ),
    # 21 leaders named by their states' adjectives
    (
        "Turkmen President Saparmurat Niyazov and Russian President Vladimir Putin signed a 25-year gas agreement "
        "in 2003.",
        "state:TKM",
        {(A, st("RUS", "TKM"), "2003")},
    ),
    # 22 a fronted participle dates the signing
    (
        "Signed in 1997, the agreement with Iran on gas supplies opened the first pipeline bypassing Russia.",
        "state:TKM",
        {(A, st("IRN", "TKM"), "1997")},
    ),
    # 23 capitals for their governments
    (
        "Ashgabat signed a memorandum on gas cooperation with Beijing in 2006.",
        "state:TKM",
        {("memorandum", st("CHN", "TKM"), "2006")},
    ),
    # 24 an attributive year, the partner after 'with'
    (
        "A 1997 agreement with Iran provided for gas swaps.",
        "state:TKM",
        {(A, st("IRN", "TKM"), "1997")},
    ),
    # 25 near-miss: a border named by an adjective pair is no agreement
    ("The Turkmen–Afghan border was demarcated in 2005.", "state:TKM", set()),
]

TUNE += [  # added with the dash-joined sides: a lone adjective describes, names no side
    ("The Iranian Nuclear Agreement of 2015 limited uranium enrichment.", "state:TKM", set()),
    (
        "The Russian–Ukrainian Treaty of Friendship of 1997 recognised the existing borders.",
        None,
        {(T, st("RUS", "UKR"), "1997")},
    ),
]

TUNE += [  # added with the partners' own years: a bracket after the instrument or one year for all is no partner's
    (
        "Turkmenistan signed agreements on gas with Russia and Ukraine (2001).",
        "state:TKM",
        {(A, st("RUS", "TKM"), "2001"), (A, st("TKM", "UKR"), "2001")},
    ),
    (
        "In 1996 Turkmenistan signed transit agreements with Iran (the first in the region) and Turkey.",
        "state:TKM",
        {(A, st("IRN", "TKM"), "1996"), (A, st("TKM", "TUR"), "1996")},
    ),
]

TUNE += [  # added with the fronted participle: the signing of the noun it describes, whose phrase ends the parties
    (
        "Concluded in 2010, the treaty between Russia and Norway ended a dispute that had lasted forty years.",
        None,
        {(T, st("NOR", "RUS"), "2010")},
    ),
    (  # near-miss: a signed copy is no signing told
        "Signed copies of the treaty were sent to Moscow in 1990.",
        "state:KAZ",
        set(),
    ),
]

TUNE += [  # added before the second round of changes, expectations first: lenders, 'the two countries', capitals
    (
        "In July 1999 the IMF approved a three-year Extended Fund Facility for Kazakhstan.",
        "state:KAZ",
        {("loan_deal", with_org("IMF", "KAZ"), "1999")},
    ),
    (
        "Kazakhstan joined the IMF in 1992. Kazakhstan and the Fund reached agreement on a stand-by arrangement in "
        "January 1994.",
        "state:KAZ",
        {("loan_deal", with_org("IMF", "KAZ"), "1994")},
    ),
    (
        "Diplomatic relations with Turkey were established in 1992, and the two countries signed a treaty of "
        "friendship in 1993.",
        "state:TKM",
        {(T, st("TKM", "TUR"), "1993")},
    ),
    (
        "The Treaty on the Non-Proliferation of Nuclear Weapons was signed in London, Moscow and Washington on 1 July "
        "1968 by the United States, the United Kingdom and the Soviet Union.",
        None,
        {(T, st("GBR", "SUN", "USA"), "1968")},
    ),
    (
        "In 2008 Turkmenistan and China concluded an agreement on the supply of 30 billion cubic metres of gas a "
        "year, which entered into force in 2009.",
        "state:TKM",
        {(A, st("CHN", "TKM"), "2008")},
    ),
    (
        "The Treaty of Tlatelolco (1967) was the first treaty establishing a nuclear-weapon-free zone.",
        None,
        set(),
    ),
    (
        "Moscow and Ashgabat signed a treaty on strategic partnership in 2017.",
        "state:TKM",
        {(T, st("RUS", "TKM"), "2017")},
    ),
    (
        "In 1992 Turkmenistan signed an agreement with the United States on the Peace Corps.",
        "state:TKM",
        {(A, st("TKM", "USA"), "1992")},
    ),
]

TUNE += [  # added with talks that produce an agreement: the instrument after the verb, not what it then produced
    (
        "In 2005 negotiations between Kyrgyzstan and Kazakhstan yielded an agreement on water sharing.",
        None,
        {(A, st("KAZ", "KGZ"), "2005")},
    ),
    ("The 1994 agreement produced a rapid rise in trade between Kazakhstan and China.", None, set()),
    ("In 2012 the talks between Armenia and Azerbaijan produced no agreement.", None, set()),
    ("No peace treaty between Armenia and Azerbaijan was signed in 1994.", None, set()),
]

TUNE += [  # added with an instrument inside another's phrase: the outer one is signed, the inner one is its object
    (
        "In 1999 Armenia and Russia signed a protocol extending the 1995 treaty on the Russian military base.",
        None,
        {(P, st("ARM", "RUS"), "1999")},
    ),
    (
        "In 2005 Uzbekistan and Russia signed a treaty on allied relations and a protocol on its implementation.",
        None,
        {(T, st("RUS", "UZB"), "2005"), (P, st("RUS", "UZB"), "2005")},
    ),
    (
        "A trade agreement between Turkmenistan and the European Union was signed by Turkmenistan in 2010.",
        "state:TKM",
        {(A, with_org("EU", "TKM"), "2010")},
    ),
]

TUNE += [  # added before the third round of changes, expectations first: headings, counted others, lenders, leaders
    (
        "In April 2003 a 25-year agreement on gas cooperation was signed in Moscow.",
        ("state:TKM", "Russia"),
        {(A, st("RUS", "TKM"), "2003")},
    ),
    (
        "The treaty was signed by the United States, the United Kingdom, the Soviet Union and 59 other states on 1 "
        "July 1968.",
        None,
        {(T, st("GBR", "SUN", "USA"), "1968")},
    ),
    (
        "In January 1994 the IMF approved a Stand-By Arrangement of SDR 123.75 million for Kazakhstan.",
        "state:KAZ",
        {("loan_deal", with_org("IMF", "KAZ"), "1994")},
    ),
    ("India, Israel and Pakistan have never signed the treaty.", None, set()),
    (
        "Turkmenistan and Uzbekistan signed a treaty on the delimitation of their border on 29 September 2000 in "
        "Tashkent.",
        "state:TKM",
        {(T, st("TKM", "UZB"), "2000")},
    ),
    (
        "Berdimuhamedow and his Chinese counterpart Hu Jintao signed an agreement on gas supplies in 2007.",
        "state:TKM",
        {(A, st("CHN", "TKM"), "2007")},
    ),
    (
        "Turkmenistan's 1992 treaty of friendship with Iran remains the basis of relations.",
        "state:TKM",
        {(T, st("IRN", "TKM"), "1992")},
    ),
    (
        "The two countries concluded a long-term gas agreement in 2006, and the pipeline opened in 2009.",
        ("state:TKM", "China"),
        {(A, st("CHN", "TKM"), "2006")},
    ),
    (
        "Kazakhstan joined the IMF in 1992. The Fund and Kazakhstan agreed on a three-year Extended Fund Facility in "
        "December 1999.",
        "state:KAZ",
        {("loan_deal", with_org("IMF", "KAZ"), "1999")},
    ),
]

TUNE += [  # added with described instruments: a lower-case one with its year counts only with its sides
    ("The 1995 treaty was extended for another twenty years.", None, set()),
    (
        "Relations rest on the 1997 agreement between Kazakhstan and Uzbekistan on eternal friendship.",
        None,
        {(A, st("KAZ", "UZB"), "1997")},
    ),
]

TUNE += [  # added before the fourth round of changes, expectations first
    (
        "In 2007 Turkmenistan signed a trilateral agreement with Russia and Kazakhstan on the Caspian pipeline.",
        "state:TKM",
        {(A, st("KAZ", "RUS", "TKM"), "2007")},
    ),
    (
        "Turkmenistan signed a memorandum of understanding on energy with the European Union in May 2008.",
        "state:TKM",
        {("memorandum", with_org("EU", "TKM"), "2008")},
    ),
    (
        "Russia's agreement with Turkmenistan, signed in 2003, guaranteed Gazprom's purchases for 25 years.",
        None,
        {(A, st("RUS", "TKM"), "2003")},
    ),
    (
        "Under an agreement signed in 2009, Turkmenistan supplies gas to China through Uzbekistan and Kazakhstan.",
        "state:TKM",
        {(A, st("CHN", "TKM"), "2009")},
    ),
    (
        "Turkmenistan's 2009 gas deal with China doubled its exports.",
        "state:TKM",
        {(A, st("CHN", "TKM"), "2009")},
    ),
    (
        "The treaty of 1992 between Turkmenistan and Iran established a joint border commission.",
        None,
        {(T, st("IRN", "TKM"), "1992")},
    ),
]

TUNE += [  # added before the fifth round of changes, expectations first: relative dates, leaders, passive lists
    (
        "In 1996 Turkmenistan opened a railway to Iran. The following year, Turkmenistan and Iran signed a gas "
        "agreement.",
        "state:TKM",
        {(A, st("IRN", "TKM"), "1997")},
    ),
    (
        "On 8 December 1987, Gorbachev and President Reagan of the United States signed the INF Treaty in Washington.",
        None,
        {(T, st("SUN", "USA"), "1987")},
    ),
    (
        "Agreements on transport were also signed with Armenia and Georgia in 2000.",
        "state:TKM",
        {(A, st("ARM", "TKM"), "2000"), (A, st("GEO", "TKM"), "2000")},
    ),
    (
        "In late 1997 the presidents of Turkmenistan and Russia signed a treaty on dual citizenship.",
        None,
        {(T, st("RUS", "TKM"), "1997")},
    ),
    ("In the mid-1990s Turkmenistan and Iran signed a gas agreement.", "state:TKM", {(A, st("IRN", "TKM"), None)}),
    (
        "Two years later, in 2005, Kazakhstan and China concluded a treaty on the border.",
        "state:KAZ",
        {(T, st("CHN", "KAZ"), "2005")},
    ),
]

TUNE += [  # added before the sixth round of changes, expectations first: treaty articles and lenders' arrangements
    (
        "In 1991 Argentina and Brazil created the Brazilian–Argentine Agency for Accounting and Control by the "
        "Guadalajara Agreement.",
        None,
        {(A, st("ARG", "BRA"), "1991")},
    ),
    (
        "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan signed the Treaty of Semipalatinsk on "
        "8 September 2006.",
        None,
        {(T, st("KAZ", "KGZ", "TJK", "TKM", "UZB"), "2006")},
    ),
    (
        "The Central Asian nuclear-weapon-free zone treaty was signed by the five Central Asian states in 2006.",
        None,
        {(T, st("KAZ", "KGZ", "TJK", "TKM", "UZB"), "2006")},
    ),
    (
        "The Soviet Union and the United States signed the ABM Treaty on 26 May 1972 in Moscow.",
        None,
        {(T, st("SUN", "USA"), "1972")},
    ),
    (
        "The IMF approved a three-year arrangement under the Extended Fund Facility for Kazakhstan in December 1999.",
        "state:KAZ",
        {("loan_deal", with_org("IMF", "KAZ"), "1999")},
    ),
    (
        "Kazakhstan became a member of the IMF in 1992. A stand-by arrangement for SDR 185.6 million was approved by "
        "the IMF Executive Board in June 1995.",
        "state:KAZ",
        {("loan_deal", with_org("IMF", "KAZ"), "1995")},
    ),
    ("The Treaty of Rarotonga was signed by eight South Pacific states in 1985.", None, set()),
]

TUNE += [  # added with the active founding by an instrument: near-misses with no instrument after 'by'
    ("The Commonwealth of Independent States was created by Russia, Ukraine and Belarus in 1991.", None, set()),
    (
        "In 2002 the members created the Collective Security Treaty Organization by transforming the 1992 treaty.",
        None,
        set(),
    ),
]

TUNE += [  # added before the seventh round of changes, expectations first: paragraphs, headings, entry into force
    (
        "Turkmenistan and Russia established diplomatic relations in 1992. A treaty on friendship and cooperation "
        "was signed in 2002.",
        "state:TKM",
        {(T, st("RUS", "TKM"), "2002")},
    ),
    (
        "Relations have centred on gas. An agreement on gas supplies for 2006 was signed in December 2005.",
        ("state:TKM", "Ukraine"),
        {(A, st("TKM", "UKR"), "2005")},
    ),
    (
        "The country signed a Partnership and Cooperation Agreement with the EU in 1998, but the European "
        "Parliament has not ratified it.",
        "state:TKM",
        {(A, with_org("EU", "TKM"), "1998")},
    ),
    (
        "A safeguards agreement between Turkmenistan and the IAEA entered into force in 2005.",
        "state:TKM",
        {(A, with_org("IAEA", "TKM"), None)},
    ),
    ("The treaty was signed by 62 states on the day it opened for signature.", None, set()),
]

TUNE += [  # added before the eighth round of changes, expectations first: frameworks, plans of action, arrangements
    (
        "Under the 1994 Agreed Framework between the United States and North Korea, the reactor was frozen.",
        None,
        {("agreement", st("PRK", "USA"), "1994")},
    ),
    (
        "The Agreed Framework was signed by the United States and North Korea in Geneva in October 1994.",
        None,
        {("agreement", st("PRK", "USA"), "1994")},
    ),
    (
        "Kazakhstan joined the IMF in 1992. In July 1996 the IMF approved an Extended Arrangement in the amount of "
        "SDR 309.4 million.",
        "state:KAZ",
        {("loan_deal", with_org("IMF", "KAZ"), "1996")},
    ),
    (
        "In July 2015 Iran and six world powers concluded the Joint Comprehensive Plan of Action in Vienna.",
        None,
        {("action_plan", st("IRN"), "2015")},
    ),
]

TUNE += [  # added with the Agreed Framework: other frameworks are no instruments
    (
        "Within the framework of the 2009 agreement between Russia and Kazakhstan, the launch site was leased.",
        None,
        {(A, st("KAZ", "RUS"), "2009")},
    ),
]

TUNE += [  # added before the ninth round of changes, expectations first: bracketed years in other places
    (
        "The friendship treaty with Russia (signed 1992) was replaced by a treaty on strategic partnership.",
        "state:TKM",
        {(T, st("RUS", "TKM"), "1992")},
    ),
    (
        "The Ashgabat Agreement (2011) on a transport corridor between Iran, Oman, Turkmenistan and Uzbekistan "
        "entered into force in 2016.",
        None,
        {(A, st("IRN", "OMN", "TKM", "UZB"), "2011")},
    ),
    (
        "Kazakhstan's border treaty with China (1994) was the first of its kind.",
        "state:KAZ",
        {(T, st("CHN", "KAZ"), "1994")},
    ),
]

TUNE += [  # added with the bracketed signing: it dates the instrument before it only
    (
        "Turkmenistan's gas agreement with Iran (concluded in May 1995) preceded a treaty with Turkey signed in 1996.",
        "state:TKM",
        {(A, st("IRN", "TKM"), "1995"), (T, st("TKM", "TUR"), "1996")},
    ),
]

TUNE += [  # added with the participle's own phrase: a phrase with no other side keeps the clause's states
    (
        "Kazakhstan and Russia implemented the agreement signed in 2004 on the Baikonur lease.",
        None,
        {(A, st("KAZ", "RUS"), "2004")},
    ),
]

KNOWN = {
    "Under an agreement signed in 2009": "the state the gas goes to is read as on the route of what is moved "
    "(agreement_guards.beside_the_signing), not as the other side of the agreement the clause is under",
    "The US–Soviet Strategic": "the parser reads 'SALT I agreement' as 'I agreement' (a pronoun and a verb), a clause on "
    "another noun, so its year is not the signing's",
}


def _year(year: str | None) -> str | None:
    """The year as the scorer reads it: a decade ('199X', 'in the mid-1990s') names no year (`evaluation.seeds`)."""
    return None if year is None or "X" in year else year


@pytest.mark.parametrize(("text", "subject", "expected"), xfail_cases(TUNE, KNOWN))
def test_tune(text, subject, expected):
    subject, heading = subject if isinstance(subject, tuple) else (subject, None)  # (source's subject, section heading)
    found = {
        (kind, parties, _year(year)) for kind, parties, year in agreement_year_keys(text, subject, heading) if parties
    }
    hits, unexpected = agreement_matches(expected, found)
    assert hits == expected
    assert not unexpected
