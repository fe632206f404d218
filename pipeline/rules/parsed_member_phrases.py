"""Parse rules for roles stated by a noun phrase rather than by a clause: a plural role noun before a list of
states ('Former members of the CSTO were Azerbaijan, Georgia and Uzbekistan'), observer status received or granted
('Turkmenistan received observer status in 2021') and 'member' as a title before a state ('NATO member Turkey').

Why a module of their own: `parsed_members.member_of` reads a role noun as what a state is or became ('Armenia is a
member of the CSTO'); here the states are listed after the noun, are the subject of a verb of having or receiving
the status, or are named by the noun the title stands on.
"""

from __future__ import annotations

import re

from pipeline.entities.gazetteer import EntityMention
from pipeline.rules import organization_member_events, parse_repairs
from pipeline.rules.back_references import pronoun_states
from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import (
    _clause,
    _date,
    _entity,
    _event,
    _membership,
    _negated,
    _noun_entities,
    _passive,
    _prep_objects,
    _subjects,
    modality,
)
from pipeline.rules.parsed_members import NON, _adjunct_subjects, _body_states
from pipeline.rules.parsed_pointers import _organizations

LIST_NOUNS = {
    "member": "member",
    "state": "member",
    "country": "member",
    "nation": "member",
    "observer": "observer",
    "founder": "founder",
}
STATE_TITLE = r"(?:(?:[A-Z][\w’']*\s+)*(?:Republic|Kingdom|Federation|Sultanate|Emirate|Principality|State)\s+of\s+)?"
"""A state's formal title before its name ('the Republic of Azerbaijan' where only 'Azerbaijan' is the dictionary's)."""
LIST_GAP = re.compile(
    r"^(?:\s*(?::|—|–|-|,|\(|were|are|was|is|include|included|including|namely|especially|particularly|notably|"
    r"such as|which|who|the|(?:in|since) \d{4})\s*)+" + STATE_TITLE + "$"
)
"""What may stand between the noun and its list: 'Former members of the CSTO were Azerbaijan, …', 'the three
founding members of the ECO in 2005 which are the Islamic Republic of Iran, …', 'The founding states are the Republic
of Azerbaijan, …'."""
INTRODUCERS = {"such", "as", "including", "like"}
"""Words that open a list of examples (LIST_GAP reads them), not words of the phrase the list hangs in."""
LIST_SEP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?" + STATE_TITLE + "$")
"""Between two listed states, a title before the name too ('Islamic Republic of Pakistan')."""


def member_list(s: Sentence) -> list:
    """'consisting of six post-Soviet states: Armenia, Belarus, …, and Tajikistan', 'Former members of the
    CSTO military alliance were Azerbaijan, Georgia and Uzbekistan', 'The Customs Union members—Kazakhstan,
    Belarus and Russia', 'Hungary, Turkmenistan and Northern Cyprus are observers' is member_of's: a plural
    noun of membership followed by a list of two or more states. The organisation is the one the noun's
    words name ('members of the CSTO', 'The Customs Union members'), else the one talked about."""
    out: list[Candidate] = []
    if s.tokens is None:
        return out
    for noun in s.with_lemma(LIST_NOUNS):
        role = LIST_NOUNS.get(noun.lemma_.lower())
        if role is None or noun.tag_ != "NNS" or NON.search(s.text, 0, noun.idx - s.offset):
            continue  # 'Non-members of the EAEU such as …'
        after = noun.idx + len(noun) - s.offset
        for p in (
            c for c in noun.children if c.dep_ in ("prep", "acl")
        ):  # 'members of the CSTO military alliance were'
            end = p.right_edge.idx + len(p.right_edge) - s.offset
            listed = s.states(after, end)
            if not listed:
                after = max(after, end)
            else:  # 'NATO members in Eastern Europe, especially Latvia, …': the list hangs inside the phrase
                ends = [
                    t.idx + len(t) - s.offset
                    for t in p.subtree
                    if t.idx - s.offset < listed[0].char_start
                    and t.dep_ not in ("punct", "advmod", "cc")
                    and t.lower_ not in INTRODUCERS  # 'Member states of the EAEU such as Armenia and …'
                ]
                after = max([after, *ends])
        states: list[EntityMention] = []
        position = after
        for m in s.states(after):
            gap = s.text[position : m.char_start]
            if not (LIST_GAP.match(gap) if not states else LIST_SEP.match(gap)):
                break
            states.append(m)
            position = m.char_end
        if len(states) < 2:
            continue
        words = [t for t in noun.subtree if t.i != noun.i] + [c for c in noun.head.children if c.dep_ == "poss"]
        named = [m.entity_id for t in words for m in [_entity(s, t, ("organization",))] if m] or [
            o for t in words if t.dep_ == "poss" for o in _organizations(s, t)
        ]  # "The organization's founding states are …"
        if noun.lemma_.lower() in ("state", "country", "nation") and not (
            named or any(c.lower_ in ("member", "founding", "founder") or c.dep_ == "nummod" for c in noun.children)
        ):
            continue
        org = named[0] if named else s.subject_organization
        if org is None:
            continue
        modifiers = {c.lower_ for c in noun.children}
        if "former" in modifiers:
            role = "withdrew"
        elif modifiers & {"founding", "founder"}:
            role = "founder"
        span = (noun.idx - s.offset, states[-1].char_end)
        for m in states:
            state = s.state_of_entity(m.entity_id)
            if state:
                out.append(_membership(s, "parse_member_list", state, org, role, None, span))
    return out


