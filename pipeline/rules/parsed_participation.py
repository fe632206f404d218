"""Membership by taking part: 'Georgia participates in NATO's Partnership for Peace programme', 'Armenia takes
part in the Partnership for Peace', 'It signed the NATO Partnership for Peace initiative on 22 June 1994'.

Why a rule of its own: a programme or forum is joined by taking part in it or by signing up to it, not by
'joining' or 'becoming a member', so neither the verbs of joining (`parsed_joining`) nor the role nouns
(`parsed_members`) read it. The body must be what is taken part in, not a word beside it ('took part in the CSTO
summit', 'participated in NATO exercises': the summit and the exercises are); a programme is signed only where
the object is the programme itself ('the … initiative', 'the … programme'), since a state signs treaties and
agreements far more often than bodies. A body the dictionaries lack is left out: what a state takes part in under
a name of its own is most often a mission, a force or an exercise ('the International Security Assistance
Force'), not an organisation. A dated signing is also the programme's accession event, as a dated
join is (`parsed_joining`). An 'as' phrase names the role taken part in ('as an acceding state', 'as an observer').
"""

from __future__ import annotations

from pipeline.entities.provisional import PREFIX as PROVISIONAL
from pipeline.rules.back_references import pronoun_states
from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _date,
    _event,
    _membership,
    _noun_entities,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
)

PARTICIPATE = {"participate", "take"}
"""'participates in', 'takes part in' (with the noun 'part' as the object of 'take')."""
SIGN = {"sign"}
AS_ROLES = {"acceding": "applicant", "observer": "observer", "candidate": "candidate", "founding": "founder"}
"""The role an 'as' phrase gives the taking part: 'participated in the EAEU … as an acceding state', 'takes part in
the SCO as an observer state', 'as an observer'."""
PROGRAMME_NOUNS = {"initiative", "programme", "program"}
"""What a state signs up to when it joins a programme: 'signed the NATO Partnership for Peace initiative'."""


def participated(s: Sentence) -> list:
    """One membership per state and body taken part in or signed up to; for a dated signing, the event too."""
    out: list[Candidate] = []
    if s.tokens is None:
        return out
    for verb in _verbs(s, PARTICIPATE | SIGN):
        lemma = verb.lemma_.lower()
        if lemma == "take" and not any(c.lower_ == "part" for c in _children(verb, "dobj")):
            continue
        objects = _prep_objects(verb, "in") if lemma in PARTICIPATE else _children(verb, "dobj")
        if lemma == "take":
            objects += [o for c in _children(verb, "dobj") if c.lower_ == "part" for o in _prep_objects(c, "in")]
        if lemma in SIGN:
            objects = [o for o in objects if any(t.lemma_.lower() in PROGRAMME_NOUNS for t in o.subtree)]
        orgs = list(
            dict.fromkeys(
                x for o in objects for x in _noun_entities(s, o, ("organization",)) if not x.startswith(PROVISIONAL)
            )
        )
        if not orgs:
            continue
        subjects = _subjects(verb)
        states = [x for t in subjects for x in _noun_entities(s, t, ("state",))] or pronoun_states(s, subjects)
        if not states:
            continue
        mod = modality(verb)
        date = _date(s, verb, subjects)
        span = _clause(s, [verb, *subjects, *objects])
        role = _as_role(verb)
        for org in orgs:
            for state in states:
                out.append(_membership(s, f"parse_participated_{lemma}", state, org, role, date, span, mod))
                if lemma in SIGN and date is not None and mod is None and role == "member":
                    out.append(_event(s, f"parse_participated_{lemma}", org, "joined_by", date, span, state=state))
    return out


def _as_role(verb) -> str:
    """The role of the verb's 'as' phrase ('as an acceding state': applicant), else member."""
    for noun in _prep_objects(verb, "as"):
        words = [noun.lower_] + [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")]
        named = [AS_ROLES[w] for w in words if w in AS_ROLES]
        if named:
            return named[0]
    return "member"


RULES = [participated]
