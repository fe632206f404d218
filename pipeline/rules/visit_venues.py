"""Where a gathering a leader attended or participated in was held: the place words of the gathering, not every
state its phrase names.

Why: 'attended the APEC meeting held in Sydney, Australia', 'participated in the summit held in Ashkelon, Israel' and
'attended the forum in Vladivostok' (the parse hangs 'in Vladivostok' on the verb) place the leader where the
gathering met; 'participated in talks on Afghanistan' names a topic, not a place. A place is a name reached from the
gathering through 'in' or 'at' (at any depth: 'held in Ashkelon, Israel'), one the gathering's name starts with ('the
Vladivostok forum'), or, where the verb has a gathering for its object, an 'in' or 'at' on the verb itself.
"""

from __future__ import annotations

from pipeline.rules.parsed import _children, _conjuncts, _prep_objects

VENUE_PREPS = ("in", "at")


def venues(verb, gatherings: list) -> list:
    """The tokens that may name where the `gatherings` (the verb's objects that are gatherings) were held."""
    out = []
    for g in gatherings:
        out += [t for t in g.subtree if _through_venue(t, g)]
        out += _children(g, "compound")
    if gatherings:
        out += [c for o in _prep_objects(verb, *VENUE_PREPS) for c in _conjuncts(o)]
    return out


def _through_venue(token, gathering) -> bool:
    """The token hangs under the gathering through an 'in' or 'at' ('held in Ashkelon, Israel')."""
    while token.i != gathering.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in VENUE_PREPS:
            return True
        token = token.head
    return False
