"""The year of a figure: the date that governs its clause, an interval where the figure spans one, the
section's year where the sentence gives none and the figure is told in the past.

Why apart from the figure rules (`amounts`): which date a figure takes is a question about clauses and
dates, not about what the figure measures; the decisions are in the docstring of `amounts` and below.
"""

from __future__ import annotations

import re

from pipeline.rules.amount_asides import in_other_aside, in_other_relative, years_apart
from pipeline.rules.amount_coordination import change_pair, joined, respective_date
from pipeline.rules.amount_heads import figure_token, measured_noun
from pipeline.rules.amount_kinds import filled_bracket, noun_kind, restated
from pipeline.rules.amount_periods import Interval, interval_start, years_after
from pipeline.rules.amount_tense import governing_verb, of_the_present, told_as_forecast, told_in_past
from pipeline.rules.context import PAREN, SAME_TIME_OPENING, Sentence, year_only
from pipeline.rules.other_events import in_other_event
from pipeline.rules.stance import token_at

NARRATIVE_COUNTS = {"refugees", "casualties"}
"""Counts that belong to the events the section narrates, and so to its year. A share (a poll's or a
budget's percentage) is a measurement made at one time: where its sentence gives no date and tells it in the past, it
belongs to the one the section dated last ('A July 2024 Gallup opinion poll … Meanwhile, support … decreased
by 10%'). Told in the present ('The top ten are Vietnam (75%), …'; 'This overall budget covers … Administration – 6 per
cent') or forecast (`amount_tense.told_as_forecast`) it has no year: codebook §5 amount, a figure told in the present
has none unless its own clause gives one."""
DISPLACED = re.compile(r"\b(?:internally )?displaced\b")
"""'300,000 people were internally displaced': people (not refugees, who cross a border), counted in
the narrated events like refugees."""


# --- the year -------------------------------------------------------------------------------------------

SINCE = re.compile(
    r"\bsince\b[^,;]{0,50}$|\bfrom\s+(?:the\s+)?$|\b(?:than|compared\s+(?:with|to))\s+(?:in\s+|during\s+)?(?:the\s+)?$",
    re.I,
)
"""A date that opens a period ('since 1997', 'from 1961 through the most recent year') is not a figure's
year: the figure accumulates over the period ('have presented three proposals since 1997'). A period
with a closing date is an interval (see `amount_periods.interval_start`). Nor is the date of a comparison's base ('$1 million
in 2015, 10 percent more than in 2014': 2015)."""
CONTRAST = re.compile(r"\b(?:but|while|whereas|although|though)\b")
"""A clause set against another by a conjunction shares the date that opens the sentence when it too tells
the past ('In 2018, growth was 4.1 percent, while inflation declined to 5.3 percent': 2018); told in the
present it states how things are ('In 1994, a ceasefire ended the war but more than 1 million … are still
not able to return home': no year)."""
SIMULTANEOUS = re.compile(r"\b(?:while|whereas)\b")
"""'while' and 'whereas' set two things of one time side by side: a clause after them told in the past shares the
date of the clause before, wherever it stands ('external debt reached 48 percent of GDP in 2018, while gross reserves
stood at $1.2 billion': 2018); 'but' and 'although' may turn to another time and share only an opening date."""
DATE_BREAK = re.compile(rf"[;:]|\s[–—]\s|{CONTRAST.pattern}")
"""A clause after these words is dated only by its own words (a relative clause or ', when …' shares
the date of the clause it hangs on)."""
NEXT_CLAUSE = re.compile(r",\s+and\s+(?=(?:in|on|during)\s)")
AND_THEN = re.compile(r",\s+and\s+(?:the\s+)?")
"""A coordinated clause that opens with its own date dates only itself ('Kazakhstan transferred 600 kg
of uranium, and in 1995 it closed the test site': 1995 is not the figure's; 'approved a loan of $50 million,
and the following year a second loan of $60 million': the following year is the second's only)."""
PRESENT = re.compile(r"\b(?:is|are|has|have|continues?|remains?)\b")
"""A present-tense clause states how things are, not an event of the narrated year."""
RATE = re.compile(
    r"\b(?:each|every|a|per)\s+year\b(?!\s+(?:earlier|later|before|after|ago))|\bannually\b|\byearly\b", re.I
)
"""A figure per year ('claim over 100 lives each year', '€35 million a year') is a rate, not a figure of
one year ('5 percent a year earlier' is a date, not a rate, read to its end past the window around the figure); a
rate over a stated period ('Between 2000 and 2007, growth averaged 10 percent a year') is the period's."""


