"""Treaty participation over the parse: a state that ratifies, accedes to, joins or withdraws from a treaty.

Why: in a treaty's article the facts are each state's own act ('France and China acceded to the Treaty in
1992', 'North Korea … withdrew from the treaty in 2003', 'the TTBT, ratified by the US and Soviet Union'),
and the codebook makes each one an agreement item of its own: the treaty's kind, that one state as party,
the date of its act. The act told as a noun is read the same way in `treaty_nouns`.
Signatures stay with the signing rules (`agreements`, `parsed_agreements`), which read
the signers of one instrument together, save a signature of a treaty named by its acronym (an existing one).

Which words name the instrument: the verb's object (or the object of 'to' after 'accede', of 'from' after
'withdraw', the noun a passive participle modifies) when its noun is an instrument's ('treaty',
'convention', 'protocol' …) or it is an acronym of a treaty ('the NPT', 'the CTBT': capitals ending in T);
'it' and a verb with no object ('Georgia withdrew in 2009', 'although all the others ratified') take the
instrument the sentence names before, else (a bare 'ratified' or 'acceded' in a sentence naming no body) the one
the previous sentence names last. An organisation as object is a membership, read elsewhere.

Which states: the subjects and their conjuncts, or the passive agent (also of a fronted participle, 'Ratified
by Ukraine in 2001, the CTBT …', and of a passive conjunct, 'signed by Kazakhstan in 1996 and ratified in 2002'),
read as states by `treaty_states` ('all the others', 'the following states', 'it', 'the country'); a relative
clause's act is its noun's ('North Korea, which acceded …'); a gerund after 'after' is its clause subject's. Each state keeps its own date where the list gives one
(`agreement_lists`). 'The two states ratified the treaty' is a
bilateral instrument ratified by both sides: the signing rules read it, with both parties.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.entities import provisional
from pipeline.rules import agreements
from pipeline.rules.agreement_guards import TREATY_ACRONYM_PATTERN
from pipeline.rules.agreement_lists import coordinated, gapped, own_year, respectively
from pipeline.rules.agreement_polarity import acts, mood_and_date, own_date
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _entity,
    _passive,
    _prep_objects,
    _subjects,
)
from pipeline.rules.parsed_agreements import INSTRUMENT_NOUNS
from pipeline.rules.stance import token_at
from pipeline.rules.treaty_states import _named_as, _states

PARTICIPATE = {
    "ratify": "ratified",
    "accede": "acceded",
    "join": "acceded",
    "withdraw": "withdrew",
    "sign": "signed_existing",
    "adhere": "acceded",
    "leave": "withdrew",
    "quit": "withdrew",
    "exit": "withdrew",
    "denounce": "withdrew",
    "pull": "withdrew",
}
"""Verbs of a state's own act on a treaty, and the rule id each gives. 'sign' only with a treaty named by its
acronym ('South Africa … after signing the NPT in 1991'): an instrument that already exists, each signer's
signature an item of its own; other signings are the signing rules' (one instrument, its signers together).
'left', 'quit', 'denounced', 'pulled out of' the treaty are withdrawals, only with the treaty as their object."""
OBJECT_PREPOSITION = {"accede": "to", "withdraw": "from", "adhere": "to", "pull": "of"}
"""'adhered to the NPT': the diplomats' word (French 'adhérer') for acceding; 'pulled out of the treaty'."""
BARE = {"ratify", "accede", "join", "withdraw", "sign"}
"""The verbs whose act on a treaty the text may leave without an object ('France and China acceded in 1992')."""
TREATY_ACRONYM = re.compile(rf"^{TREATY_ACRONYM_PATTERN}$")
"""'NPT', 'CTBT', 'PTBT', 'TTBT': a treaty's acronym ends in the T of Treaty."""
RELATIVES = {"which", "who", "that"}


NUMBERED = {"I", "II", "III", "IV", "V", "1", "2", "3"}


