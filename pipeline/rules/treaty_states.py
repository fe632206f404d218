"""Which states act on a treaty: the words of the treaty rules' doers read as states.

Why a module: the treaty rules (`parsed_treaties`, `treaty_nouns`, `treaty_status`, `treaty_acts`) name their doers
in the many ways the genre does: a list ('Belarus, Kazakhstan and Ukraine'), 'all the others' (the states of the
longest list before less those just excepted), 'all but Italy' (the paragraph's set less Italy,
`agreement_context`), 'the following states' (those after the colon), 'it' or 'the
country' (the state the text is talking about), a noun of states a relative clause qualifies ('The states that
acceded in 1992 were China and France'). Reading these is one job, shared by all of them.
"""

from __future__ import annotations

import re

from pipeline.entities import provisional
from pipeline.rules import agreement_guards
from pipeline.rules.agreement_context import remainder
from pipeline.rules.agreement_lists import dated_runs
from pipeline.rules.back_references import _points_back
from pipeline.rules.context import Sentence
from pipeline.rules.parsed import _noun_entities

OTHERS = {"others", "rest"}
LISTED = {"state", "country", "nation"}
"""'The following states acceded to the NPT in 1992: China, France and Mongolia', 'Three states acceded in 1992:
China, France and Namibia': the states after the colon."""
LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$")


def _runs(s: Sentence, end: int) -> list[list]:
    """The lists of states named before `end`: mentions separated only by commas and 'and'."""
    runs: list[list] = []
    last = None
    for m in s.states(0, end):
        if last is not None and LIST_GAP.match(s.text[last.char_end : m.char_start]):
            runs[-1].append(m)
        else:
            runs.append([m])
        last = m
    return runs


def list_from(s: Sentence, token) -> list[str]:
    """The states of the list this word's state opens (mentions joined only by commas and 'and', `_runs`): 'ratification
    by the Soviet Union, the United Kingdom and the United States', which the parser may hang on the act's noun; none
    where the word names no state."""
    start = token.idx - s.offset
    for run in _runs(s, len(s.text)):
        if run[0].char_start <= start < run[0].char_end:
            return list(dict.fromkeys(m.entity_id for m in run))
    return []


def _others(s: Sentence, token) -> list[str]:
    """'all the others': the longest list of states before less the list just before."""
    runs = _runs(s, token.idx - s.offset)
    if len(runs) < 2:
        return []
    longest = max(runs, key=len)
    if runs[-1] is longest:
        return []
    excluded = {m.entity_id for m in runs[-1]}
    return list(dict.fromkeys(m.entity_id for m in longest if m.entity_id not in excluded))


def _states(s: Sentence, tokens) -> list[str]:
    out: list[str] = []
    for t in tokens:
        if t.lower_ in OTHERS and any(c.lower_ == "the" for c in t.children):
            out += _others(s, t)
        elif t.lemma_.lower() in LISTED and _included(s, t):
            out += _included(s, t)
        elif t.lemma_.lower() in LISTED and any(c.lower_ == "following" or c.dep_ == "nummod" for c in t.children):
            colon = s.text.find(":", t.idx - s.offset)
            out += [m.entity_id for m in s.states(colon)] if colon >= 0 else []
        elif _pointer(t):
            out += _subject_before(s, t) or _talked_about_state(s)
        elif not (
            _points_back(t) and any(c.lower_ == "two" for c in t.children)
        ):  # 'the US and Soviet Union', which the parser may string as one noun
            start, end = t.left_edge.idx - s.offset, t.right_edge.idx + len(t.right_edge) - s.offset
            excepted = {m.entity_id for m in s.states(start, end) if agreement_guards.excepted(s, m)}
            named = [
                x
                for x in _noun_entities(s, t, ("state",)) + [m.entity_id for m in s.states(start, end)]
                if x not in excepted  # 'all UN members except Egypt, Israel …': those did not act
            ]
            if not named:  # 'all but Italy', 'Apart from Iceland, all five': the paragraph's set less those excepted
                clause = s.clause(t.idx - s.offset)
                excepted |= {m.entity_id for m in s.states(*clause) if agreement_guards.excepted(s, m)}
                named = list(remainder(s, sorted(excepted), *clause))
            out += named + _dated_list(s, t)
    return list(dict.fromkeys(out))


INCLUDING = re.compile(r"^,?\s*(?:including|such\s+as|among\s+them)\s+(?:the\s+)?$", re.IGNORECASE)
"""The words between a noun of states and the list that names some of them: '168 states, including Russia'."""
COLON_LIST = re.compile(r":\s*(?:the\s+)?$")
"""A list of states its clause's plural noun of states announces: 'Both German states ratified the treaty: East
Germany in 1969 and West Germany in 1975'."""


