"""Whether the parse states a state's act on a treaty as done: 'India, Pakistan, and Israel have declined to sign
the NPT' states no signature (the verb hangs under a verb of refusal), while 'France and China did not accede
until 1992' states an accession in 1992 ('not … until <date>' tells when it happened, not that it did not).

Why here: `parsed._verbs` leaves out every negated verb and keeps a verb under 'declined to'; the treaty rules
(`parsed_treaties`, `parsed_agreements`) need both corrections, which are statements about English, not about
one text.
"""

from __future__ import annotations

import re

from pipeline.rules import stance
from pipeline.rules.context import Sentence
from pipeline.rules.other_events import places_another_event
from pipeline.rules.parse_repairs import mistagged_infinitives, stranded_infinitive
from pipeline.rules.parsed import _date, _negated, _prep_objects, modality, verbs_of

REFUSALS = {"decline", "refuse", "fail", "reject", "refrain", "abstain"}
"""Verbs whose infinitive complement did not happen: 'declined to sign', 'failed to ratify'."""


def refused(verb) -> bool:
    """True when the verb is the complement of a verb of refusal ('have declined to sign the NPT')."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSALS and not _negated(verb.head)


def not_until(s: Sentence, verb) -> bool:
    """True for a negated verb with an 'until' date of its own: 'did not accede until 1992' happened in 1992."""
    until = _prep_objects(verb, "until")
    return bool(until) and any(
        s.dates_in(t.left_edge.idx - s.offset, t.right_edge.idx + len(t.right_edge) - s.offset) for t in until
    )


def neither_nor(verb) -> bool:
    """True for a verb of 'neither … nor' ('Egypt has neither signed nor ratified the CTBT'): both are denied; so is
    a verb whose subject is denied ('Neither India nor Pakistan has joined the treaty', 'No Central Asian state has
    acceded')."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    if any(c.lower_ in ("neither", "nor") for v in verbs for c in v.children if c.dep_ in ("preconj", "cc")):
        return True
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.lower_ in ("neither", "no") and c.dep_ in ("det", "preconj") for t in subjects for c in t.children)


def acts(s: Sentence, lemmas: set[str]) -> list:
    """The verbs of `lemmas` the sentence states as done: not negated (save 'not … until <date>'), not under an
    'if', not refused, not denied by 'neither … nor'; with the infinitives the parser tagged nouns ('the most recent
    state to accede', `parse_repairs.mistagged_infinitives`)."""
    verbs = sorted(verbs_of(s, lemmas) + mistagged_infinitives(s, lemmas), key=lambda t: t.i)
    return [
        t
        for t in verbs
        if (not _negated(t) or not_until(s, t)) and not stance.conditional(t) and not refused(t) and not neither_nor(t)
    ]


RANKS = {"first", "last", "only", "second", "third", "fourth", "fifth", "latest", "next", "recent", "newest"}
"""Words that rank a doer among others: 'the last state to join', 'the most recent state to ratify it'."""
ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|(?:[a-z]+-)?(?:sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth|"
    r"first|second|third|fourth|fifth))$"
)
"""'the 50th state to ratify', 'the 183rd', 'the fiftieth instrument', 'the twenty-first': a rank in figures or words."""


def ranked(token) -> bool:
    return token.lower_ in RANKS or bool(ORDINAL.match(token.lower_))


def record(verb) -> bool:
    """True for an infinitive that ranks a doer among others ('Kazakhstan became the first state to ratify the
    treaty, in 1993', 'the last to accede', 'was among (one of) the first to sign'): it states the act as done, though its
    'to' reads as an intention."""
    stranded = stranded_infinitive(verb)  # 'the 192nd state to accede' with 'to' read as a preposition
    head = stranded if stranded is not None else verb.head
    if verb.dep_ in ("acl", "relcl") or (stranded is not None and stranded.pos_ in ("NOUN", "PROPN")):
        placed = [head]
    elif verb.dep_ in ("xcomp", "advcl") or stranded is not None:  # the parser may hang the infinitive on 'became'
        before = [c for c in head.children if c.i < verb.i]  # beside 'the first state'
        attributes = [c for c in before if c.dep_ == "attr"]
        placed = attributes + [  # 'was among the first', 'was one of the first states'
            o
            for p in [*before, *(c for a in attributes for c in a.children)]
            if p.dep_ == "prep" and p.lower_ in ("among", "of")
            for o in p.children
            if o.dep_ == "pobj"
        ]
    else:
        return False
    return any(ranked(t) or any(ranked(c) for c in t.children if c.dep_ == "amod") for t in placed)


