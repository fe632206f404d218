"""Benchmark of the whole pipeline at 1x, 10x, 30x and 100x the texts, with dedupe against brute force.

For each scale it writes a corpus (`bench.generate`: the real texts plus sentences drawn from them and
from look-alikes with replacement, half of them lightly edited, the true duplicate groups known) into a
scratch repository (raw/, dictionaries, curation, reference data) and runs `kzfp build` there in a
fresh child process, recording per stage the CPU seconds (this process and its worker processes),
the wall time and the texts processed, and the peak memory of the build process and of a worker. The
parser's own CPU seconds (spaCy) are measured apart, with the words it parsed: they are left out of the
documents stage and of the whole (a fresh parse cache per scratch repository, so every text is parsed).
Then, from the built tables:

* dedupe's pair precision and recall on the planted truth (pairs = two sentences in one group);
* the brute-force baseline, side by side: every pair of units pre-scored in C++ by
  `rapidfuzz.process.cdist` (fuzz.ratio >= `BRUTE_PREFILTER`, 2 threads) and the survivors verified
  like dedupe's candidates, without the collapse of exact repeats; measured in full up to
  `BRUTE_FULL_UNITS` units, else on `BRUTE_SAMPLE_ROWS` evenly spaced units against all others and
  extrapolated to all pairs (the table says so). The table gives the pre-scoring alone too: it is the
  floor of any all-pairs method, however its survivors are verified;
* at 10x, one small text added to the built corpus, rebuilt (`kzfp build`), as a share of the full build;
* at 1x, `kzfp build` after one stage's inputs changed (its stamp removed), against the import floor
  (`python -c "import pipeline.runner"`: what every build loads; the CLI itself imports it lazily), each the
  least of three runs.

Writes a Markdown table to stdout and everything to build/bench/pipeline.json.
Run: `.venv/bin/python -m bench.pipeline_bench [--scales 1,10,30,100] [--seed N]` (`make bench`; about twenty
CPU minutes, most of them the parser on the 100x corpus, about two million words parsed afresh; longer in
wall time on a busy machine; `--scales 1,10` for a quick look, the exponent then from 10x to the largest scale).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from bench import generate as gen

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "bench" / "pipeline.json"
SCALES = (1, 10, 30, 100)
BRUTE_PREFILTER = 50.0
"""fuzz.ratio cut-off of the brute-force pre-scoring (every real repeat of the texts scores >= 62)."""
BRUTE_FULL_UNITS = 3000
BRUTE_SAMPLE_ROWS = 300
ADDED_SENTENCES = 40
"""Sentences of the text added to the built 10x corpus."""
COPIED = ["raw/dictionaries", "raw/reference", "raw/curation.yaml", "schemas/package.yaml"]
"""What a scratch repository needs besides the texts (the gold annotation is left out: no evaluation)."""


# --- children -------------------------------------------------------------------------------------


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _children_cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def _parse_timed(function, *args):
    """`function(*args)` (per-document work, in a worker) with the parser's own CPU seconds and the words
    it parsed measured apart: (result, parse CPU s, words)."""
    from pipeline.text import parse

    inner, spent = parse.sentence_parses, {"cpu": 0.0, "words": 0}

    def timed(documents, passages, cache=None):
        start = time.process_time()
        try:
            return inner(documents, passages, cache)
        finally:
            spent["cpu"] += time.process_time() - start
            spent["words"] += int(documents["text"].str.split().str.len().sum())

    parse.sentence_parses = timed
    try:
        return function(*args), spent["cpu"], spent["words"]
    finally:
        parse.sentence_parses = inner


def _parse_timing_mapper(mapper, totals: dict):
    """A mapper that runs each call through `_parse_timed` and adds its parse figures to `totals`."""

    def run(function, arguments):
        out = []
        for result, cpu, words in mapper(_parse_timed, [(function, *args) for args in arguments]):
            totals["cpu"] += cpu
            totals["words"] += words
            out.append(result)
        return out

    return run


def child_build(repo: str) -> None:
    """`kzfp build`, stage by stage, timed (runs with KZFP_ROOT=repo). The documents stage's CPU leaves
    out the parser's own, reported apart (`parse`: CPU seconds and words parsed)."""
    from pipeline import executor, runner
    from pipeline import graph as stages

    imported = _cpu()
    parsed = {"cpu": 0.0, "words": 0}
    mapper = _parse_timing_mapper(executor.mapper(), parsed)
    report: dict = {"import_cpu": imported, "stages": {}}
    with runner.build_lock():
        for stage in stages.STAGES:
            wall, cpu, workers, parse_cpu = time.perf_counter(), _cpu(), _children_cpu(), parsed["cpu"]
            texts = stages.run(stage, runner.RAW, runner.WORK, mapper)
            texts["workers_cpu"] = _children_cpu() - workers
            stages.write_stamp(stage, runner.ROOT, runner.WORK, stages.fingerprint_of(stage, runner.ROOT, runner.WORK))
            with_parse = _cpu() - cpu
            texts["cpu_with_parse"] = with_parse
            cpu = with_parse - (parsed["cpu"] - parse_cpu)
            report["stages"][stage.name] = {"cpu": cpu, "wall": time.perf_counter() - wall, **texts}
        report["parse"] = {**parsed, "words_per_cpu_s": parsed["words"] / parsed["cpu"] if parsed["cpu"] else None}
        wall, cpu = time.perf_counter(), _cpu()
        runner.publish_stage()
        report["stages"]["publish"] = {"cpu": _cpu() - cpu, "wall": time.perf_counter() - wall}
    report["total_cpu"] = _cpu()
    report["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report["worker_peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(report))


