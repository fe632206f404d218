"""Parse rules for a state leaving an organisation: 'withdrew from GUAM in 2005', 'suspended its membership in the
CSTO', 'submitted a notification … to suspend its membership' (role withdrew, and withdrawn_by when dated).

Why a module of its own: leaving has readings joining has not (a bare 'withdrew' after a named treaty leaves the
treaty; a frozen participation is less than a withdrawal; notice given is the act, a plan to suspend is not), and
`memberships.joined` needs the verbs that end a membership (`ENDED`) to skip 'suspended its membership'.
"""

from __future__ import annotations

from pipeline.rules import stance
from pipeline.rules.back_references import pronoun_states
from pipeline.rules.context import Sentence
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
from pipeline.rules.parsed_joining import _instrument_before, gapped_objects
from pipeline.rules.parsed_pointers import _organizations, talked_about, talked_about_ids
from pipeline.rules.patterns import listed_dates

WITHDRAW = {"withdraw", "quit", "exit", "leave"}


def withdrew(s: Sentence) -> list:
    """'Uzbekistan withdrew from GUAM in 2005', 'later withdrew on 16 October 2008' (the organisation
    talked about): role withdrew, and withdrawn_by when dated."""
    out = []
    for verb in _verbs(s, WITHDRAW):
        subjects = _subjects(verb) or stance.ranked_subjects(verb)
        states = [x for t in subjects for x in _noun_entities(s, t, ("state",))]
        objects = _prep_objects(verb, "from") + _children(verb, "dobj")
        objects += gapped_objects(s, verb, objects, ("from",))  # '… from GUAM in 2005 and from the CSTO in 2012'
        orgs = [o for t in objects for o in _organizations(s, t)]
        pronoun = bool(objects) and not orgs and all(t.lower_ == "it" for t in objects)
        if (not objects or pronoun) and verb.dep_ == "conj":  # 'joined EURASEC …, but withdrew (left it) later'
            objects = _children(verb.head, "dobj") + _prep_objects(verb.head, "to", "from")
            orgs = [o for t in objects for o in _organizations(s, t)]
        if not objects and _instrument_before(s) and not s.organizations():
            continue  # 'joined in 1994 and ratified the Treaty, but Georgia withdrew in 2009': from the treaty
        if not objects:
            pointer = talked_about(s) if not s.organizations() else None  # another one named: whose talks is unclear
            orgs = [pointer] if pointer else []
        if not states or not orgs:
            continue
        date, mod = _date(s, verb, subjects), modality(verb)
        span = _clause(s, [verb, *subjects, *objects])
        end = verb.idx - s.offset + len(verb)
        own = listed_dates(s, end, s.clause(end)[1]) if mod != "planned" else {}
        for org in orgs:
            when = own.get(org, date)
            for state in states:
                out.append(_membership(s, "parse_withdrew", state, org, "withdrew", when, span, mod))
                if when is not None and mod is None:
                    out.append(_event(s, "parse_withdrew", org, "withdrawn_by", when, span, state=state))
    return out


ENDED = {"suspend", "freeze", "end", "terminate", "renounce", "revoke", "cancel", "abandon", "relinquish", "cease"}
LEFT = {"suspend", "end", "terminate", "cease"}
"""The ending verbs that are a withdrawal when dated ('ceased its participation in the CIS in 2018'); a frozen
participation is less."""
"""Verbs that end what their object names: 'suspended its membership in the CSTO' is no membership begun."""
SUSPENDED_NOUNS = {"membership", "participation"}


def suspended(s: Sentence) -> list:
    """'Uzbekistan was previously a member of the EAEC, however it suspended its membership in 2008', 'Armenia
    had frozen its participation in the CSTO': role withdrew (the codebook: a state that suspends its own
    membership), and a dated suspension the organisation's withdrawn_by. The organisation is the noun's 'in'/'of',
    else the verb's 'to', else the one named before
    the verb; 'it' is the one state named before it in the sentence, else the state the article is about, else
    the state of the sentence before."""
    out = []
    for verb in _verbs(s, ENDED):
        nouns = [c for c in _children(verb, "dobj") if c.lemma_.lower() in SUSPENDED_NOUNS]
        if not nouns or (modality(verb) is not None and not _notified(verb)):
            continue
        subjects = _subjects(verb) or ([verb.head] if verb.dep_ == "advcl" else [])
        subjects = [c for t in subjects for c in ([t] if t.pos_ != "VERB" else _subjects(t))]
        states = [x for t in subjects for x in _noun_entities(s, t, ("state",))]
        before = verb.idx - s.offset
        if not states and any(t.lower_ == "it" for t in subjects):
            named = list(dict.fromkeys(x for m in s.states(0, before) for x in [s.state_of_entity(m.entity_id)] if x))
            # in an article about a state 'it' is that state ('It suspended its membership in the CSTO in 2012')
            states = named if len(named) == 1 else pronoun_states(s, subjects) or list(s.previous_states)[:1]
        places = _prep_objects(nouns[0], "in", "of") + _prep_objects(verb, "to", "from", "in")
        places = [t for t in places if t.ent_type_ != "DATE"]  # 'suspended its membership in the CSTO in 2012'
        orgs = [o for t in places for o in _organizations(s, t)]
        if places and not orgs:
            continue  # 'suspended its participation in the CFE': in a treaty, no body
        orgs = orgs or [m.entity_id for m in s.organizations(0, before)][:1] or talked_about_ids(s)
        if not states or not orgs:
            continue
        date = _date(s, verb, subjects)
        span = _clause(s, [verb, nouns[0], *subjects, *places])
        out += [_membership(s, "parse_suspended", st, orgs[0], "withdrew", date, span) for st in states if st]
        if date is not None and verb.lemma_.lower() in LEFT:  # a dated withdrawal
            out += [_event(s, "parse_suspended", orgs[0], "withdrawn_by", date, span, state=st) for st in states if st]
    return out


NOTICES = {"notification", "notice", "note"}


def _notified(verb) -> bool:
    """'Uzbekistan submitted a notification to the CSTO to suspend its membership': notice of a withdrawal given is
    the withdrawal (the formal act), not an intention; a request or a plan to suspend is not."""
    head = verb.head
    return verb.dep_ in ("advcl", "acl", "xcomp") and (
        head.lemma_.lower() in NOTICES or any(c.dep_ == "dobj" and c.lemma_.lower() in NOTICES for c in head.children)
    )


RULES = [withdrew, suspended]
