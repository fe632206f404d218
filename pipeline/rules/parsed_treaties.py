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

from pipeline.entities import provisional
from pipeline.rules import agreements
from pipeline.rules.agreement_lists import coordinated, each_state
from pipeline.rules.agreement_polarity import acts, mood_and_date, own_date
from pipeline.rules.amount_periods import interval_start
from pipeline.rules.context import Sentence
from pipeline.rules.parse_repairs import adverb_subject, finite_participle, stranded_infinitive
from pipeline.rules.parsed import (
    _children,
    _clause,
    _passive,
    _prep_objects,
    _subjects,
)
from pipeline.rules.treaty_states import _named_as, _states
from pipeline.rules.treaty_words import (
    TREATY_ACRONYM,
    _acronym,
    _earlier_instrument,
    _is_instrument,
    _kind,
    _kind_and_name,
    _name,
    _named_kind,
    _previous_named,
    _topic_kind,
    names_organization,
)
from pipeline.text.dates import MAX_YEAR, MIN_YEAR, MONTH_NUMBER

PARTICIPATE = {
    "ratify": "ratified",
    "accede": "acceded",
    "join": "acceded",
    "rejoin": "acceded",
    "withdraw": "withdrew",
    "sign": "signed_existing",
    "adhere": "acceded",
    "leave": "withdrew",
    "quit": "withdrew",
    "exit": "withdrew",
    "denounce": "withdrew",
    "pull": "withdrew",
    "renounce": "withdrew",
    "abrogate": "withdrew",
    "succeed": "succeeded",
    "accept": "accepted",
}
"""Verbs of a state's own act on a treaty, and the rule id each gives. 'sign' only with a treaty named by its
acronym ('South Africa … after signing the NPT in 1991'): an instrument that already exists, each signer's
signature an item of its own; other signings are the signing rules' (one instrument, its signers together).
'left', 'quit', 'denounced', 'renounced', 'abrogated', 'pulled out of' the treaty are withdrawals, only with the treaty
as their object. 'accepted the convention' is the acceptance the treaties' final clauses allow beside ratification
('subject to ratification, acceptance or approval'): a state's own act, only with an instrument as its object."""
OBJECT_PREPOSITION = {"accede": "to", "withdraw": "from", "adhere": "to", "pull": "of", "succeed": "to"}
"""'adhered to the NPT': the diplomats' word (French 'adhérer') for acceding; 'pulled out of the treaty'; 'Kazakhstan
succeeded to the Outer Space Treaty in 1998': a successor state's notice that it is bound by its predecessor's
treaty, its own act on it."""
BARE = {"ratify", "accede", "adhere", "join", "rejoin", "withdraw", "sign"}
"""The verbs whose act on a treaty the text may leave without an object ('France and China acceded in 1992', 'Finland
adhered in 2012', 'The United States rejoined on 19 February 2021')."""
ACCEDING = {"ratify", "accede", "adhere"}
"""The bare verbs that can only be a treaty's (an organisation is joined or rejoined, never ratified or adhered to in
the genre): a bare one takes the instrument the previous sentence names (`_referred_kind`)."""
JOINING = {"join", "rejoin"}
"""The bare verbs that may be any body's: a treaty only where the text talks about one (`_referred_kind`)."""
RELATIVES = {"which", "who", "that"}


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
    if finite_participle(verb) is not None:
        return False  # 'Albania, which …, acceded in 1994': a main verb the parser took for a participle
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
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and finite_participle(verb) is None:
        return [verb.head]  # 'the Threshold Test Ban Treaty (TTBT), ratified by the US'
    if _fronted(verb):
        return _subjects(verb.head)
    if _passive_conjunct(verb):
        return _children(verb.head, "nsubjpass")
    if lemma == "pull":  # 'pulled out of the treaty': 'out' a particle or a preposition with 'of' under it
        outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod")]
        return (_prep_objects(verb, "of") + [o for x in outs for o in _prep_objects(x, "of")]) if outs else []
    if lemma in OBJECT_PREPOSITION:  # 'withdrew its ambassador': an object of its own, no treaty
        acted_on = [o for o in _prep_objects(verb, OBJECT_PREPOSITION[lemma]) if not _calendar(o)]
        return acted_on or _children(verb, "dobj")
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or _shared_objects(verb)


def _calendar(token) -> bool:
    """A preposition's object that is a date, not what the act is on: 'Italy withdrew with effect from 1 January
    2016' (a month's name or a year's figure, as `pipeline.text.dates` reads them)."""
    year = token.text.isdigit() and MIN_YEAR <= int(token.text) <= MAX_YEAR
    return token.text in MONTH_NUMBER or year


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
    if lemma in JOINING and not objects and s.tokens is not None:
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


