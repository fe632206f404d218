"""A challenge set for the structure of sentences and paragraphs that hold several figures and several dates:
changes ('rose from … in 2005 to … in 2010'), lists and series ('respectively', 'each', 'of which'), dates given
by context (the paragraph's opening sentence, the section heading, 'the following year', fiscal years, 'as of'),
dates of other events that must not date a figure, and numbers that are not figures at all (years, article and
page numbers, ordinals). Every text is invented in the genre's manner (articles on states' foreign relations and
on lenders other than the IMF); none is copied from an evaluation text.

Decisions taken from the codebook (raw/evaluation/BRIEF.md §4, §5 amount), which each case follows:
- A change is stated by its figures: 'rose from $1.2 billion in 2005 to $3.4 billion in 2010' is two items of
  one kind, each with its own year; 'grew by 8% in 2018' is a percentage, so a `share` of value 8 for 2018 (§5:
  'Percentages are `share` unless a kind fits better'); 'fell by a third' is a fraction, written as a
  percentage as 'half' is ('"half" → 50 with unit percent'): 33.33 percent, a `share`.
- 'up from $3 billion a year earlier' is of the year before the sentence's year (§4: relative dates are resolved).
- 'the following year', 'that year', 'the same year' resolve to the year the text is at; 'by the end of the
  decade' is vague and gives none (§4).
- A fiscal or budget year written over two calendar years ('fiscal 2017/18', 'the 2018–19 budget') takes its
  first year (scoring: year = the first year of the EDTF date).
- 'since 1993' opens the period a cumulative figure sums, it is not the year the figure refers to: none.
- Targets and estimates are still items (with a modality); numbers that count nothing (a year, an article or
  page number, an ordinal, a resolution number) are none.
"""

import pytest

from tests.helpers import candidates

THIRD = 33.33
"""A third as the project writes fractions: a percentage rounded to two decimals (pipeline/text/amounts.py)."""


def _items(text: str, heading: str | None = None) -> list:
    """(value, kind, year) of every amount item of `text`, sorted by value."""
    return _in_order(
        (round(c["value"], 6), c["kind"], (c.get("date_edtf") or "")[:4] or None)
        for c in candidates(text, "amount", heading=heading)
    )


def _in_order(rows) -> list:
    """(value, kind, year) rows sorted by value, then kind and year (None as 'None')."""
    return sorted(rows, key=lambda t: (t[0], str(t[1]), str(t[2])))


