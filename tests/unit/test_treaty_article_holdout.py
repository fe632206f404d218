"""Held-out sentences for agreements in the multilateral-treaty article genre (an encyclopaedia article about one
treaty or convention). Written, with the facts expected under the codebook (raw/evaluation/BRIEF.md, 'agreement'),
before any rule of this change was written or run on them, and never fixed against: a case that fails stays
`xfail(strict=True)` so that the score is honest. Scored before the change: 17 of 24 expected facts found, 3
facts not expected; after it: 19 of 24 found, 1 not expected. Every sentence was invented for this test from knowledge of
the genre; none comes from an evaluation text.

Keys compared are the scorer's: (kind, parties, date) of each candidate stated as fact (no modality); an
instrument's own act ('was opened for signature on …') is an item with no parties.
"""

from __future__ import annotations

import pytest

from tests.helpers import stated_agreements

T, C, P, A = "treaty", "convention", "protocol", "agreement"

OST_LEAD = (
    "The Outer Space Treaty, formally the Treaty on Principles Governing the Activities of States in the "
    "Exploration and Use of Outer Space, is a multilateral treaty that forms the basis of international space law.\n\n"
)
PELINDABA_LEAD = (
    "The Treaty of Pelindaba, formally the African Nuclear Weapon Free Zone Treaty, establishes a "
    "nuclear-weapon-free zone in Africa.\n\n"
)
TLATELOLCO_LEAD = (
    "The Treaty of Tlatelolco is the treaty that prohibits nuclear weapons in Latin America and the Caribbean.\n\n"
)


def keys(text: str) -> set:
    """(kind, parties, date) of every agreement candidate stated as fact, parties or none."""
    return stated_agreements(text, partyless=True)


HOLDOUT = [
    (
        OST_LEAD + "It was opened for signature in London, Moscow and Washington on 27 January 1967.",
        {(T, (), "1967-01-27")},
    ),
    (
        "Armenia and Georgia joined the Chemical Weapons Convention in 1995 and 1997 respectively.",
        {(C, ("state:ARM",), "1995"), (C, ("state:GEO",), "1997")},
    ),
    ("Kyrgyzstan became a party to the Kyoto Protocol in 2003.", {(P, ("state:KGZ",), "2003")}),
    ("Canada withdrew from the Kyoto Protocol in December 2012.", {(P, ("state:CAN",), "2012-12")}),
    ("Somalia has signed the Treaty of Pelindaba but has not ratified it.", {(T, ("state:SOM",), None)}),
    ("Pakistan never signed the Treaty on the Prohibition of Nuclear Weapons.", set()),
    ("Mongolia acceded to the Antarctic Treaty as a non-consultative party in 2015.", {(T, ("state:MNG",), "2015")}),
    ("The conference of the parties urged all states to ratify the Paris Agreement without delay.", set()),
    (
        PELINDABA_LEAD + "Algeria deposited its instrument of ratification in February 1998.",
        {(T, ("state:DZA",), "1998-02")},
    ),
    (TLATELOLCO_LEAD + "It was opened for signature on 14 February 1967 in Mexico City.", {(T, (), "1967-02-14")}),
    ("A proposal to amend the Outer Space Treaty was discussed in 1980 but never adopted.", set()),
]


ANTARCTIC_LEAD = "The Antarctic Treaty regulates international relations with respect to Antarctica.\n\n"
SEMIPALATINSK_LEAD = (
    "The Central Asian Nuclear Weapon Free Zone Treaty, also called the Treaty of Semipalatinsk, commits its five "
    "parties not to acquire nuclear weapons.\n\n"
)
TPNW_LEAD = (
    "The Treaty on the Prohibition of Nuclear Weapons prohibits the development, testing and use of nuclear "
    "weapons.\n\n"
)
P5 = ("state:CHN", "state:FRA", "state:GBR", "state:RUS", "state:USA")

HOLDOUT += [  # a second batch, written after the first was scored and before any change
    (
        SEMIPALATINSK_LEAD
        + "Kyrgyzstan and Tajikistan deposited their instruments of ratification in 2007 and 2008 respectively.",
        {(T, ("state:KGZ",), "2007"), (T, ("state:TJK",), "2008")},
    ),
    (
        "Georgia acceded to the Biological Weapons Convention as a non-possessor state in 1996.",
        {(C, ("state:GEO",), "1996")},
    ),
    (
        "The most recent state to join the Chemical Weapons Convention was South Sudan, in 2018.",
        {(C, ("state:SSD",), "2018")},
    ),
    pytest.param(
        "The five permanent members of the Security Council have all ratified the Biological Weapons Convention.",
        {(C, (s,), None) for s in P5},
        marks=pytest.mark.xfail(
            strict=True,
            reason="no group of the permanent members in raw/dictionaries/state_groups.csv (their membership changed "
            "over time, so the codebook skips it): no parties, and no longer the Security Council as one",
        ),
    ),
    (
        TPNW_LEAD + "Brazil and Indonesia are signatories that have yet to ratify it.",
        {(T, ("state:BRA",), None), (T, ("state:IDN",), None)},
    ),
    pytest.param(
        ANTARCTIC_LEAD
        + "The treaty was signed in Washington on 1 December 1959 by twelve states and entered into force "
        "in 1961.",
        {(T, (), "1959-12-01")},
        marks=pytest.mark.xfail(
            strict=True,
            reason="the entry into force is an undated item of its own, as the codebook records it; the expected set "
            "was written without it",
        ),
    ),
    ("Several states called on the nuclear powers to sign the protocols to the Treaty of Tlatelolco.", set()),
    (
        "In 1997 Kazakhstan deposited its instrument of accession to the Chemical Weapons Convention.",
        {(C, ("state:KAZ",), "1997")},
    ),
    ("India and Pakistan have neither signed nor ratified the Ottawa Treaty.", set()),
    (
        "Japan announced its withdrawal from the International Convention for the Regulation of Whaling in December "
        "2018.",
        {(C, ("state:JPN",), "2018-12")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOLDOUT)
def test_holdout(text, expected):
    assert keys(text) == expected
