"""Dates coordinated with a fact's date: 'visited Ashgabat in 2007 and 2009', 'has visited China several
times, in 2008, 2011 and 2014', 'visited the United States in 1993 and again in 1998'.

Why: the codebook records one item per occurrence, and English gives repeated occurrences of one act by
listing its dates after one verb. A date joins the series only when nothing but a coordinator (a comma,
'and', 'or'), an adverb of repetition ('again', 'also', 'later') and a preposition ('in', 'on') stands
between it and the previous one; 'between 2007 and 2009' and 'from 2007 to 2009' are spans, not series,
and a date bounded by 'until' or inside an aside is not one of the act's dates.
"""

from __future__ import annotations

import re

from pipeline.rules.context import Sentence

LINK = re.compile(
    r"\s*(?:,\s*(?:and|or)?|and|or|as well as)\s+(?:(?:again|also|later|once more|then)\s+)?(?:(?:in|on)\s+)?",
    re.IGNORECASE,
)
SPAN_OPENER = re.compile(r"\b(?:between|from)\s+(?:(?:the\s+)?(?:years?\s+)?)$", re.IGNORECASE)


def date_series(s: Sentence, first, own: list) -> list:
    """`first` and the dates listed after it as further occurrences, each of another year or day; just
    `[first]` when none is, or when `first` is not one of `own`, the dates in the act's own words
    (`parsed.own_dates`; a date in a clause of its own, 'and in 2006 he signed', is another act's)."""
    if first not in own or SPAN_OPENER.search(s.text, 0, first.char_start):
        return [first]
    out, last = [first], first
    for d in own[own.index(first) + 1 :]:
        if not LINK.fullmatch(s.text, last.char_end, d.char_start):
            break
        if d.edtf not in {x.edtf for x in out}:
            out.append(d)
        last = d
    return out
