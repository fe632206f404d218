"""Figures joined by 'and' or 'or' (or a change and the level it reached: 'by 10 percent to $5 billion') share
the date that follows them, and a list of figures followed by a list of as many dates and 'respectively' pairs
them in order (a list of dates before the figures too). A figure that is part of another ('of which') is a sum
of its kind.

Why: English puts one adverbial after a coordination and means it for every conjunct: 'Russia lent two
billion dollars and EUR 100 million in 2009' dates both sums; 'respectively' distributes instead ('$1.5
billion, $2 billion and $500 million in 2007, 2008 and 2009 respectively'). The figure rules (`amounts`) otherwise give
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


CHANGE_BY = re.compile(r"\bby[\s\u00a0]+(?:(?:about|around|some|nearly|almost|more[\s\u00a0]+than|over)[\s\u00a0]+)?\Z")
CHANGE_TO = re.compile(
    r"[\s\u00a0]+to[\s\u00a0]+(?:(?:about|around|some|nearly|almost|more[\s\u00a0]+than|over|a)[\s\u00a0]+)?"
)
"""'increased by 10 percent to 1.8 million barrels per day in 2018': a change and the level it reached are
one event, dated by the date after them."""


CHANGE_FROM = re.compile(
    r"\bfrom[\s\u00a0]+(?:(?:about|around|some|nearly|almost|more[\s\u00a0]+than|over|a)[\s\u00a0]+)?\Z"
)


def change_pair(text: str, figures, m):
    """('from', other) or ('to', other) where figure `m` is one end of a change 'from X to Y' with no date between
    ('rose from $300 million to $900 million'), else None: over a period the first is of its start, the second of
    its end."""
    for a, b in zip(figures, figures[1:]):
        if (
            m in (a, b)
            and CHANGE_TO.fullmatch(text, a.char_end, b.char_start)
            and CHANGE_FROM.search(text, max(0, a.char_start - 30), a.char_start)
        ):
            return ("from", b) if m is a else ("to", a)
    return None


PART_QUALIFIER = r"(?:(?:only|just|some|about|around|nearly|almost|over|more[\s\u00a0]+than)[\s\u00a0]+)?"
OF_WHICH = re.compile(
    rf"[^;.]{{0,80}}?,[\s\u00a0]*of[\s\u00a0]+which[\s\u00a0]+(?:[^,;.$€£]{{0,40}}?[\s\u00a0])?{PART_QUALIFIER}"
)
OF_THE_WHOLE = re.compile(
    r"(?:^|[;:,][\s\u00a0]*)Of[\s\u00a0]+(?:the|this|that|its|their)[\s\u00a0]+" + PART_QUALIFIER + r"\Z"
)
PART_AFTER_WHOLE = re.compile(rf"[^;.]{{0,100}}?,[\s\u00a0]*{PART_QUALIFIER}")


def whole_of(text: str, figures, m):
    """The sum figure `m` is a part of, else None: '$600 million in aid, of which $200 million went to …', 'credits
    of $1.2 billion …, of which Uzbekistan received $500 million', 'Of the $500 million pledged in 2010, only $200
    million had been disbursed': a part of a sum is a sum of its kind."""
    before = [a for a in figures if a.char_end <= m.char_start and a.unit == m.unit]
    for whole in reversed(before):
        if OF_WHICH.fullmatch(text, whole.char_end, m.char_start) or (
            OF_THE_WHOLE.search(text, 0, whole.char_start)
            and PART_AFTER_WHOLE.fullmatch(text, whole.char_end, m.char_start)
        ):
            return whole
    return None


def joined(text: str, first, second) -> bool:
    """Whether figure `second` is coordinated right after figure `first` in sentence `text`, or states the
    level a change by `first` reached ('by 10 percent to 1.8 million barrels')."""
    if second is None or first.char_end > second.char_start:
        return False
    if JOINED.fullmatch(text, first.char_end, second.char_start) is not None:
        return True
    return bool(
        CHANGE_TO.fullmatch(text, first.char_end, second.char_start)
        and CHANGE_BY.search(text, max(0, first.char_start - 30), first.char_start)
    )


RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
LIST_GAP = re.compile(r"[\s\u00a0]*(?:,|,?[\s\u00a0]+(?:and|or))?[\s\u00a0]*")
FIGURE_GAP = re.compile(
    r"[\s\u00a0]*(?:,|,?[\s\u00a0]+(?:and|or))?[\s\u00a0]*(?:[A-Za-z][\w’'-]*[\s\u00a0]+){0,4}?(?:to[\s\u00a0]+)?"
)
"""What separates the figures of a list 'respectively' pairs: LIST_GAP, and the words of a gapped clause naming
another party ('lent Armenia $50 million and Georgia $70 million in 1996 and 1997 respectively')."""
"""What separates the items of a list of figures or of dates: a comma, 'and' or 'or'."""


def respective_date(s, m):
    """The date paired with figure `m` by 'respectively', or None: the figures of the list `m` belongs to and
    the dates after them, up to 'respectively', must be as many and each list unbroken; where none follow, a
    list of as many dates before the figures pairs with them ('In 1995, 1996 and 1997 the bank lent $60
    million, $80 million and $100 million respectively')."""
    word = RESPECTIVELY.search(s.text, m.char_end)
    if word is None:
        return None
    figures = [a for a in s.amounts if a.char_end <= word.start()]
    if m not in figures:
        return None
    i = figures.index(m)
    while i > 0 and FIGURE_GAP.fullmatch(s.text, figures[i - 1].char_end, figures[i].char_start):
        i -= 1
    listed = [figures[i]]
    for a in figures[i + 1 :]:
        if not FIGURE_GAP.fullmatch(s.text, listed[-1].char_end, a.char_start):
            break
        listed.append(a)
    if len(listed) < 2:
        return None
    after = s.dates_in(listed[-1].char_end, word.start(), include_asides=True)
    before = s.dates_in(0, listed[0].char_start, include_asides=True)[-len(listed) :]
    for dates in (after, before):
        unbroken = all(LIST_GAP.fullmatch(s.text, a.char_end, b.char_start) for a, b in zip(dates, dates[1:]))
        if len(dates) == len(listed) and unbroken:
            return dates[listed.index(m)]
    return None
