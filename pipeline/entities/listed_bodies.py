"""The bare list of organisations under a heading such as 'International organization participation' ('AsDB, BSEC,
CE, …, OAS (observer), …'): every item names a body, whether or not the recogniser or a dictionary knows it.

Why a module of its own: the provisional entities (`provisional.organizations`) and the section rule
(`rules.sections`) read the same list the same way.
"""

from __future__ import annotations

import re

PARTICIPATION = re.compile(
    r"\b(?:organi[sz]ation|international)\s+(?:participation|membership)|"
    r"\bmembership (?:of|in) international organi[sz]ations",
    re.IGNORECASE,
)
"""A section heading over a bare list of the organisations the subject state belongs to."""
LIST_ITEM = re.compile(r"(?P<name>[A-Z][\w.&'’ -]*?)\s*(?:\((?P<note>[a-z ]+)\))?\s*(?:,|$)")


def list_items(text: str) -> list[re.Match]:
    """The items of a bare comma-separated list ('AsDB, BSEC, CE, …, OAS (observer), …'); none when the
    text is not one (an item longer than six words, or text between items)."""
    items, position = [], 0
    text = text.rstrip(". ")
    while position < len(text):
        m = LIST_ITEM.match(text, position)
        if not m or len(m.group("name").split()) > 6:
            return []
        items.append(m)
        position = m.end()
        while position < len(text) and text[position] == " ":
            position += 1
    return items if len(items) >= 3 else []
