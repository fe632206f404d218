"""Sentence splitting on the sentences of the texts that break common splitters."""

from pipeline.text.sentences import split


def sentences(text):
    return [text[a:b] for a, b in split(text)]


def test_million_abbreviation_before_lower_case_is_not_a_boundary():
    text = (
        "Bilateral trade in 2010 had exceeded US $27,000m. and both sides aimed to increase this to "
        "$40,000m. by 2015. Nevertheless, there were occasional strains."
    )
    assert sentences(text) == [
        "Bilateral trade in 2010 had exceeded US $27,000m. and both sides aimed to increase this to $40,000m. by 2015.",
        "Nevertheless, there were occasional strains.",
    ]


def test_hectares_abbreviation_is_not_a_boundary():
    text = "In 2010 China proposed that Chinese farmers be allowed to rent 1m. ha of land in Kazakhstan."
    assert sentences(text) == [text]


def test_million_abbreviation_before_capital_is_a_boundary():
    text = "whereby China provided a loan of US $10,000m. In return, Chinese companies gained access."
    assert sentences(text) == [
        "whereby China provided a loan of US $10,000m.",
        "In return, Chinese companies gained access.",
    ]


def test_stray_full_stops_make_no_empty_sentence():
    text = "to Khorgos on the Kazakhstan-Chinese border. . In 2003, and again in 2010, China hosted exercises."
    assert sentences(text) == [
        "to Khorgos on the Kazakhstan-Chinese border.",
        "In 2003, and again in 2010, China hosted exercises.",
    ]


def test_double_full_stop_at_paragraph_end_stays_with_the_sentence():
    text = "It entered into force on 1 January 2015 (a process which was competed during that year).."
    assert sentences(text) == [text]


def test_initialism_is_not_a_boundary():
    text = "connected to three major powers – China, Russia and the U.S. – present in the region during 2001-2011."
    assert sentences(text) == [text]


def test_offsets_are_exact_and_cover_no_whitespace():
    text = "  First one.   Second one!  "
    spans = split(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one!"]


def test_any_dotted_initialism_is_not_a_boundary():
    # wiki_fr_turkey_2019 (dev)
    text = (
        "Turkey was also an associate member of the Western European Union from 1992 to 2011, and signed the E.U. "
        "Customs Union agreement in 1995."
    )
    assert sentences(text) == [text]


def test_a_sentence_may_open_with_a_currency_sign():
    text = "Armenia joined the bank in 1992. $2 billion was lent to Ukraine in 2015. €5m went to Georgia."
    assert [text[a:b] for a, b in split(text)] == [
        "Armenia joined the bank in 1992.",
        "$2 billion was lent to Ukraine in 2015.",
        "€5m went to Georgia.",
    ]
    # near miss: a sign after an abbreviated scale in mid-sentence follows no stop
    text = "It lent US $27,000m. and $5m more."
    assert [text[a:b] for a, b in split(text)] == [text]
