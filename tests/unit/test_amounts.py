"""find_amounts on real sentences from raw/*.txt and on same-genre sentences that are not in them."""

import pytest

from pipeline.text.amounts import find_amounts


def brief(text):
    return [(m.text, m.value, m.unit, m.currency, m.noun, m.qualifier) for m in find_amounts(text)]


# Real sentences (raw/akiner-*.txt, raw/engvall-cornell-*.txt).
REAL = [
    (
        "In September 2013, during President Xi’s visit to Kazakhstan, China granted a loan of US $10,000m. "
        "In return, Kazakhstan agreed to sell a stake.",
        [("US $10,000m.", 1e10, "currency", "USD", None, None)],
    ),
    (
        "In 2009, the two countries agreed a ‘loans-for-oil’ deal, whereby China extended a loan of "
        "$10,000 million in return for a stake in oilfields.",
        [("$10,000 million", 1e10, "currency", "USD", None, None)],
    ),
    (
        "Bilateral trade in 2010 had exceeded US $27,000m. and both sides set a target of $40,000m. by 2015.",
        [
            ("US $27,000m.", 2.7e10, "currency", "USD", None, "at_least"),
            ("$40,000m.", 4e10, "currency", "USD", None, None),
        ],
    ),
    (
        "In 2012 Kazakhstan's investments in Turkey amounted to US $978.1m., and Turkey's investments in "
        "Kazakhstan to $859.8m. Links with Turkey",
        [
            ("US $978.1m.", 978100000.0, "currency", "USD", None, None),
            ("$859.8m.", 859800000.0, "currency", "USD", None, None),
        ],
    ),
    (
        "(In 2007 the US Administration had allocated US $50m. to the project.)",
        [("US $50m.", 5e7, "currency", "USD", None, None)],
    ),
    (
        "During President Lee Myung-bak’s visit in May 2009, a long-term agreement worth US $5,000 million "
        "was concluded.",
        [("US $5,000 million", 5e9, "currency", "USD", None, None)],
    ),
    ("a preferential loan of $1,000m. from the Export-Import Bank", [("$1,000m.", 1e9, "currency", "USD", None, None)]),
    ("Chinese farmers be allowed to rent 1m. ha of land", [("1m. ha", 1e6, "ha", None, None, None)]),
    (
        "Beijing proposed that Chinese farmers be allowed to rent one million hectares of land",
        [("one million hectares", 1e6, "ha", None, None, None)],
    ),
    (
        "Kazakhstan and Russia share a border of some 7,500 km with a mixed population.",
        [("7,500 km", 7500.0, "km", None, None, "about")],
    ),
    (
        "a border of 1,500 km, but at least 1 million Kazakhs live in China",
        [
            ("1,500 km", 1500.0, "km", None, None, None),
            ("1 million Kazakhs", 1e6, "people", None, "Kazakhs", "at_least"),
        ],
    ),
    ("including the construction of some 300 km of railway", [("300 km", 300.0, "km", None, None, "about")]),
    (
        "By the mid-1990s, Kazakhstan had established reciprocal diplomatic relations with over one hundred "
        "foreign countries.",
        [("one hundred foreign countries", 100.0, "countries", None, "foreign countries", "at_least")],
    ),
    (
        "During the visit to Kazakhstan, some 20 bilateral agreements were signed.",
        [("20 bilateral agreements", 20.0, "agreements", None, "bilateral agreements", "about")],
    ),
    (
        "Government troops opened fire on the crowd, killing 89 people (official estimate) and injuring "
        "more than 1,500.",
        [("89 people", 89.0, "people", None, "people", None)],
    ),
    (
        "Some 100,000 refugees fled across the border to Uzbekistan and another 300,000 people were "
        "internally displaced in Kyrgyzstan.",
        [
            ("100,000 refugees", 1e5, "people", None, "refugees", "about"),
            ("300,000 people", 3e5, "people", None, "people", None),
        ],
    ),
    (
        "The death toll was officially set at around 400, but unofficial estimates suggested a figure of at "
        "least 2,000.",
        [],
    ),
    (
        "The organization comprises 56 member states.",
        [("56 member states", 56.0, "states", None, "member states", None)],
    ),
    (
        "its 57 member states have a total population of some 1.6 billion. They",
        [
            ("57 member states", 57.0, "states", None, "member states", None),
            ("1.6 billion", 1.6e9, "people", None, None, "about"),
        ],
    ),
    (
        "CICA has grown to include 26 member countries.",
        [("26 member countries", 26.0, "countries", None, "member countries", None)],
    ),
    ("In November 2013 the two states signed an additional treaty; in 2009, the two countries agreed.", []),
    ("a coalition of at least three states", [("three states", 3.0, "states", None, "states", "at_least")]),
]


