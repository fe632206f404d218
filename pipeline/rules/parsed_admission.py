"""Parse rules for an organisation taking a state in: 'the summit admitted Chile and Peru as new members',
'India and Pakistan were admitted as full members', 'Ukraine gained full membership', 'Iran's accession to the
SCO was completed in 2023'.

Why a module of their own: in these shapes the state is the object or a possessive, not the subject of a verb of
joining, and the organisation is often not in the clause at all. The admitting body is a meeting of it ('the
fifth summit'), or the organisation the article or the previous sentence is about; the role is in an 'as'
phrase ('as an observer', 'as full members') or a modifier ('full membership', 'candidate status').
Observer status gained or granted is read by parsed_member_phrases.observer_status.
"""

from __future__ import annotations

from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _date,
    _entity,
    _event,
    _membership,
    _noun_entities,
    _passive,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
    phrase_states,
)
from pipeline.rules.parsed_joining import declined
from pipeline.rules.parsed_pointers import _organizations, talked_about_ids

ADMIT = {"admit", "accept"}
GAIN = {"gain", "obtain", "receive", "acquire", "attain", "win", "secure", "get"}
GRANT = {"grant", "accord", "give", "offer", "award"}
"""'Turkey was granted candidate status', 'the EU granted Turkey candidate status': the state is the receiver."""
APPROVE = {"approve", "complete", "finalize", "finalise", "formalize", "formalise", "confirm", "ratify", "endorse"}
"""Verbs that make a membership or accession happen when they take it as object: 'the council approved
Iran's membership', 'Iran's accession … was completed'."""
MEETINGS = {"summit", "meeting", "session", "council", "conference", "assembly", "congress", "board"}
"""A body's meeting or governing board does its admitting: 'The fifth summit admitted Chile and Peru', 'The IMF
Executive Board approved Armenia's membership'."""
ROLE_WORDS = {"observer": "observer", "candidate": "candidate"}
"""Nouns, or modifiers of 'member', 'membership' and 'status', that name a role other than member."""
ENTRY_NOUNS = {"membership", "accession", "admission"}


def _entered(s: Sentence, rule: str, states, org, role, date, span, mod) -> list[Candidate]:
    """A membership per state, and for a member taken in on a stated date the organisation's joined_by: from the
    state's side, 'The ADB admitted Mongolia in 1991' and 'Uzbekistan gained membership of the IMF in 1992' date an
    accession as 'Mongolia joined the ADB in 1991' does (parsed_joining); an undated or planned one is a
    membership only."""
    out = [_membership(s, rule, st, org, role, date, span, mod) for st in states]
    if role == "member" and mod is None and date is not None:
        out += [_event(s, rule, org, "joined_by", date, span, state=st) for st in states]
    return out


def _role(noun) -> str | None:
    """The role a noun names: 'full members', 'an observer', 'dialogue partners'; a modifier names it for a
    member, a membership or a status ('an observer member', 'observer membership', 'candidate status')."""
    lemma = noun.lemma_.lower()
    words = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    if lemma == "partner":
        return "dialogue_partner" if "dialogue" in words else None
    if lemma in ("member", "membership", "status"):
        named = [ROLE_WORDS[w] for w in sorted(words) if w in ROLE_WORDS]
        return named[0] if named else None if lemma == "status" else "member"
    return ROLE_WORDS.get(lemma)


def _organization_of(s: Sentence, tokens) -> list[str]:
    """The organisations the tokens name, or whose meeting they are ('the SCO summit', 'the fifth summit of the
    CIS'); a meeting with no name is the organisation talked about."""
    out: list[str] = []
    for t in tokens:
        named = _organizations(s, t)
        if not named and t.lemma_.lower() in MEETINGS:
            owners = [c for c in t.children if c.dep_ in ("compound", "poss")] + _prep_objects(t, "of")
            named = [o for c in owners for o in _noun_entities(s, c, ("organization",))]
            if not named and not any(_entity(s, c, ("state",)) for c in owners if c.dep_ == "poss"):
                named = talked_about_ids(s)
        out += named
    return list(dict.fromkeys(out))


