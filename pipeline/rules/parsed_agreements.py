"""Agreement rules over the parse: an instrument entering into force, a signing verb with its signers and
instrument noun, an organisation expanding to include new members.

Why a parse: 'was signed by Azerbaijan, Armenia, Belarus, … on 15 April 1994' and 'the presidents of Belarus,
Kazakhstan and Russia signed the treaty' are one shape each to the parser (the verb, its passive agent or
subject, its object noun), a different string each to a pattern. The helpers that read the parse (actors,
conjuncts, dates, modality) are in `parsed`.
"""

from __future__ import annotations

import re

from pipeline.entities.short_names import LENDERS
from pipeline.rules import agreement_names, agreements, event_guards
from pipeline.rules.agreement_guards import names_an_instrument
from pipeline.rules.agreement_lists import gapped
from pipeline.rules.agreement_parties import lender_by_kind, lender_talked_about, with_borrower
from pipeline.rules.agreement_polarity import acts, mood_and_date
from pipeline.rules.amount_kinds import CUE
from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.parsed import (
    _children,
    _clause,
    _date,
    _entity,
    _event,
    _membership,
    _noun_entities,
    _parties,
    _passive,
    _prep_objects,
    _subjects,
    _verbs,
    modality,
)
from pipeline.rules.parsed_lists import states_spelled_out
from pipeline.rules.parsed_pointers import _organization_pointer, _organizations, talked_about
from pipeline.rules.patterns import IN_FORCE

FORCE = {"enter", "come", "go", "take"}
INSTRUMENTS = {"treaty", "agreement", "charter", "convention", "protocol"}


def in_force(s: Sentence) -> list:
    """'The Treaty on the Eurasian Economic Union entered into force on 1 January 2015': entered_into_force of
    the organisation the treaty's words name ('Its charter entered into force': the one talked about's). 'Armenia's accession treaty came into force on 2 January
    2015': the state joined the organisation talked about (member, and joined_by on that date)."""
    out = []
    for verb in _verbs(s, FORCE):
        into = _prep_objects(verb, "into") + _children(verb, "dobj")
        if not any(t.lemma_.lower() in ("force", "effect") for t in into):
            continue
        for noun in _subjects(verb):
            if noun.lemma_.lower() not in INSTRUMENTS:
                continue
            date, span = _date(s, verb, [noun]), _clause(s, [verb, noun, *into, *noun.subtree])
            words = [t for t in noun.subtree if t.i != noun.i]
            if any(t.lower_ == "accession" for t in words):
                states = [m.entity_id for t in words for m in [_entity(s, t, ("state",))] if m]
                org = talked_about(s)
                for state in dict.fromkeys(states):
                    if org and date is not None:
                        out.append(_membership(s, "parse_accession_in_force", state, org, "member", date, span))
                        out.append(_event(s, "parse_accession_in_force", org, "joined_by", date, span, state=state))
                continue
            own = [
                x for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "of") for x in c.subtree
            ]  # 'the Treaty on the EAEU'; not 'an EU-Turkey Customs Union agreement'
            named = [m.entity_id for t in own for m in [_entity(s, t, ("organization",))] if m]
            named = named or ([o for o in [talked_about(s)] if o] if event_guards.owned_charter(noun) else [])
            if named:
                out.append(
                    _event(s, "parse_in_force", named[0], "entered_into_force", date, span, modality=modality(verb))
                )
            elif not own:
                out += _in_force_between(s, verb, noun, date, span)
    return out


def _in_force_between(s: Sentence, verb, noun, date, span) -> list:
    """'An EU-Turkey Customs Union agreement came into effect on 1 January 1996', 'the agreement between
    Turkmenistan and Iran entered into force in 2005': an agreement between the parties its own words name
    (two or more), undated (the date is its entry into force, kept as such), unless a signing rule reads it."""
    words = [t for t in noun.subtree if t.i < noun.i] + [x for o in _prep_objects(noun, "between") for x in o.subtree]
    noun_start = noun.idx - s.offset
    parties = [
        s.state_of_entity(m.entity_id) if m.entity_type == "state" else m.entity_id
        for t in words
        for m in [_entity(s, t, ("state", "organization"))]
        if m and not (m.entity_type == "organization" and not s.text[m.char_end : noun_start].strip())
    ]  # 'an EU-Turkey Customs Union agreement': the union right before the noun is what it is about
    parties = list(dict.fromkeys(x for x in parties if x))
    if len(parties) < 2 or modality(verb) is not None or s.once(agreements.signed):
        return []
    kind = agreement_names.kind_of(noun.lemma_, " ".join(t.text for t in noun.subtree))
    entry = date.edtf if date is not None else None
    return [agreements._agreement(s, "parse_in_force", None, kind, parties, None, span[0], span[1], in_force=entry)]


