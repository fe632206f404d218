"""Near-duplicate sentences within and across sources: `duplicate_groups`.

Output grain: one row per member sentence of a group of sentences that state the same thing; key
(group_id, passage_id). Only `kind == 'sentence'` passages take part; headings never do.

Why: the essays repeat themselves (Akiner tells the 2009 loans-for-oil deal, the Chinese farmers'
land request and the Cherny Irtysh canal twice, and copies one sentence word for word), and the
two sources restate each other. `reconcile` uses the groups to merge facts told twice instead of
counting them as corroboration, and `reading_text` gives a deduplicated reading copy.

Method, in five steps, all deterministic (no dict/set iteration order reaches the output), built to
stay fast and precise on a corpus a hundred times the texts' size:

1. Matching copy. Each sentence is normalised (Unicode quotes and dashes to ASCII, lower case,
   British to American spelling and name variants via `SPELLING`, every number, year and amount
   to the placeholder ``#`` so that "2008" pairs with "2010" and "$10,000 million" with
   "US $10,000m.") and cut into word tokens, once per distinct text.
2. Units. Every eligible sentence is a unit; so is every clause of a sentence with two or three
   `;`-separated clauses (a repeat of one half of "X; furthermore, Y" pairs with Y, not with the
   whole sentence), and every two-sentence window of consecutive sentences in one paragraph (a
   statement split over two sentences in one place pairs with one sentence elsewhere). Sentences
   with the same matching copy are one node of the grouping and units with the same key are
   compared once: exact repeats collapse before any comparison.
3. Blocking, vectorised. MinHash signatures of each unit's content words (stop words dropped, light
   stemming) are computed in numpy, and LSH banding is a numpy/pandas join of band keys, so only units
   sharing enough content words are compared: strict banding over the whole corpus (`LSH_BANDS` x
   `LSH_ROWS`: repeats in nearly the same words, within or across sources) and loose banding within
   each source (`SOURCE_LSH_BANDS` x `SOURCE_LSH_ROWS`: an author restating a point in other words).
   Sentences and clauses are indexed; sentences, clauses and windows query; window-window and
   window-clause pairs are never formed; candidates whose signatures agree on less than `MIN_JACCARD`
   are dropped. (Loose blocking across the whole corpus would grow quadratically with its size.)
   `make bench` measures it beside rapidfuzz's `cdist` over all pairs with a score cut-off (which
   still scores every pair, in C++): see bench/pipeline_bench.py.
4. Verification with rapidfuzz. A pair is a near-verbatim match when `fuzz.ratio` of the matching
   copies is at least `NEAR_VERBATIM_MIN` and their content words overlap by
   `NEAR_VERBATIM_MIN_DICE`; a sentence-sentence or sentence-window pair is a paraphrase match when
   the blend of `fuzz.token_set_ratio` and the Dice overlap of content words is at least
   `PARAPHRASE_MIN`, the shorter unit has at least `MIN_CONTAINMENT` of the longer's tokens
   (token_set_ratio alone says 100 for a sentence whose words are a subset of another's), they
   share a run of `ANCHOR_MIN_TOKENS` words and at least `MIN_SHARED_WORDS` content words that are
   not names. A window match counts only when both of its sentences share content with the single
   unit (`WINDOW_HALF_SHARE`) and the window beats each of them alone by `WINDOW_GAIN`. The shared
   run (the one costly measure) is checked only when every cheap one leaves the verdict open.
5. Complete linkage. Candidate pairs are taken closest first; a pair whose sentences are already in
   one group is not scored at all; a match merges two groups only when every pair across them
   matches too (pairs that were no candidates are verified then), so one wrong link cannot chain
   two groups into one.

Roles: the canonical member is the first occurrence: the member with the smallest
(source_id, ordinal), i.e. the earliest sentence of the source listed first by source_id (so in a
cross-source group the canonical sentence comes from the alphabetically first source). When that
occurrence is a two-sentence window, both of its sentences are canonical. Every other member is a
repeat. `group_id` is ``dup-`` + the canonical passage_id, so it does not depend on row order.

A repeat that is a two-sentence window appears as one repeat row per sentence, each with the
window's similarity; the schema needs no extra column and `reconcile` can look up any sentence.
`similarity` (0-100, two decimals) is the best score between a unit of group members containing the
row's sentence and a unit of the canonical statement (100 for canonical rows). `kind` is
``verbatim`` when two whole sentences (or windows) have identical matching copies with the numbers
themselves kept (so "2008" vs "2010" is not verbatim, nor is a repeated clause), ``near_verbatim``
when it passes the near-verbatim test of step 4, else ``paraphrase``; a canonical row carries the
loosest kind among its group's repeats.
"""

