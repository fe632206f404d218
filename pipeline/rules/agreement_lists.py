"""Per-state dates in a list of states acting on one treaty: 'Belarus (1993), Kazakhstan (1994) and Ukraine (1994)
acceded to the NPT' (a year in brackets after each state), the gapped clause 'Belarus and Kazakhstan acceded to
the treaty in 1993, Ukraine in 1994' (the verb and the treaty left out after the first clause), and 'acceded in 1995
and 1998 respectively'.

The same holds for one state acting on several treaties: 'Kazakhstan signed the NPT in 1993 and the CTBT in 1996'
(the verb left out before the second treaty, which keeps its own date; `coordinated`).

Why: the codebook makes each state's accession an item with its own date; the parser strings the brackets as
asides and the gapped clause as a fragment, so neither reaches the verb. Both shapes are read from the text after
the parse has found the verb, its states and its date.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.rules.context import Sentence
from pipeline.rules.parsed_lists import _year_after
from pipeline.text.dates import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Token

GAPPED = re.compile(
    r"(?:\s*[,;]\s*(?:and\s+|while\s+|then\s+)?|\s+and\s+)(?:(?:followed\s+)?by\s+)?(?P<who>[^,;()]+?)\s+(?:in|on)\s+"
    r"(?P<when>[^,;()]+?)"
    r"(?=\s*(?:[,;.]|$|\s+and\b))"
)
"""', Ukraine in 1994', '; and France and China in 1992', ' and Brazil in 1998', ' and by Ukraine in 1994' (after a
passive 'ratified by Belarus in 1993'), ', followed by Palau in 2007' (the next state to act): states and their own
date, nothing else."""
RESPECTIVELY = re.compile(r"\brespectively\b")
ONLY_LIST_WORDS = re.compile(r"^(?:\s|,|\band\b|\bthe\b)*$")


def own_year(s: Sentence, state: str, start: int, end: int):
    """The year in brackets right after the state's mention in text[start:end] ('Kazakhstan (1994)'), or None."""
    for m in s.states(start, end):
        if m.entity_id == state:
            return _year_after(s, m)
    return None


DATED = re.compile(r",?\s+(?:in|on)\s+$")
"""The words between a state and its own date in a list: 'Ghana in 1975', 'Cuba, in 2002, and East Timor, in 2003'."""
LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:by\s+)?(?:the\s+)?$")
"""The words between two states of one list, after the first one's own date if it has one ('Mexico in 1969 and by
Peru in 1970')."""


def dated_runs(s: Sentence) -> list[list]:
    """The lists of states in the sentence, each state with the date right after it or None: mentions joined only
    by commas and 'and', or by those after a state's own date ('Ghana in 1975, Kenya in 1976 and Togo')."""
    runs: list[list] = []
    last_end = None
    for m in s.states(0, len(s.text)):
        date = next(
            (d for d in s.dates if d.char_start >= m.char_end and DATED.fullmatch(s.text, m.char_end, d.char_start)),
            None,
        )
        if last_end is None or not LIST_JOIN.match(s.text[last_end : m.char_start]):
            runs.append([])
        runs[-1].append((m, date))
        last_end = date.char_end if date is not None else m.char_end
    return runs


def listed_dates(s: Sentence) -> dict[str, DateMention]:
    """The states of a list in which two or more carry their own date ('… joined later: Ghana in 1975, Kenya in 1976
    and Togo in 1976', 'ratified by 168 states, including Russia in 2000 and Kazakhstan in 2002'), each with its
    date; a state with none takes that of the next one ('Argentina and Chile in 1995, and Brazil in 1998'). Empty
    where no list dates two states apart: 'signed by Kazakhstan in 1996 and ratified in 2002' dates one act."""
    out: dict[str, DateMention] = {}
    for run in dated_runs(s):
        if sum(1 for _, date in run if date is not None) < 2:
            continue
        for i, (m, date) in enumerate(run):
            later = date or next((d for _, d in run[i:] if d is not None), None)
            if later is not None:
                out.setdefault(m.entity_id, later)
    return out


