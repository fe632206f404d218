"""Which organisations lend (`pipeline.entities.lenders`, organizations.csv `is_lender`), as the loan rules read it
on genre sentences: a dictionary bank's or a provisional development bank's money for a state is a loan, while a
fund or bank that is no lender (a state's anti-crisis fund, a commercial bank) lends nothing by the same words.
Sentences written for this test in the shape of articles on a state and its lenders."""

from __future__ import annotations

import pytest

from pipeline.entities.lenders import named_lender
from tests.helpers import candidates, lender_facts


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Eurasian Fund for Stabilization and Development", True),
        ("Black Sea Trade and Development Bank", True),
        ("Export-Import Bank of Korea", True),
        # near-misses: a bank or fund that lends to no state
        ("EurAsEC Anti-Crisis Fund", False),
        ("Bank of Georgia", False),
        ("Halyk Bank", False),
        ("Turkic Joint Investment Fund", False),
        ("Development Institute", False),
    ],
)
def test_a_provisional_body_is_a_lender_by_its_name(name, expected):
    assert named_lender(name) is expected


@pytest.mark.parametrize(
    "text, subject, expected",
    [
        # a dictionary development bank (organizations.csv is_lender)
        (
            "In 2011 the Eurasian Development Bank provided $70 million to Kyrgyzstan.",
            "state:KGZ",
            [("loan", 70000000.0, "2011")],
        ),
        # a provisional development bank, a lender by its name
        (
            "In 2012 the Black Sea Trade and Development Bank provided $50 million to Armenia.",
            "state:ARM",
            [("loan", 50000000.0, "2012")],
        ),
        # near-misses: a commercial bank's money, a state fund's money
        ("In 2008 Halyk Bank provided $50 million to Georgia.", "state:KAZ", [("other", 50000000.0, "2008")]),
        (
            "In 2010 the Kazakh Anti-Crisis Fund provided $70 million to Kyrgyzstan.",
            "state:KAZ",
            [("other", 70000000.0, "2010")],
        ),
    ],
)
def test_a_lenders_money_for_a_state_is_a_loan(text, subject, expected):
    assert sorted(lender_facts(text, subject)[0]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 2015 the Asian Development Bank approved a three-year facility for Kyrgyzstan.", {"org:ADB"}),
        # near-miss: an arrangement approved by a body that lends nothing is no loan deal
        ("In 2015 the Shanghai Cooperation Organisation approved a three-year facility for Kyrgyzstan.", set()),
        ("In 2015 the Kazakh Anti-Crisis Fund approved a three-year facility for Kyrgyzstan.", set()),
    ],
)
def test_a_lenders_arrangement_is_its_loan_deal(text, expected):
    deals = [c for c in candidates(text, "agreement", "state:KGZ") if c.get("kind") == "loan_deal"]
    assert {p for c in deals for p in c["parties"] if p.startswith("org:")} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a provisional development bank talked about lends by 'it'
        (
            "Tajikistan joined the Black Sea Trade and Development Bank in 2009. In 2010 it approved a loan of $70 "
            "million to Tajikistan.",
            {(("org:new_black_sea_trade_and_development_bank", "state:TJK"), "2010")},
        ),
        # a dictionary lender's agreement names the lender as a party, not as what the agreement is about
        ("In 2008 Tajikistan signed an EBRD agreement on credit lines.", {(("org:EBRD", "state:TJK"), "2008")}),
    ],
)
def test_a_lenders_loan_deal_names_the_lender(text, expected):
    assert lender_facts(text, "state:TJK")[1] == expected
