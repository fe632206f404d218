"""Near-duplicate sentences within and across sources: `duplicate_groups`.

Output grain: one row per member sentence of a group of sentences that state the same thing; key
(group_id, passage_id). Only `kind == 'sentence'` passages take part; headings never do.

Why: the essays repeat themselves (Akiner tells the 2009 loans-for-oil deal, the Chinese farmers'
land request and the Cherny Irtysh canal twice, and copies one sentence word for word), and the
two sources restate each other. `reconcile` uses the groups to merge facts told twice instead of
counting them as corroboration, and `reading_text` gives a deduplicated reading copy.

Method, in four steps, all deterministic (no dict/set iteration order reaches the output):

1. Matching copy. Each sentence is normalised (Unicode quotes and dashes to ASCII, lower case,
   British to American spelling and name variants via `SPELLING`, every number, year and amount
   to the placeholder ``#`` so that "2008" pairs with "2010" and "$10,000 million" with
   "US $10,000m.") and cut into word tokens.
2. Units. Every eligible sentence is a unit; so is every clause of a sentence with two or three
   `;`-separated clauses (a repeat of one half of "X; furthermore, Y" pairs with Y, not with the
   whole sentence), and every two-sentence window of consecutive sentences in one paragraph (a
   statement split over two sentences in one place pairs with one sentence elsewhere).
3. Blocking. A MinHash of each unit's content words (stop words dropped, light stemming) goes into
   MinHashLSH indexes, so only units sharing enough content words are compared: one index over the
   whole corpus with strict banding (`LSH_BANDS` x `LSH_ROWS`: repeats in nearly the same words,
   within or across sources) and one per source with loose banding (`SOURCE_LSH_BANDS` x
   `SOURCE_LSH_ROWS`: an author restating a point in other words). Sentences and clauses are
   indexed; sentences, clauses and windows query; window-window and window-clause pairs are never
   formed. (Loose blocking across the whole corpus would grow quadratically with its size.)
4. Verification with rapidfuzz, then union-find. A pair is a near-verbatim match when
   `fuzz.ratio` of the matching copies is at least `NEAR_VERBATIM_MIN` and their content words
   overlap by `NEAR_VERBATIM_MIN_DICE`; a sentence-sentence or sentence-window pair is a paraphrase
   match when the blend of `fuzz.token_set_ratio` and the Dice overlap of content words is at least
   `PARAPHRASE_MIN`, the shorter unit has at least `MIN_CONTAINMENT` of the longer's tokens
   (token_set_ratio alone says 100 for a sentence whose words are a subset of another's), they
   share a run of `ANCHOR_MIN_TOKENS` words and at least `MIN_SHARED_WORDS` content words that are
   not names. A window match counts only when both of its sentences share content with the single
   unit (`WINDOW_HALF_SHARE`) and the window beats each of them alone by `WINDOW_GAIN`. Matched
   pairs are merged into groups with union-find.

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

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Callable

import pandas as pd
from rapidfuzz import fuzz

from pipeline import lexicon
from schemas import columns

if TYPE_CHECKING:
    from datasketch import MinHash

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
"""Seed of the MinHash permutations; MinHash hashes tokens with sha1, so PYTHONHASHSEED plays no part."""

# --- Normalisation --------------------------------------------------------------------------------

PUNCTUATION = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "`": "'", "\u00b4": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})
SPELLING = {
    # British -> American (word forms that occur in this genre; -isation is handled by a rule)
    "organise": "organize", "organised": "organized", "organising": "organizing",
    "recognise": "recognize", "recognised": "recognized", "emphasise": "emphasize",
    "emphasised": "emphasize", "emphasized": "emphasize", "institutionalised": "institutionalized",
    "realised": "realized", "characterised": "characterized", "prioritise": "prioritize",
    "favour": "favor", "favourable": "favorable", "favoured": "favored",
    "neighbour": "neighbor", "neighbours": "neighbors", "neighbourly": "neighborly",
    "neighbouring": "neighboring", "centre": "center", "centres": "centers", "defence": "defense",
    "defences": "defenses", "programme": "program", "programmes": "programs", "labour": "labor",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "travelled": "traveled",
    "honour": "honor", "behaviour": "behavior", "endeavour": "endeavor", "catalogue": "catalog",
    "enrolment": "enrollment", "fulfil": "fulfill", "judgement": "judgment", "analyse": "analyze",
    # transliteration variants of names
    "nazarbaev": "nazarbayev", "tokaev": "tokayev", "otunbaeva": "otunbayeva", "uigur": "uyghur",
    "uighur": "uyghur", "kazakstan": "kazakhstan", "kirgizstan": "kyrgyzstan",
    # abbreviations and units
    "ha": "hectares", "hectare": "hectares", "sq": "square", "govt": "government",
    "bn": "billion", "mln": "million",
}
"""Word-level variants mapped to one form in the matching copy (applied after lower-casing)."""

NUMBER_WORDS = "|".join(lexicon.numbers(low=2))
_AMOUNT = re.compile(
    r"(?:\bus\s*)?[$\u20ac\u00a3]?\s*(?<![\w.])\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th|s|m\.?|bn\.?)?(?![a-z\d])"
    r"(?:\s*(?:million|billion|thousand|trillion)\b)?")
_NUMBER_PHRASE = re.compile(r"\b(?:one|a|" + NUMBER_WORDS + r")(?:[\s-]+(?:" + NUMBER_WORDS + r"))*\s+"
                            r"(?:hundred|thousand|million|billion)\b|\b(?:" + NUMBER_WORDS + r")\b")
_ISATION = re.compile(r"(?<=[a-z]{3})isation")
_ISE_WORDS = re.compile(r"\b(?:organ|recogn|real|utili|modern|stabil|normal|privat|liberal|institutional|"
                        r"characteri|prioriti|minimi|maximi|mobili|central|decentral|legali|civili|"
                        r"internationali|capitali|subsidi|harmoni|standardi|util|speciali|symboli)is")
_CO_PREFIX = re.compile(r"\bco-(?=[a-z])")
_TOKEN = re.compile(r"[a-z#]+")
_POSSESSIVE = re.compile(r"'s\b|(?<=s)'(?=\s|$)")
_HASHES = re.compile(r"#(?:[\s/-]+#)+")

STOPWORDS = frozenset("""
a an the of in on at to for from by with and or but nor as is are was were be been being am has have had
do does did it its this that these those there their theirs they them he him his she her hers we our us
you your i me my which who whom whose what when where while why how also such than then so not no very
more most other others some any all both each few into over under after before during between through
about against within without since until upon among amongst across along around via per though although
however thus therefore furthermore moreover meanwhile yet still already again only even just well too
would could should might may must can will shall one ones own same further
""".split())
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
    """A sentence, a clause of one, or a window of two consecutive sentences of one paragraph."""

    kind: str  # 'sentence' | 'clause' | 'window'
    passage_ids: tuple[str, ...]
    tokens: tuple[str, ...]  # the matching copy
    exact: tuple[str, ...]  # tokens with the numbers kept, for the verbatim test
    names: frozenset[str]  # content words written with a capital inside the sentence (names)
    content: frozenset[str]  # content_words(tokens): the MinHash shingles
    order: tuple  # (source_id, ordinal of the first sentence, kind rank, clause number)
    parts: tuple = ()  # a window's two sentences as units of their own (even if too short to pair)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def _unit(kind: str, passage_ids: tuple[str, ...], text: str, order: tuple) -> Unit:
    tokens = match_tokens(text)
    return Unit(kind, passage_ids, tuple(tokens), tuple(match_tokens(text, keep_numbers=True)),
                name_words(text), content_words(tokens), order)


def name_words(text: str) -> frozenset[str]:
    """Stemmed words of `text` written with a capital letter, except its first word."""
    words = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFKC", text))
    return frozenset(_stem(SPELLING.get(w.lower(), w.lower())) for w in words[1:] if w[0].isupper())


@dataclass(frozen=True)
class Score:
    ratio: float  # fuzz.ratio of the matching copies
    blend: float  # mean of token_set_ratio and content Dice; 0 when the containment guard fails
    containment: float  # shorter / longer token count
    anchor: int  # longest run of shared consecutive tokens
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


def score(a: Unit, b: Unit) -> Score:
    """How alike two units are (see the module docstring for the measures)."""
    ta, tb = " ".join(a.tokens), " ".join(b.tokens)
    ratio = fuzz.ratio(ta, tb)
    containment = min(len(a.tokens), len(b.tokens)) / max(len(a.tokens), len(b.tokens), 1)
    ca, cb = a.content, b.content
    dice = 2.0 * len(ca & cb) / (len(ca) + len(cb)) if ca or cb else 0.0
    blend = (fuzz.token_set_ratio(ta, tb) + 100 * dice) / 2 if containment >= MIN_CONTAINMENT else 0.0
    anchor = SequenceMatcher(None, a.tokens, b.tokens, autojunk=False).find_longest_match(
        0, len(a.tokens), 0, len(b.tokens)).size
    shared = len((ca & cb) - a.names - b.names)
    whole = a.kind != "clause" and b.kind != "clause"
    return Score(ratio, blend, containment, anchor, shared, dice, whole and a.exact == b.exact)


def comparable(a: Unit, b: Unit) -> bool:
    """Whether two units may be compared at all: an allowed pair of kinds sharing no sentence."""
    return (a.kind, b.kind) in ALLOWED_PAIRS and not set(a.passage_ids) & set(b.passage_ids)


def matches(a: Unit, b: Unit, s: Score) -> bool:
    """Whether a scored pair of units is a near-duplicate (before the window rules)."""
    pair = (a.kind, b.kind)
    if not comparable(a, b):
        return False
    if s.near_verbatim:
        return True
    return (pair in PARAPHRASE_PAIRS and s.blend >= PARAPHRASE_MIN and s.anchor >= ANCHOR_MIN_TOKENS
            and s.shared_words >= MIN_SHARED_WORDS)


def units(passages: pd.DataFrame) -> list[Unit]:
    """The comparison units of every non-heading sentence, in (source, position) order."""
    sents = passages[passages["kind"] == "sentence"].sort_values(["source_id", "ordinal"])
    out: list[Unit] = []
    previous = None
    for row in sents.itertuples(index=False):
        if row.is_heading:
            previous = None
            continue
        order = (row.source_id, row.ordinal, 0, 0)
        sentence = _unit("sentence", (row.passage_id,), row.text, order)
        if len(sentence.tokens) >= MIN_TOKENS:
            out.append(sentence)
            clauses = [c for c in row.text.split(";") if c.strip()]
            if 2 <= len(clauses) <= MAX_CLAUSES:
                for n, clause in enumerate(clauses, start=1):
                    unit = _unit("clause", (row.passage_id,), clause, (row.source_id, row.ordinal, 1, n))
                    if len(unit.tokens) >= MIN_CLAUSE_TOKENS:
                        out.append(unit)
        if (previous is not None and previous.order[0] == row.source_id
                and previous_parent == row.parent_passage_id and previous.order[1] + 1 == row.ordinal
                and len(previous.tokens) + len(sentence.tokens) >= MIN_TOKENS):
            out.append(Unit("window", previous.passage_ids + sentence.passage_ids, previous.tokens + sentence.tokens,
                            previous.exact + sentence.exact, previous.names | sentence.names,
                            previous.content | sentence.content, previous.order[:2] + (2, 0), (previous, sentence)))
        previous, previous_parent = sentence, row.parent_passage_id
    out.sort(key=lambda u: u.order)
    return out


# --- Blocking -----------------------------------------------------------------------------------------

def _minhashes(sets: list[frozenset[str]]) -> list[MinHash]:
    from datasketch import MinHash  # here, not at the top: every `kzfp` command imports this module
    template = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)
    out = []
    for words in sets:
        m = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, permutations=template.permutations,
                    scheme=template.scheme)
        m.update_batch([w.encode("utf-8") for w in sorted(words)])
        out.append(m)
    return out


def candidate_pairs(all_units: list[Unit]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of units that share enough content words to be worth verifying.

    Two LSH passes over the same MinHash signatures: one over the whole corpus with the strict
    banding (`LSH_BANDS` x `LSH_ROWS`, for repeats in nearly the same words, wherever they are) and
    one per source with the loose banding (`SOURCE_LSH_BANDS` x `SOURCE_LSH_ROWS`, for an author
    restating something in other words). Loose blocking over the whole corpus would make the number
    of chance candidates grow with the square of its size."""
    shingles = [u.content for u in all_units]
    hashes = _minhashes(shingles)
    usable = [i for i in range(len(all_units)) if shingles[i]]
    pairs = _lsh_pairs(all_units, hashes, usable, (LSH_BANDS, LSH_ROWS))
    by_source: dict[str, list[int]] = {}
    for i in usable:
        by_source.setdefault(all_units[i].order[0], []).append(i)
    for source in sorted(by_source):
        pairs |= _lsh_pairs(all_units, hashes, by_source[source], (SOURCE_LSH_BANDS, SOURCE_LSH_ROWS))
    return sorted(pairs)