def _included(s: Sentence, token) -> list[str]:
    """The states a noun of states is said to include, the whole list after 'including' or 'such as', or after the
    colon that closes the clause of a plural noun naming no state itself (each may carry its own date,
    `agreement_lists.listed_dates`): 'ratified by 168 states, including Russia in 2000 and Kazakhstan in 2002',
    whose list the parser hangs in pieces on the verb; none where no list follows the noun."""
    after = token.idx + len(token) - s.offset
    colon = s.text.find(":", after)
    for run in dated_runs(s):
        first = run[0][0]
        if first.char_start < after:
            continue
        between = s.text[after : first.char_start]
        if INCLUDING.match(between) or (
            token.tag_ == "NNS"
            and colon >= 0
            and COLON_LIST.match(s.text, colon, first.char_start)
            and not s.states(after, colon)
        ):
            return list(dict.fromkeys(m.entity_id for m, _ in run))
    return []


def _dated_list(s: Sentence, token) -> list[str]:
    """The other states of a list whose states carry their own dates and which this word's state opens: 'The last
    states to join were Cuba, in 2002, and East Timor, in 2003' (the parser hangs the list's dates and the later
    states on the verb); none for a list with fewer than two dates."""
    start = token.idx - s.offset
    for run in dated_runs(s):
        if run[0][0].char_start <= start < run[0][0].char_end and sum(1 for _, d in run if d is not None) >= 2:
            return [m.entity_id for m, _ in run[1:]]
    return []


STATE_NOUNS = {"country", "state", "republic", "nation"}


def _pointer(token) -> bool:
    """'it', or 'the country' (and the like) with no word of its own but the article."""
    if token.lower_ == "it":
        return True
    return token.lemma_.lower() in STATE_NOUNS and [c.lower_ for c in token.children] == ["the"]


def _subject_before(s: Sentence, token) -> list[str]:
    """The state a clause before this subject in the same sentence has as its subject, the nearest such subject
    ('Libya signed the convention in 1972; it ratified the convention in 1982', '…; ratification came in 1982');
    none where that subject names no state or two ('The EU welcomed it; it ratified …'), or for a word that is no
    subject."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return []
    earlier = [t for t in token.sent if t.i < token.i and t.dep_ in ("nsubj", "nsubjpass") and not _pointer(t)]
    if not earlier:
        return []
    subject = earlier[-1]
    start, end = subject.left_edge.idx - s.offset, subject.right_edge.idx + len(subject.right_edge) - s.offset
    if any(m.entity_type == "organization" for m in s.entities if start <= m.char_start < end):
        return []
    named = list(dict.fromkeys(m.entity_id for m in s.states(start, end)))
    return named if len(named) == 1 else []


def _talked_about_state(s: Sentence) -> list[str]:
    """The state 'it' or 'the country' stands for: the one state the previous sentence names as an actor ('South
    Africa dismantled its six warheads in 1990. It acceded to the NPT in 1991'), else, where that sentence names no
    state, the state the text is about, else the one state the section's heading names ('It acceded in 2004' under
    'Libya' in a treaty's article); none after a sentence that names an organisation (which 'it' may be) or two
    states."""
    if any(not o.startswith(provisional.PREFIX) for o in s.previous_organizations):
        return []
    named = set(s.previous_states)
    if len(named) == 1:
        return list(named)
    fallback = s.home_state or s.heading_state
    return [fallback] if not named and fallback else []


NAMING = {"include", "be"}
COPULAS = {"be", "become"}
"""The verbs whose attribute is their subject: 'Honduras became the 50th state to ratify' names Honduras as that
state as much as 'Honduras was the 50th state to ratify'."""


def _named_as(noun) -> list:
    """The states a clause names for a noun of states that a relative clause qualifies: 'The states that acceded to
    the NPT in 1992 were China and France', 'States that have acceded since 2000 include Cuba (2002) and Timor-Leste
    (2003)' (the noun the subject of 'be' or 'include', the states its complement); 'Kazakhstan was the first state to
    ratify the treaty', 'Honduras became the 50th state to ratify', 'Kazakhstan is the country that ratified the
    CTBT' (any attribute of 'be' or 'become', the state its subject), 'Guatemala and Palestine were among the first
    to ratify' (a group 'be' places its subject among); none for any other noun."""
    verb = noun.head
    if noun.dep_ == "attr" and verb.lemma_.lower() in COPULAS:  # 'was the last to accede': any attribute
        return [c for c in verb.children if c.dep_ == "nsubj"]
    if noun.dep_ == "pobj" and verb.lower_ in ("among", "of"):  # 'were among the first to ratify', 'was one of the
        group = verb.head  # first to sign': the subject of the 'be' the group is placed by
        copula = group if group.lemma_.lower() == "be" else group.head if group.dep_ == "attr" else None
        return [c for c in copula.children if c.dep_ == "nsubj"] if copula is not None and copula.lemma_ == "be" else []
    if noun.lemma_.lower() not in LISTED or verb.lemma_.lower() not in NAMING:
        return []
    return [c for c in verb.children if c.dep_ in ("attr", "dobj")] if noun.dep_ == "nsubj" else []
