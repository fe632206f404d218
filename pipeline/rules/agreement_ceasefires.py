"""Ceasefires: an agreement between the sides of a conflict, which a third state often brokers.

Why: the codebook counts a ceasefire agreement as an agreement (§1), with the sides as parties; the genre tells it
without a signing verb or a signer ('Russia brokered a cease-fire between the three sides', 'a Russian-brokered
ceasefire ended the war'), so the signing rules (`agreements`) never see it. What is a party is a general statement
about the construction, not about one conflict:
- the sides are the states of a 'between A and B' phrase after the ceasefire ('a ceasefire between Russia and
  Georgia'); 'between the three sides' or 'the two parties' are the states the paragraph has named as actors, when
  their number is the one the phrase counts; a ceasefire that 'ended the war' takes the sides of the 'war between A
  and B' the previous sentence names;
- the broker is no party: the subject of 'brokered' or 'mediated', a state before '-brokered', the agent of
  'brokered by';
- with no sides so certain there is no party, and so no item (codebook §3).
A ceasefire named with an instrument noun ('signed a ceasefire agreement') is the signing rules' own.
"""

from __future__ import annotations

import re

from pipeline.rules.agreement_dates import narrative_date
from pipeline.rules.agreement_modality import modality
from pipeline.rules.agreements import NEGATED, _agreement
from pipeline.rules.back_references import NUMBERS
from pipeline.rules.context import Sentence

CEASEFIRE = re.compile(
    r"\b(?P<noun>cease-?fire|truce|armistice)\b(?!\s+(?:agreement|accord|deal|treaty|protocol|line|violations?)\b)",
    re.IGNORECASE,
)
"""The ceasefire itself; one followed by an instrument noun is read by the signing rules, one followed by 'line'
or 'violations' is something else."""
AGREED = re.compile(r"\b(?:brokered|mediated|negotiated|agreed|signed|reached|concluded)\b")
"""Verbs that tell the ceasefire was made ('brokered a ceasefire', 'a truce was agreed')."""
ENDED = re.compile(r"\s+(?:ended|halted|stopped|brought an end to)\s+the\s+(?:war|conflict|fighting|hostilities)\b")
"""'a Russian-brokered ceasefire ended the war': the ceasefire told by what it did."""
BROKER_VERB = re.compile(r"\b(?:brokered|mediated)\b")
BY_BROKER = re.compile(r"\b(?:brokered|mediated)\s+by\s+(?:the\s+)?")
HYPHEN_BROKER = re.compile(r"[\s–-]*(?:brokered|mediated)\b")
BETWEEN = re.compile(r"\s+between\b")
SIDES = re.compile(
    r"\b(?:between\s+)?the\s+(?P<n>" + "|".join(NUMBERS) + r")\s+(?:sides|parties|warring\s+parties|belligerents)\b",
    re.IGNORECASE,
)
WAR_BETWEEN = re.compile(r"\b(?:war|conflict|fighting|hostilities)\s+between\b", re.IGNORECASE)
PHRASE_END = re.compile(r"[,;.]|\s+(?:in|on|at|after|which|that|to)\s")


def ceasefire(s: Sentence) -> list:
    """One agreement per ceasefire the sentence says was made or ended a conflict, with its sides as parties."""
    out = []
    for m in CEASEFIRE.finditer(s.text):
        start, end = s.clause(m.start())
        verbs = [v for v in AGREED.finditer(s.text, start, end) if abs(v.start() - m.start()) < 60]
        ended = ENDED.match(s.text, m.end())
        if not verbs and not ended:
            continue
        if any(NEGATED.search(s.text, max(0, v.start() - 30), v.start()) for v in verbs):
            continue
        sides = [x for x in _sides(s, m, end, bool(ended)) if x not in _brokers(s, start, end, m)]
        if len(sides) < 2:
            continue
        position = verbs[0].start() if verbs else m.start()
        date = s.date_for(position) or narrative_date(s)
        mood = modality(s, m, verbs[0]) if verbs else None
        out.append(_agreement(s, "ceasefire", None, "agreement", sides, date, start, end, modality=mood))
    return out


def _sides(s: Sentence, noun: re.Match, end: int, ended: bool) -> list[str]:
    """The states the ceasefire is between: those of its 'between' phrase, the paragraph's states a count names, or
    the previous sentence's war's sides."""
    between = BETWEEN.match(s.text, noun.end())
    counted = SIDES.search(s.text, noun.end(), end)
    if counted:
        named = list(dict.fromkeys(s.paragraph_states))
        return named if len(named) == NUMBERS[counted.group("n").lower()] else []
    if between:
        stop = PHRASE_END.search(s.text, between.end(), end)
        phrase_end = stop.start() if stop else end
        return list(dict.fromkeys(m.entity_id for m in s.states(between.end(), phrase_end)))
    if ended and WAR_BETWEEN.search(s.previous_text) and len(set(s.previous_states)) >= 2:
        return list(dict.fromkeys(s.previous_states))
    return []


def _brokers(s: Sentence, start: int, end: int, noun: re.Match) -> set[str]:
    """The states that brokered the ceasefire: the subject before 'brokered', 'X-brokered', 'brokered by X'."""
    out = set()
    for m in s.entities:
        if not (start <= m.char_start and m.char_end <= end) or m.entity_type != "state":
            continue
        verb = BROKER_VERB.search(s.text, m.char_end, noun.start())
        if HYPHEN_BROKER.match(s.text, m.char_end) or (verb and m.char_end <= verb.start()):
            out.add(m.entity_id)
        by = BY_BROKER.search(s.text, start, m.char_start)
        if by and by.end() == m.char_start:
            out.add(m.entity_id)
    return out


RULES = [ceasefire]
