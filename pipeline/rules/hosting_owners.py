"""Whose seat a seat clause places when its own words name no body (`parsed_hosting.seat`): an office an
organisation opens ('In 2000 the OSCE opened an office in Osh'), one whose opening it announces ('the OSCE
announced that an additional office would open in Osh'), one in a clause coordinated with another seat's ('Its
headquarters is in Istanbul (Turkey) and representative offices are in Karachi (Pakistan)'); and which bodies
count when a clause only says one 'is' somewhere (a sub-body, not an organisation on a mission).

Why apart: these read the clause around the seat noun, not the noun's own words, which `parsed_hosting` reads.
"""

from __future__ import annotations

from pipeline.entities.provisional import PREFIX, SUB_BODY_HEAD
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _children, _entity, _subjects
from pipeline.rules.parsed_pointers import _organizations

SEAT_NOUNS = {"headquarters", "headquarter", "secretariat", "seat", "office"}
BRANCH = {"representative", "liaison", "regional", "field", "branch", "country", "additional"}
"""What makes an office a branch of a body seated elsewhere ('representative offices are in Karachi'): the
dev gold counts it as a host, the codebook is unsure, so its facts carry a rule id of their own."""


def seat_noun(noun) -> bool:
    """'headquarters', 'the secretariat', 'offices': a noun that names a body's seat."""
    return noun.lemma_.lower() in SEAT_NOUNS or noun.lower_ in SEAT_NOUNS


def branch_office(noun) -> bool:
    """An office a modifier marks as a branch ('representative offices', 'a field office')."""
    return noun.lemma_.lower() == "office" and any(c.lemma_.lower() in BRANCH for c in noun.children)


def seat_opened(s: Sentence, verb, subjects) -> tuple[list, list[str]] | None:
    """([seat noun], [its body]) when an organisation opens a seat ('the OSCE opened an office in Osh', 'it
    will open a field office'): the opener's; None for any other verb or object ('Turkey opened its market')."""
    if verb.lemma_.lower() != "open":
        return None
    seats = [o for o in _children(verb, "dobj") if seat_noun(o)]
    orgs = [o for subject in subjects[:1] for o in _organizations(s, subject)]
    return (seats, orgs[:1]) if seats and orgs else None


def seat_owner(s: Sentence, verb, owners: dict[int, list[str]]) -> list[str]:
    """The body of a seat noun that names none: that of the seat clause this one is coordinated with ('Its
    headquarters is in Istanbul and representative offices are in Karachi'), else the organisation that
    announces or decides it ('the OSCE announced that an additional office would open in Osh')."""
    if verb.dep_ == "conj" and owners.get(verb.head.i):
        return owners[verb.head.i]
    if verb.dep_ == "ccomp":
        return [o for subject in _subjects(verb.head)[:1] for o in _organizations(s, subject)][:1]
    return []


def subject_pointer(s: Sentence) -> str | None:
    """The organisation 'its headquarters' stands for: the source's, unless the section is about another body
    ('ECO Trade and Development Bank' over 'Its headquarters is in Istanbul' in the ECO's article), which the
    words do not name, so none."""
    if s.heading and SUB_BODY_HEAD.search(" " + s.heading):
        return None
    return s.subject_organization


def sub_body(s: Sentence, noun, entity_id: str) -> bool:
    """A body whose place is its seat when it 'is' there: a dictionary body that is part of another, or one
    named after its parent's acronym ('ECO Science Foundation is in Pakistan'); not an organisation that is
    present somewhere ('NATO is in Afghanistan'), nor a national institution ('the Heritage Foundation')."""
    if s.top_organization(entity_id) != entity_id:
        return True
    if not entity_id.startswith(PREFIX):
        return False
    m = _entity(s, noun, ("organization",))
    first = s.text[m.char_start : m.char_end].split()[0] if m else ""
    return len(first) > 1 and first.isupper()
