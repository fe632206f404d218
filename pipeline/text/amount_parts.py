"""Numbers whose counted noun is left out because the words around them say what they count: a part of a set the
sentence has just counted ('102 countries …, and of these approximately 30 have begun'; '1,200 staff, of whom 300';
'held 14 exercises, and Russia took part in 11 of them'; 'Of the 54 projects approved in 2015, 20 were in Central
Asia') and the second of two figures after the same preposition, the noun said with the first only ('projects in
over 25 countries and inter-agency missions in nearly 60').

Why: English names the counted noun once; a bare number is no figure alone (`pipeline.text.amounts`), but one whose
whole or whose coordinated twin is a count of the same sentence counts the same noun (codebook §5 amount: the unit is
the counted noun; §8 'Parts of a whole': the part is a count). A part of a set the sentence does not count ('four of
its officials', 'One of the two sides') stays no figure, and a count of one is no figure here either ('one of them').
"""

from __future__ import annotations

import re

from pipeline.text.amount_mention import AmountMention
from pipeline.text.amount_nouns import STOP_WORDS
from pipeline.text.amount_numbers import Grammar
from pipeline.text.amount_repeats import repeating

PART_PRONOUN_BEFORE = re.compile(
    r"\bof[\s\u00a0]+(?P<pronoun>these|those|them|whom|which)[\s\u00a0]*(?P<comma>,)?[\s\u00a0]*\Z", re.I
)
"""'of these approximately 30', 'of these, some 25', 'of whom 300': the number is a part of the set the pronoun
points back to (the qualifier before the number is looked past)."""
PART_PRONOUN_AFTER = re.compile(r"[\s\u00a0]+of[\s\u00a0]+(?:them|these|those)\b", re.I)
"""'11 of them', 'three of these'."""
FRONTED_OF = re.compile(
    r"(?:\A[\s\"“‘']*|[;:][\s\u00a0]*)of[\s\u00a0]+(?:(?:the|these|those|its|their)[\s\u00a0]+)?\Z", re.I
)
"""A clause that opens on its whole ('Of the 54 projects approved in 2015, 20 were …')."""
FRONTED_GAP = re.compile(r"[^;:.()]{0,80}?,[\s\u00a0]*\Z")
COORDINATED_GAP = re.compile(r"[^;:.()]{0,80}?\b(?:and|or)\b[^;:.()]{0,60}?\Z", re.I)
PREPOSITIONS = frozenset("in to from with among across into for".split())
"""The prepositions before two coordinated figures whose second leaves its noun out ('in over 25 countries and …
in nearly 60')."""
PART = "amount.part"
"""The rule id of a part of a counted set: `amount_counts.count_kind` reads it as a part of a whole (codebook §8: the
part of 'five of the seven members' counts some members, not the membership)."""
ANAPHORIC_BEFORE = re.compile(r"\b(?:the|these|those|all|both)[\s\u00a0]+\Z", re.I)
"""'the three of them': a set already named, not a part of it."""


def parts(text: str, candidates: list, g: Grammar) -> list:
    """The candidates with bare numbers (and, after a pronoun and a comma or 'whom'/'which', numbers misread as counting
    the words of their predicate: 'of these, some 25 contribute troops') read as counting their set's noun."""
    out = list(candidates)
    for i, (start, end, _, mention, n) in enumerate(out):
        if n is None or n.year_like or n.value == 1:
            continue
        if mention is not None and not _reread(text, start, mention, g):
            continue
        whole = _whole(text, out, start, end, g)
        if whole is not None and not (n.spelled and ANAPHORIC_BEFORE.search(text, 0, bare_start(text, start, g))):
            out[i] = repeating(text, (n.start, n.end, 0, None, n), whole[0], g, whole[1])
    return out


def _reread(text: str, start: int, mention: AmountMention, g: Grammar) -> bool:
    """Whether a count reading after a partitive pronoun reads the predicate, not a noun: after 'of these,' (a comma)
    or 'of whom'/'of which' a number stands for the part itself ('of these, some 25 contribute troops')."""
    if mention.rule_id != "amount.count":
        return False
    pronoun = PART_PRONOUN_BEFORE.search(text, 0, bare_start(text, start, g))
    return pronoun is not None and (pronoun["comma"] is not None or pronoun["pronoun"].lower() in ("whom", "which"))


def bare_start(text: str, start: int, g: Grammar) -> int:
    """Where the words before a number end, its qualifier ('approximately', 'nearly') looked past."""
    qualifier = g.qualifier_before.search(text, max(0, start - 20), start)
    return qualifier.start() if qualifier else start


def _counts(candidates: list, before: int) -> list[AmountMention]:
    """The counts (a counted noun and no currency) read before offset `before`, last first."""
    found = [
        c[3] for c in candidates if c[3] is not None and c[3].noun and c[3].currency is None and c[3].char_end <= before
    ]
    return sorted(found, key=lambda m: m.char_start, reverse=True)


def _whole(text: str, candidates: list, start: int, end: int, g: Grammar) -> tuple[AmountMention, str] | None:
    """The count whose noun the number at `start`..`end` leaves out, and the rule id of the reading: the set a
    partitive pronoun points back to (the last figure before it, where that is a count) and the whole a fronted 'Of
    the N X' names make it a part (PART), a count after the same preposition that 'and' or 'or' joins to it its twin
    ('amount.ellipsis')."""
    bare = bare_start(text, start, g)
    counts = _counts(candidates, bare)
    if not counts:
        return None
    if PART_PRONOUN_BEFORE.search(text, 0, bare) or PART_PRONOUN_AFTER.match(text, end):
        # the set is the figure right before ('12 loans worth $500 million, of which 200': not loans)
        return None if _numbers_between(candidates, counts[0].char_end, bare) else (counts[0], PART)
    for model in counts:
        if FRONTED_OF.search(text, 0, model.char_start) and FRONTED_GAP.fullmatch(text, model.char_end, bare):
            return None if _numbers_between(candidates, model.char_end, bare) else (model, PART)
    twin = _coordinated(text, candidates, counts[0], bare, end, g)
    return None if twin is None else (twin, "amount.ellipsis")


def _coordinated(
    text: str, candidates: list, model: AmountMention, bare: int, end: int, g: Grammar
) -> AmountMention | None:
    """The count `model` where the number is its coordinated twin after the same preposition, followed by punctuation
    or a function word ('in over 25 countries and … in nearly 60,')."""
    word = re.search(r"(\w+)[\s\u00a0]+\Z", text[:bare])
    model_word = re.search(r"(\w+)[\s\u00a0]+\Z", text[: bare_start(text, model.char_start, g)])
    follower = re.match(r"[\s\u00a0]*(?:[,.;:)]|\Z|(?P<word>[a-z]+)\b)", text[end:])
    if not (word and model_word and follower) or (follower["word"] and follower["word"] not in STOP_WORDS):
        return None
    preposition = word.group(1).lower()
    if preposition not in PREPOSITIONS or model_word.group(1).lower() != preposition:
        return None
    if not COORDINATED_GAP.fullmatch(text, model.char_end, word.start()):
        return None
    return None if _numbers_between(candidates, model.char_end, bare) else model


def _numbers_between(candidates: list, start: int, end: int) -> bool:
    """Whether another number (read or bare, not a year) stands between two offsets."""
    return any(start <= c[0] and c[1] <= end and not (c[4] is not None and c[4].year_like) for c in candidates)
