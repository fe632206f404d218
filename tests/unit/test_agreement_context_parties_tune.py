"""Tune sentences for agreement parties the sentence gives only through its context: exception lists over the set
the paragraph named ('all but Denmark and Italy'), an organisation's membership as a group ('all member states',
'all participating states'), the sides of a ceasefire (its broker no party), leaders' adjectives, signature and
ratification apart. Written with the facts expected under the codebook (raw/evaluation/BRIEF.md §3, §5 agreement)
before any rule of the change; invented from knowledge of the genre, none from an evaluation text. Scored before the
change: 6 of 15 expected facts found, 6 not expected; after it: 14 of 15 found, 5 not expected (KNOWN; the cases added
later are not in these counts).

Keys are the scorer's (kind, parties, date) of each candidate stated as fact with parties; a multi-state act on an
existing treaty may be one item or one per state (`fact_keys.agreement_matches`).
"""

from __future__ import annotations

import pytest

from tests.fact_keys import agreement_matches
from tests.helpers import stated_agreements, xfail_cases

T, C, P, A, D, S = "treaty", "convention", "protocol", "agreement", "declaration", "joint_statement"


def st(*codes: str) -> tuple[str, ...]:
    return tuple(sorted(f"state:{c}" for c in codes))


TUNE = [
    # 1 exception list ('all but') over the signers the text listed
    (
        "In 1996, Belgium, Denmark, France, Italy and Spain signed the Convention on Coastal Fisheries. "
        "In 1999, all but Denmark and Italy ratified the convention.",
        None,
        {(C, st("BEL", "DNK", "FRA", "ITA", "ESP"), "1996"), (C, st("BEL", "FRA", "ESP"), "1999")},
    ),
    # 2 'except' over an organisation's members the text states
    (
        "Bolivia, Colombia, Ecuador and Peru are members of the Andean Community. "
        "In March 2004, all members except Bolivia signed a protocol on customs valuation.",
        None,
        {(P, st("COL", "ECU", "PER"), "2004-03")},
    ),
    # 3 'all member states' of a body whose founders the text lists
    (
        "The Gulf Cooperation Council was founded in 1981 by Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the "
        "United Arab Emirates. In 2008 all member states signed an agreement on a common market.",
        None,
        {(A, st("BHR", "KWT", "OMN", "QAT", "SAU", "ARE"), "2008")},
    ),
    # 4 'all participating states' of the article's organisation
    (
        "The Benelux Economic Union consists of three states: Belgium, the Netherlands and Luxembourg. "
        "The 1958 Benelux treaty was signed by all participating states.",
        "org:BENELUX",
        {(T, st("BEL", "NLD", "LUX"), "1958")},
    ),
    # 5 'the two sides' after a sentence naming them, text about no state
    (
        "Fighting between Ethiopia and Eritrea continued until June 2000. "
        "That month the two sides signed a ceasefire agreement in Algiers.",
        None,
        {(A, st("ETH", "ERI"), "2000-06")},
    ),
    # 6 a broker is no party: 'brokered a ceasefire between A and B'
    (
        "In August 2008, France brokered a ceasefire between Russia and Georgia.",
        None,
        {(A, st("RUS", "GEO"), "2008-08")},
    ),
    # 7 '<adjective>-brokered ceasefire ended the war' after a sentence naming the sides
    (
        "The war between Russia and Georgia lasted five days. On 12 August 2008 a French-brokered ceasefire ended "
        "the war.",
        None,
        {(A, st("RUS", "GEO"), "2008-08-12")},
    ),
    # 8 leaders' adjectives as states
    (
        "In 2001 the Russian and Chinese presidents signed a Treaty of Good-Neighbourliness and Friendly Cooperation.",
        None,
        {(T, st("RUS", "CHN"), "2001")},
    ),
    # 9 a treaty named, then 'ratified by A and B'
    (
        "In 1972 a step towards arms control was made with the Anti-Ballistic Missile Treaty, ratified by the "
        "United States and the Soviet Union.",
        None,
        {(T, st("USA", "SUN"), "1972")},
    ),
    # 10 signed but not ratified: a signature, no ratification
    (
        "Egypt and Israel have signed but not ratified the Chemical Weapons Convention.",
        None,
        {(C, st("EGY", "ISR"), None)},
    ),
    # 11 signed and ratified, each with its own date
    (
        "Georgia signed the Rome Statute in 1998 and ratified it in 2003.",
        None,
        {("treaty", st("GEO"), "1998"), ("treaty", st("GEO"), "2003")},
    ),
    # 12 near-miss: a group the text does not make certain
    ("Most members of the African Union signed the Maputo Protocol in 2003.", None, set()),
    # 13 near-miss: the broker alone is named
    ("In 1995 the United States brokered the Dayton Agreement.", None, set()),
    # 14 exception over a treaty's signatories
    (
        "The Amazon Cooperation Treaty was signed in 1978 by Bolivia, Brazil, Colombia, Ecuador, Guyana, Peru, "
        "Suriname and Venezuela. In 1998 all the signatories except Venezuela signed an amending protocol.",
        None,
        {
            (T, st("BOL", "BRA", "COL", "ECU", "GUY", "PER", "SUR", "VEN"), "1978"),
            (P, st("BOL", "BRA", "COL", "ECU", "GUY", "PER", "SUR"), "1998"),
        },
    ),
    # 15 near-miss: membership uncertain at the date (a member left, no date given)
    (
        "Bolivia, Colombia, Ecuador, Peru and Venezuela were members of the Andean Community; Venezuela later "
        "withdrew from the Andean Community. In 2010 all member states signed a declaration on migration.",
        None,
        set(),
    ),
]


