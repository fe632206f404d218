"""Parse rules for one organisation taken into another told with a verb of absorbing: 'In 2006 the EurAsEC absorbed
CACO', 'CACO was absorbed into the EurAsEC in 2006', 'the community was incorporated into the EAEU'.

Why: the codebook's merged_into (organisation = the body that ceases, counterpart = the one it goes into) is told in
the genre as much with these verbs as with 'merged with/into' (organization_events.merged reads those by their
words); which body is which is in the arcs: the active subject absorbs its object, the passive subject is absorbed
into (or by) the other.
"""

from __future__ import annotations

from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _date,
    _event,
    _passive,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
)
from pipeline.rules.parsed_pointers import _organizations

ABSORB = {"absorb", "incorporate", "subsume"}


def absorbed(s: Sentence) -> list:
    """merged_into of the absorbed body, the absorbing one its counterpart, dated by the clause; planned or
    proposed ('plans to absorb'), negated or without both bodies named: no fact."""
    out: list[Candidate] = []
    for verb in _verbs(s, ABSORB):
        if _passive(verb):
            taken, into = _children(verb, "nsubjpass"), _prep_objects(verb, "into", "by")
        else:
            taken, into = _children(verb, "dobj"), _subjects(verb)
        if verb.lemma_.lower() != "absorb" and not _prep_objects(verb, "into"):
            continue  # 'incorporated in 1992' is a company's registration, not a merger
        gone = [o for t in taken for o in _organizations(s, t)]
        kept = [o for t in into for o in _organizations(s, t)]
        if not gone or not kept or gone[0] == kept[0] or modality(verb) is not None:
            continue
        date = _date(s, verb, taken + into)
        span = _clause(s, [verb, *taken, *into])
        out.append(_event(s, "parse_absorbed", gone[0], "merged_into", date, span, counterpart=kept[0]))
    return out


RULES = [absorbed]
