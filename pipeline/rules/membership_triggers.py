"""What the surface membership rules share: their trigger words, the candidate they build and the date and
object helpers (the rules are in `memberships`, `membership_chairs` and `memberships_founding`).

Why a module of its own: every rule ends its object list at the next trigger of any kind (`ANY_TRIGGER`), and
builds the same 'membership.<name>' candidate; keeping them here lets the rules live in modules by job.
"""

from __future__ import annotations

import re

from pipeline.rules import stance
from pipeline.rules.amount_asides import years_apart
from pipeline.rules.context import Sentence
from pipeline.rules.other_events import clause_date
from pipeline.rules.patterns import object_region
from pipeline.text.dates import date_fields

JOIN = re.compile(
    r"\b(?:joined(?!\s+(?:by|with)\b)|joining|acceded to|(?:was |being )?admitted to|admission to|"
    r"became (?:a )?member of|(?:was )?(?:formally )?accepted as a member of|obtained a seat at|"
    r"(?:is|was) a member of|(?:its|their|[A-Z]\w+[’']s) membership (?:of|in))\b"
)
APPLY = re.compile(r"\bapplied for membership (?:of|in)\b")
BID = re.compile(
    r"\b(?:bid for|campaigns? aimed at securing|seeking|securing) (?:a |an )?"
    r"(?:rotating |non-permanent )?seat (?:at|on|in)\b"
)
FOUNDER = re.compile(r"\b(?:one of the )?found(?:er|ing) members? of\b")
CHAIR = re.compile(
    r"\b(?:assumed (?:the )?chairmanship of|elected to chair|took over the|headed|heading|chaired|chairs|"
    r"presided over|presides over|"
    r"the chairmanship of)\b"
)
WITHDREW = re.compile(r"\bwithdrew\b")
OTHER_ROLE = re.compile(
    r"\b(?<!\bas )(?<!\bas an )(?<!\bas a )(?:an? )?(?:observer|dialogue partner|associate member)(?: status)? (?:in|of|to|at|with)\b"
)
"""A role of another kind that ends a list of memberships ('a member of the CIS and the OIC, and an observer in
the EAEU': the EAEU is no member's body); the role noun's own rule (`parsed_members`) reads what follows it.
Not a role the join itself takes ('joined the SCO as an observer in 2004': `memberships.AS_OBSERVER`)."""
NEGATED_CONJUNCT = re.compile(r"\b(?:but|and|yet)\s+not\b|\bnor\b|,\s+(?:except|unlike)\b")
"""A conjunct the list denies ('a member of the EU but not of NATO', 'of the CIS, nor of the CSTO'): the list ends
before it."""
ANY_TRIGGER = re.compile(
    "|".join(p.pattern for p in (JOIN, APPLY, BID, FOUNDER, CHAIR, WITHDREW, OTHER_ROLE, NEGATED_CONJUNCT))
)


def _membership(s: Sentence, rule: str, state: str | None, org: str, role: str, date, modality=None):
    return s.candidate(
        "membership",
        f"membership.{rule}",
        state_id=state,
        organization_id=org,
        role=role,
        modality=modality,
        **date_fields(date),
    )


GENERIC_HEADS = {"alliance", "bloc", "group", "grouping", "organization", "organisation", "union", "community", "forum"}
GENERIC_HEADS |= {"nation", "country", "state", "economy"}  # 'the G20 industrial nations': the group itself


def modifier(s: Sentence, mention) -> bool:
    """A name that modifies another noun ("NATO's Partnership for Peace"), unless that noun is a generic
    word for the body itself ('the NATO alliance', 'the GUAM group')."""
    if not stance.modifies_another_noun(s, mention):
        return False
    token = stance.token_at(s, mention.char_end - 1)
    return not (token.dep_ in ("compound", "nmod") and token.head.lemma_.lower() in GENERIC_HEADS)


def _date(s: Sentence, m: re.Match):
    """The date of a membership verb: within its object list, else before it (see Sentence.date_for); a verb in a
    clause set after another by 'after' or 'before' with no date of its own takes only what the clause counts from
    the other's date ('joined the ADB in 1994, two years after it joined the IBRD': 1992), else none."""
    end = object_region(s, m.end(), ANY_TRIGGER)[1]
    token = stance.trigger_token(s, m.start(), m.end())
    if token is not None and _set_after_another(token) and not s.dates_in(m.end(), end):
        return years_apart(s, m.start())
    return clause_date(s, m.end(), end)  # not another event's: 'A year after its independence in 1991, … joined'


def _set_after_another(verb) -> bool:
    """'…, two years after it joined the IBRD': an adverbial clause of time after the clause it hangs on."""
    return (
        verb.dep_ == "advcl"
        and verb.i > verb.head.i
        and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in verb.children)
    )


ROLE_NOUNS = {"member", "membership", "rank", "seat", "status", "observer", "accession", "admission", "partner"}
ROLE_NOUNS |= {"chairmanship", "chair", "presidency", "helm", "leadership", "head"}
"""Nouns whose 'of' names the body itself: 'admitted to the membership of the United Nations', 'assumed the
chairmanship of the OSCE'."""


EXAMPLES = {"as", "like", "including"}
"""Prepositions that give examples of their noun, which are then the bodies meant."""


def nested(s: Sentence, mention, trigger) -> bool:
    """A name inside another noun's 'of' phrase qualifies that noun, which is the body meant ('a member of the
    Board of Governors of the IAEA': of the board, a sub-body, not of the IAEA); so does a name in any other
    phrase of a common noun ('joined talks with the WTO': the talks were joined, not the WTO); and a chair of
    'the Council of Foreign Ministers of the CSTO' chairs the council, not the CSTO."""
    token = stance.mention_root(s, mention)
    if token is None or trigger is None or token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    if token.head.lower_ in EXAMPLES:  # 'joined UN agencies, such as UNDP': the examples are the bodies joined
        return False
    owner = token.head.head
    own_name = mention.char_start <= owner.idx - s.offset < mention.char_end  # 'Commonwealth of Independent States'
    kinds = ("NOUN", "PROPN") if token.head.lower_ == "of" else ("NOUN",)  # 'joined talks with the WTO'
    return owner.i != trigger.i and owner.pos_ in kinds and not own_name and owner.lemma_ not in ROLE_NOUNS
