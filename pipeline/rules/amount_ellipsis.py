"""A sum whose noun is left out after 'another' or 'a further' is one more of the sum named before it.

Why: English does not repeat a noun it has just said: 'In 2004 the EBRD provided Georgia with a $30 million credit
line; in 2006 it added another $20 million' (a loan too). Only a sum whose clause names no kind at all takes the
kind of the last sum before it, or, where its sentence names none, of the last noun that names a sum in the sentence
before ('The EBRD approved a $20 million loan in 2012. In the following year it provided a further $15 million'); a
bare sum 'added' is more of the same too ('a year later it added $300 million'). 'its reserves held a further $1
billion' names what the sum is (`other`), and a
verb that takes both sums in one sentence is `amount_kinds.same_verb`'s. Across sentences, a bare sum a verb takes
is of the kind of the noun the same verb took in the sentence before ('Since then the bank has approved 60 loans
totalling $2 billion. In 2018 alone it approved $350 million': `taken_before`).
"""

from __future__ import annotations

import re

from pipeline.rules.amount_heads import object_of, previous_sentence
from pipeline.rules.amount_kinds import CUE, clause_before, noun_kind
from pipeline.rules.context import Sentence

ANOTHER = re.compile(
    r"\b(?:another|a[\s\u00a0]+further|an[\s\u00a0]+additional|a[\s\u00a0]+second|a[\s\u00a0]+third|"
    r"additional|further)[\s\u00a0]+(?:(?:US|U\.S\.)[\s\u00a0]?)?\Z"
)
CLAUSE_END = re.compile(r"[;:.]|,\s|\Z")


def more_of_the_same(s: Sentence, kinds: list) -> list:
    """The kinds of the sentence's figures, where a money figure of kind `other` that ANOTHER introduces, in a
    clause that names no kind, takes the kind of the last money figure before it that has one."""
    out = list(kinds)
    for i, m in enumerate(s.amounts):
        if out[i] != "other" or m.unit != "currency" or not _one_more(s, m):
            continue
        end = CLAUSE_END.search(s.text, m.char_end)
        clause = clause_before(s.text, m.char_start) + s.text[m.char_end : end.start() if end else len(s.text)]
        earlier = [out[j] for j in range(i) if s.amounts[j].unit == "currency" and out[j] != "other"]
        earlier = earlier or _named_before(s)
        if earlier and not CUE.search(clause):
            out[i] = earlier[-1]
    return out


ADDING = {"add"}


def _one_more(s: Sentence, m) -> bool:
    """Whether the sum is one more of a sum named before: 'a further $15 million', 'it added $300 million'."""
    if ANOTHER.search(s.text, max(0, m.char_start - 30), m.char_start):
        return True
    verb = object_of(s, m)
    return verb is not None and verb.lemma_ in ADDING


def _named_before(s: Sentence) -> list[str]:
    """The kinds the nouns of the sentence before (in the same paragraph) name, in order."""
    before = previous_sentence(s)
    return [k for t in before or () if (k := noun_kind(t))]


def taken_before(s: Sentence, kinds: list) -> list:
    """The kinds of the sentence's figures, where a money figure of kind `other` that is the bare object of a verb
    takes the kind of the object noun the same verb (by lemma) has in the sentence before, in the same paragraph."""
    out = list(kinds)
    before = None
    for i, m in enumerate(s.amounts):
        verb = object_of(s, m) if out[i] == "other" and m.unit == "currency" else None
        if verb is None or (before := before or previous_sentence(s)) is None:
            continue
        objects = [c for t in before if t.lemma_ == verb.lemma_ for c in t.children if c.dep_ == "dobj"]
        found = [k for c in objects if (k := noun_kind(c))]
        if found:
            out[i] = found[-1]
    return out
