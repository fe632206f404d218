"""Shared pieces of the rules: where a verb's object ends, which organisations it names, who its
subject is.

Why: every fact type needs the same three decisions, and getting them right once (lists joined by
';', parenthetical asides, a sub-body named in quotes after its parent, a pronoun that points to
the previous sentence) keeps each rule a few lines long.
"""

from __future__ import annotations

import re

from pipeline.rules.context import PAREN, Sentence
from pipeline.text import lexicon

REGION_STOP = re.compile(
    r",\s+(?:and\s+)?(?:has\s+|had\s+|have\s+)?(?!entitled\b|named\b|called\b)[a-z]+ed\b(?!\s+by\b)"
    r"|,\s+(?:but|while|whereby|where|when|although|though|with)\b|\.\s(?![a-z])|\s+to\s+campaigns?\b|\bthereby\b"
    r"|,\s+and\s+(?:in\s+(?:\w+\s+)?\d{4},?\s+)?(?:it|he|she|they|then)\b"
    r"|;\s+(?!and\b|the\b|or\b)"
)
"""Where the object list of a verb ends: a new past-tense verb after a comma (', signed', ', and
launched'), a new clause (', and in 1993 it joined'), a subordinate clause, or the sentence's end. ';' does not end it: the texts list
organisations with semicolons ('the CIS; the OIC; and the OSCE'), unless another clause follows
('…; yet Kazakhstan …')."""
POINTER = re.compile(
    r"^\s*(?:it|the group|both bodies|them|these bodies|the organi[sz]ation)\b(?!\s+(?:for|of)\b)", re.IGNORECASE
)
"""An object that points back to the organisations of the previous sentence."""
SINGULAR_POINTER = re.compile(r"^\s*(?:it|the group|the organi[sz]ation)\b", re.IGNORECASE)
"""A pointer to one body: the first the previous sentence names (its subject, as a rule), not every one."""
ACRONYM_GAP = re.compile(r"^\s*\($")
QUOTED_SUB_BODY = re.compile(r"^\s*[‘'“\"]\s*[A-Z]")
IN_FORCE = re.compile(r"\b(?:came|entered) into (?:force|effect)\b")
FOUNDING_VERBS = r"establishing|driving force behind|efforts to build|launched the idea of"
"""Active verbs that found an organisation (membership.founding_state, organization_event.founded_by)."""
BID = re.compile(r"\b(" + lexicon.alternation(lexicon.bids()) + r")\b", re.IGNORECASE)


GROUP_EXCEPTED = re.compile(r",?\s*(?:other than|except|but|apart from|excluding|save)\b")
"""A group that an exception follows ('all the Central Asian states other than Uzbekistan') names no certain set
of members here: the states that acted are the others, which the text does not list."""


def group_members(s: Sentence, start: int, end: int) -> list[str]:
    """States named as a group in text[start:end] ('all the Central Asian states'; the groups are
    curated in raw/dictionaries/state_groups.csv), in any case ('The five Central Asian states signed' opens its
    sentence); not one an exception follows (`GROUP_EXCEPTED`)."""
    window = " ".join(s.text[start:end].split()).lower()
    members = [
        m
        for phrase, ids in s.state_groups
        if phrase.lower() in window and not GROUP_EXCEPTED.match(window, window.index(phrase.lower()) + len(phrase))
        for m in ids
    ]
    return list(dict.fromkeys(members))


BODY_NOUN = r"(?:union|alliance|organi[sz]ation|grouping|group|bloc|community|forum|body|structure|council)"
UNNAMED_BODY = re.compile(
    r"\b(?:created|established|formed|set up|founded)\s+(?:an?|the)\s+[^.;,()]{0,60}?\b" + BODY_NOUN + r"\b"
)
"""A body created without its name: 'created an embryonic economic and defence union'."""
NAMED_LATER = re.compile(
    r"^\s*(?:This|That|The|The new)\s+(?:[a-z]+\s+){0,2}?"
    + BODY_NOUN
    + r",?\s+(?:(?:which\s+was|was)\s+)?(?:later\s+|subsequently\s+|soon\s+)?"
    r"(?:renamed|called|known as|named)\s+"
)
"""The next sentence names it: 'This alliance, later renamed the Central Asian Economic Union, …'."""
JOINED_LATER = re.compile(r",?\s*(?:later|subsequently|afterwards) joined by\s+[^,;]+,?")
"""States that joined a founding group later are members, not founders: '…, later joined by Tajikistan,'."""


def unnamed_bodies(s: Sentence) -> list[tuple[re.Match, str, tuple[int, int]]]:
    """Bodies this sentence creates and the next sentence names: (the creating words, the
    organisation id, the naming span in `s.following`)."""
    out: list[tuple[re.Match, str, tuple[int, int]]] = []
    nxt = s.following
    if nxt is None:
        return out
    named = NAMED_LATER.match(nxt.text)
    if named is None:
        return out
    orgs = [o for o in nxt.organizations() if o.char_start - named.end() <= 4]
    if not orgs:
        return out
    for m in UNNAMED_BODY.finditer(s.text):
        if not s.organizations(m.start(), m.end()):
            out.append((m, orgs[0].entity_id, (named.start(), orgs[0].char_end)))
    return out


OUTGROWTH = re.compile(
    r"\b(?:was|is) the (?:outcome|product|result|successor) of\b|\bgrew out of\b|"
    r"\bevolved (?:out of|from)\b|\bemerged from\b"
)
OUTGROWTH_SUBJECT = re.compile(r"^\s*(?:\([^)]*\))?\s*$")
"""Only an acronym in brackets may stand between the organisation and the verb."""


