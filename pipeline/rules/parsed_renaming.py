"""Parse rules for a renaming: 'the organization was renamed the Organization of Turkic States'; told without 'rename': 'In 2001 the Shanghai Five became the Shanghai Cooperation
Organisation', 'the organization was restructured and adopted its current name', 'changed its name to …'.

Why: `renamed` reads the verb 'rename'; English as often says a body 'became' another name (the
codebook's annotators record that as `renamed`, the new name as counterpart) or that it adopted, took or changed
its name. 'became a member of the OSCE', 'became the first state to …' are roles, not renamings: the attribute
must itself be an organisation's name, and the subject an organisation.
"""

from __future__ import annotations

from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _date,
    _entity,
    _event,
    _noun_entities,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
)
from pipeline.rules.parsed_pointers import _organization_pointer, _organizations


def renamed(s: Sentence) -> list:
    """'In November 2021, the organization was renamed the Organization of Turkic States': a renamed event
    of the organisation talked about (or named as the subject)."""
    out = []
    for verb in _verbs(s, {"rename"}):
        subjects, shared = _children(verb, "nsubjpass"), False
        if not subjects and verb.dep_ == "conj" and not _children(verb, "nsubj"):  # 'was established … and renamed …'
            subjects, shared = _children(verb.head, "nsubjpass"), True  # dated by its own words: not the founding's
        orgs = [o for t in subjects for o in _noun_entities(s, t, ("organization",))] or (
            [s.subject_organization]
            if s.subject_organization and any(_organization_pointer(s, t) for t in subjects)
            else []
        )
        if not orgs or modality(verb):
            continue
        span = _clause(
            s, [verb, *subjects, *[x for c in verb.children if c.dep_ in ("oprd", "attr", "dobj") for x in c.subtree]]
        )
        when = _date(s, verb, subjects, clause=not shared)
        out.append(_event(s, "parse_renamed", orgs[0], "renamed", when, span, modality=modality(verb)))
    return out


NAME_VERBS = {"adopt", "take", "change", "assume", "acquire", "receive"}


def became(s: Sentence) -> list:
    """renamed, of the subject organisation, with the organisation the attribute names as counterpart."""
    out: list[Candidate] = []
    for verb in _verbs(s, {"become"}):
        subjects = _subjects(verb)
        old = [o for t in subjects for o in _organizations(s, t)]
        new = [m.entity_id for a in _children(verb, "attr") for m in [_entity(s, a, ("organization",))] if m]
        if not old or not new or old[0] == new[0] or modality(verb) is not None:
            continue
        span = _clause(
            s, [verb, *(t.left_edge for t in subjects), *[x for a in _children(verb, "attr") for x in a.subtree]]
        )
        out.append(_event(s, "parse_became", old[0], "renamed", _date(s, verb, subjects), span, counterpart=new[0]))
    return out


def took_a_name(s: Sentence) -> list:
    """'the organization … adopted its current name', 'changed its name to the Organization of Turkic States':
    renamed, of the subject organisation (the new name as counterpart where an organisation's)."""
    out: list[Candidate] = []
    for verb in _verbs(s, NAME_VERBS):
        names = [c for c in _children(verb, "dobj") if c.lemma_.lower() in ("name", "title")]
        if not names or modality(verb) is not None:
            continue
        if verb.lemma_.lower() != "change" and not any(
            c.lower_ in ("its", "their", "the") for n in names for c in n.children
        ):
            continue
        subjects = _subjects(verb)
        orgs = [o for t in subjects for o in _organizations(s, t)]
        to = [
            m.entity_id
            for t in _prep_objects(verb, "to") + _prep_objects(names[0], "of")
            for m in [_entity(s, t, ("organization",))]
            if m
        ]
        if not orgs:
            continue
        span = _clause(s, [verb, *names, *(t.left_edge for t in subjects)])
        counterpart = next((o for o in to if o != orgs[0]), None)
        out.append(
            _event(s, "parse_took_a_name", orgs[0], "renamed", _date(s, verb, subjects), span, counterpart=counterpart)
        )
    return out


RULES = [renamed, became, took_a_name]
