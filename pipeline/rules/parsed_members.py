"""Parse rules for roles stated by a noun that is what a state is or became: 'a member of', 'an observer in'
(seats, 'headquartered in': `parsed_hosting`; a list after a plural role noun, observer status and 'member' as a
title: `parsed_member_phrases`).

Why a module of their own: the role is in a noun (member, observer, founder, dialogue partner, status), found by its dependency (attribute, apposition, object) rather than by a verb's lemma, and the
organisation is what hangs on it ('of', 'to', 'in') or, failing that, the one the text is about.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.rules import membership_triggers, parse_repairs, stance
from pipeline.rules.back_references import pair_states, pronoun_states
from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.group_references import PLACEHOLDER, group_organization
from pipeline.rules.parsed import (
    _children,
    _clause,
    _conjuncts,
    _date,
    _entity,
    _event,
    _membership,
    _name_head,
    _negated,
    _noun_entities,
    _prep_objects,
    _subjects,
    modality,
    own_dates,
)
from pipeline.rules.parsed_joining import _respectively
from pipeline.rules.parsed_lists import _listed_after, _year_after
from pipeline.rules.parsed_pointers import _organizations
from pipeline.rules.patterns import listed_dates
from pipeline.text.dates import DateMention

MEMBER_NOUNS = {"member": "member", "observer": "observer", "founder": "founder", "partner": "dialogue_partner"}
CANDIDATE_WORDS = {"prospective", "potential", "candidate", "aspiring", "would-be"}
"""'a prospective member of the Asian Infrastructure Investment Bank': a candidate."""
NON = re.compile(r"\bnon-?\s*$", re.I)
NON_MEMBER = re.compile(r"\bnon-?\s*member\b", re.I)


def member_of(s: Sentence) -> list:
    """'Azerbaijan is a member of the United Nations, the Non-Aligned Movement, …', 'Kyrgyzstan became a
    member of the Eurasian Union on 6 August 2015', 'a founding member of', 'an observer to the EAEU':
    the subject of 'be'/'become' (or the noun 'member' stands in apposition to) and every organisation
    after 'of'/'to'/'in'. 'became' with a date is also a joined_by event; 'former' makes it withdrew."""
    out: list[Candidate] = []
    if s.tokens is None:
        return out
    for noun in s.with_lemma(MEMBER_NOUNS.keys() | {"state", "country", "nation"}):
        role = MEMBER_NOUNS.get(noun.lemma_.lower()) or (
            "member"
            if noun.lemma_.lower() in ("state", "country", "nation")
            and any(c.dep_ in ("compound", "amod") and c.lower_ in ("member", "participating") for c in noun.children)
            else None
        )  # 'a member state', the OSCE's 'a participating State'
        if role == "member" and noun.pos_ == "PROPN" and noun.lemma_.lower() == "state":
            noun_pos = "NOUN"  # 'a participating State of the OSCE': the parser takes the capital for a name
        else:
            noun_pos = noun.pos_
        among = noun.dep_ == "pobj" and noun.head.lower_ == "among"  # 'Kazakhstan was among the founders of'
        if role is None or noun_pos != "NOUN" or not (among or noun.dep_ in ("attr", "appos", "oprd", "dobj", "conj")):
            continue
        if role == "dialogue_partner" and not any(c.lower_ == "dialogue" for c in noun.children):
            continue  # 'a dialogue partner in the SCO'; a trade partner is no role
        if NON.search(s.text, 0, noun.idx - s.offset) or NON_MEMBER.search(
            s.text, noun.left_edge.idx - s.offset, noun.idx - s.offset
        ):
            continue  # 'India, a non-member of the Nuclear Suppliers Group', 'a non-member state of': no membership
        verb, top = (noun.head.head, None) if among else (noun.head, _list_top(s, noun))
        if top is not None:  # '…, the Arab League, a dialogue partner in the SCO, and a prospective member of …'
            verb = top.head
            subjects = _subjects(verb)
        elif noun.dep_ == "appos":
            subjects = [verb]
        elif noun.dep_ == "conj":
            continue
        elif verb.lemma_.lower() in ("be", "become", "remain"):
            subjects = _subjects(verb)
            subjects = subjects or _adjunct_subjects(s, verb)  # 'Uzbekistan … after becoming observer to EAEU'
        else:
            continue
        if _negated(verb) or any(c.lower_ == "neither" or c.dep_ == "neg" for c in noun.children):
            continue  # 'is not a member of', 'is neither a member of the CIS nor of the CSTO', '…, and not a member of'
        states = [x for t in subjects for x in _noun_entities(s, t, ("state",))] or _body_states(s, subjects)
        states = (
            states or pronoun_states(s, subjects) or pair_states(s, subjects)
        )  # 'It has been', 'Both countries are'
        objects = _prep_objects(noun, "of", "to", "in") + _elliptic_objects(verb, noun)
        orgs = [o for t in objects for o in _organizations(s, t)] or _named_in_modifier(s, noun)
        groups = [g for t in subjects for g in [group_organization(s, t)] if g and g not in orgs]
        states = states or [PLACEHOLDER + g for g in groups]  # 'All the ECO states are …': the pass after the text
        orgs += [m.entity_id for m in _listed_after(s, objects) if not membership_triggers.modifier(s, m)]
        if not objects and s.subject_organization and noun.dep_ != "appos":
            orgs = [s.subject_organization]  # 'Hungary has been an observer' in the article on the organisation
        if not states or not orgs:
            continue
        modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
        if "observer" in modifiers:
            role = "observer"
        if "founding" in modifiers or "founder" in modifiers:
            role = "founder"
        if "former" in modifiers or _no_longer(verb):
            role = "withdrew"  # 'a former member of', 'is no longer a member of'
        if modifiers & CANDIDATE_WORDS:
            role = "candidate"
        mod = modality(verb.head if _ceased(verb) else verb)
        # 'be a member' is a state: its date is in its own words ('since 2005'), not in the clause beside it
        # ('Uzbekistan was previously a member of the EAEC, however it suspended its membership in 2008')
        date = _date(s, verb, subjects, clause=mod != "planned" and verb.lemma_.lower() != "be")
        # 'became a founding member of the UN in 1945 and a member of NATO in 1952': a role's own date phrase is its
        date = next(iter(own_dates(s, noun)), date) if mod != "planned" else date
        grouped = any(x.startswith(PLACEHOLDER) for x in states)  # the group's words name its organisation
        actors = [x for t in subjects for x in t.subtree] if grouped else subjects
        span = _clause(s, [verb, noun, *actors, *objects, *(x for o in objects for x in o.conjuncts)])
        dated: dict[
            str, DateMention
        ] = {}  # 'a founding member of the UN (1945), the OECD (1961), …': each its own year
        for m in [
            x for o in objects for t in _conjuncts(o) for x in [_entity(s, t, ("organization",))] if x
        ] + _listed_after(s, objects):
            year = _year_after(s, m) or _year_after(s, _phrase(s, m))
            if year is not None:
                dated.setdefault(m.entity_id, year)
        if dated:
            date = None
        elif mod != "planned":  # 'In 1992 it became a member of the IMF, the World Bank in 1993 and …'
            after = noun.idx - s.offset + len(noun)
            dated = listed_dates(s, after, s.clause(after)[1])
        each = _respectively(s, verb, states)
        for org in orgs:
            for state in states:
                when = each.get(state, dated.get(org, date))
                out.append(_membership(s, "parse_member_of", state, org, role, when, span, mod))
                if verb.lemma_.lower() == "become" and role == "member" and when is not None and mod is None:
                    out.append(_event(s, "parse_member_of", org, "joined_by", when, span, state=state))
    return out


def _named_in_modifier(s: Sentence, noun) -> list[str]:
    """The body a role noun's modifier names ('a CSTO member state', 'an OSCE participating State')."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    mods += [g for c in mods for g in c.children if g.dep_ == "compound"]  # 'CSTO' on 'member' in 'member state'
    return list(dict.fromkeys(m.entity_id for c in mods for m in [_entity(s, c, ("organization",))] if m))


