"""States listed with their act on a treaty in brackets: 'Five states are recognised by the NPT as nuclear-weapon
states: China (signed 1992), France (1992), the United Kingdom (1968) …', 'Signatories in Central Asia include
Kazakhstan (signed 1996, ratified 2002) and Kyrgyzstan (signed 1996, ratified 2003)'.

Why: a treaty's article lists its parties with each one's act and year in brackets rather than in a clause; no verb
of the sentence states the act, the bracket does. The codebook makes each state's act an item of its own: the
treaty's kind, that state as party, the year of the act. Read from the text after each state's mention: a bracket
that names the act ('signed', 'ratified', 'acceded', 'joined', 'accession', 'ratification') before a year; a
bracket with a year alone takes the act of the list's other brackets, so a list (two states or more) counts only
where one bracket names the act (a year alone may be anything: a founding, an independence), and only for a
treaty, convention or protocol (agreements 'with China (signed 1999) and Russia (signed 1998)' are each bilateral).
The treaty is the one the sentence names (an instrument's noun or a treaty's acronym), else the one the text talks
about (`treaty_words.treaty_talked_about`); a sentence naming an organisation (whose members it may list) and
no treaty gives nothing.
"""

from __future__ import annotations

import re

from pipeline.rules import agreements
from pipeline.rules.context import Sentence
from pipeline.rules.treaty_nouns import MULTILATERAL
from pipeline.rules.treaty_states import LIST_GAP
from pipeline.rules.treaty_words import _is_instrument, _kind, _name, treaty_talked_about

BRACKET = re.compile(r"\s*\(([^()]*)\)")
ACT = re.compile(
    r"\b(?P<act>signed|ratified|acceded|joined|accession|ratification|signature)?\s*(?:in\s+|on\s+)?"
    r"(?P<when>(?:\d{1,2}\s+[A-Z][a-z]+\s+)?\d{4})\b"
)
RULE = {"sign": "signed", "signature": "signed", "ratif": "ratified", "acce": "acceded", "join": "acceded"}


def _acts(s: Sentence, start: int, end: int) -> list[tuple[str | None, object]]:
    """(act word or None, date) for each year in text[start:end] (a bracket's inside)."""
    out = []
    for m in ACT.finditer(s.text, start, end):
        dates = s.dates_in(m.start("when"), m.end("when"), include_asides=True)
        if dates:
            act = m.group("act")
            out.append((next((r for k, r in RULE.items() if act and act.lower().startswith(k)), None), dates[0]))
    return out


def _instrument(s: Sentence) -> tuple[str, str | None] | None:
    """(kind, name) of the treaty the sentence's list is of (see the module's docstring), or None."""
    named = [t for t in s.tokens or () if t.pos_ in ("NOUN", "PROPN") and _is_instrument(s, t)]
    if named:
        return _kind(named[0]), _name(named[0])
    kind = treaty_talked_about(s)
    return (kind, None) if kind is not None else None


def bracketed_acts(s: Sentence) -> list:
    """One agreement per state and act its bracket in a list names (see the module's docstring)."""
    inside = [(b.start(), b.end()) for b in re.finditer(r"\([^()]*\)", s.text)]
    runs: list[list] = []  # [(mention, bracket end, [(act, date)])], consecutive list items
    last_end = None
    for m in s.states():
        if any(a < m.char_start < b for a, b in inside):
            continue  # a state named inside a bracket: 'the Soviet Union (1968; … assumed by Russia)'
        bracket = BRACKET.match(s.text, m.char_end)
        acts = _acts(s, bracket.start(1), bracket.end(1)) if bracket else []
        if bracket is None or not acts:
            last_end = None  # a state with no act of its own ends the list
            continue
        if last_end is None or not LIST_GAP.match(s.text[last_end : m.char_start]):
            runs.append([])
        runs[-1].append((m, bracket.end(), acts))
        last_end = bracket.end()
    out: list = []
    for run in runs:
        named = [act for _, _, acts in run for act, _ in acts if act]
        instrument = _instrument(s) if named and len(run) > 1 else None
        if instrument is None or instrument[0] not in MULTILATERAL:
            continue  # no list, no bracket names the act, or no treaty states join one by one
        kind, name = instrument
        for m, end, acts in run:
            state = s.state_of_entity(m.entity_id) or m.entity_id
            out += [
                agreements._agreement(
                    s, f"bracketed_acts_{act or named[0]}", name, kind, [state], when, m.char_start, end
                )
                for act, when in acts
            ]
    return out


RULES = [bracketed_acts]
