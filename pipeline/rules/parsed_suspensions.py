"""Parse rules for an organisation's status changes: it suspends a member ('In December 2012, the CSTO Collective
Security Council decided to suspend Uzbekistan', 'Russia was suspended from the Council of Europe in 2022'), it
is revived ('The Turkic summits were revived in 2006'), or it is dissolved ('The Eurasian Economic Community was
terminated on 1 January 2015').

Why: the codebook records both as the organisation's events (`suspended`, with the state suspended; `revived`).
The suspending organisation is the subject (or an organ of it: 'the CSTO Collective Security Council'); a state
that suspends its own membership withdraws (a membership, not this event). A body's decision to suspend is the
suspension: 'decided to' is how such bodies act, not a plan.
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
    _passive,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
)
from pipeline.rules.parsed_event_nouns import FOUNDING_NOUNS
from pipeline.rules.parsed_pointers import _organizations


def _stated(verb) -> bool:
    """No modality, or only that of a body deciding ('decided to suspend')."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "decide":
        return modality(verb.head) is None
    return modality(verb) is None


def _members(s: Sentence, token) -> list[str]:
    """The states a noun phrase names: 'Uzbekistan', "Uzbekistan's membership"."""
    return _noun_entities(s, token, ("state",)) or [
        x for c in token.children if c.dep_ == "poss" for x in _noun_entities(s, c, ("state",))
    ]


def suspended(s: Sentence) -> list:
    """The organisation suspends a state: active with the organisation (or its organ) as subject and the state as
    object, or passive with the state as subject and the organisation after 'from' or 'by'."""
    out: list[Candidate] = []
    for verb in _verbs(s, {"suspend"}):
        if not _stated(verb):
            continue
        if _passive(verb):
            states = [x for t in _children(verb, "nsubjpass") for x in _members(s, t)]
            bodies = _prep_objects(verb, "from", "by", "in")
        else:
            states = [x for t in _children(verb, "dobj") for x in _members(s, t)]
            bodies = _subjects(verb)
        orgs = [m.entity_id for t in bodies for x in t.subtree for m in [_entity(s, x, ("organization",))] if m]
        if not states and _passive(verb):  # 'the organisation was suspended in 2009': its own work stops
            out += _body_stopped(s, verb, "parse_suspended_body", "suspended")
            continue
        if (
            not states
            or not orgs
            or any(t.lower_ in ("its", "their") for o in _children(verb, "dobj") for t in o.children)
        ):
            continue
        span = _clause(s, [verb, *(t.left_edge for t in bodies), *bodies, *_children(verb, "dobj", "nsubjpass")])
        date = _date(s, verb, _subjects(verb))
        out += [
            _event(s, "parse_suspended", orgs[0], "suspended", date, span, state=st) for st in dict.fromkeys(states)
        ]
    return out


def _body_stopped(s: Sentence, verb, rule: str, event: str, clause: bool = False) -> list[Candidate]:
    """A passive verb whose subject is the organisation itself ('The organisation was suspended in 2009 and revived
    in 2017', 'the bloc was frozen in 2006'): the organisation's own event, dated by the verb's own words (with
    `clause`, failing those, by its clause's date). A conjunct shares its head's subject; a subject that is a
    membership, a project or a treaty names no body. A stop told as a drift ('By 2001 the Turkic Summits had lost
    momentum and were suspended') has no date of its own: no event of a year."""
    if not _passive(verb) and not (verb.dep_ == "conj" and not _children(verb, "nsubj") and _passive(verb.head)):
        return []
    subjects = _subjects(verb)
    orgs = [o for t in subjects for o in _organizations(s, t)]
    date = _date(s, verb, subjects, clause=clause)
    if not orgs or date is None or not _stated(verb):
        return []
    return [_event(s, rule, orgs[0], event, date, _clause(s, [verb, *subjects]))]


def revived(s: Sentence) -> list:
    """'The Turkic summits were revived in 2006', 'the organisation was relaunched in 2010', 'suspended in 2009 and
    revived in 2017': revived, dated."""
    out: list[Candidate] = []
    for verb in _verbs(s, {"revive", "relaunch", "reactivate", "resurrect"}):
        out += _body_stopped(s, verb, "parse_revived", "revived", clause=True)
    return out


def frozen(s: Sentence) -> list:
    """'The organisation was frozen in 2006': an organisation frozen is suspended (its assets or talks frozen name
    no organisation as the subject, and give nothing)."""
    out: list[Candidate] = []
    for verb in _verbs(s, {"freeze"}):
        out += _body_stopped(s, verb, "parse_frozen", "suspended")
    return out


DISSOLVE = {"dissolve", "terminate", "abolish", "disband", "liquidate"}
SUCCESSION_NOUNS = FOUNDING_NOUNS - {"foundation"}
"""Nouns of a successor's founding ('in favour of the creation of the EAEU'); 'foundation' is left out, being the
head of many a body's name."""


def _ended(s: Sentence, token) -> list[str]:
    """The organisation a passive subject names; 'it' after an organisation named earlier in the sentence is that
    one ('World War II effectively ended the International Agricultural Institute, though it was only officially
    dissolved …'), else as `_organizations` resolves it."""
    if token.lower_ == "it":
        before = [m.entity_id for m in s.organizations(0, token.idx - s.offset)]
        if before:
            return before[-1:]
    return _organizations(s, token)


def dissolved(s: Sentence) -> list:
    """'The Eurasian Economic Community was terminated from 1 January 2015 in connection with the launch of the
    Eurasian Economic Union', 'it was only officially dissolved by resolution of its Permanent Committee on 27
    February 1948', 'the members disbanded the Warsaw Pact in 1991', 'the community ceased to exist on 1 January
    2015': the organisation ends. The codebook has no
    label of its own for an end; its annotators record one as `transformed_into` where the clause names the body
    that takes its place (the counterpart: 'into', or the launch of another body), else as `merged_into`. Dated only: an undated
    end has no place in a timeline. A state dissolved ('the USSR was dissolved') is no organisation's event."""
    out: list[Candidate] = []
    for verb in _verbs(s, DISSOLVE | {"cease"}):
        passive = _passive(verb)
        if verb.lemma_.lower() == "cease":  # 'The community ceased to exist on 1 January 2015': it ends itself
            if not any(c.dep_ == "xcomp" and c.lemma_.lower() in ("exist", "function") for c in verb.children):
                continue
            ended, passive = _children(verb, "nsubj"), True
        else:
            ended = _children(verb, "nsubjpass") if passive else _children(verb, "dobj")
        orgs = [o for t in ended for o in (_ended(s, t) if passive else _noun_entities(s, t, ("organization",)))]
        date = _date(s, verb, ended)
        if not orgs or date is None or not _stated(verb):
            continue
        successors = [
            o
            for t in _prep_objects(verb, "into")
            + [
                x
                for p in _prep_objects(verb, "with", "in", "after", "following")
                for n in p.subtree
                if n.lemma_.lower() in SUCCESSION_NOUNS
                for x in _prep_objects(n, "of")
            ]
            for o in _noun_entities(s, t, ("organization",))
            if o != orgs[0]
        ]
        span = _clause(s, [verb, *ended])
        successor = next(iter(successors), None)
        event = "transformed_into" if successor else "merged_into"
        out.append(_event(s, "parse_dissolved", orgs[0], event, date, span, counterpart=successor))
    return out


RULES = [suspended, revived, frozen, dissolved]
