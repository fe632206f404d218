"""Agreement rules: treaties, agreements, protocols, memoranda, declarations, action plans, loan
deals and conventions that the text says were signed, concluded, agreed, adopted or ratified.

Each rule is a function `(Sentence) -> list[Candidate]`; its id is 'agreement.<name>'. Parties go
into the candidate's `parties` field (a sorted tuple of entity ids).
"""

from __future__ import annotations

import re

from pipeline.dates import date_fields
from pipeline.rules.context import OPENING_CHARS, Sentence
from pipeline.rules.patterns import IN_FORCE, REGION_STOP, asides, group_members
from schemas.fact_types import AGREEMENT

NOUN = re.compile(
    r"\b(?P<noun>treat(?:y|ies)|agreements?|accords?|protocols?|memorandum of understanding|"
    r"memorand(?:um|a)|(?<!concluding )declaration|action plan|deal|convention|"
    r"(?<=\ba )(?:[a-z]+ )?loan(?= of\b))\b",
    re.IGNORECASE,
)
"""Instrument nouns; a loan counts when it is one deal ('a preferential loan of $1,000m. from …')."""
KIND = [
    ("treat", "treaty"),
    ("protocol", "protocol"),
    ("memorand", "memorandum"),
    ("declaration", "declaration"),
    ("action plan", "action_plan"),
    ("deal", "loan_deal"),
    ("convention", "convention"),
    ("loan", "loan_deal"),
    ("charter", "charter"),
    ("act", "act"),
    ("joint statement", "joint_statement"),
]
SIGNED = re.compile(
    r"\b(?:signed|signing|sign|concluded|conclude|agreed|adopted|adoption of|reached|ratified|"
    r"approved|set out|resulted in|outcomes? (?:of the visit )?was|underpinned by|developing)\b"
)
WITH_LIST = re.compile(r"\b(?:notably |such as |other regional groupings such as )*with\b")
OUTCOME = re.compile(r"\boutcomes? (?:of the visit )?was\b")
WINDOW_STOP = re.compile(
    r",\s+(?:including|which|to form|with)\b|\bthat (?:give|laid)\b|\bformally establishing\b|"
    r"\bfor the [a-z]+(?:tion|ment|ing)\b|"
    r"\bwith command\b|" + REGION_STOP.pattern
)
TWO_SIDES = re.compile(r"\bthe two (?:states|countries|sides)\b|\bbilateral\b")
NAME = re.compile(
    r"(?:[A-Z][\w’'-]*\s+(?:(?:of|and|on|for|between|the|in|towards|a)\s+)*)*"
    r"(?:Treaty|Agreement|Accords?|Protocol|Declaration|Action Plan|Convention)"
    r"(?:\s+(?:of|on|for|between|towards)\s+(?:the\s+)?[‘'“]?[A-Z][\w’'-]*(?:\s+(?:and|of|the|in|for|"
    r"[A-Z][\w’'-]*|\d+\w*)\b|,\s+[A-Z][\w’'-]*(?=(?:,\s+[A-Z][\w’'-]*)*\s+and\s+[A-Z]))*[’'”]?)?"
)
"""A title-case name: 'Treaty of Eternal Friendship and Co-operation', 'Shanghai Convention on
Combating Terrorism, Separatism and Extremism' (a comma list of title-case words ending in 'and')."""
QUOTED_NAME = re.compile(
    r"[‘“'][^’”']{4,80}[’”']\s+(?:joint\s+)?(?:Action Plan|treaty|agreement)|"
    r"(?:treaty|agreement|deal) (?:on|to develop)\s+[‘“'][^’”']{4,80}[’”']"
)
DESCRIBED = re.compile(
    r"(?:memorandum of understanding|action plan|\w+)\s+(?:on|to|for|between|creating|"
    r"establishing)\s+(?:[^,;.(]|\([A-Z]{2,}\))+?(?:(?:,\s+[\w-]+)+,?\s+and\s+[^,;.(]+?)?"
    r"(?=\s+(?:was|were|is|are|has|have|had|with|in \d{4})\b|[,;.]|\((?![A-Z]{2,}\))|$)"
)
"""An unnamed agreement described by what it is about, up to its verb: 'agreement on the formation of
joint …', 'treaty creating a Nuclear-Weapons-Free Zone (NWFZ) in Central Asia', 'agreements on
co-operation in trade, investment and joint projects' (not '… have also been concluded with …')."""
PREMODIFIED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<words>(?:(?!(?:was|were|is|are|a|an|the|of|and|to|in)\b)"
    r"[a-z][\w-]*\s+){2,4})$"
)
"""A noun phrase that names the agreement by its modifiers: 'A strategic energy partnership agreement'."""
ESTABLISHES = re.compile(r"\b(?:establish|establishing|create|creating)\s+(?:the\s+|a\s+|an\s+)?$")
"""An organisation an agreement establishes is its outcome, not a party to it."""
FRAMEWORK = re.compile(r"\b(?:under|within the framework of|in the framework of)\s+(?:the\s+)?$")
"""'an Individual Partnership Action Plan (IPAP) under the PfP': the programme an agreement falls
under is its framework, not a party."""
VENUE = re.compile(r"\b(?:held|convened|took place)\s+in\s+$")
"""'at an SCO heads of state summit meeting held in Astana, … an agreement on mutual assistance': the
meeting's venue is not a party to what the meeting adopted."""
POSSESSIVE = re.compile(r"^[A-Z]\w+[’']s\s+")
VALIDITY = re.compile(r"(?:Plan|Programme|Program|Agreement|Strategy|[a-z]+)\s+for\s+(?:the\s+(?:years|period)\s+)?$")
"""'the ‘New Synergies’ joint Action Plan for 2012–15': the period the plan runs, not when it was
signed; the date before the verb is ('visit to Ankara … in October 2012 … the adoption of')."""
TIME_REFERENCE = re.compile(r"\b(?:before|after|since|until|ahead of)\s+the\s+$")
"""'shortly before the signing of the Eurasian Economic Treaty (see below)' dates something else by
a signing told elsewhere: not a statement of the signing."""
CAMEO_SIGN, PLOVER_AGREE = AGREEMENT.constants["cameo_code"], AGREEMENT.constants["plover_category"]
MAX_VERB_GAP = 70
"""Most characters between an agreement noun and its verb: 'A bilateral agreement to develop
‘long-term neighbourly and stable relations’ was signed' is 60; 'agreed a … deal, whereby … in
return for oil agreements' (another noun) is over 100."""


