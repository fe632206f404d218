"""A state's act on a treaty told by 'did so' or 'followed', and a treaty's entry into force for named states.

Why: a treaty's article tells one state's act and then another's by the pro-verb ('China acceded to the NPT in
1992, and France did so the following year', 'Ukraine ratified the treaty, doing so in 2001'): 'do so' repeats the
act of the verb it is coordinated with or hangs on, for its own subject and with its own date; the codebook makes
each an item of its own (the treaty's kind, that state as party, the date of its act). And it tells when a treaty
took effect for some states ('The TTBT and PNET did not enter into force for the US and Soviet Union until 11
December 1990'): the reference annotations record those states' treaty as an item, undated (its date is the
entry into force, kept as `in_force_edtf`), one item with all the states named.

Over the parse: 'do' with 'so' or in an 'as' clause ('as did France'; negated or refused ones left out by `acts`), its antecedent a ratify, accede,
join, withdraw or sign verb whose instrument the treaty rules recognise (`parsed_treaties`); 'enter'/'come' with
'into force' and a 'for' object naming states, the subject an instrument (or 'it' for the one named before).
"""

from __future__ import annotations

import re

from pipeline.entities import provisional
from pipeline.rules import agreement_parties, agreements
from pipeline.rules.agreement_lists import each_state
from pipeline.rules.agreement_polarity import acts, mood_and_date, own_date
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _clause, _date, _prep_objects, _subjects, modality
from pipeline.rules.parsed_treaties import PARTICIPATE, _instrument, _objects, _referred_kind
from pipeline.rules.treaty_states import _states
from pipeline.rules.treaty_words import (
    PREVIOUS_INSTRUMENT,
    _earlier_instrument,
    _is_instrument,
    _kind,
    _name,
    _named_kind,
    _previous_named,
    _topic_kind,
    names_organization,
)

FORCE = {"enter", "come"}


def _so(verb) -> bool:
    """'did so', 'doing so', 'did so too': 'so' the pro-verb's adverb (or that of its adverb)."""
    return any(
        c.lower_ == "so" or any(g.lower_ == "so" for g in c.children) for c in verb.children if c.dep_ == "advmod"
    )


def _doer(verb) -> list:
    """The subject of the pro-verb, else (a gerund 'doing so' with none) that of the nearest verb above with one."""
    found = _subjects(verb)
    while not found and verb.head.i != verb.i:
        verb = verb.head
        found = _subjects(verb)
    return found


def _antecedent(verb):
    """The act 'do so' repeats: the verb it hangs on, else the last act verb before it under that verb ('Kazakhstan
    was the first state to ratify the treaty, doing so in 1994'); None when there is none."""
    if verb.head.lemma_.lower() in PARTICIPATE:
        return verb.head
    earlier = [t for t in verb.head.subtree if t.i < verb.i and t.pos_ == "VERB" and t.lemma_.lower() in PARTICIPATE]
    return earlier[-1] if earlier else None