SIGN = {"sign", "ratify", "conclude", "adopt", "approve", "initial", "issue"}
JOINT_DOCUMENTS = {"declaration", "statement"}
"""What 'issue' signs: a declaration or statement two or more parties issue together ('the presidents of A and B
issued a joint declaration'); one party's statement is no agreement."""
INSTRUMENT_NOUNS = {
    "treaty",
    "agreement",
    "accord",
    "protocol",
    "memorandum",
    "declaration",
    "charter",
    "act",
    "convention",
    "statement",
    "deal",
    "pact",
}


LOANS = {"loan", "credit"}
LENDING = {"approve", "sign", "conclude"}
"""A lender's loan approved or signed is a deal between the lender and the borrower its 'to'/'for' phrase names ('In
1993 the EBRD approved a $150 million loan to Kazakhstan'), as a loan 'of' an amount is to the surface rule
(`agreements.NOUN`); not one only provided, granted or repaid. The 'to'/'for' phrase may hang on a word of the loan's
phrase ('approved loans totalling $35 million for Kyrgyzstan'); none named, the borrower is the state the text is
about ('In 1998 the IMF approved a three-year loan', in the article on Tajikistan)."""
ARRANGEMENTS = {"arrangement", "facility"}
"""What a lender approves is its lending whatever its name: 'the Fund approved a three-year ECF arrangement' (not
'the ministers approved arrangements for the summit': no lender approves those). The acronyms of the Fund's
arrangements are such nouns too ('the IMF approved a three-year EFF', 'an SBA'): the word list of sums names them
(`amount_kinds.CUE`, kind loan)."""
SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
"""A date that opens a period dates no act of signing or approving (codebook §4: the date of the fact itself)."""
REQUEST = "request"
"""'The IMF approved Kazakhstan's request for an SBA': approving a member's request for an arrangement approves the
arrangement (the Fund lends on a member's request: IMF Articles of Agreement, Art. V, Sec. 3)."""


def _lending(s: Sentence, noun, verb, signer_ids: list[str]) -> bool:
    """Whether `noun`, the object `verb` takes, is a loan or a lender's arrangement approved or signed."""
    if verb.lemma_.lower() not in LENDING:
        return False
    lemma = noun.lemma_.lower()
    arrangement = lemma in ARRANGEMENTS or _names_lending(noun)
    return lemma in LOANS or (arrangement and any(x in s.lenders for x in signer_ids))


def _unnamed_lender(s: Sentence, instruments, verb) -> list[str]:
    """The lender of a loan or arrangement approved with no agent named ('A further arrangement, of SDR 185.6 million,
    was approved in June 1995', 'A three-year Extended Fund Facility was approved in 1996', 'The first IDA credit was
    approved in 1993'): a lender its phrase names, else, in a text or paragraph about a lender, that lender (only a
    lender approves its lending): the organisation talked about or the paragraph's first lender. An arrangement must be
    one by its name (capitals, an acronym) or by the sum in its phrase: 'new customs arrangements were approved' names
    no lending."""
    nouns = [t for t in instruments if _named_lending(s, t)]
    if verb.lemma_.lower() != "approve" or not nouns:
        return []
    start, end = _phrase(s, nouns[0])
    named = [o.entity_id for o in s.organizations(start, end) if o.entity_id in s.lenders]
    if named or _prep_objects(nouns[0], "from"):
        return named[:1]  # 'a loan from China was approved': the phrase names a lender of its own
    return lender_talked_about(s)


def _named_lending(s: Sentence, noun) -> bool:
    """Whether `noun` is a loan, or a lender's arrangement by its name or by a sum in its phrase (`_unnamed_lender`)."""
    if noun.lemma_.lower() in LOANS or _names_lending(noun):
        return True
    if noun.lemma_.lower() not in ARRANGEMENTS:
        return False
    start, end = _phrase(s, noun)
    return noun.text[:1].isupper() or any(start <= m.char_start and m.char_end <= end for m in s.amounts)


def _phrase(s: Sentence, noun) -> tuple[int, int]:
    """The sentence offsets of the noun's phrase."""
    return noun.left_edge.idx - s.offset, noun.right_edge.idx + len(noun.right_edge) - s.offset


def _names_lending(noun) -> bool:
    """Whether `noun` is a lender's arrangement named by its acronym ('EFF', 'SBAs'; see ARRANGEMENTS)."""
    cue = CUE.fullmatch(noun.text)
    return cue is not None and cue.lastgroup == "loan" and noun.text.isupper()


