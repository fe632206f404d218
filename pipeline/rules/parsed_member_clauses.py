"""Memberships told of a list of states by a clause beside it rather than by the list's own verb: a relative clause
('the Faroe Islands and Tokelau, which are associate members'), an apposition naming what the states were ('Poland,
Hungary and Romania, the countries that were once part of the Warsaw Pact') or a body said to draw on them ('has
representation from France, Russia and the United States', 'is made up of Denmark, Finland, …').

Why a module of its own: `parsed_members.member_of` reads a role noun whose subject names the states; here the
subject is a relative pronoun, and the states are the noun the clause hangs on (or the list that noun is an
apposition of), so the states and the role sit on opposite sides of the clause. 'part of' is a membership only when
what it is part of is an organisation ('part of Central Asia' names none); a negated clause or a 'non-member' gives
nothing. The codebook has no associate role: an associate member is a `member`.
"""

from __future__ import annotations

from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parse_repairs import auxiliary_subject
from pipeline.rules.parsed import (
    _children,
    _clause,
    _membership,
    _negated,
    _noun_entities,
    _prep_objects,
    _subjects,
    modality,
)
from pipeline.rules.parsed_members import MEMBER_NOUNS, NON
from pipeline.rules.parsed_pointers import _organizations

CLASS_NOUNS = {"country", "state", "nation", "republic"}
"""What an apposition may call the listed states ('the countries that were once part of the Warsaw Pact')."""
MADE_OF = {"make": "up", "compose": None, "comprise": None, "consist": None}
"""Verbs that say what a body is made of ('is made up of', 'is composed of', 'consists of'), with the particle
each needs."""


def relative_members(s: Sentence) -> list:
    """'the Faroe Islands and Tokelau, which are associate members (of the FAO)', 'Bulgaria and Czechoslovakia, the
    states that were members of the Warsaw Pact': a relative 'be' clause whose attribute is a role noun (or 'part'
    of an organisation) says every state of the list it hangs on holds the role in that organisation, or in the
    one the text is about when the noun names none."""
    out: list[Candidate] = []
    if s.tokens is None:
        return out
    for verb in (t for t in s.tokens if t.dep_ == "relcl" and t.lemma_.lower() == "be"):
        if _negated(verb) or not any(c.lower_ in ("which", "that", "who") for c in _children(verb, "nsubj")):
            continue  # 'which are not members of the CSTO'
        head = verb.head
        if head.lemma_.lower() in CLASS_NOUNS and head.pos_ == "NOUN" and head.dep_ != "appos":
            continue  # 'keeps ties with A and B, the countries that were …, and also C': misparsed, C is no member
        listed = (
            head.head if head.dep_ == "appos" and head.lemma_.lower() in CLASS_NOUNS and head.pos_ == "NOUN" else head
        )
        if listed is head:
            states = _noun_entities(s, listed, ("state",))
        else:  # the states before the apposition, not those coordinated after it ('…, and furthermore, Albania')
            named = s.states(listed.left_edge.idx - s.offset, head.left_edge.idx - s.offset)
            states = list(dict.fromkeys(x for m in named for x in [s.state_of_entity(m.entity_id)] if x))
        for noun in _children(verb, "attr"):
            lemma = noun.lemma_.lower()
            if NON.search(s.text, 0, noun.idx - s.offset) or any(c.dep_ == "neg" for c in noun.children):
                continue  # 'which are non-members of the European Union'
            objects = _prep_objects(noun, "of")
            orgs = [o for t in objects for o in _organizations(s, t)]
            if lemma == "part":
                role = "member" if orgs else None  # 'part of Central Asia' names no organisation
            else:
                role = MEMBER_NOUNS.get(lemma) if lemma != "partner" else None
                orgs = orgs or ([s.subject_organization] if s.subject_organization and not objects else [])
            if role is None or not states or not orgs:
                continue
            span = _clause(s, [listed, *listed.subtree, verb, *noun.subtree])
            out += [
                _membership(s, "parse_relative_members", x, o, role, None, span, modality(verb))
                for o in orgs
                for x in states
            ]
    return out


def drawn_from(s: Sentence) -> list:
    """'The Minsk Group has representation from France, Russia and the United States', 'The council is made up of
    Denmark, Finland, Iceland, Norway and Sweden': the states a body is represented from or made of are its members.
    The body is the subject, named or pointed to ('the council'); none when the subject is no organisation."""
    out: list[Candidate] = []
    if s.tokens is None:
        return out
    for token in s.tokens:
        lemma = token.lemma_.lower()
        if lemma == "representation" and token.dep_ == "dobj":
            verb, objects = token.head, _prep_objects(token, "from")
        elif lemma in MADE_OF and (
            MADE_OF[lemma] is None or any(c.lower_ == MADE_OF[lemma] for c in _children(token, "prt"))
        ):
            verb, objects = token, _prep_objects(token, "of")
        else:
            continue
        if _negated(verb) or not objects:
            continue
        subjects = _subjects(verb) or auxiliary_subject(verb)  # 'The Minsk Group is co-chaired by … and has'
        orgs = [o for t in subjects for o in _organizations(s, t)]
        states = [x for t in objects for x in _noun_entities(s, t, ("state",))]
        if not orgs or not states:
            continue
        span = _clause(s, [verb, token, *subjects, *(x for o in objects for x in o.subtree)])
        out += [_membership(s, "parse_drawn_from", x, orgs[0], "member", None, span, modality(verb)) for x in states]
    return out


def members_including(s: Sentence) -> list:
    """'The FAO has 197 member states, including the European Union (a "member organization"), Niue and The Cook
    Islands': the states 'including' lists after a plural role noun hold that role (the organisations listed with
    them are no states). The organisation is the one the noun's words name, else the subject of its verb ('The FAO
    has'), else the one the text is about. 'trade partners, including China' names no role."""
    out: list[Candidate] = []
    if s.tokens is None:
        return out
    for noun in s.tokens:
        lemma = noun.lemma_.lower()
        role = MEMBER_NOUNS.get(lemma) if lemma != "partner" else None
        if lemma in CLASS_NOUNS and any(c.lower_ == "member" for c in _children(noun, "compound", "amod")):
            role = "member"  # '197 member states'
        if role is None or noun.tag_ != "NNS" or NON.search(s.text, 0, noun.idx - s.offset) or _negated(noun.head):
            continue
        objects = [o for p in _children(noun, "prep") if p.lower_ == "including" for o in _children(p, "pobj")]
        states = [x for t in objects for x in _noun_entities(s, t, ("state",))]
        if not states:
            continue
        words = [*_children(noun, "compound", "nmod"), *_prep_objects(noun, "of")]
        orgs = [o for t in words for o in _noun_entities(s, t, ("organization",))]
        orgs = orgs or [o for t in _subjects(noun.head) for o in _organizations(s, t)] if noun.dep_ == "dobj" else orgs
        orgs = orgs or ([s.subject_organization] if s.subject_organization else [])
        if not orgs:
            continue
        span = _clause(s, [noun, *noun.subtree])
        out += [_membership(s, "parse_members_including", x, orgs[0], role, None, span) for x in states]
    return out


RULES = [relative_members, drawn_from, members_including]
