"""A challenge set for what a figure measures (its kind) and the year it refers to, in the prose of the genre:
articles on international organisations, on lenders (the IMF, the World Bank, development banks) and on
states' foreign relations. Every sentence is made up from knowledge of how the genre states money and
figures (the IMF's own terms: arrangements, facilities, purchases and repurchases, quotas; trade turnover;
budgets for a biennium; borders, memberships, refugees), none is copied from an evaluation text. Kinds follow
the codebook (raw/evaluation/BRIEF.md §5 amount): a sum no listed kind names is `other` (a quota, capital,
reserves, debt, remittances), a percentage a `share`; the year is the year the figure refers to, not a date
mentioned nearby for something else (§4)."""

import pytest

from tests.helpers import amounts

LOAN, TRADE, INVESTMENT, OTHER = "loan", "trade", "investment", "other"


# --- one figure per sentence: (value, kind, year) -----------------------------------------------------------
@pytest.mark.parametrize(
    "text,value,kind,year",
    [
        # lending, in the lenders' own terms
        ("The IMF approved a three-year Extended Fund Facility of SDR 1.2 billion in 2014.", 1.2e9, LOAN, "2014"),
        ("The Fund disbursed US$300 million under the arrangement in 2016.", 3e8, LOAN, "2016"),
        ("In 2009 the Asian Development Bank opened a credit line of $500 million for small firms.", 5e8, LOAN, "2009"),
        ("Purchases from the Fund totalled SDR 137.3 million in 1995.", 1.373e8, LOAN, "1995"),
        ("Kyrgyzstan made repurchases of SDR 20 million to the Fund in 2001.", 2e7, LOAN, "2001"),
        ("In July 2019 the IMF approved a 39-month arrangement of about $6 billion.", 6e9, LOAN, "2019"),
        ("The IMF approved a three-year program of $1.5 billion for Ukraine in 2015.", 1.5e9, LOAN, "2015"),
        ("Kazakhstan received SDR 100 million from the IMF in 1995.", 1e8, LOAN, "1995"),
        ("In 1993 the IMF made purchases of SDR 100 million available to Kyrgyzstan.", 1e8, LOAN, "1993"),
        ("The IMF provided financing of $3 billion to the country in 2009.", 3e9, LOAN, "2009"),
        ("In 2020 the IMF approved emergency financial assistance of $375 million.", 3.75e8, LOAN, "2020"),
        ("In fiscal year 2017, the World Bank approved loans totalling $500 million.", 5e8, LOAN, "2017"),
        ("China's Exim Bank extended a $10 billion credit line to Turkmenistan in 2011.", 1e10, LOAN, "2011"),
        ("Kazakhstan repaid SDR 385 million to the Fund in 2000, seven years ahead of schedule.", 3.85e8, LOAN, "2000"),
        # sums the IMF names that are not loans
        ("Its quota was increased to SDR 1,158.4 million in 2016.", 1.1584e9, OTHER, "2016"),
        ("Kazakhstan joined the IMF on 15 July 1992 with a quota of SDR 247.5 million.", 2.475e8, OTHER, "1992"),
        ("As of 31 March 2019, Kazakhstan's quota is SDR 1,158.4 million.", 1.1584e9, OTHER, "2019"),
        (
            "In 2009 the IMF made a general allocation of SDR 343.7 million to Kazakhstan.",
            3.437e8,
            "allocation",
            "2009",
        ),
        ("Gold and foreign exchange reserves stood at $30 billion as of 1 January 2020.", 3e10, OTHER, "2020"),
        ("The country's external debt stood at $160 billion at the end of 2018.", 1.6e11, OTHER, "2018"),
        ("Remittances from Russia amounted to $4 billion in 2013.", 4e9, OTHER, "2013"),
        ("The bank's authorised capital is $7 billion.", 7e9, OTHER, None),
        # trade
        ("Bilateral trade reached $5.4 billion in 2018.", 5.4e9, TRADE, "2018"),
        ("Trade turnover between the two countries amounted to US$2.1 billion in 2017.", 2.1e9, TRADE, "2017"),
        ("Exports to Russia amounted to $1.3 billion in 2019.", 1.3e9, TRADE, "2019"),
        ("Turkmenistan's gas exports to China were worth $9 billion in 2019.", 9e9, TRADE, "2019"),
        ("Gas sales to China brought Turkmenistan $8 billion in 2015.", 8e9, TRADE, "2015"),
        ("Kazakhstan's imports from China were valued at $6 billion in 2016.", 6e9, TRADE, "2016"),
        # investment
        ("Foreign direct investment of $2 billion flowed into the country in 2012.", 2e9, INVESTMENT, "2012"),
        ("By the end of 2019, the bank's investment portfolio had reached $3.5 billion.", 3.5e9, INVESTMENT, "2019"),
        ("The EBRD has invested over €9 billion in Kazakhstan since 1993.", 9e9, INVESTMENT, None),
        # budgets of organisations, for a year or a biennium
        ("The organisation approved a budget of $1.1 billion for 2018–2019.", 1.1e9, "budget", "2018"),
        ("The Council approved a budget of $50 million for the 2016–2017 biennium.", 5e7, "budget", "2016"),
        ("The FAO's regular budget for the 2018–19 biennium is $1,005.6 million.", 1.0056e9, "budget", "2018"),
        ("The OSCE's unified budget for 2019 was €138 million.", 1.38e8, "budget", "2019"),
        # sums given to a purpose
        (
            "The Asian Development Bank provided $300 million in technical assistance to the country.",
            3e8,
            "allocation",
            None,
        ),
        ("Japan pledged $100 million in humanitarian aid in 2022.", 1e8, "allocation", "2022"),
        ("In 2011, the Russian Federation gave Kyrgyzstan a grant of $30 million.", 3e7, "allocation", "2011"),
        # other kinds of figure
        ("The two countries share a 1,200 km border.", 1200, "border_length", None),
        ("Kazakhstan shares a border of 7,644 km with Russia.", 7644, "border_length", None),
        ("Oil accounts for 30% of the country's exports.", 30, "share", None),
        ("Russia's share of Armenian exports was 25% in 2017.", 25, "share", "2017"),
        ("The organisation has 57 member states.", 57, "member_count", None),
        ("The bank has a membership of 68 countries.", 68, "member_count", None),
        ("The Treaty has 191 states parties.", 191, "member_count", None),
        ("Some 50,000 refugees fled to Iran in 1993.", 5e4, "refugees", "1993"),
        ("More than 2,000 people were killed in the clashes in 2010.", 2000, "casualties", "2010"),
        ("The two presidents signed a $3 billion gas deal in 2014.", 3e9, "agreement_value", "2014"),
        # a date of another phrase or clause is not the figure's
        (
            "Following the 1998 Russian financial crisis, the IMF approved an arrangement of SDR 329 million.",
            3.29e8,
            LOAN,
            None,
        ),
        ("After the 2008 financial crisis, exports to Europe fell to $2 billion.", 2e9, TRADE, None),
        ("In 2016 the government announced that exports had risen to $2 billion in 2015.", 2e9, TRADE, "2015"),
        (
            "After joining the Fund in 1992, Kazakhstan received its first loan of SDR 61.9 million in 1993.",
            6.19e7,
            LOAN,
            "1993",
        ),
        ("Kazakhstan, which joined the Fund in 1992, has a quota of SDR 1.16 billion.", 1.16e9, OTHER, None),
        (
            "Trade between the two countries, which established diplomatic relations in 1992, reached $3 billion in 2018.",
            3e9,
            TRADE,
            "2018",
        ),
        (
            "The bank lent $700 million to Kazakhstan in 2016 to finance a road that was completed in 2020.",
            7e8,
            LOAN,
            "2016",
        ),
    ],
)
def test_the_kind_and_year_of_a_figure_in_the_genre(text, value, kind, year):
    found = [(k, (y or "")[:4] or None) for v, k, y in amounts(text, "value", "kind", "date_edtf") if v == value]
    assert found == [(kind, year)]


