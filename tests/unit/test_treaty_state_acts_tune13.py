"""Tune sentences for a state's own act on an existing multilateral treaty (the codebook's 'agreement': 'an
accession to, ratification of or withdrawal from an existing treaty by a state is an item of its own'). Written,
with their expected facts, before any rule of this change was run on them; the rules were fixed against these.
Every sentence was invented for this test from knowledge of the genre (an encyclopaedia article on a treaty, or a
country article naming treaties); none comes from an evaluation text.

Keys compared are the scorer's: (kind, parties, date) of each candidate stated as fact (no modality) with parties.
"""

from __future__ import annotations

import pytest

from tests.helpers import stated_agreements

T, C, P, A = "treaty", "convention", "protocol", "agreement"

NPT_LEAD = (
    "The Treaty on the Non-Proliferation of Nuclear Weapons (NPT) is an international treaty that aims to prevent "
    "the spread of nuclear weapons.\n\n"
)
CTBT_LEAD = (
    "The Comprehensive Nuclear-Test-Ban Treaty (CTBT) is a multilateral treaty that bans all nuclear explosions.\n\n"
)
UKR, BLR, KAZ = "state:UKR", "state:BLR", "state:KAZ"

TUNE = [
    (
        NPT_LEAD + "France and China acceded to the treaty in 1992.",
        {(T, ("state:FRA",), "1992"), (T, ("state:CHN",), "1992")},
    ),
    (
        "Ukraine, Belarus and Kazakhstan joined the NPT as non-nuclear-weapon states between 1993 and 1994.",
        {(T, (x,), "1993/1994") for x in (UKR, BLR, KAZ)},
    ),
    (
        NPT_LEAD + "North Korea announced its withdrawal from the treaty in January 2003.",
        {(T, ("state:PRK",), "2003-01")},
    ),
    (
        CTBT_LEAD + "Indonesia deposited its instrument of ratification on 6 February 2012.",
        {(T, ("state:IDN",), "2012-02-06")},
    ),
    (
        NPT_LEAD + "Turkey signed the treaty in 1969 but did not ratify it until 1980.",
        {(T, ("state:TUR",), "1969"), (T, ("state:TUR",), "1980")},
    ),
    (
        NPT_LEAD + "The treaty was ratified by Mexico in 1969 and by Peru in 1970.",
        {(T, ("state:MEX",), "1969"), (T, ("state:PER",), "1970")},
    ),
    (
        NPT_LEAD
        + "Several Latin American states acceded only in the 1990s: Argentina in 1995, Chile in 1995 and Brazil "
        "in 1998.",
        {(T, ("state:ARG",), "1995"), (T, ("state:CHL",), "1995"), (T, ("state:BRA",), "1998")},
    ),
    (
        NPT_LEAD + "Cuba became a party to the treaty in November 2002, the last state in the Americas to do so.",
        {(T, ("state:CUB",), "2002-11")},
    ),
    (NPT_LEAD + "India, Israel and Pakistan have never signed the treaty.", set()),
    (NPT_LEAD + "States that accede to the treaty must conclude safeguards agreements with the IAEA.", set()),
    (NPT_LEAD + "Analysts warned that Saudi Arabia might leave the treaty if Iran acquired nuclear weapons.", set()),
    ("China approved the Paris Agreement on 3 September 2016.", {(A, ("state:CHN",), "2016-09-03")}),
    (
        CTBT_LEAD + "The treaty has been ratified by 168 states, including Russia in 2000 and Kazakhstan in 2002.",
        {(T, ("state:RUS",), "2000"), (T, (KAZ,), "2002")},
    ),
    (NPT_LEAD + "South Africa signed the NPT in 1991 after dismantling its weapons.", {(T, ("state:ZAF",), "1991")}),
    (
        NPT_LEAD + "Egypt signed the treaty in 1968, ratifying it only in 1981.",
        {(T, ("state:EGY",), "1968"), (T, ("state:EGY",), "1981")},
    ),
    (
        NPT_LEAD + "Having acceded in 1970, Iran later accused the nuclear powers of ignoring their obligations.",
        {(T, ("state:IRN",), "1970")},
    ),
    (
        NPT_LEAD + "North Korea joined the treaty in 1985 but withdrew in 2003.",
        {(T, ("state:PRK",), "1985"), (T, ("state:PRK",), "2003")},
    ),
    (NPT_LEAD + "Any party may withdraw from the treaty on three months' notice.", set()),
    (NPT_LEAD + "Vietnam became the 100th state to ratify the treaty, in 1982.", {(T, ("state:VNM",), "1982")}),
]

TUNE += [  # a second batch, written (with its facts) after the first was fixed
    (
        "The Netherlands accepted the Chemical Weapons Convention on 30 June 1995.",
        {(C, ("state:NLD",), "1995-06-30")},
    ),
    (NPT_LEAD + "Ukraine accepted the invitation to the review conference in 2015.", set()),
    (
        NPT_LEAD + "France and China did not accede until 1992.",
        {(T, ("state:FRA",), "1992"), (T, ("state:CHN",), "1992")},
    ),
    (
        NPT_LEAD + "Since its accession in 1970, Iran has insisted on its right to enrichment.",
        {(T, ("state:IRN",), "1970")},
    ),
    (NPT_LEAD + "Of the three Baltic states, Lithuania acceded first, in 1991.", {(T, ("state:LTU",), "1991")}),
    (CTBT_LEAD + "As of 2019, 184 states had signed the treaty and 168 had ratified it.", set()),
    (
        CTBT_LEAD
        + "Of the 44 states whose ratification is required, eight have yet to ratify, among them China, Egypt "
        "and Iran.",
        set(),
    ),
    (
        CTBT_LEAD + "Ratification by Indonesia in 2012 left eight required states outstanding.",
        {(T, ("state:IDN",), "2012")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TUNE)
def test_tune(text, expected):
    assert stated_agreements(text) == expected
