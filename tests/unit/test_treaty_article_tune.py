"""Tune sentences for agreements in the multilateral-treaty article genre, written with their expected facts
(codebook raw/evaluation/BRIEF.md, 'agreement') before the rules they test. Invented from knowledge of the genre
(the Treaty on the Prohibition of Nuclear Weapons, the biological and chemical weapons conventions, the Treaty of
Semipalatinsk, the Antarctic Treaty, the Kyoto Protocol); none taken from an evaluation text."""

from __future__ import annotations

import pytest

from tests.helpers import candidates

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
BWC_LEAD = (
    "The Biological Weapons Convention (BWC) is a disarmament treaty that bans biological and toxin weapons.\n\n"
)


def keys(text: str) -> set:
    """(kind, parties, date) of every agreement candidate stated as fact, parties or none."""
    return {
        (c["kind"], tuple(c["parties"]), c.get("date_edtf"))
        for c in candidates(text, "agreement", None)
        if c.get("modality") is None
    }


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
    (BWC_LEAD + "Signed on 10 April 1972, the convention entered into force on 26 March 1975.", {(C, (), "1972-04-10")}),
    (BWC_LEAD + "Kazakhstan acceded to the convention in 2007.", {(C, (KAZ,), "2007")}),
]


@pytest.mark.parametrize(("text", "expected"), TUNE)
def test_tune(text, expected):
    assert keys(text) == expected
