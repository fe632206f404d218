"""Benchmark of the dedupe stage against a brute-force all-pairs baseline.

For each scale (1x, 10x, 100x the sentence count of the two texts; corpora from `bench.generate`)
it measures, each run in a fresh child process so that timings and memory do not mix:

* `dedupe.build`: wall time, peak memory (growth of the child's peak RSS over its RSS before the
  call, from resource.getrusage), and recall / precision on the planted pairs;
* the brute-force baseline: `dedupe.group` with the MinHash-LSH blocking replaced by every pair of
  units, pre-scored in C++ by `rapidfuzz.process.cdist` (fuzz.ratio >= `BRUTE_PREFILTER`, 2 worker
  threads) and then verified exactly like dedupe's candidates. When its estimated time exceeds
  `BRUTE_BUDGET_SECONDS`, only `BRUTE_SAMPLE_ROWS` evenly spaced units are compared with every later
  unit and the time is extrapolated to all n(n-1)/2 pairs (the table says so; recall and precision
  are then not measured).

Recall: share of planted copies whose sentences all land in the group of their original.
Precision: share of the predicted pairs (any two members of a group) that are true: a planted
original with its copy, or two sentences of one of the real repeats listed in
`bench.generate.REAL_GROUPS`.

Writes a Markdown table to stdout and everything to build/bench/dedupe.json.
Run: `.venv/bin/python -m bench.dedupe_bench [--scales 1,10,100] [--seed N]` (`make bench`).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from bench import generate as gen

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "bench" / "dedupe.json"
SCALES = (1, 10, 100)
BRUTE_PREFILTER = 50.0
"""fuzz.ratio cut-off of the brute-force pre-scoring (every real repeat of the texts scores >= 62)."""
BRUTE_BUDGET_SECONDS = 600.0
"""Run the brute force in full only when its estimated time stays under this."""
BRUTE_SAMPLE_ROWS = 1500
BRUTE_BLOCK_ROWS = 1000
WORKERS = 2


# --- the two methods (run in a child process) --------------------------------------------------------

def brute_candidates(all_units, rows=None):
    """Every allowed pair (i < j) with fuzz.ratio >= BRUTE_PREFILTER; only rows `rows` if given."""
    from rapidfuzz import fuzz, process

    from pipeline import dedupe
    texts = [u.text for u in all_units]
    rows = list(range(len(texts))) if rows is None else list(rows)
    pairs = []
    for start in range(0, len(rows), BRUTE_BLOCK_ROWS):
        block = rows[start:start + BRUTE_BLOCK_ROWS]
        first = min(block) + 1
        scores = process.cdist([texts[i] for i in block], texts[first:], scorer=fuzz.ratio,
                               score_cutoff=BRUTE_PREFILTER, dtype=np.uint8, workers=WORKERS)
        for r, c in zip(*np.nonzero(scores)):
            i, j = block[r], first + int(c)
            if j > i:
                a, b = all_units[i], all_units[j]
                if dedupe.comparable(a, b):
                    pairs.append((i, j))
    return sorted(pairs)


def _rss_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def child(method: str, corpus_path: str, out_path: str) -> None:
    from pipeline import dedupe
    passages = pd.read_parquet(corpus_path)
    dedupe.candidate_pairs(dedupe.units(passages.head(50)))  # warm imports and regexes outside the measurement
    before = _rss_kb()
    result: dict = {"method": method}
    start = time.perf_counter()
    if method == "dedupe":
        def counted(all_units):
            """dedupe.build's own blocking, noting what the result reports."""
            pairs = dedupe.candidate_pairs(all_units)
            result.update(units=len(all_units), candidates=len(pairs))
            return pairs
        groups = dedupe.group(passages, counted)
    elif method == "brute":
        groups = dedupe.group(passages, brute_candidates)
    elif method == "brute_sample":
        all_units = dedupe.units(passages)
        t_units = time.perf_counter() - start
        n = len(all_units)
        rows = sorted({round(k * (n - 1) / (BRUTE_SAMPLE_ROWS - 1)) for k in range(BRUTE_SAMPLE_ROWS)})
        t0 = time.perf_counter()
        pairs = brute_candidates(all_units, rows)
        dedupe.verify(all_units, pairs)
        t_sample = time.perf_counter() - t0
        sampled_pairs = sum(n - 1 - i for i in rows)
        total_pairs = n * (n - 1) // 2
        result.update(sample_rows=len(rows), sampled_pairs=sampled_pairs, total_pairs=total_pairs,
                      sample_seconds=t_sample, units_seconds=t_units)
        groups = None
    else:
        raise SystemExit(f"unknown method {method}")
    seconds = time.perf_counter() - start
    if method == "brute_sample":
        seconds = result["units_seconds"] + result["sample_seconds"] * result["total_pairs"] / result["sampled_pairs"]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result.update(seconds=seconds, peak_mb=max(0, peak - before) / 1024, rss_before_mb=before / 1024)
    if groups is not None:
        groups.to_parquet(out_path, index=False)
    print(json.dumps(result))