CASES = [
    # --- change and comparison: each figure its own year -------------------------------------------------
    (
        "Bilateral trade rose from $1.2 billion in 2005 to $3.4 billion in 2010.",
        None,
        [(1.2e9, "trade", "2005"), (3.4e9, "trade", "2010")],
    ),
    (
        "Between 2005 and 2010, Georgia's exports to Turkey rose from $300 million to $900 million.",
        None,
        [(3e8, "trade", "2005"), (9e8, "trade", "2010")],
    ),
    ("Inflation fell from 12% in 2015 to 7% in 2017.", None, [(7.0, "share", "2017"), (12.0, "share", "2015")]),
    ("Trade with China grew by 8% in 2018.", None, [(8.0, "share", "2018")]),
    (
        "In 2012 Azerbaijan's trade with Iran doubled to $1 billion.",
        None,
        [(1e9, "trade", "2012")],
    ),
    (
        "Armenia's exports to Russia reached $800 million in 2019, up from $650 million a year earlier.",
        None,
        [(6.5e8, "trade", "2018"), (8e8, "trade", "2019")],
    ),
    (
        "Mongolia's trade with Japan fell by a third in 2016.",
        None,
        [(round(THIRD, 6), "share", "2016")],
    ),
    (
        "In 2014 Belarus received a loan of $2 billion from Russia, compared with $1.5 billion in 2011.",
        None,
        [(1.5e9, "loan", "2011"), (2e9, "loan", "2014")],
    ),
    # --- lists and series ------------------------------------------------------------------------------------
    (
        "The Asian Development Bank lent Tajikistan $100 million in 1998, $150 million in 1999 and $200 million in 2000.",
        None,
        [(1e8, "loan", "1998"), (1.5e8, "loan", "1999"), (2e8, "loan", "2000")],
    ),
    (
        "The World Bank approved loans of $50 million and $70 million to Kyrgyzstan in 1996 and 1997, respectively.",
        None,
        [(5e7, "loan", "1996"), (7e7, "loan", "1997")],
    ),
    (
        "The Asian Development Bank lent Armenia $50 million and Georgia $70 million in 1996 and 1997 respectively.",
        None,
        [(5e7, "loan", "1996"), (7e7, "loan", "1997")],
    ),
    (
        "In 1996 and 1997, the World Bank lent Armenia $50 million and $70 million, respectively.",
        None,
        [(5e7, "loan", "1996"), (7e7, "loan", "1997")],
    ),
    (
        "Exports and imports amounted to $4 billion and $6 billion respectively in 2015.",
        None,
        [(4e9, "trade", "2015"), (6e9, "trade", "2015")],
    ),
    (
        "In 2013 the bank approved loans of $25 million each to Moldova and Georgia.",
        None,
        [(2.5e7, "loan", "2013")],
    ),
    (
        "In 2017 Japan provided a total of $600 million in aid, of which $200 million went to Uzbekistan.",
        None,
        [(2e8, "allocation", "2017"), (6e8, "allocation", "2017")],
    ),
    (
        "Russia and Belarus signed a loan agreement worth $2 billion in 2011, of which $1 billion was disbursed in "
        "2012.",
        None,
        [(1e9, "loan", "2012"), (2e9, "agreement_value", "2011")],
    ),
    # --- dates from context ----------------------------------------------------------------------------------
    (
        "In 2008 the global financial crisis hit Ukraine hard. "
        "The country's exports fell to $40 billion, and the World Bank lent it $800 million.",
        None,
        [(8e8, "loan", "2008"), (4e10, "trade", "2008")],
    ),
    (
        "Georgia signed an association agreement with the EU in 2014. "
        "The following year the EU provided a grant of €100 million to Georgia.",
        None,
        [(1e8, "allocation", "2015")],
    ),
    (
        "In 2011 Turkey and Azerbaijan agreed to build a gas pipeline. "
        "In the same year, trade between them reached $2.5 billion.",
        None,
        [(2.5e9, "trade", "2011")],
    ),
    (
        "Russia lent Armenia $500 million in 2009. That year, remittances from Russia fell to $700 million.",
        None,
        [(5e8, "loan", "2009"), (7e8, "other", "2009")],
    ),
    (
        "Trade with the European Union is expected to reach $10 billion by the end of the decade.",
        None,
        [(1e10, "trade", None)],
    ),
    ("In fiscal 2017/18, the World Bank lent Uzbekistan $1.2 billion.", None, [(1.2e9, "loan", "2017")]),
    ("In FY2016 the Asian Development Bank lent Mongolia $300 million.", None, [(3e8, "loan", "2016")]),
    ("As of 2019, the bank's portfolio in Georgia stood at €3 billion.", None, [(3e9, "investment", "2019")]),
    ("At the end of 2018, Belarus's external debt amounted to $38 billion.", None, [(3.8e10, "other", "2018")]),
    (
        "In the first half of 2019, trade between Russia and Belarus amounted to $17 billion.",
        None,
        [(1.7e10, "trade", "2019")],
    ),
    (
        "Since 1993 the European Bank for Reconstruction and Development has invested €4 billion in Georgia.",
        None,
        [(4e9, "investment", None)],
    ),
    (
        "Trade with China reached $3 billion. Chinese investment amounted to $1 billion.",
        "Economic relations in 2015",
        [(1e9, "investment", "2015"), (3e9, "trade", "2015")],
    ),
    # --- a date of another event is not the figure's ---------------------------------------------------------
    (
        "After Georgia joined the WTO in 2000, its exports to Ukraine rose to $200 million.",
        None,
        [(2e8, "trade", None)],
    ),
    (
        "Following the 2014 crisis, Russia lent Belarus $1 billion.",
        None,
        [(1e9, "loan", None)],
    ),
    (
        "The Asian Development Bank, which Mongolia joined in 1991, has lent it $2 billion.",
        None,
        [(2e9, "loan", None)],
    ),
    (
        "Armenia received a loan of $100 million for a road that was opened in 2012.",
        None,
        [(1e8, "loan", None)],
    ),
    (
        "Since joining the Eurasian Economic Union in 2015, Kyrgyzstan has received $200 million in loans from the "
        "Russian-Kyrgyz Development Fund.",
        None,
        [(2e8, "loan", None)],
    ),
    # --- targets and hedges are items, with the year they aim at ------------------------------------------
    (
        "The two presidents aim to raise trade to $10 billion by 2025.",
        None,
        [(1e10, "trade", "2025")],
    ),
    (
        "An estimated 200,000 refugees fled to Armenia in 1990.",
        None,
        [(2e5, "refugees", "1990")],
    ),
    # --- numbers that count nothing ---------------------------------------------------------------------------
    ("Article 4 of the treaty entered into force in 1997.", None, []),
    ("Security Council Resolution 1540 was adopted in 2004.", None, []),
    ("The 15th summit of the organisation was held in Baku in 2019.", None, []),
    ("The decision is recorded on page 45 of the report published in 2003.", None, []),
    (
        "In 2010 Turkey became the third largest trading partner of Georgia.",
        None,
        [],
    ),
    # --- kind from the governing noun ---------------------------------------------------------------------------
    ("In 2018 Georgia's GDP was $16 billion.", None, [(1.6e10, "other", "2018")]),
    ("Armenia has a population of 3 million.", None, [(3e6, "people", None)]),
    ("Inflation of 7% was recorded in Uzbekistan in 2019.", None, [(7.0, "share", "2019")]),
    (
        "The trade turnover between Turkey and Azerbaijan stood at $4 billion in 2019.",
        None,
        [(4e9, "trade", "2019")],
    ),
    (
        "The value of Chinese investment in Tajikistan exceeded $2 billion in 2017.",
        None,
        [(2e9, "investment", "2017")],
    ),
]