def brute_candidates(all_units: list, rows: list[int] | None = None) -> list[tuple[int, int]]:
    """Every comparable pair (i < j) with fuzz.ratio >= BRUTE_PREFILTER; only rows `rows` if given."""
    from rapidfuzz import fuzz, process

    from pipeline.stages import s4_dedupe_units as dedupe_units

    texts = [u.text for u in all_units]
    rows = list(range(len(texts))) if rows is None else rows
    pairs = []
    for start in range(0, len(rows), 500):
        block = rows[start : start + 500]
        scores = process.cdist(
            [texts[i] for i in block], texts, scorer=fuzz.ratio, score_cutoff=BRUTE_PREFILTER, dtype=np.uint8, workers=2
        )
        for r, c in zip(*np.nonzero(scores)):
            i, j = block[r], int(c)
            if i < j and dedupe_units.comparable(all_units[i], all_units[j]):
                pairs.append((i, j))
    return sorted(pairs)


def child_brute(repo: str) -> None:
    """The brute-force baseline on the built passages: CPU seconds (threads included) of the all-pairs
    pre-scoring and of verifying its survivors, measured apart."""
    from pipeline.stages import s4_dedupe as dedupe
    from pipeline.stages import s4_dedupe_units as dedupe_units

    passages = pd.read_parquet(Path(repo) / "build" / "work" / "passages.parquet")
    start = time.process_time()
    all_units = dedupe_units.units(passages)
    n = len(all_units)
    rows = (
        list(range(n))
        if n <= BRUTE_FULL_UNITS
        else sorted({round(k * (n - 1) / (BRUTE_SAMPLE_ROWS - 1)) for k in range(BRUTE_SAMPLE_ROWS)})
    )
    units_cpu = time.process_time() - start
    start = time.process_time()
    pairs = brute_candidates(all_units, rows)
    cdist_cpu = time.process_time() - start
    start = time.process_time()
    verdicts = [dedupe_units.is_match(all_units[i], all_units[j]) for i, j in pairs]
    verify_cpu = time.process_time() - start
    share = (n * (n - 1) / 2) / sum(n - 1 - i for i in rows)  # all pairs over the pairs measured
    result = {
        "units": n,
        "extrapolated": share > 1,
        "sample_rows": len(rows),
        "units_cpu": units_cpu,
        "cdist_cpu": cdist_cpu * share,
        "verify_cpu": verify_cpu * share,
        "cpu": units_cpu + (cdist_cpu + verify_cpu) * share,
        "pairs_verified": len(pairs) * share,
        "pairs_matched": sum(verdicts) * share,
    }
    if share == 1:
        groups = dedupe.group(passages, lambda reps: brute_candidates(reps))
        groups.to_parquet(Path(repo) / "build" / "bench_brute_groups.parquet", index=False)
    print(json.dumps(result))


