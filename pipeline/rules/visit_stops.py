"""The stops of a tour: where a trip told by its region went, one visit per place it stopped at.

Why: the genre tells a leader's tour by a region that is no state ('toured Central Asia', 'a tour of the Gulf',
'a tour of Latin America') and names the states or cities visited in a phrase of its own: 'toured Central Asia,
stopping in Tashkent and Dushanbe', 'made a tour of the Gulf, with stops in Riyadh and Abu Dhabi', 'his tour of
Central Asia included Tashkent and Bishkek'. The parse hangs the stops on the verb that made the tour (or, for
'included', makes the tour that verb's subject); the visit rules (`parsed_visits`) take these destinations as they
take 'to Yerevan'.
"""

from __future__ import annotations

from pipeline.rules.parsed import _children, _conjuncts, _prep_objects

STOP_VERBS = {"stop", "call"}
"""'stopping in Tashkent', 'calling at Baku': a participle of the trip's verb that names a stop."""
STOP_NOUNS = {"stop", "stopover", "leg"}
"""'with stops in Riyadh and Abu Dhabi', 'including a stopover in Baku'."""
STOP_PREPS = ("in", "at")
INCLUDE = {"include", "cover"}
"""'the tour included Tashkent and Bishkek', 'the trip covered Baku and Tbilisi': a trip whose verb lists its stops."""


def stops(*heads) -> list:
    """The tokens naming a stop of the trip told by `heads` (the trip's verb or noun and the verb the noun hangs
    on; None is skipped), each conjunct of a list ('in Brazil, Argentina and Uruguay') on its own. A participle
    not of stopping ('signing a treaty in Baku') names none."""
    found = []
    for head in (h for h in heads if h is not None):
        for c in head.children:
            if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in STOP_VERBS:
                found += _prep_objects(c, *STOP_PREPS)
        found += [
            o
            for n in _prep_objects(head, "with", "including")
            if n.lemma_.lower() in STOP_NOUNS
            for o in _prep_objects(n, *STOP_PREPS)
        ]
        if head.pos_ == "NOUN" and head.dep_ == "nsubj" and head.head.lemma_.lower() in INCLUDE:
            found += _children(head.head, "dobj")
    return [c for o in found for c in _conjuncts(o)]