# --- several figures in one sentence -----------------------------------------------------------------------
def test_a_relative_pronoun_stands_for_the_noun_it_follows():
    """'Trade, which had fallen to $1 billion': the figure is trade's, and so is the one its main verb reaches."""
    text = "Trade, which had fallen to $1 billion in 1999, recovered to $3 billion in 2005."
    assert amounts(text, "value", "kind", "date_edtf") == [(1e9, TRADE, "1999"), (3e9, TRADE, "2005")]
    text = "Kazakhstan's exports, which had been $2 billion in 2017, rose to $4 billion in 2019."
    assert amounts(text, "value", "kind", "date_edtf") == [(2e9, TRADE, "2017"), (4e9, TRADE, "2019")]
    # near miss: the relative clause is about a noun that names no kind
    text = "The reserves, which had fallen to $1 billion in 1999, recovered to $3 billion in 2005."
    assert amounts(text, "kind") == [(OTHER,), (OTHER,)]


def test_goods_worth_a_sum_are_what_the_verb_does_with_them():
    """'exported goods worth $3 billion': the worth of what was exported is trade; 'signed agreements worth' an
    agreement's value; a thing worth a sum that is only built ('a stadium worth') is `other`."""
    text = "In 2010 Turkmenistan exported goods worth $3 billion to China."
    assert amounts(text, "kind", "date_edtf") == [(TRADE, "2010")]
    text = "Kazakhstan and China signed 33 agreements worth $24 billion in 2015."
    assert amounts(text, "value", "kind") == [(2.4e10, "agreement_value"), (33.0, OTHER)]
    assert amounts("The city built a stadium worth $40 million in 2012.", "kind") == [(OTHER,)]


