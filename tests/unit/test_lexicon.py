"""The word lists in pipeline/text/lexicon/: well-formed, read once, and the ones the modules use."""

import calendar
import re

import pandas as pd

from pipeline.rules import patterns
from pipeline.stages import s4_dedupe_text as dedupe_text
from pipeline.text import amount_words, dates, lexicon
from tests.helpers import ROOT


def test_numbers_are_the_cardinals_tens_and_scales_in_order():
    values = list(lexicon.numbers().values())
    assert values == sorted(values) and len(set(lexicon.numbers())) == len(values)
    assert [v for v in values if v < 20] == list(range(1, 20))
    assert [v for v in values if 20 <= v < 100] == list(range(20, 100, 10))
    assert [v for v in values if v >= 100] == [100, 1000, 10**6, 10**9]
    assert all(re.fullmatch(r"[a-z]+", w) for w in lexicon.numbers())


def test_months_are_the_calendar_months():
    assert lexicon.months() == tuple(calendar.month_name[1:])


def test_each_season_spans_three_months_and_the_four_cover_the_year():
    seasons = lexicon.seasons()
    assert seasons["fall"] == seasons["autumn"]
    months = []
    for code in sorted({s.code for s in seasons.values()}):
        season = next(s for s in seasons.values() if s.code == code)
        months += [(season.first_month + k - 1) % 12 + 1 for k in range(3)]
        assert (season.last_month - season.first_month) % 12 == 2
    assert sorted(months) == list(range(1, 13)) and sorted({s.code for s in seasons.values()}) == [21, 22, 23, 24]


def test_bid_forms_are_matched_whole_and_in_any_case():
    assert all(re.fullmatch(r"[a-z]+", form) for form in lexicon.bids())
    text = "Kazakhstan's bid to join; it Sought membership and PLANNED to accede"
    assert [m.group().lower() for m in patterns.BID.finditer(text)] == ["bid", "sought", "planned"]
    assert not patterns.BID.search("a planetary bidding aimless proposer")


def test_modules_take_their_words_from_the_lexicon():
    assert dates.MONTHS == lexicon.months()
    assert dates.NUMBER_WORDS == {"a": 1, **{w: v for w, v in lexicon.numbers().items() if v <= 20}}
    cardinals = {w: v for w, (role, v) in amount_words.load_vocabulary().numbers.items() if role == "cardinal"}
    assert {w: v for w, v in lexicon.numbers().items() if v < 100} == {w: v for w, v in cardinals.items() if v < 100}
    assert set(dedupe_text.NUMBER_WORDS.split("|")) == {w for w, v in lexicon.numbers().items() if v >= 2}


def test_each_file_is_read_once():
    lexicon.numbers()
    before = lexicon._rows.cache_info()
    lexicon.numbers(high=20)
    lexicon.numbers(low=2)
    after = lexicon._rows.cache_info()
    assert after.misses == before.misses and after.hits == before.hits + 2


def test_the_organisation_ids_of_the_lists_are_dictionary_organisations():
    """A mistyped id would make its row do nothing, silently: every id must be one the dictionary has."""
    known = set(pd.read_csv(ROOT / "raw" / "dictionaries" / "organizations.csv", dtype=str)["entity_id"])
    councils = lexicon.heads_councils()
    assert {"collective security council", "european council"} <= set(councils)
    assert {v for v in councils.values() if v} <= known