def _lsh_pairs(all_units: list[Unit], hashes: list[MinHash], indices: list[int],
               params: tuple[int, int]) -> set[tuple[int, int]]:
    """Allowed pairs among `indices` that share an LSH bucket; only sentences and clauses are indexed
    (window-window and window-clause pairs are never compared)."""
    from datasketch import MinHashLSH  # see _minhashes
    lsh = MinHashLSH(num_perm=NUM_PERM, params=params)
    with lsh.insertion_session() as session:
        for i in indices:
            if all_units[i].kind != "window":
                session.insert(i, hashes[i], check_duplication=False)
    pairs: set[tuple[int, int]] = set()
    for i in indices:
        for j in lsh.query(hashes[i]):
            a, b = (i, j) if i < j else (j, i)
            if a != b and comparable(all_units[a], all_units[b]):
                pairs.add((a, b))
    return pairs


# --- Pairs, groups ---------------------------------------------------------------------------------

def scored_pairs(passages: pd.DataFrame) -> pd.DataFrame:
    """Every verified candidate pair of units, matched or not, with its scores (for tests and tuning).

    Columns: a, b (passage ids joined by '+'), a_kind, b_kind, ratio, blend, dice, containment,
    anchor, shared_words, similarity, kind, matched (after the window rules)."""
    all_units = units(passages)
    rows = []
    for i, j, s, ok in verify(all_units, candidate_pairs(all_units)):
        a, b = all_units[i], all_units[j]
        rows.append({"a": "+".join(a.passage_ids), "b": "+".join(b.passage_ids), "a_kind": a.kind,
                     "b_kind": b.kind, "ratio": s.ratio, "blend": s.blend, "dice": s.dice,
                     "containment": s.containment,
                     "anchor": s.anchor, "shared_words": s.shared_words, "similarity": s.similarity,
                     "kind": s.kind, "matched": ok})
    return pd.DataFrame(rows, columns=["a", "b", "a_kind", "b_kind", "ratio", "blend", "dice", "containment",
                                       "anchor", "shared_words", "similarity", "kind", "matched"])


