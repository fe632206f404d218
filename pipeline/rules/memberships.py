"""Membership rules over the surface text: a state's role in an organisation (member, founder, applicant,
observer, dialogue partner, withdrew), with its start date and any hedge; chairmanships are in
`membership_chairs`, the shared triggers and helpers in `membership_triggers`.

Each rule is a function `(Sentence) -> list[Candidate]`; its id is 'membership.<name>'.
"""

from __future__ import annotations

import re

from pipeline.rules import agreement_guards, parsed_joining, parsed_leaving, parsed_membership_nouns, stance
from pipeline.rules.context import Candidate, Sentence
from pipeline.rules.membership_chairs import chaired
from pipeline.rules.membership_triggers import (
    ANY_TRIGGER,
    APPLY,
    BID,
    FOUNDER,
    JOIN,
    WITHDREW,
    _date,
    _membership,
    modifier,
    nested,
)
from pipeline.rules.patterns import (
    bid_before,
    listed_dates,
    object_region,
    objects,
    subject_state,
)
from pipeline.text import lexicon
from pipeline.text.dates import date_fields

ROLE_GROUP = re.compile(r"(?:full )?(?P<role>Members|[‘'“]?Observers[’'”]?|[‘'“]?Dialogue Partners[’'”]?)\s*\(")
ROLE_BY_HEADER = {"members": "member", "observers": "observer", "dialogue partners": "dialogue_partner"}
GROUP_SPLIT = re.compile(r",?\s+and\s+(?=since\b|from\b)|,\s+and\s+")
WITHDREW_FROM = re.compile(r"\s+from\b")


JOINED_TO_FOUND = re.compile(r"\s+(?:forces\s+)?to\s+(?:form|create|establish|found|set up)\b")
"""'Iran, Pakistan and Turkey joined to form the ECO': a founding (parse_joined reads it), not an accession."""
RESPECTIVELY = re.compile(r"\brespectively\b")
AS_OBSERVER = re.compile(r"\bas an? (?:observer|[‘'“]observer)\b")


def joined(s: Sentence) -> list:
    """'Kazakhstan joined the OIC in 1995', 'it acceded to … the CIS; the OIC; …', 'Russia joined it';
    a hedged join ('campaigns aimed at … joining the OECD') is a candidacy, modality bid; one the parse
    shows intended ('would join', 'decided to join') planned, possible ('could join') a candidacy; a
    negated or hypothetical one ('does not intend to join', 'If Iran joined') none. 'admitted … as an
    observer member' is role observer. An organisation named only as a modifier ('joined a CSTO
    meeting', "NATO's Partnership for Peace") is not the one joined."""
    out = []
    for m in JOIN.finditer(s.text):
        token = stance.trigger_token(s, m.start(), m.end())
        if stance.states_no_fact(token) or JOINED_TO_FOUND.match(s.text, m.end()):
            continue
        if token is not None and token.dep_ == "attr" and stance.clause_negated(token):
            continue  # 'Neither Azerbaijan nor Turkmenistan is a member of …'
        if token is not None and (parsed_joining.declined(token) or parsed_joining.sided_with(token)):
            continue  # 'refused to join the Customs Union', 'joined the EU in condemning …'
        if token is not None and RESPECTIVELY.search(s.text, m.end()):
            continue  # 'A and B joined … in 2009 and 2010 respectively': parse_joined pairs them
        if (
            token is not None
            and token.dep_ in ("dobj", "nsubjpass")
            and token.head.lemma_.lower() in parsed_leaving.ENDED
        ):
            continue  # 'Uzbekistan suspended its membership in the CSTO' (parse_suspended), "Russia's … was suspended"
        if token is not None and token.pos_ == "NOUN" and (stance.intended(token) or _opinion(token) or _stance(token)):
            continue  # "support for Armenia's membership in NATO", "will complicate Ukraine's membership"
        if _read_by_the_parse(s, token):
            continue
        owner = [st.entity_id for st in s.states(m.start(), m.end())]  # "Ukraine's membership in the WTO"
        state = owner[0] if owner else subject_state(s, m.start())
        if any(x.entity_id == state and agreement_guards.excepted(s, x) for x in s.states(0, m.start())):
            continue  # 'Apart from Turkmenistan, all the Central Asian republics joined …': the one that did not
        modality = _modality(s, m, token)
        role = "candidate" if modality in ("bid", "proposed", "hedged") else "member"
        _, end = object_region(s, m.end(), ANY_TRIGGER)
        if role == "member" and AS_OBSERVER.search(s.text, m.end(), end):
            role = "observer"
        date = _date(s, m) if modality != "planned" else next(iter(s.dates_in(m.end(), end)), None)  # parsed._date
        modifiers = {
            o.entity_id
            for o in s.organizations(m.end(), end)
            if modifier(s, o) or nested(s, o, token) or _other_clause(s, o, token)
        }
        own = listed_dates(s, m.end(), end) if modality != "planned" else {}
        for org in objects(s, m.end(), ANY_TRIGGER):
            if org not in modifiers:
                out.append(_membership(s, "joined", state, org, role, own.get(org, date), modality))
    return out


