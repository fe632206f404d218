"""Blocking for near-duplicate detection (`pipeline.stages.s4_dedupe`, step 3): which pairs of units to verify.

Why a module of its own: blocking is what keeps dedupe from comparing every pair (MinHash signatures
computed in numpy, LSH banding as a numpy/pandas join of band keys); it decides nothing about a
pair's verdict, only whether the pair is asked about.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from pipeline.stages.s4_dedupe_units import Unit, distinct, units, verify

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