def mood_and_date(s: Sentence, verb, date):
    """The modality and date of a treaty act: a ranked infinitive (`record`) is stated, dated by its clause."""
    if record(verb):
        return None, date if date is not None else _clause_date(s, verb) or _named_doer_date(s, verb)
    return modality(verb) or _first_conjunct_mood(verb), date


def _first_conjunct_mood(verb) -> str | None:
    """The mood of the first of the verbs coordinated with this one, which they share: 'The General Assembly called
    on all states to sign and ratify the treaty' asks for the ratification as well as the signature."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return modality(first) if first is not verb else None


TIMING = {"after", "before", "once", "when", "until", "since"}


def _clause_date(s: Sentence, verb):
    """The date of the clause a ranked act is told in (`Sentence.date_for`); none from outside a timing clause the act
    sits in: 'It entered into force on 1 March 1999, after Burkina Faso became the 40th state to ratify it' dates the
    entry, not the ratification."""
    date = s.date_for(verb.idx - s.offset)
    timed = next(
        (v for v in [verb, *verb.ancestors] if any(c.dep_ == "mark" and c.lower_ in TIMING for c in v.children)), None
    )
    if date is None or timed is None:
        return date
    start, end = timed.left_edge.idx - s.offset, timed.right_edge.idx + len(timed.right_edge) - s.offset
    return date if start <= date.char_start < end else None


def _named_doer_date(s: Sentence, verb):
    """The date a ranked act takes from the act a relative clause tells of the doer named after 'was': 'The last state
    to join the treaty was Morocco, which ratified it in 2022' (joining it was ratifying it); None where the noun the
    infinitive ranks is no subject of 'be', or the clause tells another act ('Morocco, whose king visited Paris in
    2022')."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.dep_ != "nsubj" or noun.head.lemma_.lower() != "be":
        return None
    told = [r for c in noun.head.children if c.dep_ == "attr" for r in c.children]
    acts_of = [r for r in told if r.dep_ == "relcl" and r.lemma_.lower() in DOER_ACTS]
    edges = [(t.left_edge.idx - s.offset, t.right_edge.idx + len(t.right_edge) - s.offset) for t in acts_of]
    return next((d for a, b in edges for d in s.dates_in(a, b) if not s.bounds(d)), None)


DOER_ACTS = {"ratify", "accede", "join", "sign", "deposit", "adhere", "succeed"}
"""The acts a relative clause on the ranked doer may tell that date its joining ('…, which ratified it in 2022')."""


def own_date(s: Sentence, verb, actors=()):
    """The date of the act itself (`parsed._date`, the clause's left out): not one inside its doers' words, nor one
    in a phrase that places it after or before another event ('After the collapse of the Soviet Union in 1991,
    Ukraine acceded to the NPT in 1994': that event's date, `other_events`; the act is then undated)."""
    placed = [c for c in verb.children if c.dep_ in ("prep", "advcl") and places_another_event(s, c)]
    return _date(s, verb, [*actors, *placed], clause=False) or _effective(s, verb) or _cleft(s, verb)


def _cleft(s: Sentence, verb):
    """The date a cleft gives the act of its 'that' clause: 'It was not until 2000 that Kazakhstan ratified the
    Convention', 'It was only in 2005 that …' (the parser hangs the date on 'was'); else None."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() != "be" or not any(c.lower_ == "it" for c in head.children):
        return None
    denied = any(c.dep_ == "neg" for c in head.children)  # 'not until' (which `_negated` reads as no negation)
    when = _prep_objects(head, "until") if denied else _prep_objects(head, "in", "on")
    return next((d for t in when for d in s.dates if d.char_start == t.left_edge.idx - s.offset), None)


def _effective(s: Sentence, verb):
    """The date an 'effective' phrase on the act gives it ('withdrew from the treaty, effective 18 December 2021'):
    the act's own, though the parser makes the phrase a clause of its own; else None."""
    for c in verb.children:
        if c.lower_ == "effective" and c.dep_ in ("advcl", "advmod", "amod", "acomp"):
            words = [(t.idx - s.offset, t.idx - s.offset + len(t)) for t in c.subtree]
            found = [d for d in s.dates if any(a <= d.char_start < b for a, b in words) and not s.bounds(d)]
            if found:
                return found[0]
    return None