TUNE += [  # added after the first scoring: an agreement to act on an existing instrument is an agreement of its own
    (
        "In 2010 Russia and Ukraine agreed to extend the Black Sea Fleet lease treaty until 2042.",
        None,
        {(A, st("RUS", "UKR"), "2010")},
    ),
    ("In 2012 Armenia and Georgia agreed to sign a treaty on the border.", None, set()),  # planned: no stated item
    ("In 2004 Poland and Lithuania did not agree to extend the treaty.", None, set()),
]

TUNE += [  # added later: a counted back reference to the states just named
    (
        "Representatives of Armenia, Georgia and Azerbaijan met in Tbilisi in May 2015. The three sides signed a "
        "memorandum on transit.",
        None,
        {("memorandum", st("ARM", "AZE", "GEO"), "2015")},
    ),
    (  # near-miss: four named, three counted
        "Leaders of Brazil, Argentina, Paraguay and Uruguay met in 1991. The three sides signed a protocol on trade.",
        None,
        set(),
    ),
]

TUNE += [  # added later: an exception that opens the sentence
    (
        "Denmark, Finland, Iceland, Norway and Sweden signed the Nordic Passport Convention in 1957. Apart from "
        "Iceland, all five ratified it in 1958.",
        None,
        {(C, st("DNK", "FIN", "ISL", "NOR", "SWE"), "1957"), (C, st("DNK", "FIN", "NOR", "SWE"), "1958")},
    ),
    (  # near-miss: the fronted exception's list ends at its comma; the names after it acted
        "Apart from Iceland, Denmark and Norway ratified the Nordic Passport Convention in 1958.",
        None,
        {(C, st("DNK", "NOR"), "1958")},
    ),
]

TUNE += [  # added later: ceasefires told with a passive broker, a counted back reference, or no sides
    (
        "A ceasefire between Ethiopia and Eritrea was brokered by Algeria in June 2000.",
        None,
        {(A, st("ERI", "ETH"), "2000-06")},
    ),
    (
        "Clashes between Ethiopia and Eritrea resumed in 1999. In 2000 Algeria mediated a truce between the two sides.",
        None,
        {(A, st("ERI", "ETH"), "2000")},
    ),
    ("In 2020 Russia brokered a ceasefire in the region.", None, set()),  # the broker alone: no party
    ("The ceasefire line between India and Pakistan was redrawn in 1972.", None, set()),  # a line, no ceasefire made
]

KNOWN = {
    "In 1996, Belgium": (
        "the signing rule also reads the ratification as one undated item of the three (as it does any listed ratification), beside the parsed rule's dated items"
    ),
    "Fighting between Ethiopia": (
        "'That month' is not resolved to the previous sentence's June 2000: a date question, not a party one"
    ),
    "In 1972 a step": (
        "the joint item is found, dated by the opening; the parsed rule also reads each state's ratification, undated "
        "(its own act, which the participle does not date)"
    ),
    "Bolivia, Colombia, Ecuador, Peru and Venezuela": (
        "a membership the text makes uncertain leaves the organisation as the party, as the reference annotations write it ('the member states approved a declaration': the CSTO); expected here was none"
    ),
}


@pytest.mark.parametrize(("text", "subject", "expected"), xfail_cases(TUNE, KNOWN))
def test_tune(text, subject, expected):
    found = stated_agreements(text, subject)
    hits, unexpected = agreement_matches(expected, found)
    assert hits == expected
    assert not unexpected
