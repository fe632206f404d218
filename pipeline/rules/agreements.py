"""Agreement rules: treaties, agreements, protocols, memoranda, declarations, action plans, loan
deals and conventions that the text says were signed, concluded, agreed, adopted or ratified.

Each rule is a function `(Sentence) -> list[Candidate]`; its id is 'agreement.<name>'. Parties go
into the candidate's `parties` field (a sorted tuple of entity ids), the hedge on the signing into
`modality` (planned, proposed, hedged; see `modality`).

What is not a signing (general statements about English, see `_denied_or_referred`): a denied one
('refused to sign', 'have not ratified'), an agreement something else follows ('Under the agreement …'),
another name in brackets, an agreement 'on' a named treaty (the treaty is the instrument), a count of
ratifying states, a ratification whose list goes on with other states' own dates (each state's act, read by
`parsed_treaties`). A place that begins a proper name ('the Rome Declaration') or where a signing took
place ('signed … in Islamabad') is no party. A deadline ('by 2015'), a status date ('As of 2016') or an
entry into force does not date a signing; a signing its clause leaves undated takes the one event date of
its sentence, else the year its paragraph (or section heading) is at (`Sentence.paragraph_date`).
"""

from __future__ import annotations

import re

from pipeline.rules.agreement_clauses import conjunct_date, signed_by_conjunct, signers
from pipeline.rules.agreement_dates import (
    PERFECT,
    TOLD_IN_THE_PAST,
    aside_date,
    listed_date,
    narrative_date,
    partner_date,
    ratification_date,
    signing_aside,
    signing_date,
)
from pipeline.rules.agreement_guards import (
    act_on_the_instrument,
    governing,
    hypothetical,
    inside_another_instrument,
    subject_of_another_verb,
    verb_of_another_noun,
    whole_name,
)
from pipeline.rules.agreement_lists import gapped, listed_dates
from pipeline.rules.agreement_modality import modality
from pipeline.rules.agreement_names import kind_of, name_of
from pipeline.rules.agreement_parties import own_phrase_start, participle_window, parties, with_borrower
from pipeline.rules.context import Sentence
from pipeline.rules.patterns import IN_FORCE, REGION_STOP
from pipeline.text.dates import date_fields
from schemas.fact_types import AGREEMENT

