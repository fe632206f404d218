"""Parse rules for roles stated by a noun: 'a member of', 'members: A, B and C', 'observer status'
(seats, 'headquartered in': `parsed_hosting`).

Why a module of their own: the role is in a noun (member, observer, founder, dialogue partner, status), found by its dependency (attribute, apposition, object) rather than by a verb's lemma, and the
organisation is what hangs on it ('of', 'to', 'in') or, failing that, the one the text is about.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.entities.gazetteer import EntityMention
from pipeline.rules import membership_triggers, organization_member_events, parse_repairs, stance
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
    _listed_after,
    _membership,
    _negated,
    _noun_entities,
    _organizations,
    _passive,
    _prep_objects,
    _subjects,
    _year_after,
    modality,
    own_dates,
)
from pipeline.rules.parsed_joining import _respectively
from pipeline.rules.patterns import listed_dates
from pipeline.text.dates import DateMention

MEMBER_NOUNS = {"member": "member", "observer": "observer", "founder": "founder", "partner": "dialogue_partner"}
CANDIDATE_WORDS = {"prospective", "potential", "candidate", "aspiring", "would-be"}
"""'a prospective member of the Asian Infrastructure Investment Bank': a candidate."""


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
        verb, top = (noun.head.head, None) if among else (noun.head, _list_top(noun))
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


def _list_top(noun):
    """The attribute of 'be'/'become' a role noun is strung onto by coordination or apposition ('Armenia is an
    observer member of A, B, C, a dialogue partner in D, and a prospective member of E': the parser hangs the
    later roles on the listed names), or None."""
    top = noun
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:
        top = top.head
        if top.pos_ in ("VERB", "AUX"):  # 'became a founding member of the UN … and a member of NATO': the parser
            return next((c for c in top.children if c.dep_ == "attr"), None)  # joins the role to the verb
    if top is not noun and top.dep_ == "dep" and top.head.lemma_.lower() in ("be", "become", "remain"):
        return next((c for c in top.head.children if c.dep_ == "attr"), None)  # a long list the parser broke off
    if top is noun or top.dep_ != "attr" or top.head.lemma_.lower() not in ("be", "become", "remain"):
        return None
    return top


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
NON = re.compile(r"\bnon-?\s*$", re.I)
NON_MEMBER = re.compile(r"\bnon-?\s*member\b", re.I)
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


RULES = [member_of, member_list, observer_status, member_before_name]
