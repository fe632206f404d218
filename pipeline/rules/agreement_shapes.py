"""Agreement rules for shapes other than an instrument noun with its signing verb: an agreement named with
its parties ('swap exchange agreements with Iran'), 'it was agreed that …', a meeting's final document, the
instrument that established an organisation, a settled border, an undertaking ('agreed to supply … to
China'), 'Each visit resulted in the signature of …'. Names, kinds and parties are read as in `agreements`.
"""

from __future__ import annotations

import re

from pipeline.rules.agreement_dates import narrative_date
from pipeline.rules.agreement_modality import modality
from pipeline.rules.agreement_names import NAME, kind_of
from pipeline.rules.agreement_parties import parties
from pipeline.rules.agreements import NEGATED, NOUN, SIGNED, WINDOW_STOP, _agreement
from pipeline.rules.context import OPENING_CHARS, Sentence

BETWEEN_PARTIES = re.compile(r"\b(?:agreements?|accords?)\s+(?:with|between)\s+(?:both\s+)?(?:the\s+)?(?=[A-Z])")
"""An agreement named with its parties needs no verb: 'swap exchange agreements with Iran', 'the
existing agreement between the EU and Russia'."""


HOLDS = re.compile(r"\s+(?:also\s+)?(?:has|have|had|holds|signed|concluded)\s+(?:[\w-]+\s+){0,3}$")
"""'Pakistan has free trade agreements with …': the state that holds the agreements, just before them."""


AGREED_THAT = re.compile(r"\bit was agreed that\b")
YEAR_BEFORE = re.compile(r"\b(?:the|its|their|an?)\s+(?P<year>1[89]\d\d|20\d\d)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
"""'Under its 1997 agreement with Russia': the year that modifies the agreement is when it was made."""
UNDER_TALKS = re.compile(
    r"\b(?:negotiat\w*|talks|discuss\w*|consultations|push\w*|call\w*|seek\w*)\s+(?:on|for|over|towards)?\s*"
    r"(?:an?\s+|the\s+|a\s+new\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""'talks on a free trade agreement with Israel', 'negotiating an agreement with the EU': an agreement still under
discussion, which the text does not say exists."""


def with_parties(s: Sentence) -> list:
    """'swap exchange agreements with Iran provided a useful additional conduit', 'the existing
    agreement between the EU and Russia': parties named right after the noun; dated only by a year that
    modifies the noun ('its 1997 agreement with Russia')."""
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
        if not named or UNDER_TALKS.search(s.text, max(0, m.start() - 50), m.start()):
            continue
        sides = {x.entity_id for x in named}
        mood = modality(s, m, m)  # 'a draft agreement between Armenia and Azerbaijan': proposed
        year = YEAR_BEFORE.search(s.text, max(0, m.start() - 50), m.start())
        date = next(iter(s.dates_in(year.start("year"), year.end("year")) if year else []), None)
        holder = [
            x.entity_id
            for x in s.states(s.clause(m.start())[0], m.start())
            if HOLDS.match(s.text, x.char_end, m.start()) and x.entity_id not in sides
        ]
        if "between" not in m.group() and holder and m.group().lower().startswith("agreements"):
            # 'Pakistan has free trade agreements with both Afghanistan and Iran': one with each
            out += [
                _agreement(s, "with_parties", None, "agreement", {holder[-1], x}, date, modality=mood)
                for x in sorted(sides)
            ]
            continue
        if "between" not in m.group():
            sides.add(s.home_state)
        out.append(_agreement(s, "with_parties", None, "agreement", sides, date, modality=mood))
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


AGREED_FRAMEWORK = re.compile(r"\bagreed\s+(?:on\s+|upon\s+)?(?:an?|the)\s+[\"“]?(?:[\w-]+\s+){0,2}?framework\b")
"""'the two presidents agreed a "strategic framework" to guide future relations', 'agreed on a framework for strategic
partnership': a framework the sides agreed is an instrument they settled (not 'within the framework of', 'a legal
framework was created')."""


def agreed_framework(s: Sentence) -> list:
    """An agreed framework: an agreement between the sides its clause names ('they had agreed a "strategic framework"
    to guide future U.S.-Russian relations'), read as the signing rule reads them, dated by its verb or, told as an
    event with no date of its own, by the year its paragraph is at (`narrative_date`)."""
    out = []
    for m in AGREED_FRAMEWORK.finditer(s.text):
        if NEGATED.search(s.text, max(0, m.start() - 30), m.start()):
            continue
        date = s.date_for(m.start()) or narrative_date(s)
        sides = parties(s, *s.clause(m.start()))
        out.append(_agreement(s, "agreed_framework", None, "agreement", sides, date, modality=modality(s, m, m)))
    return out


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


ESTABLISHED_BY = re.compile(
    r"\b(?:established|created|founded|set up)(?P<body>\s+(?:the\s+|an?\s+)?[A-Z][^.;,]{0,80}?)?"
    r"\s+(?:by|through) (?:the )?(?=[A-Z])"
)
"""'the CSTO, originally established by the Tashkent Declaration of 1992'; active, the body between: 'In 1991
Argentina and Brazil created the Brazilian–Argentine Agency for Accounting and Control by the Guadalajara
Agreement' (its founders sign it, dated as their act is)."""


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
        if date is None and m.group("body"):
            date = s.date_for(m.start())  # the active founding's date is the instrument's
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
    with_parties,
    agreed_that,
    outcome_document,
    establishing_instrument,
    border_settled,
    agreed_to,
    agreed_framework,
    each_visit,
]