NOUN = re.compile(
    r"\b(?P<noun>treat(?:y|ies)|agreements?|accords?|protocols?|memorandum of understanding|"
    r"memorand(?:um|a)|(?<!concluding )declaration|action plan|road ?maps?|plans? of action|deal|convention|charters?|joint statements?|"
    r"(?-i:Act)|(?-i:Statute)|(?-i:Agreed Framework)|(?<=\ba )(?:[a-z-]+ )?loan(?= of\b)|(?:stand-?by|extended|precautionary|credit|facility) arrangements?|arrangements?(?=\s+(?:under|with|from)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*(?:Facility|Fund|IMF)\b)|stand-?by credits?|(?-i:(?:Fund|Credit|Financing) Facility)|(?:aid|assistance|financial|financing) packages?)\b"
    r"(?![\s–-]+(?:Organi[sz]ation|Council|Secretariat|Commission|Committee)\b)",
    re.IGNORECASE,
)
"""Instrument nouns; a loan counts when it is one deal ('a preferential loan of $1,000m. from …'), and so
does a lender's arrangement ('the IMF approved a stand-by arrangement of SDR 185.6 million') and an aid
package ('FAO and the European Union signed an initial aid package worth €125 million'), and a lender's
facility ('approved a three-year Extended Fund Facility') or an arrangement under one or with the Fund ('an
arrangement under the Systemic Transformation Facility': the facility named is what it draws on, `REFERENCE`); 'Act'
only capitalised, in a name ('the NATO–Russia Founding Act'), not the verb or 'an act of aggression'; 'Statute' only
capitalised ('the Rome Statute', a treaty), not a domestic law; a framework only as the name 'Agreed Framework' (the
1994 agreement between the United States and North Korea), not 'within the framework of'. A
noun that begins a body's name ('the Collective Security Treaty Organization', 'the NATO–Russia Council')
names the body, not an instrument."""
ALIAS_ASIDE = re.compile(r"\((?:or|also|also known as|known as|formerly)\s+[^()]*$")
"""'the Treaty on a Single Economic Space … (or Common Economic Zone Agreement)': another name for the same
instrument, not a second one."""
INSTRUMENT_ABOUT = re.compile(
    r"\s+(?:on|over|concerning)\s+(?:the\s+)?[A-Z][^,;.]{0,80}?\b(?:Treaty|Convention|Protocol|Agreement|Accords?)\b"
)
"""'the two states reached agreement on the Peaceful Nuclear Explosions Treaty': the agreement is the
treaty named after it, one instrument."""
COUNTED_SUBJECT = re.compile(
    r"\b(?:\d{1,3}(?:,\d{3})*(?![\d,])|all(?!\s+(?:the\s+)?(?:member|participating|founding))|most|many|several|some)"
    r"\s+(?:(?!the\b)[a-z]+\s+)?"
    r"(?:parties|states|countries|members|nations|"
    r"signatories)\s+(?:(?:have|has|had)\s+(?:now\s+|also\s+)?)?$"
)
"""'As of July 2018, 183 contracting parties have ratified the treaty': a count of ratifications, not one
signing by named parties (the count is a figure). A year is no count: 'In 1995, the parties signed a Declaration'.
'All member states signed' is no count: it names an organisation's membership, which `group_references` resolves."""
PAST_BEFORE = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b")
"""A nominal signing ('the signing of', 'the adoption of') narrates a past event only after a past verb
('The Summit concluded with the signing of …'; not 'Through the signing of international agreements …,
countries can achieve …')."""
SIGNED = re.compile(
    r"\b(?:signed|signing|sign|concluded|conclude|agreed|adopted|adoption of|reached|ratified|"
    r"approved|set out|resulted in|produced|yielded|outcomes? (?:of the visit )?was|underpinned by|developing)\b|"
    r"^(?:Signed|Concluded)(?=\s+(?:in|on|at|by|between)\b)"
)
FORWARD_ONLY = {"developing", "resulted in", "produced", "yielded", "underpinned by", "adoption of", "signing"}
"""A participle that opens the sentence is the signing of the noun it describes ('Signed in 1997, the agreement with
Iran …'; `agreement_parties.participle_window`). Signing words that take the instrument after them ('developing an
Individual Partnership Action Plan', 'the signing of the Rome Declaration'); after the noun they belong to another
phrase ('… (preceded by the Rome Declaration in 1996) and developing a global partnership', 'the Founding Act … at
the time of its signing')."""
WITH_LIST = re.compile(r"\b(?:notably |such as |other regional groupings such as )*with\b")
OUTCOME = re.compile(r"\boutcomes? (?:of the visit )?was\b")
WINDOW_STOP = re.compile(
    r",\s+(?:including|which|to form|with)\b|\bthat (?:give|laid)\b|\bformally establishing\b|"
    r"\bfor the [a-z]+(?:tion|ment|ing)\b|"
    r"\bwith command\b|" + REGION_STOP.pattern
)
VALIDITY = re.compile(r"(?:Plan|Programme|Program|Agreement|Strategy|[a-z]+)\s+for\s+(?:the\s+(?:years|period)\s+)?$")
"""'the ‘New Synergies’ joint Action Plan for 2012–15': the period the plan runs, not when it was
signed; the date before the verb is ('visit to Ankara … in October 2012 … the adoption of')."""
TIME_REFERENCE = re.compile(r"\b(?:(?:before|after|since|until|ahead of)\s+the|anniversary\s+of(?:\s+the)?)\s+$")
"""'shortly before the signing of the Eurasian Economic Treaty (see below)' dates something else by
a signing told elsewhere, and 'marked the tenth anniversary of the signing of the treaty' a commemoration of it:
not a statement of the signing."""
NEXT_ELEMENT_DATE = re.compile(r"[,;]\s+(?:and\s+)?(?:then\s+|later\s+)?(?:in|on)\s+$")
NEXT_INSTRUMENT = re.compile(
    r"\s*,?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:treat|agreement|memorand|declaration|protocol|statement|"
    r"plan|charter|convention|loan|credit|arrangement|facilit)",
    re.IGNORECASE,
)
"""'signed a memorandum on military cooperation in 1996, and in 2002 a declaration on strategic partnership', 'the
IMF approved a stand-by arrangement, and in 1996 an extended arrangement': a date after the instrument that opens the
next element of a gapped list (the verb left out) is that element's, not this one's; this one takes the date before
the verb."""
NEGATED = re.compile(
    r"\b(?:not|never|neither|nor|n[o’']t|refused to|refuses to|declined to|failed to|yet to|refrained from|abstained from|"
    r"stopped short of|instead of|rather than)\s+(?:(?:yet|been|be|to)\s+)?$",
    re.IGNORECASE,
)
"""'refused to sign the joint declaration', 'have signed but not ratified the Treaty', 'has yet to ratify',
'initially refrained from signing on to the agreement', 'have neither signed nor ratified the treaty',
'decided to join the EAEU instead of signing an association agreement': a signing the text denies states no agreement."""
DENIED_SIGNERS = re.compile(
    r"(?:^|[,;:]\s*|\.\s+)(?:[Nn]either\s+[^,;.]{1,60}?\s+nor|[Nn]o)\s+[^,;.]{0,60}?"
    r"\b(?:has|have|had|was|were|ever)?\s*$"
)
"""'Neither India nor Pakistan has signed the treaty', 'No Central Asian state has signed it': the signers are
denied, so is the signing."""
NO_INSTRUMENT = re.compile(r"\b[Nn]o\s+(?:(?!(?:later|more|fewer|less)\b)[\w-]+\s+){0,2}$")
"""'the talks produced no agreement', 'No peace treaty was signed': the determiner denies the instrument itself (not 'no
later than', a deadline)."""
REFERENCE = re.compile(
    r"\b(?:[Uu]nder|according to|in accordance with|pursuant to|in line with|into line with|in compliance with)"
    r"\s+(?:the|this|that|these|those|its|their)\s+(?:[A-Z][\w’'–-]*\s+){0,6}$"
)
"""'Under the agreement reached between ECO members, the common trade market should be established by
2015', 'bring it into line with the agreements concluded in the framework of …': the agreement is what
something else follows, told as background; its signing is not what the sentence states. So with its name ('Under
the Lisbon Protocol, Kazakhstan agreed to join …')."""
CAMEO_SIGN, PLOVER_AGREE = AGREEMENT.constants["cameo_code"], AGREEMENT.constants["plover_category"]
MAX_VERB_GAP = 70
"""Most characters between an agreement noun and its verb: 'A bilateral agreement to develop
‘long-term neighbourly and stable relations’ was signed' is 60; 'agreed a … deal, whereby … in
return for oil agreements' (another noun) is over 100."""