def verify(all_units: list[Unit], pairs: list[tuple[int, int]]) -> list[tuple[int, int, Score, bool]]:
    """Score each candidate pair and say whether it is a near-duplicate, window rules included."""
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
    return s.similarity >= max(score(part, single).similarity for part in window.parts) + WINDOW_GAIN


def build(passages: pd.DataFrame) -> pd.DataFrame:
    """`duplicate_groups` from `passages` (see the module docstring for grain, roles and method)."""
    return group(passages, candidate_pairs)


def group(passages: pd.DataFrame,
          candidates: Callable[[list[Unit]], list[tuple[int, int]]]) -> pd.DataFrame:
    """`build` with another blocking step: `candidates(units)` gives the index pairs to verify
    (the benchmark passes an all-pairs one to compare with brute force)."""
    all_units = units(passages)
    distinct, copy_edges = _collapse_copies(all_units)
    verified = verify(distinct, candidates(distinct))
    edges = [(distinct[i], distinct[j]) for i, j, _, ok in verified if ok] + copy_edges
    position = _positions(passages)
    groups = _union_find(edges, position)
    units_of: dict[str, list[Unit]] = {}
    for u in all_units:
        for p in u.passage_ids:
            units_of.setdefault(p, []).append(u)
    windows_of: dict[str, list[Unit]] = {}
    for a, b in edges:
        for u in (a, b):
            if u.kind == "window":
                for p in u.passage_ids:
                    windows_of.setdefault(p, []).append(u)
    rows = []
    for members in groups:
        rows.extend(_group_rows(members, windows_of, units_of, position))
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.astype({"group_id": "str", "passage_id": "str", "role": "str", "similarity": "float64",
                         "kind": "str", "is_cross_source": "bool"}).reset_index(drop=True)


