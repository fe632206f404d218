"""Parse rule for a body decided on or proposed: 'Iran, Pakistan, and Turkey agreed to establish ECO Reinsurance
Company', 'He proposed the creation of a Eurasian Union of States'.

Why a module of its own: the decision or the proposal is the fact, not the founding it looks forward to
(parsed_events): the founding verb or noun is read up its chain to a verb of deciding or proposing, and a body the
sentence also tells as founded is that founding's, not a decision before it.
"""

from __future__ import annotations

from pipeline.rules import (
    organization_events,
    parsed_events,
    spelled_bodies,
)
from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import FOUND, _children, _clause, _date, _event, _negated, _prep_objects, modality
from pipeline.rules.parsed_pointers import _organizations

DECIDED = {"decide", "agree", "resolve", "commit", "decision", "target", "resolution"}
"""Not 'an agreement to create': signing one is the founding act in the genre, not a decision before it."""
PROPOSED = {"propose", "proposal", "suggest", "suggestion"}
FOUND_NOUNS = {"creation", "establishment", "formation", "founding"}
UP = ("xcomp", "pcomp", "pobj", "prep", "acl", "dobj")
UP_PREPOSITIONS = {"of", "on", "for", "to"}
"""'a target of establishing', 'a decision on the creation of'; not 'Following the establishment of …, it was
decided'."""


def planned_body(s: Sentence) -> list:
    """'In March 1995, Iran, Pakistan, and Turkey agreed to establish ECO Reinsurance Company', 'signed an
    agreement setting a target of establishing the Eurasian Economic Union by 2015': establishment_decided;
    'Putin proposed to create a Russian-European Institute …', 'He proposed the creation of a Eurasian Union of
    States': proposed. The decision or the proposal is the fact (stated, dated by its own verb), not a founding;
    a body that exists already ('the') is named as well as one to come ('a …')."""
    out: list[Candidate] = []
    if s.tokens is None:
        return out
    founded_here = {
        c.get("organization_id") for c in s.once(parsed_events.founded) + s.once(organization_events.founded)
    }
    for t in s.with_lemma(FOUND | FOUND_NOUNS):
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in FOUND and (lemma != "set" or any(c.lower_ == "up" for c in t.children)):
            created = _children(t, "dobj")
        elif lemma in FOUND_NOUNS and t.pos_ == "NOUN":
            created = _prep_objects(t, "of")
        else:
            continue
        if any(c.lemma_.lower() in ("relation", "relationship", "tie", "contact") for c in created):
            continue
        orgs = [o for c in created for o in _organizations(s, c) or spelled_bodies.subject_ids(s, c)]
        trigger, verb, x = None, None, t
        for _ in range(5):  # up the chain: 'agreed to establish', 'a target of establishing', 'proposed the creation'
            if x.dep_ not in UP or x.head.i == x.i or (x.dep_ == "prep" and x.lower_ not in UP_PREPOSITIONS):
                break
            x = x.head
            if x.lemma_.lower() in DECIDED | PROPOSED and trigger is None:
                trigger = x
            if x.pos_ == "VERB" and trigger is not None:
                verb = x
                if x.lemma_.lower() not in ("set",):
                    break
        if not orgs or trigger is None or verb is None or _negated(verb) or modality(verb) is not None:
            continue
        if orgs[0] in founded_here:
            continue  # 'The CSTO was founded in 2002 when the six member states agreed to create the CSTO': one act
        event = "proposed" if trigger.lemma_.lower() in PROPOSED else "establishment_decided"
        span = _clause(s, [verb, trigger, t, *created])
        date = _date(s, verb) or (s.paragraph_date if verb.tag_ == "VBD" else None)  # 'He proposed …' after a date
        out.append(_event(s, "parse_planned_body", orgs[0], event, date, span))
    return out


RULES = [planned_body]