LIST_GOES_ON = re.compile(r"[^,;.]*?(?:,\s*|\s+)and\s+(?:also\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}")
"""What lies between two instruments the verb takes in turn: '… treaty of friendly relations and cooperation in
1994 and a strategic partnership declaration'."""


def _gap(noun: re.Match, verb: re.Match, text: str = "") -> int:
    """Characters between the instrument and its verb; a later instrument of the verb's object list is as near as
    the first ('signed a treaty of … in 1994 and a … declaration in 2011')."""
    if verb.start() >= noun.end():
        return verb.start() - noun.end()
    earlier = list(NOUN.finditer(text, verb.end(), noun.start())) if text else []
    if earlier and LIST_GOES_ON.fullmatch(text, earlier[-1].end(), noun.start()):
        return _gap(earlier[0], verb)
    return noun.start() - verb.end()


ON_LENDING = re.compile(
    r"(?:\s+with\s+(?:the\s+)?[A-Z][\w\s]{0,40}?)?\s+(?:on|for)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w$.,-]+\s+){0,4}?"
    r"(?:loans?|credits?|(?:stand-?by|extended|precautionary|lending|financing|\w+-year)\s+(?:arrangements?|facility)|"
    r"(?-i:(?:Fund|Credit|Financing) Facility))\b",
    re.IGNORECASE,
)
"""'reached a staff-level agreement with the IMF on a three-year arrangement', 'an agreement with the Bank on a $50
million loan': an agreement whose subject is lending is a loan deal (not 'an agreement on transit arrangements')."""
LENDER_PROGRAMME = re.compile(
    r"\s+with\s+(?:the\s+)?(?:IMF|Fund|[A-Z][\w\s]{0,40}?Bank)\b(?:\s+(?:staff|mission|management))?\s+on\s+"
    r"(?:an?\s+|the\s+|its\s+|a\s+new\s+)?(?:[\w$.,-]+\s+){0,4}?program(?:me)?s?\b"
)
"""'a staff-level agreement with Fund staff on a program': a lender's programme is its lending (not 'an agreement
with Georgia on a cultural programme')."""