def _collapse_copies(all_units: list[Unit]) -> tuple[list[Unit], list[tuple[Unit, Unit]]]:
    """The units without exact copies of an earlier sentence or clause, and an edge from each copy to
    its first occurrence.

    Why: identical units share every LSH bucket, so n copies of one sentence made n² candidate pairs
    (a text of one sentence repeated took minutes and gigabytes). A copy would match its first
    occurrence anyway (verbatim) and everything the first occurrence matches, so one edge to it puts
    it in the same group; the work now grows linearly with the number of copies."""
    first: dict[tuple, Unit] = {}
    distinct, copy_edges = [], []
    for u in all_units:
        key = (u.kind, u.tokens, u.exact, u.names)
        original = first.get(key) if u.kind != "window" and u.content else None
        if original is not None and not set(original.passage_ids) & set(u.passage_ids):
            copy_edges.append((original, u))
            continue
        first.setdefault(key, u)
        distinct.append(u)
    return distinct, copy_edges


def _union_find(edges: list[tuple[Unit, Unit]], position: dict) -> list[list[str]]:
    """Connected components of the matched pairs; members and groups in (source_id, ordinal) order."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        members = a.passage_ids + b.passage_ids
        for p in members[1:]:
            ra, rb = find(members[0]), find(p)
            if ra != rb:
                keep, drop = sorted((ra, rb), key=position.__getitem__)
                parent[drop] = keep
    groups: dict[str, list[str]] = {}
    for p in sorted(parent, key=position.__getitem__):
        groups.setdefault(find(p), []).append(p)
    return sorted(groups.values(), key=lambda m: position[m[0]])


def _positions(passages: pd.DataFrame) -> dict[str, tuple[str, int]]:
    sents = passages[passages["kind"] == "sentence"]
    return {p: (s, int(o)) for p, s, o in zip(sents["passage_id"], sents["source_id"], sents["ordinal"])}


KIND_RANK = {"verbatim": 0, "near_verbatim": 1, "paraphrase": 2}


def _group_rows(members: list[str], windows_of: dict, units_of: dict, position: dict) -> list[dict]:
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
                    s = score(u, c)
                    if best is None or s.similarity > best.similarity:
                        best = s
        kind = best.kind if best else "paraphrase"
        kinds.append(kind)
        rows.append({"passage_id": p, "role": "repeat", "similarity": round(best.similarity, 2) if best else 0.0,
                     "kind": kind})
    loosest = max(kinds, key=KIND_RANK.__getitem__) if kinds else "verbatim"
    cross = len({position[p][0] for p in members}) > 1
    for r in rows:
        r.update(group_id="dup-" + canonical, is_cross_source=cross, kind=r["kind"] or loosest)
    return [{c: r[c] for c in COLUMNS} for r in rows]


# --- Uses of the groups ---------------------------------------------------------------------------

def canonical_map(groups: pd.DataFrame) -> dict[str, str]:
    """passage_id -> the passage_id of its group's canonical sentence, for every member."""
    return {p: g[len("dup-"):] for g, p in zip(groups["group_id"], groups["passage_id"])}


def reading_text(raw_text: str, passages: pd.DataFrame, groups: pd.DataFrame, source_id: str) -> str:
    """The source's sentences in order without its repeats; paragraphs separated by blank lines."""
    repeats = set(groups.loc[groups["role"] == "repeat", "passage_id"])
    sents = passages[(passages["kind"] == "sentence") & (passages["source_id"] == source_id)]
    paragraphs: dict[str, list[str]] = {}
    for row in sents.sort_values("ordinal").itertuples(index=False):
        if row.passage_id in repeats:
            continue
        paragraphs.setdefault(row.parent_passage_id, []).append(raw_text[row.char_start:row.char_end])
    return "\n\n".join(" ".join(p) for p in paragraphs.values()) + ("\n" if paragraphs else "")
