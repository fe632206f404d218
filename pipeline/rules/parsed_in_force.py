"""Parse rule for an organisation's founding instrument entering into force: 'The agreement establishing the
Eurasian Economic Union entered into force …', 'The new Customs Union is intended to go into effect on July 1,
2010' (parsed_agreements.in_force reads an instrument about the organisation: 'the Treaty on the EAEU').

Why: the codebook's `in_force` is an organisation's founding treaty entering into force; the treaty, not the
organisation, is the verb's subject, and the surface rule (organization_events.entered_into_force) only reads an
organisation named right before the verb. A treaty's own entry into force ('the NPT entered into force in 1970',
'the Agreement between Kazakhstan and the IAEA on safeguards') is no organisation's event: the instrument's words
must found the organisation.
"""

from __future__ import annotations

from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import (
    FOUND,
    _children,
    _clause,
    _date,
    _event,
    _noun_entities,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
)

INSTRUMENTS = {"treaty", "agreement", "convention", "protocol", "charter", "statute", "accord"}
FORCE = {"force", "effect", "operation"}


def _founded_by(s: Sentence, instrument) -> list[str]:
    """The organisations an instrument founds: 'establishing X', a participle on it. (What an instrument is about,
    'the Treaty on the EAEU', is parsed_agreements.in_force's.)"""
    return [
        o
        for c in instrument.children
        if c.dep_ == "acl" and c.lemma_.lower() in FOUND
        for t in _children(c, "dobj")
        for o in _noun_entities(s, t, ("organization",))
    ]


def instrument_in_force(s: Sentence) -> list:
    """entered_into_force of the organisation a subject instrument founds, dated by the verb's words; a planned
    entry ('is intended to go into effect') keeps its modality; also an organisation itself going into effect."""
    out: list[Candidate] = []
    for verb in _verbs(s, {"enter", "come", "go"}):
        if not any(t.lemma_.lower() in FORCE for t in _prep_objects(verb, "into")):
            continue
        subjects = _subjects(verb)
        orgs = [o for t in subjects if t.lemma_.lower() in INSTRUMENTS for o in _founded_by(s, t)]
        if verb.lemma_.lower() == "go":  # 'The new Customs Union is intended to go into effect': the body itself
            orgs += [o for t in subjects for o in _noun_entities(s, t, ("organization",))]
        date = _date(s, verb, subjects)
        if not orgs or date is None:
            continue
        mod = modality(verb) or ("planned" if verb.head.lemma_.lower() == "intend" else None)
        span = _clause(s, [verb, *(t.left_edge for t in subjects), *_prep_objects(verb, "into")])
        out.append(_event(s, "parse_instrument_in_force", orgs[0], "entered_into_force", date, span, modality=mod))
    return out


RULES = [instrument_in_force]