def _reference_date(s: Sentence, m):
    """The date nearest the figure in its clause, else the sentence's opening date, else any date of
    the sentence (as `Sentence.nearest_date`), leaving out dates that open a period and dates after
    the figure that are nearer another ('was set at SDR 247.5 million, and raised to SDR 365.7 million
    in 1999': 1999 is only the second's); of these, one nearer to this figure (or to the figure it
    restates in another currency: 'SDR 329.1 million (about US$453 million) in December 1999', or to a figure
    inside its noun phrase: '150 projects worth $5 billion by the end of 2018') than to any other where there
    is one. A figure in a clause after 'but', ';' … (DATE_BREAK) takes only a date of that clause
    ('In 1994, a ceasefire ended the war but more than 1 million … are still not able to return home':
    no year) or the sentence's opening date where it tells the past too (see CONTRAST), and a clause after
    the figure's own dates only itself ('191 states have joined the Treaty, though North Korea announced its
    withdrawal in 2003': no year); a date of another coordinated clause does not date a figure told in the
    present (see `_other_conjunct`)."""

    c_start, c_end = s.clause(m.char_start)
    own_start, own_end = _own_start(s, m), _own_end(s, m)
    measured = measured_noun(s, m) or _sum_subject(s, m)

    def usable(dates):
        return [
            d
            for d in dates
            if d is not None
            and d.char_start < own_end
            and not SINCE.search(s.text, max(0, d.char_start - 60), d.char_start)
            and not in_other_aside(s, m.char_start, m.char_end, d.char_start, measured)
            and not in_other_event(s, m.char_start, d.char_start)
            and not in_other_event(s, d.char_start, m.char_start, clauses_only=True)  # 'after it had stood at …'
            and not in_other_relative(s, m.char_start, d.char_start)
            and not ((d != opening or not _introduces(s, d)) and _other_conjunct(s, m, d))
            and not _end_of_another_act(s, m, d)
        ]

    opening = s.opening_date()
    dates = usable(s.dates_in(max(c_start, own_start), c_end, include_asides=True))
    if not dates and own_start <= c_start:
        dates = usable([opening]) or usable(s.dates_in(include_asides=True))
    elif not dates and CONTRAST.fullmatch(s.text, _break_before(s, m), own_start) and _past_in_own_clause(s, m):
        dates = usable([opening])
        if not dates and SIMULTANEOUS.fullmatch(s.text, _break_before(s, m), own_start):
            dates = usable(s.dates_in(0, _break_before(s, m))[-1:])
    owned = [
        d
        for d in dates
        for f in [_figure_of(s, d)]
        if f is m
        or joined(s.text, m, f)
        or (f is not None and (restated(s.text, f, m) or restated(s.text, m, f) or _inside_phrase(s, f, m)))
        or (f is not None and not _postmodifies(s, f, d) and _same_verb(s, m, d))
    ]
    candidates = owned or [d for d in dates if d.char_start < m.char_end]
    if not candidates and own_start <= c_start:  # the clause's only date is another figure's: the sentence's opening
        candidates = [d for d in usable([opening]) if d.char_end <= m.char_start]  # ('On 4 February 2009, … was
        # reached by five of the seven members, with plans finalized on 14 June': 14 June is the plans')
    return min(_of_own_verb(s, m, candidates), key=lambda d: _distance(d, m), default=None)


END_PREPOSITIONS = {"to", "until", "till", "through"}