def test_a_sum_whose_noun_is_left_out_is_of_the_kind_of_the_sum_the_same_verb_took():
    """'approved a loan of $2 billion; … approved a further $1 billion': the second sum is a loan too."""
    text = "In 2008 the Fund approved a loan of $2 billion; in 2010 it approved a further $1 billion."
    assert amounts(text, "value", "kind", "date_edtf") == [(1e9, LOAN, "2010"), (2e9, LOAN, "2008")]
    # near miss: another verb, so no kind is lent
    text = "In 2008 the Fund approved a loan of $2 billion; in 2010 its reserves held a further $1 billion."
    assert amounts(text, "value", "kind") == [(1e9, OTHER), (2e9, LOAN)]


def test_a_change_states_two_figures_of_one_kind_each_with_its_year():
    text = "Net international reserves rose from $2 billion in 1999 to $5 billion in 2003."
    assert amounts(text, "value", "kind", "date_edtf") == [(2e9, OTHER, "1999"), (5e9, OTHER, "2003")]
    text = "Trade reached $5 billion in 2018, up from $3.9 billion in 2017."
    assert amounts(text, "value", "kind", "date_edtf") == [(3.9e9, TRADE, "2017"), (5e9, TRADE, "2018")]
    text = "By 2018 trade had reached $3 billion, compared with $1 billion in 2010."
    assert amounts(text, "value", "kind", "date_edtf") == [(1e9, TRADE, "2010"), (3e9, TRADE, "2018")]


def test_figures_of_other_kinds_in_one_sentence_keep_their_own_kinds():
    text = "The bank, which has 19 member countries, approved loans of $2 billion in 2019."
    assert amounts(text, "value", "kind", "date_edtf") == [(19.0, "member_count", None), (2e9, LOAN, "2019")]
    text = "Kazakhstan has an IMF quota of SDR 1,158.4 million, which gives it 0.24 percent of the votes."
    assert amounts(text, "value", "kind") == [(0.24, "share"), (1.1584e9, OTHER)]
    text = "As of March 2020, the EBRD had invested €7.6 billion in 260 projects."
    assert amounts(text, "value", "kind", "date_edtf") == [(260.0, OTHER, "2020-03"), (7.6e9, INVESTMENT, "2020-03")]


def test_a_lenders_money_is_a_loan_only_where_no_other_word_names_it():
    """Near misses of the lender rule: a named grant or allocation stays what it is, money given to the IMF is
    no loan from it, and a development bank's financing of projects is investment."""
    assert amounts("The World Bank provided $20 million in grants to Tajikistan in 2018.", "kind") == [("allocation",)]
    assert amounts("Japan contributed $100 million to an IMF trust fund in 2010.", "kind") == [("allocation",)]
    assert amounts("The EBRD provided financing of €100 million to Kazakh firms in 2015.", "kind") == [(INVESTMENT,)]
    assert amounts("According to the IMF, remittances reached $4 billion in 2013.", "kind") == [(OTHER,)]
    text = "The IMF estimated that the government spent $10 billion on bank support in 2009."
    assert amounts(text, "kind") == [("allocation",)]
    # with no word for the sum at all, the Fund's money is still a loan
    assert amounts("The IMF approved SDR 100 million for Kazakhstan in 1995.", "kind") == [(LOAN,)]


def test_a_date_in_a_phrase_about_an_earlier_or_later_event_is_that_events():
    """'after', 'before', 'following' open a phrase that dates another event; a date elsewhere still dates the
    figure, and a phrase that places the event ('At the 2018 summit') dates it."""
    assert amounts("Exports fell to $2 billion after the crisis of 2008.", "date_edtf") == [(None,)]
    text = "The IMF approved a loan of $1 billion in 2016, after Kazakhstan joined the WTO in 2015."
    assert amounts(text, "date_edtf") == [("2016",)]
    text = "The IMF approved a loan of $1 billion after Kazakhstan joined the WTO in 2015."
    assert amounts(text, "date_edtf") == [(None,)]
    assert amounts("At the 2018 summit, the leaders pledged $1 billion to the fund.", "kind", "date_edtf") == [
        ("allocation", "2018")
    ]