@pytest.mark.parametrize("text,expected", REAL, ids=[t[:40] for t, _ in REAL])
def test_real_sentences(text, expected):
    assert brief(text) == expected


def test_offsets_and_rule_ids():
    text = "Bilateral trade in 2010 had exceeded US $27,000m. and 7,500 km and 89 people; population of 18 million"
    mentions = find_amounts(text)
    assert [(m.char_start, m.char_end, m.rule_id) for m in mentions] == [
        (37, 49, "amount.money"),
        (54, 62, "amount.measure"),
        (67, 76, "amount.count"),
        (92, 102, "amount.population"),
    ]
    assert all(text[m.char_start : m.char_end] == m.text for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan joined both bodies in 1992.",
        "the Russian lease would be extended until 2050",
        "Kazakhstan is the world’s fourth largest; the 50th anniversary; the 21st Century",
        "interlude in Kazakhstan’s 25-year long process",
        "negotiated over some 10 years under the aegis of the UN",
        "after 9/11 and NATO Evaluation Level 2",
        "a few thousand Kazakhs fled",
        "In 1995 states agreed to meet again.",
    ],
)
def test_not_amounts(text):
    assert brief(text) == []


# Same genre, not in the source texts.
def test_unseen_euro_bn():
    assert brief("The EBRD approved a loan of €2.5bn. It") == [("€2.5bn", 2.5e9, "currency", "EUR", None, None)]


def test_unseen_attached_us_dollar_and_billion_word():
    assert brief("China pledged US$5 billion and approximately $300,000 in aid") == [
        ("US$5 billion", 5e9, "currency", "USD", None, None),
        ("$300,000", 3e5, "currency", "USD", None, "about"),
    ]


def test_unseen_other_dollars_are_not_usd():
    assert brief("a grant of HK$5m. was made") == []


def test_unseen_attached_km_and_treaties():
    assert brief("a 300km railway; nearly 2,000 troops; twelve treaties") == [
        ("300km", 300.0, "km", None, None, None),
        ("2,000 troops", 2000.0, "troops", None, "troops", "about"),
        ("twelve treaties", 12.0, "agreements", None, "treaties", None),
    ]


def test_unseen_year_like_number_with_unit_is_an_amount():
    assert brief("a 2000 km pipeline and a loan of $2000m.") == [
        ("2000 km", 2000.0, "km", None, None, None),
        ("$2000m.", 2e9, "currency", "USD", None, None),
    ]


# --- numbers, percentages, fractions, counted nouns, currencies (issue 13) ------------------------------
# Sentences from the dev texts of the evaluation corpus (raw/evaluation/split.yaml) and the seeds, or made up.


