"""How far two blind annotators agree: a second annotation of the evaluation texts scored against the first.

Why: a coder's precision and recall against one annotation mean little without knowing how far a second careful
reader of the same texts, under the same brief, agrees with it. Where two annotators agree at 0.6, a coder at
0.6 is at the ceiling, and the codebook, not the coder, is what needs work. ACLED and UCDP report intercoder
reliability for the same reason.

What is compared: the same keys as the coder's score (`pipeline.evaluation.corpus`), per fact type, over the
texts that have a second annotation (`raw/evaluation/second/`). Each annotator's `core` items are checked
against all of the other's items, `core` or `extra` (an `extra` item is one its annotator was unsure of, so it
may confirm but is not asked for): recall = the first annotation's distinct core keys the second has, precision
= the second annotation's distinct core keys the first has. Swapping the two swaps precision and recall.
"""

from __future__ import annotations

from pipeline.evaluation.corpus import Names, _agree, _as_other_type, _distinct, _gold_record
from pipeline.evaluation.seeds import _f1, _ratio, _round
from schemas import fact_types


def agreement(first: list[dict], second: list[dict], sources: list[str], names: Names) -> dict:
    """Per type and overall: the second annotation's precision and recall against the first, over `sources`
    that have a second annotation (`sources` in the result); empty figures where none has."""
    covered = sorted({i["source_id"] for i in second} & set(sources))
    a = [_gold_record(i, names) for i in first if i["source_id"] in covered]
    b = [_gold_record(i, names) for i in second if i["source_id"] in covered]
    by_type = {}
    totals = {"n_first": 0, "n_second": 0, "n_first_found": 0, "n_second_found": 0}
    for fact_type in fact_types.names():
        a_all = [r for r in a if _counts_as(r, fact_type)]
        b_all = [r for r in b if _counts_as(r, fact_type)]
        a_core = _distinct([r for r in a if r["type"] == fact_type and r["tier"] == "core"], fact_type)
        b_core = _distinct([r for r in b if r["type"] == fact_type and r["tier"] == "core"], fact_type)
        found = sum(any(_agree(g, e) for e in b_all) for g in a_core)
        right = sum(any(_agree(g, e) for g in a_all) for e in b_core)
        counts = {"n_first": len(a_core), "n_second": len(b_core), "n_first_found": found, "n_second_found": right}
        precision, recall = _ratio(right, len(b_core)), _ratio(found, len(a_core))
        by_type[fact_type] = {**counts, "precision": precision, "recall": recall, "f1": _f1(precision, recall)}
        for k in totals:
            totals[k] += counts[k]
    precision = _ratio(totals["n_second_found"], totals["n_second"])
    recall = _ratio(totals["n_first_found"], totals["n_first"])
    overall = {**totals, "precision": precision, "recall": recall, "f1": _f1(precision, recall)}
    return _round({"sources": covered, "overall": overall, "by_type": by_type})


def _counts_as(rec: dict, fact_type: str) -> bool:
    """A record of `fact_type`, or one the codebook lets stand for it (a membership `chair` for an event
    `chaired`), as the coder's scorer allows."""
    return rec["type"] == fact_type or (_as_other_type(rec) or {}).get("type") == fact_type
