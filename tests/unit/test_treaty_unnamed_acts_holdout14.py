"""Held-out sentences for a state's own act on an existing multilateral treaty told without the instrument's noun or
with an unusual verb, of the families of `test_treaty_unnamed_acts_tune14` in other words and with other states.
Modelled on the prose of encyclopaedia articles on other treaties (the Convention on Cluster Munitions, the Biological
Weapons Convention, the Paris Agreement, the Energy Charter Treaty, the Ottawa Treaty, the Chemical Weapons
Convention, the Rome Statute, the Arms Trade Treaty, UNCLOS, the Kyoto Protocol) as remembered, names and years
changed where needed; none comes from an evaluation text. Written, with the facts expected under
raw/evaluation/BRIEF.md, before any rule of this change was written or run on them, and never fixed against: a case
that fails stays `xfail(strict=True)` so that the score is honest. Scored (with the facts expected, keyed below)
before the change: 14 of 22 expected facts found, none not expected; after it: 18 of 22 found, none not expected.

Keys compared are the scorer's: (kind, parties, date) of each candidate stated as fact (no modality) with parties.
"""

from __future__ import annotations

import pytest

from tests.helpers import stated_agreements
from tests.unit.treaty_article_leads import (
    ATT_LEAD,
    BWC_LEAD,
    CCM_LEAD,
    CWC_LEAD,
    ECT_LEAD,
    KYOTO_LEAD,
    OTTAWA_LEAD,
    PARIS_LEAD,
    ROME_LEAD,
    UNCLOS_LEAD,
)

T, C, P, A = "treaty", "convention", "protocol", "agreement"


HOLDOUT = [
    (
        CCM_LEAD + "Burkina Faso became the 30th state to ratify, on 16 February 2010.",
        {(C, ("state:BFA",), "2010-02-16")},
    ),
    (BWC_LEAD + "Tanzania deposited its instrument of ratification in August 2019.", {(C, ("state:TZA",), "2019-08")}),
    (
        PARIS_LEAD + "The United States withdrew, effective 4 November 2020, and rejoined in 2021.",
        {(A, ("state:USA",), "2020-11-04"), (A, ("state:USA",), "2021")},
    ),
    pytest.param(
        ECT_LEAD + "Italy denounced it in 2014.",
        {(T, ("state:ITA",), "2014")},
        marks=pytest.mark.xfail(
            strict=True,
            reason="'denounced it' takes only an instrument the sentence names: no bare 'denounce' reads the "
            "article's topic",
        ),
    ),
    (
        OTTAWA_LEAD + "Poland, which had signed in 1997, ratified in 2012.",
        {(T, ("state:POL",), "1997"), (T, ("state:POL",), "2012")},
    ),
    pytest.param(
        CWC_LEAD + "It entered into force for Palestine on 16 June 2018.",
        {(C, ("state:PSE",), None)},
        marks=pytest.mark.xfail(
            strict=True,
            reason="'it entered into force for' takes only an instrument named earlier in the sentence, not the "
            "article's topic",
        ),
    ),
    pytest.param(
        ROME_LEAD + "It was ratified by Tunisia (2011) and Côte d'Ivoire (2013).",
        {(T, ("state:TUN",), "2011"), (T, ("state:CIV",), "2013")},
        marks=pytest.mark.xfail(
            strict=True, reason="the bracketed list's second agent, 'Côte d'Ivoire (2013)', is not read with the first"
        ),
    ),
    (
        CCM_LEAD + "Since Japan's ratification in 2009, the country has destroyed its stockpile.",
        {(C, ("state:JPN",), "2009")},
    ),
    (UNCLOS_LEAD + "Ecuador adhered on 24 September 2012.", {(C, ("state:ECU",), "2012-09-24")}),
    (
        ATT_LEAD + "Brazil deposited its instrument of ratification in 2018. Argentina did so in 2014.",
        {(T, ("state:BRA",), "2018"), (T, ("state:ARG",), "2014")},
    ),
    (
        KYOTO_LEAD + "Russia ratified in November 2004, pushing the protocol past its threshold.",
        {(P, ("state:RUS",), "2004-11")},
    ),
    (
        CCM_LEAD + "In 2010, Albania, Croatia and Ecuador ratified.",
        {(C, ("state:ALB",), "2010"), (C, ("state:HRV",), "2010"), (C, ("state:ECU",), "2010")},
    ),
    pytest.param(
        BWC_LEAD + "Tajikistan acceded as a successor state to the Soviet Union in 2005.",
        {(C, ("state:TJK",), "2005")},
        marks=pytest.mark.xfail(
            strict=True, reason="'to the Soviet Union' is read as what was acceded to, a state, so no treaty"
        ),
    ),
    (ROME_LEAD + "Ivory Coast became a state party on 15 February 2013.", {(T, ("state:CIV",), "2013-02-15")}),
    (
        ATT_LEAD + "Iceland ratified first, on 2 July 2013; Nigeria followed suit in August 2013.",
        {(T, ("state:ISL",), "2013-07-02"), (T, ("state:NGA",), "2013-08")},
    ),
    # near-misses: no state's act stated
    (BWC_LEAD + "Israel has neither signed nor ratified.", set()),
    (ROME_LEAD + "The United States has declared that it does not intend to become a party.", set()),
    (ATT_LEAD + "As of 2022, 111 states had ratified.", set()),
    (PARIS_LEAD + "Activists urged Turkey to ratify.", set()),
    (ECT_LEAD + "Luxembourg intends to leave in 2024.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HOLDOUT)
def test_holdout(text, expected):
    assert stated_agreements(text, subject=None) == expected
