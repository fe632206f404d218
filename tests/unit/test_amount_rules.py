"""What a figure measures (kind), when (year), how firmly it is stated (modality), on real sentences
of the seeds and of the dev texts of the evaluation corpus (raw/evaluation/split.yaml), or made up.
Each rule has a sentence it must match and one it must not."""

import csv

import pytest

from pipeline.errors import InputError
from pipeline.text.amount_words import load_vocabulary
from tests.helpers import amounts


# --- kinds of money -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("The total FAO Budget planned for 2016–2017 is USD 2.6 billion.", [("budget", 2.6e9, "target", "2016/2017")]),
        (
            "The voluntary contributions are expected to reach approximately US$1.6 billion in 2016–2017.",
            [("budget", 1.6e9, "hedged", "2016/2017")],
        ),
        (
            "Russia and Kazakhstan contributed $7.5 billion and $1 billion respectively to the anti-crisis fund.",
            [("allocation", 1e9, None, None), ("allocation", 7.5e9, None, None)],
        ),
        (
            "Under the plan US$21.8 million would be spent on overhauling the financial procedures.",
            [("allocation", 2.18e7, "target", None)],
        ),
        (
            "The aid package falls under the EU's €1 billion Food Facility, set up with the UN.",
            [("allocation", 1e9, None, None)],
        ),
        (
            "In May 2009, FAO and the European Union signed an initial aid package worth €125 million to support small "
            "farmers.",
            [("agreement_value", 1.25e8, None, "2009-05")],
        ),
        (
            "each year 30 to 40 deputies are generously paid with expensive gifts, including caviar (worth up to 1.400 "
            "euro).",
            [("other", 1400.0, None, None), ("people", 30.0, None, None)],
        ),
        (
            "The current investment portfolio as of 1 March 2022 totalled US$3.902 billion and the cumulative investment "
            "portfolio (including completed projects) US $10.448 billion.",
            [("investment", 1.0448e10, None, "2022-03-01"), ("investment", 3.902e9, None, "2022-03-01")],
        ),
        (
            "The Bank's charter capital totals US$7 billion, including US$1.5 billion of paid-in capital.",
            [("other", 1.5e9, None, None), ("other", 7e9, None, None)],
        ),
    ],
)
def test_money_is_what_the_words_around_it_say(text, expected):
    assert amounts(text, "kind", "value", "modality", "date_edtf") == expected


def test_a_figure_restated_in_another_currency_is_the_same_kind():
    """A plan of action is a programme, whose size is an allocation (codebook §5 amount)."""
    text = (
        "In November 2008, a Special Conference of FAO member countries agreed a US$42.6 million (€38.6 million), "
        "three-year Immediate Plan of Action for reform."
    )
    assert amounts(text, "kind", "value", "currency") == [
        ("allocation", 3.86e7, "EUR"),
        ("allocation", 4.26e7, "USD"),
    ]


# --- counts ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Eurasian Economic Union is an economic union of five post-Soviet states.", [("member_count", 5.0)]),
        ("In 1992, Turkey and 10 other regional nations formed the BSEC.", [("member_count", 10.0)]),
        ("As of July 2018, 183 contracting parties have ratified the treaty.", [("member_count", 183.0)]),
        ("The CSTO was founded in 2002 when the six member states agreed to create it.", [("member_count", 6.0)]),
        ("Three countries have tested nuclear weapons since the CTBT opened for signature in 1996.", [("other", 3.0)]),
        ("In 1993, the UN Security Council adopted four resolutions.", [("other", 4.0)]),
        (
            "In 1996, FAO organized the World Food Summit, attended by 112 Heads or Deputy Heads of State and Government.",
            [("people", 112.0)],
        ),
        ("sniper-fire and landmine incidents continue to claim over 100 lives each year", [("casualties", 100.0)]),
        ("more than 1 million ethnic Armenians and Azeris are still not able to return home", [("refugees", 1e6)]),
    ],
)
def test_kinds_of_counts(text, expected):
    assert amounts(text, "kind", "value") == expected