def full(text):
    return [(m.text, m.value, m.value_max, m.unit, m.currency, m.qualifier) for m in find_amounts(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Twelve heads of state attended.", [("Twelve heads", 12.0, None, "heads", None, None)]),
        ("Twenty six member states signed.", [("Twenty six member states", 26.0, None, "states", None, None)]),
        (
            "Representatives from forty-four governments gathered at The Homestead Resort in Hot Springs, Virginia, US.",
            [("forty-four governments", 44.0, None, "governments", None, None)],
        ),
        ("killing over a hundred civilians", [("a hundred civilians", 100.0, None, "civilians", None, "at_least")]),
        (
            "one hundred and twenty delegates",
            [("one hundred and twenty delegates", 120.0, None, "delegates", None, None)],
        ),
    ],
)
def test_spelled_out_numbers_are_read_whole(text, expected):
    assert full(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Exports rose 10–12% and tariffs fell by more than 40 percent.",
            [("10–12%", 10.0, 12.0, "percent", None, None), ("40 percent", 40.0, None, "percent", None, "at_least")],
        ),
        (
            "leading to Food and Agriculture Outcomes at 71 per cent; Core Functions at 11 per cent",
            [("71 per cent", 71.0, None, "percent", None, None), ("11 per cent", 11.0, None, "percent", None, None)],
        ),
        (
            "each year 30 to 40 deputies are invited to Azerbaijan",
            [("30 to 40 deputies", 30.0, 40.0, "deputies", None, None)],
        ),
        ("between 5 and 10 million people", [("5 and 10 million people", 5e6, 1e7, "people", None, None)]),
    ],
)
def test_percentages_and_ranges(text, expected):
    assert full(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("almost half of the population voted", [("half", 50.0, None, "percent", None, "about")]),
        ("one-third of the members", [("one-third", 33.33, None, "percent", None, None)]),
        (
            "when it was adopted by a vote exceeding two-thirds of the General Assembly's Membership",
            [("two-thirds", 66.67, None, "percent", None, "at_least")],
        ),
        (
            "the goal of halving the number of people who suffer from hunger by the year 2015",
            [("halving", 50.0, None, "percent", None, None)],
        ),
        ("in the second half of 2010, for half a century, a third country, the first quarter of the year", []),
    ],
)
def test_fractions_are_percentages_of_a_whole(text, expected):
    assert full(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The congress drew 2,300 delegates and heard 150 cases.",
            [
                ("2,300 delegates", 2300.0, None, "delegates", None, None),
                ("150 cases", 150.0, None, "cases", None, None),
            ],
        ),
        (
            "The largest exercise consisted of more than 10,000 troops and 70 combat aircraft.",
            [
                ("10,000 troops", 1e4, None, "troops", None, "at_least"),
                ("70 combat aircraft", 70.0, None, "combat aircraft", None, None),
            ],
        ),
        (
            "In January 2022, the CSTO deployed 2,000 of its peacekeepers to Kazakhstan.",
            [("2,000 of its peacekeepers", 2000.0, None, "peacekeepers", None, None)],
        ),
        (
            "As of 2016, eight Annex 2 states have not ratified the treaty.",
            [("eight Annex 2 states", 8.0, None, "states", None, None)],
        ),
        (
            "There are a total of 197 members comprising 194 member nations, 1 member organization and 2 associate members",
            [
                ("197 members", 197.0, None, "members", None, None),
                ("194 member nations", 194.0, None, "member nations", None, None),
                ("1 member organization", 1.0, None, "member organization", None, None),
                ("2 associate members", 2.0, None, "associate members", None, None),
            ],
        ),
    ],
)
def test_counted_nouns_keep_their_noun_as_unit(text, expected):
    assert full(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "a loan of 10 million dollars and USD 5m",
            [
                ("10 million dollars", 1e7, None, "currency", "USD", None),
                ("USD 5m", 5e6, None, "currency", "USD", None),
            ],
        ),
        (
            "As of 31 December 2015, paid in the share capital of the ETDB was SDR 310,870 thousand",
            [("SDR 310,870 thousand", 310870000.0, None, "currency", "XDR", None)],
        ),
        ("a credit of 5 billion roubles", [("5 billion roubles", 5e9, None, "currency", "RUB", None)]),
        (
            "generously paid with expensive gifts, including caviar (worth up to 1.400 euro)",
            [("1.400 euro", 1400.0, None, "currency", "EUR", "at_most")],
        ),
        # a leading zero or a percentage makes the dot a decimal point
        ("an IMF quota share of 0.178 percent", [("0.178 percent", 0.178, None, "percent", None, None)]),
        ("a voting share of 1.125 percent", [("1.125 percent", 1.125, None, "percent", None, None)]),
        (
            "had €30m (£25m) to spend on lobbying",
            [("€30m", 3e7, None, "currency", "EUR", None), ("£25m", 2.5e7, None, "currency", "GBP", None)],
        ),
        (
            "offer buybacks of the 2022 eurobonds up to the amount of $200 USD million",
            [("$200 USD million", 2e8, None, "currency", "USD", None)],
        ),
        ("a fine of up to Euros 100,000", [("Euros 100,000", 1e5, None, "currency", "EUR", "at_most")]),
    ],
)
def test_currencies_after_the_number_and_as_codes(text, expected):
    assert full(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Between 1945 and 1963, the US conducted 215 atmospheric tests, the Soviet Union conducted 219, the UK "
            "conducted 21, and France conducted three.",
            [
                ("215 atmospheric tests", 215.0, "atmospheric tests"),
                ("219", 219.0, "atmospheric tests"),
                ("21", 21.0, "atmospheric tests"),
                ("three", 3.0, "atmospheric tests"),
            ],
        ),
        (
            "The Verkhovna Rada voted 266 votes in favor and 51 against the joint economic space.",
            [("266 votes", 266.0, "votes"), ("51", 51.0, "votes")],
        ),
        (
            "a comparable population size of 171 million and 169 million, respectively.",
            [("171 million", 1.71e8, "people"), ("169 million", 1.69e8, "people")],
        ),
    ],
)
def test_a_bare_number_repeating_a_figure_takes_its_unit(text, expected):
    assert [(m.text, m.value, m.unit) for m in find_amounts(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "only 4 surveyed countries have a positive view (50% or above) of Russia",  # a class, not a measurement
        "ten surveyed countries have the most negative view (Below 25%) of Russia",
        "Kazakhstan’s foreign policy has three salient features.",  # abstract nouns enumerate the text's points
        "The treaty was negotiated over ten years and extended by three more days.",  # durations
        "It was one of the founder members of the CIS Collective Security Treaty Organization.",
        "a union in which one member has overwhelming economic and political power",
        "the borders of all three states",
    ],
)
def test_not_figures(text):
    assert [m.text for m in find_amounts(text) if m.unit != "countries"] == []


def test_the_base_of_a_ratio_is_not_a_figure():
    assert [m.text for m in find_amounts("As of 2019, 49 out of 50 US states have recognized the events.")] == []
