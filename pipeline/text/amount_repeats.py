"""Bare numbers that repeat the shape of a figure beside them: ellipses ('171 million and 169 million', 'from a peak
of 70,300 warheads in 1986 to approximately 14,000 in 2018').

Why: English says a unit or a counted noun once for a list of numbers; a bare number is no figure alone
(`pipeline.text.amounts`), but one that the words around it join to a figure shares that figure's reading.
"""

from __future__ import annotations

import re

from pipeline.text.amount_mention import AmountMention, qualifier_of
from pipeline.text.amount_nouns import STOP_WORDS, is_label
from pipeline.text.amount_numbers import Grammar

FROM_BEFORE = re.compile(r"\bfrom(?:[\s\u00a0]+[\w-]+){0,3}?[\s\u00a0]+\Z", re.IGNORECASE)
"""The start of a change whose other end may repeat the figure bare: 'from (a peak of) 70,300 warheads'."""


def ellipses(text: str, candidates: list, g: Grammar) -> list:
    """A bare number, followed by punctuation or a function word, takes the reading of an earlier
    figure of its clause whose shape it repeats: joined to it by 'and' ('171 million and 169 million';
    '266 votes in favor and 51 against'), as the other end of a change ('from a peak of 70,300 warheads
    in 1986 to approximately 14,000 in 2018'), or after the same word ('conducted 215 atmospheric tests,
    the Soviet Union conducted 219')."""
    out = []
    read = [c for c in candidates if c[3] is not None and c[3].rule_id in ("amount.count", "amount.population")]
    for c in candidates:
        start, end, _, mention, n = c
        if mention is not None or n.year_like or is_label(text, n.start):
            out.append(c)
            continue
        follower = re.match(r"[\s\u00a0]*(?:(?P<mark>[,.;:)]|$)|(?P<word>[a-z]+)\b)", text[end:])
        if not follower or (follower["word"] and follower["word"] not in STOP_WORDS):
            out.append(c)
            continue
        model = None
        qualifier = g.qualifier_before.search(text, max(0, start - 20), start)
        for r in read:
            if r[1] > start:
                break
            gap = text[r[1] : qualifier.start() if qualifier else start]
            if (
                re.fullmatch(r"[\s\u00a0]*,[\s\u00a0]*", gap)
                and r[3].rule_id == "amount.population"
                or re.fullmatch(r"[^;.:()]{0,40}?\band[\s\u00a0]+", gap)
                or (re.fullmatch(r"[^;.:()]{0,40}?\bto[\s\u00a0]+", gap) and FROM_BEFORE.search(text, 0, r[0]))
            ):
                model = r[3]
            word_before = re.search(r"(\w+)[\s\u00a0]+\Z", text[:start])
            model_before = re.search(r"(\w+)[\s\u00a0]+\Z", text[: r[0]])
            if (
                word_before
                and model_before
                and word_before.group(1).lower() == model_before.group(1).lower()
                and word_before.group(1).lower() not in STOP_WORDS
            ):
                model = r[3]
        out.append(c if model is None else repeating(text, c, model, g))
    return _shared_forward(text, out, g)


FORWARD_GAP = re.compile(r"[\s\u00a0]*(?:,[\s\u00a0]*(?:(?:and|or)[\s\u00a0]+)?|(?:and|or)[\s\u00a0]+)")
"""What joins a bare number to the figure after it whose unit it shares: '9.6 and 9.3 percent', '12, 15 or 20 tests'."""
RANGE_BEFORE = re.compile(r"\b(?:between|from)[\s\u00a0]+\Z", re.IGNORECASE)
"""'between 5 and 10 percent', 'from 5 to 10': a range or a change, read as such (`amount_numbers.with_range`)."""
SHARED_UNITS = ("amount.percent", "amount.count", "amount.measure")


def _shared_forward(text: str, candidates: list, g: Grammar) -> list:
    """A bare number joined by 'and', 'or' or a comma to the figure right after it takes that figure's unit or counted
    noun, said once for both ('growth was 9.6 and 9.3 percent in 2003 and 2004, respectively'; '9.8, 13.5 and 9.9
    percent'), read from the last so that a list shares its last unit. Not money, whose scale may be said once too
    ('$50 and $80 million' is read by its signs), nor a year, a label or the start of a range."""
    out = list(candidates)
    after: dict[int, AmountMention] = {c[0]: c[3] for c in out if c[3] is not None}
    for i in range(len(out) - 1, -1, -1):
        start, end, _, mention, n = out[i]
        if mention is not None or n.year_like or is_label(text, n.start) or RANGE_BEFORE.search(text, 0, start):
            continue
        gap = FORWARD_GAP.match(text, end)
        model = after.get(gap.end()) if gap and gap.end() > end else None
        if model is None or not (
            model.rule_id in SHARED_UNITS or model.rule_id == "amount.ellipsis" and model.currency is None
        ):
            continue
        out[i] = repeating(text, out[i], model, g)
        after[start] = out[i][3]
    return out


def repeating(text: str, candidate: tuple, model: AmountMention, g: Grammar, rule_id: str = "amount.ellipsis") -> tuple:
    """The bare number of `candidate` read as a figure of `model`'s shape (by `rule_id`)."""
    start, end, _, _, n = candidate
    mention = AmountMention(
        start,
        end,
        text[start:end],
        n.value,
        model.unit,
        model.currency,
        model.noun,
        qualifier_of(text, start, g),
        rule_id,
        None,
        model.noun_class,
    )
    return (start, end, 2, mention, n)
