"""Known misreadings of the small parser that the event rules repair where the words leave no doubt.

Why: `en_core_web_sm` hangs a reduced relative clause after a comma on the main verb ('The organisation traces its
origins to the Shanghai Five, formed in 1996': 'formed' as an adverbial clause of 'traces', not a participle of
'Five'), so a rule that reads 'GUAM, established in 1997' as a participle of its noun misses the same shape one
step further on. The repair is asked only by the rule that needs it, and only for a bare past participle (no
subject, no auxiliary) right after a comma that closes an organisation's name.
"""

from __future__ import annotations

from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _organizations


def reduced_relative(s: Sentence, verb) -> list:
    """The noun a bare past participle after ', ' qualifies, where the parser made the participle an adverbial
    clause of the main verb: [the noun] when it names an organisation, else []."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i < 2:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return []
    comma, noun = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if comma.text != "," or noun.pos_ not in ("NOUN", "PROPN") or not _organizations(s, noun):
        return []
    return [noun]
