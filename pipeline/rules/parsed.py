"""What every rule over the parse shares: finding entities under a token, subjects, objects and
conjuncts, dates, modality and clause spans (a list the parser strings badly, read from the text: parsed_lists).
The rules themselves are in the parsed_* modules (joining, members, events, event nouns, appointments,
suspensions, agreements, treaties, visits), one per job.

Why: "Armenia and Tajikistan joined the EDB in 2009", "which Uzbekistan joined in 2006", "GUAM, established
in 1997 by Georgia, Ukraine, Azerbaijan, and Moldova", "Azerbaijan is a member of the United Nations, the
Non-Aligned Movement, …", "The organization was established on 3 October 2009" are one shape each to a
parser (a verb by its lemma, its subjects, objects and passive agent, every conjunct of a list) and a
different string each to a pattern. Each rule is a small function with its id in `evidence.rule_id`;
the quote is the clause: the smallest span covering the verb and its arguments.

Actors: a dictionary or provisional entity the parse's noun covers; "it", "the organization", "the
bloc", "the group" (and the like) stand for the source's subject organisation, else the organisation the
paragraph is about. A negated verb states no fact; "will", "plans to", "is expected to" make it planned
("reportedly" makes any fact hedged: `fact_modality`).
"""

from __future__ import annotations

import re

from pipeline.rules import agreement_guards, fact_modality, other_events, stance
from pipeline.rules.back_references import _counted_back, _points_back
from pipeline.rules.context import Sentence
from pipeline.rules.patterns import group_members
from pipeline.text.dates import date_fields

FOUND = {"found", "establish", "create", "form", "launch", "set", "proclaim"}
GENERIC_ORG = {
    "organization",
    "organisation",
    "bloc",
    "group",
    "alliance",
    "union",
    "community",
    "bank",
    "body",
    "grouping",
    "forum",
    "association",
    "commonwealth",
}
"""Nouns that, after 'the' or 'this' and with no name, point back to the organisation being talked about."""
PLANNED = {"will", "shall", "plan", "intend", "expect", "aim", "would", "want", "wish", "hope", "seek", "decide"}
PLANNED |= {"must", "require", "oblige", "obligate"}  # a duty: 'Article III requires each party to conclude …'
POSSIBLE = {"could", "might", "may"}
"""'Iran could join the CSTO': a possibility someone raised, a candidacy, not a membership."""


# --- reading the parse ------------------------------------------------------------------------------


def _entity(s: Sentence, token, types=("state", "organization")):
    """The dictionary or provisional entity whose mention covers the token (offsets relative to the
    sentence), or None."""
    start = token.idx - s.offset
    for m in s.entities:
        if m.char_start <= start < m.char_end and m.entity_type in types:
            return m
    return None


def _place_host(s: Sentence, token) -> tuple[str, str | None] | None:
    """(host state, place) when the token itself is a state or a place ('Turkey', 'Astana'), else None."""
    m = _entity(s, token, ("state", "place"))
    state = s.state_of_entity(m.entity_id) if m else None
    return (state, m.entity_id if m.entity_type == "place" else None) if state else None


def _in_sentence(s: Sentence, token) -> bool:
    return s.tokens is not None and s.tokens.start <= token.i < s.tokens.end


def _conjuncts(token) -> list:
    """The token and every conjunct and apposition of it, at any depth ('Armenia, Belarus and Russia'; 'the
    UN (1945), the OECD (1961), …', which the parser strings as appositions)."""
    out, todo = {token}, [token]
    while todo:
        t = todo.pop()
        for c in [*t.conjuncts, *(c for c in t.children if c.dep_ == "appos")]:
            if c not in out:
                out.add(c)
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


def _name_conjuncts(s: Sentence, token) -> list:
    """`_conjuncts`, and the conjuncts the parser hangs on a later word of a name of several words: in 'with the
    Federated States of Micronesia, Kazakhstan and Belarus' (or 'the Republic of the Congo, Egypt and Iran') the
    list goes on from 'Micronesia', the object of the name's own 'of', not from its head 'States'."""
    out = _conjuncts(token)
    for t in out:  # grows while read: a list may go on from a later name's words too
        m = _entity(s, t)
        inside = [u for u in t.subtree if u.i > t.i and m and u.idx - s.offset < m.char_end] if m else []
        out += [c for u in inside for c in _conjuncts(u) if c not in out and c not in inside]
    return sorted(set(out), key=lambda t: t.i)