def _gap(noun: re.Match, verb: re.Match) -> int:
    return verb.start() - noun.end() if verb.start() >= noun.end() else noun.start() - verb.end()


def kind_of(noun: str, context: str) -> str:
    """The agreement kind from its noun ('loans-for-oil deal' is a loan deal)."""
    noun = "loan" if noun.lower().endswith("loan") else noun.lower()
    if noun == "deal" and "loan" not in context.lower():
        return "agreement"
    return next((kind for stem, kind in KIND if noun.startswith(stem)), "agreement")


def name_of(s: Sentence, start: int, end: int) -> str | None:
    """The agreement's name as written: a quoted or title-case name around the noun, else the noun
    phrase ('an agreement on the formation of joint regional air defences', 'a strategic energy
    partnership agreement')."""
    window = s.text[max(0, start - 80) : min(len(s.text), end + 90)]
    offset = max(0, start - 80)
    for pattern in (QUOTED_NAME, NAME):
        for m in pattern.finditer(window):
            if m.start() + offset <= start and end <= m.end() + offset and len(m.group().split()) > 1:
                return POSSESSIVE.sub("", m.group().strip())
    phrase = DESCRIBED.match(s.text, start)
    if phrase:
        return phrase.group().strip()
    modifiers = PREMODIFIED.search(s.text, max(0, start - 60), start)
    return modifiers.group("words") + s.text[start:end] if modifiers else None