def _end_of_another_act(s: Sentence, m, d) -> bool:
    """Whether the parse hangs date `d` on a 'to', 'until' or 'through' of a verb other than the figure's, with no
    'from' or 'between' to open the period: the end of another act's term ('It was later extended to 2001, and
    disbursements totalled SDR 78.3 million': 2001 ends the extension, it dates no disbursement; codebook §5 amount:
    the date of another event in the sentence is not the figure's year)."""
    t = token_at(s, d.char_start)
    while t is not None and t.head.i != t.i and not (t.dep_ == "prep" and t.lower_ in END_PREPOSITIONS):
        t = t.head
    if t is None or t.dep_ != "prep" or t.lower_ not in END_PREPOSITIONS or t.head.pos_ not in ("VERB", "AUX"):
        return False
    opened = any(c.dep_ == "prep" and c.lower_ in ("from", "between") for c in t.head.children)
    return not opened and t.head != governing_verb(s, m.char_start)


def _sum_subject(s: Sentence, m):
    """The subject of the verb that governs the figure where that subject names a sum: 'The arrangement, approved in
    1999, provided SDR 33.4 million' (the approval dates the arrangement's sum, as 'The loan, approved in 2000,
    amounted to $100 million' does); not a state ('Mongolia, which joined the Fund in 1991, received …')."""
    verb = governing_verb(s, m.char_start)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    return next((c for c in subjects if noun_kind(c)), None)


def _of_own_verb(s: Sentence, m, dates: list) -> list:
    """The dates less those of a relative clause or an infinitive other than the figure's own, where some remain: a
    date of the figure's clause wins over one of a relative clause ('In 2008 the IMF approved a $1 billion loan,
    which Kazakhstan repaid in 2012': 2008, the approval's, not the repayment's) or of what is still to be done
    ('In 1996 the bank approved a loan of $100 million, to be disbursed by 1999': 1996), and less a deadline an
    adjective sets for what is still to be done with the sum ('approved a $40 million loan, repayable by 2034': the
    approval's year, not the repayment's; codebook §5 amount: a deadline is not the figure's year)."""
    verb = governing_verb(s, m.char_start)
    kept = [
        d
        for d in dates
        if (
            (v := governing_verb(s, d.char_start)) is None
            or v == verb
            or (v.dep_ != "relcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children))
        )
        and not _adjective_deadline(s, d)
    ]
    return kept or dates


def _adjective_deadline(s: Sentence, d) -> bool:
    """Whether the parse hangs date `d` on a 'by' or 'before' that an adjective governs ('repayable by 2034', 'due
    by 2020', 'payable before 2030')."""
    t = token_at(s, d.char_start)
    while t is not None and t.head.i != t.i and not (t.dep_ == "prep" and t.lower_ in ("by", "before")):
        t = t.head
    return t is not None and t.dep_ == "prep" and t.lower_ in ("by", "before") and t.head.pos_ == "ADJ"


def _postmodifies(s: Sentence, f, d) -> bool:
    """Whether date `d` follows figure `f` in its own phrase, with no punctuation and no other date between ('3.5
    percent of GDP in 1997')."""
    return (
        f.char_end <= d.char_start
        and POSTMODIFIER_GAP.fullmatch(s.text, f.char_end, d.char_start) is not None
        and not s.dates_in(f.char_end, d.char_start, include_asides=True)
    )


def _same_verb(s: Sentence, m, d) -> bool:
    """Whether the parse hangs date `d` on the verb that governs figure `m` ('The EBRD's portfolio stood at €3
    billion, with 50 active projects, in 2019': 'in 2019' dates 'stood', so the portfolio, though the count
    stands nearer the date)."""
    verb = governing_verb(s, m.char_start)
    return verb is not None and governing_verb(s, d.char_start) == verb


def _inside_phrase(s: Sentence, f, m) -> bool:
    """Whether figure `f` stands, in the parse, inside the noun phrase that figure `m` counts or modifies ('150
    projects worth $5 billion by the end of 2018': the sum is the projects' worth, so the date after it that
    dates the sum dates the count too)."""
    t, inner = figure_token(s, m), figure_token(s, f)
    if t is not None and t.pos_ != "NOUN" and t.dep_ in ("nummod", "compound"):
        t = t.head  # '150' of '150 projects' where the count's span is the number only
    if t is None or inner is None or t.pos_ != "NOUN":
        return False
    return t.i < inner.i and t.left_edge.i <= inner.i <= t.right_edge.i


def _break_before(s: Sentence, m) -> int:
    """Where the last DATE_BREAK before the figure begins (0 where there is none)."""
    breaks = [b.start() for b in DATE_BREAK.finditer(s.text, 0, m.char_start)]
    return breaks[-1] if breaks else 0


def _past_in_own_clause(s: Sentence, m) -> bool:
    """Whether the figure is told in the past by a verb of its own clause (a parse that hangs the figure on
    the verb before the conjunction says nothing of the clause's tense)."""
    verb = governing_verb(s, m.char_start)
    return verb is not None and verb.idx - s.offset >= _own_start(s, m) and told_in_past(s, m.char_start)


def _other_conjunct(s: Sentence, m, d) -> bool:
    """Whether date `d` belongs to another clause coordinated with the figure's, one with its own subject
    ('Kazakhstan joined the IMF in 1992 and its quota is SDR 1.16 billion': 1992 dates the joining): the
    figure's verb and the date's are conjuncts, the later has a subject of its own, and the figure's is not
    told in the past (two past clauses tell one time: 'The deficit widened to 5.9 percent of GDP in 2016,
    and external debt rose to $167 billion'). A date that opens the sentence is left to the caller (it
    frames every clause after it)."""
    verb, date_verb = governing_verb(s, m.char_start), governing_verb(s, d.char_start)
    if verb is None or date_verb is None or verb == date_verb or told_in_past(s, m.char_start):
        return False
    first, second = sorted((verb, date_verb), key=lambda t: t.i)
    return (
        second.dep_ == "conj"
        and second.head == first
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in second.children)
    )


