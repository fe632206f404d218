"""Score extracted facts against the hand-annotated gold standard (`tests/gold/facts.yaml`).

Pure: `score(gold, facts)` (the gold read by `pipeline.evaluation.gold.load_gold`) takes the gold entries and the extracted
tables and returns a JSON-serialisable report. No clock, no other I/O.

What is compared
----------------
The gold annotates facts per source: one entry per distinct fact and source (a fact stated in both
texts is two entries). The extracted side is made comparable by the same unit: an *extracted item* is
a pair (fact_id, source_id) for every source in which the fact has at least one `evidence` row. A fact
supported by both texts is therefore two items, one per source, and can match one gold entry in each.
Items from sources the gold does not annotate (an unseen text) are left out of every figure.

An item's year is the year that source's own quotes give the fact (`evidence.stated_date_edtf`): a
fact founded "in 1992" by the essay and undated in the summary is an item with year 1992 in the
essay and an item with no year in the summary, as a per-source annotator would write them. A
source whose quotes state two years (the essay's "2008" and "2010" for one land proposal) gives
one item per year.

Fields compared: each type's `evaluation` in `schemas/fact_types.py` declares the gold fields and the
columns they are compared with (`columns`), the key fields that must all agree (`key`), the fields
scored alone with the anchor first (`fields`) and how a field agrees when not by equality (`matchers`).
year = the first year of the stated EDTF date, none for a decade such as '199X' or one of a range of
years; a list field (an agreement's `parties`) comes from its own table (`agreement_parties`).

- `subset` (parties): the gold values must be a SUBSET of (or equal to) the extracted ones. The gold
  lists the parties the text names; an extractor may add a party (e.g. the lending state of a bank)
  without losing the match, but may not drop one.
- `close` (value): equal within a relative tolerance of 1e-6.
- every other field: exact equality of normalised values (NaN, NA and None are all None; None equals None).

Matching (precision, recall, F1)
--------------------------------
Per fact type and per source, one-to-one and greedy: gold entries are taken in file order; each takes
the best still-unmatched extracted item of the same type and source that agrees on all key fields.
Best = fewest extra parties (agreements), then smallest relative value difference (amounts), then
lowest fact_id. precision = matched / extracted items, recall = matched / gold entries, F1 their
harmonic mean; a ratio with a zero denominator is None (undefined). `overall` sums the counts of all
types (micro average) and adds `macro_f1`, the mean of the defined per-type F1s.

Per-field figures (`by_field`)
------------------------------
Simple and not one-to-one. For a field F of a type with anchor A, an entry *agrees on F* with an
item of the same type and source when both A and F agree (for F = A: when A agrees).
recall(F) = share of gold entries of the type for which some extracted item agrees on F;
precision(F) = share of extracted items of the type for which some gold entry agrees on F.
So `membership.state` answers "of the memberships in an organisation, how often is the state right?".

Output
------
{'overall': {...}, 'by_type': {type: {precision, recall, f1, n_gold, n_extracted, n_matched}},
 'by_field': {type: {field: {precision, recall}}}, 'misses': [gold entries not matched, with quote],
 'false_positives': [unmatched extracted items with their fields]}; figures rounded to 4 decimals,
dictionary keys sorted.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from pipeline.evaluation.gold import SECOND_GOLD_FILE
from schemas import fact_types
from schemas.fact_types import Evaluation


def evaluation_of(fact_type: str) -> Evaluation:
    """The declared comparison of a type (`schemas.fact_types`: columns, key, fields, matchers)."""
    return fact_types.get(fact_type).evaluation


VALUE_REL_TOL = 1e-6
DIGITS = 4


# ---------------------------------------------------------------------------------------- helpers


def _none(value):
    """Normalise missing values (None, NaN, NA, NaT) to None and numpy scalars to Python ones."""
    if value is None:
        return None
    if isinstance(value, (list, tuple, set, frozenset)):
        return value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value.item() if hasattr(value, "item") else value


UNKNOWN_WITHIN = re.compile(r"^\[\d{4}\.\.\d{4}\]$")
"""An EDTF 'one of the years a..b' date (a visit 'during this period (1992-1997)') states no year."""
FIRST_YEAR = re.compile(r"\d{3}[\dX]")


def _first_year(edtf) -> str | None:
    """The first year an EDTF date names ('2012/2015' -> '2012', '[2008,2010]' -> '2008'); a decade
    ('199X', 'by the mid-1990s') or one of a range of years names no single year, like a vague period
    in the gold (rule R3)."""
    value = _none(edtf)
    if value is None or UNKNOWN_WITHIN.match(str(value)):
        return None
    found = FIRST_YEAR.search(str(value))
    return found.group() if found and "X" not in found.group() else None


def _gold_year(year) -> str | None:
    value = _none(year)
    return None if value is None else f"{int(value):04d}"


def _agrees(fact_type: str, field: str, gold_value, ext_value) -> bool:
    """Whether a gold and an extracted value of a field agree (`Evaluation.matchers`; else equality)."""
    matcher = evaluation_of(fact_type).matchers.get(field)
    if matcher == "subset":
        return set(gold_value) <= set(ext_value)
    if matcher == "close":
        if gold_value is None or ext_value is None:
            return gold_value is None and ext_value is None
        return math.isclose(float(gold_value), float(ext_value), rel_tol=VALUE_REL_TOL, abs_tol=0.0)
    return gold_value == ext_value


def _ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


def _f1(precision, recall):
    if precision is None or recall is None:
        return None
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def _round(obj):
    """Round floats, sort dictionary keys, recursively."""
    if isinstance(obj, dict):
        return {k: _round(obj[k]) for k in sorted(obj)}
    if isinstance(obj, list):
        return [_round(v) for v in obj]
    if isinstance(obj, float):
        return round(obj, DIGITS)
    return obj


# ------------------------------------------------------------------------------------- normalising


def _gold_records(gold: list[dict]) -> list[dict]:
    records = []
    for index, entry in enumerate(gold):
        fact_type = entry["type"]
        rec = {"type": fact_type, "source_id": entry["source_id"], "index": index, "entry": entry}
        for f in evaluation_of(fact_type).columns:
            rec[f] = _none(entry.get(f))
        rec["year"] = _gold_year(entry.get("year"))
        listed = fact_types.get(fact_type).list_field
        if listed:
            rec[listed.name] = sorted(entry.get(listed.name) or [])
        records.append(rec)
    return records


def _frame(facts: dict, name: str, columns: list[str]) -> pd.DataFrame:
    frame = facts.get(name)
    if frame is None:
        return pd.DataFrame(columns=columns)
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"facts[{name!r}] lacks column(s) {', '.join(missing)}")
    return frame


def _extracted_records(facts: dict[str, pd.DataFrame], sources: set[str], undated_quotes: bool = False) -> list[dict]:
    """One record per (fact, source) pair with evidence in a gold-annotated source, and per year its quotes there
    state. With `undated_quotes`, a quote that states no year is a record of its own beside the dated ones: the
    reconcile stage merges 'Hungary … are observers' into the fact dated by 'in 2018 Hungary became an
    observer', and a gold made one item per occurrence (the evaluation corpus) records the first undated."""
    types = fact_types.all_types()
    has_facts = any(facts.get(t.table) is not None and len(facts[t.table]) for t in types)
    if has_facts and facts.get("evidence") is None:
        raise ValueError("facts['evidence'] is missing: without it no extracted fact can be tied to a source")
    evidence = _frame(facts, "evidence", ["fact_id", "source_id", "stated_date_edtf"])
    stated: dict[str, dict[str, set[str | None]]] = {}  # fact_id -> source_id -> years its quotes there state
    for fact_id, source_id, edtf in zip(evidence["fact_id"], evidence["source_id"], evidence["stated_date_edtf"]):
        if source_id in sources:
            year = _first_year(edtf)
            stated.setdefault(fact_id, {}).setdefault(source_id, set()).update(
                [year] if year else [None] if undated_quotes else []
            )
    records = []
    for fact_type in types:
        listed = fact_type.list_field
        values: dict[str, list] = {}
        if listed:
            list_frame = _frame(facts, listed.table, ["fact_id", listed.column])
            for fact_id, value in zip(list_frame["fact_id"], list_frame[listed.column]):
                if _none(value) is not None:
                    values.setdefault(fact_id, []).append(value)
        columns = fact_type.evaluation.columns
        frame = _frame(facts, fact_type.table, ["fact_id", *columns.values()])
        for row in frame.to_dict("records"):
            fact_id = row["fact_id"]
            base = {f: _none(row[c]) for f, c in columns.items()}
            if listed:
                base[listed.name] = sorted(set(values.get(fact_id, [])))
            for source_id, years in sorted(stated.get(fact_id, {}).items()):
                stated_years: list[str | None] = sorted(years, key=lambda y: (y is not None, y or "")) or [None]
                for year in stated_years:
                    records.append(
                        {"type": fact_type.name, "source_id": source_id, "fact_id": fact_id, **base, "year": year}
                    )
    return records