def _named_parties(s: Sentence, start: int, end: int) -> bool:
    """True when a state other than Kazakhstan, or an organisation, is named in the window: a plural
    'agreements' with no date and no named party is a generality ('Each visit resulted in …')."""
    return any(
        m.entity_type == "organization" or s.state_of_entity(m.entity_id) not in (None, s.home_state)
        for m in s.entities
        if start <= m.char_start and m.char_end <= end
    )


PERSON_PRONOUN = re.compile(r"\b(?:he|she)\s+(?:[a-z]+\s+){0,2}$")
"""'… made an official visit to Moscow, where he signed a protocol': the signer is the person named
earlier in the sentence, so the parties are read from the sentence's start, across the 'where'."""


def signed(s: Sentence) -> list:
    """An agreement noun and a signing verb in one clause: 'In 1998 Kazakhstan and Russia concluded a
    Treaty of Eternal Friendship and Co-operation', 'a ‘loans-for-oil’ deal was signed'."""
    out = []
    for m in NOUN.finditer(s.text):
        c_start, c_end = s.clause(m.start())
        verbs = [
            v
            for v in SIGNED.finditer(s.text, c_start, c_end)
            if _gap(m, v, s.text) <= MAX_VERB_GAP
            and (v.group() not in FORWARD_ONLY or v.end() <= m.start())
            and _aside_fits(s, m, v)
        ]
        affirmed = [v for v in verbs if not NEGATED.search(s.text, max(0, v.start() - 30), v.start())]
        verbs = affirmed or verbs  # 'have signed but not ratified the Treaty': they signed it
        if not verbs:
            continue
        verb = min(governing(s, m.start(), verbs) or verbs, key=lambda v: _gap(m, v, s.text))
        later = signed_by_conjunct(s, verb.start())
        verb = SIGNED.match(s.text, later) or verb if later is not None else verb
        if TIME_REFERENCE.search(s.text, max(0, verb.start() - 40), verb.start()) or _denied_or_referred(s, m, verb):
            continue
        stop = WINDOW_STOP.search(s.text, max(m.end(), verb.end()), c_end)
        window_end = participle_window(s, verb.start(), m.start(), stop.start() if stop else c_end)
        window_end = (signing_aside(s, verb.start()) or (0, window_end))[1]  # '(signed 1992)' ends its own
        earlier = [b.start() for b in REGION_STOP.finditer(s.text, c_start) if b.start() < min(m.start(), verb.start())]
        if not PERSON_PRONOUN.search(s.text, max(0, verb.start() - 30), verb.start()):
            c_start = max([c_start] + earlier)  # a pronoun's person is named before the clause: keep it
        c_start = own_phrase_start(s, m.end() - 1, verb.start(), c_start)
        date = (
            ratification_date(s, verb, window_end)
            if verb.group().lower() == "ratified"
            else signing_date(s, verb, window_end, m.start())
        )
        if aside := signing_aside(s, verb.start()):
            date = aside_date(s, verb, aside)  # '(signed 1992)': the bracket's own date
        if verb.group().lower() == "ratified" and ((date is not None and gapped(s, date.char_end)) or listed_dates(s)):
            continue  # 'Albania and Austria ratified the Convention in 1994, Angola in 2015': each state's own act
        first = date is not None and bool(NOUN.search(s.text, verb.end(), date.char_start))  # an earlier object
        date = listed_date(s, verb, m, date, window_end, first)
        if date is not None and _opens_next_element(s, m, date):
            before = s.dates_in(c_start, min(m.start(), verb.start()))
            date = before[-1] if before else None
        conjunct = date is not None and conjunct_date(s, verb.start(), date)  # 'became independent in 1991 and signed'
        date = None if conjunct else date
        if date is not None and VALIDITY.search(s.text, max(0, date.char_start - 30), date.char_start):
            earlier = s.dates_in(0, verb.start())
            date = earlier[-1] if earlier else None
        outcome = OUTCOME.search(s.text)
        if date is None and outcome:
            before = s.dates_in(0, outcome.start())
            date = before[-1] if before else (s.previous_dates[0] if s.previous_dates else None)
        if (
            date is None
            and not conjunct
            and verb.group().lower() in TOLD_IN_THE_PAST
            and not PERFECT.search(s.text, max(0, verb.start() - 30), verb.start())
            and (verb.group().endswith("ed") or PAST_BEFORE.search(s.text, c_start, verb.start()))
        ):
            date = narrative_date(s)
        if date is None and m.group("noun").lower().endswith("s") and not _named_parties(s, c_start, window_end):
            continue
        in_force = IN_FORCE.search(s.text, m.end())
        in_force_date = s.date_for(in_force.end()) if in_force else None
        name = whole_name(name_of(s, m.start(), m.end()))
        kind = kind_of(m.group("noun"), s.text[max(0, m.start() - 20) : m.end()])
        if verb.group() == "agreed" and act_on_the_instrument(s, m.start(), verb.start()):
            name, kind = None, "agreement"  # 'agreed to renew the treaty': an agreement of its own, on the treaty
        lending = ON_LENDING.match(s.text, m.end()) or LENDER_PROGRAMME.match(s.text, m.end())
        kind = "loan_deal" if kind == "agreement" and lending else kind
        party_sets = list({signers(s, verb.start(), p): None for p in _party_sets(s, m, c_start, window_end)})
        for party_set in party_sets:
            own = [partner_date(s, p, m.end(), window_end) for p in party_set] if len(party_sets) > 1 else []
            out.append(
                _agreement(
                    s,
                    "signed",
                    name,
                    kind,
                    with_borrower(s, kind, party_set),
                    next((d for d in own if d is not None), date),
                    in_force=in_force_date.edtf if in_force_date else None,
                    modality=modality(s, m, verb),
                )
            )
    return out


