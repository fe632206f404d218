"""Parties a sentence gives only through its paragraph: the states an exception list leaves ('six of the nine—all
but Azerbaijan, Georgia, and Uzbekistan—agreed', 'all members except Bolivia signed'), where the paragraph has
named the whole set before, and the states a counted back reference stands for ('the three sides signed').

Why: the genre names a set once ('Russia, Armenia, Kazakhstan, … signed the Collective Security Treaty. Three other
states—Azerbaijan, Belarus, and Georgia—acceded') and then tells an act of part of it by what it leaves out. The
codebook wants the states that acted, where the text makes them certain (§3). The set is the states the paragraph
has named as actors (`Sentence.paragraph_states`); it is certain only when every excepted state is one of them and a
count the sentence gives ('of the nine', 'all four') agrees with it and with what is left ('six of the nine'). 'The
three sides' are the states the previous sentence named, else the paragraph, when there are exactly three.
"""

from __future__ import annotations

import re

from pipeline.rules.back_references import NUMBERS
from pipeline.rules.context import Sentence

NUMBER = r"(?P<{0}>\d{{1,2}}|" + "|".join(NUMBERS) + r")"
OF_THE = re.compile(NUMBER.format("part") + r"\s+of\s+the\s+" + NUMBER.format("whole") + r"\b", re.IGNORECASE)
"""'six of the nine': the part that acted and the whole set."""
ALL_N = re.compile(r"\b(?:all|the)\s+(?:the\s+)?" + NUMBER.format("whole") + r"\b(?!\s+(?:years?|months?|days?))", re.I)
"""'all four', 'the nine': the whole set counted."""


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def remainder(s: Sentence, excepted: list[str], start: int, end: int) -> tuple[str, ...]:
    """The states of the paragraph's set less the `excepted` ones, or () where the set is not certain: an excepted
    state the paragraph has not named, a count in text[start:end] that disagrees, or fewer than one state left."""
    whole = [x for x in s.paragraph_states if x]
    if not whole or not excepted or any(x not in whole for x in excepted):
        return ()
    left = tuple(sorted(x for x in whole if x not in excepted))
    counted = OF_THE.search(s.text, start, end)
    total = ALL_N.search(s.text, start, end)
    if counted and (_number(counted.group("whole")) != len(whole) or _number(counted.group("part")) != len(left)):
        return ()
    if not counted and total and _number(total.group("whole")) != len(whole):
        return ()
    return left


COUNTED_SIDES = re.compile(
    r"\b[Tt]he\s+"
    + NUMBER.format("n")
    + r"\s+(?:sides|parties|states|countries|governments|nations|leaders|presidents|superpowers)\b"
    r"(?!\s+(?:to|of)\b)"
)
"""'the three sides signed', 'the two governments agreed': the states just named, counted (not 'the parties to the
treaty', its signatories, nor 'the two states of the region')."""


def counted_sides(s: Sentence, start: int, end: int) -> list[str]:
    """The states a counted back reference in text[start:end] stands for: those the previous sentence named as actors,
    else those the paragraph named, where their number is the count; else none."""
    found = COUNTED_SIDES.search(s.text, start, end)
    if not found:
        return []
    n = _number(found.group("n"))
    for named in (list(dict.fromkeys(s.previous_states)), list(s.paragraph_states)):
        if len(named) == n:
            return named
    return []
