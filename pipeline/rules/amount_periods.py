"""The periods a figure's year may be: an interval a date closes ('Between 2017 and 2020', 'from 1945 to 1963'), or
the years a count closes after a date ('over the ten years following the signing of the treaty in 1963').

Why apart from `amount_dates`: reading a period's two ends from the words is a job of its own; `amount_dates`
decides which date or period is the figure's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.rules.context import Sentence
from pipeline.text import lexicon


@dataclass(frozen=True)
class Interval:
    """A date interval shaped like a date mention ('Between 2017 and 2020' -> 2017/2020)."""

    edtf: str
    date_start: date
    date_end: date
    precision: str = "interval"
    qualifier: str | None = None


INTERVAL_OPENS = re.compile(r"\b(?:between|from)\s+(?:[^,;]{0,60}?\s)?$", re.I)
INTERVAL_CLOSES = re.compile(r"[^,;]{0,80}?\s(?:and|to|until|till|through)\s+(?:[^,;]{0,60}?\s)?", re.I)


def interval_start(s: Sentence, d):
    """The interval a date closes ('Between 2017 and 2020', 'from 1945 to 1963', 'Between the Trinity
    test of 16 July 1945 and the signing of the PTBT on 5 August 1963'), else the date itself. A 'from'
    whose phrase holds a figure opens a change, not an interval ('reduced from 7 per cent of GDP in 1994 to
    3.5 per cent in 1996': 3.5 per cent is of 1996)."""
    if d is None:
        return d
    for e in s.dates_in(0, d.char_start, include_asides=True):
        opens = INTERVAL_OPENS.search(s.text, max(0, e.char_start - 90), e.char_start)
        if (
            opens
            and not any(opens.start() <= a.char_start < e.char_start for a in s.amounts)
            and INTERVAL_CLOSES.fullmatch(s.text, e.char_end, d.char_start)
            and e.date_start <= d.date_start
        ):
            return Interval(f"{e.edtf}/{d.edtf}", e.date_start, d.date_end)
    return d


YEARS_AFTER = re.compile(
    r"\b(?:over|in|during|within)\s+the\s+(?:first\s+|next\s+)?(?P<n>[0-9]{1,2}|[a-z]+)\s+years\s+"
    r"(?:following|after)\b(?P<what>[^,;:]{0,60}?)$",
    re.I,
)
"""'over the ten years following the signing of the treaty in 1963': a period that a date opens and a
count of years closes (1963/1973)."""


def years_after(s: Sentence, start: int, end: int):
    """The period 'the N years following <date>' names, where the figure's clause (text[start:end]) holds one, else
    None."""
    for d in s.dates_in(start, end, include_asides=True):
        period = YEARS_AFTER.search(s.text, max(0, d.char_start - 120), d.char_start)
        if period is None:
            continue
        n = period["n"].lower()
        count = int(n) if n.isdigit() else lexicon.numbers().get(n)
        if count:
            end = d.date_start.year + count
            return Interval(f"{d.date_start.year}/{end}", d.date_start, date(end, 12, 31))
    return None
