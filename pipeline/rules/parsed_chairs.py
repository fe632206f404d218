"""Parse rules for a state's chairmanship told through the office rather than a verb of chairing: 'Kazakhstan
holds the rotating presidency of the SCO', 'the presidency in the Council officially passed to Azerbaijan',
'Kazakhstan was elected chair of the OSCE', 'the first Central Asian state to chair the OSCE'.

Why a module of their own: memberships.chaired reads the verbs 'chaired', 'headed' and 'assumed the
chairmanship of' in the words after them; these shapes put the state after 'to', before a passive, or in the
clause a relative verb hangs from, which only the parse shows. A presidency is a state's own office too
('Tokayev's presidency'), so it counts only when an organisation is named for it, or it is 'rotating'.
"""

from __future__ import annotations

from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _date,
    _entity,
    _membership,
    _noun_entities,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
)
from pipeline.rules.parsed_appointments import _person
from pipeline.rules.parsed_pointers import _organizations, talked_about_ids

OFFICES = {"chairmanship", "presidency", "chair", "chairman"}
HOLD = {"hold", "assume", "take", "occupy", "inherit", "receive", "gain", "win", "get"}
"""Verbs whose subject comes to hold the office they take as object."""
PASS = {"pass", "transfer", "hand", "go", "rotate", "move"}
"""Verbs by which the office goes 'to' a state."""


HEADED = {"delegation", "team", "mission", "commission", "committee", "meeting", "session", "talks", "group"}
"""Common nouns a state's representative heads or chairs without chairing the organisation named near them."""


def heads_another_noun(verb) -> bool:
    """'Kazakhstan headed the delegation to the UN General Assembly', 'chaired a meeting with the head of the
    World Bank': the verb's object is a delegation or a meeting, which is what was headed."""
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in HEADED for c in verb.children)


def _body(s: Sentence, office, verb) -> list[str]:
    """The organisation whose office it is: its 'of'/'in' (on the noun or the verb); for an organ with no name
    ('the presidency in the Council'), a chairmanship or a rotating presidency, the organisation talked about."""
    where = [t for t in _prep_objects(office, "of", "in") + _prep_objects(verb, "of", "in") if t.ent_type_ != "DATE"]
    named = [o for t in where for o in _organizations(s, t)]
    if named or any(not _organ(t) for t in where):
        return named
    rotating = any(c.lower_ == "rotating" for c in office.children)
    if where or office.lemma_.lower() == "chairmanship" or rotating:
        return talked_about_ids(s)
    return []


ORGANS = {"council", "assembly", "commission", "committee", "secretariat", "summit"}


def _organ(token) -> bool:
    """'the Council', 'the Assembly' with no name: an organ of the organisation talked about."""
    return token.lemma_.lower() in ORGANS and not any(
        c.dep_ in ("compound", "poss", "amod", "prep") or c.pos_ == "PROPN" for c in token.children
    )


def _states(s: Sentence, tokens) -> list[str]:
    return [x for t in tokens if not _entity(s, t, ("organization",)) for x in _noun_entities(s, t, ("state",))]


def office_taken(s: Sentence) -> list:
    """'Kazakhstan holds the rotating presidency of the SCO', 'took over the chairmanship', 'the chairmanship
    passed to Azerbaijan', 'Russia handed the presidency to Belarus': the state that comes to hold the office
    chairs its organisation, from the date of the verb (or, told in the past with none, the paragraph's)."""
    out: list[Candidate] = []
    for verb in _verbs(s, HOLD | PASS):
        lemma = verb.lemma_.lower()
        offices = [
            t for t in _children(verb, "dobj", "nsubj", "nsubjpass") if t.lemma_.lower() in OFFICES and t.pos_ == "NOUN"
        ]
        for office in offices:
            if any(c.dep_ == "poss" for c in office.children):
                continue  # 'Tokayev's presidency', 'its chairmanship': an office already named by its holder
            if lemma in PASS:
                holders = _prep_objects(verb, "to") + [
                    o for d in _children(verb, "dative") for o in _children(d, "pobj")
                ]
            elif office.dep_ == "dobj":
                holders = _subjects(verb)
            else:
                continue
            states = _states(s, holders)
            orgs = _body(s, office, verb)
            if not states or not orgs:
                continue
            mod = modality(verb)
            date = _date(s, verb, holders, clause=mod != "planned")
            if date is None and mod is None and verb.tag_ == "VBD":  # '… the presidency passed to Azerbaijan'
                date = s.paragraph_date  # after a paragraph that dates the summit it passed at
            span = _clause(s, [verb, office, *holders])
            out += [_membership(s, "parse_office_taken", st, orgs[0], "chair", date, span, mod) for st in states]
    return out