def _adjunct_subjects(s: Sentence, verb) -> list:
    """The subject of a gerund in an adverbial phrase ('after becoming observer', 'after gaining observer status'):
    that of the verb the phrase modifies, which the parser may have hung under an opening date phrase."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep":
        return []
    clause = verb.head.head
    return _subjects(clause) or parse_repairs.fronted_subject(s, clause)


def _elliptic_objects(verb, noun) -> list:
    """The objects of a role noun's preposition repeated without it ('a member of the EU since 1995 and of the UN
    since 1955': the parser hangs the second 'of' on the verb's 'since')."""
    if not _prep_objects(noun, "of", "to", "in"):
        return []
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return [o for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ == "of" for o in _children(c, "pobj")]


NATIONAL_BODIES = {"assembly", "parliament", "government", "ministry", "chamber", "jirga", "majlis", "senate"}
"""A state's own institution stands for it as a member ('The National Assembly of the Republic of Serbia …
were accorded observer status', 'National Chambers of Afghanistan, Azerbaijan, … are members of ECO-CCI')."""


def _body_states(s: Sentence, subjects, depth: int = 3) -> list[str]:
    """The states whose national institutions the subjects are, through their 'of' ('the Wolesi Jirga of
    the National Assembly of the Islamic Republic of Afghanistan'); none for a body of a union of states."""
    out = []
    for t in (c for x in subjects for c in _conjuncts(x) if c.lower_.removesuffix("s") in NATIONAL_BODIES):
        for o in _prep_objects(t, "of"):
            out += _noun_entities(s, o, ("state",)) or (_body_states(s, [o], depth - 1) if depth > 1 else [])
    return list(dict.fromkeys(out))


