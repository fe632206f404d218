"""Where a gathering a leader attended or participated in was held: the place words of the gathering, not every
state its phrase names.

Why: 'attended the APEC meeting held in Sydney, Australia', 'participated in the summit held in Ashkelon, Israel' and
'attended the forum in Vladivostok' (the parse hangs 'in Vladivostok' on the verb) place the leader where the
gathering met; 'participated in talks on Afghanistan' names a topic, not a place. A place is a name reached from the
gathering through 'in' or 'at' (at any depth: 'held in Ashkelon, Israel'), one the gathering's name starts with ('the
Vladivostok forum'), or, where the verb has a gathering for its object, an 'in' or 'at' on the verb itself; failing
these, a state the gathering's own words name outside its topic ('the funeral of Uzbek President Islam Karimov').
"""

from __future__ import annotations

from pipeline.rules.context import Sentence
from pipeline.rules.gathering_topics import hangs_under, under_topic
from pipeline.rules.parsed import _children, _conjuncts, _place_host, _prep_objects

VENUE_PREPS = ("in", "at")


def venues(s: Sentence, verb, gatherings: list) -> list:
    """The tokens that may name where the `gatherings` (the verb's objects that are gatherings) were held; where
    these name no place, the words of the gatherings' phrases but a topic's: 'the funeral of Uzbek President Islam
    Karimov', 'the inauguration of the Turkish president', 'the Turkish summit' are held in that state."""
    out = []
    for g in gatherings:
        out += [t for t in g.subtree if hangs_under(t, g, VENUE_PREPS)]
        out += _children(g, "compound")
    if gatherings:
        out += [c for o in _prep_objects(verb, *VENUE_PREPS) for c in _conjuncts(o)]
    if any(_place_host(s, t) for t in out):
        return out
    return [t for g in gatherings for t in g.subtree if not under_topic(t, g)]
