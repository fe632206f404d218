"""find_amounts on real sentences from raw/*.txt and on same-genre sentences that are not in them."""

import pytest

from pipeline.amounts import find_amounts


def brief(text):
    return [(m.text, m.value, m.unit, m.currency, m.noun, m.qualifier) for m in find_amounts(text)]


# Real sentences (raw/akiner-*.txt, raw/engvall-cornell-*.txt).
REAL = [
    ("In September 2013, during President Xi’s visit to Kazakhstan, China granted a loan of US $10,000m. "
     "In return, Kazakhstan agreed to sell a stake.",
     [("US $10,000m.", 1e10, "currency", "USD", None, None)]),
    ("In 2009, the two countries agreed a ‘loans-for-oil’ deal, whereby China extended a loan of "
     "$10,000 million in return for a stake in oilfields.",
     [("$10,000 million", 1e10, "currency", "USD", None, None)]),
    ("Bilateral trade in 2010 had exceeded US $27,000m. and both sides set a target of $40,000m. by 2015.",
     [("US $27,000m.", 2.7e10, "currency", "USD", None, "at_least"),
      ("$40,000m.", 4e10, "currency", "USD", None, None)]),
    ("In 2012 Kazakhstan's investments in Turkey amounted to US $978.1m., and Turkey's investments in "
     "Kazakhstan to $859.8m. Links with Turkey",
     [("US $978.1m.", 978100000.0, "currency", "USD", None, None),
      ("$859.8m.", 859800000.0, "currency", "USD", None, None)]),
    ("(In 2007 the US Administration had allocated US $50m. to the project.)",
     [("US $50m.", 5e7, "currency", "USD", None, None)]),
    ("During President Lee Myung-bak’s visit in May 2009, a long-term agreement worth US $5,000 million "
     "was concluded.", [("US $5,000 million", 5e9, "currency", "USD", None, None)]),
    ("a preferential loan of $1,000m. from the Export-Import Bank",
     [("$1,000m.", 1e9, "currency", "USD", None, None)]),
    ("Chinese farmers be allowed to rent 1m. ha of land", [("1m. ha", 1e6, "ha", None, None, None)]),
    ("Beijing proposed that Chinese farmers be allowed to rent one million hectares of land",
     [("one million hectares", 1e6, "ha", None, None, None)]),
    ("Kazakhstan and Russia share a border of some 7,500 km with a mixed population.",
     [("7,500 km", 7500.0, "km", None, None, "about")]),
    ("a border of 1,500 km, but at least 1 million Kazakhs live in China",
     [("1,500 km", 1500.0, "km", None, None, None),
      ("1 million Kazakhs", 1e6, "people", None, "Kazakhs", "at_least")]),
    ("including the construction of some 300 km of railway",
     [("300 km", 300.0, "km", None, None, "about")]),
    ("By the mid-1990s, Kazakhstan had established reciprocal diplomatic relations with over one hundred "
     "foreign countries.",
     [("one hundred foreign countries", 100.0, "countries", None, "foreign countries", "at_least")]),
    ("During the visit to Kazakhstan, some 20 bilateral agreements were signed.",
     [("20 bilateral agreements", 20.0, "agreements", None, "bilateral agreements", "about")]),
    ("Government troops opened fire on the crowd, killing 89 people (official estimate) and injuring "
     "more than 1,500.", [("89 people", 89.0, "people", None, "people", None)]),
    ("Some 100,000 refugees fled across the border to Uzbekistan and another 300,000 people were "
     "internally displaced in Kyrgyzstan.",
     [("100,000 refugees", 1e5, "people", None, "refugees", "about"),
      ("300,000 people", 3e5, "people", None, "people", None)]),
    ("The death toll was officially set at around 400, but unofficial estimates suggested a figure of at "
     "least 2,000.", []),
    ("The organization comprises 56 member states.",
     [("56 member states", 56.0, "states", None, "member states", None)]),
    ("its 57 member states have a total population of some 1.6 billion. They",
     [("57 member states", 57.0, "states", None, "member states", None),
      ("1.6 billion", 1.6e9, "people", None, None, "about")]),
    ("CICA has grown to include 26 member countries.",
     [("26 member countries", 26.0, "countries", None, "member countries", None)]),
    ("In November 2013 the two states signed an additional treaty; in 2009, the two countries agreed.", []),
    ("a coalition of at least three states", [("three states", 3.0, "states", None, "states", "at_least")]),
]


@pytest.mark.parametrize("text,expected", REAL, ids=[t[:40] for t, _ in REAL])
def test_real_sentences(text, expected):
    assert brief(text) == expected


def test_offsets_and_rule_ids():
    text = ("Bilateral trade in 2010 had exceeded US $27,000m. and 7,500 km and 89 people; "
            "population of 18 million")
    mentions = find_amounts(text)
    assert [(m.char_start, m.char_end, m.rule_id) for m in mentions] == [
        (37, 49, "amount.money"), (54, 62, "amount.measure"), (67, 76, "amount.count"),
        (92, 102, "amount.population")]
    assert all(text[m.char_start:m.char_end] == m.text for m in mentions)


@pytest.mark.parametrize("text", [
    "Kazakhstan joined both bodies in 1992.",
    "the Russian lease would be extended until 2050",
    "Kazakhstan is the world’s fourth largest; the 50th anniversary; the 21st Century",
    "interlude in Kazakhstan’s 25-year long process",
    "negotiated over some 10 years under the aegis of the UN",
    "after 9/11 and NATO Evaluation Level 2",
    "a few thousand Kazakhs fled",
    "In 1995 states agreed to meet again.",
    "between 10–20 people and 5-6 agreements",
])
def test_not_amounts(text):
    assert brief(text) == []


# Same genre, not in the source texts.
def test_unseen_euro_bn():
    assert brief("The EBRD approved a loan of €2.5bn. It") == [
        ("€2.5bn", 2.5e9, "currency", "EUR", None, None)]


def test_unseen_attached_us_dollar_and_billion_word():
    assert brief("China pledged US$5 billion and approximately $300,000 in aid") == [
        ("US$5 billion", 5e9, "currency", "USD", None, None),
        ("$300,000", 3e5, "currency", "USD", None, "about")]


def test_unseen_other_dollars_are_not_usd():
    assert brief("a grant of HK$5m. was made") == []


def test_unseen_attached_km_and_treaties():
    assert brief("a 300km railway; nearly 2,000 troops; twelve treaties") == [
        ("300km", 300.0, "km", None, None, None),
        ("2,000 troops", 2000.0, "people", None, "troops", "about"),
        ("twelve treaties", 12.0, "agreements", None, "treaties", None)]


def test_unseen_year_like_number_with_unit_is_an_amount():
    assert brief("a 2000 km pipeline and a loan of $2000m.") == [
        ("2000 km", 2000.0, "km", None, None, None), ("$2000m.", 2e9, "currency", "USD", None, None)]