@pytest.mark.parametrize("text,heading,expected", CASES)
def test_each_figure_of_a_sentence_has_its_own_kind_and_year(text, heading, expected):
    assert _items(text, heading) == _in_order(expected)


HARDER = [
    # --- series told with dates first, gapping, and dates relative to the one before ---------------------------
    (
        "In 1995, 1996 and 1997 the World Bank lent Armenia $60 million, $80 million and $100 million respectively.",
        None,
        [(6e7, "loan", "1995"), (8e7, "loan", "1996"), (1e8, "loan", "1997")],
    ),
    (
        "The first tranche of $100 million was disbursed in May 2015 and the second, of $150 million, in January 2016.",
        None,
        [(1e8, "loan", "2015"), (1.5e8, "loan", "2016")],
    ),
    (
        "The Asian Development Bank lent Mongolia $300 million in 2010 and another $200 million two years later.",
        None,
        [(2e8, "loan", "2012"), (3e8, "loan", "2010")],
    ),
    (
        "Trade between Georgia and Armenia stood at $500 million in 2010. Three years later it reached $700 million.",
        None,
        [(5e8, "trade", "2010"), (7e8, "trade", "2013")],
    ),
    (
        "Exports to Iran accounted for 12% of the total in 2018, against 9% in 2017.",
        None,
        [(9.0, "share", "2017"), (12.0, "share", "2018")],
    ),
    (
        "Of the $500 million pledged by donors in 2010, only $200 million had been disbursed by 2013.",
        None,
        [(2e8, "allocation", "2013"), (5e8, "allocation", "2010")],
    ),
    (
        "In December 2008 Russia pledged $2 billion to Kyrgyzstan, of which $300 million was a grant and "
        "$1.7 billion a loan.",
        None,
        [(3e8, "allocation", "2008"), (1.7e9, "loan", "2008"), (2e9, "allocation", "2008")],
    ),
    # --- an aside about the figure's own noun dates it ---------------------------------------------------------
    (
        "The loan, approved in March 2000, amounted to $100 million.",
        None,
        [(1e8, "loan", "2000")],
    ),
    # --- periods and parts of a year ---------------------------------------------------------------------------
    ("In 2005–2007 the Islamic Development Bank lent Tajikistan $400 million.", None, [(4e8, "loan", "2005")]),
    ("In late 2008 Russia's loans to Belarus reached $2 billion.", None, [(2e9, "loan", "2008")]),
    (
        "In the fourth quarter of 2009 exports to Russia fell by 20%.",
        None,
        [(20.0, "share", "2009")],
    ),
    ("Kyrgyzstan's 2019 budget deficit was 2.5% of GDP.", None, [(2.5, "share", "2019")]),
    # --- a heading over a paragraph of figures -----------------------------------------------------------------
    (
        "Bilateral trade reached $1.1 billion. Turkish companies invested $400 million in the country.",
        "Relations in 2012",
        [(4e8, "investment", "2012"), (1.1e9, "trade", "2012")],
    ),
    # --- a cumulative figure and its period --------------------------------------------------------------------
    (
        "Japan is the largest bilateral donor, having provided $1.5 billion in aid since 1991.",
        None,
        [(1.5e9, "allocation", None)],
    ),
    # --- numbers in names are no figures ---------------------------------------------------------------------------
    ("The Group of 77 was founded in 1964.", None, []),
    ("Protocol No. 6 to the convention was signed by Georgia in 2000.", None, []),
    ("Armenia took part in the G20 summit in 2013.", None, []),
]