def _as_did(verb) -> bool:
    """'China acceded to the treaty in 1992, as did France': 'do' in an 'as' clause on the act it repeats."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def did_so(s: Sentence) -> list:
    """One agreement per state whose act on a treaty 'did so', 'doing so' or 'as did' repeats; 'as did France' takes
    the date of the act it repeats where it has none of its own (the same act told once for both)."""
    out: list = []
    for verb in acts(s, {"do"}):
        antecedent = _antecedent(verb)
        if not (_so(verb) or _as_did(verb)) or verb.dep_ not in ("conj", "advcl") or antecedent is None:
            continue
        noun = _instrument(s, antecedent)
        kind, name = (_kind(noun), _name(noun)) if noun is not None else (_referred_kind(s, antecedent), None)
        actors = _subjects(verb) if verb.dep_ == "conj" else _doer(verb)
        states = _states(s, actors)
        if kind is None or not states or mood_and_date(s, antecedent, None)[0] is not None:
            continue
        date = own_date(s, verb, actors)
        if date is None and _as_did(verb):
            date = own_date(s, antecedent, _subjects(antecedent))
        mood, date = mood_and_date(s, verb, date)
        span = _clause(s, [verb, *actors, *(c for c in verb.children if c.lower_ in ("so", "as"))])
        rule = f"did_so_{PARTICIPATE[antecedent.lemma_.lower()]}"
        out += [agreements._agreement(s, rule, name, kind, [state], date, *span, modality=mood) for state in states]
    return out


def _followed(verb):
    """The act 'X followed (suit)' repeats: a ratify, accede, join, withdraw or sign verb before it that it is
    coordinated with or whose clause it governs ('A and B signed the treaty in 1997; C followed in 1999'); None for a
    'follow' with an object of its own ('followed the talks') or no such act."""
    if any(c.dep_ == "dobj" and c.lower_ != "suit" for c in verb.children):
        return None
    near = [verb.head] if verb.dep_ == "conj" else [c for c in verb.children if c.dep_ in ("ccomp", "conj")]
    found = [v for v in near if v.i < verb.i and v.pos_ == "VERB" and v.lemma_.lower() in PARTICIPATE]
    return found[0] if found else None


def followed(s: Sentence) -> list:
    """One agreement per state that 'followed' (or 'followed suit') after another's act on a treaty in the same
    sentence: the same act on the same treaty, dated by its own words ('Kazakhstan and Kyrgyzstan signed the Ottawa
    Treaty in 1997; Tajikistan followed in 1999')."""
    out: list = []
    stated = acts(s, set(PARTICIPATE))  # not 'has not ratified …, and Belarus followed suit'
    for verb in acts(s, {"follow"}):
        antecedent = _followed(verb)
        if antecedent is None or antecedent not in stated:
            continue
        noun = next((o for o in _objects(antecedent) if _is_instrument(s, o)), None)
        kind, name = (_kind(noun), _name(noun)) if noun is not None else (_referred_kind(s, antecedent), None)
        actors = [a for a in _subjects(verb) if a.pos_ in ("PROPN", "PRON")]  # a state, not 'talks with Finland'
        states = _states(s, actors)
        if kind is None or not states or mood_and_date(s, antecedent, None)[0] is not None:
            continue
        mood, date = mood_and_date(s, verb, own_date(s, verb, actors))
        span = _clause(s, [verb, *actors])
        rule = f"followed_{PARTICIPATE[antecedent.lemma_.lower()]}"
        out += [agreements._agreement(s, rule, name, kind, [state], date, *span, modality=mood) for state in states]
    return out


PREVIOUS_ACT = re.compile(
    r"\b(?P<act>acceded|ratified|joined|adhered|withdrew)\b"
    r"|(?:\b(?:its|their|instruments?\s+of)\s+|['’]s\s+)(?P<noun>accession|ratification|adherence|withdrawal)\b"
)
"""A state's act on a treaty told in the previous sentence, by its verb or by its noun on the state ('China deposited
its instrument of accession', 'Kazakhstan's ratification'), which a 'followed' or a 'did so' may repeat (signings are
left to the signing rules, which read the signers of one instrument together)."""
DENIED = re.compile(r"\b(?:not|never|neither|nor|refused|declined)\b")
ACT_LEMMA = {
    "acceded": "accede",
    "ratified": "ratify",
    "joined": "join",
    "adhered": "adhere",
    "withdrew": "withdraw",
    "accession": "accede",
    "ratification": "ratify",
    "adherence": "adhere",
    "withdrawal": "withdraw",
}


def followed_across(s: Sentence) -> list:
    """'China acceded to the treaty in March 1992. France followed in August 1992.', 'China deposited its instrument
    of accession in July 2020. Canada did so in June 2019.': a 'followed' or 'did so' with no act before it in its own
    sentence repeats the previous sentence's last act on a treaty (one stated, in a sentence naming an instrument, or
    in the article of a treaty, and no dictionary organisation, whose act a 'followed' may be as well), dated by its
    own words."""
    out: list = []
    last_act = list(PREVIOUS_ACT.finditer(s.previous_text))
    if not last_act or DENIED.search(s.previous_text, 0, last_act[-1].start()) or names_organization(s):
        return []
    if (not PREVIOUS_INSTRUMENT.search(s.previous_text) and _topic_kind(s) is None) or any(
        not o.startswith(provisional.PREFIX) for o in s.previous_sentence_organizations
    ):
        return []  # the act is on an instrument the previous sentence names, or on the article's topic
    named = _previous_named(s)
    kind = _named_kind(named) if named is not None else _topic_kind(s)
    lemma = ACT_LEMMA[last_act[-1].group("act") or last_act[-1].group("noun")]
    for verb in acts(s, {"follow", "do"}):
        if kind is None or not _repeats_across(verb):
            continue
        if any(t.lemma_.lower() in PARTICIPATE for t in verb.sent if t.pos_ == "VERB" and t.i < verb.i):
            continue  # an act in its own sentence: `followed`, `did_so`
        actors = [a for a in _subjects(verb) if a.pos_ in ("PROPN", "PRON")]
        states = _states(s, actors)
        mood, date = mood_and_date(s, verb, own_date(s, verb, actors))
        span = _clause(s, [verb, *actors, *(c for c in verb.children if c.lower_ == "so")])
        rule = f"{'followed' if verb.lemma_.lower() == 'follow' else 'did_so'}_{PARTICIPATE[lemma]}"
        out += [  # 'Tonga followed in 1971, Fiji in 1972': each state its own date (`each_state`)
            agreements._agreement(s, rule, named, kind, [state], when, *span, modality=mood)
            for state, when in each_state(s, verb, states, date, span)
        ]
    return out


def _repeats_across(verb) -> bool:
    """True for a pro-verb that can only repeat an act told before its sentence: 'followed' (or 'followed suit') with
    no object of its own and no act in its sentence to follow (`_followed`), a 'did so' that is its clause's own verb
    (not one coordinated with or hanging on an act, `did_so`)."""
    if verb.lemma_.lower() == "do":
        return _so(verb) and verb.dep_ not in ("conj", "advcl") and _antecedent(verb) is None
    return _followed(verb) is None and not any(c.dep_ == "dobj" and c.lower_ != "suit" for c in verb.children)


def in_force_for(s: Sentence) -> list:
    """One undated agreement of the states a treaty entered into force for, its entry kept as `in_force_edtf`; the
    'for' phrase on the verb or on 'force' ('entered into force for Ukraine on 1 June 2006', as the parser hangs it),
    or the states it became binding on ('The treaty became binding on Finland on 1 July 2012': `_took_effect_for`)."""
    out: list = []
    for verb in acts(s, FORCE | {"become"}):
        beneficiaries = _took_effect_for(verb)
        if beneficiaries is None:
            continue
        for noun in _subjects(verb):
            instrument = _earlier_instrument(s, verb) if noun.lower_ == "it" else noun
            states = _states(s, beneficiaries)
            if instrument is None or not _is_instrument(s, instrument) or not states or modality(verb) is not None:
                continue
            entry = _date(s, verb, [noun], clause=False)
            span = _clause(s, [noun, verb, *beneficiaries])
            out.append(
                agreements._agreement(
                    s,
                    "in_force_for",
                    _name(instrument),
                    _kind(instrument),
                    states,
                    None,
                    *span,
                    in_force=entry.edtf if entry is not None else None,
                )
            )
    return out


def _took_effect_for(verb) -> list | None:
    """The words naming those a treaty took effect for, where the verb tells it did: 'entered into force for Ukraine'
    (the 'for' phrase on the verb or on 'force'), 'became binding on Finland' ('on' or 'for'); None for any other
    verb."""
    if verb.lemma_.lower() == "become":
        binding = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "binding"]
        return (
            (_prep_objects(verb, "on", "for") + [x for b in binding for x in _prep_objects(b, "on", "for")])
            if binding
            else None
        )
    forces = [t for t in _prep_objects(verb, "into") if t.lemma_.lower() == "force"]
    return (_prep_objects(verb, "for") + [x for f in forces for x in _prep_objects(f, "for")]) if forces else None


def signed_it(s: Sentence) -> list:
    """'The CTBT was opened for signature in 1996. Kazakhstan signed it on 30 September 1996': one agreement of the
    signers ('the two countries' read as the signing rules read them), the instrument 'it' stands for (the one
    named before in the sentence, else the previous sentence's last)."""
    out: list = []
    for verb in acts(s, {"sign"}):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects or objects[0].lower_ not in ("it", "them"):
            continue
        noun = _earlier_instrument(s, verb)
        kind, name = (_kind(noun), _name(noun)) if noun is not None else (_referred_kind(s, verb), None)
        actors = _subjects(verb)
        if kind is None or not actors:
            continue
        span = _clause(s, [verb, objects[0], *actors, *(x for t in actors for x in t.conjuncts)])
        signers = _states(s, actors) or list(agreement_parties.parties(s, span[0], span[1]))
        mood, date = mood_and_date(s, verb, own_date(s, verb, actors))
        if signers:
            out.append(agreements._agreement(s, "signed_it", name, kind, signers, date, *span, modality=mood))
    return out


RULES = [did_so, followed, followed_across, in_force_for, signed_it]
