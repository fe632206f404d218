"""A state that became (or is) a party to or a signatory of a treaty: an agreement item of its own.

Why: a treaty's article tells participation with a copula as often as with 'ratified' or 'acceded'
('Kazakhstan became a party to the NPT in February 1994', 'Ukraine became a signatory of the treaty in 1994',
'India has never been a party to the Treaty'), and the codebook makes each state's accession or signature an
item: the treaty's kind, that state as its one party, the date of its own act. The shape over the parse: 'be'
or 'become' with 'party' or 'signatory' as its attribute, the instrument as that noun's 'to' or 'of' object
(the instrument named before for 'it' and 'the treaty'), the states as subjects; or the other way round, the
status noun the subject and the states the complement ('The twelve original signatories were Argentina, Australia
…'). Negated ('never been a party') or planned ('will become a party') states no fact.
"""

from __future__ import annotations

from pipeline.rules import agreements
from pipeline.rules.agreement_lists import coordinated, each_state
from pipeline.rules.agreement_polarity import own_date
from pipeline.rules.context import Sentence
from pipeline.rules.parse_repairs import finite_participle
from pipeline.rules.parsed import (
    _children,
    _clause,
    _conjuncts,
    _date,
    _negated,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
)
from pipeline.rules.parsed_treaties import PARTICIPATE
from pipeline.rules.treaty_states import _states
from pipeline.rules.treaty_words import _earlier_instrument, _is_instrument, _kind, _name, treaty_talked_about

STATUS = {"party": "became_party", "signatory": "became_signatory", "member": "became_party"}
"""The nouns of treaty status, and the rule id each gives: 'a member of the NPT' (loose, but the genre's) is a party;
'member' counts only with an instrument, never an organisation (`treaty_words._is_instrument`)."""
CLAUSE_WORDS = {"VERB", "AUX", "SCONJ"}


def _instruments(s: Sentence, status, verb=None) -> list:
    """The instruments the status is in: the noun's (or the verb's) 'to'/'of' object when an instrument's, 'it' or
    'the treaty' taking the instrument named before in the sentence; and for 'a member of' a list, each named
    instrument in it ('a member of the United Nations, the Council of Europe, the CFE Treaty and the World Bank'),
    read as the words after 'of' up to the next verb, since the parser strings such lists as appositions of
    anything."""
    objects = _prep_objects(status, "to", "of") + (_prep_objects(verb, "to") if verb is not None else [])
    if status.dep_ == "pobj":  # 'one of the states parties to the NPT': the parser may hang 'to' on 'one'
        objects += _prep_objects(status.head.head, "to")
    if not objects:
        return []  # the parser may hang 'to' on the verb
    if _is_instrument(s, objects[0]):  # 'a party to the Chemical Weapons Convention and the Biological …'
        found = [t for t in _conjuncts(objects[0]) if t.i >= objects[0].i and _is_instrument(s, t)]
    elif objects[0].lower_ == "it" and verb is not None:
        found = [x for x in [_earlier_instrument(s, verb)] if x is not None]
    else:
        found = []
    if status.lemma_.lower() == "member":
        for t in s.tokens[objects[0].i + 1 - s.tokens.start :] if s.tokens is not None else []:
            if t.pos_ in CLAUSE_WORDS:
                break
            if t.pos_ in ("NOUN", "PROPN") and _is_instrument(s, t) and _name(t) is not None and t not in found:
                found.append(t)
    return found


def became_party(s: Sentence) -> list:
    """One agreement per state and treaty that the state became (or is) a party to, a signatory or a member of."""
    out: list = []
    for verb in _verbs(s, {"become", "be"}):
        for status in _statuses(verb):
            rule = STATUS.get(status.lemma_.lower())
            nouns = _instruments(s, status, verb) if rule else []
            treaties = [(_kind(n), _name(n), [n]) for n in nouns] or [
                (kind, None, []) for kind in [_referred(s, status, verb) if rule else None] if kind
            ]
            if not treaties or modality(verb) is not None:  # _verbs leaves out negated verbs
                continue
            actors = _subjects(verb)
            states = _states(s, actors)
            date = own_date(s, verb, actors) or _result_date(s, verb, actors)
            for kind, name, words in treaties:
                span = _clause(s, [verb, status, *words, *actors, *(x for t in actors for x in t.conjuncts)])
                for state, when in each_state(s, verb, states, date, span):
                    out.append(agreements._agreement(s, f"parse_{rule}", name, kind, [state], when, *span))
            out += _coordinated(s, verb, nouns, states, f"parse_{rule}", _clause(s, [verb, status, *actors]))
    return out


def _coordinated(s: Sentence, verb, nouns: list, states: list[str], rule_id: str, span: tuple[int, int]) -> list:
    """The same status in each instrument coordinated after the first with a preposition of its own, with its own
    date (`agreement_lists.coordinated`): 'Turkmenistan became a party to the Chemical Weapons Convention in 1994 and
    to the Biological Weapons Convention in 1996'."""
    if not nouns:
        return []
    out = []
    for other, when in coordinated(s, verb, nouns[0], lambda t: _is_instrument(s, t)):
        if other in nouns:
            continue
        end = max(other.idx + len(other) - s.offset, when.char_end if when is not None else 0)
        out += [
            agreements._agreement(s, rule_id, _name(other), _kind(other), [state], when, span[0], max(span[1], end))
            for state in states
        ]
    return out