from __future__ import annotations

import gc
import hashlib
import re
import unicodedata
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from pipeline.text import lexicon
from schemas import columns

COLUMNS = columns("duplicate_groups")

# --- Thresholds and parameters -------------------------------------------------------------------

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

NUM_PERM = 128
"""MinHash permutations per unit; each banding below uses at most this many."""

LSH_BANDS = 32
LSH_ROWS = 4
"""Banding of the corpus-wide LSH pass: a pair with content-word Jaccard J becomes a candidate with
probability 1 - (1 - J**4)**32: 0.88 at J = 0.5, 0.99 at J = 0.6 (a near-verbatim repeat with one or
two words changed in a ten-word sentence), 0.05 at J = 0.2."""

SOURCE_LSH_BANDS = 42
SOURCE_LSH_ROWS = 3
"""Banding of the per-source LSH pass: 1 - (1 - J**3)**42 is 0.94 at J = 0.4 (the real paraphrase
pairs of the Akiner essay are at J = 0.42-0.56), 0.99 at J = 0.5, 0.29 at J = 0.2."""

MINHASH_SEED = 1
"""Seed of the MinHash hash functions; words are hashed with blake2b, so PYTHONHASHSEED plays no part."""

MIN_JACCARD = 0.25
"""A candidate from the LSH passes is verified only if the MinHash signatures of the two units agree on at
least this share of their hashes (an estimate of the Jaccard overlap of their content words): the cheap,
vectorised check that drops the chance collisions of the loose banding. On the two texts every matched
pair is at 0.41 or more (the estimate's standard error is about 0.045), the median unmatched one at 0.12."""

# --- Normalisation --------------------------------------------------------------------------------

PUNCTUATION = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "`": "'",
        "\u00b4": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
    }
)
SPELLING = {
    # British -> American (word forms that occur in this genre; -isation is handled by a rule)
    "organise": "organize",
    "organised": "organized",
    "organising": "organizing",
    "recognise": "recognize",
    "recognised": "recognized",
    "emphasise": "emphasize",
    "emphasised": "emphasize",
    "emphasized": "emphasize",
    "institutionalised": "institutionalized",
    "realised": "realized",
    "characterised": "characterized",
    "prioritise": "prioritize",
    "favour": "favor",
    "favourable": "favorable",
    "favoured": "favored",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "neighbourly": "neighborly",
    "neighbouring": "neighboring",
    "centre": "center",
    "centres": "centers",
    "defence": "defense",
    "defences": "defenses",
    "programme": "program",
    "programmes": "programs",
    "labour": "labor",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "travelled": "traveled",
    "honour": "honor",
    "behaviour": "behavior",
    "endeavour": "endeavor",
    "catalogue": "catalog",
    "enrolment": "enrollment",
    "fulfil": "fulfill",
    "judgement": "judgment",
    "analyse": "analyze",
    # transliteration variants of names
    "nazarbaev": "nazarbayev",
    "tokaev": "tokayev",
    "otunbaeva": "otunbayeva",
    "uigur": "uyghur",
    "uighur": "uyghur",
    "kazakstan": "kazakhstan",
    "kirgizstan": "kyrgyzstan",
    # abbreviations and units
    "ha": "hectares",
    "hectare": "hectares",
    "sq": "square",
    "govt": "government",
    "bn": "billion",
    "mln": "million",
}
"""Word-level variants mapped to one form in the matching copy (applied after lower-casing)."""