def _name_head(s: Sentence, token):
    """The head word of the entity name that covers the token ('Union' for 'Publication' in 'the International Union
    for the Publication of Customs Tariffs'), else the token: a list the parser goes on from a word inside a name
    goes on from the name."""
    m = _entity(s, token)
    while m and token.head.i != token.i and m.char_start <= token.head.idx - s.offset < m.char_end:
        token = token.head
    return token


def _noun_entities(s: Sentence, token, types) -> list[str]:
    """Entity ids of a noun phrase's head and its conjuncts; a head that is no entity itself may carry one in
    its compound or 'of' words ('the Kyrgyz Republic', 'the members of Armenia')."""
    out = []
    for t in _name_conjuncts(s, token):
        if t.pos_ == "NUM" or (t.dep_ == "appos" and _bracketed(s, t) and _entity(s, t.head, types)):
            continue  # 'the Central Asian Economic Community (ECSC)': the acronym restates its head
        m = _entity(s, t, types)
        if m is None and "organization" not in types and not _of_name(t):  # 'the Kyrgyz Republic': its state word
            m = next(
                (
                    _entity(s, c, types)
                    for c in t.children
                    if c.dep_ in ("compound", "amod") and _entity(s, c, types) and not _descriptive(s, c)
                ),
                None,
            )
        if m is None and types == ("organization",) and t.lemma_.lower() in GENERIC_ORG:  # 'the GUAM group'
            m = next((x for c in t.children if c.dep_ == "compound" for x in [_entity(s, c, types)] if x), None)
        if m is None and "organization" not in types and t.lemma_.lower() in STATE_TITLES:
            m = next((x for o in _prep_objects(t, "of") for x in [_entity(s, o, types)] if x), None)
        listed = [c for c in t.children if c.dep_ == "appos"] if m is None else []
        if m is not None:
            out.append(s.state_of_entity(m.entity_id) if m.entity_type == "state" else m.entity_id)
        elif listed:  # 'three other post-Soviet states—Azerbaijan, Belarus, and Georgia—acceded'
            out += [x for c in listed for x in _noun_entities(s, c, types)]
        elif "state" in types and _points_back(t) and _counted_back(s, t):
            out += [x for x in s.previous_states]
    return list(dict.fromkeys(x for x in out if x))


def _of_name(token) -> bool:
    """The noun is followed by 'of' and a name: 'the Turkish Republic of Northern Cyprus' is not Turkey."""
    return any(o.pos_ == "PROPN" for o in _prep_objects(token, "of"))


DESCRIPTIVE_PREFIX = re.compile(r"(?:\b(?:post|ex|pre|non|anti)\s*-\s*|\bformer\s+)$", re.IGNORECASE)
"""'post-Soviet states', 'ex-Soviet republics', 'former Soviet states': the word describes the states, it
names no state."""


def _descriptive(s: Sentence, token) -> bool:
    start = token.idx - s.offset
    return bool(DESCRIPTIVE_PREFIX.search(s.text, max(0, start - 8), start))


def _bracketed(s: Sentence, token) -> bool:
    """The token stands alone in brackets: '(ECSC)'."""
    start = token.idx - s.offset
    return s.text[max(0, start - 1) : start] == "(" and s.text[start + len(token) : start + len(token) + 1] == ")"


STATE_TITLES = {"republic", "kingdom", "federation", "emirate", "sultanate", "principality"}
"""Head nouns of a state's long name: 'the Islamic Republic of Afghanistan' is Afghanistan."""