@pytest.mark.parametrize("text,heading,expected", HARDER)
def test_figures_whose_year_comes_from_structure_or_context(text, heading, expected):
    assert _items(text, heading) == _in_order(expected)


LENDER_PARAGRAPHS = [
    # --- several figures and dates in a lender's narrative (other lenders than the one test text is about) ------
    (
        "Total commitments of the Asian Development Bank to Mongolia reached $2 billion by 2015, up from "
        "$500 million in 2005.",
        None,
        [(5e8, "other", "2005"), (2e9, "other", "2015")],
    ),
    (
        "In 2002 the bank's net income was $10 million, while its capital stood at $1 billion.",
        None,
        [(1e7, "other", "2002"), (1e9, "other", "2002")],
    ),
    (
        "As of December 2018, outstanding credit from the World Bank amounted to $250 million, or 1.5% of GDP.",
        None,
        [(1.5, "share", "2018"), (2.5e8, "loan", "2018")],
    ),
    (
        "Armenia's arrears to the bank, which had reached $30 million by 1996, were cleared in 1998.",
        None,
        [(3e7, "other", "1996")],
    ),
    (
        "In 1998–1999 Georgia drew $100 million under the World Bank's structural adjustment credit.",
        None,
        [(1e8, "loan", "1998")],
    ),
    (
        "The bank's board approved a $75 million loan to Moldova on 12 June 2003 to support reforms begun in 1999.",
        None,
        [(7.5e7, "loan", "2003")],
    ),
    (
        "In 1996 the World Bank approved a structural adjustment loan for Armenia. It amounted to $45 million.",
        None,
        [(4.5e7, "loan", "1996")],
    ),
    (
        "Under the programme, the bank disbursed $50 million in 1997 and $30 million in 1998 before it was "
        "suspended in 1999.",
        None,
        [(3e7, "loan", "1998"), (5e7, "loan", "1997")],
    ),
    (
        "In 1993 Kyrgyzstan became the first Central Asian state to receive a World Bank credit, of $60 million.",
        None,
        [(6e7, "loan", "1993")],
    ),
]


@pytest.mark.parametrize("text,heading,expected", LENDER_PARAGRAPHS)
def test_figures_in_a_lenders_narrative(text, heading, expected):
    assert _items(text, heading) == _in_order(expected)


