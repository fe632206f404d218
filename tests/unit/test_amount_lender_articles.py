"""Figures and loan deals in articles on a state and a lender (the IMF, the World Bank, the ADB, the EBRD): made-up
genre sentences, each with a near-miss, kinds and years by the codebook (raw/evaluation/BRIEF.md §4, §5: a
percentage is a `share`, the year is the one the figure refers to, a goal or forecast keeps its own year)."""

import pytest

from pipeline.text.amounts import find_amounts
from tests.helpers import agreement_year_keys, amounts, candidates


def _keys(text: str, subject: str) -> list[tuple]:
    return sorted(
        (c["kind"], c["value"], (c.get("date_edtf") or "")[:4] or None) for c in candidates(text, "amount", subject)
    )


# --- a share forecast is no event of the narrative's year ------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Armenia joined the IMF in 1992. The Fund expects Armenia's growth to slow to 4.5 percent next year.", None),
        ("Mongolia joined the IMF in 1991. The IMF projects that the economy will grow by 6 percent.", None),
        ("Tajikistan joined the IMF in 1993. Growth is projected to reach 5 percent.", None),
        # near-misses: a share told in the past is of the year the paragraph is at; told in the present, after a
        # figure too, of none (codebook §5 amount: a figure told in the present has no year unless its clause gives one)
        ("In 2016 Mongolia's public debt reached $20 billion. Its budget deficit is 15 percent of GDP.", None),
        ("In 2016 Mongolia faced a crisis. Inflation rose to 9 percent.", "2016"),
        ("In 2016 Mongolia faced a crisis. Growth had slowed to 1 percent.", "2016"),
    ],
)
def test_a_share_forecast_takes_no_year_from_the_narrative(text, expected):
    assert [k[2] for k in _keys(text, "state:MNG") if k[0] == "share"] == [expected]


# --- a loan deal's borrower: named in the loan's phrase, else the state the text is about ------------------------
@pytest.mark.parametrize(
    "text,subject,expected",
    [
        (
            "In FY2004 the Asian Development Bank approved loans totalling $35 million for Kyrgyzstan.",
            "state:KGZ",
            {("loan_deal", ("org:ADB", "state:KGZ"), "2004")},
        ),
        (
            "Tajikistan joined the IMF in 1993. In 1998 the IMF approved a three-year loan under the Enhanced "
            "Structural Adjustment Facility for SDR 96 million.",
            "state:TJK",
            {("loan_deal", ("org:IMF", "state:TJK"), "1998")},
        ),
        (
            "Kyrgyzstan joined the IMF in 1992. In 2015 the IMF approved a three-year ECF arrangement of SDR 66.6 million.",
            "state:KGZ",
            {("loan_deal", ("org:IMF", "state:KGZ"), "2015")},
        ),
        (
            "Kyrgyzstan joined the IMF in 1992. In 2015 the Fund approved a three-year ECF arrangement of SDR 66.6 "
            "million.",
            "state:KGZ",
            {("loan_deal", ("org:IMF", "state:KGZ"), "2015")},
        ),
        (
            "Tajikistan's request for a Rapid Credit Facility disbursement of $189.5 million was approved by the IMF "
            "in 2020.",
            "state:TJK",
            {("loan_deal", ("org:IMF", "state:TJK"), "2020")},
        ),
        # near-misses: a borrower named is the party; arrangements no lender approves are no loan deal
        (
            "In 2012 the World Bank approved a loan to Georgia for a road.",
            "state:ARM",
            {("loan_deal", ("org:WORLD_BANK", "state:GEO"), "2012")},
        ),
        (
            "In 2012 the ministers of Armenia and Georgia approved arrangements for the border crossing.",
            "state:ARM",
            set(),
        ),
    ],
)
def test_a_lender_approving_a_loan_lends_to_the_state_named_or_talked_about(text, subject, expected):
    assert agreement_year_keys(text, subject) == expected


# --- a sum whose noun is left out is one more of the sum named before ---------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The EBRD approved a $20 million loan to Armenia in 2012. In the following year it provided a further $15 "
            "million.",
            [("loan", 1.5e7, "2013"), ("loan", 2e7, "2012")],
        ),
        (
            "In 2017 the ADB approved a $500 million loan for Uzbekistan; a year later it added $300 million.",
            [("loan", 3e8, "2018"), ("loan", 5e8, "2017")],
        ),
        (
            "Armenia received $30 million in humanitarian aid in 2010. Russia added $5 million in 2011.",
            [("allocation", 3e7, "2010"), ("allocation", 5e6, "2011")],
        ),
        # near-misses: a clause that names its sum, or no sum named before
        (
            "The EBRD approved a $20 million loan in 2012. In 2013 its reserves held a further $1 billion.",
            [("loan", 2e7, "2012"), ("other", 1e9, "2013")],
        ),
        ("Armenia joined the EBRD in 1992. In 2013 Armenia paid a further $1 million.", [("other", 1e6, "2013")]),
    ],
)
def test_a_further_sum_or_one_added_is_of_the_kind_named_before(text, expected):
    assert amounts(text, "kind", "value", "date_edtf") == expected


