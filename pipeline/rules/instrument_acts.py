"""A named instrument's own dated acts, with no parties: adopted, opened for signature, concluded, signed with no
signer named, created, entered into force; and one asked for ('an appeal for a "standstill agreement"', proposed).

Why: a treaty's article tells the instrument's own history as well as each state's act on it ('On 10 September
1996, the Comprehensive Test-Ban Treaty (CTBT) was adopted by a large majority', 'It opened for signature in New
York on 24 September 1996', 'The treaty was opened for signature in 1968 and entered into force in 1970'), and the
codebook records each such act as an agreement of the instrument with no parties (the reference annotations give
`parties: []`, the date of the act; an entry into force undated, its date kept as `in_force_edtf`). The signing
rules need signers and read none here.

Over the parse: 'adopt', 'conclude', 'create', 'establish' or 'sign' in the passive with the instrument as subject,
a participle fronted before the instrument's clause ('Adopted on 7 July 2017, the treaty …'), the same but 'sign' active with the instrument as object (an organisation that creates one is no party to it),
'open' with 'for signature', 'enter'/'come' with 'into force'. The instrument is named: a capitalised name or a treaty's acronym (`parsed_treaties._name`), or 'it' / 'the treaty' standing for
the one named before in the sentence, else in the previous sentence ('The Treaty of Tlatelolco prohibits … The
treaty was concluded in 1967'); an unnamed 'a treaty' or 'the treaty' with no name before is no instrument of its
own. Only a stated act with its own date (an entry into force aside) counts: a planned, hedged or negated one
('will be opened for signature in 2030', 'was not adopted') states none. A signer or adopter that is a state makes
the act theirs: the signing and treaty rules read it with its parties, and this rule leaves it to them.
"""

from __future__ import annotations

import re

from pipeline.rules import (
    agreement_names,
    agreements,
    parsed_agreements,
    parsed_treaties,
    treaty_acts,
    treaty_brackets,
    treaty_nouns,
    treaty_status,
)
from pipeline.rules.agreement_guards import TREATY_ACRONYM_PATTERN
from pipeline.rules.agreement_polarity import acts, mood_and_date, own_date
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _children, _clause, _date, _passive, _prep_objects, _subjects
from pipeline.rules.parsed_agreements import INSTRUMENT_NOUNS
from pipeline.rules.treaty_states import _states
from pipeline.rules.treaty_words import _earlier_instrument, _is_instrument, _kind, _name, _topic_kind

ACTS = {
    "adopt": "adopted",
    "conclude": "concluded",
    "sign": "signed_unnamed",
    "open": "opened_for_signature",
    "create": "created",
    "establish": "created",
}
"""The verbs of an instrument's own act, and the rule id each gives."""
FORCE = {"enter", "come"}
POINTERS = {"it", "this", "the"}
"""'It', 'the treaty', 'this Convention': words that stand for the instrument named before."""
NAMED = re.compile(rf"\b(?-i:{TREATY_ACRONYM_PATTERN})\b|" + agreement_names.NAME.pattern)
"""An instrument's name in the previous sentence: a treaty's acronym or a title-case name ending in its noun."""
PARTY_RULES = (
    agreements.signed,
    *parsed_agreements.RULES,
    *parsed_treaties.RULES,
    *treaty_nouns.RULES,
    *treaty_brackets.RULES,
    *treaty_acts.RULES,
    *treaty_status.RULES,
)
"""The rules that read an instrument with its parties: where one does in the same words, the act is theirs."""
RULE_IDS = frozenset(
    {
        *(f"agreement.{r}" for r in ACTS.values()),
        "agreement.in_force_unnamed",
        "agreement.proposed_for",
        "agreement.dated_named",
    }
)
"""The rules whose agreements may have no party (the extract stage keeps them: `s3_extract.ACTORS`)."""


def _previous_kind(s: Sentence) -> str | None:
    """The kind of the last instrument the previous sentence names, or None when it names none."""
    named = [m.group() for m in NAMED.finditer(s.previous_text)]
    if not named:
        return None
    last = named[-1]
    if re.fullmatch(TREATY_ACRONYM_PATTERN, last):
        return "treaty"
    noun = list(agreements.NOUN.finditer(last))
    return agreement_names.kind_of(noun[-1].group("noun"), last) if noun else None


def _pointer(token) -> bool:
    return token.lower_ == "it" or any(c.dep_ == "det" and c.lower_ in POINTERS for c in token.children)


def _instrument(s: Sentence, noun) -> tuple[str, str | None] | None:
    """(kind, name) of the named instrument the word is or stands for, else None."""
    if noun.lower_ != "it" and _is_instrument(s, noun) and _name(noun) is not None:
        return _kind(noun), _name(noun)
    if not _pointer(noun) or (noun.lower_ != "it" and not _is_instrument(s, noun)):
        return None
    earlier = _earlier_instrument(s, noun)  # named before the pointer itself
    if earlier is not None:
        return (_kind(earlier), _name(earlier)) if _name(earlier) is not None else None
    topic = _topic_kind(s)  # 'It entered into force in 1999' in the article on a treaty, after no other one named
    kind = (topic if s.previous_text == s.source_lead else None) or _previous_kind(s) or topic
    if kind is not None and noun.lower_ != "it":
        kind = topic or _kind(noun)  # 'the protocol' is the topic, else what its noun says, not another named before
    return (kind, None) if kind is not None else None


