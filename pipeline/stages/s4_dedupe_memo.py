"""The matching copies dedupe made in the last build, kept for the next one (build/work/dedupe_memo.pickle).

Why: normalising every distinct sentence (spelling, numbers, stems, word sets: `s4_dedupe_units.Normaliser`)
is about half of dedupe's CPU, and it is a pure function of the text and of the code of `s4_dedupe_units`
(and what it imports). After one text is added to a built corpus, only that text's sentences are
normalised; every other step of dedupe runs in full, so the groups are byte for byte those of a fresh
build (tests/unit/test_dedupe_memo.py). The file is keyed by that code's checksum (written by other code,
it is ignored, then replaced) and holds only the texts of the last run, so it never outgrows the corpus.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

from pipeline import fingerprint
from pipeline.stages.s4_dedupe_units import Normaliser

CODE = ("pipeline.stages.s4_dedupe_units",)
"""The code the matching copies depend on (its imports followed)."""
CODE_ROOT = Path(__file__).resolve().parents[2]


def code_version() -> str:
    files = fingerprint.code_files(CODE_ROOT, CODE)
    return fingerprint.combine([(str(p.relative_to(CODE_ROOT)), fingerprint.file_digest(p)) for p in files])


def load(path: Path, version: str) -> Normaliser:
    """A normaliser that knows the texts kept in `path` if this code (`version`) wrote them, else a fresh one
    (no file yet, an unreadable one, or one written by other code)."""
    try:
        written, known = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
        return Normaliser()
    return Normaliser(known if written == version else None)


def save(path: Path, version: str, normaliser: Normaliser) -> None:
    """Keep the texts `normaliser` looked up in this run (written whole, then moved into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(pickle.dumps((version, normaliser.seen), protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(path)
