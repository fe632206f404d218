"""A state's act on a treaty told as a noun: 'the withdrawal of Ukraine from this Treaty … took effect on 21 July
2023', 'North Korea announced its withdrawal from the NPT', 'Kazakhstan deposited its instrument of accession to the
NPT on 14 February 1994'.

Why: the genre tells a ratification, accession or withdrawal by its noun as often as by its verb, and the codebook
makes each an agreement item of its own, as for the verb (`parsed_treaties`): the treaty's kind, the state as its
one party, the date of the act. An act noun with no treaty named ('its withdrawal', 'ratification by Russia', 'its
instrument of ratification') is on the treaty the text is talking about: named before in the sentence, else in the
previous one (`_named_before`).
"""

from __future__ import annotations

from pipeline.rules import agreements
from pipeline.rules.agreement_lists import respectively
from pipeline.rules.agreement_polarity import mood_and_date, ranked, record
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import (
    _clause,
    _date,
    _governing_verb,
    _in_sentence,
    _negated,
    _noun_entities,
    _prep_objects,
    _subjects,
    modality,
)
from pipeline.rules.treaty_states import _included, _named_as, _subject_before, _talked_about_state, list_from
from pipeline.rules.treaty_words import _is_instrument, _kind_and_name, treaty_talked_about

NOMINAL = {
    "accession": ("to", "acceded"),
    "adherence": ("to", "acceded"),
    "withdrawal": ("from", "withdrew"),
    "ratification": ("of", "ratified"),
    "signature": ("of", "signed"),
    "succession": ("to", "succeeded"),
    "instrument": ("of", "deposited"),
}
"""A state's act told as a noun: 'the withdrawal of Ukraine from this Treaty … took effect on 21 July 2023',
'North Korea's accession to the NPT in 1985', 'the ratification of the treaty by Kazakhstan', 'the Chinese accession
to the NPT' (a state's adjective), 'Kazakhstan's signature of the CTBT in 1996', 'Slovakia deposited its
notification of succession' (a successor state's notice that it is bound by its predecessor's treaty), 'Andorra
deposited its instrument on 26 January 2011' (an instrument that names no act: `_bare_instrument`)."""


DEPOSITED = {"instrument", "notification"}
"""The papers a state deposits to tell its act: 'its instrument of ratification', 'its notification of succession'."""


def _deposited(noun):
    """The 'instrument' a state deposits when the act is told as its instrument ('Kazakhstan deposited its instrument
    of ratification of the NPT on 14 February 1994', `DEPOSITED`), else the noun itself."""
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in DEPOSITED:
        return of.head
    return noun


def _bare_instrument(noun, objects) -> bool:
    """True for an instrument a state deposits that names no act of its own ('Andorra deposited its instrument on 26
    January 2011'): the act on the treaty talked about, whichever it is; not 'its instrument of ratification' (the
    act's noun reads it) nor an instrument that is no state's paper ('a legally binding instrument')."""
    return not objects and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "deposit"


MULTILATERAL = {"treaty", "convention", "protocol"}
"""The kinds of instrument a state's bare 'ratification' or 'withdrawal' may stand for when the text named it in the
sentence before: instruments states accede to one by one (not an 'agreement', often a bilateral one)."""


def _named_before(s: Sentence, noun, holder) -> str | None:
    """The kind of the treaty an act noun naming none is on (`treaty_words.treaty_talked_about`): 'North Korea
    acceded to the NPT in 1985 and announced its withdrawal in 2003', 'The CTBT was opened for signature in 1996. …
    Ratification by Russia followed in June 2000'. A bare act noun only of a treaty, convention or protocol (an
    'agreement' is often a bilateral one); an instrument of ratification deposited, of any."""
    kind = treaty_talked_about(s, holder)
    return None if holder is noun and kind not in MULTILATERAL else kind


def _possessor(holder) -> list:
    """Whose act 'its' or 'their' makes it: the subject of the verb the noun is the object of ('North Korea announced
    its withdrawal from the NPT'; of a ranked infinitive, the state it ranks: 'Hungary was the 55th state to deposit
    its instrument of ratification') or whose phrase it is in ('Following its accession to the NPT in 1994, Ukraine
    transferred …'); none for a noun that is itself a subject ('Its withdrawal weakened the bloc')."""
    if holder.dep_ in ("nsubj", "nsubjpass"):
        return []
    verb = holder.head if holder.dep_ == "dobj" else _governing_verb(holder)
    if verb is not None and not _subjects(verb) and record(verb):  # 'Hungary was the 55th state to deposit its …'
        return _named_as(verb.head)
    return _subjects(verb) if verb is not None else []


DECLARING = {"announce", "give", "deposit", "notify", "declare", "complete", "submit", "lodge"}
"""Verbs by which a state tells its own act, named by a bare noun: 'the United States gave notice of withdrawal from
the ABM Treaty', 'Ukraine deposited instruments of accession to the convention'."""


def _declared(holder) -> bool:
    """True when a bare act noun (no article, no possessor) is the object of a verb by which its subject tells its own
    act (DECLARING), directly or through 'notice of'; not 'demanded withdrawal from the treaty' (someone else's)."""
    if any(c.dep_ == "poss" for c in holder.children):
        return False
    if any(c.dep_ == "det" for c in holder.children) and not any(ranked(c) for c in holder.children):
        return False  # 'Honduras deposited the fiftieth instrument of ratification': the ranked one is its own
    verb = holder.head if holder.dep_ == "dobj" else _governing_verb(holder)
    return verb is not None and verb.lemma_.lower() in DECLARING


OCCURRED = {"follow", "come", "occur", "happen"}


