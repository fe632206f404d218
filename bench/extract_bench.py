"""Benchmark of extraction with the parser: words per CPU second with the parse cached and uncached.

Measures on the project's own texts (raw/, as `kzfp build` reads them), in this process, one core:

* parse: every document parsed by `pipeline.text.parse` into an empty temporary cache (the cost a new or
  changed text pays once);
* extract: the per-document work of the build (`pipeline.stages.document.process`: decode, segment,
  dictionaries, dates, amounts, parses read back from that cache, provisional entities, every rule) on
  every text, best of three runs, each with the per-process memories emptied first (the gazetteer's, the
  dates' and amounts'), so that no run profits from an earlier one;
* peak memory of the process (resource.getrusage maxrss).

Times are CPU seconds of this process (`time.process_time`): on a shared machine wall time says more
about the neighbours than about the code. The goal (issue 13) is at least 5,000 words per second and
core for extraction with the parse cached. The whole build's peak memory, at every scale, is in
bench/pipeline_bench.py. Writes a Markdown table to stdout and the figures to build/bench/extract.json.
Run: `.venv/bin/python -m bench.extract_bench` (`make bench`).
"""

from __future__ import annotations

import json
import os
import resource
import tempfile
import time
from pathlib import Path

from pipeline import fingerprint
from pipeline.entities import mentions
from pipeline.inputs import dictionaries as entity_dictionaries
from pipeline.stages import document
from pipeline.stages import s1_ingest as ingest
from pipeline.stages import s2_segment as segment
from pipeline.text import parse

ROOT = Path(os.environ.get("KZFP_ROOT", ".")).resolve()
RUNS = 3


def _forget() -> None:
    """Empty what a process remembers between texts, so that a run pays for every sentence."""
    document._PROCESS_CACHE.clear()
    mentions._dates.cache_clear()
    mentions._readings.cache_clear()
    mentions._amounts.cache_clear()


def main() -> None:
    raw = ROOT / "raw"
    entries, data = ingest.load(raw)
    entries = sorted(entries, key=lambda e: e["id"])
    _, documents, boilerplate = ingest.build(entries, data)
    passages = segment.build(documents, boilerplate)
    words = int(documents["text"].str.split().str.len().sum())
    files = sorted((raw / "dictionaries").glob("*.csv"))
    version = fingerprint.combine([(p.name, fingerprint.file_digest(p)) for p in files])
    dictionaries = document.Dictionaries(entity_dictionaries.load_dictionaries(raw / "dictionaries"), version)
    parse.model()  # loading the model is a fixed cost, not a per-word one
    with tempfile.TemporaryDirectory() as cache:
        start = time.process_time()
        parse.sentence_parses(documents, passages, Path(cache))
        parse_cpu = time.process_time() - start
        runs = []
        for _ in range(RUNS):
            _forget()
            start, wall = time.process_time(), time.perf_counter()
            for entry in entries:
                document.process(entry, data[entry["id"]], dictionaries, Path(cache))
            runs.append((time.process_time() - start, time.perf_counter() - wall))
    extract_cpu, extract_wall = min(runs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "words": words,
        "documents": len(documents),
        "parse_cpu_seconds": round(parse_cpu, 3),
        "parse_words_per_cpu_second": round(words / parse_cpu),
        "extract_cached_cpu_seconds": round(extract_cpu, 3),
        "extract_cached_wall_seconds": round(extract_wall, 3),
        "extract_cached_words_per_cpu_second": round(words / extract_cpu),
        "goal_words_per_second": 5000,
        "peak_memory_mb": round(peak_mb, 1),
        "model": f"{parse.MODEL_NAME} {parse.MODEL_VERSION}",
    }
    out = ROOT / "build" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "extract.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print("| measure | value |\n|---|---|")
    for key, value in result.items():
        print(f"| {key} | {value} |")


if __name__ == "__main__":
    main()