def _acted_on(verb) -> list:
    """The words naming the instrument the verb acts on: the passive or intransitive subject ('was adopted', 'it
    opened for signature'), or the object of an active 'adopt', 'conclude', 'create' or 'open' ('the Secretary-General
    opened the treaty for signature', 'FAO created the International Plant Protection Convention in 1952')."""
    lemma = verb.lemma_.lower()
    if parsed_treaties._fronted(verb):  # 'Signed on 10 April 1972, the convention entered into force in 1975'
        return _subjects(verb.head)
    if parsed_treaties._passive_conjunct(verb):  # 'The treaty was negotiated in Oslo and opened for signature …'
        return _children(verb.head, "nsubjpass")
    if _passive(verb):
        return _children(verb, "nsubjpass")
    if lemma == "open":
        return _children(verb, "dobj") or _children(verb, "nsubj")
    return _children(verb, "dobj") if lemma != "sign" else []  # 'Kazakhstan signed …': the signer's


def _by_states(s: Sentence, verb) -> bool:
    """True when a state does the act: the passive agent or the active subject names one."""
    doers = _prep_objects(verb, "by") if _passive(verb) or parsed_treaties._fronted(verb) else _subjects(verb)
    return bool(_states(s, doers))


def own_act(s: Sentence) -> list:
    """One agreement with no parties per dated act of a named instrument (see the module's docstring)."""
    out: list = []
    if s.tokens is None:
        return out
    for verb in acts(s, set(ACTS)):
        lemma = verb.lemma_.lower()
        if lemma == "open" and not any(t.lemma_.lower() == "signature" for t in _prep_objects(verb, "for")):
            continue
        for noun in _acted_on(verb):
            found = _instrument(s, noun)
            if found is None or _by_states(s, verb):
                continue
            mood, date = mood_and_date(s, verb, own_date(s, verb, [noun]))
            span = _clause(s, [noun, verb, *(t for t in verb.subtree if date and t.idx - s.offset < date.char_end)])
            if mood is None and date is not None and not _read_with_parties(s, span):
                kind, name = found
                out.append(agreements._agreement(s, ACTS[lemma], name, kind, (), date, *span))
    return out


def in_force_unnamed(s: Sentence) -> list:
    """'The NPT entered into force in 1970': the instrument's agreement with no parties, undated, its entry kept as
    `in_force_edtf` (an entry for named states is `treaty_acts.in_force_for`'s)."""
    out: list = []
    for verb in acts(s, FORCE):
        if not any(t.lemma_.lower() == "force" for t in _prep_objects(verb, "into")) or _prep_objects(verb, "for"):
            continue
        for noun in _subjects(verb):
            found = _instrument(s, noun)
            entry = _date(s, verb, [noun], clause=False)
            if found is None or entry is None or mood_and_date(s, verb, entry)[0] is not None:
                continue
            span = _clause(s, [noun, verb, *_prep_objects(verb, "into")])
            if not _read_with_parties(s, span):
                kind, name = found
                out.append(
                    agreements._agreement(s, "in_force_unnamed", name, kind, (), None, *span, in_force=entry.edtf)
                )
    return out


def _read_with_parties(s: Sentence, span: tuple[int, int]) -> bool:
    """True when a rule reading parties finds an agreement with parties in these words."""
    start, end = span
    return any(
        c.fact_type == "agreement" and c.get("parties") and c.start < end and start < c.end
        for rule in PARTY_RULES
        for c in s.once(rule)
    )


PROPOSALS = {"appeal", "call", "proposal", "plea"}
"""Nouns that ask for an instrument: 'issued the first appeal for a "standstill agreement" on testing'."""


def proposed_for(s: Sentence) -> list:
    """'In 1954, … Nehru issued the first appeal for a "standstill agreement" on testing': the instrument asked for,
    with no parties (the codebook's `modality: proposed`; its proposer is no party to it), dated by the clause of
    the verb the request is told with. An undated request, or one the verb denies or plans, states none."""
    out: list = []
    for noun in s.with_lemma(PROPOSALS):
        if noun.lemma_.lower() not in PROPOSALS or noun.pos_ != "NOUN" or noun.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = noun.head
        for asked in _prep_objects(noun, "for"):
            if asked.lemma_.lower() not in INSTRUMENT_NOUNS or verb not in acts(s, {verb.lemma_.lower()}):
                continue
            date = _date(s, verb, [asked])
            if date is None or mood_and_date(s, verb, date)[0] is not None:
                continue
            words = [t for t in asked.subtree if t.i <= asked.i and t.dep_ in ("amod", "compound", "nmod")]
            name = " ".join(t.text for t in [*words, asked]) if words else None
            span = _clause(s, [noun, asked, *asked.subtree])
            out.append(
                agreements._agreement(s, "proposed_for", name, _kind(asked), (), date, *span, modality="proposed")
            )
    return out


RULES = [own_act, in_force_unnamed, proposed_for]
