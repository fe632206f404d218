"""The modality a sentence gives a fact beyond its trigger's own words, read once for every fact type after the
rules: `hedged` under a reporting hedge, `target` when dated only by a deadline of an act still to come.

Why one pass for all types: a hedge ('Kazakhstan reportedly joined …', 'The two presidents are said to have met
in Sochi', 'According to some reports, Uzbekistan applied …') and a deadline ('a target of establishing the
Union by 2015') frame whatever fact the clause states, a membership, a visit, an agreement or an event alike.
Read rule by rule they drifted apart (one rule knew 'reportedly', another 'allegedly', a third neither).
Negations are no modality: the rules drop negated facts themselves (the codebook annotates none).
"""

from __future__ import annotations

import re

from pipeline.rules import stance

HEDGE_ADVERBS = {
    "reportedly",
    "allegedly",
    "apparently",
    "supposedly",
    "purportedly",
    "ostensibly",
    "seemingly",
    "possibly",
    "probably",
}
"""Adverbs by which the text reports a fact without vouching for it: 'Kazakhstan reportedly joined …'."""
REPORTING_VERBS = {"say", "believe", "report", "think", "allege", "rumour", "rumor", "understand", "claim", "suppose"}
"""In the passive or with an empty 'it' ('is said to have met', 'is believed to have signed', 'it was reported
that …'), verbs whose complement is a report, not a fact the text states. Active with a named speaker ('Tokayev
said that …') it is that speaker's statement, left as stated."""
ALLEGING_VERBS = {"allege", "claim", "accuse", "charge", "insist"}
"""Verbs of a claim one side makes, whoever makes it ('Armenian officials claimed that Azerbaijan had signed a secret
agreement with Turkey'): the text reports the claim, not the fact; unlike 'Tokayev said that …', a statement."""
REPORT_NOUNS = {"report", "rumour", "rumor", "speculation", "allegation", "claim"}
"""'according to some reports', 'according to unconfirmed reports', 'according to rumours'; 'according to a report
by the IMF' (one named report) is a source, not a hedge."""
VAGUE = {"some", "unconfirmed", "media", "press", "several", "various", "other"}


def hedge_scopes(s) -> list[tuple[int, int]]:
    """Sentence-relative character ranges a reporting hedge frames: the words of the verb it hangs on, less the
    clauses coordinated with that verb ('…, and reportedly Iran hosted …' frames only the hosting)."""
    if s.tokens is None:
        return []
    out = []
    for t in s.tokens:
        scope = _scope(t)
        if scope is not None:
            words = [scope] + [w for c in scope.children if c.dep_ not in ("conj", "cc") for w in c.subtree]
            out.append((min(w.idx for w in words) - s.offset, max(w.idx + len(w) for w in words) - s.offset))
    return out


def _scope(t):
    """The verb a hedge word frames, or None where the token is no hedge."""
    lemma = t.lemma_.lower()
    if t.lower_ in HEDGE_ADVERBS and t.dep_ == "advmod":
        return t.head
    if t.pos_ == "VERB" and (lemma in ALLEGING_VERBS or (lemma in REPORTING_VERBS and _impersonal(t))):
        return next((c for c in t.children if c.dep_ in ("xcomp", "ccomp")), None)
    if t.lower_ == "according" and t.dep_ == "prep":
        nouns = [o for p in t.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
        if any(_vague_report(n) for n in nouns):
            return t.head
    return None


def reported(verb) -> bool:
    """The verb is the complement of an impersonal reporting verb ('is said to have met', 'is believed to have
    joined'): its 'to' is a report's, not a plan's."""
    scope = _scope(verb.head) if verb.dep_ in ("xcomp", "ccomp") else None
    return scope is not None and scope.i == verb.i


def _impersonal(verb) -> bool:
    """'is said to', 'are believed to', 'it was reported that': a passive, or an empty 'it' for subject."""
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps or "nsubjpass" in deps or any(c.dep_ == "expl" for c in verb.children)


def _vague_report(noun) -> bool:
    """A report the text leaves unnamed: plural ('according to reports'), or with a vague word ('some')."""
    if noun.lemma_.lower() not in REPORT_NOUNS:
        return False
    return noun.tag_ == "NNS" or any(c.lower_ in VAGUE for c in noun.children)


def settle(fields: tuple, s, start: int, end: int) -> tuple:
    """The candidate's fields with the modality the sentence gives it: a deadline's `target` (see `deadline`),
    else `hedged` where a reporting hedge frames the fact's quote text[start:end]; a modality a rule read from
    the trigger's own words stays. Every fact type has a modality field."""
    fields = deadline(fields, s)
    values = dict(fields)
    if values.get("modality") is not None or not hedged(s, start, end):
        return fields
    return tuple(sorted({**values, "modality": "hedged"}.items()))


def hedged(s, start: int, end: int) -> bool:
    """True where a reporting hedge frames the words text[start:end] of a fact (its quote)."""
    return any(a < end and start < b for a, b in s.once(hedge_scopes))


DEADLINE = re.compile(r"\b(?:by|before|no later than)\s+(?:the\s+end\s+of\s+)?$", re.I)
"""Words that make the date after them a deadline: 'setting a target of establishing the Union by 2015'."""
PERFECT_OR_PASSIVE = {"had", "has", "have", "was", "were"}


def deadline(fields: tuple, s) -> tuple:
    """A fact dated only by a deadline ('by 2015') is a target, not an event of that year: where the date a
    candidate carries is introduced by 'by' (or 'before', 'no later than'), a fact type that has a modality gets
    `target` (a stated modality stays). A target and the event itself are two facts.

    A past act bounded so ('By 1994 all five states had acceded', 'by 1999 the bank had been set up') is no
    target: the text states it as done. Its date stays the bound: the codebook dates a fact by what the text
    gives for it (BRIEF §4), and 'by 1994' gives 1994, the year by which it held (the act itself fell in or
    before it; the text says no more)."""
    values = dict(fields)
    if "modality" not in values or values["modality"] is not None or not values.get("date_edtf"):
        return fields
    for d in s.dates:
        if d.edtf == values["date_edtf"] and DEADLINE.search(s.text[max(0, d.char_start - 30) : d.char_start]):
            if _stated_past(s, d):
                return fields
            return tuple(sorted({**values, "modality": "target"}.items()))
    return fields


def _stated_past(s, d) -> bool:
    """The deadline bounds a verb in the past tense or a perfect ('had acceded', 'was established', 'joined'),
    framed by no intention, plan or modal ('aims to join … by 2020', 'is to be completed by 2025', 'will have
    joined by 2025'); without a parse, False (a target, as before)."""
    token = stance.token_at(s, d.char_start)
    while token is not None and not (token.dep_ in ("prep", "agent") and token.lower_ in ("by", "before")):
        token = None if token.head.i == token.i else token.head
    if token is None:
        return False
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes & PERFECT_OR_PASSIVE))
    return past and "to" not in auxes and stance.intended(verb) is None