OPINION_NOUNS = {"support", "opposition", "poll", "debate", "question", "referendum", "rumour", "rumor", "issue"}
"""Nouns whose complement is a matter of opinion, not a fact: "support for Armenia's membership in NATO"."""


BID_WORDS = frozenset(lexicon.bids())
"""The word list `patterns.BID` reads too, already loaded when this module is."""


def _opinion(token) -> bool:
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in OPINION_NOUNS for t in stance.governors(token))


STANCE_VERBS = parsed_membership_nouns.ADVOCACY | parsed_joining.DECLINE
"""Verbs that take a stance on a membership rather than state it: "Georgia's membership in NATO is supported by
the United States", 'Russia blocked Georgia's membership'."""


def _stance(token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head.lemma_.lower() in STANCE_VERBS


INTEREST_NOUNS = {"interest"}
"""Nouns that voice an interest, not an act: 'expressed interest in joining the OECD' is a candidacy, hedged."""


def _modality(s: Sentence, m: re.Match, token) -> str | None:
    """bid under a word of a bid (`lexicon.bids`), hedged under an interest ('showed renewed interest in joining …'), proposed for a
    membership under discussion, else what stance.intended reads (None: stated)."""
    if _bid(s, m, token):
        return "bid"
    if token is None:
        return None
    if any(t.lemma_.lower() in INTEREST_NOUNS for t in stance.governors(token)):
        return "hedged"
    return "proposed" if token.pos_ == "NOUN" and stance.discussed(token) else stance.intended(token)


def _bid(s: Sentence, m: re.Match, token) -> bool:
    """A word of a bid governs the trigger in the parse ('campaigns aimed at … joining the OECD'); without a
    parse, one shortly before it. The window alone reads 'claimed' as 'aimed'."""
    if token is None:
        return bid_before(s, m.start())
    frame = stance.governors(token)
    if token.dep_ == "conj":  # 'campaigns aimed at securing a seat … and joining the OECD'
        frame += [token.head, *stance.governors(token.head)]
    return any(t.lower_ in BID_WORDS or t.lemma_.lower() in BID_WORDS for t in frame)


def _other_clause(s: Sentence, mention, trigger) -> bool:
    """The organisation is named in a clause of its own below the verb ('Kazakhstan joined the World Bank in 1992,
    and the EBRD was established in 1991'): a clause with its own subject between the name and the verb, or a verb
    coordinated with it ('joined the WTO in 2015 but declined to join OPEC': the second verb's object)."""
    t = stance.token_at(s, mention.char_end - 1)
    if t is None or trigger is None:
        return False
    while t.i != trigger.i and t.head.i != t.i:
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return True
        if t.pos_ == "VERB" and t.dep_ == "conj" and t.head.i == trigger.i:
            return True
        t = t.head
    return False


def _read_by_the_parse(s: Sentence, token) -> bool:
    """The parse rule reads this verb of joining with its own subjects ('the three Baltic states … their
    joining both the NATO alliance and the European Union'): a character window's nearest state would
    only add a guess beside it."""
    if token is None or token.pos_ != "VERB":
        return False
    pronoun = any(c.lower_ in ("their", "they") for c in token.children if c.dep_ in ("nsubj", "poss"))
    return pronoun and any(c.fact_type == "membership" for c in s.once(parsed_joining.joined))


def applied(s: Sentence) -> list:
    """'applied for membership of the World Trade Organization (WTO)'; not 'has not applied for …'."""
    return [
        _membership(s, "applied", subject_state(s, m.start()), org, "applicant", _date(s, m))
        for m in APPLY.finditer(s.text)
        if not stance.states_no_fact(stance.trigger_token(s, m.start(), m.end()))
        for org in objects(s, m.end(), ANY_TRIGGER)
    ]


def seat_bid(s: Sentence) -> list:
    """'launched a bid for a rotating seat at the United Nations Security Council': a candidate, modality bid."""
    return [
        _membership(s, "seat_bid", subject_state(s, m.start()), org, "candidate", _date(s, m), "bid")
        for m in BID.finditer(s.text)
        for org in objects(s, m.end(), ANY_TRIGGER)
    ]


def founder(s: Sentence) -> list:
    """'one of the founder members of the … CSTO, originally established by the Tashkent Declaration of 1992'."""
    out = []
    for m in FOUNDER.finditer(s.text):
        token = stance.trigger_token(s, m.start(), m.end())
        if token is not None and stance.clause_negated(token):
            continue  # 'was not among the founding members of'
        found = objects(s, m.end(), ANY_TRIGGER)[:1]
        out += [_membership(s, "founder", subject_state(s, m.start()), org, "founder", _date(s, m)) for org in found]
    return out


def withdrew(s: Sentence) -> list:
    """'In 2005 Uzbekistan joined EURASEC …, but withdrew three years later'; 'Uzbekistan withdrew from
    the CSTO in 2012'."""
    out = []
    for m in WITHDREW.finditer(s.text):
        source = WITHDREW_FROM.match(s.text, m.end())
        own: dict = {}
        if source:  # 'withdrew from' a body the dictionaries lack: no fact
            named = objects(s, source.end(), ANY_TRIGGER)
            own = listed_dates(s, source.end(), object_region(s, source.end(), ANY_TRIGGER)[1])
            orgs = [o for o in named if o in own] or named[:1]  # '… from GUAM in 2005 and from the CSTO in 2012'
        else:
            orgs = [o for o in [_withdrawn_from(s, m.start())] if o]
        for org in orgs:
            out.append(
                _membership(s, "withdrew", subject_state(s, m.start()), org, "withdrew", own.get(org, _date(s, m)))
            )
    return out


GENERIC_BODY = re.compile(r"\b(?:it|the (?:organi[sz]ation|community|union|bloc|group|alliance|bank))\b", re.I)
INSTRUMENT = re.compile(r"\b(?:Treaty|Agreement|Convention|Charter|Protocol)\b")


def _withdrawn_from(s: Sentence, position: int) -> str | None:
    """What a bare 'withdrew' leaves: the first organisation named before it; else, where the sentence
    points to a body ('joined the community …, but later withdrew'), the organisation the source is about;
    else nothing where a treaty is being talked about ('joined in 1994 and ratified the Treaty, but Georgia
    withdrew in 2009': from the treaty); else the previous sentence's first organisation."""
    before = s.organizations(0, position)
    if before:
        return before[0].entity_id
    if GENERIC_BODY.search(s.text, 0, position) and s.subject_organization:
        return s.subject_organization
    if INSTRUMENT.search(s.text) or INSTRUMENT.search(s.previous_text):
        return None
    return (s.previous_organizations[:1] or [None])[0]


def role_group(s: Sentence) -> list:
    """'It has full Members (…, and since 2015, India and Pakistan); ‘Observers’ (Mongolia, Iran and
    since 2012, Afghanistan), also ‘Dialogue Partners’ (… Belarus and Sri Lanka in 2009 …)'."""
    out: list[Candidate] = []
    orgs = [o.entity_id for o in s.organizations()] or list(s.previous_organizations)
    if not orgs:
        return out
    for m in ROLE_GROUP.finditer(s.text):
        role = ROLE_BY_HEADER[m.group("role").strip("‘'“’”").lower()]
        original = "founder" if role == "member" else role
        close = s.text.find(")", m.end())
        if close < 0:
            continue
        pos = m.end()
        for part in GROUP_SPLIT.split(s.text[m.end() : close]):
            start = s.text.find(part, pos)
            end = start + len(part)
            pos = end
            dates = s.dates_in(start, end, include_asides=True)
            group_role = original if part.lstrip().startswith("originally") else role
            for state in s.states(start, end):
                out.append(
                    s.candidate(
                        "membership",
                        "membership.role_group",
                        m.start(),
                        close + 1,
                        state_id=state.entity_id,
                        organization_id=orgs[0],
                        role=group_role,
                        modality=None,
                        **date_fields(dates[0] if dates else None),
                    )
                )
    return out


RULES = [
    joined,
    applied,
    seat_bid,
    founder,
    chaired,
    withdrew,
    role_group,
]