def _result_date(s: Sentence, verb, actors):
    """The date of the act a participle 'becoming' tells the result of: 'Sri Lanka deposited its instrument of
    accession on 13 December 2017, becoming the 163rd state party' (its main verb's), else None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i == verb.i:
        return None
    return own_date(s, verb.head, actors)


def _statuses(verb) -> list:
    """The nouns that say what the subject is: the attribute ('a party'), the group an attribute 'one' or an 'among'
    places it in ('one of the 191 states parties to the NPT', 'is among the parties to the treaty')."""
    attributes = _children(verb, "attr")
    groups = [o for a in attributes if a.lower_ == "one" for o in _prep_objects(a, "of")]
    return attributes + groups + _prep_objects(verb, "among")


def _referred(s: Sentence, status, verb) -> str | None:
    """The kind of the treaty a status names none of ('Kazakhstan became a party in 1994'): the one named before in
    the sentence, else the previous sentence's, else the article's topic (`treaty_words.treaty_talked_about`);
    None for 'member' (most often of an organisation) and for a status with an object of its own ('a party to the
    conflict')."""
    if status.lemma_.lower() == "member" or _prep_objects(status, "to", "of", "in") or _prep_objects(verb, "to"):
        return None
    return treaty_talked_about(s, verb)


def party_apposition(s: Sentence) -> list:
    """'Iraq, a party to the NPT since 1969, …', 'Egypt, a signatory of the CTBT, …', 'Libya, a party since 1975, …'
    (the treaty talked about): the state the apposition is on, dated by the apposition's own words. A bare, undated
    status on a state whose clause tells its act on the treaty is that act, read by the treaty rules: 'Tuvalu, the
    most recent party, acceded in 2019' is one accession ('Brazil, a signatory since 1982, ratified in 1988' two)."""
    out: list = []
    for status in s.with_lemma(STATUS):
        rule = STATUS.get(status.lemma_.lower())
        if status.dep_ != "appos" or status.pos_ != "NOUN" or rule is None or _negated(status):
            continue
        states = _states(s, [status.head])
        nouns = _instruments(s, status) if states else []
        date = _date(s, status, nouns, clause=False)
        treaties = [(_name(n), _kind(n), [n]) for n in nouns] or [
            (None, kind, []) for kind in [_talked_about(s, status) if states else None] if kind
        ]
        if not nouns and date is None and _acts(status.head):
            continue
        for name, kind, words in treaties:
            span = _clause(s, [status.head, status, *words])
            out += [
                agreements._agreement(s, "parse_party_apposition", name, kind, [state], date, *span) for state in states
            ]
    return out


def _acts(noun) -> bool:
    """True for a noun that does an act on a treaty: the subject of one of the treaty rules' verbs
    (`parsed_treaties.PARTICIPATE`), or the root noun of one the parser took for its participle ('Tuvalu, …, acceded
    in 2019', `parse_repairs.finite_participle`)."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in PARTICIPATE:
        return True
    return any(c.dep_ == "acl" and finite_participle(c) is not None for c in noun.children)


def _talked_about(s: Sentence, status) -> str | None:
    """The kind of the treaty a bare 'a party' apposition is to ('Libya, a party since 1975, abandoned …' in a
    treaty's article: `treaty_words.treaty_talked_about`); None for 'a member' (most often of an organisation) and
    for a status with an object of its own ('Armenia, a party to the conflict')."""
    if status.lemma_.lower() == "member" or _prep_objects(status, "to", "of", "in"):
        return None
    return treaty_talked_about(s, status)


def listed_status(s: Sentence) -> list:
    """'The twelve original signatories were Argentina, Australia, Belgium and Chile', 'Signatories include Angola
    (1997) and Zambia (1997)': the states a clause names as the parties or signatories of the treaty the text is
    talking about (`_talked_about`), the status noun its subject and the states the complement of 'be' or the object
    of 'include'. One agreement per state, each state's act its own, dated only by the state's own bracketed year or
    dated list: the clause tells who, not when. Not 'members' (most often of an organisation), nor a status with a
    phrase of its own: 'the parties to the Collective Security Treaty were …' may tell the signers of one instrument
    together (the signing rules'), 'the parties to the conflict', 'the main parties at the conference' are no treaty's.
    """
    out: list = []
    for verb in _verbs(s, {"be", "include"}):
        named = [c for c in verb.children if c.dep_ in ("attr", "dobj")]
        for status in _subjects(verb):
            rule = STATUS.get(status.lemma_.lower())
            if rule is None or status.lemma_.lower() == "member" or modality(verb) is not None:
                continue
            if any(c.dep_ == "prep" for c in status.children):
                continue  # 'the parties to the Collective Security Treaty', 'the main parties at the conference'
            kind = _talked_about(s, status)
            if kind is None:
                continue
            states = _states(s, named)
            span = _clause(s, [status, verb, *named, *(x for t in named for x in t.subtree)])
            for state, when in each_state(s, verb, states, None, span):
                out.append(agreements._agreement(s, f"parse_listed_{rule}", None, kind, [state], when, *span))
    return out


RULES = [became_party, party_apposition, listed_status]
