"""The currency of a money figure whose word names two currencies.

Why: 'manat' is the name of Turkmenistan's currency (TMT) and of Azerbaijan's (AZN). The word list
(raw/dictionaries/amount_words.csv) reads a bare 'manat' as TMT, and 'Azerbaijani manat' as AZN; a
bare one is Azerbaijan's where the text is about Azerbaijan, or where the sentence names Azerbaijan and
not Turkmenistan ('Azerbaijan spent 2 billion manats on defence'). A sentence that names both, in a text
about neither, keeps the word list's reading.
"""

from __future__ import annotations

import re

from pipeline.rules.context import Sentence

BARE_MANAT = re.compile(r"\bmanats?\b", re.I)
QUALIFIED = re.compile(r"\bTurkmen\s+manats?\b", re.I)
"""A manat the text calls Turkmen (an Azerbaijani one, or a code, is already read as AZN or TMT)."""
TURKMENISTAN, AZERBAIJAN = "state:TKM", "state:AZE"


def currency_of(s: Sentence, m) -> str | None:
    """The ISO 4217 code of figure `m` of sentence `s` (as `m.currency`, a bare 'manat' resolved)."""
    if m.currency != "TMT" or not BARE_MANAT.search(m.text) or QUALIFIED.search(m.text):
        return m.currency
    if s.home_state in (TURKMENISTAN, AZERBAIJAN):
        return "AZN" if s.home_state == AZERBAIJAN else "TMT"
    named = {x.entity_id for x in s.states(actors_only=False)}
    return "AZN" if AZERBAIJAN in named and TURKMENISTAN not in named else "TMT"
