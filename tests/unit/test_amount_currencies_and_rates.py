"""Money in the region's currency words and weights, the kind of a sum that 'is worth' a figure, the year
of a rate over a stated period, and dates that belong to another clause (an aside, a coordinated clause
with its own date). The dev texts hold none of these shapes with a figure, so most sentences are made up
in the genre (texts on a state's relations with a lender, on a treaty); the negative cases are real
sentences of the dev texts (raw/evaluation/split.yaml). Each rule has a case that must match and one that
must not."""

import pytest

from pipeline.text.amounts import find_amounts
from tests.helpers import amounts


# --- currency words ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,value,currency",
    [
        ("The programme provided 3 billion manat in credits.", 3e9, "TMT"),
        ("The budget amounted to 50 billion som.", 5e10, "KGS"),
        ("Trade with Armenia reached 100 billion drams.", 1e11, "AMD"),
        ("The Asian Development Bank lent 100 million yen.", 1e8, "JPY"),
        ("The loan was for 120 million SDRs.", 1.2e8, "XDR"),
    ],
)
def test_a_currency_word_after_a_number_makes_it_money(text, value, currency):
    assert [(m.value, m.unit, m.currency) for m in find_amounts(text)] == [(value, "currency", currency)]


def test_a_word_that_only_begins_like_a_currency_is_none():
    text = "Kazakhstan shares a border of some 7,500 km with its northern neighbour."
    assert [m.unit for m in find_amounts(text)] == ["km"]


def test_a_bare_manat_is_azerbaijans_where_the_sentence_names_azerbaijan_only():
    assert amounts("Azerbaijan spent 2 billion manats on defence in 2018.", "currency") == [("AZN",)]
    assert amounts("Turkmenistan spent 2 billion manats on defence in 2018.", "currency") == [("TMT",)]
    assert amounts("Azerbaijan lent 2 billion Turkmen manats to Georgia.", "currency") == [("TMT",)]


# --- 'X was worth …' ----------------------------------------------------------------------------------------
def test_worth_as_a_predicate_values_its_subject():
    text = "Trade between Turkey and Turkmenistan was worth 3.5 billion US dollars in 2014."
    assert amounts(text, "kind", "value", "date_edtf") == [("trade", 3.5e9, "2014")]
    text = "The agreement on trade was worth 3.5 billion US dollars."
    assert amounts(text, "kind") == [("agreement_value",)]
    assert amounts("Caviar worth up to 1.400 euro was given to deputies.", "kind") == [("other",)]


# --- rates ----------------------------------------------------------------------------------------------------
def test_a_rate_over_a_stated_period_is_of_that_period():
    text = "Between 2000 and 2007, growth averaged 10 percent per year."
    assert amounts(text, "value", "date_edtf") == [(10.0, "2000/2007")]


def test_a_rate_without_a_period_has_no_year():
    text = "As a result, savings of about US$50 million, €35 million a year were realized."
    assert [year for (year,) in amounts(text, "date_edtf")] == [None, None]
    text = (
        "Despite the 1994 cease-fire, sporadic violations, sniper-fire and landmine incidents continue to claim "
        "over 100 lives each year."
    )
    assert amounts(text, "value", "date_edtf") == [(100.0, None)]


# --- dates that belong to another clause ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kazakhstan, which joined the Fund in 1992, has a quota of SDR 365.7 million.", [(3.657e8, None)]),
        ("The treaty, signed in 1968, has 191 parties.", [(191.0, None)]),
        ("The Soviet Union, which had 27,000 warheads in 1991, collapsed.", [(27000.0, "1991")]),
        (
            "It opened for signature in New York on 24 September 1996, when it was signed by 71 States, including "
            "five of the eight then nuclear-capable states.",
            [(5.0, "1996-09-24"), (71.0, "1996-09-24")],  # the part of a whole is a count (codebook §8)
        ),
    ],
)
def test_a_date_in_a_comma_set_aside_dates_only_the_aside(text, expected):
    assert amounts(text, "value", "date_edtf") == expected


