"""Rules the dev texts showed the pipeline departing from the codebook's amount rules (raw/evaluation/BRIEF.md §5
amount, revision of 2026-12-06), each on invented genre sentences with near-misses: counts of states that join, ratify
or accede are counts of parties; the kind a sum's purpose names ('€30m to spend on'); plans of action and bonds; the
year of a figure told in the past however deep its verb, and of an absolute 'with' clause."""

import pytest

from tests.helpers import amounts


@pytest.mark.parametrize(
    "text,expected",
    [
        ("By 2010, 40 countries had joined the initiative.", [("member_count", 40.0)]),
        ("The convention, ratified by 150 states, entered into force in 1997.", [("member_count", 150.0)]),
        ("In 2004 ten states acceded to the union.", [("member_count", 10.0)]),
        # near-misses: states that only sign, that have not ratified, or that a condition names
        ("In 1996 the treaty was signed by 71 states.", [("other", 71.0)]),
        ("As of 2016, eight states have not ratified the treaty.", [("other", 8.0)]),
        ("It will enter into force after the 44 states listed in its annex have ratified it.", [("other", 44.0)]),
    ],
)
def test_states_that_join_ratify_or_accede_are_counted_as_parties(text, expected):
    assert amounts(text, "kind", "value") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In 2016 the envoy had €30m to spend on lobbying.", [("allocation", 3e7)]),
        ("In 2012 Russia set aside $2 billion to invest in Kyrgyz hydropower.", [("investment", 2e9)]),
        ("In 2010 the members agreed a $30 million action plan for the region.", [("allocation", 3e7)]),
        ("In 2019 the bank issued eurobonds worth $500 million.", [("loan", 5e8)]),
        # near-misses: the noun whose value the sum states comes first; an infinitive that names no kind is none
        ("In 2001 the loan amounted to $45 million to finance a road.", [("loan", 4.5e7)]),
        ("In 2001 the envoy had $5 million to celebrate the anniversary.", [("other", 5e6)]),
    ],
)
def test_a_sums_purpose_plans_of_action_and_bonds_name_its_kind(text, expected):
    assert amounts(text, "kind", "value") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "In June 2018 the court heard the case. The newspaper was liable for a fine of up to Euros 100,000.",
            [(1e5, "2018")],
        ),
        (
            "A poll was taken in May 2019. Support for the union fell by 8%, with only 30% backing membership.",
            [(30.0, "2019"), (8.0, "2019")],
        ),
        ("In 2015 Armenia faced a crisis. The government had $2 billion in reserves.", [(2e9, "2015")]),
        # near-misses: told in the present, no year; an absolute clause under a present verb neither
        ("In 2015 Armenia faced a crisis. The government has $2 billion in reserves.", [(2e9, None)]),
        (
            "A poll was taken in May 2019. Support for the union is low, with only 30% backing membership.",
            [(30.0, None)],
        ),
    ],
)
def test_the_year_of_a_figure_told_in_the_past(text, expected):
    assert amounts(text, "value", "date_edtf") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In 2009 a consensus was reached by five of the seven members.", [("member_count", 7.0), ("other", 5.0)]),
        ("By 2012, 174 of the 178 parties had ratified the amendment.", [("member_count", 178.0), ("other", 174.0)]),
        ("In 1999 six of the nine member states agreed to renew the treaty.", [("member_count", 9.0), ("other", 6.0)]),
        # near-misses: a part of a set already named, or of its own, is no count; a part of people stays people
        ("It was one of the founder members of the CIS.", []),
        ("In 2018 four of its officials took the paper to court.", []),
        ("In 2010 two of the three delegates walked out.", [("people", 2.0)]),  # (the whole: anaphora of a set)
    ],
)
def test_a_part_of_a_membership_is_an_other_count_beside_the_whole(text, expected):
    """Codebook §8: 'six of the nine' gives two counts; the part counts the members that act, not the membership."""
    assert amounts(text, "kind", "value") == expected


def test_a_figure_whose_clause_date_is_another_figures_takes_the_opening_date():
    text = "On 4 February 2009, an accord was reached by five of the seven members, with plans finalized on 14 June."
    assert amounts(text, "value", "date_edtf") == [(5.0, "2009-02-04"), (7.0, "2009-06-14")]
    # near-miss: a date of the figure's own phrase is its own
    text = "On 4 February 2009, the bank approved $5 million, and $7 million on 14 June."
    assert amounts(text, "value", "date_edtf") == [(5e6, "2009-02-04"), (7e6, "2009-06-14")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The bill has 225 co-sponsors.", [("people", 225.0)]),
        ("In May 2006 he became one of eight Assistant Directors-General of the FAO.", [("people", 8.0)]),
        ("In 2010 the mission had 40 observers.", [("people", 40.0)]),
        ("The organisation has 57 member-states.", [("member_count", 57.0)]),
        # near-misses: a hyphenated count of things stays other
        ("In 2001 the region had 12 sub-regions.", [("other", 12.0)]),
        ("In 2001 the bank opened 12 field-offices.", [("other", 12.0)]),
    ],
)
def test_hyphenated_and_official_counted_nouns(text, expected):
    """Codebook §5 amount, rule 4: a count of persons is `people`; rule 3: members (however spelled) `member_count`."""
    assert amounts(text, "kind", "value") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "In March 2012 the two states signed a trade accord.\n\nGeorgia sold wine worth $130 million to Russia.",
            "2012",
        ),
        ("In 2009 the union set up a fund.\n\nBelarus contributed $1 billion to it.", "2009"),
        # near-misses: told in the present or as a plan, no year
        (
            "In March 2012 the two states signed a trade accord.\n\nGeorgia sells wine worth $130 million to Russia.",
            None,
        ),
        ("In 2009 the union set up a fund.\n\nBelarus will contribute $1 billion to it.", None),
    ],
)
def test_a_past_figure_in_an_undated_paragraph_takes_the_sections_year(text, expected):
    assert [(y or "")[:4] or None for (y,) in amounts(text, "date_edtf")] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("By 2024, the bank plans to extend up to US$1 billion to renewable energy projects.", [("investment", 1e9)]),
        ("In 2016 Turkey channelled $300 million into Georgian companies.", [("investment", 3e8)]),
        ("In 2011 the Eurasian Development Bank extended $70 million to Tajikistan.", [("loan", 7e7)]),
        # near-misses: a word that names the sum keeps its kind
        ("In 2015 the ministry allocated $5 million to small business projects.", [("allocation", 5e6)]),
        ("In 2015 Russia lent $5 million to Kyrgyz companies.", [("loan", 5e6)]),
    ],
)
def test_a_sum_no_word_names_that_goes_to_projects_is_investment(text, expected):
    """Codebook §5 amount: investment is money financing projects or companies; 'extend' names no kind of its own."""
    assert amounts(text, "kind", "value") == expected
