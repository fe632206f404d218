"""Dates a figure does not take: those inside a comma-set aside that says something else and those of a
relative clause about another noun (those of another event that 'after', 'before' or 'following' places the
figure's after or before are `other_events`', shared with the treaty rules).

Why: the genre fits an earlier event into a sentence about a figure as a relative or participial clause
set off by commas ('Kazakhstan, which joined the Fund in 1992, has a quota of SDR 365.7 million'; 'The
treaty, signed in 1968, has 191 parties'): that date dates the aside's own verb, not the figure outside
it, unless the aside is about the very thing whose value the figure states ('The loan, approved in 2000,
amounted to $100 million'). A figure inside the aside keeps the aside's dates ('The PTBT, joined by 123 states in 1963, banned
…'). A clause that is not closed by a comma before the sentence ends is no aside ('… a loan of $1bn,
which was approved in 1998.' dates the loan), nor is a 'when' clause ('It opened for signature on 24
September 1996, when it was signed by 71 States'). Where a phrase that places another event says how far
apart the events are ('two years after they had stood at $80 million'), the figure's year is counted from the
other (`years_apart`).
"""

from __future__ import annotations

import re

from pipeline.rules.amount_tense import governing_verb
from pipeline.rules.context import Sentence, year_only
from pipeline.rules.stance import token_at
from pipeline.text import lexicon

MAX_STEPS = 8
COMMA_ASIDE = re.compile(r",\s+(?:which|who|whose|[a-z]+ed)\b[^,;:()–—]*,")
"""', which joined the Fund in 1992,' / ', signed in 1968,': a relative or past-participle clause
between two commas."""


def in_other_aside(s: Sentence, figure_start: int, figure_end: int, date_start: int, noun=None) -> bool:
    """Whether the date at `date_start` lies in a comma-set aside that does not hold the figure at
    [figure_start, figure_end) and, in the parse, does not modify `noun`, the noun whose value the figure states
    ('The loan, approved in March 2000, amounted to $100 million': the approval dates the loan's sum); or the
    figure lies in an aside that does not hold the date and states the value of a noun of its own ('The road,
    financed with a $100 million loan, was completed in 2012': the loan is not the road's completion; a bare value
    the aside gives the noun it describes shares that noun's date: 'The loan, estimated at $500 million, was
    approved in 2009')."""
    for a in COMMA_ASIDE.finditer(s.text):
        date_inside = a.start() < date_start < a.end()
        figure_inside = a.start() <= figure_start and figure_end <= a.end()
        if date_inside and not figure_inside:
            return noun is None or not _modifies(s, noun, date_start)
        if figure_inside and not date_inside and noun is not None:
            return True  # 'The road, financed with a $100 million loan from the bank, was completed in 2012'
    return False


def _modifies(s: Sentence, noun, date_start: int) -> bool:
    """Whether the date at `date_start` stands, in the parse, in a clause that modifies `noun`."""
    t = token_at(s, date_start)
    for _ in range(MAX_STEPS):
        if t is None or t.head.i == t.i:
            return False
        if t.dep_ in ("acl", "relcl") and t.head == noun:
            return True
        t = t.head
    return False


def in_other_relative(s: Sentence, figure_start: int, date_start: int) -> bool:
    """Whether the date at `date_start` lies, in the parse, in a relative clause about a noun whose phrase does
    not hold the figure at `figure_start` ('a 744 km border with Afghanistan, which it recognised in 1996': the
    recognition's date, not the border's); one about the figure's own noun dates it ('a loan of $1 billion,
    which was approved in 1998')."""
    t, figure = token_at(s, date_start), token_at(s, figure_start)
    if t is None or figure is None:
        return False
    for _ in range(MAX_STEPS):
        if t.dep_ == "relcl":
            antecedent = t.head
            inside = t.left_edge.i <= figure.i <= t.right_edge.i
            governed = figure.left_edge.i <= t.i <= figure.right_edge.i  # 'halving the number of people who …'
            return not inside and not governed and not antecedent.left_edge.i <= figure.i <= antecedent.right_edge.i
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def years_apart(s: Sentence, figure_start: int):
    """The year of a figure in a clause that 'N years after' or 'N years before' places against the date of the
    clause it hangs on ('exports were $100 million in 2012, two years after they had stood at $80 million': 2010;
    'a year before it fell to $2 billion': the main date's year plus one), else None: where the clause says how far
    apart the two events are, the figure's year is given (codebook §4: relative dates are resolved)."""
    verb = governing_verb(s, figure_start)
    if verb is None or verb.dep_ != "advcl":
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    span = next((c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "year"), None)
    if mark is None or span is None:
        return None
    counts = [c for c in span.children if c.dep_ in ("nummod", "det")]
    word = counts[0].lower_ if counts else ""
    n = 1 if word in ("a", "an", "one") else int(word) if word.isdigit() else lexicon.numbers().get(word)
    main = [d for d in s.dates_in(include_asides=True) if governing_verb(s, d.char_start) == verb.head]
    if not n or len(main) != 1:
        return None
    year = main[0].date_start.year
    return year_only(year - n if mark.lower_ == "after" else year + n)