NUMBER_WORDS = "|".join(lexicon.numbers(low=2))
_AMOUNT = re.compile(
    r"(?:\bus\s*)?[$\u20ac\u00a3]?\s*(?<![\w.])\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th|s|m\.?|bn\.?)?(?![a-z\d])"
    r"(?:\s*(?:million|billion|thousand|trillion)\b)?"
)
_NUMBER_PHRASE = re.compile(
    r"\b(?:one|a|" + NUMBER_WORDS + r")(?:[\s-]+(?:" + NUMBER_WORDS + r"))*\s+"
    r"(?:hundred|thousand|million|billion)\b|\b(?:" + NUMBER_WORDS + r")\b"
)
_ISATION = re.compile(r"(?<=[a-z]{3})isation")
_ISE_WORDS = re.compile(
    r"\b(?:organ|recogn|real|utili|modern|stabil|normal|privat|liberal|institutional|"
    r"characteri|prioriti|minimi|maximi|mobili|central|decentral|legali|civili|"
    r"internationali|capitali|subsidi|harmoni|standardi|util|speciali|symboli)is"
)
_CO_PREFIX = re.compile(r"\bco-(?=[a-z])")
_TOKEN = re.compile(r"[a-z#]+")
_POSSESSIVE = re.compile(r"'s\b|(?<=s)'(?=\s|$)")
_HASHES = re.compile(r"#(?:[\s/-]+#)+")

STOPWORDS = frozenset(
    """
a an the of in on at to for from by with and or but nor as is are was were be been being am has have had
do does did it its this that these those there their theirs they them he him his she her hers we our us
you your i me my which who whom whose what when where while why how also such than then so not no very
more most other others some any all both each few into over under after before during between through
about against within without since until upon among amongst across along around via per though although
however thus therefore furthermore moreover meanwhile yet still already again only even just well too
would could should might may must can will shall one ones own same further
""".split()
)
"""Words ignored by the content-word overlap and the MinHash shingles."""


def match_tokens(text: str, keep_numbers: bool = False) -> list[str]:
    """Tokens of the matching copy of `text` (numbers become '#' unless `keep_numbers`)."""
    t = unicodedata.normalize("NFKC", text).translate(PUNCTUATION).lower()
    t = _CO_PREFIX.sub("co", t)
    t = _ISE_WORDS.sub(lambda m: m.group(0)[:-2] + "iz", t)
    t = _ISATION.sub("ization", t)
    t = _POSSESSIVE.sub(" ", t)
    if keep_numbers:
        t = re.sub(r"(?<=\d),(?=\d)", "", t)
        tokens = re.findall(r"[a-z]+|\d+(?:\.\d+)?", t)
    else:
        t = _AMOUNT.sub(" # ", t)
        t = _NUMBER_PHRASE.sub(" # ", t)
        t = _HASHES.sub("#", t)
        tokens = _TOKEN.findall(t)
    return [SPELLING.get(tok, tok) for tok in tokens]


def normalize(text: str) -> str:
    """The matching copy of `text`: its tokens joined by single spaces."""
    return " ".join(match_tokens(text))


def _stem(word: str) -> str:
    if len(word) > 4:
        if word.endswith("ies"):
            return word[:-3] + "y"
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                return word[: -len(suffix)]
    return word


def content_words(tokens: list[str]) -> frozenset[str]:
    """Stemmed tokens that are neither stop words nor number placeholders."""
    return frozenset(_stem(t) for t in tokens if t not in STOPWORDS and t != "#")


# --- Units and scores -------------------------------------------------------------------------------


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


class _Normaliser:
    """`match_tokens` and the word sets of each distinct text, computed once per text."""

    def __init__(self) -> None:
        self.seen: dict[str, tuple] = {}

    def __call__(self, text: str) -> tuple:
        if text not in self.seen:
            tokens = tuple(match_tokens(text))
            self.seen[text] = (
                tokens,
                tuple(match_tokens(text, keep_numbers=True)),
                name_words(text),
                content_words(list(tokens)),
            )
        return self.seen[text]


def _unit(
    kind: str, passage_ids: tuple[str, ...], text: str, order: tuple, normalised: _Normaliser, nodes: tuple = ()
) -> Unit:
    tokens, exact, names, content = normalised(text)
    return Unit(kind, passage_ids, tokens, exact, names, content, order, nodes=nodes)


def name_words(text: str) -> frozenset[str]:
    """Stemmed words of `text` written with a capital letter, except its first word."""
    words = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFKC", text))
    return frozenset(_stem(SPELLING.get(w.lower(), w.lower())) for w in words[1:] if w[0].isupper())


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


def units(passages: pd.DataFrame, normalised: _Normaliser | None = None) -> list[Unit]:
    """The comparison units of every non-heading sentence, in (source, position) order."""
    normalised = normalised or _Normaliser()
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


