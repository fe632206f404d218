"""What a gathering is about is not where it met: 'attended the Geneva talks on Syria', 'took part in the conference
on Afghanistan in Tashkent', 'the talks between Armenia and Azerbaijan in Vienna'. Read by the visit rules that
take a host from the words of a gathering attended (`visit_attendance.took_part` over the surface,
`visit_venues.venues` over the parse).

Why: those rules took the first state or place the gathering's words named, and a topic or a partner named after
'on', 'between' or 'with' is as often a state as the venue is.
"""

from __future__ import annotations

import re

TOPIC = {"on", "about", "over", "concerning", "regarding", "between", "with", "against"}
"""Prepositions of what a gathering is about or with whom it is held."""
PREPOSITION = re.compile(r"\b(on|about|over|concerning|regarding|between|with|against|in|at|to|of|for|near)\b")


def under_topic(token, gathering) -> bool:
    """Whether the token stands, in the parse, under a topic's preposition (`TOPIC`) of the gathering's phrase."""
    return hangs_under(token, gathering, TOPIC)


def hangs_under(token, gathering, preps) -> bool:
    """Whether the token hangs under the gathering through one of `preps` ('held in Ashkelon, Israel', 'talks on
    Afghanistan')."""
    while token.i != gathering.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in preps:
            return True
        token = token.head
    return False


def topic_mention(text: str, start: int, mention) -> bool:
    """Whether the last preposition between `start` (where the gathering's words begin) and the mention is a
    topic's ('the conference on Afghanistan in Tashkent': Afghanistan, not Tashkent)."""
    found = list(PREPOSITION.finditer(text, start, mention.char_start))
    return bool(found) and found[-1].group(1) in TOPIC