def _child(kind: str, repo: Path) -> tuple[dict, float]:
    """Run a child; its result and its CPU seconds as the parent sees them (imports included)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {**_without_shared_caches(), "KZFP_ROOT": str(repo), "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "bench.pipeline_bench", "--child", kind, "--repo", str(repo)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1]), _child_cpu(before)


SHARED_CACHES = ("KZFP_PARSE_CACHE", "KZFP_DOCUMENT_CACHE")
"""Caches a build may share with others (pipeline/text/parse.py, pipeline/stages/document.py): never in the bench."""


def _without_shared_caches() -> dict:
    """This environment without the shared caches: a scratch repository parses and processes every
    text itself, into its own caches."""
    return {k: v for k, v in os.environ.items() if k not in SHARED_CACHES}


def _child_cpu(before) -> float:
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _kzfp_build(repo: Path) -> tuple[float, str]:
    """CPU seconds of one `kzfp build` in `repo`, and its progress lines."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [str(Path(sys.executable).with_name("kzfp")), "build"],
        cwd=repo,
        env={**_without_shared_caches(), "KZFP_ROOT": str(repo)},
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"kzfp build failed in {repo}:\n{done.stderr[-3000:]}")
    return _child_cpu(before), done.stderr


# --- corpus and scoring -------------------------------------------------------------------------------


def write_repo(corpus: gen.Corpus, repo: Path) -> None:
    """A scratch repository: the real texts (`gen.REAL_SOURCES`) and their sources.yaml entries, the
    synthetic texts, the inputs."""
    for name in COPIED:
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy2
        copy(ROOT / name, repo / name)
    entries = yaml.safe_load((ROOT / "raw" / "sources.yaml").read_text(encoding="utf-8"))
    entries = [e for e in entries if e["id"] in gen.REAL_SOURCES]
    for entry in entries:
        shutil.copy2(ROOT / "raw" / entry["file"], repo / "raw" / entry["file"])
    for source_id, text in corpus.texts.items():
        entries.append(_entry(source_id, text))
        (repo / "raw" / f"{source_id}.txt").write_text(text, encoding="utf-8")
    (repo / "raw" / "sources.yaml").write_text(yaml.safe_dump(entries, sort_keys=False), encoding="utf-8")


def _entry(source_id: str, text: str) -> dict:
    return {
        "id": source_id,
        "file": f"{source_id}.txt",
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "title": None,
        "author": None,
        "publisher": None,
        "venue": None,
        "year": None,
        "language": "en",
        "url": None,
        "rights": "synthetic benchmark text",
        "metadata_basis": "synthetic benchmark text",
    }


def pair_scores(groups: pd.DataFrame, base: dict[str, int]) -> dict:
    """Pair precision and recall of `groups` against the truth (same base = same group)."""
    predicted = {
        frozenset(p) for _, g in groups.groupby("group_id") for p in itertools.combinations(sorted(g["passage_id"]), 2)
    }
    by_base: dict[int, list[str]] = {}
    for pid, b in base.items():
        by_base.setdefault(b, []).append(pid)
    truth = {frozenset(p) for members in by_base.values() for p in itertools.combinations(sorted(members), 2)}
    hits = len(predicted & truth)
    return {
        "precision": hits / len(predicted) if predicted else 1.0,
        "recall": hits / len(truth) if truth else 1.0,
        "predicted_pairs": len(predicted),
        "true_pairs": len(truth),
        "false_pairs": len(predicted) - hits,
    }


# --- the run ----------------------------------------------------------------------------------------------


def run_scale(scale: int, seed: int, tmp: Path) -> dict:
    t0 = time.perf_counter()
    corpus = gen.generate(scale, seed)
    repo = tmp / f"x{scale}"
    write_repo(corpus, repo)
    print(
        f"[{scale}x] {corpus.n_drawn} drawn sentences, {len(corpus.texts)} synthetic texts "
        f"(written in {time.perf_counter() - t0:.1f}s); building…",
        file=sys.stderr,
    )
    build, build_cpu = _child("build", repo)
    work = repo / "build" / "work"
    passages = pd.read_parquet(work / "passages.parquet")
    base = gen.base_of(passages, corpus)
    sentences = int((passages["kind"] == "sentence").sum())
    distinct = passages.loc[passages["kind"] == "sentence", "text"].nunique()
    row = {
        "scale": scale,
        "sentences": sentences,
        "distinct_sentences": int(distinct),
        "build": build,
        "build_process_cpu": build_cpu,
        "dedupe": pair_scores(pd.read_parquet(work / "duplicate_groups.parquet"), base),
    }
    print(f"[{scale}x] built: {build_cpu:.1f} CPU s; brute-force baseline…", file=sys.stderr)
    brute, _ = _child("brute", repo)
    if not brute["extrapolated"]:
        brute.update(pair_scores(pd.read_parquet(repo / "build" / "bench_brute_groups.parquet"), base))
    row["brute"] = brute
    if scale == 10:
        row["incremental"] = _incremental(repo, seed, build_cpu)
    if scale == 1:
        row["one_stage_changed"] = _one_stage_changed(repo)
    shutil.rmtree(repo)
    return row


