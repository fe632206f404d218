"""Figure rules: what an amount found in a sentence measures (loan, trade, investment, allocation,
agreement value, border length, area, member count, casualties, refugees, people) and whom it
concerns.

One rule, `classified`, looks at the words around each amount; its id is 'amount.<kind>'.
"""

from __future__ import annotations

import re

from pipeline.dates import date_fields
from pipeline.rules.context import Sentence
from pipeline.rules.patterns import org_before

CONTEXT_CHARS = 110
"""How far before an amount the rule looks for the words that say what it measures."""
MONEY_KINDS = [("loan", re.compile(r"\bloans?\b", re.I)), ("trade", re.compile(r"\btrade\b", re.I)),
               ("investment", re.compile(r"\binvestments?\b", re.I)), ("allocation", re.compile(r"\ballocated\b", re.I)),
               ("agreement_value", re.compile(r"\bworth\b", re.I)), ("budget", re.compile(r"\bbudgets?\b", re.I)),
               ("allocation", re.compile(r"\b(?:fund|grant|contribut\w*|aid|package|extend|finance)\b", re.I))]
PEOPLE_KINDS = [("refugees", re.compile(r"\brefugees?\b")),
                ("casualties", re.compile(r"\bkill\w*|\bdeath toll\b|\binjur\w*|\bdied\b|\bvictims\b"))]
PEOPLE_COUNTS = {"people", "refugees", "casualties"}
NARRATIVE_COUNTS = {"refugees", "casualties"}
"""Counts that belong to the events the section narrates, and so to its year."""
DISPLACED = re.compile(r"\b(?:internally )?displaced\b")
"""'300,000 people were internally displaced': people (not refugees, who cross a border), counted in
the narrated events like refugees."""
CASUALTY_FIGURE = re.compile(r"(?:\binjuring|\bwounding|\bdeath toll was [^.;]*?\b(?:at|of)|\ba figure of)\s+"
                             r"(?P<q>(?:more than|over|around|about|some|at least)\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)\b"
                             r"(?!\s*(?:people|persons|refugees|km|ha|%))")
AT_LEAST = {"more than", "over", "at least"}
THRESHOLD = re.compile(r"\b(?:coalition|majority|quorum|threshold|minimum|consensus) of\s+(?:at least\s+|more than\s+)?$")
"""'decisions could only be obtained by a coalition of at least three states': a voting rule, not a
figure about the world."""
MEMBERS = re.compile(r"\bmember (?:countries|states)\b")
CONSISTS = re.compile(r"\b(?:consist|compris|members?\b|membership\b)")
"""A count of states in a sentence about who belongs ('consisting of six post-Soviet states')."""
FROM_TO = re.compile(r"\bfrom (?:the )?(?P<src>[^,;]+?) to (?:the )?(?P<dst>[^,;.]+)")
TO_OR_WITH = re.compile(r"\b(?:to|with)\s+(?:the\s+)?$")
"""'a loan of US $300m. to Uzbekistan', 'a border of 1,099 km with Kyrgyzstan': the other side follows."""
POSSESSIVE_IN = re.compile(r"(?P<a>\w+)[’']s investments in (?P<b>\w+)")


def _kind(s: Sentence, m) -> str:
    before = s.text[max(0, m.char_start - CONTEXT_CHARS):m.char_start]
    after = s.text[m.char_end:m.char_end + 40]
    if m.unit == "currency":
        hits = [(before.rfind(p.search(before).group()), kind) for kind, p in MONEY_KINDS if p.search(before)]
        return max(hits)[1] if hits else "other"
    if m.unit == "km":
        return "border_length" if re.search(r"\bborder\b", before) else "other"
    if m.unit == "ha":
        return "area"
    if m.unit == "percent":
        return "share"
    if m.unit in ("states", "countries") and CONSISTS.search(s.text):
        return "member_count"
    if MEMBERS.search(s.text[m.char_start:m.char_end + 20]):
        return "member_count"
    if m.unit == "people":
        for kind, pattern in PEOPLE_KINDS:
            if pattern.search(before[-40:] + s.text[m.char_start:m.char_end] + after):
                return kind
        return "people"
    return "other"


