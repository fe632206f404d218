"""Word lists the text helpers and rules share, kept as data beside this module and read once.

Why: number words were written three times with different contents, month and season names and
words of a bid sat inside regular expressions. One CSV per list, each with a header:

- `numbers.csv` (word, value): cardinals one to nineteen, the tens, and the scale words (hundred,
  thousand, million, billion); each user takes the range it needs.
- `months.csv` (name, number): English month names as the texts capitalise them.
- `seasons.csv` (name, code, first_month, last_month): season words with their EDTF code (21 spring
  … 24 winter) and northern meteorological months; winter runs from December into the next year.
- `bids.csv` (form, lemma, source): every written form of a word of seeking something not yet had ('bid',
  'campaigns', 'sought', 'proposal'): a membership after one is a bid (codebook §5 `bid`), not done. (A hedge,
  'reportedly', 'is said to', is another thing: `rules.fact_modality`.)
- `amount_kinds.csv` (kind, words, source): the words that name what a sum of money is (a regex of word
  forms per row), by the codebook's kind, with where each comes from (the codebook, the dev gold, the IMF's
  glossary of its lending terms). The kinds' order is their precedence where two cues share a word.
- `heads_councils.csv` (name, organization_id, source): the councils of heads of state known by a name of their
  own and the organisation whose summit their meeting is (empty: the one the words name), from the founding
  instruments (`rules.meeting_nouns`).
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).parent


class Season(NamedTuple):
    code: int
    first_month: int
    last_month: int


@cache
def _rows(name: str) -> tuple[dict[str, str], ...]:
    with open(HERE / name, encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def numbers(low: int = 1, high: int = 10**9) -> dict[str, int]:
    """Number words with values between `low` and `high`, in the file's order."""
    return {r["word"]: int(r["value"]) for r in _rows("numbers.csv") if low <= int(r["value"]) <= high}


def months() -> tuple[str, ...]:
    """Month names, January first."""
    return tuple(r["name"] for r in sorted(_rows("months.csv"), key=lambda r: int(r["number"])))


def seasons() -> dict[str, Season]:
    """Season word -> its EDTF code and months."""
    return {
        r["name"]: Season(int(r["code"]), int(r["first_month"]), int(r["last_month"])) for r in _rows("seasons.csv")
    }


def bids() -> tuple[str, ...]:
    """Every form of a word of a bid, lower case."""
    return tuple(r["form"] for r in _rows("bids.csv"))


def amount_kinds() -> tuple[tuple[str, str], ...]:
    """(kind, regex of its words) for each kind of sum, in the file's order, its rows joined."""
    kinds: dict[str, list[str]] = {}
    for r in _rows("amount_kinds.csv"):
        kinds.setdefault(r["kind"], []).append(r["words"])
    return tuple((kind, "|".join(words)) for kind, words in kinds.items())


def heads_councils() -> dict[str, str | None]:
    """Council name (lower case) -> its organisation's id, None where the council's own words name it."""
    return {r["name"]: r["organization_id"] or None for r in _rows("heads_councils.csv")}


def alternation(words) -> str:
    """A regex alternation of the words, longest first, so that no word stops short at its prefix."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