def _incremental(repo: Path, seed: int, full_cpu: float) -> dict:
    """One small text added to the built corpus: the rebuild's CPU as a share of the full build's."""
    added = gen.generate(2, seed + 1)
    text = "\n".join(next(iter(added.texts.values())).split("\n")[: ADDED_SENTENCES // 6]) + "\n"
    entries = yaml.safe_load((repo / "raw" / "sources.yaml").read_text(encoding="utf-8"))
    entries.append(_entry("zz_added", text))
    (repo / "raw" / "zz_added.txt").write_text(text, encoding="utf-8")
    (repo / "raw" / "sources.yaml").write_text(yaml.safe_dump(entries, sort_keys=False), encoding="utf-8")
    cpu, progress = _kzfp_build(repo)
    return {
        "cpu": cpu,
        "full_cpu": full_cpu,
        "share": cpu / full_cpu,
        "progress": [line for line in progress.splitlines() if "done in" in line or "up to date" in line],
    }


ONE_STAGE_RUNS = 3
"""Each 1x measure is the least of this many runs: a process of one or two CPU seconds varies by a fifth from
run to run on a shared machine (the import floor alone measured 0.99 to 1.42), and the least is the one the
neighbours disturbed least, as `timeit` reports."""


def _one_stage_changed(repo: Path) -> dict:
    """`kzfp build` at 1x after each stage's inputs changed (its stamp removed), and the import floor, each the
    least of `ONE_STAGE_RUNS` runs (every run really rebuilds: the stamp is removed before each)."""
    from pipeline import graph as stages

    def floor_once() -> float:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", "import pipeline.runner"], check=True)
        return _child_cpu(before)

    def changed_once(name: str) -> float:
        (repo / "build" / "work" / f"{name}.stamp").unlink()
        return _kzfp_build(repo)[0]

    out = {
        "import_floor_cpu": min(floor_once() for _ in range(ONE_STAGE_RUNS)),
        "unchanged_cpu": min(_kzfp_build(repo)[0] for _ in range(ONE_STAGE_RUNS)),
    }
    for stage in stages.GRAPH:
        out[f"{stage.name}_changed_cpu"] = min(changed_once(stage.name) for _ in range(ONE_STAGE_RUNS))
    return out


def run(scales: list[int], seed: int) -> dict:
    results = []
    with tempfile.TemporaryDirectory(prefix="kzfp-bench-") as tmp:
        for scale in scales:
            results.append(run_scale(scale, seed, Path(tmp)))
            r = results[-1]
            print(
                f"[{scale}x] pipeline {sum(s['cpu'] for s in r['build']['stages'].values()):.1f} CPU s, "
                f"dedupe {r['build']['stages']['dedupe']['cpu']:.1f}, brute {r['brute']['cpu']:.1f}",
                file=sys.stderr,
            )
    by_scale = {r["scale"]: r for r in results}
    exponents = {}
    top = max(by_scale)  # 10x -> 100x in `make bench`; 10x -> the largest scale run otherwise
    if 10 in by_scale and top > 10:
        a, b = by_scale[10], by_scale[top]
        size = math.log(b["sentences"] / a["sentences"])
        for name in list(a["build"]["stages"]) + ["whole", "parse"]:
            ca, cb = (_stage_cpu(a, name), _stage_cpu(b, name))
            exponents[name] = math.log(cb / ca) / size if ca > 0 and cb > 0 else float("nan")
    return {
        "seed": seed,
        "scales": scales,
        "results": results,
        "exponents": {"from": "10x", "to": f"{top}x", "by_stage": exponents},
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "settings": {
            "pool_share": gen.POOL_SHARE,
            "edit_share": gen.EDIT_SHARE,
            "brute_prefilter": BRUTE_PREFILTER,
            "brute_sample_rows": BRUTE_SAMPLE_ROWS,
        },
    }


def _stage_cpu(row: dict, name: str) -> float:
    """A stage's CPU seconds (the documents stage's without the parser's); 'whole' = every stage, the
    parser left out; 'parse' = the parser's own."""
    stages = row["build"]["stages"]
    if name == "parse":
        return row["build"]["parse"]["cpu"]
    return sum(s["cpu"] for s in stages.values()) if name == "whole" else stages[name]["cpu"]


def markdown(report: dict) -> str:
    stage_names = list(report["results"][0]["build"]["stages"])
    lines = [
        "| scale | sentences (distinct) | whole pipeline CPU s, parser apart | parser CPU s (words / CPU s) | "
        + " | ".join(f"{s} CPU s" for s in stage_names)
        + " | wall s | documents CPU in workers | peak MB (build / worker) | dedupe precision / recall "
        "| brute force CPU s (cdist alone) | brute precision / recall | dedupe speed-up (over cdist alone) |",
        "|---" * (10 + len(stage_names)) + "|",
    ]
    for r in report["results"]:
        b, st = r["build"], r["build"]["stages"]
        brute = r["brute"]
        star = "*" if brute["extrapolated"] else ""
        brute_pr = "n/a" if brute["extrapolated"] else f"{brute['precision']:.3f} / {brute['recall']:.3f}"
        docs = st["documents"]
        lines.append(
            f"| {r['scale']}x | {r['sentences']:,} ({r['distinct_sentences']:,}) | {_stage_cpu(r, 'whole'):.1f} | "
            f"{b['parse']['cpu']:.1f} ({b['parse']['words_per_cpu_s'] or 0:,.0f}) | "
            + " | ".join(f"{st[s]['cpu']:.2f}" for s in stage_names)
            + f" | {sum(s['wall'] for s in st.values()):.1f} | {docs['workers_cpu'] / max(docs['cpu_with_parse'], 1e-9):.0%} "
            f"| {b['peak_mb']:.0f} / {b['worker_peak_mb']:.0f} | {r['dedupe']['precision']:.3f} / "
            f"{r['dedupe']['recall']:.3f} | {brute['cpu']:.1f} ({brute['cdist_cpu']:.1f}){star} | {brute_pr} "
            f"| {brute['cpu'] / max(st['dedupe']['cpu'], 1e-9):.0f}x ({brute['cdist_cpu'] / max(st['dedupe']['cpu'], 1e-9):.0f}x){star} |"
        )
    notes = [
        "CPU seconds of the build process and its worker processes, imports not counted (whole pipeline = "
        "the sum of the stages); the parser's own CPU (spaCy, `pipeline.text.parse.sentence_parses`, measured in "
        "the workers, with the words it parsed) is apart, left out of the documents stage and of the whole; "
        "wall seconds depend on what else the machine runs; 'documents CPU in workers' "
        "= share of the per-document stage's CPU spent in the pool's worker processes (one per core); "
        "peak = maximum resident memory of the build process and of one worker."
    ]
    if any(r["brute"]["extrapolated"] for r in report["results"]):
        notes.append(
            f"\\* brute force extrapolated from {BRUTE_SAMPLE_ROWS} evenly spaced units compared with every "
            "unit, scaled to all unit pairs; its precision and recall are not measured."
        )
    exponents = report["exponents"]
    if exponents["by_stage"]:
        notes.append(
            f"exponent {exponents['from']} -> {exponents['to']} (1.0 = linear; parse = the parser's own): "
            + ", ".join(f"{k} {v:.2f}" for k, v in exponents["by_stage"].items())
        )
    for r in report["results"]:
        if "incremental" in r:
            inc = r["incremental"]
            notes.append(
                f"{r['scale']}x + one text of ~{ADDED_SENTENCES} sentences: {inc['cpu']:.1f} CPU s = "
                f"{inc['share']:.3f} x the full build ({inc['full_cpu']:.1f} CPU s, both as whole processes)."
            )
        if "one_stage_changed" in r:
            one = r["one_stage_changed"]
            floor = one["import_floor_cpu"]
            notes.append(
                f"{r['scale']}x `kzfp build`, import floor {floor:.2f} CPU s: nothing changed "
                f"{one['unchanged_cpu'] / floor:.2f}x; "
                + ", ".join(
                    f"{k.removesuffix('_changed_cpu')} changed {v / floor:.2f}x"
                    for k, v in one.items()
                    if k.endswith("_changed_cpu")
                )
                + " the floor."
            )
    return "\n".join(lines + [""] + notes)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default=",".join(map(str, SCALES)))
    parser.add_argument("--seed", type=int, default=gen.SEED)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--repo", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "build":
        child_build(args.repo)
        return
    if args.child == "brute":
        child_brute(args.repo)
        return
    report = run([int(s) for s in args.scales.split(",")], args.seed)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, indent=2) + "\n")
    print(markdown(report))
    print(f"\n(JSON: {OUT.relative_to(ROOT)})")


if __name__ == "__main__":
    main()