def _aside_fits(s: Sentence, noun: re.Match, verb: re.Match) -> bool:
    """A signing told in a bracket ('The friendship treaty with Russia (signed 1992) was replaced by a treaty on …')
    is the signing of the instrument right before the bracket, not of one told after it."""
    aside = signing_aside(s, verb.start())
    return aside is None or (noun.end() <= aside[0] and not NOUN.search(s.text, noun.end(), aside[0]))


def _opens_next_element(s: Sentence, noun: re.Match, date) -> bool:
    """Whether the date after the instrument opens the next element of a gapped list (`NEXT_ELEMENT_DATE`)."""
    return (
        date.char_start >= noun.end()
        and bool(NEXT_ELEMENT_DATE.search(s.text, noun.end(), date.char_start))
        and bool(NEXT_INSTRUMENT.match(s.text, date.char_end))
    )


def _denied_or_referred(s: Sentence, noun: re.Match, verb: re.Match) -> bool:
    """True when the signing verb or the instrument is negated (NEGATED, NO_INSTRUMENT), the agreement is only what
    something else follows (REFERENCE), another name of an instrument told beside it (ALIAS_ASIDE, INSTRUMENT_ABOUT),
    the signers are only counted (COUNTED_SUBJECT), or the verb is another noun's, takes another act on the instrument
    or signs another instrument whose phrase holds this one (`agreement_guards`), save 'agreed' to such an act ('six
    of the nine agreed to renew the treaty'): the states' agreement to it is an agreement of its own, unnamed, as the
    reference annotations record it."""
    return bool(
        NEGATED.search(s.text, max(0, verb.start() - 30), verb.start())
        or DENIED_SIGNERS.search(s.text, 0, verb.start())
        or NO_INSTRUMENT.search(s.text, max(0, noun.start() - 30), noun.start())
        or REFERENCE.search(s.text, max(0, noun.start() - 40), noun.start())
        or ALIAS_ASIDE.search(s.text, max(0, noun.start() - 80), noun.start())
        or (noun.group("noun").lower() == "agreement" and INSTRUMENT_ABOUT.match(s.text, noun.end()))
        or COUNTED_SUBJECT.search(s.text, max(0, verb.start() - 60), verb.start())
        or verb_of_another_noun(s, noun.start(), verb.start())
        or inside_another_instrument(s, noun.start(), noun.end(), verb.start())
        or (act_on_the_instrument(s, noun.start(), verb.start()) and verb.group() != "agreed")
        or subject_of_another_verb(s, noun.start(), verb.start())
        or hypothetical(s, verb.start(), verb.end())
    )