def test_a_date_after_a_figure_inside_a_counted_phrase_dates_the_count_too():
    """'150 projects worth $5 billion by the end of 2018': the sum is the projects' worth, one event, one year;
    a count in another phrase of the clause does not share it."""
    text = "The bank had approved 150 projects worth $5 billion by the end of 2018."
    assert amounts(text, "value", "date_edtf") == [(150.0, "2018"), (5e9, "2018")]
    text = "The bank, with 19 member countries, approved loans of $2 billion in 2019."
    assert amounts(text, "value", "date_edtf") == [(19.0, None), (2e9, "2019")]


def test_a_figure_placed_at_the_time_of_writing_takes_no_other_date():
    """'currently', 'at present': the figure is of the time of writing, not of a deadline or an event the
    sentence dates; a date in its own words still dates it."""
    text = "The goal is to halve hunger by 2015 (currently estimated at close to 1 billion people)."
    assert amounts(text, "value", "date_edtf") == [(1e9, None), (50.0, "2015")]
    text = "In 2010 the bank had 12 member states, and at present it has 19 member states."
    assert amounts(text, "value", "date_edtf") == [(12.0, "2010"), (19.0, None)]
    assert amounts("Currently (as of 2019), the bank has 19 member states.", "date_edtf") == [("2019",)]


def test_a_relative_clause_about_another_noun_dates_that_noun():
    text = "Turkmenistan has a 744 km border with Afghanistan, which it recognised in 1996."
    assert amounts(text, "kind", "date_edtf") == [("border_length", None)]
    text = "Kazakhstan received a loan of $1 billion, which was approved in 1998."
    assert amounts(text, "kind", "date_edtf") == [(LOAN, "1998")]


def test_now_places_a_count_at_the_time_of_writing_and_a_compound_names_a_sum_as_a_whole():
    text = "The NPT came into force in 1970 and now has 191 states parties."
    assert amounts(text, "kind", "date_edtf") == [("member_count", None)]
    text = "In late 1998, Russia and the IMF agreed a $22.6 billion rescue package."
    assert amounts(text, "kind", "date_edtf") == [(LOAN, "1998")]
    assert amounts("In 2009 the two states signed a $2 billion aid package.", "kind") == [("agreement_value",)]


@pytest.mark.parametrize(
    "text,kind",
    [
        ("189 countries are members of the IMF.", "member_count"),
        ("Its membership grew to 35 countries in 2005.", "member_count"),
        ("The OSCE comprises 57 participating States.", "member_count"),
        # near misses: states that signed a treaty, or that a state has relations with, are no membership
        ("The treaty has been signed by 184 states.", OTHER),
        ("Kazakhstan maintains diplomatic relations with 139 countries.", OTHER),
        ("189 countries are parties to disputes before the court.", OTHER),
    ],
)
def test_a_count_of_states_is_a_membership_where_the_parse_says_they_are_members(text, kind):
    assert amounts(text, "kind") == [(kind,)]


def test_the_date_of_the_figures_own_verb_wins_over_one_of_a_clause_below_it():
    text = "In 2008 the IMF approved a $1 billion loan, which Kazakhstan repaid in 2012."
    assert amounts(text, "kind", "date_edtf") == [(LOAN, "2008")]
    # a date of the figure's own verb after a clause below it still wins
    text = "The loan of $1 billion, which Kazakhstan repaid in 2012, was approved in 2008."
    assert amounts(text, "kind", "date_edtf") == [(LOAN, "2008")]


def test_the_fund_once_the_imf_is_named_lends_what_it_approves():
    text = "Kazakhstan joined the IMF in 1992. In 1995 the Fund approved SDR 100 million for the country."
    assert amounts(text, "kind", "date_edtf") == [(LOAN, "1995")]
    # a fund that is not the IMF gives what it gives
    text = "Kazakhstan created the National Fund in 2000. In 2009 the Fund received $5 billion."
    assert amounts(text, "kind") == [("allocation",)]


def test_the_verb_after_an_aside_is_not_the_figures_own_noun():
    """'The EDB, whose capital is $7 billion, lent …': 'lent' is the main clause's verb, the $7 billion capital."""
    text = "The EDB, whose capital is $7 billion, lent $500 million to Kyrgyzstan in 2015."
    assert amounts(text, "value", "kind") == [(5e8, LOAN), (7e9, OTHER)]
    text = "Kazakhstan, with reserves of $30 billion, repaid SDR 385 million to the Fund in 2000."
    assert amounts(text, "value", "kind") == [(3e10, OTHER), (3.85e8, LOAN)]


