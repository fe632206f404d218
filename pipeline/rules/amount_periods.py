"""The periods a figure's year may be: an interval a date closes ('Between 2017 and 2020', 'from 1945 to 1963'), or
the years a count closes after a date ('over the ten years following the signing of the treaty in 1963'), or after an
event the text has dated before ('The Partial Test Ban Treaty was signed in 1963. … 436 tests were conducted over the
ten years following the PTBT': 1963/1973).

Why apart from `amount_dates`: reading a period's two ends from the words is a job of its own; `amount_dates`
decides which date or period is the figure's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.rules.amount_heads import sentences_before
from pipeline.rules.context import Sentence
from pipeline.text import lexicon
from pipeline.text.dates import PRECISE, find_dates


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


YEARS_AFTER_EVENT = re.compile(
    r"\b(?:over|in|during|within)\s+the\s+(?:first\s+|next\s+)?(?P<n>[0-9]{1,2}|[a-z]+)\s+years\s+"
    r"(?:following|after)\s+(?:the\s+(?:signing|conclusion|adoption|founding|creation|establishment)\s+of\s+)?"
    r"the\s+(?P<what>[A-Za-z][\w-]+)\b(?![^,;:]{0,60}\b[12][0-9]{3}\b)",
    re.I,
)
"""'over the ten years following the PTBT', 'in the three years after the convention': a period that an event opens
which the clause names but does not date."""
UNTIL_EVENT = re.compile(
    r"\bfrom\s+(?P<date>[^,;:]{4,30}?)\s+(?:to|until|till)\s+the\s+(?:signing|conclusion|adoption|founding|creation|"
    r"establishment)\s+of\s+the\s+(?P<what>[A-Za-z][\w-]+)\b(?![^,;:]{0,60}\b[12][0-9]{3}\b)",
    re.I,
)
"""'the 499 tests from 1945 to the signing of the PTBT': a period a date opens and an event closes which the clause
names but does not date."""
EVENT_DATE_AFTER = re.compile(r"[^;.]{0,60}\Z")
"""How far after its name an earlier sentence may date an event ('the Partial Test Ban Treaty (PTBT) on 5 August
1963', 'The Chemical Weapons Convention was signed in 1993')."""
SENTENCES_BACK = 40
"""How many sentences back the date of an event a period opens is looked for."""


def years_after(s: Sentence, m, start: int, end: int):
    """The period 'the N years following <date>' names, where the figure's clause (text[start:end]) holds one; else
    the period an event dated in an earlier sentence (`event_date`) opens or closes, where the phrase belongs to
    figure `m` (no other figure stands between them): 'the N years following <event>', 'from <date> to the signing
    of <event>'; else None."""
    for d in s.dates_in(start, end, include_asides=True):
        period = YEARS_AFTER.search(s.text, max(0, d.char_start - 120), d.char_start)
        if period is not None and (found := _closed(period["n"], d.date_start.year)) is not None:
            return found
    for period in YEARS_AFTER_EVENT.finditer(s.text, start, end):
        if _belongs(s, m, period) and (opened := event_date(s, period["what"])) is not None:
            return _closed(period["n"], opened.date_start.year)
    for period in UNTIL_EVENT.finditer(s.text, start, end):
        opening = [d for d in s.dates_in(period.start("date"), period.end("date")) if d.precision in PRECISE]
        closed = event_date(s, period["what"]) if opening and _belongs(s, m, period) else None
        if closed is not None and opening[0].date_start <= closed.date_start:
            return Interval(
                f"{opening[0].date_start.year}/{closed.date_start.year}", opening[0].date_start, closed.date_end
            )
    return None


def _belongs(s: Sentence, m, period: re.Match) -> bool:
    """Whether a period phrase is figure `m`'s: no other figure of the sentence stands between them ('Compared to the
    499 tests from 1945 to the signing of the PTBT, 436 tests were conducted over the ten years following the PTBT':
    the ten years are the 436's)."""
    low, high = (m.char_end, period.start()) if m.char_end <= period.start() else (period.end(), m.char_start)
    return not any(a is not m and low <= a.char_start and a.char_end <= high for a in s.amounts)


def _closed(n: str, year: int) -> Interval | None:
    """The interval of `n` (digits or a number word) years from `year`, or None where `n` is no number."""
    count = int(n) if n.isdigit() else lexicon.numbers().get(n.lower())
    if not count:
        return None
    return Interval(f"{year}/{year + count}", date(year, 1, 1), date(year + count, 12, 31))


def event_date(s: Sentence, name: str):
    """The date the last earlier sentence of the source that names `name` (a word of the event's name or its noun:
    'PTBT', 'treaty', 'convention') gives right after the name, or None: a text dates a treaty where it first tells of
    it and refers to it by name or noun after that."""
    word = re.compile(rf"\b{re.escape(name)}\b", re.I)
    for text in sentences_before(s, SENTENCES_BACK, paragraph=False):
        for hit in reversed(list(word.finditer(text))):
            after = [
                d
                for d in find_dates(text)
                if d.precision in PRECISE
                and d.char_start >= hit.end()
                and EVENT_DATE_AFTER.fullmatch(text, hit.end(), d.char_start)
            ]
            if after:
                return after[0]
    return None