def _as_roles(s: Sentence, verb) -> tuple[str | None, list[str]]:
    """The role of an 'as' phrase ('as full members of the EAEU') and any organisation it names."""
    for noun in _prep_objects(verb, "as"):
        role = _role(noun)
        if role:
            return role, _organization_of(s, _prep_objects(noun, "of", "in", "to"))
    return None, []


def admitted(s: Sentence) -> list:
    """'The fifth summit admitted Chile and Peru as new members', 'the organization has also admitted Hungary …
    as observers', 'India and Pakistan were admitted as full members at the Astana summit', 'were admitted to
    the SCO': every admitted state gets the role of the 'as' phrase (member without one) in the organisation
    that admits it, named in the clause or talked about."""
    out: list[Candidate] = []
    for verb in _verbs(s, ADMIT):
        if declined(verb):
            continue
        role, named = _as_roles(s, verb)
        if verb.lemma_.lower() == "accept" and role is None and not _prep_objects(verb, "into"):
            continue  # 'accepted the proposal'
        passive = _passive(verb)
        admitted_tokens = _subjects(verb) if passive else _children(verb, "dobj")
        states = phrase_states(s, admitted_tokens)
        admitters = _prep_objects(verb, "to", "into")
        if passive:
            admitters += _prep_objects(verb, "by", "at", "during")
        else:
            admitters += _children(verb, "nsubj")
            if any(_entity(s, t, ("state",)) for t in _children(verb, "nsubj")):
                continue  # 'Russia admitted Belarus …' is not an organisation's act
        orgs = named or _organization_of(s, admitters)
        if not orgs and passive and not admitters:
            orgs = talked_about_ids(s)
        if not states or not orgs:
            continue
        mod = modality(verb)
        date = _date(s, verb, admitted_tokens, clause=mod != "planned")
        span = _clause(s, [verb, *admitted_tokens, *admitters])
        role = "candidate" if mod == "proposed" else role or "member"
        out += _entered(s, "parse_admitted", states, orgs[0], role, date, span, mod)
    return out


def gained_membership(s: Sentence) -> list:
    """'India and Pakistan gained full membership in 2017', 'Ukraine obtained membership of the WTO', 'Turkey was
    granted candidate status': the receiving states get the role the object names in the organisation after
    it, or the granting one, or the one talked about."""
    out: list[Candidate] = []
    for verb in _verbs(s, GAIN | GRANT):
        granting = verb.lemma_.lower() in GRANT
        passive = _passive(verb)
        for noun in _children(verb, "dobj"):
            role = _role(noun)
            if noun.lemma_.lower() not in ("membership", "status") or role in (None, "observer"):
                continue  # observer status: parsed_member_phrases.observer_status
            if granting and not passive:  # 'granted Turkey candidate status' parses Turkey as a compound
                receivers = _children(verb, "dative") + _prep_objects(verb, "to") + _children(noun, "compound")
                grantors = _children(verb, "nsubj")
            else:
                receivers, grantors = _subjects(verb), _prep_objects(verb, "by") if granting else []
            states = [x for t in receivers for x in _noun_entities(s, t, ("state",))]
            where = [
                t
                for t in _prep_objects(noun, "of", "in", "at", "to", "with") + _prep_objects(verb, "in", "at", "of")
                if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "DATE"
            ]
            orgs = _organization_of(s, where) or [s.top_organization(o) for o in _organization_of(s, grantors)]
            orgs = orgs if where or grantors else talked_about_ids(s)  # a board grants its organisation's membership
            if not states or not orgs:
                continue
            mod = modality(verb)
            date = _date(s, verb, receivers, clause=mod != "planned")
            span = _clause(s, [verb, noun, *receivers, *where, *grantors])
            out += _entered(s, "parse_gained_membership", states, orgs[0], role, date, span, mod)
    return out


