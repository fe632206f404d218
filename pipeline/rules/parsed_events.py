"""Parse rules for an organisation's founding: founded, came into being.

Why a module of their own: the organisation is the verb's object or passive subject ('the EDB was founded'),
and the founding states come from the same clause ('established in 1997 by Georgia, Ukraine, …'). Its summits,
read from the summit's own noun phrase, are parsed_summits'; a body decided on or proposed, parsed_planned_bodies'.
"""

from __future__ import annotations

import re

from pipeline.rules import (
    founding_gerunds,
    founding_states,
    other_events,
    parse_repairs,
)
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import (
    FOUND,
    _children,
    _clause,
    _date,
    _event,
    _membership,
    _noun_entities,
    _passive,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
)
from pipeline.rules.parsed_pointers import _organizations

PAREN_ASIDE = re.compile(r"\(")


def came_into_being(s: Sentence) -> list:
    """'The Customs Union of Belarus, Kazakhstan, and Russia came into existence on 1 January 2010': a founded
    event, dated, of the organisation that is the subject, and a founder membership for each state its name's
    'of' lists."""
    out = []
    for verb in _verbs(s, {"come"}):
        into = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "into" for c in p.children]
        if not any(t.lower_ in ("existence", "being") for t in into):  # 'into being' is a gerund to the parser
            continue
        subjects = _subjects(verb)
        orgs = [o for t in subjects for o in _organizations(s, t)]
        date, mod = _date(s, verb, subjects, clause=False), modality(verb)
        if not orgs or date is None:
            continue
        of = [c for t in subjects for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
        states = [  # the parser may string the last of them as the subject's conjunct: read the words up to the verb
            x
            for p in of[:1]
            for m in s.states(p.idx - s.offset, verb.idx - s.offset)
            for x in [s.state_of_entity(m.entity_id)]
            if x and not PAREN_ASIDE.search(s.text, p.idx - s.offset, m.char_start)
        ]
        span = _clause(s, [verb, *(t.left_edge for t in subjects), *_prep_objects(verb, "into")])
        out.append(_event(s, "parse_came_into_being", orgs[0], "founded", date, span, modality=mod))
        out += [_membership(s, "parse_came_into_being", st, orgs[0], "founder", date, span, mod) for st in states]
    return out


def _titled(verb) -> bool:
    """A capitalised verb inside the sentence after a capitalised noun is a word of a title ('the Agreement
    Establishing the Eurasian Development Bank')."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return verb.text[:1].isupper() and before is not None and before.text[:1].isupper() and before.pos_ != "PUNCT"


def founded(s: Sentence) -> list:
    """'The organization was established on 3 October 2009', 'The EDB was founded in 2006', 'GUAM,
    established in 1997 by Georgia, Ukraine, Azerbaijan, and Moldova', 'in 2000 Belarus, Kazakhstan, … established
    the Eurasian Economic Community': a founded event, and a founder membership for every founding state.
    'established relations' is not a founding."""
    out = []
    for verb in _verbs(s, FOUND):
        if verb.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            continue
        loose = parse_repairs.reduced_relative(s, verb)  # 'to the Shanghai Five, formed in 1996'
        passive = _passive(verb, participle=True) or bool(loose)
        if passive:
            created = _children(verb, "nsubjpass") or ([verb.head] if verb.dep_ == "acl" else loose)
            actors = _prep_objects(verb, "by")
            founders = founding_states.passive_founders(s, verb, actors)
        else:
            created = _children(verb, "dobj") or _children(verb, "dep") or founding_gerunds.loose_object(verb)
            created += [a for t in created for a in _children(t, "appos")] + founding_gerunds.shaped(verb, created)
            actors = _subjects(verb) or founding_gerunds.gerund_subjects(verb)  # 'Russia … by creating the CIS'
            actors += _prep_objects(verb, "with")  # 'Russia formed the EAEU with Armenia, …'
            founders = (
                [x for t in actors for x in _noun_entities(s, t, ("state",))]
                if founding_gerunds.shares_subject(verb)
                else []
            )
        if any(t.lemma_.lower() in ("relation", "relationship", "tie", "contact") for t in created) or _titled(verb):
            continue  # 'by acceding to the Agreement Establishing the Bank': an instrument's title, no founding
        orgs = [o for t in created for o in _organizations(s, t)]
        if not orgs:
            continue
        date, mod = other_events.unless_elsewhere(s, verb.idx - s.offset, _date(s, verb, actors)), modality(verb)
        if mod == "planned":
            continue  # 'an agreement to establish the CCTC', 'a target of establishing': a decision, not the founding
        named = [o for t in created for o in _noun_entities(s, t, ("organization",))]
        if date is None and named and verb.tag_ == "VBD" and verb.dep_ in ("ROOT", "conj") and not passive:
            # 'The agreement … established the Eurasian Economic Commission', in a dated paragraph
            date = s.paragraph_date
        told = founding_gerunds.told(s, verb, created)  # 'Turkey is part of launching the SEECP, and the MPFSEE'
        if date is None and not told and not (named and orgs[0] == s.subject_organization):
            continue  # undated, mostly a description ('which established …') or the previous sentence's body
        span = _clause(s, [verb, *created, *actors])
        for org in told or orgs[:1]:
            if date is not None or not founding_gerunds.gerund(verb):  # a share in an undated founding: founders only
                out.append(_event(s, "parse_founded", org, "founded", date, span, modality=mod))
            for state in founders:
                out.append(_membership(s, "parse_founded", state, org, "founder", date, span, mod))
    return out


RULES = [founded, came_into_being]
