"""Held-out sentences for a state's own act on an existing multilateral treaty (the codebook's 'agreement'), of the
families of `test_treaty_state_acts_tune13` in other words and with other states. Written, with the facts expected
under raw/evaluation/BRIEF.md, before any rule of this change was written or run on them, and never fixed against:
a case that fails stays `xfail(strict=True)` so that the score is honest. Every sentence was invented for this test
from knowledge of the genre; none comes from an evaluation text. Scored (on the article of a treaty: no subject state)
before the change: 12 of 20 expected facts found, 4 facts not expected; after it: 19 of 20 found, none not expected.
One failure seen at the first scoring was of a verb the change's brief named but the tune set did not yet hold
('accepted'); a tune sentence of it was written before the verb was added.

Keys compared are the scorer's: (kind, parties, date) of each candidate stated as fact (no modality) with parties.
"""

from __future__ import annotations

import pytest

from tests.helpers import stated_agreements

T, C, P = "treaty", "convention", "protocol"

NPT_LEAD = (
    "The Treaty on the Non-Proliferation of Nuclear Weapons (NPT) is an international treaty that aims to prevent "
    "the spread of nuclear weapons.\n\n"
)
CTBT_LEAD = (
    "The Comprehensive Nuclear-Test-Ban Treaty (CTBT) is a multilateral treaty that bans all nuclear explosions.\n\n"
)
CWC_LEAD = "The Chemical Weapons Convention (CWC) is an arms control treaty that outlaws chemical weapons.\n\n"
BWC_LEAD = "The Biological Weapons Convention (BWC) is a disarmament treaty that bans biological weapons.\n\n"
RAROTONGA_LEAD = "The Treaty of Rarotonga formalises a nuclear-weapon-free zone in the South Pacific.\n\n"

HOLDOUT = [
    (
        CWC_LEAD + "Myanmar and Angola acceded to the convention in 2015.",
        {(C, ("state:MMR",), "2015"), (C, ("state:AGO",), "2015")},
    ),
    (
        "Estonia, Latvia and Lithuania joined the Ottawa Treaty between 2004 and 2011.",
        {(T, (x,), "2004/2011") for x in ("state:EST", "state:LVA", "state:LTU")},
    ),
    (
        CTBT_LEAD + "Uzbekistan deposited its instrument of ratification on 29 May 1997.",
        {(T, ("state:UZB",), "1997-05-29")},
    ),
    (
        "Russia announced its withdrawal from the Treaty on Conventional Armed Forces in Europe in 2007.",
        {(T, ("state:RUS",), "2007")},
    ),
    (
        RAROTONGA_LEAD + "Vanuatu signed the treaty in 1995 but did not ratify it until 1996.",
        {(T, ("state:VUT",), "1995"), (T, ("state:VUT",), "1996")},
    ),
    (
        RAROTONGA_LEAD + "The treaty was ratified by Fiji in 1986 and by Samoa in 1987.",
        {(T, ("state:FJI",), "1986"), (T, ("state:WSM",), "1987")},
    ),
    (
        BWC_LEAD + "Many African states joined later: Ghana in 1975, Kenya in 1976 and Togo in 1976.",
        {(C, ("state:GHA",), "1975"), (C, ("state:KEN",), "1976"), (C, ("state:TGO",), "1976")},
    ),
    (BWC_LEAD + "Israel has never joined the convention.", set()),
    (BWC_LEAD + "Countries that join the convention must submit annual confidence-building reports.", set()),
    ("Japan accepted the Kyoto Protocol on 4 June 2002.", {(P, ("state:JPN",), "2002-06-04")}),
    (
        CWC_LEAD + "Bhutan signed the convention in 1997, ratifying it in 2005.",
        {(C, ("state:BTN",), "1997"), (C, ("state:BTN",), "2005")},
    ),
    (CTBT_LEAD + "Iran might withdraw from the treaty if sanctions are reimposed.", set()),
    pytest.param(
        NPT_LEAD + "Mongolia, having acceded in 1969, later declared itself a nuclear-weapon-free state.",
        {(T, ("state:MNG",), "1969")},
        marks=pytest.mark.xfail(
            strict=True,
            reason="a perfect participle inside the sentence ('X, having acceded in 1969,') has no doer read",
        ),
    ),
    (
        CWC_LEAD + "The convention has been ratified by 193 states, including Iraq in 2009 and Syria in 2013.",
        {(C, ("state:IRQ",), "2009"), (C, ("state:SYR",), "2013")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOLDOUT)
def test_holdout(text, expected):
    assert stated_agreements(text, subject=None) == expected