def _acronym(token) -> str | None:
    """The treaty's acronym the token is, with its number where the parser makes the number the head ('START II'),
    or None."""
    if TREATY_ACRONYM.match(token.text):
        return token.text
    if token.text in NUMBERED:
        named = [c.text for c in token.children if c.dep_ == "compound" and TREATY_ACRONYM.match(c.text)]
        return f"{named[0]} {token.text}" if named else None
    return None


def _is_instrument(s: Sentence, token) -> bool:
    """An instrument's noun, or a treaty's acronym (which the recogniser may have taken for a body the
    dictionaries lack: a provisional organisation); never a dictionary organisation."""
    body = _entity(s, token, ("organization",))
    if _acronym(token):
        return body is None or body.entity_id.startswith(provisional.PREFIX)
    return body is None and token.lemma_.lower() in INSTRUMENT_NOUNS


def _fronted(verb) -> bool:
    """A participle before its clause, with no subject of its own: 'Ratified by Ukraine in 2001, the CTBT …'."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and not _children(verb, "nsubj", "nsubjpass", "aux", "auxpass")


def _passive_conjunct(verb) -> bool:
    """A verb coordinated with a passive one, with neither subject nor object of its own, is passive too: 'The CTBT
    was signed by Kazakhstan in 1996 and ratified in 2002' (the tagger may read the second as a past tense)."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBN", "VBD")
        and not _children(verb, "nsubj", "nsubjpass", "dobj")
        and _passive(verb.head, participle=True)
    )


def _passive_act(verb) -> bool:
    """The act is told in the passive: 'was ratified by', a participle on its noun ('the TTBT, ratified by the US'),
    a fronted participle (`_fronted`), a passive conjunct (`_passive_conjunct`)."""
    return _passive(verb, participle=True) or _fronted(verb) or _passive_conjunct(verb)


def _agents(verb) -> list:
    """The passive verb's doers: its 'by' objects, else (a passive conjunct) those of the verb it is coordinated
    with ('signed by Kazakhstan … and ratified in 2002')."""
    own = _prep_objects(verb, "by")
    return own or (_agents(verb.head) if _passive_conjunct(verb) else [])


def _objects(verb) -> list:
    """The words the verb acts on: its object (of 'to' after 'accede', of 'from' after 'withdraw'), the noun
    a passive participle modifies, the subject of the clause a fronted participle opens, or the passive subject
    of the verb a passive conjunct is coordinated with."""
    lemma = verb.lemma_.lower()
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [verb.head]  # 'the Threshold Test Ban Treaty (TTBT), ratified by the US'
    if _fronted(verb):
        return _subjects(verb.head)
    if _passive_conjunct(verb):
        return _children(verb.head, "nsubjpass")
    if lemma == "pull":  # 'pulled out of the treaty': 'out' a particle or a preposition with 'of' under it
        outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod")]
        return (_prep_objects(verb, "of") + [o for x in outs for o in _prep_objects(x, "of")]) if outs else []
    if lemma in OBJECT_PREPOSITION:  # 'withdrew its ambassador': an object of its own, no treaty
        return _prep_objects(verb, OBJECT_PREPOSITION[lemma]) or _children(verb, "dobj")
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or _shared_objects(verb)


def _shared_objects(verb) -> list:
    """'Egypt has signed but not ratified the CTBT': a verb with no object of its own shares that of the verb
    coordinated after it."""
    return [c for conj in verb.conjuncts if conj.i > verb.i for c in conj.children if c.dep_ == "dobj"][:1]


def _shared_date(s: Sentence, verb):
    """'Kazakhstan signed and ratified the CTBT in 2002': a verb that shares the object of the verb coordinated after
    it (`_shared_objects`) shares its date too, where it has none of its own."""
    if not _shared_objects(verb) or any(c.dep_ == "dobj" for c in verb.children):
        return None
    later = [conj for conj in verb.conjuncts if conj.i > verb.i]
    return own_date(s, later[0], _subjects(later[0])) if later else None


