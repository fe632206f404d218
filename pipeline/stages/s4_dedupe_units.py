"""Units of near-duplicate detection and their scores (`pipeline.stages.s4_dedupe`, steps 2 and 4).

Why a module of its own: what is compared (sentences, `;`-clauses, two-sentence windows, exact repeats
collapsed) and when two units are a match (the thresholds below, rapidfuzz scores, the guards) are
decided here; the blocking and the grouping only say which pairs to ask about and what to do with the
answers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

import pandas as pd
from rapidfuzz import fuzz

from pipeline.stages.s4_dedupe_text import SPELLING, content_words, match_tokens, stem

MIN_TOKENS = 6
"""A sentence (or clause) with fewer tokens than this never pairs on its own: short sentences like
"Russia joined it in mid-2004." match too much by chance. It may still be half of a window."""

MIN_CLAUSE_TOKENS = 8
"""A clause must have at least this many tokens to be a unit of its own."""

MAX_CLAUSES = 3
"""Only sentences with 2..MAX_CLAUSES `;`-clauses are split; more clauses means a list, whose items
("the Organization for Security and Co-operation in Europe (OSCE)") are not statements."""

NEAR_VERBATIM_MIN = 85.0
"""fuzz.ratio (0-100) of the matching copies at or above which two units are near-verbatim
repeats. It is length-sensitive, so it needs no containment guard. Clause pairs need this level."""

NEAR_VERBATIM_MIN_DICE = 0.7
"""...and the Dice overlap (0-1) of their content words must reach this: a short clause made mostly
of function words ("furthermore, they are developing a single system of ... satellites") can reach
the character ratio with two of its five content words changed."""

PARAPHRASE_MIN = 64.0
"""Blend (mean of fuzz.token_set_ratio and content-word Dice x 100) at or above which a
sentence-sentence or sentence-window pair is a paraphrase (with the guards below). On the two
texts the weakest real pair (the 2009 loans-for-oil deal, a window) scores 67.8; the strongest
false candidate (the OSCE and OIC chairmanship sentences) 64.9, stopped by ANCHOR_MIN_TOKENS; the
next (the ECO and SCO "leading role" sentences) 62.2."""

MIN_CONTAINMENT = 0.6
"""Paraphrase guard: the shorter unit must have at least this share of the longer one's tokens.
token_set_ratio scores 100 whenever one sentence's words are a subset of the other's."""

MIN_SHARED_WORDS = 2
"""Paraphrase guard: the two units must share at least this many content words that neither writes
with a capital letter, so that two sentences naming the same organisation ("the Conference on
Interaction and Confidence Building Measures in Asia") are not a paraphrase on that alone."""

ANCHOR_MIN_TOKENS = 5
"""Paraphrase guard: the two units must share a run of at least this many consecutive tokens
("cooperation in trade investment and joint projects"); parallel sentences about different
things ("X assumed the chairmanship of the OSCE" / "... of the OIC") share only short runs."""

WINDOW_GAIN = 2.0
"""A sentence-window match counts only if it beats the best match of either window sentence alone
by this many points: the second sentence must add to the match, not just ride along."""

WINDOW_HALF_SHARE = 0.3
"""...and only if each window sentence has at least this share of its content words in the other
unit, so that an unrelated neighbour of a matching sentence does not join the group (in the loans-
for-oil window the two sentences share 45% and 75% of their content words with the single one)."""


@dataclass(frozen=True)
class Unit:
    """A sentence, a clause of one, or a window of two consecutive sentences of one paragraph.

    Units whose `key` is equal (same kind, same sentences' matching copies) are one statement told
    again word for word: they are scored once, and their sentences collapse into one node of the
    grouping (see `group`)."""

    kind: str  # 'sentence' | 'clause' | 'window'
    passage_ids: tuple[str, ...]
    tokens: tuple[str, ...]  # the matching copy
    exact: tuple[str, ...]  # tokens with the numbers kept, for the verbatim test
    names: frozenset[str]  # content words written with a capital inside the sentence (names)
    content: frozenset[str]  # content_words(tokens): the MinHash shingles
    order: tuple  # (source_id, ordinal of the first sentence, kind rank, clause number)
    parts: tuple = ()  # a window's two sentences as units of their own (even if too short to pair)
    nodes: tuple = ()  # the grouping nodes of its sentences (see `_node`)
    sources: tuple[str, ...] = ()  # every source where a unit of this key occurs (set by `group`)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    @property
    def key(self) -> tuple:
        return (self.kind, self.nodes, self.tokens)


def _node(passage_id: str, tokens: tuple[str, ...]) -> object:
    """A sentence's node in the grouping: its matching copy, so that sentences that normalise alike are
    one node (exact repeats collapse before any comparison); a sentence too short to pair on its own
    is a node of its own (`MIN_TOKENS`), so that a common short sentence is never pulled in everywhere."""
    return tokens if len(tokens) >= MIN_TOKENS else passage_id


class Normaliser:
    """`match_tokens` and the word sets of each distinct text, computed once per text. They are a pure
    function of the text and this code, so those of an earlier build (`known`, kept by
    `pipeline.stages.s4_dedupe.build`) are taken as they are; `seen` holds every text looked up in this
    run, and nothing else (what the next build may reuse)."""

    def __init__(self, known: dict[str, tuple] | None = None) -> None:
        self.known = known or {}
        self.seen: dict[str, tuple] = {}

    def __call__(self, text: str) -> tuple:
        if text not in self.seen:
            self.seen[text] = self.known.get(text) or _normalise(text)
        return self.seen[text]


def _normalise(text: str) -> tuple:
    tokens = tuple(match_tokens(text))
    return (tokens, tuple(match_tokens(text, keep_numbers=True)), name_words(text), content_words(list(tokens)))


def _unit(
    kind: str, passage_ids: tuple[str, ...], text: str, order: tuple, normalised: Normaliser, nodes: tuple = ()
) -> Unit:
    tokens, exact, names, content = normalised(text)
    return Unit(kind, passage_ids, tokens, exact, names, content, order, nodes=nodes)


def name_words(text: str) -> frozenset[str]:
    """Stemmed words of `text` written with a capital letter, except its first word."""
    words = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFKC", text))
    return frozenset(stem(SPELLING.get(w.lower(), w.lower())) for w in words[1:] if w[0].isupper())


@dataclass(frozen=True)
class Score:
    ratio: float  # fuzz.ratio of the matching copies
    blend: float  # mean of token_set_ratio and content Dice; 0 when the containment guard fails
    containment: float  # shorter / longer token count
    anchor: int | None  # longest run of shared consecutive tokens (None: not measured)
    shared_words: int  # content words both units share that are not names in either
    dice: float  # Dice overlap of the content words, 0-1
    verbatim: bool

    @property
    def similarity(self) -> float:
        return max(self.ratio, self.blend)

    @property
    def near_verbatim(self) -> bool:
        return self.ratio >= NEAR_VERBATIM_MIN and self.dice >= NEAR_VERBATIM_MIN_DICE

    @property
    def kind(self) -> str:
        if self.verbatim:
            return "verbatim"
        return "near_verbatim" if self.near_verbatim else "paraphrase"


PARAPHRASE_PAIRS = {("sentence", "sentence"), ("sentence", "window"), ("window", "sentence")}
ALLOWED_PAIRS = PARAPHRASE_PAIRS | {("sentence", "clause"), ("clause", "sentence"), ("clause", "clause")}


def score(a: Unit, b: Unit, anchor: bool = True) -> Score:
    """How alike two units are (see the module docstring for the measures). Everything but the anchor
    is computed in C++ by rapidfuzz or by set arithmetic; the anchor (difflib, slow) only on request."""
    ta, tb = a.text, b.text
    ratio = fuzz.ratio(ta, tb)
    containment = min(len(a.tokens), len(b.tokens)) / max(len(a.tokens), len(b.tokens), 1)
    ca, cb = a.content, b.content
    dice = 2.0 * len(ca & cb) / (len(ca) + len(cb)) if ca or cb else 0.0
    blend = (fuzz.token_set_ratio(ta, tb) + 100 * dice) / 2 if containment >= MIN_CONTAINMENT else 0.0
    run = (
        SequenceMatcher(None, a.tokens, b.tokens, autojunk=False)
        .find_longest_match(0, len(a.tokens), 0, len(b.tokens))
        .size
        if anchor
        else None
    )
    shared = len((ca & cb) - a.names - b.names)
    whole = a.kind != "clause" and b.kind != "clause"
    return Score(ratio, blend, containment, run, shared, dice, whole and a.exact == b.exact)


def comparable(a: Unit, b: Unit) -> bool:
    """Whether two units may be compared at all: an allowed pair of kinds sharing no sentence."""
    return (a.kind, b.kind) in ALLOWED_PAIRS and not set(a.nodes) & set(b.nodes)


def matches(a: Unit, b: Unit, s: Score) -> bool:
    """Whether a scored pair of units is a near-duplicate (before the window rules)."""
    pair = (a.kind, b.kind)
    if not comparable(a, b):
        return False
    if s.near_verbatim:
        return True
    return (
        pair in PARAPHRASE_PAIRS
        and s.blend >= PARAPHRASE_MIN
        and s.shared_words >= MIN_SHARED_WORDS
        and (s.anchor if s.anchor is not None else _longest_run_at_least(a, b)) >= ANCHOR_MIN_TOKENS
    )


def _longest_run_at_least(a: Unit, b: Unit) -> int:
    """ANCHOR_MIN_TOKENS if the units share a run of that many consecutive tokens, else 0: the anchor
    guard's question answered by intersecting two sets of token n-grams instead of difflib."""
    n = ANCHOR_MIN_TOKENS
    grams = {a.tokens[k : k + n] for k in range(len(a.tokens) - n + 1)}
    return n if any(b.tokens[k : k + n] in grams for k in range(len(b.tokens) - n + 1)) else 0


def is_match(a: Unit, b: Unit) -> bool:
    """`verify`'s verdict on one pair, the costly anchor measured only when the cheap scores leave the
    verdict open (not near-verbatim, but every other paraphrase guard passed)."""
    s = score(a, b, anchor=False)
    ok = matches(a, b, s)
    if ok and "window" in (a.kind, b.kind):
        window, single = (a, b) if a.kind == "window" else (b, a)
        ok = _window_adds(window, single, s)
    return ok


def units(passages: pd.DataFrame, normalised: Normaliser | None = None) -> list[Unit]:
    """The comparison units of every non-heading sentence, in (source, position) order."""
    normalised = normalised or Normaliser()
    sents = passages[passages["kind"] == "sentence"].sort_values(["source_id", "ordinal"])
    out: list[Unit] = []
    previous = previous_parent = None
    for row in sents.itertuples(index=False):
        if row.is_heading:
            previous = None
            continue
        order = (row.source_id, row.ordinal, 0, 0)
        tokens = normalised(row.text)[0]
        node = _node(row.passage_id, tokens)
        sentence = _unit("sentence", (row.passage_id,), row.text, order, normalised, (node,))
        if len(sentence.tokens) >= MIN_TOKENS:
            out.append(sentence)
            clauses = [c for c in row.text.split(";") if c.strip()]
            if 2 <= len(clauses) <= MAX_CLAUSES:
                for n, clause in enumerate(clauses, start=1):
                    unit = _unit(
                        "clause", (row.passage_id,), clause, (row.source_id, row.ordinal, 1, n), normalised, (node,)
                    )
                    if len(unit.tokens) >= MIN_CLAUSE_TOKENS:
                        out.append(unit)
        if (
            previous is not None
            and previous.order[0] == row.source_id
            and previous_parent == row.parent_passage_id
            and previous.order[1] + 1 == row.ordinal
            and len(previous.tokens) + len(sentence.tokens) >= MIN_TOKENS
        ):
            out.append(
                Unit(
                    "window",
                    previous.passage_ids + sentence.passage_ids,
                    previous.tokens + sentence.tokens,
                    previous.exact + sentence.exact,
                    previous.names | sentence.names,
                    previous.content | sentence.content,
                    previous.order[:2] + (2, 0),
                    (previous, sentence),
                    previous.nodes + sentence.nodes,
                )
            )
        previous, previous_parent = sentence, row.parent_passage_id
    out.sort(key=lambda u: u.order)
    return out


def distinct(all_units: list[Unit]) -> tuple[list[Unit], list[list[Unit]]]:
    """The units with one representative per key (its first occurrence), and each one's occurrences."""
    index: dict[tuple, int] = {}
    reps: list[Unit] = []
    occurrences: list[list[Unit]] = []
    for u in all_units:
        k = index.setdefault(u.key, len(reps))
        if k == len(reps):
            reps.append(u)
            occurrences.append([])
        occurrences[k].append(u)
    return reps, occurrences


def verify(all_units: list[Unit], pairs: list[tuple[int, int]]) -> list[tuple[int, int, Score, bool]]:
    """Score each candidate pair in full and say whether it is a near-duplicate, window rules included."""
    out = []
    for i, j in pairs:
        a, b = all_units[i], all_units[j]
        s = score(a, b)
        ok = matches(a, b, s)
        if ok and "window" in (a.kind, b.kind):
            window, single = (a, b) if a.kind == "window" else (b, a)
            ok = _window_adds(window, single, s)
        out.append((i, j, s, ok))
    return out


def _window_adds(window: Unit, single: Unit, s: Score) -> bool:
    """A window match stands only if both its sentences take part in it: each shares at least
    WINDOW_HALF_SHARE of its content words with the other unit, and the window beats each sentence
    alone by WINDOW_GAIN."""
    other = single.content
    for part in window.parts:
        words = part.content
        if not words or len(words & other) < WINDOW_HALF_SHARE * len(words):
            return False
    return s.similarity >= max(score(part, single, anchor=False).similarity for part in window.parts) + WINDOW_GAIN