def test_percentages_are_shares_and_take_the_year_of_their_poll():
    text = (
        "A July 2024 Gallup opinion poll noted a 7% increase in support for Armenia's membership in NATO. "
        "Meanwhile, support for Armenia's membership in the CSTO decreased by 10%, with only 16.9% believing "
        "Armenia should maintain its membership in the CSTO."
    )
    assert amounts(text, "kind", "value", "unit", "date_edtf") == [
        ("share", 10.0, "percent", "2024"),
        ("share", 16.9, "percent", "2024"),
        ("share", 7.0, "percent", "2024-07"),
    ]


def test_a_count_that_announces_its_list_is_no_figure():
    assert (
        amounts(
            "Kazakhstan has initiated two regional security projects which deserve attention. One of these is "
            "the Conference on Interaction and Confidence Building Measures in Asia (CICA).",
            "value",
        )
        == []
    )
    assert (
        amounts(
            "External variables are categorized depending on their original nature into two groups: global "
            "and regional.",
            "value",
        )
        == []
    )
    assert amounts(
        "Azerbaijan currently has diplomatic relations with 158 countries: Afghanistan, Bahrain, Belarus.", "value"
    ) == [(158.0,)]


# --- modality -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Bilateral trade in 2010 had exceeded US $27,000m. and both sides aimed to increase this to $40,000m. by 2015.",
            [("trade", 2.7e10, None), ("trade", 4e10, "target")],
        ),
        (
            "The Eurasian Economic Community will establish a fund of $10 billion to deal with the financial crisis.",
            [("allocation", 1e10, "target")],
        ),
        ("reducing the number of people that suffer from hunger in half by 2015", [("share", 50.0, "target")]),
        (
            "From 1964 through 1996, an estimated 1,377 underground nuclear tests were conducted.",
            [("other", 1377.0, "hedged")],
        ),
        (
            "Former Azerbaijani diplomat, Arif Mammadov, alleged that a member of the delegation had €30m to spend.",
            [("allocation", 3e7, "hedged")],  # money to spend (codebook §5 amount: spent on -> allocation)
        ),
        (
            "In 2010 China proposed that Chinese farmers be allowed to rent 1m. ha of land in Kazakhstan.",
            [("area", 1e6, "proposed")],
        ),
        ("In 2013 some 20 bilateral agreements were signed.", [("other", 20.0, "hedged")]),
        ("As of May 2012, more than 260 facilities have been certified.", [("other", 260.0, None)]),
    ],
)
def test_targets_proposals_and_estimates(text, expected):
    assert amounts(text, "kind", "value", "modality") == expected


def test_a_negated_figure_is_no_fact_but_a_negation_elsewhere_is_no_matter():
    assert amounts("In 2015 Kazakhstan did not receive the $5m loan.", "value") == []
    assert amounts(
        "This is not surprising, given that Kazakhstan shares a border of some 7,500 km with its northern neighbour.",
        "kind",
        "value",
    ) == [("border_length", 7500.0)]
    assert amounts("As of 2016, eight Annex 2 states have not ratified the treaty.", "value", "date_edtf") == [
        (8.0, "2016")
    ]


# --- years ----------------------------------------------------------------------------------------------
def test_a_figure_over_an_interval_takes_the_interval():
    text = (
        "Between 2017 and 2020, the EDB financed renewable energy projects with a total installed capacity of "
        "about 500 MW to the tune of more than US$540 million."
    )
    assert amounts(text, "kind", "value", "unit", "date_edtf") == [
        ("investment", 5.4e8, "currency", "2017/2020"),
        ("other", 500.0, "MW", "2017/2020"),
    ]


def test_a_since_date_does_not_date_a_count():
    text = "Since 1997, the Minsk Group co-chairs have presented three proposals to serve as a framework."
    assert amounts(text, "value", "date_edtf") == [(3.0, None)]
    assert amounts("In 1993, the UN Security Council adopted four resolutions.", "value", "date_edtf") == [
        (4.0, "1993")
    ]