def outgrowths(s: Sentence) -> list[tuple[re.Match, str, list[str]]]:
    """'ECO was the outcome of a series of previous alliances between Iran, Pakistan and Turkey': an
    organisation grown out of the cooperation of named states (two or more), who are its founders."""
    out = []
    for m in OUTGROWTH.finditer(s.text):
        subject = [o for o in s.organizations(0, m.start()) if OUTGROWTH_SUBJECT.match(s.text[o.char_end : m.start()])]
        _, end = object_region(s, m.end())
        states = list(dict.fromkeys(st.entity_id for st in s.states(m.end(), end)))
        if subject and len(states) >= 2:
            out.append((m, subject[-1].entity_id, states))
    return out


def org_before(s: Sentence, position: int) -> str | None:
    """The last organisation named before `position`, else the previous sentence's first."""
    named = s.organizations(0, position)
    return named[-1].entity_id if named else next(iter(s.previous_organizations), None)


def object_region(s: Sentence, start: int, stops: re.Pattern | None = None) -> tuple[int, int]:
    """From `start` to the first stop (REGION_STOP or the caller's next-trigger pattern)."""
    end = len(s.text)
    for pattern in (REGION_STOP, stops):
        if pattern is not None:
            m = pattern.search(s.text, start)
            if m:
                end = min(end, m.start())
    return start, end


def asides(s: Sentence) -> list[tuple[int, int]]:
    """Parenthetical asides of more than two words (an acronym in brackets is not an aside)."""
    return [(m.start(), m.end()) for m in PAREN.finditer(s.text) if len(m.group().split()) > 2]


def organizations_in(s: Sentence, start: int, end: int) -> list:
    """Organisations named in text[start:end], leaving out asides, and a parent named only to
    introduce a quoted sub-body ("the NATO ‘Partnership for Peace’", "the OSCE ‘Troika’")."""
    skip = asides(s)
    out: list = []
    for m in s.organizations(start, end):
        if any(a <= m.char_start and m.char_end <= b for a, b in skip):
            continue
        if QUOTED_SUB_BODY.match(s.text[m.char_end : m.char_end + 4]):
            continue
        if (
            out
            and ACRONYM_GAP.match(s.text[out[-1].char_end : m.char_start])
            and s.text[m.char_end : m.char_end + 1] == ")"
        ):
            continue  # 'the Central Asian Economic Community (ECSC)': the acronym restates the name before it
        out.append(m)
    return out


def objects(s: Sentence, start: int, stops: re.Pattern | None = None) -> list[str]:
    """Organisation ids a verb ending at `start` takes as objects; a pointer ('it', 'the organization')
    resolves to the organisation the source is about, else to the previous sentence's organisations
    ('both bodies'): in an article on the OTS, 'was admitted to the organization' is the OTS, whatever
    body the sentence before happened to name."""
    region_start, region_end = object_region(s, start, stops)
    named = [m.entity_id for m in organizations_in(s, region_start, region_end)]
    if POINTER.match(s.text[start:]) and s.subject_organization:
        return [s.subject_organization]
    if POINTER.match(s.text[start:]) and s.previous_organizations:
        one = SINGULAR_POINTER.match(s.text[start:])  # 'grew out of the Shanghai Five. India joined it': the SCO
        return list(s.previous_organizations[:1] if one else s.previous_organizations)
    return list(dict.fromkeys(named))


def listed_dates(s: Sentence, start: int, end: int, mentions: list | None = None) -> dict:
    """'joined the IMF in 1992, the World Bank in 1993 and the EBRD in 1994', 'the IMF and the World Bank in 1992
    and the EBRD in 1993', 'In 1992 it became a member of the IMF, the World Bank in 1993 and the EBRD in 1994',
    'visited Moscow in 1992, Beijing in 1994 and Tehran in 1996': in a list of organisations (or of the given
    `mentions`, in order) that gives two or more dates, each takes its own date (the first after it, before the
    next element); one without takes the date the verb before the list has ('In 1992 … the IMF'), else the next
    date after it ('the IMF and the World Bank in 1992'). Entity id -> date mention; empty for a list with one
    date or none. Every rule that dates a list's elements reads them here, so a membership and the joined_by
    event beside it carry the same date."""
    mentions = organizations_in(s, start, end) if mentions is None else mentions
    found = s.dates_in(start, end)
    if len(mentions) < 2 or len({d.edtf for d in found}) < 2:
        return {}
    lead = s.date_for(start, start)
    out: dict = {}
    for i, m in enumerate(mentions):
        stop = mentions[i + 1].char_start if i + 1 < len(mentions) else end
        after = [d for d in found if d.char_start >= m.char_end]
        own = [d for d in after if d.char_start < stop]
        pick = own[0] if own else lead or (after[0] if after else None)
        if pick is not None:
            out.setdefault(m.entity_id, pick)
    return out


def subject_state(s: Sentence, position: int) -> str | None:
    """The acting state of a verb at `position`: the last state named as an actor before it in its
    clause, else the state the source is about (None where it is about no state)."""
    start, _ = s.clause(position)
    before = s.states(start, position)
    return before[-1].entity_id if before else s.home_state


def bid_before(s: Sentence, position: int, window: int = 60) -> bool:
    """True when a word of a bid (bid, campaign, aim, plan, proposal: `lexicon.bids`) comes shortly before
    `position`."""
    return bool(BID.search(s.text[max(0, position - window) : position]))