def _introduces(s: Sentence, d) -> bool:
    """Whether date `d` stands before the verb it hangs on ('In 2018, growth was …'), so frames the sentence;
    one after its verb dates that verb's clause though a comma follows it ('Kazakhstan repaid the loan in 2001,
    and its quota is SDR 1.16 billion': 2001 is not the quota's)."""
    verb = governing_verb(s, d.char_start)
    return verb is None or verb.idx - s.offset > d.char_start


def _distance(d, m) -> int:
    return min(abs(d.char_start - m.char_end), abs(m.char_start - d.char_end))


POSTMODIFIER_GAP = re.compile(r"[^,;:()\[\]–—]{0,60}")
"""What may stand between a figure and a date that qualifies it ('3.5 percent of GDP in 1997')."""


def _figure_of(s: Sentence, d):
    """The figure a date belongs to: the last figure before it in the same phrase, with no punctuation
    and no other date between ('narrowed to 3.5 percent of GDP in 1997 from 6.6 percent in 1996'); else
    the nearest figure, at equal distance the one before it ('fell from 1,892 percent in 1994 to 60
    percent in 1995'). A figure in a bracketed aside claims no date outside it ('halving … by 2015
    (currently … 1 billion people)')."""
    asides = [(p.start(), p.end()) for p in PAREN.finditer(s.text)]
    figures = [a for a in s.amounts if not any(x <= a.char_start < y and not x <= d.char_start < y for x, y in asides)]
    qualified = [
        a
        for a in figures
        if a.char_end <= d.char_start
        and POSTMODIFIER_GAP.fullmatch(s.text, a.char_end, d.char_start)
        and not s.dates_in(a.char_end, d.char_start, include_asides=True)
    ]
    if qualified:
        return qualified[-1]
    return min(figures, key=lambda a: (_distance(d, a), a.char_start > d.char_start), default=None)