def entry_approved(s: Sentence) -> list:
    """'Iran's accession to the SCO was completed in 2023', 'the council approved Belarus's membership', 'the
    European Union confirmed Turkey's status as candidate': a state's membership, accession or status, the
    object of a verb that makes it happen, is a membership in the role it names, dated by that verb. A sub-body that
    grants it ('The Executive Board of the IMF approved Kazakhstan's membership') grants its organisation's."""
    out: list[Candidate] = []
    for verb in _verbs(s, APPROVE):
        for noun in _children(verb, "dobj", "nsubjpass"):
            lemma = noun.lemma_.lower()
            if lemma not in ENTRY_NOUNS and lemma != "status":
                continue
            role = _role(noun) if lemma in ("membership", "status") else "member"
            if lemma == "status":
                role = role or next(
                    (r for t in _prep_objects(noun, "as") + _prep_objects(verb, "as") for r in [_role(t)] if r), None
                )
            holders = _children(noun, "poss") + _prep_objects(noun, "of")
            states = [x for t in holders for x in _noun_entities(s, t, ("state",))]
            where = [
                t
                for t in _prep_objects(noun, "to", "in", "into", "of")
                if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "DATE" and not _noun_entities(s, t, ("state",))
            ]
            grantors = [t for t in _children(verb, "nsubj") if not _entity(s, t, ("state",))]
            orgs = _organization_of(s, where) or [s.top_organization(o) for o in _organization_of(s, grantors)]
            orgs = orgs if where or grantors else talked_about_ids(s)  # a board grants its organisation's membership
            if not states or not orgs or role is None:
                continue
            mod = modality(verb)
            date = _date(s, verb, clause=mod != "planned")
            span = _clause(s, [verb, noun, *holders, *where, *grantors])
            out += _entered(s, "parse_entry_approved", states, orgs[0], role, date, span, mod)
    return out


SEAT_VERBS = {"hold", "occupy", "win", "gain", "obtain", "secure", "take", "get", "have"}


def _seat_bodies(s: Sentence, tokens) -> list[str]:
    """The bodies a seat or membership is on: 'a seat on the Security Council of the United Nations' is the
    Security Council, 'a non-permanent member of the UN Security Council' likewise."""
    where = [o for t in tokens for o in _prep_objects(t, "on", "in", "at", "of") if o.ent_type_ != "DATE"]
    where += [c for t in tokens if t.lemma_.lower() == "seat" for c in _children(t, "compound")]  # 'its UN seat'
    return list(dict.fromkeys(o for t in where for o in _organizations(s, t)))


def seat_held(s: Sentence) -> list:
    """'Russia holds a permanent seat … on the Security Council', 'Kazakhstan won a seat on the UN Security
    Council in 2016', 'was elected a non-permanent member of the UN Security Council', 'was elected to the UN
    Security Council', 'served as a non-permanent member of': a member of the body whose seat it is."""
    out: list[Candidate] = []
    for verb in _verbs(s, SEAT_VERBS | {"elect", "serve"}):
        lemma = verb.lemma_.lower()
        if lemma in SEAT_VERBS:
            nouns = [t for t in _children(verb, "dobj") if t.lemma_.lower() == "seat"]
            holders = _subjects(verb)
        elif lemma == "elect":
            holders = _children(verb, "nsubjpass")
            nouns = [t for t in _children(verb, "oprd", "attr") + _prep_objects(verb, "as") if _role(t) == "member"]
            nouns += [t for t in _prep_objects(verb, "to") if t.lemma_.lower() == "seat"]
        else:
            holders = _subjects(verb)
            nouns = [t for t in _prep_objects(verb, "as") if _role(t) in ("member", "observer")]
        role = next((r for t in nouns for r in [_role(t)] if r), "member")
        orgs = _seat_bodies(s, nouns + ([verb] if lemma in SEAT_VERBS else []))
        if lemma == "elect" and not nouns:
            orgs = [o for t in _prep_objects(verb, "to") for o in _noun_entities(s, t, ("organization",))]
        states = [x for t in holders for x in _noun_entities(s, t, ("state",))]
        if not states or not orgs or (lemma != "elect" and not nouns):
            continue
        mod = modality(verb)
        date = _date(s, verb, holders, clause=mod != "planned")
        span = _clause(s, [verb, *holders, *nouns])
        out += [_membership(s, "parse_seat_held", st, orgs[0], role, date, span, mod) for st in states]
    return out


RULES = [admitted, gained_membership, entry_approved, seat_held]
