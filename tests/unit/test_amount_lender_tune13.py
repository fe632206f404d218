"""Figures and loan deals in articles on a state and its lenders (the IMF, the World Bank, the ADB): the imf13 tune set,
made-up genre sentences with the facts expected under raw/evaluation/BRIEF.md §5 (amount: kind, value, year;
agreement kind loan_deal), written before the rules they test; each rule's near-misses below must not fire."""

import pytest

from pipeline.entities.body_names import _is_body
from pipeline.text.amounts import find_amounts
from tests.helpers import lender_facts

J = "Kazakhstan joined the IMF in 1992. "


@pytest.mark.parametrize(
    "text,amounts,deals",
    [
        (
            "In January 1994 the IMF approved a Stand-By Arrangement of SDR 123.75 million for Kazakhstan.",
            {("loan", 123.75e6, "1994")},
            {(("org:IMF", "state:KAZ"), "1994")},
        ),
        ("Kazakhstan's quota in the Fund was SDR 365.7 million in 2016.", {("other", 365.7e6, "2016")}, set()),
        (
            J + "The second tranche of $85 million was disbursed in June 1996.",
            {("loan", 85e6, "1996")},
            set(),
        ),
        (
            "Kazakhstan repaid its outstanding obligations of $385 million to the IMF in 2000, seven years ahead of "
            "schedule.",
            {("loan", 385e6, "2000")},
            set(),
        ),
        (
            "In 1993 Kazakhstan made a purchase equivalent to 100 percent of its quota.",
            {("share", 100.0, "1993")},
            set(),
        ),
        (
            "Inflation fell from 1,258 percent in 1994 to 39 percent in 1996.",
            {("share", 1258.0, "1994"), ("share", 39.0, "1996")},
            set(),
        ),
        ("The program aimed to cut inflation to 10 percent by 1997.", {("share", 10.0, "1997")}, set()),
        (
            "The Fund holds annual Article IV consultations with Kazakhstan, and two staff missions visited Almaty in "
            "1995.",
            {("other", 2.0, "1995")},
            set(),
        ),
        ("In 1999 the authorities treated the arrangement as precautionary and did not draw on it.", set(), set()),
        ("Kazakhstan was ranked 28th in the Doing Business report in 2019.", set(), set()),
        (
            "Since 1992 the World Bank has committed more than $6.8 billion to Kazakhstan for 39 projects.",
            {("loan", 6.8e9, None), ("other", 39.0, None)},
            set(),
        ),
        (
            "In 2009 the World Bank approved a $1 billion loan and a $300 million credit line for Kazakhstan.",
            {("loan", 1e9, "2009"), ("loan", 300e6, "2009")},
            {(("org:WORLD_BANK", "state:KAZ"), "2009")},
        ),
        (
            "Kazakhstan's quota was SDR 247.5 million, giving it 0.18 percent of the total votes.",
            {("other", 247.5e6, None), ("share", 0.18, None)},
            set(),
        ),
        (J + "The arrangement expired in 2002 with no drawings having been made.", set(), set()),
    ],
)
def test_lender_genre_sentences(text, amounts, deals):
    assert lender_facts(text) == (amounts, deals)


# --- a purchase under a lender's facility or arrangement is a drawing on it: a loan ------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        (J + "Purchases under the Systemic Transformation Facility totalled SDR 137.2 million in 1995.", "loan"),
        (J + "In 1995 purchases under the arrangement amounted to SDR 50 million.", "loan"),
        ("In 1996 purchases under the Stand-By Arrangement reached SDR 70 million.", "loan"),
        # near-misses: purchases of goods, or under a trade agreement, are no drawing
        ("In 2010 Kazakhstan's purchases from Russia reached $5 billion.", "trade"),
        ("In 2010 purchases of Russian grain reached $5 million.", "trade"),
    ],
)
def test_a_purchase_under_a_facility_is_a_loan(text, expected):
    assert [k for k, _, _ in lender_facts(text)[0]] == [expected]


# --- technical assistance is advice the lender gives, not lending -------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("The IMF's technical assistance to Kazakhstan has totalled about $40 million since 1993.", "allocation"),
        ("In 2005 the World Bank provided $3 million of technical assistance to Kazakhstan.", "allocation"),
        ("In 2012 the ADB gave Kazakhstan $1.5 million in technical aid.", "allocation"),
        # near-miss: financial assistance from the Fund is its lending
        ("In 1993 the IMF provided financial assistance of $100 million to Kazakhstan.", "loan"),
    ],
)
def test_technical_assistance_is_an_allocation(text, expected):
    assert [k for k, _, _ in lender_facts(text)[0]] == [expected]


