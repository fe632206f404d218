"""Input bounds: a text near the size bound builds within a stated memory; above it, one line.

The bounds (pipeline/text/decode.py MAX_TEXT_BYTES, pipeline/stages/s2_segment.py MAX_ORDINAL) keep a build's time
and memory bounded whatever a user puts in raw/: dedupe collapses exact copies of a sentence, so a
text of one sentence repeated costs what a text of distinct sentences costs.
"""

from __future__ import annotations

import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.stages import s2_segment as segment
from pipeline.text import decode
from tests.bad_inputs.conftest import clone, error_line
from tests.helpers import KZFP

PEAK_RSS_BYTES = 1_500_000_000
"""Stated bound for a build with one text near MAX_TEXT_BYTES (measured: about 530 MB)."""
AKINER = "raw/akiner-kazakhstans-evolving-foreign-policy.txt"


def add_source(repo: Path, name: str, data: bytes) -> None:
    (repo / "raw" / f"{name}.txt").write_bytes(data)
    with open(repo / "raw" / "sources.yaml", "a", encoding="utf-8") as handle:
        handle.write(
            f"\n- id: {name}\n  file: {name}.txt\n  sha256: {hashlib.sha256(data).hexdigest()}\n"
            "  title: A long text\n  author: null\n  publisher: null\n  venue: null\n  year: null\n"
            "  language: en\n  url: null\n  rights: test\n  metadata_basis: test\n"
        )


def near_bound_text(repo: Path, repeated: bool) -> bytes:
    """Just under MAX_TEXT_BYTES and the passage-id bounds: paragraphs of ten sentences of words drawn
    from the Akiner text (all distinct), or one such sentence over and over."""
    words = (repo / AKINER).read_text(encoding="utf-8").split()
    randomly = random.Random(16)
    paragraphs_wanted = segment.MAX_ORDINAL["paragraph"] - 50
    sentence_bytes = decode.MAX_TEXT_BYTES * 0.97 / (paragraphs_wanted * 10)

    def sentence() -> str:
        out = []
        while len(" ".join(out).encode()) < sentence_bytes:
            out.append(randomly.choice(words))
        return " ".join(out).rstrip(".") + "."

    one = sentence()
    paragraphs, size = [], 0
    while len(paragraphs) < paragraphs_wanted:
        paragraph = " ".join(one if repeated else sentence() for _ in range(10))
        if size + len(paragraph.encode()) + 2 > decode.MAX_TEXT_BYTES * 0.98:
            break
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 2
    return "\n\n".join(paragraphs).encode("utf-8")


def build_measured(repo: Path) -> tuple[subprocess.CompletedProcess, int]:
    """`kzfp build` in `repo`, and the peak resident memory of the build process in bytes (Linux)."""
    probe = (
        "import resource, subprocess, sys, json; r = subprocess.run([sys.argv[1], 'build'], capture_output=True,"
        " text=True); print(json.dumps([r.returncode, r.stderr, resource.getrusage(resource.RUSAGE_CHILDREN)"
        ".ru_maxrss * 1024]))"
    )
    done = subprocess.run([sys.executable, "-c", probe, KZFP], cwd=repo, capture_output=True, text=True, check=True)
    code, stderr, peak = json.loads(done.stdout)
    return subprocess.CompletedProcess(["kzfp", "build"], code, "", stderr), peak


@pytest.mark.parametrize("repeated", [False, True], ids=["distinct", "one_sentence_repeated"])
def test_a_text_near_the_bound_builds_within_the_stated_memory(good_build, tmp_path, repeated):
    repo = clone(good_build, tmp_path / "repo")
    data = near_bound_text(repo, repeated)
    assert len(data) > decode.MAX_TEXT_BYTES * 0.9
    add_source(repo, "long_text", data)
    result, peak = build_measured(repo)
    assert result.returncode == 0, result.stderr[-2000:]
    assert peak < PEAK_RSS_BYTES, f"{peak:,} bytes"
    rows = (repo / "build" / "current" / "sources.csv").read_text(encoding="utf-8")
    assert "long_text" in rows


def test_a_text_with_more_paragraphs_than_ids_is_refused_in_one_line(good_build, tmp_path):
    repo = clone(good_build, tmp_path / "repo")
    n = segment.MAX_ORDINAL["paragraph"] + 1
    add_source(repo, "many_paragraphs", "\n\n".join(f"Paragraph {i} is short." for i in range(n)).encode())
    result = subprocess.run([KZFP, "build"], cwd=repo, capture_output=True, text=True)
    line = error_line(result)
    assert "many_paragraphs" in line and f"{n:,} paragraphs" in line and "Split it" in line