def parties(s: Sentence, start: int, end: int) -> tuple[str, ...]:
    """States (named, as adjectives, through their places and people) and, where fewer than two
    states are named, organisations in the window; 'the two states' adds Kazakhstan and the partner.
    With none named, a paragraph about an organisation (and no partner state) gives the organisation,
    or the one it is part of ('the Shanghai Convention … was signed' in a paragraph on the SCO's
    anti-terrorist structure: the SCO), else the source's subject state and its partner."""
    skip = asides(s)
    states, orgs, established = [], [], set()
    for m in s.entities:
        if not (start <= m.char_start and m.char_end <= end) or any(a <= m.char_start < b for a, b in skip):
            continue
        if m.entity_type == "organization":
            if ESTABLISHES.search(s.text, max(0, m.char_start - 30), m.char_start):
                established.add(m.entity_id)  # also its acronym in brackets that follows
            elif FRAMEWORK.search(s.text, max(0, m.char_start - 40), m.char_start):
                continue
            elif m.entity_id not in established:
                orgs.append(m.entity_id)
        elif m.entity_type in ("state", "place", "person"):
            if m.entity_type == "place" and VENUE.search(s.text, max(0, m.char_start - 30), m.char_start):
                continue
            state = s.state_of_entity(m.entity_id)
            if state:
                states.append(state)
    if TWO_SIDES.search(s.text) and s.partner_state:
        states += [x for x in (s.home_state, s.partner_state) if x]
    states = list(dict.fromkeys(states + group_members(s, start, end)))
    found = states + (orgs if len(states) < 2 else [])
    if not found and s.paragraph_organizations and not s.paragraph_partner_state:
        return (s.top_organization(s.paragraph_organizations[0]),)
    if not found:
        found = [s.home_state] + ([s.paragraph_partner_state] if s.paragraph_partner_state else [])
    elif len(found) < 2 and s.home_state not in found:
        found = [s.home_state] + found
    return tuple(sorted(dict.fromkeys(x for x in found if x)))


def _named_parties(s: Sentence, start: int, end: int) -> bool:
    """True when a state other than Kazakhstan, or an organisation, is named in the window: a plural
    'agreements' with no date and no named party is a generality ('Each visit resulted in …')."""
    return any(
        m.entity_type == "organization" or s.state_of_entity(m.entity_id) not in (None, s.home_state)
        for m in s.entities
        if start <= m.char_start and m.char_end <= end
    )


def signed(s: Sentence) -> list:
    """An agreement noun and a signing verb in one clause: 'In 1998 Kazakhstan and Russia concluded a
    Treaty of Eternal Friendship and Co-operation', 'a ‘loans-for-oil’ deal was signed'."""
    out = []
    for m in NOUN.finditer(s.text):
        c_start, c_end = s.clause(m.start())
        verbs = [v for v in SIGNED.finditer(s.text, c_start, c_end) if _gap(m, v) <= MAX_VERB_GAP]
        if not verbs:
            continue
        verb = min(verbs, key=lambda v: _gap(m, v))
        if TIME_REFERENCE.search(s.text, max(0, verb.start() - 40), verb.start()):
            continue
        stop = WINDOW_STOP.search(s.text, max(m.end(), verb.end()), c_end)
        window_end = stop.start() if stop else c_end
        earlier = [b.start() for b in REGION_STOP.finditer(s.text, c_start) if b.start() < min(m.start(), verb.start())]
        c_start = max([c_start] + earlier)
        date = None if verb.group() == "ratified" else s.date_for(verb.start(), window_end)
        if date is not None and VALIDITY.search(s.text, max(0, date.char_start - 30), date.char_start):
            earlier = s.dates_in(0, verb.start())
            date = earlier[-1] if earlier else None
        outcome = OUTCOME.search(s.text)
        if date is None and outcome:
            before = s.dates_in(0, outcome.start())
            date = before[-1] if before else (s.previous_dates[0] if s.previous_dates else None)
        if date is None and m.group("noun").lower().endswith("s") and not _named_parties(s, c_start, window_end):
            continue
        in_force = IN_FORCE.search(s.text, m.end())
        in_force_date = s.date_for(in_force.end()) if in_force else None
        name = name_of(s, m.start(), m.end())
        kind = kind_of(m.group("noun"), s.text[max(0, m.start() - 20) : m.end()])
        for party_set in _party_sets(s, m, c_start, window_end):
            out.append(
                _agreement(
                    s, "signed", name, kind, party_set, date, in_force=in_force_date.edtf if in_force_date else None
                )
            )
    return out


def _party_sets(s: Sentence, noun: re.Match, start: int, end: int) -> list[tuple[str, ...]]:
    """One party set, or, for plural 'agreements … with A, B and C', one agreement with each of them
    (the other side being the paragraph's subject: its first organisation, else the source's subject state)."""
    listed = WITH_LIST.search(s.text, noun.end(), end)
    if not noun.group("noun").lower().endswith("s") or not listed:
        return [parties(s, start, end)]
    others = [
        x.entity_id
        for x in s.entities
        if listed.end() <= x.char_start and x.char_end <= end and x.entity_type in ("state", "organization")
    ]
    if not others:
        return [parties(s, start, end)]
    orgs_only = all(o.startswith("org:") for o in others)
    subject = s.paragraph_organizations[0] if orgs_only and s.paragraph_organizations else s.home_state
    return [tuple(sorted({subject, other} - {None})) for other in dict.fromkeys(others) if other != subject]