def _occurred(holder) -> bool:
    """True for an act noun with no possessor that is the subject of a verb of taking place ('Ratification followed in
    2000', 'ratification came in 2005', 'the accession took place in 1994'): the act of the state the text is
    talking about."""
    if holder.dep_ != "nsubj" or any(c.dep_ in ("poss", "amod") for c in holder.children):
        return False
    verb = holder.head
    lemma = verb.lemma_.lower()
    return lemma in OCCURRED or (lemma == "take" and any(c.lower_ == "place" for c in verb.children))


UNDO = {"revoke", "rescind", "withdraw", "retract", "annul", "cancel", "suspend", "reverse"}
"""Verbs that undo the act their object names: 'Russia revoked its ratification of the CTBT in 2023' states no
ratification in 2023."""
UNASSERTED = {
    "conditional",
    "contingent",
    "condition",
    "prospect",
    "possibility",
    "call",
    "demand",
    "urge",
    "press",
    "push",
    "seek",
    "oppose",
    "block",
    "consider",
    "discuss",
    "debate",
    "propose",
    "negotiate",
    "request",
    "require",
    "await",
    "pending",
    "hope",
    "question",
}
"""Words that speak of an act without stating it: 'made its ratification of the CTBT conditional on Israel's
accession to the NPT', 'the prospect of Ukraine's accession', 'urged India's accession to the treaty', 'was negotiating
its accession'."""


CONDITIONAL = {"conditional", "contingent", "conditioned"}
"""Words that make the whole clause a condition, wherever the parser hangs them."""


def _unstated(holder) -> bool:
    """True when the act noun's words do not state the act: the object of an undoing verb (`UNDO`); a noun under a
    word that only speaks of it (`UNASSERTED`: its heads up to the verb, and their complements); a clause made
    conditional (`CONDITIONAL`)."""
    if holder.dep_ == "dobj" and holder.head.lemma_.lower() in UNDO:
        return True
    heads: list = []
    t = holder
    while t.head.i != t.i and not (heads and heads[-1].pos_ in ("VERB", "AUX")):
        t = t.head
        heads.append(t)
    told = heads + [c for h in heads for c in h.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")]
    clause = heads[-1].subtree if heads else holder.subtree
    return any(x.lemma_.lower() in UNASSERTED for x in told) or any(x.lower_ in CONDITIONAL for x in clause)


def participation_noun(s: Sentence) -> list:
    """One agreement per state whose accession to, withdrawal from or ratification of a treaty the text
    tells as a noun: the state 'of', 'by' or possessive ('accessions by Belize, Guyana and Grenada'), the instrument
    after the noun's preposition; dated by the noun's own words, else by the verb it is the subject or object of."""
    out = []
    for noun in s.with_lemma(NOMINAL):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in NOMINAL or noun.dep_ == "compound":
            continue
        preposition, rule = NOMINAL[noun.lemma_.lower()]
        objects = _prep_objects(noun, preposition)
        if noun.lemma_.lower() == "instrument" and not _bare_instrument(noun, objects):
            continue
        instruments = [  # 'from this Treaty de jure': the parser may hang the noun on a word after it; the object
            x  # itself first: 'the Energy Charter Treaty' is a treaty, its 'Charter' a word of its name
            for o in objects
            for x in sorted(o.subtree, key=lambda t: t.i != o.i)
            if x.pos_ in ("NOUN", "PROPN") and _is_instrument(s, x)
        ]
        holder = _deposited(noun)
        referred = _named_before(s, noun, holder) if not objects else None
        by = ("by",) if preposition == "of" else ("of", "by")  # 'accession of Ukraine', 'accessions by Belize'
        actors = [c for h in {noun, holder} for c in h.children if c.dep_ in ("poss", "amod") and not ranked(c)]
        agents = _prep_objects(noun, *by) + [a for x in instruments[:1] for a in _prep_objects(x, "by")]
        actors += agents  # 'the ratification of the treaty by …'
        if any(a.lower_ in ("its", "their") for a in actors) or (not actors and _declared(holder)):
            actors = _possessor(holder)
        states = [x for t in actors for x in _noun_entities(s, t, ("state",)) or _included(s, t)]  # 'states, including'
        states += [x for t in agents if t in actors for x in list_from(s, t) if x not in states]
        if not actors and _occurred(
            holder
        ):  # 'Kazakhstan signed the Convention in 1993. Ratification followed in 2000'
            states = _subject_before(s, holder) or _talked_about_state(s)
        if not states or modality(noun.head) is not None or _negated(holder.head) or _unstated(holder):
            continue
        instrument = instruments[0] if instruments else None
        named = _kind_and_name(instrument, referred)
        if named is None:
            continue
        kind, name = named
        date = _date(s, noun, clause=False)
        verb = holder.head if holder.dep_ in ("nsubj", "nsubjpass", "dobj") else _governing_verb(holder)
        if date is None and verb is not None and _in_sentence(s, verb):  # 'gave notice of its withdrawal … on <date>'
            date = _date(s, verb, [holder], clause=False) or (mood_and_date(s, verb, None)[1] if record(verb) else None)
        span = _clause(s, [noun, holder, *actors, *([instrument] if instrument is not None else [])])
        states = list(dict.fromkeys(states))
        paired = respectively(s, states, *s.clause(noun.idx - s.offset))  # 'their instruments … in 2007 and 2008
        for state, when in paired or [(x, date) for x in states]:  # respectively': each state its own date
            out.append(agreements._agreement(s, f"parse_{rule}_noun", name, kind, [state], when, *span))
    return out


RULES = [participation_noun]
