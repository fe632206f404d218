"""Visit rules over the parse: a person visiting a state or place, or attending a gathering held there.

Why a parse: 'Putin visited Tehran, Iran to participate in …', 'Putin twice visited Ukraine', 'Putin also
attended the APEC meeting held in Sydney, Australia' share a verb by its lemma, its subject and its object;
the helpers that read the parse are in `parsed`.
"""

from __future__ import annotations

from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _children, _clause, _conjuncts, _date, _entity, _subjects, _verbs, modality
from pipeline.text.dates import date_fields

VISIT = {"visit", "attend", "tour"}
GATHERINGS = {"summit", "meeting", "conference", "session", "forum", "ceremony"}


def visited(s: Sentence) -> list:
    """'Putin visited Tehran, Iran to participate in the Second Caspian Summit', 'Putin twice visited Ukraine',
    'Putin also attended the APEC meeting held in Sydney, Australia': a visit of the subject person's state to
    the state of every place or state visited (or where the gathering attended was held), not his own."""
    out = []
    for verb in _verbs(s, VISIT):
        subjects = _subjects(verb)
        persons = [m for t in subjects for x in _conjuncts(t) for m in [_entity(s, x, ("person",))] if m]
        objects = _children(verb, "dobj")
        if verb.lemma_.lower() == "attend":
            objects = [t for o in objects if o.lemma_.lower() in GATHERINGS for t in o.subtree]
        else:
            objects = [t for o in objects for t in _conjuncts(o)] + [
                t for o in objects for t in o.subtree if t.dep_ == "appos"
            ]
        hosts = []
        for t in objects:
            m = _entity(s, t, ("state", "place"))
            if m and s.state_of_entity(m.entity_id):
                hosts.append((s.state_of_entity(m.entity_id), m.entity_id if m.entity_type == "place" else None))
        if not persons or not hosts:
            continue
        date, mod = _date(s, verb, subjects), modality(verb)
        date = date or s.anchor_date()
        span = _clause(s, [verb, *subjects, *objects])
        for person in persons:
            home = s.state_of_entity(person.entity_id)
            for host, place in dict.fromkeys(hosts):
                if home and host != home and mod is None:
                    out.append(
                        s.candidate(
                            "visit",
                            "visit.parse_visited",
                            span[0],
                            span[1],
                            visitor_id=person.entity_id,
                            visitor_state_id=home,
                            host_state_id=host,
                            place_id=place,
                            cameo_code="042",
                            plover_category="CONSULT",
                            **date_fields(date),
                        )
                    )
    return out


RULES = [visited]