def _instrument(s: Sentence, verb):
    """The instrument the verb acts on, or None (see the module's docstring)."""
    lemma = verb.lemma_.lower()
    objects = _objects(verb)
    if lemma == "sign":
        return objects[0] if objects and _acronym(objects[0]) and _is_instrument(s, objects[0]) else None
    if objects and not (objects[0].lower_ == "it" or objects[0].lower_ in RELATIVES):  # 'which … withdrew from'
        return objects[0] if _is_instrument(s, objects[0]) else None
    if lemma not in BARE and not objects:
        return None  # 'Iran left': only 'left the treaty' says what was left
    if lemma == "join" and not objects and s.tokens is not None:
        return None  # an intransitive 'joined' may be any body's: only an object says it is a treaty
    return _earlier_instrument(s, verb) or (_main_instrument(s, verb) if not objects else None)


def _main_instrument(s: Sentence, verb):
    """The instrument of the act a relative clause's noun does in the main clause: 'North Korea, which had acceded in
    1985, withdrew from the NPT in 2003' (the NPT); None when that verb is no act on an instrument."""
    main = verb.head.head if verb.dep_ == "relcl" and verb.head.dep_ in ("nsubj", "nsubjpass") else None
    if main is None or main.lemma_.lower() not in PARTICIPATE or main.lemma_.lower() == "sign":
        return None
    objects = _objects(main)
    return objects[0] if objects and _is_instrument(s, objects[0]) else None


def _earlier_instrument(s: Sentence, verb):
    """The last instrument the sentence names before the verb ('it', 'the treaty' stand for it), or None."""
    earlier = [t for t in (s.tokens or []) if t.i < verb.i and t.pos_ in ("NOUN", "PROPN") and _is_instrument(s, t)]
    return earlier[-1] if earlier else None


PREVIOUS_INSTRUMENT = re.compile(rf"\b(?-i:{TREATY_ACRONYM_PATTERN})\b|" + agreements.NOUN.pattern, re.IGNORECASE)


def _referred_kind(s: Sentence, verb) -> str | None:
    """The kind of the instrument the previous sentence names last, when this one names none and the verb's
    object is 'it' or missing ('The treaty was opened for signature in 1968. Kazakhstan ratified it in 1993',
    '… By 1992, China and France had acceded'); only for 'ratify' and 'accede' in a sentence that names no
    organisation (a bare 'joined', 'withdrew' or 'signed' may be any body's: 'Uzbekistan joined EURASEC …, but
    withdrew'); 'signed it' too, for `treaty_acts.signed_it` (its signers together); a bare 'joined' only after
    a sentence whose last instrument is a treaty's acronym and that follows no dictionary organisation ('The NPT
    was opened for signature in 1968. Kazakhstan joined in 1993'). Where the previous sentence names no instrument
    either, any of these acts is on the treaty whose own article the text is (`_topic_kind`)."""
    objects = _objects(verb)
    lemma = verb.lemma_.lower()
    if lemma not in BARE:
        return None  # 'Ukraine left in 1994' may be any leaving
    joined = lemma == "join" and not objects
    signed_it = lemma == "sign" and bool(objects)  # 'Kazakhstan signed it': 'it' checked below
    if objects and objects[0].lower_ not in ("it", "them"):
        return None
    if _earlier_instrument(s, verb) is not None:
        return None  # 'it' stands for the instrument this sentence names
    if names_organization(s):
        return None
    last = _previous_named(s)
    if last is None:
        return _topic_kind(s)
    if (lemma not in ("ratify", "accede") and not joined and not signed_it) or (
        joined
        and (
            not TREATY_ACRONYM.match(last)
            or any(not o.startswith(provisional.PREFIX) for o in s.previous_organizations)
        )
    ):
        return None
    return _named_kind(last)


TOPIC = re.compile(
    r"^(?P<subject>[^.]*?)\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,3}?(?P<noun>treaty|convention|protocol)\b",
    re.IGNORECASE,
)
"""An article's lead that defines its topic as an instrument: 'The Comprehensive Nuclear-Test-Ban Treaty (CTBT) is a
multilateral treaty that …', 'The Treaty on …, commonly known as the NPT, is an international treaty …'."""