def observer_status(s: Sentence) -> list:
    """'Turkmenistan received observer status in 2021', 'Armenia was granted Observer Status in the Arab
    League in 2004', 'In 2004 the CSTO was granted Observer status in the UN General Assembly', '… was granted
    observer status by the United Nations General Assembly in 2007' (the granting body after 'by'): a state gets
    role observer (where no body is named with it, in the one the source is about, else the last one its sentence
    names before: 'is not a member of the EAEU, but has observer status'); an organisation gets the event
    observer_status_granted (counterpart: where)."""
    out: list[Candidate] = []
    if s.tokens is None:
        return out
    for noun in s.with_lemma(("status",)):
        if noun.lemma_.lower() != "status" or not any(c.lower_ == "observer" for c in noun.children):
            continue
        verb = noun.head
        if verb.lemma_.lower() not in (
            "receive",
            "accord",
            "grant",
            "obtain",
            "gain",
            "acquire",
            "give",
            "have",
            "get",
            "hold",
            "enjoy",
            "retain",
        ) or _negated(verb):
            continue
        subjects = _subjects(verb) or _adjunct_subjects(s, verb)  # 'Iran, after gaining observer status in …'
        subjects = subjects or parse_repairs.adverb_subject(s, verb)  # 'Nauru received …', the name read as an adverb
        where = _prep_objects(noun, "in", "at", "to", "with") + _prep_objects(verb, "in", "at", "to", "with")
        where += (_prep_objects(verb, "by") + _prep_objects(noun, "by")) if _passive(verb) else []  # 'by the UNGA'
        orgs = [o for t in where for o in _noun_entities(s, t, ("organization",))]
        holders_org = [o for t in subjects for o in _organizations(s, t)]
        states = [x for t in subjects for x in _noun_entities(s, t, ("state",))] or _body_states(s, subjects)
        states = states or pronoun_states(s, subjects)  # '… and has observer status at the WTO'
        date, mod = _date(s, verb, subjects), modality(verb)
        span = _clause(s, [verb, noun, *subjects, *where])
        if states:
            named = [m.entity_id for m in s.organizations(0, verb.idx - s.offset)][-1:]  # '…, but has observer status'
            for org in orgs or ([s.subject_organization] if s.subject_organization else named):
                for state in states:
                    out.append(_membership(s, "parse_observer_status", state, org, "observer", date, span, mod))
        elif holders_org and orgs and not s.once(organization_member_events.observer_status):
            out.append(
                _event(
                    s,
                    "parse_observer_status",
                    holders_org[0],
                    "observer_status_granted",
                    date,
                    span,
                    counterpart=orgs[0],
                    modality=mod,
                )
            )
    return out


def member_before_name(s: Sentence) -> list:
    """'interceptors could be placed in NATO member Turkey', 'fellow EU member Poland': the organisation and
    'member' before a state's name, as a title, say the state is a member (undated)."""
    out: list[Candidate] = []
    for noun in s.with_lemma(("member",)):
        if noun.lemma_.lower() != "member" or noun.dep_ != "compound":
            continue
        state = _entity(s, noun.head, ("state",))
        orgs = [
            m.entity_id for c in noun.children if c.dep_ == "compound" for m in [_entity(s, c, ("organization",))] if m
        ]
        if state is None or not orgs or not s.state_of_entity(state.entity_id):
            continue
        span = _clause(s, [*noun.subtree, noun.head])
        out.append(
            _membership(
                s, "parse_member_before_name", s.state_of_entity(state.entity_id), orgs[0], "member", None, span
            )
        )
    return out


RULES = [member_list, observer_status, member_before_name]