def _entity_at(s: Sentence, text: str, start: int) -> str | None:
    """The state or organisation named within `text`, found at offset `start` of the sentence."""
    for m in s.entities:
        if start <= m.char_start and m.char_end <= start + len(text) and m.entity_type != "person":
            return s.state_of_entity(m.entity_id) if m.entity_type == "place" else m.entity_id
    return None


def _parties(s: Sentence, m, kind: str) -> tuple[str | None, str | None]:
    """(subject, counterpart): lender and borrower, investor and host, the two sides of a border or
    trade, the organisation whose members are counted."""
    for pattern in (FROM_TO, POSSESSIVE_IN):
        hits = [h for h in pattern.finditer(s.text) if abs(h.start() - m.char_start) < 90]
        before = [h for h in hits if h.end() <= m.char_start]
        hits = before[-1:] or hits
        if hits:
            h = min(hits, key=lambda h: abs(h.start() - m.char_start))
            a, b = h.group(1), h.group(2)
            return _entity_at(s, a, h.start(1)), _entity_at(s, b, h.start(2))
    if kind == "member_count":
        if re.search(r"\bits\b", s.text[:m.char_start]) and s.previous_organizations:
            return s.previous_organizations[0], None
        return org_before(s, m.char_start), None
    if kind in PEOPLE_COUNTS:
        return None, None
    actors = [x.entity_id for x in s.states(0, m.char_start)]
    lender = actors[-1] if actors else None
    named_after = [x.entity_id for x in s.states(m.char_end, m.char_end + 40)
                   if TO_OR_WITH.search(s.text, m.char_end, x.char_start)]
    if named_after and kind in ("trade", "border_length", "loan", "investment"):
        return (lender or s.home_state), named_after[0]
    if kind in ("trade", "border_length") or (kind == "loan" and lender):
        other = s.partner_state if lender in (None, s.home_state) else s.home_state
        return (lender or s.home_state), other
    return lender, None


def classified(s: Sentence) -> list:
    """Every amount mention becomes a figure of the kind its context says, except a voting threshold.
    Counts of casualties and refugees in a narrative take the year the section is at when the
    sentence states none."""
    out = []
    for m in s.amounts:
        if THRESHOLD.search(s.text, max(0, m.char_start - 40), m.char_start):
            continue
        kind = _kind(s, m)
        subject, counterpart = _parties(s, m, kind)
        measure = (m.noun or kind).replace("_", " ")
        narrative = kind in NARRATIVE_COUNTS or (kind == "people" and DISPLACED.search(s.text, m.char_end,
                                                                                        m.char_end + 40))
        date = s.nearest_date(m.char_start, m.char_end) or (
            s.anchor_date() if narrative or m.unit == "percent" else None)  # a share stated under a dated paragraph
        out.append(s.candidate("amount", f"amount.{kind}", kind=kind, value=float(m.value), unit=m.unit,
                               currency=m.currency, qualifier=m.qualifier, measure=measure,
                               subject_id=subject, counterpart_id=counterpart, **date_fields(date)))
    return out


def casualty_figures(s: Sentence) -> list:
    """Bare numbers the amount finder leaves alone because no noun follows them, where the words
    before say they count people hurt or killed: 'injuring more than 1,500', 'The death toll was
    officially set at around 400', 'unofficial estimates suggested a figure of at least 2,000'."""
    out = []
    for m in CASUALTY_FIGURE.finditer(s.text):
        value = float(m.group("n").replace(",", ""))
        qualifier = "at_least" if m.group("q") and m.group("q").strip() in AT_LEAST else (
            "about" if m.group("q") else None)
        out.append(s.candidate("amount", "amount.casualty_figure", kind="casualties", value=value, unit="people",
                               currency=None, qualifier=qualifier, measure="casualties", subject_id=None,
                               counterpart_id=None, **date_fields(s.anchor_date())))
    return out


RULES = [classified, casualty_figures]