BETWEEN_PARTIES = re.compile(r"\b(?:agreements?|accords?)\s+(?:with|between)\s+(?:the\s+)?(?=[A-Z])")
"""An agreement named with its parties needs no verb: 'swap exchange agreements with Iran', 'the
existing agreement between the EU and Russia'."""
AGREED_THAT = re.compile(r"\bit was agreed that\b")


def with_parties(s: Sentence) -> list:
    """'swap exchange agreements with Iran provided a useful additional conduit', 'the existing
    agreement between the EU and Russia': parties named right after the noun; no date unless one is
    stated with them."""
    out = []
    for m in BETWEEN_PARTIES.finditer(s.text):
        if SIGNED.search(s.text, *s.clause(m.start())):
            continue  # the signing rule has it
        _, end = s.clause(m.start())
        stop = WINDOW_STOP.search(s.text, m.end(), end)
        named = [
            x
            for x in s.entities
            if m.end() <= x.char_start
            and x.char_end <= (stop.start() if stop else end)
            and x.entity_type in ("state", "organization")
        ]
        if not named:
            continue
        sides = {x.entity_id for x in named}
        if "between" not in m.group():
            sides.add(s.home_state)
        out.append(_agreement(s, "with_parties", None, "agreement", sides, None))
    return out


def agreed_that(s: Sentence) -> list:
    """'in June 2005, during President Putin’s visit to Kazakhstan …, it was agreed that the Russian
    lease would be extended until 2050': an agreement between Kazakhstan and the visitor's state."""
    out = []
    for m in AGREED_THAT.finditer(s.text):
        sides = {s.home_state} - {None} | {
            s.state_of_entity(x.entity_id)
            for x in s.entities[:]
            if x.char_start < m.start() and x.entity_type in ("state", "person") and s.state_of_entity(x.entity_id)
        }
        if len(sides) < 2:
            continue
        before = [d for d in s.dates_in(0, m.start())]
        out.append(_agreement(s, "agreed_that", None, "agreement", sides, before[0] if before else None))
    return out


def _agreement(where: Sentence, rule: str, name, kind: str, party_ids, date, start: int = 0, end=None, in_force=None):
    return where.candidate(
        "agreement",
        f"agreement.{rule}",
        start,
        end,
        name=name,
        kind=kind,
        parties=tuple(sorted(dict.fromkeys(p for p in party_ids if p))),
        in_force_edtf=in_force,
        cameo_code=CAMEO_SIGN,
        plover_category=PLOVER_AGREE,
        **date_fields(date),
    )


OUTCOME_DOCUMENT = re.compile(
    r"\b[Tt]he (?:final|concluding|closing) (?:document|declaration|communiqu[eé]|statement)\b"
)
APPOSITION_NAME = re.compile(r"^,?\s+(?:the\s+)?[‘'“]?(?P<name>[A-Z][^’'”,;]{3,100}?)[’'”]?(?:,|\s+was\b|\s+is\b)")


def outcome_document(s: Sentence) -> list:
    """'The concluding declaration included …' after a summit; 'The final document, the ‘Astana
    Commemorative Declaration towards a Security Community’, was …': the meeting's final document,
    adopted by the organisation the paragraph is about, dated by the meeting when the previous
    sentence opens with its date ('In July 2005, at an SCO heads of state summit …')."""
    out = []
    for m in OUTCOME_DOCUMENT.finditer(s.text):
        named = APPOSITION_NAME.match(s.text[m.end() :])
        name = named.group("name").strip() if named and NOUN.search(named.group("name")) else None
        noun = NOUN.search(name) if name else None
        kind = kind_of(noun.group("noun"), name) if noun and name else "declaration"
        opening = [d for d in s.previous_dates if d.char_start <= OPENING_CHARS]
        date = s.date_for(m.end()) or (opening[0] if opening else None)
        out.append(_agreement(s, "outcome_document", name, kind, parties(s, m.start(), m.start()), date))
    return out


ESTABLISHED_BY = re.compile(r"\b(?:established|created|founded|set up) by (?:the )?(?=[A-Z])")
DOCUMENT_YEAR = re.compile(r"^\s+(?:of|in)\s+$")