def each_state(s: Sentence, verb, states: list[str], date, span: tuple[int, int]) -> list[tuple[str, DateMention]]:
    """Each state acting with the verb, with the date of its own act: paired by 'respectively', else its bracketed
    year (`own_year`), its date in a dated list (`listed_dates`) or the verb's `date`; and the states of gapped clauses
    after the verb's date (`gapped`) with theirs ('Algeria became a party in 1995, Andorra in 1996')."""
    later = gapped(s, date.char_end) if date is not None and date.char_start > verb.idx - s.offset else []
    gapped_states = {x for states_, _ in later for x in states_}
    listed = listed_dates(s)
    acts_of = respectively(s, states, *s.clause(verb.idx - s.offset)) or [
        (x, own_year(s, x, *span) or listed.get(x) or date) for x in states if x not in gapped_states
    ]
    return acts_of + [(x, when) for states_, when in later for x in states_]


def gapped(s: Sentence, after: int) -> list[tuple[list[str], DateMention]]:
    """The (states, date) pairs of gapped clauses that follow position `after` (the end of the first clause's
    date): each a list of states and a date, and nothing else."""
    out: list[tuple[list[str], DateMention]] = []
    position = after
    while found := GAPPED.match(s.text, position):
        mentions = s.states(found.start("who"), found.end("who"))
        residue = s.text[found.start("who") : found.end("who")]
        for m in reversed(mentions):
            residue = residue[: m.char_start - found.start("who")] + " " + residue[m.char_end - found.start("who") :]
        dates = s.dates_in(found.start("when"), found.end("when"))
        if not mentions or not ONLY_LIST_WORDS.match(residue) or len(dates) != 1:
            break
        if dates[0].char_start != found.start("when") or dates[0].char_end != found.end("when"):
            break
        out.append((list(dict.fromkeys(m.entity_id for m in mentions)), dates[0]))
        position = found.end()
    return out


def respectively(s: Sentence, states: list[str], start: int, end: int) -> list[tuple[str, DateMention]]:
    """'Argentina and Brazil … acceded in 1995 and 1998 respectively': the states, in the order the text names them (the
    parse may give a list's words in another), paired in order with the dates of
    text[start:end] (the verb's clause), when the clause says 'respectively' and the counts agree; else []."""
    if not RESPECTIVELY.search(s.text, start, end):
        return []
    dates = s.dates_in(start, end)
    first: dict[str, int] = {}
    for m in s.states(0, len(s.text)):
        first.setdefault(m.entity_id, m.char_start)
    ordered = sorted(states, key=lambda x: first.get(x, len(s.text)))  # in the order the text names them
    return list(zip(ordered, dates)) if len(dates) == len(states) > 1 else []


CLAUSES = {"relcl", "advcl", "acl", "ccomp", "xcomp", "pcomp", "csubj", "compound"}
"""Arcs that put a word in a clause (or a name) of its own: not an object the verb's act is on."""


def coordinated(s: Sentence, verb, first, is_instrument) -> list[tuple[Token, DateMention | None]]:
    """The instruments coordinated after `first` as objects of the same act ('… the NPT in 1993 and the CTBT in
    1996', '… to the NPT in 1993 and to the CTBT in 2002'), each with the date in its own words (after it, before
    the next), else that of the next one ('the NPT and the CTBT in 2001'), else None."""

    def joined(t) -> bool:
        arcs = []
        while t.i != verb.i:
            if t.dep_ in CLAUSES:
                return False
            arcs.append(t.dep_)
            t = t.head
        return "conj" in arcs

    nouns = [
        t
        for t in verb.subtree
        if t.i > first.i and t.pos_ in ("NOUN", "PROPN") and is_instrument(t) and joined(t) and t not in first.subtree
    ]
    nouns += [c for c in first.conjuncts if c.i > first.i and is_instrument(c) and c not in nouns]
    nouns.sort(key=lambda t: t.i)
    right = verb.right_edge
    edges = [t.left_edge.idx - s.offset for t in nouns[1:]] + [right.idx + len(right) - s.offset]
    out: list[tuple[Token, DateMention | None]] = []
    carried = None  # 'the NPT, the CTBT and the TPNW in 2001': a date after the last is each one's before it
    for noun, edge in reversed(list(zip(nouns, edges))):
        own = [d for d in s.dates_in(noun.idx + len(noun) - s.offset, edge) if not s.bounds(d)]
        carried = own[0] if own else carried
        out.append((noun, carried))
    return out[::-1]
