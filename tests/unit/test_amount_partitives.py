"""Partitives, coordinated figures and the year a heading gives. 'N of its X' in digits counts X, spelled out it picks out members of a
set already named; 'N of the M X' gives both the part and the whole; figures joined by 'and' share the
date after them. Real sentences of the dev texts (raw/evaluation/split.yaml) where the shape occurs there,
else made up in the genre (a text on a treaty, on a state's loans)."""

import pytest

from pipeline.text.amounts import find_amounts
from tests.helpers import amounts, candidates, pick


def test_a_partitive_in_digits_counts_its_noun():
    text = "In January 2022, the CSTO deployed 2,000 of its peacekeepers to Kazakhstan to quell the local unrest."
    assert [(m.value, m.noun) for m in find_amounts(text)] == [(2000.0, "peacekeepers")]


@pytest.mark.parametrize(
    "text",
    [
        "In June 2018, FAO and four of its officials took the paper and its editor, John Philips, to court alleging "
        "defamation, using a law dating back to the fascist era in Italy.",
        "However, the dispute over the Armenian Genocide of 1915 and the recent war over Nagorno–Karabakh have "
        "created tense relations with two of its immediate neighbors, Azerbaijan and Turkey.",
    ],
)
def test_a_spelled_out_possessive_partitive_is_no_figure(text):
    assert find_amounts(text) == []


def test_a_part_of_a_whole_in_digits_gives_both():
    text = "The treaty was extended in 1995 at a conference attended by 174 of the 178 parties."
    assert [(m.text, m.value, m.noun) for m in find_amounts(text)] == [
        ("174", 174.0, "parties"),
        ("178 parties", 178.0, "parties"),
    ]
    assert [(m.value, m.noun) for m in find_amounts("It was one of the founder members of the CIS.")] == []


def test_coordinated_figures_share_the_date_after_them():
    text = "Russia lent two billion dollars and EUR 100 million in 2009."
    assert amounts(text, "value", "date_edtf") == [(1e8, "2009"), (2e9, "2009")]
    text = "Its quota was initially set at SDR 247.5 million, and it was raised to SDR 365.7 million in 1999."
    assert amounts(text, "value", "date_edtf") == [(2.475e8, None), (3.657e8, "1999")]


def test_a_share_told_in_the_past_takes_its_headings_year():
    text = "The government spent $10 billion on bank rescues. Growth slowed to 3.3 percent."
    assert amounts(text, "value", "date_edtf") == [(1e10, None), (3.3, None)]
    assert candidates_years(text, "Relations in 2008") == [(1e10, "2008"), (3.3, "2008")]


def candidates_years(text, heading):
    return pick(candidates(text, "amount", heading=heading), "value", "date_edtf")


# --- lists -----------------------------------------------------------------------------------------------------
def test_respectively_pairs_figures_and_dates_in_order():
    text = "Kazakhstan received $1.5 billion, $2 billion and $500 million in 2007, 2008 and 2009 respectively."
    assert amounts(text, "value", "date_edtf") == [(1.5e9, "2007"), (2e9, "2008"), (5e8, "2009")]
    text = "Kazakhstan received $1.5 billion and $2 billion in 2007, 2008 and 2009 respectively."
    assert amounts(text, "value", "date_edtf") == [
        (1.5e9, "2007"),
        (2e9, "2007"),
    ]  # lists of unequal length: no pairing


# --- members ---------------------------------------------------------------------------------------------------
def test_a_count_of_members_is_a_member_count_however_large():
    """Codebook §5 amount: the first rule that applies decides, and members (rule 3) come before persons (rule 4)."""
    text = "The next interim objective is to grow the EndingHunger movement's Facebook community to 1 million members."
    assert amounts(text, "kind", "value") == [("member_count", 1e6)]
    text = (
        "There are a total of 197 members comprising 194 member nations, 1 member organization and 2 associate members."
    )
    assert {kind for (kind,) in amounts(text, "kind")} == {"member_count"}
