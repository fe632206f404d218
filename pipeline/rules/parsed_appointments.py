"""Parse rules for appointments: a person put in an organisation's post ('Halil Akıncı was appointed Secretary-General
of the Turkic Council in 2010', 'Edouard Saouma served as DG from 1976 to 1993', 'The current secretary general is
… Imangali Tasmagambetov, who took office on 1 January 2023').

Why: the codebook records the appointment of a national to an organisation's post as the organisation's event
(`appointed`, with the state of the appointee), dated by its start. Only a person (the recogniser's PERSON, or a
dictionary person) put into a post of a named organisation (or of the one the source is about, 'of the
organization') counts: 'Turkmenistan was elected vice-president of the UN General Assembly' puts a state, not a
person, in a post.
"""

from __future__ import annotations

import re

from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _date,
    _entity,
    _event,
    _noun_entities,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
    own_dates,
)
from pipeline.rules.parsed_pointers import _organization_pointer

POST = re.compile(
    r"\b(?:secretary[\s-]general|director[\s-]general|managing director|executive secretary|chairman|chairwoman|"
    r"chairperson|president|DG|SG)\b",
    re.IGNORECASE,
)
"""The posts of an organisation's head the genre reports; 'head of the mission' or 'member of the board' are not."""
CIVIL_SERVICE = re.compile(
    r"\b(?:secretary[\s-]general|director[\s-]general|managing director|executive secretary|DG|SG)\b", re.IGNORECASE
)
"""Posts only an organisation has (a state has a president or a chairman too): named with no organisation ('served
as DG'), they are of the organisation the paragraph is about."""
APPOINT = {"appoint", "elect", "name", "choose", "nominate"}
TAKE_UP = {"take", "assume"}
OFFICE_NOUNS = {"office", "post", "position", "duty", "duties"}
"""'took office as …', 'assumed the post of …', 'took up the duties of …': the subject enters the post."""


def _post(s: Sentence, noun) -> str | None:
    """The organisation of a post noun phrase ('Secretary-General of the CSTO', 'the CSTO Secretary General', 'DG'
    in an article on the FAO); None where the phrase names no post or no organisation."""
    words = [
        t for t in noun.subtree if not any(a.dep_ == "prep" and a.lower_ == "of" for a in t.ancestors if a.i >= noun.i)
    ]
    text = s.text[words[0].idx - s.offset : words[-1].idx + len(words[-1]) - s.offset] if words else ""
    if not POST.search(text):
        return None
    named = [o for t in _prep_objects(noun, "of") for o in _noun_entities(s, t, ("organization",))]
    named += [m.entity_id for t in words for m in [_entity(s, t, ("organization",))] if m]
    pointer = [p for t in _prep_objects(noun, "of") for p in [_organization_pointer(s, t)] if p]
    found = named or pointer
    if found or _prep_objects(noun, "of"):
        return found[0] if found else None
    if s.subject_organization or not CIVIL_SERVICE.search(text):
        return s.subject_organization
    return s.paragraph_organizations[0] if s.paragraph_organizations else None


def _person(s: Sentence, token):
    """The person a noun phrase names (a dictionary person, else the recogniser's PERSON), and the state of that
    person: the dictionary's, else a state adjective in the phrase ('former Kazakh Prime Minister …'), else the state
    after its 'of' or 'from' ('Ramil Hasanov of Azerbaijan')."""
    phrase = list(token.subtree)
    named = [m for t in phrase for m in [_entity(s, t, ("person",))] if m]
    if not named and not any(t.ent_type_ == "PERSON" for t in phrase) and not _full_name(s, token):
        return None
    state = next((s.state_of_entity(m.entity_id) for m in named if s.state_of_entity(m.entity_id)), None)
    if state is None:
        state = next(
            (x for t in phrase for x in _noun_entities(s, t, ("state",)) if t.dep_ in ("amod", "compound")), None
        )
    if state is None:  # 'Ramil Hasanov of Azerbaijan'
        state = next((x for o in _prep_objects(token, "of", "from") for x in _noun_entities(s, o, ("state",))), None)
    return state or ""


def _full_name(s: Sentence, token) -> bool:
    """A proper name of two words or more that names no state, organisation or place ('Ana Kovač', which the small
    recogniser does not tag PERSON): in a post's holder's place, a person."""
    words = [token, *(c for c in token.children if c.dep_ == "compound")]
    return (
        token.pos_ == "PROPN"
        and len(words) > 1
        and all(t.pos_ == "PROPN" and t.is_title for t in words)
        and not any(_entity(s, t, ("state", "organization", "place")) for t in words)
    )