def phrase_states(s: Sentence, tokens) -> list[str]:
    """The states the noun phrases name, or failing that the members of a curated group a phrase names ('the
    five Central Asian republics', raw/dictionaries/state_groups.csv: only where the members are certain)."""
    named = [x for t in tokens for x in _noun_entities(s, t, ("state",))]
    edges = [(t.left_edge.idx - s.offset, t.right_edge.idx + len(t.right_edge) - s.offset) for t in tokens]
    return named or list(dict.fromkeys(m for a, b in edges for m in group_members(s, a, b)))


def _children(token, *deps) -> list:
    return [c for c in token.children if c.dep_ in deps]


def _subjects(verb) -> list:
    """The verb's subject tokens; a verb coordinated with an earlier one shares its subject."""
    subjects = _children(verb, "nsubj", "nsubjpass")
    while not subjects and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        verb = verb.head
        subjects = _children(verb, "nsubj", "nsubjpass")
    return subjects


def _governing_verb(token, steps: int = 4):
    """The verb a noun phrase hangs on, through at most `steps` prepositions and nouns."""
    for _ in range(steps):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "prep":  # 'following', 'including': prepositions
            return token
    return None


def _prep_objects(token, *preps) -> list:
    return [
        o
        for p in token.children
        if p.dep_ in ("prep", "agent") and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _passive(verb, participle: bool = False) -> bool:
    """The verb is passive ('was admitted', 'Turkey was granted'); with `participle`, a past participle qualifying a
    noun is too ('the treaty signed by …', 'GUAM, established in 1997')."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        participle and verb.dep_ == "acl" and verb.tag_ == "VBN"
    )


def _negated(verb) -> bool:
    return (
        (any(c.dep_ == "neg" for c in verb.children) and not stance.not_until(verb))
        or stance.neither(verb)
        or (verb.dep_ == "xcomp" and any(c.dep_ == "neg" for c in verb.head.children))
    )


def modality(verb) -> str | None:
    """planned for a future or intended act ('will join', 'plans to join', 'considered joining', 'a target of
    establishing': see stance.intended), proposed for a possible one ('could join'). A reported act ('reportedly
    joined', 'is said to have met') is read as stated here and hedged for every fact type (`fact_modality.settle`)."""
    heads = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "ccomp") else [])
    words = {c.lemma_.lower() for h in heads for c in h.children if c.pos_ != "PROPN"}  # not '… Action Plan'
    words |= {h.lemma_.lower() for h in heads[1:]}
    if any(c.dep_ == "mark" and c.lower_ in stance.CONDITIONS for c in verb.children):
        return "hedged"  # 'If Iran ratified the Additional Protocol, sanctions would be lifted': a condition
    if words & POSSIBLE or stance.others_wish(verb):  # 'could join'; 'wanted Turkey to join': another's proposal
        return "proposed"
    if fact_modality.reported(verb):  # 'is said to have met': the 'to' of a report, no plan
        return stance.intended(verb.head)
    if words & PLANNED or stance.infinitive_plan(verb):
        return "planned"
    return stance.intended(verb)


def _date(s: Sentence, verb, exclude=(), clause: bool = True):
    """The date in the verb's own words (not inside its subject or a clause of its own), else the clause's
    date (Sentence.date_for) unless `clause` is False: a planned act ('Armenia had decided in 2013 to join',
    'Ukraine wanted to be an observer') has no date but its own, the clause's being the intention's (a
    candidacy, 'In 2007 … suggested Iran could join', dates from when it was raised)."""
    own = own_dates(s, verb, exclude)
    d = own[0] if own else (s.date_for(verb.idx - s.offset) if clause else None)
    return (other_events.counted_from(s, verb.idx - s.offset, d) if d else None) or d  # 'A year after … in 1991'


