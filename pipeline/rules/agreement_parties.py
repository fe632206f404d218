"""The parties of an agreement the signing rules read: the states (named, as adjectives, through their places and
people) and organisations in the signing's window, less those that are no party (a body the instrument sets up or
falls under, the venue, a place that begins a proper name), and, where the window names none, those the context
gives ('the two states', 'these countries', the paragraph's organisation, the source's subject).

Why a module of its own: the surface signing rule (`agreements.signed`), the shapes (`agreement_shapes`) and the
named instruments (`named_instruments`) read parties the same way; what is a party is one decision.
"""

from __future__ import annotations

import re

from pipeline.rules.agreement_context import counted_sides, remainder
from pipeline.rules.agreement_guards import excepted, not_a_party
from pipeline.rules.agreement_names import NAME
from pipeline.rules.context import Sentence
from pipeline.rules.parsed_pointers import talked_about
from pipeline.rules.patterns import asides, group_members
from pipeline.rules.stance import token_at

FOLLOWING = re.compile(r"\b[Tt]he following (?:countries|states|nations)\b")
"""'The following states have signed but not ratified the treaty: China, Egypt, …': the states listed after the
colon."""
THESE_STATES = re.compile(r"\b(?:[Tt]hese|[Tt]hose|[Bb]oth)\s+(?:countries|states|nations|republics|governments)\b")
"""States named only as 'these countries' are those the previous sentence named."""
TWO_SIDES = re.compile(r"\bthe two (?:states|countries|sides|presidents|leaders|governments)\b|\bbilateral\b")
"""'the two states', 'the two presidents': the home state and its partner, the one the sentence names before the
signing ('Russian President Vladimir Putin visited Ashgabat, where the two presidents signed …'), else the one
the text talks about."""
THE_SIDES = re.compile(r"\bthe (?:sides|parties)\b(?!\s+to\b)")
"""'the sides agreed on a roadmap', 'the parties signed a Declaration' in a state's article: the state and the
partner the text talks about (not 'the parties to the treaty', its signatories)."""
ESTABLISHES = re.compile(r"\b(?:establish|establishing|create|creating)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
"""An organisation an agreement establishes is its outcome, not a party to it."""
TITLED = re.compile(
    ESTABLISHES.pattern + r"|\b(?:Treaty|Agreement|Convention|Charter|Protocol|Statute)\s+(?:on|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""So is one an instrument's title names ('the Treaty on the Eurasian Economic Union', 'the Charter of the
Commonwealth of Independent States'): its parties are the states that sign it."""
MODIFIER = re.compile(r"[\s–-]+(?:treat(?:y|ies)|charters?|conventions?|agreements?|accords?|protocols?)\b", re.I)
"""A body named right before a treaty's, charter's or agreement's noun is what the instrument is about or sets up,
not a party: 'signed the E.U. Customs Union agreement', 'The 2002 CSTO charter' (its parties are the states that
sign it); not a lender, party to its own loans ('an IMF agreement', `Sentence.lenders`)."""
THE_LENDER = re.compile(
    r"\b(?:[Tt]he\s+(?P<kind>Fund|Bank)\b(?![\s–-]+(?:for|of)\b)|(?P<staff>Fund|Bank)(?=\s+(?:staff|mission|management)\b))"
)
"""'The Fund approved a Stand-By Arrangement for Georgia': the genre names a lender it talks about by its kind,
capitalised (as `visit_organizations.BODY_WORDS` reads a mission's); lending, it is a party to the arrangement. The
lender is the organisation talked about (`parsed_pointers.talked_about`) or the paragraph's, when it is of that kind, and so are its people ('an agreement with
Fund staff'); not 'the Fund for Peace', 'the Bank of Georgia' (other names)."""
CONSTITUTIVE = re.compile(
    r"\b(?:[Cc]harter|Articles of Agreement|[Ss]tatute|[Cc]onstitution|[Ff]ounding (?:treaty|agreement))\b"
)
"""A body's own founding instrument ('The charter was signed in 2002', 'signing of the Articles of Agreement'): its
members sign it, not the body, so a sentence that names no signer gives none (not the body its paragraph is about)."""
FRAMEWORK = re.compile(r"\b(?:under|within the framework of|in the framework of)\s+(?:the\s+)?$")
"""'an Individual Partnership Action Plan (IPAP) under the PfP': the programme an agreement falls
under is its framework, not a party."""
VENUE = re.compile(r"\b(?:held|convened|took place)\s+in\s+$|\b(?:in|at)\s+(?:the\s+)?(?:city of\s+)?$")
"""'at an SCO heads of state summit meeting held in Astana, … an agreement on mutual assistance', 'was
signed on 17 July 2003 in Islamabad': the venue (a place after 'in' or 'at') is not a party to what was
signed there."""
PROPER_NAME_AFTER = re.compile(
    r"^(?:[\s–-]+(?:[A-Z][\w’'-]*|of|the|on|and))*?[\s–-]+(?:Declaration|Protocol|Agreement|Treaty|Accords?|"
    r"Convention|Charter|Act|Pact|Memorandum|Statute|Summit|Ministerial|Conference|Communiqu[eé]|Statement|Process|Initiative|Five)\b"
    r"|^[\s–-]+(?:agreements|accords|protocols|declarations|talks|process|format|group)\b"
)
"""A place that begins a proper name ('the Rome Declaration', 'the Kyoto Protocol', 'the Reykjavik
Ministerial', 'the Rome NATO Summit') names an instrument or a meeting, not a party; so does one right before the
noun in lower case, the genre's name for a series ('the Minsk agreements', 'the Astana talks', 'the Geneva
accords')."""


def parties(s: Sentence, start: int, end: int) -> tuple[str, ...]:
    """States (named, as adjectives, through their places and people) and, where fewer than two
    states are named, organisations in the window; 'the two states' adds Kazakhstan and the partner.
    With none named, a paragraph about an organisation (and no partner state) gives the organisation (a lender
    with the home state, its borrower),
    or the one it is part of ('the Shanghai Convention … was signed' in a paragraph on the SCO's
    anti-terrorist structure: the SCO), else the source's subject organisation, else the source's subject
    state and its partner (in a text about no state, such as a treaty's article, none: 'Myanmar, which had signed in
    1993, ratified the convention' is read over the parse). The subject state alone signing an instrument it does not
    name, in a section headed by another state, signs it with that state. Where a list excepts the only states named ('all but Azerbaijan,
    Georgia, …'), the signers are the rest of the set the paragraph named, where that is certain
    (`agreement_context.remainder`), else none."""
    skip = asides(s)
    states, orgs, established, others_acted = [], [], set(), []
    for m in s.entities:
        if not (start <= m.char_start and m.char_end <= end) or any(a <= m.char_start < b for a, b in skip):
            continue
        if not_a_party(s, m):
            continue
        if excepted(s, m):
            others_acted.append(m.entity_id)  # 'six of the nine—all but Azerbaijan, …—agreed': the others signed
            continue
        if m.entity_type == "organization":
            if TITLED.search(s.text, max(0, m.char_start - 30), m.char_start) or (
                MODIFIER.match(s.text, m.char_end) and m.entity_id not in s.lenders
            ):
                established.add(m.entity_id)  # also its acronym in brackets that follows
            elif FRAMEWORK.search(s.text, max(0, m.char_start - 40), m.char_start):
                continue
            elif m.entity_id not in established:
                orgs.append(m.entity_id)
        elif m.entity_type in ("state", "place", "person"):
            if m.entity_type == "place" and VENUE.search(s.text, max(0, m.char_start - 30), m.char_start):
                continue
            if (m.entity_type == "place" or m.form == "capital_metonym") and PROPER_NAME_AFTER.match(
                s.text[m.char_end : m.char_end + 60]
            ):
                continue
            state = s.state_of_entity(m.entity_id)
            if state:
                states.append(state)
    sides = [] if states else counted_sides(s, start, end)
    if sides and (not s.home_state or len(sides) > 2):
        states = sides  # 'the two states reached agreement', 'the three sides signed': the states just named
    elif (TWO_SIDES.search(s.text) or (s.home_state and THE_SIDES.search(s.text, start, end))) and (
        partner := _named_before(s, start) or s.partner_state
    ):
        states += [x for x in (s.home_state, partner) if x]
    if not states and FOLLOWING.search(s.text, start, end) and ":" in s.text[start:]:
        states = [m.entity_id for m in s.states(s.text.index(":", start))]  # the list after the colon
    if not states and THESE_STATES.search(s.text, start, end):
        states = list(s.previous_states)  # 'All these countries have ratified the Treaty': those just listed
    states = list(dict.fromkeys(states + group_members(s, start, end)))
    if not orgs and len(states) < 2 and (lender := THE_LENDER.search(s.text, start, end)):
        orgs = lender_by_kind(s, lender.group("kind") or lender.group("staff"))
    found = states + (orgs if len(states) < 2 else [])
    if others_acted and not states:
        return remainder(s, others_acted, start, end)  # the paragraph's states less those excepted, if certain
    if not found and CONSTITUTIVE.search(s.text, start, end):
        return ()  # 'The charter was signed in 2002': by the members, whom the sentence does not name
    if not found and MEMBER_GROUP.search(s.text, start, end) and (body := _group_body(s)):
        return (body,)  # 'all member states signed': the body's members, which `group_references` resolves or drops
    if not found and s.paragraph_organizations and not s.paragraph_partner_state:
        top = s.top_organization(s.paragraph_organizations[0])
        return tuple(sorted(x for x in (top, s.home_state) if x)) if top in s.lenders else (top,)
    if not found and not s.home_state and s.subject_organization:
        return (s.subject_organization,)  # 'The ECO Trade Agreement was signed … in Islamabad', in the ECO's article
    if not found and not s.home_state:
        return ()  # a text about no state has no side to pair the paragraph's last state with: it alone signed nothing
    if not found:
        found = [s.home_state] + ([s.paragraph_partner_state] if s.paragraph_partner_state else [])
    elif len(found) < 2 and s.home_state not in found:
        found = [s.home_state] + found
    elif found == [s.home_state] and s.heading_state and not NAME.search(s.text, start, end):
        found = [s.home_state, s.heading_state]  # 'Uzbekistan signed a border protocol in 2010' under 'Russia'
    return tuple(sorted(dict.fromkeys(x for x in found if x)))


PAIR_JOIN = re.compile(r"\s?[–—-]\s?|/")
"""What joins the sides of a pair told as one modifier: 'the Soviet–American INF Treaty', 'a Russian-Turkmen gas
agreement', 'the EU–Turkmenistan Partnership and Cooperation Agreement', 'the US/Soviet talks'."""


def paired_sides(s: Sentence, start: int, end: int) -> list:
    """The state and organisation mentions in text[start:end] joined to another by a dash: the genre's name for the
    two (or more) sides of a bilateral instrument. An adjective alone describes ('the Iranian nuclear agreement': its
    subject, not its parties) and so is no side; joined to another side, each is one ('the Soviet–Afghan Treaty')."""
    inside = [
        m
        for m in s.entities
        if start <= m.char_start and m.char_end <= end and m.entity_type in ("state", "organization")
    ]
    joined = set()
    for a, b in zip(inside, inside[1:]):
        if a.entity_id != b.entity_id and PAIR_JOIN.fullmatch(s.text, a.char_end, b.char_start):
            joined |= {id(a), id(b)}
    return [m for m in inside if id(m) in joined]


MEMBER_GROUP = re.compile(
    r"\b(?:[Aa]ll|[Ee]very)\s+(?:(?:the|its|their)\s+)?(?:members?\b|(?:member|participating)\s+(?:states|countries|nations))"
)
"""'all member states', 'all participating states', 'every member', 'all its members': the membership of the
organisation the paragraph (else the text) is about, as a group; named, the organisation is in the window already."""


def _group_body(s: Sentence) -> str | None:
    """The organisation an unnamed members' group belongs to: the paragraph's first, else the text's subject."""
    return next(iter(s.paragraph_organizations), None) or s.subject_organization


def _named_before(s: Sentence, start: int) -> str | None:
    """The last state other than the home state that the sentence names before `start` (as a state, an adjective,
    a place or a person), or None."""
    before = [
        s.state_of_entity(m.entity_id) for m in s.entities if m.char_end <= start and m.entity_type != "organization"
    ]
    return next((x for x in reversed(before) if x and x != s.home_state), None)


def lender_by_kind(s: Sentence, kind: str) -> list[str]:
    """The lender 'the Fund' or 'the Bank' stands for: the organisation talked about, else the paragraph's first
    lender whose name has that word (the International Monetary Fund, the Asian Development Bank); none where
    neither is."""
    known = [x for x in (talked_about(s), *s.paragraph_organizations) if x]
    return next(([x] for x in known if kind in s.lenders.get(x, "").split()), [])


def lender_talked_about(s: Sentence) -> list[str]:
    """The lender the text or paragraph is about (the organisation talked about, else the paragraph's first lender),
    or none: in such a text only that lender approves the arrangements it does not name the lender of."""
    known = (talked_about(s), *s.paragraph_organizations)
    return next(([x] for x in known if x and x in s.lenders), [])


def with_borrower(s: Sentence, kind: str, party_ids) -> tuple[str, ...]:
    """The parties of a loan deal that names only its lender ('the IMF approved a three-year loan', 'was approved by
    the IMF'), with the state the text is about: a lender lends to someone, and unnamed, the borrower is the state
    whose relations the text tells (a loan between two banks names its borrower: 'a loan from the Export-Import Bank
    of China to the Development Bank of Kazakhstan'). A loan deal that names only its borrower ('A 38-month
    arrangement … was approved in June 2010', in a paragraph about the IMF) takes `lender_talked_about`."""
    parties = tuple(party_ids)
    if kind == "loan_deal" and len(parties) == 1 and s.home_state and not parties[0].startswith("state:"):
        return (*parties, s.home_state)
    if kind == "loan_deal" and len(parties) == 1 and parties[0].startswith("state:"):
        return (*lender_talked_about(s), *parties)
    return parties


def participle_window(s: Sentence, verb: int, noun: int, end: int) -> int:
    """Where the parties of a signing told by a participle that opens the sentence end: with the noun phrase it
    describes ('Signed in 1997, the agreement with Iran on gas supplies opened the first pipeline bypassing Russia':
    what the agreement then did names no party). Elsewhere, and without a parse, `end`."""
    token = token_at(s, noun)
    if verb > 0 or token is None:
        return end
    last = max(t.idx + len(t) for t in token.subtree) - s.offset
    return min(end, last)


def own_phrase_start(s: Sentence, noun: int, verb: int, start: int) -> int:
    """Where the parties of a signing told by a participle on the instrument begin: with the instrument's own phrase
    where that names its other side ('… preceded a treaty with Turkey signed in 1996': not the states of the
    sentence's earlier instrument), else `start`. Without a parse, `start`."""
    head, participle = token_at(s, noun), token_at(s, verb)
    if head is None or participle is None or participle.dep_ != "acl" or participle.head.i != head.i:
        return start
    sides = [
        t
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in ("with", "between")
        for t in c.subtree
        if any(m.char_start <= t.idx - s.offset < m.char_end for m in s.entities if m.entity_type in SIDES)
    ]
    return max(start, head.left_edge.idx - s.offset) if sides else start


SIDES = ("state", "organization")