# --- a share in the present states what holds now ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Mongolia joined the IMF in 1991. Copper accounts for 40 percent of its exports.", [None]),
        (
            "Armenia became a member of the Fund in 1992. Its quota is SDR 128.8 million, which gives it 0.03 percent "
            "of the votes.",
            [None],
        ),
        # after a sentence that measured something too (codebook §5 amount: no year unless its own clause gives one);
        # near-miss: told in the past, dated
        (
            "As of 2018, the Fund's survey found that 40 percent of firms had credit. The top sectors are mining "
            "(60%) and trade (25%).",
            [None, "2018", None],
        ),
        ("Mongolia joined the IMF in 1991. In 1992 prices rose sharply. Inflation reached 325 percent.", ["1992"]),
    ],
)
def test_a_share_in_the_present_after_an_event_takes_no_year(text, expected):
    assert [k[2] for k in _keys(text, "state:MNG") if k[0] == "share"] == expected


# --- a section headed by a period is at its first year ------------------------------------------------------------
def _under(heading: str, text: str) -> list[tuple]:
    return sorted((c["kind"], c["value"], c.get("date_edtf")) for c in candidates(text, "amount", "state:MNG", heading))


def test_a_section_headed_by_a_period_narrates_from_its_first_year():
    assert _under("2009–2010 Stand-By Arrangement", "Mongolia repaid SDR 5 million ahead of schedule.") == [
        ("loan", 5e6, "2009")
    ]
    text = "Inflation rose to 20 percent. The following year the Fund disbursed SDR 20 million."
    assert _under("The 2008–2009 crisis", text) == [("loan", 2e7, "2009"), ("share", 20.0, "2008")]
    # near-misses: a heading with two separate years names no one year; a figure in the present takes none
    assert _under("Between 1995 and 1999", "Mongolia repaid SDR 5 million ahead of schedule.") == [("loan", 5e6, None)]
    assert _under("Programmes (1993–1996)", "Mongolia's quota is SDR 72.3 million.") == [("other", 7.23e7, None)]


def test_a_scale_word_joined_by_a_hyphen_scales_the_sum():
    text = "In 2014 the World Bank approved a US$1.5-billion loan and a $300-million credit for Ukraine."
    assert _keys(text, "state:UKR") == [("loan", 3e8, "2014"), ("loan", 1.5e9, "2014")]
    assert [(a.value, a.unit) for a in find_amounts("a 5-million-strong army of 10-12 million people")] == [
        (1e7, "people")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In 2009 the World Bank provided $60 million in budget support to Armenia.", [("allocation", 6e7, "2009")]),
        ("In 2011 the EBRD signed 12 projects worth €150 million in Armenia.", [("investment", 1.5e8, "2011")]),
        # near-misses: a body's own budget; projects no sum values
        ("The FAO budget for 2016–2017 is $1 billion.", [("budget", 1e9, "2016")]),
        ("In 2011 the EBRD discussed new projects, and trade reached $2 billion.", [("trade", 2e9, "2011")]),
    ],
)
def test_budget_support_is_given_and_projects_a_sum_values_are_investment(text, expected):
    assert [k for k in _keys(text, "state:ARM") if k[0] != "other"] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In 2017 the IMF put together a $5.5 billion package for Mongolia.", "loan"),
        ("The IMF's financing of $3 billion arrived in 2009.", "loan"),
        # near-misses: the Fund's own sums are no loan
        ("The IMF's total resources are about $1 trillion.", "other"),
        ("The IMF's headquarters cost $1 billion to build.", "other"),
    ],
)
def test_what_the_fund_lends_and_what_it_owns(text, expected):
    assert [k[0] for k in _keys(text, "state:MNG")] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The arrangement, approved in 1999, provided SDR 33.4 million.", "1999"),
        ("The programme, launched in 2009, lent SDR 153 million.", "2009"),
        # near-miss: an aside about the state that receives the sum dates its joining, not the sum
        ("Mongolia, which joined the Fund in 1991, received SDR 100 million.", None),
    ],
)
def test_an_aside_that_dates_the_sum_subject_dates_its_sum(text, expected):
    assert [k[2] for k in _keys(text, "state:MNG")] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Tajikistan's external debt reached 48 percent of GDP in 2018, while gross reserves stood at $1.2 billion.",
            [("other", 1.2e9, "2018"), ("share", 48.0, "2018")],
        ),
        (
            "Growth slowed to 2 percent in 2015, whereas inflation rose to 14 percent.",
            [("share", 2.0, "2015"), ("share", 14.0, "2015")],
        ),
        # near-miss: told in the present, the other clause states how things are now
        (
            "Exports fell to $1 billion in 2016, while imports are now $3 billion.",
            [("trade", 1e9, "2016"), ("trade", 3e9, None)],
        ),
    ],
)
def test_a_while_clause_told_in_the_past_shares_the_date_before_it(text, expected):
    assert _keys(text, "state:TJK") == sorted(expected, key=lambda k: (k[0], k[1]))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ukraine's outstanding debt to the Fund was SDR 7.6 billion at the end of 2017.", ("loan", "2017")),
        ("In 2006 Armenia repaid its debt to the IMF of SDR 70 million, three years early.", ("loan", "2006")),
        ("Arrears to the World Bank reached $20 million in 1999.", ("loan", "1999")),
        # near-misses: a debt to no lender, or no debt to anyone, is other
        ("Ukraine's external debt stood at $115 billion in 2018.", ("other", "2018")),
        ("Ukraine's debt to Russia was $3 billion in 2015.", ("other", "2015")),
    ],
)
def test_a_debt_to_a_lender_is_what_it_lent(text, expected):
    assert [(k[0], k[2]) for k in _keys(text, "state:UKR")] == [expected]