def _no_longer(verb) -> bool:
    """'is no longer a member of', 'ceased to be a member of': a membership that ended."""
    return _ceased(verb) or any(
        c.lower_ == "longer" and any(w.lower_ == "no" for w in c.children) for c in verb.children
    )


def _ceased(verb) -> bool:
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("cease", "stop")


def _phrase(s: Sentence, m):
    """The mention stretched to the end of the noun it names ('the G20 industrial nations (1999)'), so that the
    year in brackets after that noun is the list element's."""
    token = stance.token_at(s, m.char_end - 1)
    if token is None or token.dep_ not in ("compound", "nmod") or token.head.i < token.i:
        return m
    return replace(m, char_end=token.head.idx + len(token.head) - s.offset)


def _list_top(s: Sentence, noun):
    """The attribute of 'be'/'become' a role noun is strung onto by coordination or apposition ('Armenia is an
    observer member of A, B, C, a dialogue partner in D, and a prospective member of E': the parser hangs the
    later roles on the listed names, or on a word inside one: `_name_head`), or None."""
    top = noun
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:
        top = _name_head(s, top.head)
        if top.pos_ in ("VERB", "AUX"):  # 'became a founding member of the UN … and a member of NATO': the parser
            return next((c for c in top.children if c.dep_ == "attr"), None)  # joins the role to the verb
    # a long list the parser broke off, or strung on the subject ('Slovenia is an observer member of A, B, C, a
    # dialogue partner in D': 'B' in apposition to 'Slovenia'; not a role in apposition to the subject itself)
    broken = top.dep_ == "dep" or (top.dep_ == "nsubj" and noun.head.i != top.i)
    if top is not noun and broken and top.head.lemma_.lower() in ("be", "become", "remain"):
        return next((c for c in top.head.children if c.dep_ == "attr"), None)
    if top is noun or top.dep_ != "attr" or top.head.lemma_.lower() not in ("be", "become", "remain"):
        return None
    return top


RULES = [member_of]