# --- a lender approving an arrangement named by its acronym, or a member's request for one -----------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            J + "In December 1999, the IMF approved a three-year EFF for SDR 329.1 million (about US$453 million) to "
            "support the government's economic program.",
            {(("org:IMF", "state:KAZ"), "1999")},
        ),
        (
            "The IMF Executive Board approved Kazakhstan's request for an SBA in an amount equivalent to SDR 185.6 "
            "million in June 1995.",
            {(("org:IMF", "state:KAZ"), "1995")},
        ),
        (
            "The World Bank approved Kazakhstan's request for a loan in 2008.",
            {(("org:WORLD_BANK", "state:KAZ"), "2008")},
        ),
        (
            J
            + "The IMF approved a three-year Extended Fund Facility (EFF) in July 1996 amounting to SDR 309.4 million.",
            {(("org:IMF", "state:KAZ"), "1996")},
        ),
        # near-misses: no lender approves these
        ("In 2012 the ministers approved the request for a new border crossing.", set()),
        ("In 2003 the OSCE approved an SBA for Kazakhstan.", set()),
    ],
)
def test_an_arrangement_approved_by_its_acronym_or_on_request(text, expected):
    assert lender_facts(text)[1] == expected


def test_an_arrangement_for_a_state_is_the_lenders_loan_deal_not_a_body():
    """'an Extended Credit Facility for Kyrgyzstan' names a lending instrument, which the recogniser calls an ORG."""
    assert lender_facts("The IMF approved an Extended Credit Facility for Kyrgyzstan in 2011.", "state:KGZ")[1] == {
        (("org:IMF", "state:KGZ"), "2011")
    }
    assert not _is_body("ORG", "Extended Credit Facility for Kyrgyzstan")
    assert not _is_body("ORG", "Stand-By Arrangement")
    assert _is_body("ORG", "Global Environment Facility")  # near-miss: a body whose head is 'Facility'


# --- a bare number before 'and N percent' shares its unit ---------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Growth was 9.6 and 9.3 percent in 2003 and 2004, respectively.",
            {("share", 9.6, "2003"), ("share", 9.3, "2004")},
        ),
        (
            "GDP grew by 9.8, 13.5 and 9.9 percent in 2000, 2001 and 2002 respectively.",
            {("share", 9.8, "2000"), ("share", 13.5, "2001"), ("share", 9.9, "2002")},
        ),
        (
            "GDP grew by 9.8 percent in 2000, 13.5 percent in 2001 and 9.9 percent in 2002.",
            {("share", 9.8, "2000"), ("share", 13.5, "2001"), ("share", 9.9, "2002")},
        ),
        # near-misses: a range and years
        ("Inflation was between 5 and 7 percent in 2010.", {("share", 5.0, "2010")}),
        ("In 1999 and 2000 percent changes in the tenge were small.", set()),
    ],
)
def test_a_bare_number_shares_the_unit_of_the_next_figure(text, expected):
    assert lender_facts(text)[0] == expected


def test_shared_unit_leaves_ranges_and_money_alone():
    assert [(m.value, m.value_max) for m in find_amounts("between 5 and 7 percent")] == [(5.0, 7.0)]
    assert [(m.value, m.unit) for m in find_amounts("3 and 4 tests")] == [(3.0, "tests"), (4.0, "tests")]


# --- an arrangement approved with no agent, in a text or paragraph about a lender, is the lender's -----------------
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            J + "A further arrangement, of SDR 185.6 million, was approved in June 1995.",
            {(("org:IMF", "state:KAZ"), "1995")},
        ),
        (J + "A three-year EFF was approved in December 1999.", {(("org:IMF", "state:KAZ"), "1999")}),
        (
            "Kazakhstan joined the World Bank in 1992. A $30 million loan for irrigation was approved in 2004.",
            {(("org:WORLD_BANK", "state:KAZ"), "2004")},
        ),
        (J + "An ADB loan of $30 million was approved in 2004.", {(("org:ADB", "state:KAZ"), "2004")}),
        # near-misses: an arrangement that is no lending by its name or sum, an approval the paragraph's lender
        # is not said to make, and a loan whose phrase names another lender
        (J + "New customs arrangements were approved in 1996.", set()),
        ("Kazakhstan joined the OSCE in 1992. A three-year EFF was approved in December 1999.", set()),
        ("Kazakhstan and China are close partners. A $30 million loan for irrigation was approved in 2004.", set()),
        ("Kazakhstan joined the World Bank in 1992. A loan from China was approved in 2004.", set()),
    ],
)
def test_an_arrangement_approved_with_no_agent_is_the_lenders(text, expected):
    assert lender_facts(text)[1] == expected


