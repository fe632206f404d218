"""One quantity found in prose (`AmountMention`) and the qualifier before it ('more than', 'about', 'up to').

Why apart from the finder (`pipeline.text.amounts`): the readings and the ellipses that repeat them
(`pipeline.text.amount_repeats`) both make mentions.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.text.amount_numbers import QUALIFIER, Grammar


@dataclass(frozen=True)
class AmountMention:
    """One quantity: `text == source[char_start:char_end]` (code points, end exclusive)."""

    char_start: int
    char_end: int
    text: str
    value: float
    unit: str  # 'currency' for money, 'percent', 'km', 'ha', 'people', 'countries', the counted noun as written
    currency: str | None  # ISO 4217 for money, else None
    noun: str | None  # the counted noun as written ('member states'), where there is one
    qualifier: str | None  # about|at_least|at_most
    rule_id: str
    value_max: float | None = None  # upper end of a range ('10–12%'), else None
    noun_class: str | None = None  # person|member|state|agreement|thing for counted nouns


def qualifier_of(text: str, start: int, g: Grammar) -> str | None:
    found = g.qualifier_before.search(text, max(0, start - 20), start)
    return QUALIFIER[" ".join(found["qualifier"].lower().split())] if found else None