NEAR_MISSES = [
    # a pronoun stands for a noun of the sentence before only within the paragraph
    (
        "In 1996 the World Bank approved a loan for Armenia.\n\nIt amounted to $45 million.",
        None,
        [(4.5e7, "other", "1996")],  # (told in the past: the section's year, codebook §5 amount)
    ),
    # a possessive is no pronoun that stands for the loan
    (
        "In 1996 the World Bank approved a loan for Armenia. Its GDP amounted to $2 billion.",
        None,
        [(2e9, "other", "1996")],
    ),
    # a sum beside another, not a part of it
    (
        "In 2017 Japan provided $600 million in aid, while Armenia's reserves stood at $2 billion.",
        None,
        [(6e8, "allocation", "2017"), (2e9, "other", "2017")],
    ),
    # 'by a third' before a noun is an ordinal, no fraction
    ("The contract was awarded by a third party in 2010.", None, []),
]


@pytest.mark.parametrize("text,heading,expected", NEAR_MISSES)
def test_near_misses_keep_their_own_kind_or_give_no_figure(text, heading, expected):
    assert _items(text, heading) == _in_order(expected)


RELATIVE_AND_BRACKETED = [
    # --- relative dates resolved from the date before them -----------------------------------------------------
    (
        "The Asian Development Bank lent Georgia $200 million in 2015, $300 million a year later and $400 million "
        "in 2018.",
        None,
        [(2e8, "loan", "2015"), (3e8, "loan", "2016"), (4e8, "loan", "2018")],
    ),
    (
        "In 2010 trade between Turkey and Georgia reached $3 billion. The previous year it had been $2 billion.",
        None,
        [(2e9, "trade", "2009"), (3e9, "trade", "2010")],
    ),
    (
        "Armenia's exports to Iran were $100 million in 2012, two years after they had stood at $80 million.",
        None,
        [(8e7, "trade", "2010"), (1e8, "trade", "2012")],
    ),
    (
        "Trade between Turkey and Armenia reached $300 million in 2008, three years before it fell to $100 million.",
        None,
        [(1e8, "trade", "2011"), (3e8, "trade", "2008")],
    ),
    # near miss: a clause placed after another event by an unknown span is of no year
    (
        "Georgia's exports to Russia recovered to $500 million in 2013 after they had fallen to $50 million.",
        None,
        [(5e7, "trade", None), (5e8, "trade", "2013")],
    ),
    # --- a year in brackets after a figure is its year ----------------------------------------------------------
    ("Exports to China: $5 billion (2017 est.).", None, [(5e9, "trade", "2017")]),
    (
        "Georgia's main trading partners are Turkey ($1.6 billion, 2018) and Russia ($1.1 billion, 2018).",
        None,
        [(1.1e9, "trade", "2018"), (1.6e9, "trade", "2018")],
    ),
    # --- a rate is of no single year -----------------------------------------------------------------------------
    (
        "Since 2006 Russia has supplied Armenia with gas worth $300 million a year.",
        None,
        [(3e8, "trade", None)],
    ),
    # --- a change and the level it reached share the date ----------------------------------------------------------
    (
        "Trade between Russia and Belarus grew by 15% to $35 billion in 2019.",
        None,
        [(15.0, "share", "2019"), (3.5e10, "trade", "2019")],
    ),
    # --- a date in a following clause about another act is not the figure's ---------------------------------------
    (
        "Kyrgyzstan borrowed $150 million from the Eurasian Development Bank, which it joined in 2011.",
        None,
        [(1.5e8, "loan", None)],
    ),
    (
        "Japan has given Mongolia $3 billion in aid since diplomatic relations were established in 1972.",
        None,
        [(3e9, "allocation", None)],
    ),
]


@pytest.mark.parametrize("text,heading,expected", RELATIVE_AND_BRACKETED)
def test_relative_and_bracketed_dates_of_figures(text, heading, expected):
    assert _items(text, heading) == _in_order(expected)