def test_the_ends_of_a_change_over_a_written_period_take_its_first_and_last_years():
    text = "During 2010–2015 Tajikistan's exports rose from $1 billion to $3 billion."
    assert _keys(text, "state:TJK") == [("trade", 1e9, "2010"), ("trade", 3e9, "2015")]
    # near-miss: a level over the period, no change, is of the period
    assert _keys("In 2010–2015 inflation averaged 6 percent.", "state:TJK") == [("share", 6.0, "2010")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In 2009 the World Bank provided $300 million to Ukraine.", "loan"),
        ("In 2016 the IMF provided financing of $1 billion to Ukraine.", "loan"),
        # near-misses: a grant is named; a sum the Bank reports, or another body provides, is no loan
        ("In 2018 the World Bank approved $50 million in grants for Ukraine.", "allocation"),
        ("The World Bank estimated that Ukraine spent $10 billion on energy subsidies in 2015.", "allocation"),
        ("The European Union provided $300 million to Ukraine in 2015.", "other"),
    ],
)
def test_what_the_world_bank_puts_at_a_members_disposal_is_lent(text, expected):
    assert [k[0] for k in _keys(text, "state:UKR")] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Armenia joined the World Bank in 1992. In 2018 the World Bank approved a $50 million loan for rural roads, "
            "and in 2019 a $40 million credit for energy efficiency.",
            {"2018", "2019"},
        ),
        ("In 1995 the IMF approved a stand-by arrangement, and in 1996 an extended arrangement.", {"1995", "1996"}),
        # near-misses: two loans with one date are one approval; a later clause about something else is no deal
        ("In 1995 the IMF approved a loan and a credit.", {"1995"}),
        ("In 1995 the IMF approved a loan, and in 1996 the government privatised the railways.", {"1995"}),
    ],
)
def test_a_gapped_list_of_loans_gives_each_its_own_year(text, expected):
    keys = agreement_year_keys(text, "state:ARM")
    assert {k[2] for k in keys} == expected and {k[0] for k in keys} == {"loan_deal"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The IMF granted Tajikistan $189.5 million in emergency financing in 2020.", "loan"),
        (
            "In 2020 the IMF approved emergency assistance of $189.5 million for Tajikistan under the Rapid Credit "
            "Facility.",
            "loan",
        ),
        # near-misses: grants and technical assistance the Fund gives are allocations
        ("In 2018 the IMF provided $2 million in grants for technical assistance.", "allocation"),
        ("The IMF granted Tajikistan technical assistance worth $3 million.", "allocation"),
    ],
)
def test_what_the_fund_grants_is_lent_unless_named_a_grant(text, expected):
    assert [k[0] for k in _keys(text, "state:TJK")] == [expected]


@pytest.mark.parametrize(
    "text,subject,expected",
    [
        (
            "The Board of Directors of the ADB approved a $100 million loan to Kyrgyzstan on 5 May 2015.",
            "state:KGZ",
            {("loan_deal", ("org:ADB", "state:KGZ"), "2015")},
        ),
        (
            "The IMF Executive Board approved a $100 million loan for Tajikistan in 2009.",
            "state:TJK",
            {("loan_deal", ("org:IMF", "state:TJK"), "2009")},
        ),
        (
            "Tajikistan joined the IMF in 1993. The Executive Board of the IMF approved a three-year arrangement for "
            "Tajikistan in 2009.",
            "state:TJK",
            {("loan_deal", ("org:IMF", "state:TJK"), "2009")},
        ),
        # near-miss: a board of no body named is no lender
        ("The board of the company approved a $100 million loan in 2009.", "state:TJK", set()),
    ],
)
def test_a_lenders_board_approving_a_loan_is_the_lender(text, subject, expected):
    assert agreement_year_keys(text, subject) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In FY05 the World Bank lent $30 million to Ukraine.", "2005"),
        ("In FY2004–FY2006 the World Bank lent $90 million to Ukraine.", "2004"),
        # near-miss: a flight number is no fiscal year
        ("In 2005 flight FY123 carried a World Bank mission; the Bank lent $30 million to Ukraine.", "2005"),
    ],
)
def test_a_fiscal_year_written_short_or_as_a_span(text, expected):
    assert [k[2] for k in _keys(text, "state:UKR")] == [expected]