# --- 'it' approving loans is the lender the text has just named ----------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Asian Development Bank has been active in Kyrgyzstan since 1994. In 2017 it approved two loans for "
            "roads.",
            {(("org:ADB", "state:KGZ"), "2017")},
        ),
        (
            "The World Bank opened an office in Bishkek in 1994. In 2005 it approved a credit for rural water supply.",
            {(("org:WORLD_BANK", "state:KGZ"), "2005")},
        ),
        # near-misses: 'it' after a body that lends nothing, or after two bodies
        ("Kyrgyzstan joined the CSTO in 1992. In 2017 it approved two loans for roads.", set()),
        (
            "The Asian Development Bank and the EBRD are active in Kyrgyzstan. In 2017 it approved two loans for roads.",
            set(),
        ),
    ],
)
def test_it_approving_loans_is_the_lender_named_before(text, expected):
    assert lender_facts(text, "state:KGZ")[1] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Asian Development Bank has approved 184 loans for Kyrgyzstan since 1994.",
            {(("org:ADB", "state:KGZ"), None)},
        ),
        (
            "Since 2001 the World Bank has approved 30 credits for Kyrgyzstan.",
            {(("org:WORLD_BANK", "state:KGZ"), None)},
        ),
        # near-miss: a date of the act itself
        ("In 1994 the Asian Development Bank approved a loan for Kyrgyzstan.", {(("org:ADB", "state:KGZ"), "1994")}),
    ],
)
def test_a_date_that_opens_a_period_dates_no_loan_deal(text, expected):
    assert lender_facts(text, "state:KGZ")[1] == expected


# --- a purchase told in SDRs is a drawing on the Fund ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("In 1995 the IMF approved an SBA. In the same year Kazakhstan purchased SDR 92.8 million.", ["loan"]),
        ("In 1996 Kazakhstan made purchases totalling SDR 40 million.", ["loan"]),
        ("In July 1996 the IMF approved an EFF. Only SDR 50 million was drawn.", ["loan"]),
        # near-misses: a purchase in dollars, exports and a quota told in SDRs
        ("In 1995 Kazakhstan purchased $92.8 million of Russian gas.", ["trade"]),
        ("Kazakhstan's quota was SDR 365.7 million in 1999.", ["other"]),
        ("Kazakhstan's exports reached SDR 5 billion in 1999.", ["trade"]),
    ],
)
def test_a_purchase_in_sdrs_is_a_drawing(text, expected):
    assert [k for k, _, _ in lender_facts(text)[0]] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Armenia joined the IMF in 1992. A 38-month arrangement under the Extended Fund Facility and the Extended "
            "Credit Facility, totalling SDR 266.8 million, was approved in June 2010.",
            {(("org:IMF", "state:ARM"), "2010")},
        ),
        # near-miss: no lender is talked about, and a deal with no lender is none
        (
            "Armenia and Georgia are neighbours. A 38-month arrangement for Armenia, totalling SDR 266.8 million, was "
            "approved in June 2010.",
            set(),
        ),
    ],
)
def test_a_loan_deal_naming_only_its_borrower_takes_the_lender_talked_about(text, expected):
    assert lender_facts(text, "state:ARM")[1] == expected


# --- the end of another act's term dates no figure ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Tajikistan joined the IMF in 1993. In 1998 the Fund approved a loan. It was later extended to 2001, and "
            "disbursements totalled SDR 78.3 million.",
            [None],
        ),
        ("The arrangement ran until 2001 and provided SDR 40 million.", [None]),
        # near-misses: a period opened by 'from', and an end the figure's own verb takes
        ("From 1993 to 1999 the Fund lent Tajikistan $500 million.", ["1993"]),
        ("The IMF lent Tajikistan $40 million through 2001.", ["2001"]),
    ],
)
def test_the_end_of_another_acts_term_is_not_the_figures_year(text, expected):
    assert [y for _, _, y in lender_facts(text, "state:TJK")[0]] == expected


# --- a debt a lender cancels or reschedules is owed to it: a loan ---------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "In January 2006 the IMF cancelled Tajikistan's debt of SDR 69.3 million under the Multilateral Debt Relief "
            "Initiative.",
            ["loan"],
        ),
        ("Tajikistan joined the IMF in 1993. In 2006 the Fund forgave debts of $99 million.", ["loan"]),
        ("In 2008 the World Bank rescheduled arrears of $20 million.", ["loan"]),
        # near-misses: a state as creditor, and a debt no lender acts on
        ("In 2006 Russia cancelled Tajikistan's debt of $240 million.", ["other"]),
        ("Tajikistan's external debt reached $3 billion in 2018.", ["other"]),
    ],
)
def test_a_debt_a_lender_cancels_is_its_loan(text, expected):
    assert [k for k, _, _ in lender_facts(text, "state:TJK")[0]] == expected