# --- the word list --------------------------------------------------------------------------------------
def test_a_malformed_word_list_names_its_file_and_line(tmp_path):
    path = tmp_path / "amount_words.csv"
    path.write_text("word,role,value,unit\none,cardinal,1,\ntwo,cardinal,two,\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"amount_words\.csv:3: value 'two' is not a whole number"):
        load_vocabulary(path, tmp_path / "none.csv")
    path.write_text("word,role,value,unit\ndollars,currency_word,dollar,\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"amount_words\.csv:2: value 'dollar' is not an ISO 4217 code"):
        load_vocabulary(path, tmp_path / "none.csv")
    path.write_text("word,role,value,unit\nfew,vague,,\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"amount_words\.csv:2: unknown role 'vague'"):
        load_vocabulary(path, tmp_path / "none.csv")


def test_the_word_list_has_no_word_twice():
    from pipeline.text.amount_words import WORDS_FILE

    rows = list(csv.DictReader(WORDS_FILE.read_text(encoding="utf-8").splitlines()))
    keys = [(r["word"].lower(), r["role"] in ("currency_code", "measure")) for r in rows]
    assert len(keys) == len(set(keys))


def test_a_rate_per_year_and_a_clause_after_but_take_no_year():
    assert amounts(
        "In 1994 sniper-fire and landmine incidents continue to claim over 100 lives each year.",
        "kind",
        "value",
        "date_edtf",
    ) == [("casualties", 100.0, None)]
    text = (
        "In 1994, a Russian-brokered ceasefire ended the war but more than 1 million ethnic Armenians and Azeris "
        "are still not able to return home."
    )
    assert amounts(text, "kind", "value", "date_edtf") == [("refugees", 1e6, None)]
    text = "The treaty was opened for signature on 24 September 1996, when it was signed by 71 States."
    assert amounts(text, "value", "date_edtf") == [(71.0, "1996-09-24")]
    text = "This offers free and easy access to data for 245 countries from 1961 through the most recent year."
    assert amounts(text, "value", "date_edtf") == [(245.0, None)]


def test_a_figure_restated_in_another_currency_keeps_the_hedge():
    text = "As a result, savings of about US$50 million, €35 million a year were realized."
    assert amounts(text, "value", "currency", "modality") == [(3.5e7, "EUR", "hedged"), (5e7, "USD", "hedged")]


def test_a_count_of_refugees_takes_the_narrated_year_only_in_the_past_tense():
    text = (
        "The war ended in 1994. Some 100,000 refugees fled across the border to Uzbekistan. More than 1 million "
        "ethnic Armenians are still not able to return home."
    )
    assert amounts(text, "kind", "value", "date_edtf") == [("refugees", 1e5, "1994"), ("refugees", 1e6, None)]


def test_a_count_whose_list_follows_its_own_phrase_or_a_semicolon_is_no_figure():
    listed = (
        "On 15 May 1992, six post-Soviet states belonging to the Commonwealth of Independent States — Russia, "
        "Armenia, Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan — signed the Collective Security Treaty."
    )
    assert amounts(listed, "value") == []
    # a count of members or parties is the size of a membership, listed or not (codebook §5 amount, rule 3): new
    # members, the states that make up a body, states that accede
    assert amounts(
        "By 1992, the ECO expanded to include seven new members; Afghanistan, Azerbaijan and Iran.", "kind", "value"
    ) == [("member_count", 7.0)]
    text = "Three other post-Soviet states—Azerbaijan, Belarus, and Georgia—acceded in 1993."
    assert amounts(text, "kind", "value") == [("member_count", 3.0)]
    text = "The CSTO is a military alliance consisting of six post-Soviet states: Armenia, Belarus and Russia."
    assert amounts(text, "kind", "value") == [("member_count", 6.0)]
    # a semicolon before another clause ends no list: the count stays
    assert amounts(
        "The organization has six members of the Turkic world; its secretariat is in Istanbul.", "value"
    ) == [(6.0,)]