def _requested(noun):
    """The instrument a request is for ('Kazakhstan's request for an SBA'; see REQUEST), else `noun` itself."""
    if noun.lemma_.lower() != REQUEST:
        return noun
    return next(iter(_prep_objects(noun, "for")), noun)


def _signer_ids(s: Sentence, signers) -> list[str]:
    """The parties the signers name; 'the Fund' or 'the Bank' that no mention resolves (its full name given only
    once) is the lender of that kind the text or paragraph is about, as the surface rule reads it
    (`agreement_parties.THE_LENDER`); 'it' is the lender talked about ('In 2017 it approved two loans', after a
    sentence on the ADB: `parsed_pointers.talked_about`)."""
    boards = any(_board_owner(t) is not None for t in signers)
    named = _parties(s, [_board_owner(t) or t for t in signers])
    named = [s.top_organization(x) for x in named] if boards else named  # 'the Executive Board of the IMF': the IMF
    short = [t.text for t in signers if t.text in LENDERS and any(c.lower_ == "the" for c in t.children)]
    pointed = [x for t in signers if t.lower_ == "it" and (x := _organization_pointer(s, t)) and x in s.lenders]
    return named or [x for word in short[:1] for x in lender_by_kind(s, word)] or pointed[:1]


def _board_owner(token):
    """The body whose board acts ('The Executive Board of the IMF approved', "the Fund's Executive Board", 'the IMF
    Executive Board', 'The Board of Directors of the ADB'): a lender's board decides its lending, and the lender is the party. None for a word that is
    no board, or a board of no one named."""
    if token.lemma_.lower() != "board":
        return None
    owners = _prep_objects(token, "of") + [c for c in token.children if c.dep_ in ("poss", "compound")]
    while owners and owners[0].lower_.rstrip("s") in BOARD_MEMBERS:  # 'the Board of Directors of the ADB'
        owners = _prep_objects(owners[0], "of") + owners[1:]
    owners = [o for o in owners if o.lower_ not in ("executive", "governing")]  # 'the IMF Executive Board'
    return owners[0] if owners else None


BOARD_MEMBERS = {"director", "governor", "trustee"}


def _borrowers(noun) -> list:
    """The objects of the 'to'/'for' phrases of a loan's phrase, not of a relative clause on it."""
    inside = {x.i for c in noun.children if c.dep_ == "relcl" for x in c.subtree}
    return [o for t in noun.subtree if t.i not in inside for o in _prep_objects(t, "to", "for")]


