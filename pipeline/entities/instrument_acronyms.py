"""Acronyms and names of instruments (treaties, conventions, agreements, protocols): the acronyms a text gives a
treaty ('the CFE Treaty', 'Treaty on Conventional Armed Forces in Europe (CFE)'), the initials of every instrument
it names, and whether an acronym abbreviates one ('NPT' for the 'Treaty on the Non-Proliferation of Nuclear
Weapons').

Why a module of its own: a party to a treaty is not a member of a body (the codebook), so an acronym that names an
instrument must not become a provisional organisation (provisional); the surface rules that tell an instrument
from a body read the same treaty acronym shape.
"""

from __future__ import annotations

import re

from pipeline.entities.body_names import BODY_WORD, BRACKETED

TREATY_ACRONYM_PATTERN = r"[A-Z]{2,6}T"
"""A treaty's acronym ('NPT', 'CTBT', 'CST'): capitals ending in the T of Treaty. An instrument, never a body (the
codebook: the NPT and the CTBT are treaties, not organisations), wherever the text leaves it unexplained."""
INSTRUMENT_NAME = re.compile(
    r"[A-Z][\w’'-]*(?:\s+(?:(?:of|on|the|and|for|in)\s+)*[A-Z][\w’'-]*)*\s+(?:Treaty|Convention|Agreement|Protocol)\b|"
    r"\b(?:Treaty|Convention|Agreement|Protocol)\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:(?:of|on|the|and|for|in)\s+)*[A-Z][\w’'-]*)*"
)
ACRONYM_TREATY = re.compile(r"\b([A-Z][A-Z0-9-]{1,7})\s+Treaty\b")
"""'the CFE Treaty', 'the INF Treaty': the acronym names the treaty wherever it recurs."""
TREATY_BEFORE = re.compile(
    r"(?:\b(?:Treaty|Convention|Agreement|Protocol)\s+(?:on|of|for)(?:\s+(?:on|of|for|in|the|and|[A-Z][\w’'-]*))+|"
    r"[A-Z][\w’'-]*\s+(?:Treaty|Convention|Agreement|Protocol))\s*\($"
)
"""An instrument's name before a bracket: its head word first, before what it is about ('Treaty on
Conventional Armed Forces in Europe ('), or last ('Non-Proliferation Treaty ('); not 'Collective Security
Treaty Organization ('."""


def _treaty_acronyms(text: str) -> set[str]:
    """Acronyms `text` gives a treaty: 'the CFE Treaty', 'the Treaty on Conventional Armed Forces in Europe
    (CFE)'; a text may use the acronym alone before it spells it out."""
    out = set(ACRONYM_TREATY.findall(text))
    for m in BRACKETED.finditer(text):
        last = text[max(0, m.start() - 100) : m.start()].split()[-1:] or [""]
        if TREATY_BEFORE.search(text, max(0, m.start() - 100), m.start() + 1) and not BODY_WORD.search(last[0]):
            out.add(m.group("acronym"))
    return out


FUNCTION_WORDS = {"of", "on", "the", "and", "for", "in"}


def instrument_initials(text: str) -> set[str]:
    """The initials of every named instrument in `text`, the instrument's own word last ('Nuclear
    Non-Proliferation Treaty' -> 'NNPT', 'Treaty on the Non-Proliferation of Nuclear Weapons' -> 'NPNWT')."""
    out = set()
    for m in INSTRUMENT_NAME.finditer(text):
        words = [
            p for w in m.group().split() if w.lower() not in FUNCTION_WORDS for p in w.split("-") if p[:1].isupper()
        ]
        if words and words[0] in ("Treaty", "Convention", "Agreement", "Protocol"):
            words = words[1:] + words[:1]
        out.add("".join(w[0] for w in words))
    return out


def abbreviates_instrument(acronym: str, initials: set[str]) -> bool:
    """'NPT', 'CTBT', 'PTBT' abbreviate a treaty the source names: the acronym's letters are, in order, initials
    of the name, from its first word to the instrument's ('Comprehensive Nuclear-Test-Ban Treaty' -> CNTBT).
    A party to a treaty is not a member of a body (the codebook), so such an acronym is no organisation."""
    for name in initials:
        rest = iter(name[1:-1])
        if (
            len(acronym) >= 3
            and acronym[0] == name[0]
            and acronym[-1] == name[-1]
            and all(c in rest for c in acronym[1:-1])
        ):
            return True
    return False
