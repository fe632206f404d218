"""Split a paragraph into sentences, returning code point offsets into it.

Why not a library splitter: both common ones fail on this genre one way or the other. The rule
used here is small and testable: a sentence ends at `.`, `!` or `?` (with any closing quotes or
brackets) when whitespace follows and the next word starts with a capital letter, a digit, a currency
sign ('$2 billion was lent …': a sentence may open with its figure, sign and all) or an opening quote, unless the word before the stop is a known abbreviation. So "exceeded
US $27,000m. and both" and "rent 1m. ha" do not split (a lower-case word follows), while "a loan
of US $10,000m. In return" does. Stray punctuation between sentences (". ." artefacts) is not
part of any sentence, so it never makes an empty one.
"""

from __future__ import annotations

import re

from pipeline.text.dates import CURRENCY_SIGNS

SIGNS = re.escape(CURRENCY_SIGNS)
BOUNDARY = re.compile(rf"[.!?]+[\"'’”)\]]*(?=\s+[“\"‘'(\[]?[A-Z0-9{SIGNS}])")
ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "gen",
        "col",
        "lt",
        "sen",
        "rep",
        "gov",
        "no",
        "vol",
        "pp",
        "cf",
        "e.g",
        "i.e",
        "etc",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "d.c",
    }
)
WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
INITIALISM = re.compile(r"^(?:[a-z]\.)+[a-z]$")
"""Letters each followed by a stop ('E.U.', 'U.S.S.R.', 'R.V. Investment Group'): an abbreviation, whichever."""
SENTENCE_START = re.compile(rf"[\w“\"‘'(\[{SIGNS}]")
TRAILING_ARTEFACT = re.compile(r"(?:\s+[.,;:])+\s*$")


def split(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, end exclusive, in order; no empty sentences."""
    cuts = [m.end() for m in BOUNDARY.finditer(text) if not _after_abbreviation(text, m.start())]
    spans, start = [], 0
    for end in cuts + [len(text)]:
        span = _trim(text, start, end)
        if span:
            spans.append(span)
        start = end
    return spans


def _after_abbreviation(text: str, stop: int) -> bool:
    """The stop ends a known abbreviation, an initialism ('E.U.'), or a single capital that is a name's initial
    ('George W. Bush', 'Harry S. Truman'): a sentence's last word is hardly ever one capital letter."""
    match = WORD_BEFORE.search(text[max(0, stop - 12) : stop])
    if match is None:
        return False
    word = match.group(1)
    key = word.lower().rstrip(".")
    return key in ABBREVIATIONS or bool(INITIALISM.match(key)) or (len(word) == 1 and word.isupper() and word != "I")


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Narrow a span to start at its first word character and end at its last non-space one."""
    first = SENTENCE_START.search(text, start, end)
    if first is None:
        return None
    start = first.start()
    artefact = TRAILING_ARTEFACT.search(text, start, end)
    if artefact:
        end = artefact.start()
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
