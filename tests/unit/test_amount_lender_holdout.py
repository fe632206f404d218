"""A held-out set for figures and loan deals in articles on a state and a lender: sentences written (with the facts
expected under raw/evaluation/BRIEF.md §5) before the rules of the lender11 change were, and never tuned against.
Scored before that change (11 of 13 expected facts found, 2 unexpected) and after it (12 of 13, 1 unexpected). A case
the rules still miss stays as a strict expected failure, so that fixing it is noticed."""

import pytest

from tests.helpers import lender_facts

CASES = [
    (
        "state:GEO",
        "Georgia became a member of the International Monetary Fund on 5 May 1992, and its quota now stands at SDR "
        "210.4 million.",
        {("other", 210.4e6, None)},
        set(),
    ),
    (
        "state:MDA",
        "The IMF Executive Board approved a three-year Extended Credit Facility arrangement for Moldova worth SDR 86.3 "
        "million in November 2016.",
        {("loan", 86.3e6, "2016")},
        {(("org:IMF", "state:MDA"), "2016")},
    ),
    ("state:BLR", "Belarus received the second tranche, US$ 400 million, in 2010.", {("loan", 400e6, "2010")}, set()),
    ("state:UZB", "The World Bank lent Uzbekistan $1.3 billion in FY2019.", {("loan", 1.3e9, "2019")}, set()),
    (
        "state:AZE",
        "Azerbaijan's inflation dropped to 2.3 percent in 2018, and its economy grew by 1.4 percent.",
        {("share", 2.3, "2018"), ("share", 1.4, "2018")},
        set(),
    ),
    (
        "state:GEO",
        "Georgia joined the World Bank in 1992. During 2008–2010 the Bank extended loans of $450 million to Georgia.",
        {("loan", 450e6, "2008")},
        set(),
    ),
    (
        "state:MDA",
        "Moldova joined the International Monetary Fund in 1992. Moldova settled its remaining debt to the Fund in 2014, "
        "a year earlier than scheduled.",
        set(),
        set(),
    ),
    (
        "state:UZB",
        "In 2017 the ADB approved a $500 million policy-based loan for Uzbekistan; a year later it added $300 million.",
        {("loan", 500e6, "2017"), ("loan", 300e6, "2018")},
        {(("org:ADB", "state:UZB"), "2017")},
    ),
    (
        "state:BLR",
        "Belarus plans to raise its gold reserves to $10 billion by 2025.",
        {("other", 10e9, "2025")},
        set(),
    ),
    pytest.param(
        "state:GEO",
        "In fiscal 2012 the World Bank's commitments to Georgia amounted to $250 million.",
        {("loan", 250e6, "2012")},
        set(),
        marks=pytest.mark.xfail(
            strict=True, reason="a lender's 'commitments' name no kind the word list knows: read as other"
        ),
    ),
]


@pytest.mark.parametrize("subject,text,expected_amounts,expected_deals", CASES)
def test_held_out_lender_sentences(subject, text, expected_amounts, expected_deals):
    assert lender_facts(text, subject) == (expected_amounts, expected_deals)