def own_dates(s: Sentence, verb, exclude=()) -> list:
    """The dates in the verb's own words, in order: not inside its subject, `exclude`, a clause of its own
    or a relative clause on its object, and not a bound ('until 2005') or a named other event's ('after the Moscow
    Summit in 1999', `Sentence.other_event`)."""
    skip = set()
    for t in exclude:
        skip |= {x.i for x in t.subtree}
    for c in verb.children:
        if c.dep_ in ("relcl", "ccomp", "advcl", "conj", "nsubj", "nsubjpass") or c in exclude:
            skip |= {x.i for x in c.subtree}
    # 'in 2000 Togo, Kazakhstan … established': the parser may read the year as a number on the name after it,
    # leaving the verb's 'in' with no object; the year is still the verb's
    for p in (c for c in verb.children if c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)):
        if p.i + 1 < len(p.doc) and p.doc[p.i + 1].dep_ == "nummod":
            skip.discard(p.i + 1)
    for t in verb.subtree:  # 'joined the GUAM group, established in 1997 by …': that date is the group's founding
        if t.i != verb.i and t.dep_ in ("acl", "relcl") and t.head.i != verb.i and t.head.dep_ in ("dobj", "pobj"):
            skip |= {x.i for x in t.subtree}
    spans = [(t.idx - s.offset, t.idx - s.offset + len(t)) for t in verb.subtree if t.i not in skip]
    at = verb.idx - s.offset
    return [
        d
        for d in s.dates
        if any(a <= d.char_start < b for a, b in spans) and not s.bounds(d) and not s.other_event(d.char_start, at)
    ]  # 'founded after the Moscow Summit in 1999': the summit's year


def _clause(s: Sentence, tokens) -> tuple[int, int]:
    """The smallest span of the sentence covering the given tokens (offsets relative to the sentence)."""
    tokens = [t for t in tokens if _in_sentence(s, t)]
    start = min(t.idx for t in tokens) - s.offset
    end = max(t.idx + len(t) for t in tokens) - s.offset
    return start, end


def _membership(s, rule, state, org, role, date, span, modality=None):
    return s.candidate(
        "membership",
        f"membership.{rule}",
        span[0],
        span[1],
        state_id=state,
        organization_id=org,
        role=role,
        modality=modality,
        **date_fields(date),
    )


def _event(s, rule, org, event, date, span, state=None, counterpart=None, modality=None):
    return s.candidate(
        "organization_event",
        f"organization_event.{rule}",
        span[0],
        span[1],
        organization_id=org,
        event_type=event,
        counterpart_organization_id=counterpart,
        state_id=state,
        modality=modality,
        **date_fields(date),
    )


def _verbs(s: Sentence, lemmas: set[str]) -> list:
    """The sentence's verbs with one of `lemmas` neither negated, conditional nor unrealised (stance), in text order.
    Some forty rules ask this of every sentence: the verbs are looked up in the sentence's index by lemma
    (`verbs_of`), and each verb's verdict is reached once per sentence, not once per rule."""
    stated = s._memo.setdefault("parsed.stated", {})  # token index -> neither negated nor conditional
    out = []
    for t in verbs_of(s, lemmas):
        if t.i not in stated:
            stated[t.i] = not _negated(t) and not stance.conditional(t) and not stance.unrealised(t)
        if stated[t.i]:
            out.append(t)
    return out


def verbs_of(s: Sentence, lemmas: set[str]) -> list:
    """The sentence's verbs and auxiliaries with one of `lemmas` (lower-cased), in text order."""
    return [t for t in s.with_lemma(lemmas) if t.pos_ in ("VERB", "AUX")]


def _parties(s: Sentence, tokens) -> list[str]:
    """States (and organisations) a list of noun phrases names, through 'the presidents of A, B and C'; not a state
    a list excepts ('all the Central Asian states other than Uzbekistan': `agreement_guards.excepted`)."""
    out = []
    for t in tokens:
        of = [] if agreement_guards.seated(t) else _prep_objects(t, "of")  # not the body of 'its permanent members'
        out += _noun_entities(s, t, ("state", "organization")) or [
            x for o in of for x in _noun_entities(s, o, ("state", "organization"))
        ]
    start = min((t.left_edge.idx for t in tokens), default=s.offset) - s.offset
    end = max((t.right_edge.idx + len(t.right_edge) for t in tokens), default=s.offset) - s.offset
    excepted = {m.entity_id for m in s.states(start, end) if agreement_guards.excepted(s, m)}
    return [x for x in dict.fromkeys(out) if x not in excepted]
