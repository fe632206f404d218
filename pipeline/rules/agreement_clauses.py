"""Words of a signing sentence that belong to another clause: a date in a relative clause on another noun, and
the objects of a verb coordinated with the signing verb.

Why: a sentence of the genre tells a signing beside another event ('Iran and Turkmenistan signed an agreement to
build the Korpeje–Kurt Kui pipeline, which opened in 1997'; 'Turkmenistan became a member of the UN in 1992 and
signed a partnership agreement with the EU in 1998'). The codebook dates a fact by its own words, never by a date
told for something else, and makes parties those who sign. The surface signing rule (`agreements.signed`) reads
its date and parties from the clause's text; these corrections read the parse, and change nothing without one.
"""

from __future__ import annotations

from pipeline.rules.agreement_guards import INSTRUMENT_LEMMAS, agents
from pipeline.rules.context import Sentence
from pipeline.rules.stance import token_at

VERBS = {"VERB", "AUX"}
SIGNING = {"sign", "conclude", "ratify", "adopt", "agree", "initial"}
"""A clause with a signing verb tells the signing itself, whatever word of the instrument's name the parser hangs
it on ('the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, signed in 2006')."""


CO_SIGNING = {"sign", "conclude", "initial"}
"""Verbs whose later subject joins the first clause's signers of one instrument: both sides sign it."""


def on_another_noun(s: Sentence, date) -> bool:
    """True when the date belongs to a relative clause or participle on a noun other than an instrument ('the
    pipeline, which opened in 1997'); not to one on the instrument itself, nor to a signing's (`SIGNING`)."""
    token = token_at(s, date.char_start)
    while token is not None and token.head.i != token.i:
        token = token.head
        if token.pos_ in VERBS:
            return (
                token.dep_ in ("relcl", "acl")
                and token.head.lemma_.lower() not in INSTRUMENT_LEMMAS
                and token.lemma_.lower() not in SIGNING
            )
    return False


def conjunct_date(s: Sentence, verb_start: int, date) -> bool:
    """True when the date is told after a verb coordinated with the signing verb, among that verb's own words:
    'Turkmenistan became independent in 1991 and signed a friendship treaty with Turkey' (1991 is the independence's).
    A date before both ('In 1992, Kazakhstan joined the UN and signed …') covers both, and so does the date of another
    act on the instrument ('joined in 1994 and ratified the Treaty'). False without a parse."""
    verb, token = token_at(s, verb_start), token_at(s, date.char_start)
    if verb is None or token is None:
        return False
    owner = token
    while owner.head.i != owner.i and owner.pos_ not in VERBS:
        owner = owner.head
    return (
        owner.i != verb.i
        and owner in verb.conjuncts
        and owner.i < token.i
        and owner.lemma_.lower() not in SIGNING | {"join", "accede"}
    )


def of_another_verb(s: Sentence, verb_start: int, party_set: tuple) -> tuple:
    """The parties less those named only in the objects and phrases of a verb coordinated with the signing verb
    ('became a member of the UN … and signed a partnership agreement with the EU': not the UN); their shared
    subject stays, but not the subject of a later clause telling another act ('The Soviet Union signed the Outer
    Space Treaty in 1967, and Kazakhstan ratified it in 1998': Kazakhstan's act is its own, not a signing; one
    signing its own ('A signed the treaty in 1995 and B signed it in 1996') stays. `party_set` unchanged without a
    parse."""
    verb = token_at(s, verb_start)
    if verb is None:
        return party_set
    others = [v for v in verb.conjuncts if v.pos_ in VERBS]

    under = {x.i for x in verb.subtree}

    def own(v, t) -> bool:
        if t.dep_ in ("nsubj", "nsubjpass"):  # a later clause's own subject, though the parser hangs it under the verb
            return v.i > verb.i and v.lemma_.lower() not in CO_SIGNING
        return t.dep_ not in ("conj", "cc", "punct") and t.i not in under

    spans = [
        (t.left_edge.idx - s.offset, t.right_edge.idx + len(t.right_edge) - s.offset)
        for v in others
        for t in v.children
        if own(v, t)
    ]
    if not spans:
        return party_set

    def party(m):
        return m.entity_id if m.entity_type == "organization" else s.state_of_entity(m.entity_id)

    inside = {party(m) for m in s.entities if any(a <= m.char_start and m.char_end <= b for a, b in spans)}
    outside = {party(m) for m in s.entities if not any(a <= m.char_start and m.char_end <= b for a, b in spans)}
    return tuple(p for p in party_set if p not in inside or p in outside)


def signers(s: Sentence, verb_start: int, party_set: tuple) -> tuple:
    """The parties that sign: the passive's agents where it names them (`agreement_guards.agents`), none named only
    by a coordinated verb (`of_another_verb`)."""
    return of_another_verb(s, verb_start, agents(s, verb_start, party_set))


SIGNED_BY = {"sign", "ratify", "conclude"}


def signed_by_conjunct(s: Sentence, verb_start: int) -> int | None:
    """Where the signing verb names no signer and a later passive coordinated with it does ('The Paris Agreement was
    adopted on 12 December 2015 and signed by Kazakhstan on 2 August 2016': the adoption is the instrument's own
    act, the signing Kazakhstan's), the position of that later verb, whose date and signers the item takes; else
    None (and without a parse)."""
    verb = token_at(s, verb_start)
    if verb is None or any(c.dep_ in ("agent", "nsubj") for c in verb.children):
        return None
    later = [
        v
        for v in verb.conjuncts
        if v.i > verb.i and v.lemma_.lower() in SIGNED_BY and any(c.dep_ == "agent" for c in v.children)
    ]
    return later[0].idx - s.offset if later else None