def signed(s: Sentence) -> list:
    """'was signed by Azerbaijan, Armenia, Belarus, … on 15 April 1994', 'In 1996, Belarus, Kazakhstan, Russia
    and Kyrgyzstan signed the Treaty on Increased Integration …', 'the presidents of Belarus, Kazakhstan and
    Russia signed the treaty on the Eurasian Economic Union', 'NATO and Russia signed the NATO–Russia Founding
    Act': one agreement whose parties are every signer named; its kind from the instrument's noun. Where a
    surface rule already reads the sentence's agreement, it stands."""
    out: list[Candidate] = []
    if s.tokens is None:
        return out
    surface = [set(c.get("parties")) for c in s.once(agreements.signed) if c.fact_type == "agreement"]
    for verb in acts(s, SIGN):
        passive = _passive(verb, participle=True)
        if passive:
            instruments = _children(verb, "nsubjpass") or ([verb.head] if verb.dep_ == "acl" else [])
            signers = _prep_objects(verb, "by", "between", "among")
            if not signers:  # 'The Treaty … by Belarus, …, signed in 2003', 'An agreement between A and B was signed'
                signers = [x for n in instruments for x in _prep_objects(n, "by", "between", "among")]
        else:
            instruments = _children(verb, "dobj")
            signers = _subjects(verb) + _prep_objects(verb, "with")
        instruments = [_requested(t) for t in instruments]
        ids = _signer_ids(s, signers) or (_unnamed_lender(s, instruments, verb) if passive else [])
        instruments = [t for t in instruments if t.lemma_.lower() in INSTRUMENT_NOUNS or _lending(s, t, verb, ids)]
        lending = bool(instruments) and _lending(s, instruments[0], verb, ids)
        borrowers = [  # 'a loan to Kazakhstan', though the parser may hang 'to' on the verb
            x
            for t in instruments[:1]
            if lending
            for x in _borrowers(t) + ([] if passive else _prep_objects(verb, "to", "for"))
        ]
        parties = [p for p in dict.fromkeys(ids + _parties(s, borrowers)) if not names_an_instrument(s, p)]
        if lending:
            parties = list(with_borrower(s, "loan_deal", parties))
        if not instruments or not parties:
            continue
        noun = instruments[0]
        if verb.lemma_.lower() == "issue" and (noun.lemma_.lower() not in JOINT_DOCUMENTS or len(parties) < 2):
            continue
        skip = {  # a clause on the noun and its signers are not its name: 'the Treaty … by Belarus, …, signed in 2003'
            x.i
            for c in noun.children
            if c.dep_ in ("relcl", "acl", "punct", "appos")
            or (c.dep_ == "prep" and c.lower_ in ("by", "between", "among"))
            for x in c.subtree
        }
        words = [t for t in noun.subtree if t.i not in skip]
        if noun.text[:1].isupper():  # 'the separate Treaty on …': the name begins with a capital
            words = [t for t in words if t.i >= noun.i or t.text[:1].isupper()]
        phrase = " ".join(t.text for t in words if t.i >= noun.left_edge.i and t.lower_ not in ("the", "a", "an"))
        kind = agreement_names.kind_of(
            "joint statement" if "joint" in phrase.lower() and noun.lemma_ == "statement" else noun.lemma_, phrase
        )
        kind = "loan_deal" if lending else kind  # 'approved a three-year EFF': the acronym names a lending arrangement
        name = phrase if noun.text[:1].isupper() else None
        if any(set(parties) <= found for found in surface) or (
            len(surface) > 1 and set(parties) <= set().union(*surface)
        ):
            continue  # the surface rule reads this agreement already, with these parties, or one per partner
        mood, date = mood_and_date(s, verb, _date(s, verb, signers))
        if date is not None and SINCE.search(s.text, max(0, date.char_start - 12), date.char_start):
            date = None  # 'has approved 184 loans … since 1994': the period's start, no act's date
        if date is not None and IN_FORCE.search(s.text, verb.idx - s.offset + len(verb), date.char_start):
            date = None  # 'ratified the Treaty and it entered into force on January 14, 1994': the entry's date
        if verb.lemma_.lower() == "ratify" and date is not None and gapped(s, date.char_end):
            continue  # 'Albania and Austria ratified the Convention in 1994, Angola in 2015': each state's own act
        span = _clause(s, [verb, noun, *signers, *(x for t in signers for x in t.conjuncts)])
        out.append(agreements._agreement(s, "parse_signed", name, kind, parties, date, span[0], span[1], modality=mood))
        if lending:
            out += _gapped_loans(s, verb, parties, mood)
    return out


def _gapped_loans(s: Sentence, verb, parties, mood) -> list[Candidate]:
    """The further loans a lending verb takes with its verb left out, each with its own date: 'In 2018 the Bank
    approved a $50 million loan for rural roads, and in 2019 a $40 million credit for energy efficiency' (two deals,
    2018 and 2019; the parser makes the second noun a conjunct of the verb). A further noun with no date of its own is
    part of the first deal."""
    out = []
    for noun in verb.children:
        if noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in LOANS | ARRANGEMENTS:
            continue
        start, end = _clause(s, list(noun.subtree))
        dates = s.dates_in(start, end)
        if dates:
            out.append(
                agreements._agreement(
                    s, "parse_signed", None, "loan_deal", parties, dates[0], start, end, modality=mood
                )
            )
    return out


ENLARGE = {"expand", "enlarge", "grow", "extend", "widen"}


def enlarged(s: Sentence) -> list:
    """'In 1992, the ECO expanded to include Afghanistan, Azerbaijan, Kazakhstan, …': an enlarged event per
    new member state (and its membership), of the organisation that expanded (named, or talked about)."""
    out = []
    for verb in _verbs(s, ENLARGE):
        includes = [
            c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in ("include", "admit")
        ]
        if not includes:
            continue
        subjects = _subjects(verb)
        orgs = [o for t in subjects for o in _organizations(s, t)]
        objects = _children(includes[0], "dobj")
        states = [x for t in objects for x in _noun_entities(s, t, ("state",))]
        states = list(dict.fromkeys(states + [x for t in objects for x in states_spelled_out(s, t)]))
        if not orgs or not states:
            continue
        date, mod = _date(s, verb, subjects), modality(verb)
        span = _clause(s, [verb, *subjects, *objects, *(x for t in objects for x in t.conjuncts)])
        for state in states:
            out.append(_membership(s, "parse_enlarged", state, orgs[0], "member", date, span, mod))
            if date is not None and mod is None:
                out.append(_event(s, "parse_enlarged", orgs[0], "enlarged", date, span, state=state))
    return out


RULES = [in_force, signed, enlarged]