def _run_child(method: str, corpus_path: Path, out_path: Path) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "bench.dedupe_bench", "--child", method, "--corpus",
                           str(corpus_path), "--out", str(out_path)], cwd=ROOT, env=env, capture_output=True,
                          text=True)
    if done.returncode != 0:
        raise SystemExit(f"{method} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- scoring -----------------------------------------------------------------------------------------------

def evaluate(groups: pd.DataFrame, corpus: gen.Corpus) -> dict:
    """Planted-pair recall, pair precision, and recall per edit."""
    group_of = dict(zip(groups["passage_id"], groups["group_id"]))
    predicted = {frozenset(p) for _, g in groups.groupby("group_id")
                 for p in itertools.combinations(sorted(g["passage_id"]), 2)}
    clusters = [p["original"] + p["copy"] for p in corpus.planted] + corpus.real_groups
    truth = {frozenset(p) for c in clusters for p in itertools.combinations(sorted(c), 2)}
    found = {}
    for p in corpus.planted:
        ids = p["original"] + p["copy"]
        found.setdefault(p["edit"], []).append(ids[0] in group_of and len({group_of.get(i) for i in ids}) == 1)
    hits = [ok for oks in found.values() for ok in oks]
    true_pairs = len(predicted & truth)
    return {"recall": sum(hits) / len(hits) if hits else float("nan"),
            "precision": true_pairs / len(predicted) if predicted else 1.0,
            "predicted_pairs": len(predicted), "false_pairs": len(predicted) - true_pairs,
            "recall_by_edit": {e: round(sum(v) / len(v), 4) for e, v in sorted(found.items())}}


# --- the run -------------------------------------------------------------------------------------------------

def run(scales, seed: int) -> dict:
    results = []
    brute_per_pair = None
    with tempfile.TemporaryDirectory() as tmp:
        for scale in scales:
            t0 = time.perf_counter()
            corpus = gen.generate(scale, seed)
            corpus_path = Path(tmp) / f"corpus_{scale}.parquet"
            corpus.passages.to_parquet(corpus_path, index=False)
            print(f"[{scale}x] {corpus.n_sentences} sentences, {len(corpus.planted)} planted "
                  f"(generated in {time.perf_counter() - t0:.1f}s)", file=sys.stderr)
            row = {"scale": scale, "sentences": corpus.n_sentences, "planted": len(corpus.planted),
                   "planted_by_edit": {e: sum(p["edit"] == e for p in corpus.planted) for e in gen.EDITS}}
            out = Path(tmp) / f"dedupe_{scale}.parquet"
            dd = _run_child("dedupe", corpus_path, out)
            row["dedupe"] = {**dd, **evaluate(pd.read_parquet(out), corpus)}
            print(f"[{scale}x] dedupe {dd['seconds']:.1f}s", file=sys.stderr)
            n_units = dd["units"]
            total_pairs = n_units * (n_units - 1) // 2
            estimate = brute_per_pair * total_pairs if brute_per_pair else None
            if estimate is None or estimate <= BRUTE_BUDGET_SECONDS:
                out = Path(tmp) / f"brute_{scale}.parquet"
                bf = _run_child("brute", corpus_path, out)
                row["brute"] = {**bf, "extrapolated": False, **evaluate(pd.read_parquet(out), corpus)}
                brute_per_pair = bf["seconds"] / total_pairs
            else:
                bf = _run_child("brute_sample", corpus_path, Path(tmp) / "unused")
                row["brute"] = {**bf, "extrapolated": True, "estimate_before_run": estimate}
            print(f"[{scale}x] brute force {bf['seconds']:.1f}s"
                  f"{' (extrapolated)' if row['brute']['extrapolated'] else ''}", file=sys.stderr)
            row["speedup"] = row["brute"]["seconds"] / row["dedupe"]["seconds"]
            results.append(row)
    scaling = {}
    by_scale = {r["scale"]: r for r in results}
    if 10 in by_scale and 100 in by_scale:
        a, b = by_scale[10], by_scale[100]
        scaling = {"time_ratio_100x_over_10x": b["dedupe"]["seconds"] / a["dedupe"]["seconds"],
                   "size_ratio": b["sentences"] / a["sentences"],
                   "exponent": math.log(b["dedupe"]["seconds"] / a["dedupe"]["seconds"])
                   / math.log(b["sentences"] / a["sentences"])}
    return {"seed": seed, "scales": list(scales), "results": results, "scaling_10x_to_100x": scaling,
            "targets_at_100x": _targets(by_scale.get(100), scaling),
            "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "workers": WORKERS},
            "settings": {"plant_rate": gen.PLANT_RATE, "brute_prefilter": BRUTE_PREFILTER,
                         "brute_budget_seconds": BRUTE_BUDGET_SECONDS, "brute_sample_rows": BRUTE_SAMPLE_ROWS}}


def _targets(row: dict | None, scaling: dict) -> dict:
    if not row:
        return {}
    return {"recall>=0.95": row["dedupe"]["recall"] >= 0.95, "precision>=0.95": row["dedupe"]["precision"] >= 0.95,
            "speedup>=10": row["speedup"] >= 10,
            "near_linear_10x_to_100x (exponent<=1.2)": scaling.get("exponent", 99) <= 1.2}


def markdown(report: dict) -> str:
    lines = ["| scale | sentences | planted | recall | precision | false pairs | dedupe s | dedupe peak MB "
             "| brute s | brute peak MB | brute recall | brute precision | speed-up |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in report["results"]:
        d, b = r["dedupe"], r["brute"]
        extra = "*" if b["extrapolated"] else ""
        lines.append(
            f"| {r['scale']}x | {r['sentences']:,} | {r['planted']:,} | {d['recall']:.3f} | {d['precision']:.3f} "
            f"| {d['false_pairs']} | {d['seconds']:.2f} | {d['peak_mb']:.0f} | {b['seconds']:.2f}{extra} "
            f"| {b['peak_mb']:.0f}{extra} | {_fmt(b.get('recall'))} | {_fmt(b.get('precision'))} "
            f"| {r['speedup']:.1f}x{extra} |")
    notes = []
    if any(r["brute"]["extrapolated"] for r in report["results"]):
        notes.append(f"\\* brute force extrapolated from {BRUTE_SAMPLE_ROWS} evenly spaced units compared with "
                     "every later unit, scaled to all n(n-1)/2 unit pairs; its peak memory is that of the sample "
                     "run, and its recall/precision are not measured.")
    s = report["scaling_10x_to_100x"]
    if s:
        notes.append(f"dedupe time 10x -> 100x: x{s['time_ratio_100x_over_10x']:.1f} for x{s['size_ratio']:.1f} "
                     f"sentences (exponent {s['exponent']:.2f}; 1.0 = linear).")
    for r in report["results"]:
        notes.append(f"{r['scale']}x recall by edit: " + ", ".join(
            f"{e} {v:.2f}" for e, v in r["dedupe"]["recall_by_edit"].items())
            + f"; {r['dedupe']['candidates']:,} LSH candidates for {r['dedupe']['units']:,} units.")
    if report["targets_at_100x"]:
        notes.append("targets at 100x: " + ", ".join(f"{k} {'met' if v else 'NOT met'}"
                                                     for k, v in report["targets_at_100x"].items()))
    return "\n".join(lines + [""] + notes)


def _fmt(value) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default=",".join(map(str, SCALES)))
    parser.add_argument("--seed", type=int, default=gen.SEED)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.corpus, args.out)
        return
    report = run([int(s) for s in args.scales.split(",")], args.seed)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, indent=2) + "\n")
    print(markdown(report))
    print(f"\n(JSON: {OUT.relative_to(ROOT)})")


if __name__ == "__main__":
    main()
