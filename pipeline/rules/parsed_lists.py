"""Lists the parser strings badly, read from the text: the organisations that continue a list its objects begin
('of the UN (1945), the OECD (1961), the OIC (1969)') and a list element's year in brackets ('the OECD (1961)').

Why a module of its own: the parser strings long lists as appositions of anything, so the rules over the parse
(parsed_members, agreement_lists) read a list's continuation and its bracketed years from the characters between
the mentions; the rest of what the parse rules share (parsed) reads the tree.
"""

from __future__ import annotations

import re

from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _entity

YEAR_AFTER = re.compile(r"(?:\s*\([A-Z][\w.&-]*\))?\s*\((?:since |from |in )?\d{4}\)")
"""A list element's year in brackets, after its acronym if it has one: 'the OECD (1961)', 'the
Organization for Security and Co-operation in Europe (OSCE) (1973)'."""


LIST_GAP_AFTER = re.compile(
    r"^(?:\s*\([A-Z][\w.&-]*\))?(?:\s*\((?:since |from |in )?\d{4}\))?\s*(?:,|;)?\s*(?:and\s+)?(?:the\s+)?$"
)


def _listed_after(s: Sentence, objects) -> list:
    """Organisation mentions that continue a list begun by the objects ('of the UN (1945), the OECD (1961), the
    OIC (1969)'): read from the text, since the parser strings long lists as appositions of anything."""
    firsts = [m for o in objects for m in [_entity(s, o, ("organization",))] if m]
    if not firsts:
        return []
    out, last = [], firsts[0]
    for m in s.organizations(last.char_end):
        if s.text[m.char_start - 1 : m.char_start] == "(" and s.text[m.char_end : m.char_end + 1] == ")":
            continue  # 'the Organization for … Europe (OSCE) (1973)': the acronym restates the name before it
        if not LIST_GAP_AFTER.match(s.text[last.char_end : m.char_start]):
            break
        out.append(m)
        last = m
    return out


def _year_after(s: Sentence, m):
    """The year in brackets right after a list element's entity mention ('the OECD (1961)'), or None."""
    end = m.char_end
    found = YEAR_AFTER.match(s.text, end)
    return next(iter(s.dates_in(end, found.end(), include_asides=True)), None) if found else None


def states_spelled_out(s: Sentence, noun) -> list[str]:
    """The states a counted noun is spelled out as after a semicolon or colon ('to include seven new members;
    Afghanistan, Azerbaijan, …'): read from the text, since the parser may break the list off the noun when its first
    name is unfamiliar ('Equatorial Guinea, …' read as an adverbial of the main verb). The list starts right after
    the mark, each state follows the one before with only a list gap between, and the list ends the clause
    ('…; Russia objected' names no member)."""
    start = noun.right_edge.idx + len(noun.right_edge) - s.offset
    mark = re.match(r"\s*[;:]\s*(?:the\s+)?", s.text[start:])
    if mark is None or not any(c.dep_ == "nummod" for c in noun.children):
        return []
    out: list = []
    last = start + len(mark.group())
    for m in s.states(last):
        if out and not LIST_GAP_AFTER.match(s.text[last : m.char_start]) or not out and m.char_start != last:
            break
        out.append(s.state_of_entity(m.entity_id))
        last = m.char_end
    ends = re.match(r"\s*(?:[.;]\s*)?$", s.text[last:])  # the list is all the rest of its clause
    return [x for x in out if x] if ends else []