def _topic_kind(s: Sentence) -> str | None:
    """The kind of the instrument the text is the article of, where its lead says so and names it as its subject
    (an instrument's noun or a treaty's acronym there), and the previous sentence names no dictionary organisation
    (whose act a bare 'withdrew' may be); else None."""
    if any(not o.startswith(provisional.PREFIX) for o in s.previous_organizations):
        return None
    return _lead_kind(s.source_lead)


@cache
def _lead_kind(lead: str) -> str | None:
    """The kind of instrument a source's lead defines its topic as, or None: one reading per source, where every
    sentence of it may ask. The kind is that of the name's own noun where it has one ('The Chemical Weapons
    Convention (CWC) is an arms control treaty' is a convention, as its name is read wherever else it is named),
    else that of the noun the lead defines it by ('The CTBT is a multilateral treaty')."""
    topic = TOPIC.match(lead)
    if topic is None:
        return None
    subject = topic.group("subject")
    named = agreements.NOUN.search(subject)
    if named is not None:
        return agreements.kind_of(named.group("noun"), subject)
    if not re.search(rf"\b(?-i:{TREATY_ACRONYM_PATTERN})\b", subject):
        return None
    return agreements.kind_of(topic.group("noun").lower(), subject)


def treaty_talked_about(s: Sentence, token=None) -> str | None:
    """The kind of the treaty the text is talking about where the words name none ('became a party in 1994', 'its
    withdrawal', a list of states with their acts in brackets): the one the sentence names before `token`, else the
    last the previous sentence names where that sentence names no dictionary organisation, else the article's topic
    (`_topic_kind`); None in a sentence that names an organisation (whose act it may be)."""
    if names_organization(s):
        return None
    earlier = _earlier_instrument(s, token) if token is not None else None
    if earlier is not None:
        return _kind(earlier)
    if any(not o.startswith(provisional.PREFIX) for o in s.previous_organizations):
        return None
    last = _previous_named(s)
    return _named_kind(last) if last is not None else _topic_kind(s)


def names_organization(s: Sentence) -> bool:
    """True when the sentence names an organisation that is no treaty's acronym taken for one ('the NPT')."""
    return any(
        not _is_instrument(s, t) for m in s.organizations() for t in [token_at(s, m.char_start)] if t is not None
    )


def _previous_named(s: Sentence) -> str | None:
    """The words of the last instrument the previous sentence names, or None; None after the lead that defines the
    article's topic as an instrument, whose last instrument noun is the defining one ('… is an arms control treaty
    …'): the topic (`_topic_kind`) is what the words stand for."""
    if s.previous_text == s.source_lead and _lead_kind(s.source_lead) is not None:
        return None
    named = [m.group() for m in PREVIOUS_INSTRUMENT.finditer(s.previous_text)]
    return named[-1] if named else None


def _named_kind(words: str) -> str:
    return "treaty" if TREATY_ACRONYM.match(words) else agreements.kind_of(words, words)


def _kind(noun) -> str:
    """The instrument's kind: a treaty by its acronym ('the NPT'), else by its noun and words."""
    phrase = " ".join(t.text for t in noun.subtree if t.lower_ not in ("the", "this", "a"))
    return "treaty" if _acronym(noun) else agreements.kind_of(noun.lemma_, phrase)


def _kind_and_name(noun, referred: str | None) -> tuple[str, str | None] | None:
    """(kind, name) of the instrument a word names, else of the kind the text refers to (no name), else None."""
    if noun is not None:
        return _kind(noun), _name(noun)
    return (referred, None) if referred is not None else None


def _name(noun) -> str | None:
    """The instrument's name as written: its capitalised words before the noun ('the Threshold Test Ban
    Treaty'), or the noun with its capitalised 'on'/'of' phrase ('the Treaty on the Non-Proliferation of
    Nuclear Weapons'), or its acronym ('the NPT'); None for 'the treaty', 'this Treaty', 'it'."""
    if _acronym(noun):
        return _acronym(noun)
    if not noun.text[:1].isupper():
        return None
    before = [t for t in noun.subtree if t.i < noun.i and t.dep_ == "compound" and t.text[:1].isupper()]
    if before:
        return " ".join(t.text for t in [*before, noun])
    named = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("on", "of")]
    if named and any(t.text[:1].isupper() for p in named for t in p.subtree if t.i != p.i):
        return "".join(t.text_with_ws for t in noun.subtree if t.i >= noun.i).strip()  # 'Non-Proliferation'
    return None