# --- Blocking -----------------------------------------------------------------------------------------

KIND_CODE = {"sentence": 0, "clause": 1, "window": 2}


def signatures(sets: list[frozenset[str]]) -> np.ndarray:
    """MinHash signatures (one row of `NUM_PERM` uint32 per set; all ones for an empty set), computed in
    numpy: each distinct word gets its `NUM_PERM` hashes once (blake2b, then seeded multiply-shift
    hashes, so no PYTHONHASHSEED), and a set's signature is their minimum over its words, a few hundred
    sets at a time."""
    vocabulary = sorted(set().union(*sets)) if sets else []
    position = {w: k for k, w in enumerate(vocabulary)}
    word_hash = np.array(
        [int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest(), "little") for w in vocabulary],
        dtype=np.uint64,
    )
    rng = np.random.default_rng(MINHASH_SEED)
    mul = rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    add = rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)
    hashes = ((word_hash[:, None] * mul[None, :] + add[None, :]) >> np.uint64(32)).astype(np.uint32)
    out = np.full((len(sets), NUM_PERM), np.iinfo(np.uint32).max, dtype=np.uint32)
    filled = [k for k, s in enumerate(sets) if s]
    for start in range(0, len(filled), 512):
        rows = filled[start : start + 512]
        words = np.fromiter((position[w] for k in rows for w in sets[k]), dtype=np.int64)
        starts = np.cumsum([0] + [len(sets[k]) for k in rows[:-1]])
        out[rows] = np.minimum.reduceat(hashes[words], starts, axis=0)
    return out


def _unit_signatures(all_units: list[Unit]) -> np.ndarray:
    """Signatures of the units, one per distinct word set; a window's is the minimum of its sentences'
    (the MinHash of a union)."""
    row: dict[frozenset, int] = {}
    for u in all_units:
        for words in [p.content for p in u.parts] if u.parts else [u.content]:
            row.setdefault(words, len(row))
    sig = signatures(list(row))
    out = np.empty((len(all_units), NUM_PERM), dtype=sig.dtype)
    for k, u in enumerate(all_units):
        out[k] = (
            np.minimum(sig[row[u.parts[0].content]], sig[row[u.parts[1].content]]) if u.parts else sig[row[u.content]]
        )
    return out