# ------------------------------------------------------------------------------------------ scoring


def _closeness(fact_type: str, gold: dict, ext: dict) -> tuple:
    """Order of preference among matching items: fewest extra values of a `subset` field, then
    smallest relative difference of a `close` one, then lowest fact_id."""
    for name, matcher in evaluation_of(fact_type).matchers.items():
        if matcher == "subset":
            return (len(set(ext[name]) - set(gold[name])), ext["fact_id"])
        if matcher == "close" and gold[name] is not None and ext[name] is not None:
            diff = abs(float(ext[name]) - float(gold[name])) / max(abs(float(gold[name])), 1e-300)
            return (diff, ext["fact_id"])
    return (0, ext["fact_id"])


def _match(fact_type: str, gold: list[dict], extracted: list[dict]) -> tuple[list[dict], list[dict], int]:
    """Greedy one-to-one matching on the key fields; returns (misses, false positives, n matched)."""
    keys = evaluation_of(fact_type).key
    by_source: dict[str, list[int]] = {}
    for n, ext in enumerate(extracted):
        by_source.setdefault(ext["source_id"], []).append(n)
    used: set[int] = set()
    misses = []
    for g in gold:
        candidates = [
            n
            for n in by_source.get(g["source_id"], [])
            if n not in used and all(_agrees(fact_type, k, g[k], extracted[n][k]) for k in keys)
        ]
        if candidates:
            used.add(min(candidates, key=lambda n: _closeness(fact_type, g, extracted[n])))
        else:
            misses.append(g)
    false_positives = [e for n, e in enumerate(extracted) if n not in used]
    return misses, false_positives, len(used)