VALUES = [
    # a range whose ends both carry the currency is one figure with its upper end
    ("In 2019 trade between Georgia and Turkey was between $2 billion and $3 billion.", [(2e9, 3e9, "trade")]),
    # a space as the thousands separator
    ("Some 50 000 refugees fled to Armenia in 1993.", [(5e4, None, "refugees")]),
    # the yen sign is money
    ("In 2010 Japan lent Mongolia ¥50 billion.", [(5e10, None, "loan")]),
    # near misses: a year before a count is no part of it, nor a list of dates a range
    ("In 1995 100 Georgian observers took part.", [(100.0, None, "people")]),  # observers are persons (§5 rule 4)
    ("Between 1995 and 1997 the bank lent Armenia $300 million.", [(3e8, None, "loan")]),
]


@pytest.mark.parametrize("text,expected", VALUES)
def test_the_value_of_a_figure(text, expected):
    assert sorted((c["value"], c["value_max"], c["kind"]) for c in candidates(text, "amount")) == expected


NARRATIVES = [
    # a heading's year carries to 'the following year' and the pronoun after it
    (
        "Trade between Armenia and Iran fell to $300 million. The following year it recovered to $400 million.",
        "Relations in 2014",
        [(3e8, "trade", "2014"), (4e8, "trade", "2015")],
    ),
    # a figure in the present under a dated paragraph is of no narrated year
    (
        "In 2009 Russia lent Belarus $1 billion. Belarus's debt to Russia is now $8 billion.",
        None,
        [(1e9, "loan", "2009"), (8e9, "other", None)],
    ),
    # a cumulative change since a year, then the level it reached in a later year
    (
        "Since 2010 trade between China and Tajikistan has grown fivefold, to $1.5 billion in 2019.",
        None,
        [(1.5e9, "trade", "2019")],
    ),
    # a domestic election's vote share is no fact of foreign relations (codebook §1)
    ("In 2015 Lukashenko was re-elected with 83% of the vote.", None, []),
    ("Turnout in the 2018 parliamentary election in Armenia was 49%.", None, []),
    # near misses: a parliament's vote on a treaty, a share of the votes in an international body, a share of trade
    (
        "In 2004 the Armenian parliament ratified the agreement with 70% of the votes.",
        None,
        [(70.0, "share", "2004")],
    ),
    (
        "Since 2016 Georgia's shares in the Asian Development Bank have given it 0.5% of the votes.",
        None,
        [(0.5, "share", None)],
    ),
    ("In 2015 the European Union took 60% of Georgia's exports.", None, [(60.0, "share", "2015")]),
]


@pytest.mark.parametrize("text,heading,expected", NARRATIVES)
def test_figures_in_a_narrative(text, heading, expected):
    assert _items(text, heading) == _in_order(expected)


LISTS = [
    # an element of a list after a colon is of the kind the list's head names, where it names none itself
    (
        "Loans to Armenia: 1996, $50 million; 1998, $80 million; 2001, $60 million.",
        [(5e7, "loan", "1996"), (6e7, "loan", "2001"), (8e7, "loan", "1998")],
    ),
    (
        "The bank lent to three states in 2005: Armenia, $50 million; Georgia, $80 million; Moldova, $20 million.",
        [(2e7, "loan", "2005"), (5e7, "loan", "2005"), (8e7, "loan", "2005")],
    ),
    # near miss: each element that names its own kind keeps it
    (
        "Georgia's position in the bank as of 30 June 2019: subscribed capital $100 million; outstanding loans "
        "$300 million.",
        [(1e8, "other", "2019"), (3e8, "loan", "2019")],
    ),
]


@pytest.mark.parametrize("text,expected", LISTS)
def test_figures_listed_after_a_colon(text, expected):
    assert _items(text) == _in_order(expected)


