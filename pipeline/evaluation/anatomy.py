"""What went wrong, counted: each gold key the coder missed and each extracted fact that matches no gold key, put in
a family by what the coder did with the annotated words.

Why: the test column may only be read as figures, and recall alone cannot say whether the coder never read the
words of a missed fact (a shape no rule knows) or read them and got a field wrong (a party dropped, a year from the
wrong clause). The two call for different work, so the counts are reported for dev and test alike; they name no
fact and no quote, so the test texts stay unread.

A missed gold key (type T, its quote's offsets) is
- `not read` when no extracted fact of type T has evidence overlapping its quote;
- `<fields> wrong` otherwise: of the facts of type T whose evidence overlaps the quote, the one with the fewest key
  fields that disagree, and those fields ('parties', 'year', 'kind+year').
An extracted fact matching no gold key is
- `where the gold has none` when none of its evidence overlaps a gold item of its type (either tier);
- `<fields> wrong` otherwise, against the overlapping gold item it is closest to.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from pipeline.evaluation.seeds import _agrees, evaluation_of

NOT_READ = "not read"
NOT_ANNOTATED = "where the gold has none"


def spans_by_fact(evidence: pd.DataFrame, sources: set[str]) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """(fact_id, source_id) -> the offsets of its quotes in that source."""
    out: dict[tuple[str, str], list[tuple[int, int]]] = {}
    rows = zip(evidence["fact_id"], evidence["source_id"], evidence["char_start"], evidence["char_end"])
    for fact_id, source_id, start, end in rows:
        if source_id in sources:
            out.setdefault((fact_id, source_id), []).append((int(start), int(end)))
    return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _wrong(fact_type: str, gold: dict, ext: dict) -> tuple[str, ...]:
    """The key fields on which a gold record and an extracted one disagree, in the key's order."""
    return tuple(k for k in evaluation_of(fact_type).key if not _agrees(fact_type, k, gold.get(k), ext.get(k)))


def _family(wrongs: list[tuple[str, ...]], none: str) -> str:
    if not wrongs:
        return none
    fewest = min(wrongs, key=lambda w: len(w))  # never empty: a fact agreeing on every key field was matched
    return "+".join(fewest) + " wrong"


def count(
    gold: list[dict], extracted: list[dict], misses: list[dict], false_positives: list[dict], spans: dict
) -> dict:
    """{'missed': {type: {family: n}}, 'unmatched': {type: {family: n}}} for one column: `gold` and `extracted` are
    the scorer's records of the column (gold of either tier), `misses` and `false_positives` the ones it left
    unmatched, `spans` the quotes' offsets (`spans_by_fact`)."""
    missed: dict[str, Counter] = {}
    for g in misses:
        start, end = g["item"]["start"], g["item"]["end"]
        near = [
            _wrong(g["type"], g, e)
            for e in extracted
            if e["type"] == g["type"]
            and e["source_id"] == g["source_id"]
            and _overlaps(spans.get((e["fact_id"], e["source_id"]), []), start, end)
        ]
        missed.setdefault(g["type"], Counter())[_family(near, NOT_READ)] += 1
    unmatched: dict[str, Counter] = {}
    for e in false_positives:
        own = spans.get((e["fact_id"], e["source_id"]), [])
        near = [
            _wrong(e["type"], g, e)
            for g in gold
            if g["type"] == e["type"]
            and g["source_id"] == e["source_id"]
            and _overlaps(own, g["item"]["start"], g["item"]["end"])
        ]
        unmatched.setdefault(e["type"], Counter())[_family(near, NOT_ANNOTATED)] += 1
    return {
        "missed": {t: dict(sorted(c.items())) for t, c in sorted(missed.items())},
        "unmatched": {t: dict(sorted(c.items())) for t, c in sorted(unmatched.items())},
    }
