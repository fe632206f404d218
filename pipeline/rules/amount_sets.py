"""Parts of a set an earlier sentence of the paragraph counts: 'Currently 102 countries are engaged in the programme.
Of these, approximately 30 have begun …'; 'Three other post-Soviet states … acceded in 1993 … On 2 April 1999, six of
the nine—all but Azerbaijan, Georgia, and Uzbekistan—agreed to renew the treaty'.

Why: English leaves the counted noun out of a part once the set is known, also across a sentence break; the finder
(`pipeline.text.amount_parts`) reads a part whose set its own sentence counts, and this module the part whose set a
sentence before counts, with that count's noun (codebook §5 amount: the unit is the counted noun; §8 'Parts of a
whole': the part alone may stand). The whole of a noun-less pair ('the nine') names a set whose kind the sentence does
not say, and is left alone; a part of no counted set ('One of them', 'two of the three' with no count before) is no
figure.
"""

from __future__ import annotations

import re

from pipeline.rules.amount_heads import sentences_before
from pipeline.rules.context import Sentence
from pipeline.text.amount_mention import AmountMention
from pipeline.text.amount_nouns import noun_phrase
from pipeline.text.amount_numbers import find_numbers, grammar
from pipeline.text.amount_parts import PART, bare_start
from pipeline.text.amount_repeats import repeating
from pipeline.text.amounts import find_amounts

OPENING_PART = re.compile(r"[\s\"“‘']*Of[\s\u00a0]+(?:these|those|them)[\s\u00a0]*,?[\s\u00a0]*\Z")
"""A sentence that opens on a part of the set before it: 'Of these, approximately 30 …'."""
PAIR_OF = re.compile(r"[\s\u00a0]+of[\s\u00a0]+the[\s\u00a0]+", re.I)
SENTENCES_BACK = 3
"""How many sentences of the paragraph back the counted set is looked for."""


def parts_named_before(s: Sentence) -> list[AmountMention]:
    """The parts of the sentence whose set an earlier sentence of its paragraph counts: a number after an opening 'Of
    these,' and the first number of a pair 'six of the nine' whose whole counts no noun of its own, each read as
    counting the last count's noun of the nearest sentence before that holds one; none where the sentence's own
    figures come first (the finder reads those against them)."""
    g = grammar()
    numbers = [n for n in find_numbers(s.text, g) if not n.year_like]
    parts = []
    for i, n in enumerate(numbers):
        if n.value == 1 or any(a.char_start <= n.start < a.char_end for a in s.amounts):
            continue
        if any(a.char_end <= n.start for a in s.amounts):
            break
        bare = bare_start(s.text, n.start, g)
        pair = PAIR_OF.match(s.text, n.end)
        whole = numbers[i + 1] if pair and i + 1 < len(numbers) and numbers[i + 1].start == pair.end() else None
        opening = OPENING_PART.fullmatch(s.text, 0, bare)
        if opening or (whole is not None and noun_phrase(s.text, whole.end, g) is None and whole.value > n.value):
            parts.append(n)
    if not parts:
        return []
    model = _last_count(s)
    if model is None:
        return []
    return [repeating(s.text, (n.start, n.end, 0, None, n), model, g, PART)[3] for n in parts]


def _last_count(s: Sentence) -> AmountMention | None:
    """The last count (a counted noun, no currency) of the nearest of the SENTENCES_BACK sentences before `s` in its
    paragraph that holds one."""
    for text in sentences_before(s, SENTENCES_BACK, paragraph=True):
        counts = [m for m in find_amounts(text) if m.noun and m.currency is None]
        if counts:
            return counts[-1]
    return None