CLAUSES = [
    # a coordinated clause that opens with its own date dates only itself
    (
        "In 1995 the bank approved a loan of $50 million, and the following year a second loan of $60 million.",
        [(5e7, "loan", "1995"), (6e7, "loan", "1996")],
    ),
    # a deadline in the past perfect is a past fact's date
    ("By 1999 the Asian Development Bank had lent Armenia $400 million.", [(4e8, "loan", "1999")]),
    # a sentence may open with its figure, currency sign and all
    (
        "Armenia joined the Asian Development Bank in 2005. $2 billion was lent to Armenia by 2015.",
        [(2e9, "loan", "2015")],
    ),
    ("$300 million of the loan was disbursed in 2016.", [(3e8, "loan", "2016")]),
    # a figure of a noun of its own inside an aside is not dated by the clause around it
    ("The road, financed with a $100 million loan from the bank, was completed in 2012.", [(1e8, "loan", None)]),
    (
        "Armenia, which has a subscription of $30 million in the bank, joined it in 2005.",
        [(3e7, "other", None)],
    ),
    # near miss: a bare value the aside gives its noun shares that noun's date
    ("The loan, estimated at $500 million, was approved in 2009.", [(5e8, "loan", "2009")]),
    # a decade is too vague to be a figure's year
    ("In the late 1990s the World Bank lent Georgia $400 million.", [(4e8, "loan", None)]),
    # near miss: a coordinated clause without a date of its own shares the sentence's
    (
        "In 1995 the bank approved a loan of $50 million, and Japan added a grant of $10 million.",
        [(1e7, "allocation", "1995"), (5e7, "loan", "1995")],
    ),
]


@pytest.mark.parametrize("text,expected", CLAUSES)
def test_the_clause_that_dates_a_figure(text, expected):
    assert _items(text) == _in_order(expected)


def test_a_deadline_in_the_past_perfect_is_no_target():
    text = "By 1999 the Asian Development Bank had lent Armenia $400 million."
    assert [c["modality"] for c in candidates(text, "amount")] == [None]
    text = "The two presidents aim to raise trade to $10 billion by 2025."
    assert [c["modality"] for c in candidates(text, "amount")] == ["target"]


ELLIPSIS = [
    # 'another' or 'a further' sum is one more of the sum named before it
    (
        "In 2004 the EBRD provided Georgia with a $30 million credit line; in 2006 it added another $20 million.",
        [(2e7, "loan", "2006"), (3e7, "loan", "2004")],
    ),
    # a part that a clause of its own names after 'of which'
    (
        "Between 1992 and 2000, Turkey extended credits of $1.2 billion to the Central Asian republics, of which "
        "Uzbekistan received $500 million.",
        [(5e8, "loan", "1992"), (1.2e9, "loan", "1992")],
    ),
    # a bare sum a verb takes is of the kind of the noun the same verb took in the sentence before
    (
        "Since 2007 the Asian Development Bank has approved 60 loans for Georgia. In 2018 alone it approved $350 "
        "million.",
        [(60.0, "other", None), (3.5e8, "loan", "2018")],
    ),
    # near misses: another verb, another paragraph
    (
        "Since 2007 the Asian Development Bank has approved 60 loans for Georgia. In 2018 it held $350 million.",
        [(60.0, "other", None), (3.5e8, "other", "2018")],
    ),
    (
        "Since 2007 the Asian Development Bank has approved 60 loans for Georgia.\n\nIn 2018 it approved $350 million.",
        [(60.0, "other", None), (3.5e8, "other", "2018")],
    ),
    # near miss: a sum of another noun keeps its kind
    (
        "In 2004 the EBRD provided Georgia with a $30 million credit line; in 2006 it held another $20 million in "
        "reserves.",
        [(2e7, "other", "2006"), (3e7, "loan", "2004")],
    ),
]


@pytest.mark.parametrize("text,expected", ELLIPSIS)
def test_a_sum_whose_noun_is_left_out(text, expected):
    assert _items(text) == _in_order(expected)


def test_states_that_became_parties_to_an_instrument_are_its_membership():
    """'189 states had become parties to the Convention' counts its parties, as '183 contracting parties' does
    (codebook §5: counts of members are `member_count`); parties to a dispute are no membership."""
    text = "As of 2019, 189 states had become parties to the Chemical Weapons Convention."
    assert _items(text) == [(189.0, "member_count", "2019")]
    text = "In 2019 some 120 states were parties to the Ottawa Treaty."
    assert _items(text) == [(120.0, "member_count", "2019")]
    assert _items("Six states are parties to the dispute over the lake.") == [(6.0, "other", None)]
