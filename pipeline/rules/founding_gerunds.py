"""A founding told by a gerund whose subject is the clause's, and a body named 'in the shape of' what was set up:
'Russia tried to regain some influence by creating, on 8 December 1991, a regional organization – the CIS',
'Uzbekistan took part in founding the SCO and the CSTO', 'Turkey is part of launching the SEECP', 'the member
states have established a resource pool in the shape of the ECO-CEC'.

Why a module of its own: the gerund has no subject, so the founding states are the subject of the verb its
preposition hangs on (`parsed._governing_verb`, then `parsed._subjects` up an infinitive chain); the parser often
loses the object set off by commas after a date ('by founding, in June 2001, a new bloc – the SCO'), which is then
the first noun after the gerund; and a descriptive object ('a resource pool') names the body only through 'in the
shape of' / 'in the form of'. `parsed_events.founded` asks these helpers where its own reading finds nothing.
"""

from __future__ import annotations

from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _children, _governing_verb, _noun_entities, _prep_objects, _subjects

PARTAKING = {"part", "role", "participate", "instrumental", "involve", "lead"}
"""Words that make 'in'/'of' + gerund a share in the act ('took part in founding', 'is part of launching',
'played a leading role in creating'); other heads make it an aim or an idea ('the idea of creating', 'interested
in establishing'), no founding."""
LOOSE_OBJECT_DEPS = {"npadvmod", "dobj", "dep", "appos", "attr", "oprd"}
SHAPES = {"shape", "form"}


def gerund(verb) -> bool:
    """A subject-less gerund after 'by', or after 'in'/'of' on a word of taking part."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "pobj") or _children(verb, "nsubj", "nsubjpass"):
        return False
    prep, head = verb.head, verb.head.head  # 'took part in': the preposition may hang on the verb or the noun
    words = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ in ("dobj", "attr")}
    return prep.lower_ == "by" or (prep.lower_ in ("in", "of") and bool(words & PARTAKING))


def gerund_subjects(verb) -> list:
    """The subject of the verb a founding gerund hangs on ('Russia tried to regain … by creating'), or none."""
    if not gerund(verb):
        return []
    head = _governing_verb(verb.head)
    return _subjects(head) if head is not None else []


def loose_object(verb) -> list:
    """The object the parser cut off a gerund ('by founding, in June 2001, a new security bloc – the SCO'): the
    first noun after it outside its own words, with no verb between (else it is another clause's)."""
    if not gerund(verb):
        return []
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.pos_ in ("VERB", "AUX"):
            return []
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in LOOSE_OBJECT_DEPS and not t.is_ancestor(verb):
            return [t]
    return []


def told(s: Sentence, verb, created) -> list:
    """The bodies a founding states outright though undated: those a subject's gerund founds ('took part in
    founding the SCO and the CSTO', every conjunct) and those named 'in the shape of' what was set up."""
    if not (gerund(verb) or shaped(verb, created)):
        return []
    return list(dict.fromkeys(o for t in created for o in _noun_entities(s, t, ("organization",))))


def shaped(verb, created) -> list:
    """The body a descriptive object is set up as ('established a central resource pool in the shape of the
    ECO-CEC'): the phrase hangs on the object or on the verb."""
    shapes = [p for t in [verb, *created] for p in _prep_objects(t, "in") if p.lemma_.lower() in SHAPES]
    return [o for p in shapes for o in _prep_objects(p, "of")]


def shares_subject(verb) -> bool:
    """A verb with no subject of its own shares its head's, unless the parser tied a past verb to a bare infinitive
    ('declaring that the Soviet Union would cease to exist and proclaimed the Commonwealth …': the presidents
    proclaimed it, not the Soviet Union)."""
    own = _children(verb, "nsubj", "nsubjpass")
    return bool(own) or not (verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.tag_ == "VB")