def test_a_coordinated_clause_opening_with_its_own_date_dates_only_itself():
    text = "In 1994, Kazakhstan transferred 600 kg of uranium, and in 1995 it closed the test site."
    assert amounts(text, "value", "unit", "date_edtf") == [(600.0, "kg", "1994")]
    text = "In 1998, trade was $1bn, and in 1999 it reached $2bn."
    assert amounts(text, "value", "date_edtf") == [(1e9, "1998"), (2e9, "1999")]
    text = (
        "Between 1945 and 1963, the US conducted 215 atmospheric tests, the Soviet Union conducted 219, the UK "
        "conducted 21, and France conducted three."
    )
    assert {year for (year,) in amounts(text, "date_edtf")} == {"1945/1963"}


def test_a_year_earlier_is_a_date_not_a_rate():
    text = "The fiscal deficit narrowed to 1 percent of GDP in 2000 from 5 percent a year earlier."
    assert amounts(text, "value", "date_edtf") == [(1.0, "2000"), (5.0, "1999")]


# --- lending: disbursements and tranches ------------------------------------------------------------------------
def test_a_sum_disbursed_is_a_loan_and_its_tranches_are_no_count():
    text = "The IMF disbursed SDR 50 million in three tranches during 1996."
    assert amounts(text, "kind", "value", "date_edtf") == [("loan", 5e7, "1996")]
    # a repurchase is the IMF's word for a repayment of its credit, and a sum repaid is a loan's (as 'repaid')
    assert amounts("Kazakhstan made an early repurchase of SDR 385 million in May 2000.", "kind") == [("loan",)]


def test_worth_after_a_copula_alone_values_its_subject():
    assert amounts("The 2015-2019 programme was worth $3 billion.", "kind", "date_edtf") == [
        ("allocation", "2015/2019")
    ]


# --- a currency code or sign written against the number ------------------------------------------------------
@pytest.mark.parametrize(
    "text,span,value,currency",
    [
        ("Kazakhstan's quota in the Fund is SDR1.16 billion.", "SDR1.16 billion", 1.16e9, "XDR"),
        ("The Bank approved a loan of US$1.2bn to Kazakhstan in 2019.", "US$1.2bn", 1.2e9, "USD"),
        ("The National Fund transferred KZT300bn to the budget.", "KZT300bn", 3e11, "KZT"),
        ("Trade with the EU reached USD1.2bn in 2018.", "USD1.2bn", 1.2e9, "USD"),
        ("The EU committed €1.2 billion to the region.", "€1.2 billion", 1.2e9, "EUR"),
        ("Tenge 50 billion was set aside for the programme.", "Tenge 50 billion", 5e10, "KZT"),
        ("Russia spent RUB 1.5 trillion on the project.", "RUB 1.5 trillion", 1.5e12, "RUB"),
        ("The state budget set aside ₸50 billion for the programme.", "₸50 billion", 5e10, "KZT"),
        ("Sanctions cost Russia ₽1.5 trillion in 2015.", "₽1.5 trillion", 1.5e12, "RUB"),
    ],
)
def test_a_code_or_sign_against_the_number_makes_it_money(text, span, value, currency):
    assert [(m.text, m.value, m.currency) for m in find_amounts(text)] == [(span, value, currency)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 the leaders met at the G20 summit in Osaka.",
        "Air Astana bought three A330 jets.",
        "The MH17 crash was discussed in FY2019 reports.",
        "Its T72 tanks were sold to the ASEAN2 bloc.",
    ],
)
def test_a_number_against_letters_that_are_no_currency_code_is_no_amount(text):
    assert [m.text for m in find_amounts(text) if m.unit == "currency"] == []


def test_glued_codes_at_both_ends_of_a_change_are_two_figures():
    text = "The quota rose from SDR100 million to SDR200 million."
    assert [(m.value, m.value_max) for m in find_amounts(text)] == [(1e8, None), (2e8, None)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Fund offered a facility of SDR1 billion–SDR2 billion.", [(1e9, 2e9, "XDR")]),
        ("Annual lending ranged between SDR 100 million and SDR 200 million.", [(1e8, 2e8, "XDR")]),
        # near-miss: two sums joined by 'and' without 'between' are two figures
        ("The Bank lent EUR1bn and USD2bn.", [(1e9, None, "EUR"), (2e9, None, "USD")]),
    ],
)
def test_a_code_may_repeat_at_the_upper_end_of_a_range(text, expected):
    assert [(m.value, m.value_max, m.currency) for m in find_amounts(text)] == expected