VAGUE = {"decade", "century"}
"""Precisions too vague to be a figure's year: 'in the late 1990s' gives none (codebook §4: vague wording gives
null)."""


def figure_date(s: Sentence, m, kind: str):
    """The date figure `m` is of (see the module docstring), None where the text gives none or only a vague one."""
    date_ = _figure_date(s, m, kind)
    return None if getattr(date_, "precision", None) in VAGUE else date_


def _figure_date(s: Sentence, m, kind: str):
    period = years_after(s, m, _own_start(s, m), _own_end(s, m))
    if period is not None:
        return period
    beside = _beside_bracket(s, m)
    if beside is not None:
        return beside
    if any(r.start() < m.char_end + 30 for r in RATE.finditer(s.text, max(0, m.char_start - 30))):
        period = interval_start(s, _reference_date(s, m))
        # a rate over a stated period ('Between 2000 and 2007', 'in 2000–2007') is of it
        return period if isinstance(period, Interval) or "/" in getattr(period, "edtf", "") else None
    if not s.dates and SAME_TIME_OPENING.match(s.text):
        return s.paragraph_date  # the narrative's year, not a deadline the sentence before named ('by 2015')
    if of_the_present(s, m):
        return None
    date_ = respective_date(s, m) or years_apart(s, m.char_start) or interval_start(s, _reference_date(s, m))
    over_a_period = isinstance(date_, Interval) or getattr(date_, "precision", None) == "interval"
    if over_a_period and (pair := change_pair(s.text, s.amounts, m)) is not None:
        # 'Between 2005 and 2010, exports rose from $300 million to $900 million' ('During 2010–2015', too): each end
        # of the change its year
        return year_only((date_.date_start if pair[0] == "from" else date_.date_end).year)
    if date_ is not None:
        return date_
    narrative = kind in NARRATIVE_COUNTS or (kind == "people" and DISPLACED.search(s.text, m.char_end, m.char_end + 40))
    if narrative and PRESENT.search(_own_clause(s, m)):
        return None  # 'are still not able to return home', 'continue to claim': a state of affairs, not an event
    in_past = not s.dates and told_in_past(s, m.char_start)
    if narrative or (kind == "share" and in_past and not told_as_forecast(s, m.char_start)):
        return s.anchor_date() or (s.paragraph_date if in_past else None)  # else the heading's year
    return (s.paragraph_date or s.section_date) if in_past else None  # the paragraph's year, else the section's


def _beside_bracket(s: Sentence, m):
    """The date right beside the bracket figure `m` alone fills: the phrase it gives the size of is dated just
    before the bracket ('a Stand-By Arrangement in 1994 (SDR 123.75 million), another in 1995 (SDR 185.6
    million)': 1994, 1995) or just after it ('a Stand-By Arrangement (SDR 123.75 million) in 1994'); else None."""
    bracket = filled_bracket(s.text, m)
    if bracket is None:
        return None
    for d in s.dates_in(include_asides=True):
        if d.char_end <= bracket.start() and not s.text[d.char_end : bracket.start()].strip():
            return d
        if d.char_start >= bracket.end() and re.fullmatch(
            r"\s+(?:in|on|during)\s+", s.text[bracket.end() : d.char_start]
        ):
            return d
    return None


def _own_start(s: Sentence, m) -> int:
    breaks = [b.end() for b in DATE_BREAK.finditer(s.text, 0, m.char_start)]
    return breaks[-1] if breaks else 0


def _own_end(s: Sentence, m) -> int:
    starts = {d.char_start for d in s.dates}
    dated = next((b for b in AND_THEN.finditer(s.text, m.char_end) if b.end() in starts), None)
    breaks = [
        b.start() for b in (DATE_BREAK.search(s.text, m.char_end), NEXT_CLAUSE.search(s.text, m.char_end), dated) if b
    ]
    return min(breaks, default=len(s.text))


def _own_clause(s: Sentence, m) -> str:
    """The figure's clause: from the last DATE_BREAK before it to the next one after it."""
    return s.text[_own_start(s, m) : _own_end(s, m)]
