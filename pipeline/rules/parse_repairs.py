"""Known misreadings of the small parser that the event and treaty rules repair where the words leave no doubt.

Why: `en_core_web_sm` hangs a reduced relative clause after a comma on the main verb ('The organisation traces its
origins to the Shanghai Five, formed in 1996': 'formed' as an adverbial clause of 'traces', not a participle of
'Five'), so a rule that reads 'GUAM, established in 1997' as a participle of its noun misses the same shape one
step further on. The repair is asked only by the rule that needs it, and only for a bare past participle (no
subject, no auxiliary) right after a comma that closes an organisation's name. Likewise a state named after an
opening date phrase ('In 2021, Uzbekistan, after …'), which the parser may hang under the date's preposition.
"""

from __future__ import annotations

from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _entity
from pipeline.rules.parsed_pointers import _organizations


def reduced_relative(s: Sentence, verb) -> list:
    """The noun a bare past participle after ', ' qualifies, where the parser made the participle an adverbial
    clause of the main verb: [the noun] when it names an organisation, else []."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i < 2:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return []
    comma, noun = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if comma.text != "," or noun.pos_ not in ("NOUN", "PROPN") or not _organizations(s, noun):
        return []
    return [noun]


def fronted_subject(s: Sentence, verb) -> list:
    """The subject the parser hung under an opening date phrase: in 'In 2021, Uzbekistan, after becoming observer …,
    conducted …' it reads 'Uzbekistan' as a second object of 'In', leaving the verb with no subject. For a verb with
    none, the state named right after the comma that closes its opening 'In 2021' / 'On 5 May 2015' phrase."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    out = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on") or prep.i > verb.i:
            continue
        dated = [d for d in s.dates if prep.idx - s.offset < d.char_start < verb.idx - s.offset]
        for t in prep.subtree:
            after_date = any(s.text[d.char_end : t.idx - s.offset].strip() == "," for d in dated)
            if t.pos_ == "PROPN" and after_date and _entity(s, t, ("state",)):
                out.append(t)
    return out


def stranded_article(s: Sentence, token) -> list[str]:
    """The organisation a preposition's object names where the parser took the article alone for the object: in 'The
    withdrawal of Georgia from the Commonwealth of Independent States took effect' it reads 'the' as the object of
    'from' and the name as the sentence's subject. For an object 'the', the organisation named right after it."""
    if token.lower_ != "the" or token.dep_ != "pobj":
        return []
    after = token.idx - s.offset + len(token)
    return [m.entity_id for m in s.organizations(after, len(s.text)) if not s.text[after : m.char_start].strip()][:1]


def auxiliary_subject(verb) -> list:
    """The subject the parser hung on a passive auxiliary: in 'The Minsk Group is co-chaired by … and has
    representation from …' it reads 'Group' as the subject of 'is', leaving 'co-chaired' (and the 'has' coordinated
    with it) with none; 'is' hangs on 'co', itself an auxiliary. For a verb with no subject, the subject of an auxiliary of it or of the verb it is
    coordinated with."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        verb = verb.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    auxiliaries += [g for c in auxiliaries for g in c.children if g.dep_ in ("aux", "auxpass")]  # 'is co-': two
    return [g for c in auxiliaries for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]


def stranded_infinitive(verb):
    """The word a bare infinitive qualifies where the parser took its 'to' for a preposition and the verb for its
    object: in 'Angola became the 192nd state to accede, in September 2015' it hangs 'to' on 'became', in 'The last
    states to accede were Myanmar …' on 'states' (and may tag the verb a noun, `VERB_ONLY`). For such a verb, the
    word 'to' hangs on (a noun the infinitive qualifies, or the verb beside whose attribute it stands); else None."""
    to = verb.head
    infinitive = verb.tag_ == "VB" or (verb.pos_ == "NOUN" and verb.lemma_.lower() in VERB_ONLY)
    if not infinitive or verb.dep_ != "pobj" or to.lower_ != "to" or to.head.i == to.i:
        return None
    return to.head


VERB_ONLY = {"accede", "adhere", "ratify"}
"""Words English has only as verbs, which the parser may yet tag a noun after 'to' ('The most recent state to accede
was South Sudan'): such a word is the infinitive it can only be."""


def mistagged_infinitives(s: Sentence, lemmas: set[str]) -> list:
    """The words of `lemmas` that can only be verbs (`VERB_ONLY`) the parser tagged a noun after 'to', read as the
    infinitives they are (`stranded_infinitive`)."""
    words = s.with_lemma(lemmas & VERB_ONLY)
    return [t for t in words if t.pos_ == "NOUN" and stranded_infinitive(t) is not None]


INTRANSITIVE = {"accede", "adhere"}
"""Verbs with no passive but a prepositional one ('acceded to by 190 states'): a state accedes or adheres to a
treaty."""


def finite_participle(verb):
    """The subject of a main verb the parser took for a participle of the noun before it: in 'Albania, which had
    declared a stockpile of mustard agent, acceded as a possessor state in 1994' it hangs 'acceded' on 'Albania' as a
    reduced relative and makes the noun the sentence's root. A verb with no passive (`INTRANSITIVE`) is no such
    participle unless a 'by' tells its doer ('the convention, acceded to by Tuvalu'): for it, the root noun; else
    None."""
    if verb.dep_ != "acl" or verb.lemma_.lower() not in INTRANSITIVE or verb.head.dep_ != "ROOT":
        return None
    if any(t.dep_ == "agent" or t.lower_ == "by" for t in verb.subtree):
        return None
    return verb.head


def adverb_subject(s: Sentence, verb) -> list:
    """The subject the parser took for an adverb: in 'Nauru received observer status in 2021' it reads the unfamiliar
    name as a modifier of 'received' ('advmod'), leaving the verb with no subject. For a finite verb with none, the
    state or organisation named by a proper noun the parser hung on it, before it, as a modifier."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    loose = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "dep") and c.i < verb.i]
    return [c for c in loose if c.pos_ == "PROPN" and _entity(s, c)][:1]