def test_worth_values_a_sum_named_before_its_postmodifier():
    text = "In 2016 the IMF approved a three-year arrangement for Egypt worth $12 billion."
    assert amounts(text, "kind", "date_edtf") == [(LOAN, "2016")]
    assert amounts("The bank's shareholders contributed $1.5 billion of paid-in capital.", "kind") == [(OTHER,)]


def test_a_date_of_the_figures_verb_dates_it_past_a_nearer_figure_set_off_by_commas():
    text = "The EBRD's portfolio in Kazakhstan stood at €3 billion, with 50 active projects, in 2019."
    assert amounts(text, "value", "date_edtf") == [(3e9, "2019"), (50.0, "2019")]
    # a date right after another figure of another verb is that figure's only
    text = "The quota was set at SDR 247.5 million, and raised to SDR 365.7 million in 1999."
    assert amounts(text, "value", "date_edtf") == [(2.475e8, None), (3.657e8, "1999")]


@pytest.mark.parametrize(
    "text,kind",
    [
        ("In 2017 Russia sold S-400 systems worth $2.5 billion to Turkey.", TRADE),
        ("Azerbaijan's arms purchases from Russia reached $4 billion in 2013.", TRADE),
        ("In 2019 China bought Turkmen gas worth about $8 billion.", TRADE),
        # near misses: a purchase from the Fund is a loan; bonds bought back are a loan repaid (codebook §5 amount: money
        # borrowed, repayments)
        ("Purchases from the Fund reached SDR 200 million in 1996.", LOAN),
        ("In 2020 the bank bought back eurobonds worth $200 million.", LOAN),
    ],
)
def test_goods_bought_and_sold_between_states_are_trade(text, kind):
    assert amounts(text, "kind") == [(kind,)]


def test_a_figure_that_fills_a_bracket_is_the_size_of_the_dated_phrase_before_it():
    text = (
        "Kazakhstan had four arrangements with the IMF: a Stand-By Arrangement in 1994 (SDR 123.75 million), "
        "another in 1995 (SDR 185.6 million), an EFF in 1996 (SDR 309.4 million) and an EFF in 1999 (SDR 329.1 "
        "million)."
    )
    found = [(v, k, y) for v, k, y in amounts(text, "value", "kind", "date_edtf") if v > 1e6]
    assert found == [
        (1.2375e8, LOAN, "1994"),
        (1.856e8, LOAN, "1995"),
        (3.094e8, LOAN, "1996"),
        (3.291e8, LOAN, "1999"),
    ]
    text = "The IMF approved a Stand-By Arrangement (SDR 123.75 million) in 1994."
    assert amounts(text, "kind", "date_edtf") == [(LOAN, "1994")]
    # near miss: a bracket that says more than the figure is an aside of its own
    text = "In 1994 the IMF approved a loan (Kazakhstan's quota was then SDR 247.5 million)."
    assert amounts(text, "kind") == [(OTHER,)]


def test_drawings_at_a_sentence_start_are_loans_and_special_drawing_rights_a_currency():
    text = "Drawings amounted to SDR 92.8 million in 1996, SDR 61.9 million in 1997 and SDR 20 million in 1998."
    assert amounts(text, "kind", "date_edtf") == [(LOAN, "1996"), (LOAN, "1997"), (LOAN, "1998")]
    text = "Kazakhstan's holdings of Special Drawing Rights stood at SDR 5 million in 2019."
    assert amounts(text, "kind") == [(OTHER,)]


def test_in_a_paragraph_about_the_imf_a_loose_sum_with_no_other_source_is_its_loan():
    text = "Kazakhstan joined the IMF in 1992. In 1999 the programme was augmented by SDR 100 million."
    assert amounts(text, "kind", "date_edtf") == [(LOAN, "1999")]
    # near misses: another body named as the source, or a paragraph about another body
    text = "Kazakhstan joined the IMF in 1992. In 2009 the National Fund received $5 billion."
    assert amounts(text, "kind") == [("allocation",)]
    text = "Kazakhstan joined the IMF in 1992. In 2009 the government spent $10 billion on the banks."
    assert amounts(text, "kind") == [("allocation",)]
    text = "Kazakhstan joined the IMF in 1992. In 2009 Kazakhstan spent $10 billion on its banks."
    assert amounts(text, "kind") == [("allocation",)]
    text = "Kazakhstan joined the EAEU in 2015. In 2016 the programme was augmented by $100 million."
    assert amounts(text, "kind") == [("allocation",)]
