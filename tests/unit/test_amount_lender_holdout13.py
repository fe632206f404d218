"""A second held-out set for figures and loan deals in articles on a state and its lenders (the IMF, the World Bank,
the ADB): sentences written, with the facts expected under raw/evaluation/BRIEF.md §5 (amount; agreement kind
loan_deal), before the imf13 change was made, and never tuned against. Scored before that change (12 of 14 expected
facts found, 2 unexpected) and after it (13 of 14, 1 unexpected). A case the rules still miss stays as a strict
expected failure, so that fixing it is noticed."""

import pytest

from tests.helpers import lender_facts

CASES = [
    (
        "state:ARM",
        "In March 2014 the IMF's Executive Board approved a 38-month Extended Fund Facility for Armenia in an amount "
        "equivalent to SDR 82.21 million.",
        {("loan", 82.21e6, "2014")},
        {(("org:IMF", "state:ARM"), "2014")},
    ),
    ("state:KGZ", "Kyrgyzstan's quota at the Fund is SDR 177.6 million.", {("other", 177.6e6, None)}, set()),
    (
        "state:TJK",
        "In 2002 the Fund disbursed a further $12 million to Tajikistan under the Poverty Reduction and Growth Facility.",
        {("loan", 12e6, "2002")},
        set(),
    ),
    (
        "state:UZB",
        "Uzbekistan cleared all of its arrears to the Fund, some $120 million, in 2001.",
        {("loan", 120e6, "2001")},
        set(),
    ),
    (
        "state:MNG",
        "Mongolia's consumer prices rose by 325 percent in 1992, while output fell by 9.2 percent.",
        {("share", 325.0, "1992"), ("share", 9.2, "1992")},
        set(),
    ),
    (
        "state:GEO",
        "Georgia joined the IMF in 1992. The 2012–2014 Stand-By Arrangement, worth SDR 125 million, was treated as "
        "precautionary.",
        {("loan", 125e6, "2012")},
        set(),
    ),
    (
        "state:AZE",
        "In 2005 the World Bank signed a loan agreement with Azerbaijan for rural roads.",
        set(),
        {(("org:WORLD_BANK", "state:AZE"), "2005")},
    ),
    (
        "state:ARM",
        "The IMF mission chief said the program aims to bring the fiscal deficit below 3 percent of GDP by 2017.",
        {("share", 3.0, "2017")},
        set(),
    ),
    (
        "state:KGZ",
        "Between 1993 and 1999 Kyrgyzstan drew SDR 188 million from the Fund.",
        {("loan", 188e6, "1993")},
        set(),
    ),
    ("state:TJK", "Tajikistan became the IMF's 172nd member in 1993.", set(), set()),
    (
        "state:UZB",
        "In 2019 the Asian Development Bank provided Uzbekistan with $300 million in budget support.",
        {("allocation", 300e6, "2019")},
        set(),
    ),
    pytest.param(
        "state:MNG",
        "In 2017 the Fund approved a three-year arrangement under the Extended Fund Facility for Mongolia of about "
        "$434 million.",
        {("loan", 434e6, "2017")},
        {(("org:IMF", "state:MNG"), "2017")},
        marks=pytest.mark.xfail(
            strict=True,
            reason="'the Fund' with the IMF named nowhere before it resolves to no lender: the deal keeps the borrower only",
        ),
    ),
]


@pytest.mark.parametrize("subject,text,expected_amounts,expected_deals", CASES)
def test_held_out_lender_sentences(subject, text, expected_amounts, expected_deals):
    assert lender_facts(text, subject) == (expected_amounts, expected_deals)