def _field_scores(fact_type: str, gold: list[dict], extracted: list[dict]) -> dict:
    """Per field: it agrees when the type's anchor and that field both agree (also the corpus scorer's)."""
    anchor = evaluation_of(fact_type).anchor
    out = {}
    for field in evaluation_of(fact_type).fields:

        def agree(g, e, field=field):
            return (
                g["source_id"] == e["source_id"]
                and _agrees(fact_type, anchor, g.get(anchor), e.get(anchor))
                and _agrees(fact_type, field, g.get(field), e.get(field))
            )

        found = sum(1 for g in gold if any(agree(g, e) for e in extracted))
        correct = sum(1 for e in extracted if any(agree(g, e) for g in gold))
        out[field] = {"recall": _ratio(found, len(gold)), "precision": _ratio(correct, len(extracted))}
    return out


def _miss_report(g: dict) -> dict:
    entry = g["entry"]
    report = {k: v for k, v in entry.items() if k != "also_quotes"}
    report["gold_index"] = g["index"]
    return report


def score(gold: list[dict], facts: dict[str, pd.DataFrame]) -> dict:
    """Compare extracted fact tables to the gold entries; see the module docstring for the rules."""
    gold_records = _gold_records(gold)
    sources = {g["source_id"] for g in gold_records}
    extracted = _extracted_records(facts, sources)

    by_type: dict[str, dict] = {}
    by_field: dict[str, dict] = {}
    misses: list[dict] = []
    false_positives: list[dict] = []
    totals = {"n_gold": 0, "n_extracted": 0, "n_matched": 0}
    f1s = []
    order = fact_types.names()
    for fact_type in order:
        g_t = [g for g in gold_records if g["type"] == fact_type]
        e_t = [e for e in extracted if e["type"] == fact_type]
        miss_t, fp_t, n_matched = _match(fact_type, g_t, e_t)
        precision, recall = _ratio(n_matched, len(e_t)), _ratio(n_matched, len(g_t))
        f1 = _f1(precision, recall)
        if f1 is not None:
            f1s.append(f1)
        by_type[fact_type] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "n_gold": len(g_t),
            "n_extracted": len(e_t),
            "n_matched": n_matched,
        }
        by_field[fact_type] = _field_scores(fact_type, g_t, e_t)
        misses.extend(_miss_report(g) for g in miss_t)
        false_positives.extend(dict(e) for e in fp_t)
        totals["n_gold"] += len(g_t)
        totals["n_extracted"] += len(e_t)
        totals["n_matched"] += n_matched

    precision = _ratio(totals["n_matched"], totals["n_extracted"])
    recall = _ratio(totals["n_matched"], totals["n_gold"])
    overall = {
        **totals,
        "precision": precision,
        "recall": recall,
        "f1": _f1(precision, recall),
        "macro_f1": sum(f1s) / len(f1s) if f1s else None,
    }
    misses.sort(key=lambda m: (order.index(m["type"]), m["source_id"], m["gold_index"]))
    false_positives.sort(key=lambda e: (order.index(e["type"]), e["source_id"], e["fact_id"]))
    return _round(
        {
            "overall": overall,
            "by_type": by_type,
            "by_field": by_field,
            "misses": misses,
            "false_positives": false_positives,
        }
    )