def _referred_kind(s: Sentence, verb) -> str | None:
    """The kind of the instrument the previous sentence names last, when this one names none and the verb's
    object is 'it' or missing ('The treaty was opened for signature in 1968. Kazakhstan ratified it in 1993',
    '… By 1992, China and France had acceded'); only for 'ratify', 'accede' and 'adhere' in a sentence that names
    no organisation (a bare 'joined', 'withdrew' or 'signed' may be any body's: 'Uzbekistan joined EURASEC …, but
    withdrew'); 'signed it' too, for `treaty_acts.signed_it` (its signers together); a bare 'joined' or 'rejoined'
    only after a sentence whose last instrument is a treaty's acronym and that follows no dictionary organisation
    ('The NPT was opened for signature in 1968. Kazakhstan joined in 1993') or in the article of a treaty that names no
    organisation just before ('Nauru joined in 1982', `_topic_kind`). Where the previous sentence names no instrument
    either, any of these acts is on the treaty whose own article the text is (`_topic_kind`)."""
    objects = _objects(verb)
    lemma = verb.lemma_.lower()
    if lemma not in BARE:
        return None  # 'Ukraine left in 1994' may be any leaving
    joined = lemma in JOINING and not objects
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
    if (lemma not in ACCEDING and not joined and not signed_it) or (
        joined
        and (
            not TREATY_ACRONYM.match(last)
            or any(not o.startswith(provisional.PREFIX) for o in s.previous_organizations)
        )
        and _topic_kind(s) is None  # in a treaty's own article, with no organisation just named: a treaty joined
    ):
        return None
    return _named_kind(last)


def _first_conjunct(verb):
    """The first of the verbs coordinated with this one ('which signed in 1993 and ratified in 1998': 'signed'), whose
    arc tells what clause they all are."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _qualified(verb):
    """The noun the act's clause qualifies: that of a relative clause ('North Korea, which acceded …'), or the noun a
    bare infinitive the parser left stranded qualifies ('The last states to accede were …',
    `parse_repairs.stranded_infinitive`), or the subject of a main verb the parser took for its participle
    (`parse_repairs.finite_participle`); else None."""
    if _first_conjunct(verb).dep_ == "relcl":
        return _first_conjunct(verb).head
    if finite_participle(verb) is not None:
        return finite_participle(verb)
    stranded = stranded_infinitive(verb)
    return stranded if stranded is not None and stranded.pos_ in ("NOUN", "PROPN") else None


def _stranded_doers(verb) -> list:
    """The subject of the verb a stranded infinitive hangs on ('Angola became the 192nd state to accede', the parser
    hanging 'to accede' on 'became' as a preposition's object): the doer English gives it, as for an infinitive
    ranking the attribute of its clause (`agreement_polarity.record`)."""
    stranded = stranded_infinitive(verb)
    return _subjects(stranded) if stranded is not None and stranded.pos_ in ("VERB", "AUX") else []


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
        actors = (
            _agents(verb)
            if _passive_act(verb)
            else _subjects(verb) or _controller(verb) or _stranded_doers(verb) or adverb_subject(s, verb)
        )
        own = actors  # the words dated apart from the act's own ('which' is in the clause, its noun is not)
        qualified = _qualified(verb)
        if qualified is not None and all(a.lower_ in RELATIVES for a in actors):
            actors = [qualified]  # 'North Korea, which acceded to the NPT in 1985, …': its noun
            if not _states(s, actors):  # 'The states that acceded … were China and France': the noun's states
                actors = _named_as(actors[0]) or actors
        states = _states(s, actors)
        if not states:
            continue
        mood, date = mood_and_date(s, verb, own_date(s, verb, own) or _shared_date(s, verb))
        span = _clause(s, [verb, *actors, *(x for t in actors for x in t.conjuncts)] + ([noun] if noun else []))
        acts_of = each_state(s, verb, states, date, span)
        grouped = (
            _together(acts_of, noun is not None) if verb.lemma_.lower() == "sign" else [([x], w) for x, w in acts_of]
        )
        for group, when in grouped:
            when = _spanned(s, when)
            if (kind, tuple(group), when.edtf if when is not None else None) in surface:
                continue  # 'Turkmenistan ratified the Convention … in 1996': the signing rule reads it already
            out.append(
                agreements._agreement(
                    s, f"parse_{PARTICIPATE[verb.lemma_.lower()]}", name, kind, group, when, *span, modality=mood
                )
            )
        out += _coordinated_acts(s, verb, noun, states, span, mood)
    return out


def _spanned(s: Sentence, date):
    """The interval a date opens, where the act is told over a span ('joined the NPT … between 1993 and 1994':
    1993/1994, `amount_periods.interval_start`), else the date itself."""
    if date is None or not hasattr(date, "char_end"):
        return date
    for later in s.dates_in(date.char_end):
        interval = interval_start(s, later)
        if interval is not later and interval.edtf.startswith(f"{date.edtf}/"):
            return interval
    return date


def _together(acts_of: list, named: bool) -> list:
    """The signers of a treaty grouped by the date of their signature: several states signing on one date ('Russia
    and the United States signed New START in Prague on 8 April 2010') are one signing, as the signing rules read
    every other instrument's signers (the acronym may name a bilateral treaty); states the text dates apart
    ('Kazakhstan (1996) and Kyrgyzstan (1997)') sign apart, and so do the undated signers of the treaty the text is
    about but does not name (not `named`: 'Iran, Libya and Yemen have signed but not ratified' in its article), whom
    nothing says signed together."""
    groups: dict = {}
    for state, when in acts_of:
        key = when.edtf if when is not None else (None if named else state)
        groups.setdefault(key, ([], when))[0].append(state)
    return [(sorted(states), when) for states, when in groups.values()]


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
