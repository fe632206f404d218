"""Visits returned: 'Aliyev visited Ankara in 2010; Erdoğan returned the visit in 2011', 'Turkish President Sezer
paid a return visit in 2004'.

Why: a bilateral section tells the second half of an exchange without naming where it went; the host is the state
of the visitor whose trip is returned (`visit_referents.returned_to`), which the state the source is about need not
be (a rule that took a destination-less visit to the source's state got 'Erdoğan returned the visit' in Georgia's
article wrong). A returned visit that names its destination ('a return visit to Baku') is read by the trip rules.
"""

from __future__ import annotations

from pipeline.rules import visits
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _date,
    _governing_verb,
    _negated,
    _prep_objects,
    _subjects,
    modality,
)
from pipeline.rules.visit_hosts import _guests
from pipeline.rules.visit_referents import is_return, returned_to
from pipeline.rules.visit_unmade import unmade

OWNERS = ("by", "of", "from")


def returned(s: Sentence) -> list:
    """A visit returned, by the person or leader who returned it (the verb's subject, or the noun's 'by', 'of' or
    possessor), to the state of the visit it answers; dated by its own words or its verb's."""
    out = []
    for noun in s.with_lemma({"visit", "trip"}):
        if noun.pos_ != "NOUN" or not is_return(noun) or _prep_objects(noun, "to"):
            continue
        verb = _governing_verb(noun)
        if verb is not None and (modality(verb) is not None or _negated(verb) or _prep_objects(verb, "to")):
            continue
        if unmade(noun):
            continue
        own = _prep_objects(noun, *OWNERS) + _children(noun, "poss")
        actors = own or (_subjects(verb) if verb is not None else [])
        guests = _guests(s, actors)
        start = min([noun.idx, *(t.left_edge.idx for t in actors)]) - s.offset
        host = returned_to(s, start, {state for _, state in guests})
        if host is None:
            continue
        date = _date(s, noun, clause=False) or (_date(s, verb, actors) if verb is not None else None)
        span = _clause(s, [noun, *actors] + ([verb] if verb is not None else []))
        out += [
            visits._visit(s, "returned", person, home, host, None, date, span)
            for person, home in guests
            if home and home != host
        ]
    return out


RULES = [returned]