def establishing_instrument(s: Sentence) -> list:
    """'the CSTO, originally established by the Tashkent Declaration of 1992': the instrument that
    founded an organisation, signed by the founders the sentence names (else the source's subject state)."""
    out = []
    for m in ESTABLISHED_BY.finditer(s.text):
        name = NAME.match(s.text, m.end())
        noun = NOUN.search(name.group()) if name else None
        if name is None or noun is None or len(name.group().split()) < 2:
            continue
        date = next(
            (
                d
                for d in s.dates_in(name.end(), name.end() + 10)
                if DOCUMENT_YEAR.match(s.text[name.end() : d.char_start])
            ),
            None,
        )
        founders = [st.entity_id for st in s.states(0, m.start())] or [s.home_state]
        out.append(
            _agreement(
                s, "establishing_instrument", name.group(), kind_of(noun.group("noun"), name.group()), founders, date
            )
        )
    return out


BORDER_SETTLED = re.compile(
    r"\b(?:demarcation|delimitation|delineation) of the (?P<pair>[A-Z][\w]+-[A-Z][\w]+) "
    r"(?:border|boundary)\b[^.;]{0,20}?\b(?:was|were) (?:settled|completed|finali[sz]ed|agreed)\b"
)


def border_settled(s: Sentence) -> list:
    """'The final demarcation of the China-Kazakhstan border was settled in 1999': a border
    agreement between the two states of the compound."""
    out = []
    for m in BORDER_SETTLED.finditer(s.text):
        states = {
            s.state_of_entity(x.entity_id)
            for x in s.entities
            if m.start("pair") <= x.char_start and x.char_end <= m.end("pair")
        } - {None}
        if len(states) == 2:
            out.append(_agreement(s, "border_settled", None, "agreement", states, s.date_for(m.end())))
    return out


AGREED_TO = re.compile(r"\bagreed to (?:supply|provide|deliver|sell|buy|purchase|build|supply|lease|extend)\b")
AGREED_TO_OTHER = re.compile(r"\b(?:to|with|from)\s+(?:the\s+)?$")
CONTINUATION = re.compile(r"^\s*(?:In addition|Additionally|Also|Moreover|Furthermore|At the same time)\b")
"""A sentence that adds to the previous one ('In addition, Kazakhstan agreed to …') is in its year."""


def agreed_to(s: Sentence) -> list:
    """'In addition, Kazakhstan agreed to supply fuel pellets to China': an undertaking between the
    agreeing state and the state it undertakes something to."""
    out = []
    for m in AGREED_TO.finditer(s.text):
        start, end = s.clause(m.start())
        subject = [st.entity_id for st in s.states(start, m.start())]
        others = [
            st.entity_id
            for st in s.states(m.end(), end)
            if AGREED_TO_OTHER.search(s.text, max(m.end(), st.char_start - 12), st.char_start)
        ]
        if not (subject and others) or subject[-1] == others[0]:
            continue
        date = s.date_for(m.end()) or (s.anchor_date() if CONTINUATION.match(s.text) else None)
        out.append(_agreement(s, "agreed_to", None, "agreement", [subject[-1], others[0]], date))
    return out


EACH_VISIT = re.compile(
    r"^\s*Each (?:of these |such )?(?:visit|meeting)s? (?:resulted in|led to|produced|saw) (?:the )?"
    r"(?:signature|signing|conclusion) of\b"
)


def each_visit(s: Sentence) -> list:
    """'They included French President Mitterrand, Iranian President Rafsanjani, … These meetings were
    not merely ceremonial occasions. Each visit resulted in the signature of protocols and agreements':
    one agreement between Kazakhstan and each visitor's state named earlier in the paragraph."""
    m = EACH_VISIT.match(s.text)
    nouns = list(NOUN.finditer(s.text, m.end())) if m else []
    if not nouns:
        return []
    states = [s.state_of_entity(p) for p in s.paragraph_persons]
    kind = kind_of(nouns[-1].group("noun"), s.text)
    return [
        _agreement(s, "each_visit", None, kind, [s.home_state, state], None)
        for state in dict.fromkeys(states)
        if state and s.home_state and state != s.home_state
    ]


RULES = [
    signed,
    with_parties,
    agreed_that,
    outcome_document,
    establishing_instrument,
    border_settled,
    agreed_to,
    each_visit,
]