def elected_to_chair(s: Sentence) -> list:
    """'Kazakhstan was elected chair of the OSCE for 2010', 'Kazakhstan became the first Central Asian state to
    chair the OSCE in 2010': the state elected to the office, or the one the chairing verb's noun stands for."""
    out: list[Candidate] = []
    for verb in _verbs(s, {"elect", "choose", "appoint"}):
        for office in _children(verb, "oprd", "attr", "dobj") + _prep_objects(verb, "as"):
            if office.lemma_.lower() not in OFFICES:
                continue
            holders = _children(verb, "nsubjpass") if office.dep_ != "dobj" else []
            states, orgs = _states(s, holders), _body(s, office, verb)
            if states and orgs:
                date = _date(s, verb, holders)
                span = _clause(s, [verb, office, *holders])
                out += [_membership(s, "parse_elected_to_chair", st, orgs[0], "chair", date, span) for st in states]
    for verb in _verbs(s, {"chair", "preside"}):
        if verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "attr":
            noun, copula = verb.head, verb.head.head  # 'Kazakhstan was the first state that chaired the OSCE'
        elif verb.dep_ == "advcl" and any(c.dep_ == "attr" for c in verb.head.children):
            noun, copula = next(c for c in verb.head.children if c.dep_ == "attr"), verb.head  # 'became … to chair'
        else:
            continue
        if copula.lemma_.lower() not in ("be", "become"):
            continue
        holders = _subjects(copula)
        states = _states(s, holders)
        bodies = _children(verb, "dobj") + _prep_objects(verb, "over")
        orgs = [o for t in bodies for o in _organizations(s, t)]
        if states and orgs:
            date = _date(s, copula, holders)
            span = _clause(s, [verb, noun, *holders, *bodies])
            out += [_membership(s, "parse_elected_to_chair", st, orgs[0], "chair", date, span) for st in states]
    return out


GATHERINGS = {"meeting", "session", "summit"}
OTHER_BODIES = {"assembly", "board", "committee", "expert", "working", "staff", "commission", "parliamentary"}
"""Words that make a meeting another body's ('the Board meeting'): its chair chairs that body, not the organisation."""


def meeting_chaired(s: Sentence) -> list:
    """'the meeting was chaired by Armenian Prime Minister Nikol Pashinyan' (after 'an extraordinary session of the
    CSTO was held …'), 'The summit of the SCO was chaired by Kazakhstan': the chair of the organisation's summit or
    session speaks for the state that chairs the organisation; a person's state is the dictionary's or the
    adjective before the title. The organisation is the one the gathering's words name, else the one talked about;
    undated, the narrative's year (a past act in a dated account)."""
    out: list[Candidate] = []
    for verb in _verbs(s, {"chair"}):
        nouns = [t for t in _children(verb, "nsubjpass") if t.lemma_.lower() in GATHERINGS]
        chairs = _prep_objects(verb, "by")
        if not nouns or not chairs or any(t.lemma_.lower() in OTHER_BODIES for t in nouns[0].subtree):
            continue
        states = _states(s, chairs) or [x for t in chairs for x in [_person(s, t)] if x]
        named = [m.entity_id for t in nouns[0].subtree for m in [_entity(s, t, ("organization",))] if m]
        orgs = named or talked_about_ids(s)
        if not states or not orgs or modality(verb) is not None:
            continue
        date = _date(s, verb, chairs) or s.paragraph_date
        span = _clause(s, [verb, *nouns, *chairs])
        out.append(_membership(s, "parse_meeting_chaired", states[0], orgs[0], "chair", date, span))
    return out


RULES = [office_taken, elected_to_chair, meeting_chaired]
