"""Money in the region's currency words, the kind of a sum that 'is worth' a figure, and the year of a rate
over a stated period. The dev texts name none of these currencies and no 'was worth' figure, so those
sentences are made up in the genre (a text on a state's relations with a lender); the rate's negative
cases are real sentences of the dev texts (raw/evaluation/split.yaml). Each rule has a case that must match
and one that must not."""

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