def _since(s: Sentence, noun):
    """The start a post's own words give ('Its secretary-general since 2022 is …'): a date after 'since' or 'from'
    on the post noun."""
    return next((d for p in _children(noun, "prep") if p.lower_ in ("since", "from") for d in own_dates(s, p)), None)


def appointed(s: Sentence) -> list:
    """'X was appointed/elected (as) Secretary-General of ORG in 2010', 'X served as DG from 1976', 'X took office as
    Secretary-General in 2020', 'X became the
    organisation's first Secretary-General in 2009', 'The current secretary general is X, who took office on 1
    January 2023': `appointed` of the post's organisation, dated by the start, with the appointee's state."""
    out: list[Candidate] = []
    for verb in _verbs(s, APPOINT | TAKE_UP | {"serve", "become", "be"}):
        lemma = verb.lemma_.lower()
        if lemma in TAKE_UP:  # 'took office as secretary-general', 'assumed the post of secretary-general'
            offices = [o for o in _children(verb, "dobj") if o.lemma_.lower() in OFFICE_NOUNS]
            people = _subjects(verb) if offices else []
            posts = _prep_objects(verb, "as") + [p for o in offices for p in _prep_objects(o, "of")]
        elif lemma in APPOINT:
            people, posts = (
                _children(verb, "nsubjpass"),
                _children(verb, "oprd", "attr", "xcomp") + _prep_objects(verb, "as"),
            )
        elif lemma == "serve":
            people, posts = _subjects(verb), _prep_objects(verb, "as")
        else:
            people, posts = _subjects(verb), _children(verb, "attr")
            if lemma == "be":  # 'The current secretary general is X, who took office on …': the post is the subject
                people, posts = posts, people
        persons = [p for t in people for p in [_person(s, t)] if p is not None]
        if not persons or modality(verb) is not None:
            continue
        for post_noun in posts:
            org = _post(s, post_noun)
            if not org:
                continue
            start = [c for t in people for c in t.subtree if c.dep_ == "relcl" and c.lemma_.lower() == "take"]
            date = _date(s, start[0]) if start else _date(s, verb, clause=lemma != "be")
            if date is None and lemma == "be":
                date = _since(s, post_noun)
            if date is None:
                continue
            span = _clause(s, [verb, *people, *post_noun.subtree, *(x for r in start for x in r.subtree)])
            out.append(_event(s, "parse_appointed", org, "appointed", date, span, state=persons[0] or None))
    return out


FIRST_HOLDER = {"first", "founding", "inaugural"}


def first_holder(s: Sentence) -> list:
    """'Halil Akıncı, the founding Secretary-General of the organization, …': a person in apposition to the first
    holder of an organisation's post was appointed to it (the codebook's `<post>_appointed`), dated by the
    apposition's own words or undated; the post's later holders named so ('X, the Secretary-General of the UN, said')
    tell who holds it, not an appointment."""
    out: list[Candidate] = []
    for post in s.tokens if s.tokens is not None else ():
        if post.dep_ != "appos" or not any(c.lower_ in FIRST_HOLDER for c in post.children):
            continue
        person = _person(s, post.head)
        org = _post(s, post) if person is not None else None
        if not org:
            continue
        date = next(iter(own_dates(s, post)), None)
        span = _clause(s, [post.head, *post.subtree])
        out.append(_event(s, "parse_first_holder", org, "appointed", date, span, state=person or None))
    return out


CONFER = {"give", "confer", "award", "grant", "bestow"}


def title_conferred(s: Sentence) -> list:
    """'The title of Honorary Chairman of the Turkic Council was given to the former President of Kazakhstan
    Nursultan Nazarbayev': a post conferred as a title is an appointment to it (the codebook's `<post>_appointed`),
    dated by its verb, else, told in the past, by the narrative's year. A title that is no organisation's post
    ('the title of Hero of Kazakhstan') is none."""
    out: list[Candidate] = []
    for verb in _verbs(s, CONFER):
        titles = [t for t in _children(verb, "nsubjpass") if t.lemma_.lower() == "title"]
        posts = [o for t in titles for o in _prep_objects(t, "of")]
        people = [
            o
            for p in verb.children
            if p.dep_ in ("dative", "prep") and p.lower_ in ("to", "on")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        persons = [x for t in people for x in [_person(s, t)] if x is not None]
        orgs = [o for t in posts for o in [_post(s, t)] if o]
        if not orgs or not persons or modality(verb) is not None:
            continue
        date = _date(s, verb, people) or (s.paragraph_date if verb.tag_ in ("VBN", "VBD") else None)
        span = _clause(s, [verb, *titles, *posts, *people])
        out.append(_event(s, "parse_title_conferred", orgs[0], "appointed", date, span, state=persons[0] or None))
    return out


RULES = [appointed, first_holder, title_conferred]
