"""Figures joined by 'and' or 'or' share the date that follows them.

Why: English puts one adverbial after a coordination and means it for every conjunct: 'Russia lent two
billion dollars and EUR 100 million in 2009' dates both sums. The figure rules (`amounts`) otherwise give
a date after a figure only to the last figure before it ('was set at SDR 247.5 million, and raised to SDR
365.7 million in 1999': 1999 is the second's only, for a verb stands between them).
"""

from __future__ import annotations

import re

JOINED = re.compile(
    r"[\s\u00a0]+(?:and|or)[\s\u00a0]+(?:(?:a|an|another|some|about|around|over|nearly|almost|more[\s\u00a0]+than)"
    r"[\s\u00a0]+)?"
)
"""What stands between two coordinated figures: the conjunction and at most a determiner or qualifier."""


def joined(text: str, first, second) -> bool:
    """Whether figure `second` is coordinated right after figure `first` in sentence `text`."""
    if second is None or first.char_end > second.char_start:
        return False
    return JOINED.fullmatch(text, first.char_end, second.char_start) is not None
