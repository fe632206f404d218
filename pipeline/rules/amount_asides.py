"""Dates a figure does not take: those inside a comma-set aside that says something else.

Why: the genre fits an earlier event into a sentence about a figure as a relative or participial clause
set off by commas ('Kazakhstan, which joined the Fund in 1992, has a quota of SDR 365.7 million'; 'The
treaty, signed in 1968, has 191 parties'): that date dates the aside's own verb, not the figure outside
it. A figure inside the aside keeps the aside's dates ('The PTBT, joined by 123 states in 1963, banned
…'). A clause that is not closed by a comma before the sentence ends is no aside ('… a loan of $1bn,
which was approved in 1998.' dates the loan), nor is a 'when' clause ('It opened for signature on 24
September 1996, when it was signed by 71 States').
"""

from __future__ import annotations

import re

COMMA_ASIDE = re.compile(r",\s+(?:which|who|whose|[a-z]+ed)\b[^,;:()–—]*,")
"""', which joined the Fund in 1992,' / ', signed in 1968,': a relative or past-participle clause
between two commas."""


def in_other_aside(text: str, figure_start: int, figure_end: int, date_start: int) -> bool:
    """Whether the date at `date_start` of sentence `text` lies in a comma-set aside that does not hold
    the figure at [figure_start, figure_end)."""
    for a in COMMA_ASIDE.finditer(text):
        if a.start() < date_start < a.end() and not (a.start() <= figure_start and figure_end <= a.end()):
            return True
    return False
