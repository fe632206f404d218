"""Figures read with their context: the year a narrative is at, which figure a date belongs to, the kind
of a lending programme or of a 'worth', and numbers that count nothing. Real sentences of the dev texts
of the evaluation corpus (raw/evaluation/split.yaml) or made up in the genre; each rule has one that must
match and one that must not."""

import pytest

from pipeline.text.amounts import find_amounts
from tests.helpers import amounts


# --- the year a narrative is at -------------------------------------------------------------------------
def test_a_figure_told_in_the_past_takes_the_year_of_its_paragraph():
    text = (
        "In 2004, FAO produced a controversial report called 'Agricultural Biotechnology: meeting the needs of "
        "the poor?'. In response to the report, more than 650 organizations from around the world signed an "
        "open letter."
    )
    assert amounts(text, "value", "date_edtf") == [(650.0, "2004")]


def test_a_figure_in_the_present_takes_no_year_from_its_paragraph():
    text = (
        "US House Resolution 106 was introduced on 30 January 2007, and later referred to the House Committee on "
        "Foreign Affairs. The bill has 225 co-sponsors."
    )
    assert amounts(text, "value", "date_edtf") == [(225.0, None)]


def test_a_non_finite_verb_takes_no_year_from_its_paragraph_and_possession_in_the_past_does():
    """Codebook §5 amount: a figure told in the past ('had') takes the date its paragraph is at."""
    text = (
        "The Partial Test Ban Treaty was signed in 1963. The PTBT, joined by 123 states following the original "
        "three parties, banned detonations underwater. The two had a comparable population size of 171 million."
    )
    assert amounts(text, "value", "date_edtf") == [(1.23e2, None), (1.71e8, "1963"), (3.0, None)]


def test_a_framing_verb_is_read_through():
    text = (
        "The first successful North Korean hydrogen bomb test supposedly took place in September 2017. It was "
        "estimated to have an explosive yield of 120 kilotons."
    )
    assert amounts(text, "value", "date_edtf") == [(120.0, "2017")]


def test_at_the_same_time_is_the_narrative_year_not_a_deadline_before():
    text = (
        "In 1996, FAO organized the World Food Summit. The Summit concluded with the signing of the Rome "
        "Declaration, which established the goal of halving the number of people who suffer from hunger by the "
        "year 2015. At the same time, 1,200 civil society organizations (CSOs) from 80 countries participated in "
        "an NGO forum."
    )
    years = {value: year for value, year in amounts(text, "value", "date_edtf")}
    assert years[1200.0] == years[80.0] == "1996"
    assert years[50.0] == "2015"


# --- which figure a date belongs to ---------------------------------------------------------------------
def test_each_figure_takes_the_date_nearest_it():
    text = "Inflation fell from 1,892 percent in 1994 to 60 percent in 1995."
    assert amounts(text, "value", "date_edtf") == [(1892.0, "1994"), (60.0, "1995")]


def test_a_date_qualifies_the_figure_whose_phrase_it_ends():
    text = "The current account deficit narrowed to 3.5 percent of GDP in 1997 from 6.6 percent in 1996."
    assert amounts(text, "value", "date_edtf") == [(3.5, "1997"), (6.6, "1996")]
    text = "The treaty was signed by 56 states on 1 July 1968 and entered into force in 1970 after ratification by 43 states."
    assert amounts(text, "value", "date_edtf") == [(43.0, "1970"), (56.0, "1968-07-01")]


def test_a_later_figures_date_is_not_an_earlier_ones():
    text = "Its quota was initially set at SDR 247.5 million, and it was raised to SDR 365.7 million in 1999."
    assert amounts(text, "value", "date_edtf") == [(2.475e8, None), (3.657e8, "1999")]


def test_a_date_that_opens_the_sentence_dates_every_figure():
    text = "Between 1945 and 1963, the US conducted 215 atmospheric tests, the Soviet Union conducted 219."
    assert amounts(text, "value", "date_edtf") == [(215.0, "1945/1963"), (219.0, "1945/1963")]


def test_a_bracketed_figure_claims_no_date_outside_its_brackets():
    text = (
        "The Special Programme for Food Security is FAO's flagship initiative for reaching the goal of halving "
        "the number of hungry in the world by 2015 (currently estimated at close to 1 billion people)."
    )
    assert ("share", 50.0, "2015") in amounts(text, "kind", "value", "date_edtf")