def candidate_pairs(all_units: list[Unit]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of units that share enough content words to be worth verifying.

    Two LSH passes over the same MinHash signatures, as numpy sorts and joins with no Python loop per
    unit or pair: one over the whole corpus with the strict banding (`LSH_BANDS` x `LSH_ROWS`, for
    repeats in nearly the same words, wherever they are) and one per source with the loose banding
    (`SOURCE_LSH_BANDS` x `SOURCE_LSH_ROWS`, for an author restating something in other words).
    Loose blocking over the whole corpus would make the number of chance candidates grow with the
    square of its size. Sentences and clauses are indexed, every unit queries; pairs of kinds never
    compared, or sharing a sentence, are dropped, and so are pairs whose signatures agree on fewer
    than `MIN_JACCARD` of their hashes (the estimated Jaccard overlap of their content words)."""
    n = len(all_units)
    if n < 2:
        return []
    sig = _unit_signatures(all_units)
    usable = np.array([bool(u.content) for u in all_units])
    kinds = np.array([KIND_CODE[u.kind] for u in all_units], dtype=np.int8)
    node_id: dict = {}
    nodes = np.array([[node_id.setdefault(x, len(node_id)) for x in (u.nodes + (None,))[:2]] for u in all_units])
    nodes[[len(u.nodes) < 2 for u in all_units], 1] = -1
    everywhere = np.nonzero(usable)[0]
    pairs = [_lsh_pairs(sig, kinds, everywhere, np.zeros(len(everywhere), dtype=np.int64), LSH_BANDS, LSH_ROWS)]
    source_code = {s: k for k, s in enumerate(sorted({s for u in all_units for s in _sources(u)}))}
    rows = [(k, source_code[s]) for k in everywhere for s in _sources(all_units[k])]
    if rows:
        at, source = np.array(rows, dtype=np.int64).T
        pairs.append(_lsh_pairs(sig, kinds, at, source, SOURCE_LSH_BANDS, SOURCE_LSH_ROWS))
    both = np.unique(np.concatenate(pairs))
    a, b = both // n, both % n
    allowed = ~((kinds[a] == 2) & (kinds[b] >= 1) | (kinds[b] == 2) & (kinds[a] >= 1))
    shared = (
        (nodes[a, 0] == nodes[b, 0])
        | (nodes[a, 0] == nodes[b, 1])
        | (nodes[a, 1] == nodes[b, 0])
        | ((nodes[a, 1] == nodes[b, 1]) & (nodes[a, 1] >= 0))
    )
    keep = allowed & ~shared
    a, b = a[keep], b[keep]
    agree = np.concatenate(
        [(sig[a[k : k + 65536]] == sig[b[k : k + 65536]]).mean(axis=1) for k in range(0, len(a), 65536)]
        or [np.zeros(0)]
    )
    keep = agree >= MIN_JACCARD
    return list(zip(a[keep].tolist(), b[keep].tolist()))


def _sources(u: Unit) -> tuple[str, ...]:
    return u.order[:1] if not u.sources else u.sources


def _lsh_pairs(
    sig: np.ndarray, kinds: np.ndarray, at: np.ndarray, group: np.ndarray, bands: int, rows: int
) -> np.ndarray:
    """Pairs (as i * n + j, i < j) of units `at` that agree on every hash of a band within one `group`
    (0 everywhere for the corpus-wide pass, the source for the per-source one); at least one of the
    two is indexed (not a window)."""
    n = len(sig)
    rng = np.random.default_rng([MINHASH_SEED, bands, rows])
    mix = rng.integers(0, 2**63, rows, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    band_salt = rng.integers(0, 2**63, bands, dtype=np.uint64)
    keys = (sig[at, : bands * rows].reshape(len(at), bands, rows).astype(np.uint64) * mix).sum(axis=2, dtype=np.uint64)
    keys = (keys + band_salt[None, :] + group.astype(np.uint64)[:, None] * np.uint64(0x9E3779B97F4A7C15)).ravel()
    units = np.repeat(at, bands)
    order = np.argsort(keys, kind="stable")
    keys, units = keys[order], units[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    sizes = np.diff(np.r_[starts, len(keys)])
    shared = sizes >= 2  # buckets holding two units or more
    starts, sizes = starts[shared], sizes[shared]
    members = np.repeat(starts, sizes) + (np.arange(sizes.sum()) - np.repeat(np.cumsum(sizes) - sizes, sizes))
    per_member = np.repeat(sizes, sizes)
    left = np.repeat(members, per_member)
    first = np.repeat(np.repeat(starts, sizes), per_member)
    right = first + (np.arange(len(left)) - np.repeat(np.cumsum(per_member) - per_member, per_member))
    a, b = units[left], units[right]
    keep = (a < b) & ((kinds[a] != 2) | (kinds[b] != 2))
    return np.unique(a[keep] * n + b[keep])


# --- Pairs, groups ---------------------------------------------------------------------------------


def scored_pairs(passages: pd.DataFrame) -> pd.DataFrame:
    """Every verified candidate pair of units, matched or not, with its scores (for tests and tuning).

    Columns: a, b (passage ids joined by '+'), a_kind, b_kind, ratio, blend, dice, containment,
    anchor, shared_words, similarity, kind, matched (after the window rules)."""
    reps, _ = distinct(units(passages))
    rows = []
    for i, j, s, ok in verify(reps, candidate_pairs(reps)):
        a, b = reps[i], reps[j]
        rows.append(
            {
                "a": "+".join(a.passage_ids),
                "b": "+".join(b.passage_ids),
                "a_kind": a.kind,
                "b_kind": b.kind,
                "ratio": s.ratio,
                "blend": s.blend,
                "dice": s.dice,
                "containment": s.containment,
                "anchor": s.anchor,
                "shared_words": s.shared_words,
                "similarity": s.similarity,
                "kind": s.kind,
                "matched": ok,
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            "a",
            "b",
            "a_kind",
            "b_kind",
            "ratio",
            "blend",
            "dice",
            "containment",
            "anchor",
            "shared_words",
            "similarity",
            "kind",
            "matched",
        ],
    )


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


def build(passages: pd.DataFrame) -> pd.DataFrame:
    """`duplicate_groups` from `passages` (see the module docstring for grain, roles and method)."""
    with _collector_paused():
        return group(passages, candidate_pairs)


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector paused while dedupe builds its many small objects (none of them
    in reference cycles): each of its full passes walks every live object, up to about 15 % of the stage's
    time on a hundred times the texts."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def group(passages: pd.DataFrame, candidates: Callable[[list[Unit]], list[tuple[int, int]]]) -> pd.DataFrame:
    """`build` with another blocking step: `candidates(units)` gives the index pairs to verify among the
    distinct units (the benchmark passes an all-pairs one to compare with brute force)."""
    all_units = units(passages)
    reps, occurrences = distinct(all_units)
    reps = [replace(u, sources=tuple(sorted({o.order[0] for o in occ}))) for u, occ in zip(reps, occurrences)]
    linkage = _Linkage(reps)
    for i, j in _by_cheap_score(reps, candidates(reps)):
        linkage.offer(reps[i], reps[j])
    position = _positions(passages)
    passages_of: dict[object, list[str]] = {}
    for u in all_units:
        if u.kind == "sentence":
            passages_of.setdefault(u.nodes[0], []).append(u.passage_ids[0])
    matched_windows = {w.key for w in linkage.windows}
    for w in all_units:  # a short sentence is its own node, known only through a matched window
        if w.kind == "window" and w.key in matched_windows:
            for node, p in zip(w.nodes, w.passage_ids):
                passages_of.setdefault(node, [])
                if p not in passages_of[node]:
                    passages_of[node].append(p)
    groups = []
    for nodes in linkage.clusters(passages_of):
        members = sorted({p for node in nodes for p in passages_of[node]}, key=position.__getitem__)
        if len(members) > 1:
            groups.append(members)
    groups.sort(key=lambda m: position[m[0]])
    units_of: dict[str, list[Unit]] = {}
    windows_of: dict[str, list[Unit]] = {}
    for u in all_units:
        for p in u.passage_ids:
            units_of.setdefault(p, []).append(u)
            if u.key in matched_windows:
                windows_of.setdefault(p, []).append(u)
    scores: dict[tuple, Score] = {}
    rows = []
    for members in groups:
        rows.extend(_group_rows(members, windows_of, units_of, position, scores))
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.astype(
        {
            "group_id": "str",
            "passage_id": "str",
            "role": "str",
            "similarity": "float64",
            "kind": "str",
            "is_cross_source": "bool",
        }
    ).reset_index(drop=True)


def _by_cheap_score(reps: list[Unit], pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The candidate pairs, most alike first by fuzz.ratio (C++, cheap), ties in unit order: the order
    in which the linkage considers them, so that the closest repeats form groups first."""
    ratios = [fuzz.ratio(reps[i].text, reps[j].text) for i, j in pairs]
    return [p for _, p in sorted(zip(ratios, pairs), key=lambda t: (-t[0], t[1]))]


class _Linkage:
    """Complete linkage over sentence nodes: two groups merge only if every pair of their nodes is a
    verified near-duplicate, so one wrong link cannot chain two groups together.

    `offer(a, b)` is called with candidate pairs, closest first. A pair whose sentences are already in
    one group is not scored at all; otherwise it is verified (`is_match`), and if it matches, the
    groups of its sentences merge when every other pair across them matches too (pairs that were no
    candidates are verified on demand, once). The two sentences of a matched window are linked to
    each other by that match."""

    def __init__(self, reps: list[Unit]) -> None:
        self.group_of: dict[object, int] = {}
        self.members: dict[int, list] = {}
        self.next_id = 0
        self.links: dict[frozenset, bool] = {}
        self.units_of: dict[object, list[Unit]] = {}
        for u in reps:
            if u.kind != "window":
                self.units_of.setdefault(u.nodes[0], []).append(u)
        self.windows: list[Unit] = []

    def _group(self, node: object) -> int:
        if node not in self.group_of:
            self.group_of[node] = self.next_id
            self.members[self.next_id] = [node]
            self.next_id += 1
        return self.group_of[node]

    def offer(self, a: Unit, b: Unit) -> None:
        nodes = list(dict.fromkeys(a.nodes + b.nodes))
        if len({self.group_of.get(x, x) for x in nodes}) == 1 and all(x in self.group_of for x in nodes):
            return
        if not is_match(a, b):
            return
        for x in a.nodes:
            for y in b.nodes:
                self.links[frozenset((x, y))] = True
        for w in (a, b):
            if w.kind == "window":
                self.links[frozenset(w.nodes)] = True
                self.windows.append(w)
                for x in w.nodes:
                    self.units_of.setdefault(x, []).append(w)
        involved = sorted({self._group(x) for x in nodes})
        for g in involved[1:]:
            if not all(self._linked(x, y) for x in self.members[involved[0]] for y in self.members[g]):
                continue
            for y in self.members.pop(g):
                self.group_of[y] = involved[0]
                self.members[involved[0]].append(y)

    def _linked(self, x: object, y: object) -> bool:
        pair = frozenset((x, y))
        if pair not in self.links:
            self.links[pair] = any(
                comparable(u, v) and is_match(u, v) for u in self.units_of.get(x, []) for v in self.units_of.get(y, [])
            )
        return self.links[pair]

    def clusters(self, passages_of: dict[object, list[str]]) -> list[list[object]]:
        """The groups of nodes, plus every node standing for more than one sentence (an exact repeat)."""
        out = list(self.members.values())
        out += [[node] for node, ps in passages_of.items() if node not in self.group_of and len(ps) > 1]
        return out


def _positions(passages: pd.DataFrame) -> dict[str, tuple[str, int]]:
    sents = passages[passages["kind"] == "sentence"]
    return {p: (s, int(o)) for p, s, o in zip(sents["passage_id"], sents["source_id"], sents["ordinal"])}


KIND_RANK = {"verbatim": 0, "near_verbatim": 1, "paraphrase": 2}


def _group_rows(members: list[str], windows_of: dict, units_of: dict, position: dict, scores: dict) -> list[dict]:
    member_set = set(members)
    canonical = members[0]
    canon_set = {canonical}
    for w in windows_of.get(canonical, []):
        if set(w.passage_ids) <= member_set:
            canon_set.update(w.passage_ids)
    canon_units = [u for u in units_of[canonical] if set(u.passage_ids) <= canon_set]
    rows, kinds = [], []
    for p in members:
        if p in canon_set:
            rows.append({"passage_id": p, "role": "canonical", "similarity": 100.0, "kind": None})
            continue
        best = None
        for u in units_of[p]:
            if not set(u.passage_ids) <= member_set or set(u.passage_ids) & canon_set:
                continue
            for c in canon_units:
                if (u.kind, c.kind) in ALLOWED_PAIRS:
                    memo = (u.kind, u.tokens, u.exact, c.kind, c.tokens, c.exact)
                    s = scores[memo] if memo in scores else scores.setdefault(memo, score(u, c, anchor=False))
                    if best is None or s.similarity > best.similarity:
                        best = s
        kind = best.kind if best else "paraphrase"
        kinds.append(kind)
        rows.append(
            {"passage_id": p, "role": "repeat", "similarity": round(best.similarity, 2) if best else 0.0, "kind": kind}
        )
    loosest = max(kinds, key=KIND_RANK.__getitem__) if kinds else "verbatim"
    cross = len({position[p][0] for p in members}) > 1
    for r in rows:
        r.update(group_id="dup-" + canonical, is_cross_source=cross, kind=r["kind"] or loosest)
    return [{c: r[c] for c in COLUMNS} for r in rows]


# --- Uses of the groups ---------------------------------------------------------------------------


def canonical_map(groups: pd.DataFrame) -> dict[str, str]:
    """passage_id -> the passage_id of its group's canonical sentence, for every member."""
    return {p: g[len("dup-") :] for g, p in zip(groups["group_id"], groups["passage_id"])}


def reading_text(raw_text: str, passages: pd.DataFrame, groups: pd.DataFrame, source_id: str) -> str:
    """The source's sentences in order without its repeats; paragraphs separated by blank lines."""
    repeats = set(groups.loc[groups["role"] == "repeat", "passage_id"])
    sents = passages[(passages["kind"] == "sentence") & (passages["source_id"] == source_id)]
    paragraphs: dict[str, list[str]] = {}
    for row in sents.sort_values("ordinal").itertuples(index=False):
        if row.passage_id in repeats:
            continue
        paragraphs.setdefault(row.parent_passage_id, []).append(raw_text[row.char_start : row.char_end])
    return "\n\n".join(" ".join(p) for p in paragraphs.values()) + ("\n" if paragraphs else "")
