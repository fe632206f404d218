"""Near-duplicate sentences within and across sources: `duplicate_groups`.

Output grain: one row per member sentence of a group of sentences that state the same thing; key
(group_id, passage_id). Only `kind == 'sentence'` passages take part; headings never do.

Why: the essays repeat themselves (Akiner tells the 2009 loans-for-oil deal, the Chinese farmers'
land request and the Cherny Irtysh canal twice, and copies one sentence word for word), and the
two sources restate each other. `reconcile` uses the groups to merge facts told twice instead of
counting them as corroboration, and `reading_text` gives a deduplicated reading copy.

Method, in five steps, all deterministic (no dict/set iteration order reaches the output), built to
stay fast and precise on a corpus a hundred times the texts' size (step 1 lives in `s4_dedupe_text`,
steps 2 and 4 in `s4_dedupe_units`, step 3 in `s4_dedupe_blocking`, step 5 here):

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

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz

from pipeline import collector, fingerprint, memo
from pipeline.stages.s4_dedupe_blocking import candidate_pairs
from pipeline.stages.s4_dedupe_units import (
    ALLOWED_PAIRS,
    Normaliser,
    Score,
    Unit,
    comparable,
    distinct,
    is_match,
    score,
    units,
)
from schemas import columns

COLUMNS = columns("duplicate_groups")


def build(passages: pd.DataFrame, kept: Path | None = None) -> pd.DataFrame:
    """`duplicate_groups` from `passages` (see the module docstring for grain, roles and method).

    `kept`: a file holding the matching copies of the last build's sentences (`pipeline.memo`; None:
    none kept). Normalising each distinct sentence is about half of dedupe's CPU and a pure function of
    the text and of `NORMALISER_CODE`, so after one text is added only its sentences are normalised;
    every other step runs in full and the groups are those of a fresh build. The file then holds this
    run's sentences alone, so it never outgrows the corpus."""
    version = fingerprint.code_version(CODE_ROOT, NORMALISER_CODE) if kept else ""
    normalised = Normaliser(memo.load(kept, version) if kept else None)
    with collector.paused():  # millions of small objects, none of them in reference cycles
        groups = group(passages, candidate_pairs, normalised)
    if kept:
        memo.save(kept, version, normalised.seen)
    return groups


NORMALISER_CODE = ("pipeline.stages.s4_dedupe_units",)
"""The code a sentence's matching copy depends on (its imports followed)."""
CODE_ROOT = Path(__file__).resolve().parents[2]


def group(
    passages: pd.DataFrame,
    candidates: Callable[[list[Unit]], list[tuple[int, int]]],
    normalised: Normaliser | None = None,
) -> pd.DataFrame:
    """`build` with another blocking step: `candidates(units)` gives the index pairs to verify among the
    distinct units (the benchmark passes an all-pairs one to compare with brute force)."""
    all_units = units(passages, normalised)
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