# --- kinds ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("In July 1996 the IMF approved a three-year Extended Fund Facility of SDR 309.4 million.", "loan"),
        ("In 1995 the IMF approved a US$290 million Extended Fund Facility for Kazakhstan.", "loan"),
        ("Greece received a €110 billion bailout in 2010.", "loan"),
        ("The loan, worth $3 billion, was agreed in 2011.", "loan"),
        ("Caviar worth up to 1.400 euro was given to deputies.", "other"),
        ("The aid package falls under the EU's €1 billion Food Facility.", "allocation"),
        ("In 1993 the Fund provided US$85 million to Kazakhstan.", "other"),
        ("In 2009 the fund provided US$85 million to Kazakhstan.", "allocation"),
    ],
)
def test_money_named_by_a_lending_programme_or_a_body(text, expected):
    assert [kind for (kind,) in amounts(text, "kind")] == [expected]


def test_an_approximate_conversion_has_the_kind_but_not_the_hedge_of_the_other():
    text = "In 1998 the Fund approved a three-year loan of SDR 329.1 million (about US$453 million)."
    assert amounts(text, "kind", "currency", "modality") == [("loan", "USD", "hedged"), ("loan", "XDR", None)]


def test_kilometres_before_the_word_border_are_a_border_length():
    assert amounts("Turkmenistan shares a 744 km border with Afghanistan.", "kind") == [("border_length",)]
    assert amounts("The 1,833 km pipeline began to deliver gas in 2009.", "kind") == [("other",)]


# --- numbers that count nothing -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "In the wake of the 11 September attacks on the United States, he agreed to the establishment of bases.",
        'He said research "is essentially driven by the world\'s top ten transnational corporations".',
        'These "Annex 2 states" are states that participated in the CTBT\'s negotiations.',
        "The PTBT was joined by states following the other three parties.",
    ],
)
def test_days_of_dates_ranks_quoted_labels_and_anaphora_are_not_figures(text):
    assert find_amounts(text) == []


def test_a_count_before_a_date_or_after_other_words_is_still_a_figure():
    found = [(m.value, m.noun) for m in find_amounts("On 11 September 2001, 19 hijackers attacked the towers.")]
    assert found == [(19.0, "hijackers")]
    assert [m.value for m in find_amounts("The top official met three ministers.")] == [3.0]


def test_a_measure_abbreviation_holds_its_scale():
    found = find_amounts("Turkmenistan exports about 30 bcm of gas a year; reserves are 17.5 tcm.")
    assert [(m.value, m.unit) for m in found] == [(3e10, "cubic metres"), (1.75e13, "cubic metres")]
    assert [(m.value, m.unit) for m in find_amounts("Exports reached 40bn cu m in 2008.")] == [(4e10, "cubic metres")]


def test_a_spelled_count_after_a_possessive_refers_back_but_members_are_counted():
    assert find_amounts("Efforts were made over the next years to draft the Treaty text and its two annexes.") == []
    assert [m.value for m in find_amounts("The CSTO deployed its six member states' troops.")] == [6.0]


def test_treaty_parties_alone_are_members_but_political_parties_are_not():
    assert amounts("The treaty has been extended indefinitely and now has 191 parties.", "kind") == [("member_count",)]
    assert amounts("In 2019, 12 political parties took part in the elections.", "kind") == [("other",)]


def test_percentage_points_are_percentages_but_a_percentage_is_no_count():
    assert [(m.value, m.unit) for m in find_amounts("Growth slowed by 2 percentage points in 2009.")] == [
        (2.0, "percent")
    ]
    assert find_amounts("The percentage of exports fell.") == []


def test_the_other_end_of_a_change_repeats_the_figure_bare():
    text = "The nuclear-weapon states reduced their arsenals from a peak of 70,300 warheads in 1986 to approximately 14,000 in 2018."
    assert [(m.value, m.unit, m.qualifier) for m in find_amounts(text)] == [
        (70300.0, "warheads", None),
        (14000.0, "warheads", "about"),
    ]
    assert [m.value for m in find_amounts("The mission grew by 300 troops to 4,000.")] == [300.0]


def test_a_clause_after_though_dates_only_itself():
    text = "A total of 191 states have joined the Treaty, though North Korea announced its withdrawal in 2003."
    assert amounts(text, "value", "date_edtf") == [(191.0, None)]
    text = "In 2003, 191 states had joined the Treaty, though North Korea announced its withdrawal."
    assert amounts(text, "value", "date_edtf") == [(191.0, "2003")]