def _party_sets(s: Sentence, noun: re.Match, start: int, end: int) -> list[tuple[str, ...]]:
    """One party set, or, for plural 'agreements … with A, B and C', one agreement with each of them
    (the other side being the one state the clause names before the noun, else the paragraph's subject: its first
    organisation, else the source's subject state)."""
    listed = WITH_LIST.search(s.text, noun.end(), end)
    if not noun.group("noun").lower().endswith(("s", "memoranda")) or not listed:
        return [parties(s, start, end)]
    others = [
        x.entity_id
        for x in s.entities
        if listed.end() <= x.char_start and x.char_end <= end and x.entity_type in ("state", "organization")
    ]
    if not others:
        return [parties(s, start, end)]
    before = list(dict.fromkeys(m.entity_id for m in s.states(start, noun.start())))
    orgs_only = all(o.startswith("org:") for o in others)
    subject = (
        before[0]
        if len(before) == 1  # 'Kazakhstan has signed safeguards agreements with the IAEA': the one state named before
        else s.paragraph_organizations[0]
        if orgs_only and s.paragraph_organizations
        else s.home_state
    )
    return [tuple(sorted({subject, other} - {None})) for other in dict.fromkeys(others) if other != subject]


def _agreement(
    where: Sentence, rule: str, name, kind: str, party_ids, date, start: int = 0, end=None, in_force=None, modality=None
):
    return where.candidate(
        "agreement",
        f"agreement.{rule}",
        start,
        end,
        name=name,
        kind=kind,
        modality=modality,
        parties=tuple(sorted(dict.fromkeys(p for p in party_ids if p))),
        in_force_edtf=in_force,
        cameo_code=CAMEO_SIGN,
        plover_category=PLOVER_AGREE,
        **date_fields(date),
    )


RULES = [signed]
