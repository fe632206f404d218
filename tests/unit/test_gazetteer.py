"""Entity mentions in real sentences of the two texts, and in a few sentences written for the tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.entities.gazetteer import EntityMention, Gazetteer
from pipeline.inputs.dictionaries import load_dictionaries

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer(load_dictionaries(ROOT / "raw" / "dictionaries"))


def found(gazetteer: Gazetteer, text: str) -> list[tuple[str, str, str]]:
    mentions = gazetteer.find(text)
    for m in mentions:
        assert text[m.char_start : m.char_end] == m.text
    return [(m.text, m.entity_id, m.form) for m in mentions]


# --- sentences from the texts --------------------------------------------------------------------


def test_possessive_and_curly_apostrophe_official_name(gazetteer):
    text = "The second vital relationship for Kazakhstan is with the People’s Republic of China."
    assert found(gazetteer, text) == [
        ("Kazakhstan", "state:KAZ", "name"),
        ("People’s Republic of China", "state:CHN", "name"),
    ]
    text = "One of Kazakhstan’s principal relationships is with the Russian Federation (hereafter ‘Russia’)."
    assert found(gazetteer, text) == [
        ("Kazakhstan", "state:KAZ", "name"),
        ("Russian Federation", "state:RUS", "name"),
        ("Russia", "state:RUS", "name"),
    ]


def test_offsets_are_code_points_into_the_text(gazetteer):
    text = "On 2 March 1991, the Kazakh Republic was a constituent member of the Soviet Union."
    mentions = gazetteer.find(text)
    assert mentions == [
        EntityMention(21, 36, "Kazakh Republic", "state:KAZ", "state", "name", "entity.alias"),
        EntityMention(69, 81, "Soviet Union", "state:SUN", "state", "name", "entity.alias"),
    ]


def test_organisation_names_take_precedence_over_state_words(gazetteer):
    text = (
        "President Nazarbaev made a state visit to China in May 2014; one of the outcomes of the visit was "
        "a preferential loan of $1,000m. from the Export-Import Bank of China to the Development Bank of "
        "Kazakhstan for the modernization and reconstruction of the Shymkent refinery."
    )
    assert found(gazetteer, text) == [
        ("Nazarbaev", "person:nazarbayev", "alias"),
        ("China", "state:CHN", "name"),
        ("Export-Import Bank of China", "org:EXIMBANK_CHINA", "name"),
        ("Development Bank of Kazakhstan", "org:DBK", "name"),
        ("Shymkent", "place:shymkent", "name"),
    ]
    text = (
        "On his visit to China in April 2013, President Nazarbaev met with the new Chinese President Xi "
        "Jinping, and with the head of the China National Petroleum Corporation; this paved the way for "
        "greater Chinese involvement in Kazakhstan’s mining sector."
    )
    assert [m[1] for m in found(gazetteer, text)] == [
        "state:CHN",
        "person:nazarbayev",
        "state:CHN",
        "person:xi",
        "org:CNPC",
        "state:CHN",
        "state:KAZ",
    ]


def test_airlines_are_not_states(gazetteer):
    text = (
        "Airline companies such as Lufthansa, Pakistan International Airlines, Air India, Iran Air and "
        "Turkish Airlines introduced direct flights, while new satellite links facilitated telephone "
        "communications."
    )
    assert {m[1].split(":")[0] for m in found(gazetteer, text)} == {"org"}


def test_us_led_is_an_adjective_and_us_dollars_are_no_mention(gazetteer):
    text = (
        "In the autumn of 2001, Kazakhstan demonstrated its support for the US-led ‘war on terror’ by "
        "opening its airspace to US military aircraft engaged in operations in the region."
    )
    assert found(gazetteer, text) == [
        ("Kazakhstan", "state:KAZ", "name"),
        ("US", "state:USA", "adjective"),
        ("US", "state:USA", "abbreviation"),
    ]
    text = "(In 2007 the US Administration had allocated US $50m. to the project.)"
    assert found(gazetteer, text) == [("US", "state:USA", "abbreviation")]
    text = "The first was the U.S.’s decisive emergence in Central Asia after 9/11."
    assert found(gazetteer, text) == [("U.S.", "state:USA", "abbreviation")]


def test_hyphenated_state_words(gazetteer):
    text = "Kazakhstani-Russian military co-operation continued to deepen."
    assert found(gazetteer, text) == [("Kazakhstani", "state:KAZ", "adjective"), ("Russian", "state:RUS", "adjective")]
    text = (
        "This was generally regarded as a show of solidarity with Russia and an implicit criticism of the "
        "Western stance in the 2008 Russo-Georgian conflict."
    )
    mentions = found(gazetteer, text)
    assert mentions[0] == ("Russia", "state:RUS", "name")
    assert [m for m in mentions[1:] if m[2] != "adjective"] == []
    text = (
        "An issue that has caused friction at times concerns the terms and conditions for use of the "
        "Soviet-era Baikonur space centre, which is located in southern Kazakhstan but is operated by Russia."
    )
    assert found(gazetteer, text)[:2] == [("Soviet", "state:SUN", "adjective"), ("Baikonur", "place:baikonur", "name")]
    text = "CACO was subsumed under the Russia-led Euro-Asian Economic Community in 2005."
    assert found(gazetteer, text) == [
        ("CACO", "org:CACO", "acronym"),
        ("Russia", "state:RUS", "adjective"),
        ("Euro-Asian Economic Community", "org:EURASEC", "variant"),
    ]
    # combining forms hold only before a hyphen: 'Anglo-Irish' names Britain, 'Anglophone' and a bare 'Franco' nothing
    text = "The Anglo-Irish Agreement and the Franco-German treaty outlived Franco; Anglophone states abstained."
    assert found(gazetteer, text) == [
        ("Anglo", "state:GBR", "adjective"),
        ("Irish", "state:IRL", "adjective"),
        ("Franco", "state:FRA", "adjective"),
        ("German", "state:DEU", "adjective"),
    ]


def test_turkic_is_not_turkey_and_capitals_by_context(gazetteer):
    text = (
        "This was evident in the deft manner in which it balanced its membership of the Tehran-based "
        "Economic Cooperation Organization (ECO) with the Ankara-led Turkic Summits."
    )
    assert found(gazetteer, text) == [
        ("Tehran", "place:tehran", "name"),
        ("Economic Cooperation Organization", "org:ECO", "name"),
        ("ECO", "org:ECO", "acronym"),
        ("Ankara", "state:TUR", "adjective"),
        ("Turkic Summits", "org:TURKIC_SUMMITS", "name"),
    ]
    text = (
        "However, by actively supporting both organizations Kazakhstan is able to play a pivotal role in a "
        "managing the relationship between Tehran and Ankara."
    )
    assert found(gazetteer, text)[1:] == [
        ("Tehran", "state:IRN", "capital_metonym"),
        ("Ankara", "state:TUR", "capital_metonym"),
    ]
    text = (
        "In 2009, during President Nazarbaev’s visit to Beijing, a ‘loans-for-oil’ deal was signed, whereby "
        "China provided a loan of US $10,000m."
    )
    assert found(gazetteer, text) == [
        ("Nazarbaev", "person:nazarbayev", "alias"),
        ("Beijing", "place:beijing", "name"),
        ("China", "state:CHN", "name"),
    ]
    text = (
        "However, in 2008, when Beijing proposed that Chinese farmers be allowed to rent one million hectares "
        "of Kazakh land for crop cultivation, there was a public outcry in Kazakhstan."
    )
    assert found(gazetteer, text) == [
        ("Beijing", "state:CHN", "capital_metonym"),
        ("Chinese", "state:CHN", "adjective"),
        ("Kazakh", "state:KAZ", "adjective"),
        ("Kazakhstan", "state:KAZ", "name"),
    ]


def test_spelling_variants_of_organisations(gazetteer):
    text = (
        "Also during these first years, Kazakhstan acceded to several non-UN international governmental "
        "organizations, such as the Commonwealth of Independent States (CIS); the Organization for the "
        "Islamic Conference (OIC); the North Atlantic Cooperation Council (NACC); the NATO Partnership for "
        "Peace programme (PfP); and the Organization for Security and Cooperation in Europe (OSCE)."
    )
    assert [m[1] for m in found(gazetteer, text)] == [
        "state:KAZ",
        "org:CIS",
        "org:CIS",
        "org:OIC",
        "org:OIC",
        "org:NACC",
        "org:NACC",
        "org:PFP",
        "org:PFP",
        "org:OSCE",
        "org:OSCE",
    ]
    text = (
        "In 2001 it underwent another transformation, now becoming the Central Asia Co-operation Organization (CACO)."
    )
    assert found(gazetteer, text) == [
        ("Central Asia Co-operation Organization", "org:CACO", "variant"),
        ("CACO", "org:CACO", "acronym"),
    ]
    text = (
        "It was one of the founder members of the CIS Collective Security Treaty Organization (CSTO), "
        "originally established by the Tashkent Declaration of 1992, then further institutionalised in 2002."
    )
    assert found(gazetteer, text) == [
        ("CIS Collective Security Treaty Organization", "org:CSTO", "variant"),
        ("CSTO", "org:CSTO", "acronym"),
        ("Tashkent", "place:tashkent", "name"),
    ]


def test_engvall_cornell_sentences(gazetteer):
    text = (
        "However, due in part to lukewarm support in the region and in much greater degree to Russian "
        "ambitions to dominate all forms of Eurasian integration, CACO was subsumed under the Russia-led "
        "Euro-Asian Economic Community in 2005."
    )
    assert [m[1] for m in found(gazetteer, text)] == ["state:RUS", "org:CACO", "state:RUS", "org:EURASEC"]
    text = "Astana was the driving force behind the Central Asian Cooperation Forum in 1998."
    assert found(gazetteer, text) == [
        ("Astana", "state:KAZ", "capital_metonym"),
        ("Central Asian Cooperation Forum", "org:CACF", "name"),
    ]
    text = (
        "As Alexander Cooley has persuasively shown, multivectorism in Kazakhstan as well as the other "
        "Central Asian states was enabled by the emergence of a specific set of external factors."
    )
    assert found(gazetteer, text)[0] == ("Alexander Cooley", "person:cooley", "name")


def test_demonyms(gazetteer):
    text = "In June, the situation escalated into a brutal conflict between the Kyrgyz and the ethnic Uzbek population."
    assert found(gazetteer, text) == [("Kyrgyz", "state:KGZ", "demonym"), ("Uzbek", "state:UZB", "adjective")]
    text = "The great majority of the victims were ethnic Uzbeks."
    assert found(gazetteer, text) == [("Uzbeks", "state:UZB", "demonym")]


def test_all_mentions_in_both_texts_are_exact_and_disjoint(gazetteer, raw_texts):
    for text in raw_texts.values():
        mentions = gazetteer.find(text)
        assert mentions == sorted(mentions, key=lambda m: m.char_start)
        for a, b in zip(mentions, mentions[1:]):
            assert a.char_end <= b.char_start
        for m in mentions:
            assert text[m.char_start : m.char_end] == m.text
        assert not [m for m in mentions if m.text == "Turkic"]


# --- sentences written for the tests -------------------------------------------------------------


def test_acronyms_are_case_sensitive_and_whole_words(gazetteer):
    text = "Tell us whether the EU priced the deal in EUR or in US dollars.\nWHAT UNITES US\nNothing."
    assert found(gazetteer, text) == [("EU", "org:EU", "acronym")]


def test_straight_apostrophes_and_line_breaks(gazetteer):
    text = "The People's Republic of China and\nthe Russian\nFederation met in Washington DC; Turkey's envoy came."
    assert found(gazetteer, text) == [
        ("People's Republic of China", "state:CHN", "name"),
        ("Russian\nFederation", "state:RUS", "name"),
        ("Washington DC", "place:washington", "variant"),
        ("Turkey", "state:TUR", "name"),
    ]


def test_capital_in_a_proper_name_and_as_a_government(gazetteer):
    text = "Moscow welcomed the Astana Declaration, signed in Tashkent by Sino-Kazakh and Latin American envoys."
    assert found(gazetteer, text) == [
        ("Moscow", "state:RUS", "capital_metonym"),
        ("Astana", "place:astana", "name"),
        ("Tashkent", "place:tashkent", "name"),
        ("Sino", "state:CHN", "adjective"),
        ("Kazakh", "state:KAZ", "adjective"),
    ]


def test_a_small_inline_dictionary():
    frame = lambda **cols: pd.DataFrame(cols, dtype="str")  # noqa: E731
    dicts = {
        "states": frame(entity_id=["state:GBR"], name=["United Kingdom"], iso3=["GBR"]),
        "state_aliases": frame(
            entity_id=["state:GBR", "state:GBR"], alias=["UK", "British"], form=["abbreviation", "adjective"]
        ),
        "organizations": frame(entity_id=["org:UN"], name=["United Nations"], acronym=["UN"]),
        "organization_aliases": frame(entity_id=[], alias=[], form=[]),
        "persons": frame(entity_id=["person:major"], name=["John Major"]),
        "person_aliases": frame(entity_id=["person:major"], alias=["Major"]),
        "places": frame(entity_id=["place:london"], name=["London"], state_id=["state:GBR"]),
        "place_aliases": frame(entity_id=[], alias=[], form=[]),
    }
    text = "British Prime Minister Major told the UN in London that the UK-backed plan was a major step."
    assert found(Gazetteer(dicts), text) == [
        ("British", "state:GBR", "adjective"),
        ("Major", "person:major", "alias"),
        ("UN", "org:UN", "acronym"),
        ("London", "place:london", "name"),
        ("UK", "state:GBR", "adjective"),
    ]


def test_older_spellings_and_the_capitals_2019_name_are_the_states(gazetteer):
    """Names English texts used before the current spellings: a 1990s text says "Kazakstan", a 2019-22
    one says "Nur-Sultan" for the government, as later ones say "Astana"."""
    text = "Kazakstan and Turkmenia signed the protocol; Nur-Sultan welcomed Tadzhikistan's decision."
    assert found(gazetteer, text) == [
        ("Kazakstan", "state:KAZ", "name"),
        ("Turkmenia", "state:TKM", "name"),
        ("Nur-Sultan", "state:KAZ", "capital_metonym"),
        ("Tadzhikistan", "state:TJK", "name"),
    ]


def test_a_compass_word_before_a_state_names_another_place(gazetteer):
    """'Northern Cyprus' is not Cyprus and 'East Germany' not Germany; 'North Korea' is a state of its own."""
    cyprus = "In 2022, the Turkish Republic of Northern Cyprus was admitted to the organization as an observer member."
    assert [m for m in found(gazetteer, cyprus) if m[1].startswith("state:")] == [("Turkish", "state:TUR", "adjective")]
    pact = "Russia also maintains relations with Bulgaria, Czech Republic, part of the former East Germany, Hungary"
    assert "state:DEU" not in {m[1] for m in found(gazetteer, pact)}
    assert ("North Korea", "state:PRK", "name") in found(gazetteer, "Kazakhstan and North Korea")
