"""Benchmark of the extract stage with the parser: words per second with the parse cached and uncached.

Measures on the published build's own inputs (build/work/passages.parquet and documents.parquet, so run
`make build` first), in this process, one core:

* parse: every document parsed by `pipeline.text.parse` into an empty temporary cache (the cost a new or
  changed text pays once);
* extract: the whole extract stage (`pipeline.graph` extract: dictionaries, mentions, parses read
  back from that cache, provisional entities, every rule), best of three runs;
* peak memory of the process (resource.getrusage maxrss).

The goal (issue 13) is at least 5,000 words/s per core for the extract stage with the parse cached.
Writes a Markdown table to stdout and the figures to build/bench/extract.json.
Run: `.venv/bin/python -m bench.extract_bench` (`make bench`).
"""

from __future__ import annotations

import json
import os
import resource
import tempfile
import time
from pathlib import Path

import pandas as pd

from pipeline import graph as stages
from pipeline.text import parse

ROOT = Path(os.environ.get("KZFP_ROOT", ".")).resolve()


def main() -> None:
    work = ROOT / "build" / "work"
    passages = pd.read_parquet(work / "passages.parquet")
    documents = pd.read_parquet(work / "documents.parquet")
    words = int(documents["text"].str.split().str.len().sum())
    parse.model()  # loading the model is a fixed cost, not a per-word one
    with tempfile.TemporaryDirectory() as cache:
        os.environ[parse.CACHE_ENV] = cache
        start = time.perf_counter()
        parse.sentence_parses(documents, passages, Path(cache))
        parse_seconds = time.perf_counter() - start
        runs = []
        extract = stages.BY_NAME["extract"].run
        assert extract is not None
        for _ in range(3):
            start = time.perf_counter()
            extract(ROOT / "raw", passages, documents)
            runs.append(time.perf_counter() - start)
    extract_seconds = min(runs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "words": words,
        "documents": len(documents),
        "parse_seconds": round(parse_seconds, 3),
        "parse_words_per_second": round(words / parse_seconds),
        "extract_cached_seconds": round(extract_seconds, 3),
        "extract_cached_words_per_second": round(words / extract_seconds),
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