def _controller(verb) -> list:
    """The subject of the clause an 'after'/'before'/'upon' phrase's gerund hangs on, which English makes the
    gerund's doer: 'South Africa dismantled its weapons after signing the NPT in 1991'."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("after", "before", "upon", "on", "by"):
        return []
    return _subjects(prep.head)


def participated(s: Sentence) -> list:
    """One agreement per state that ratified, acceded to, joined or withdrew from a treaty: the treaty's
    kind, the state as its one party, the date of the state's own act (none when its words give none)."""
    out = []
    surface = {(c.get("kind"), c.get("parties"), c.get("date_edtf")) for c in s.once(agreements.signed)}
    for verb in acts(s, set(PARTICIPATE)):
        noun = _instrument(s, verb)
        bare_sign = verb.lemma_.lower() == "sign" and not _objects(verb)  # 'Israel signed in 1996': the topic's
        referred = _referred_kind(s, verb) if noun is None and (verb.lemma_.lower() != "sign" or bare_sign) else None
        instrument = _kind_and_name(noun, referred)
        if instrument is None:
            continue
        kind, name = instrument
        actors = _agents(verb) if _passive_act(verb) else _subjects(verb) or _controller(verb)
        own = actors  # the words dated apart from the act's own ('which' is in the clause, its noun is not)
        if verb.dep_ == "relcl" and all(a.lower_ in RELATIVES for a in actors):
            actors = [verb.head]  # 'North Korea, which acceded to the NPT in 1985, …': the noun the clause is on
            actors = _named_as(actors[0]) or actors
        states = _states(s, actors)
        if not states:
            continue
        mood, date = mood_and_date(s, verb, own_date(s, verb, own) or _shared_date(s, verb))
        span = _clause(s, [verb, *actors, *(x for t in actors for x in t.conjuncts)] + ([noun] if noun else []))
        later = gapped(s, date.char_end) if date is not None and date.char_start > verb.idx - s.offset else []
        gapped_states = {x for states_, _ in later for x in states_}
        acts_of = respectively(s, states, *s.clause(verb.idx - s.offset)) or [
            (x, own_year(s, x, *span) or date) for x in states if x not in gapped_states
        ]
        acts_of += [(x, when) for states_, when in later for x in states_]
        for state, when in acts_of:
            if (kind, (state,), when.edtf if when is not None else None) in surface:
                continue  # 'Turkmenistan ratified the Convention … in 1996': the signing rule reads it already
            out.append(
                agreements._agreement(
                    s, f"parse_{PARTICIPATE[verb.lemma_.lower()]}", name, kind, [state], when, *span, modality=mood
                )
            )
        out += _coordinated_acts(s, verb, noun, states, span, mood)
    return out


def _coordinated_acts(s: Sentence, verb, noun, states, span, mood) -> list:
    """The same states' act on each instrument coordinated after the first, with its own date
    (`agreement_lists.coordinated`): 'Kazakhstan signed the NPT in 1993 and the CTBT in 1996'."""
    if noun is None:
        return []
    signed = verb.lemma_.lower() == "sign"

    def accepted(t) -> bool:
        return _is_instrument(s, t) and (not signed or bool(_acronym(t)))

    out = []
    for other, when in coordinated(s, verb, noun, accepted):
        end = max(other.idx + len(other) - s.offset, when.char_end if when is not None else 0)
        rule = f"parse_{PARTICIPATE[verb.lemma_.lower()]}"
        out += [
            agreements._agreement(
                s, rule, _name(other), _kind(other), [x], when, span[0], max(span[1], end), modality=mood
            )
            for x in states
        ]
    return out


RULES = [participated]