REPORT_FILE = "evaluation.json"
RESOURCE = {
    "name": "evaluation",
    "path": REPORT_FILE,
    "format": "json",
    "mediatype": "application/json",
    "title": "Evaluation against the gold annotation",
    "description": "Precision, recall and F1 of the facts per type and per field, scored against the "
    "hand-annotated gold standard in tests/gold/facts.yaml (see pipeline/evaluation/seeds.py), with "
    "the gold facts missed and the extracted facts not in the gold; under "
    "`second_annotation`, the same against an independent annotation "
    "(tests/gold/second_annotation.yaml).",
}


def to_text(report: dict) -> str:
    """The report as a plain-text table: per fact type, then per field."""
    lines = [f"{'type':<20}{'precision':>10}{'recall':>8}{'f1':>8}{'gold':>6}{'found':>7}{'match':>7}"]
    rows = list(report["by_type"].items()) + [("overall", report["overall"])]
    for name, r in rows:
        lines.append(
            f"{name:<20}{_fmt(r['precision']):>10}{_fmt(r['recall']):>8}{_fmt(r['f1']):>8}"
            f"{r['n_gold']:>6}{r['n_extracted']:>7}{r['n_matched']:>7}"
        )
    lines += ["", f"{'type.field':<32}{'precision':>10}{'recall':>8}"]
    for fact_type, fields in report["by_field"].items():
        for field_name, r in fields.items():
            lines.append(f"{fact_type + '.' + field_name:<32}{_fmt(r['precision']):>10}{_fmt(r['recall']):>8}")
    lines.append(
        f"\n{len(report['misses'])} gold facts missed, {len(report['false_positives'])} extracted facts "
        "not in the gold (details in build/current/evaluation.json)"
    )
    second = report.get("second_annotation")
    if second:
        lines += ["", f"Against the second, independent annotation ({SECOND_GOLD_FILE}):", lines[0]]
        for name, r in list(second["by_type"].items()) + [("overall", second["overall"])]:
            lines.append(
                f"{name:<20}{_fmt(r['precision']):>10}{_fmt(r['recall']):>8}{_fmt(r['f1']):>8}"
                f"{r['n_gold']:>6}{r['n_extracted']:>7}{r['n_matched']:>7}"
            )
    return "\n".join(lines)


def _fmt(value) -> str:
    return "-" if value is None else f"{value:.3f}"
