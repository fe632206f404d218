"""Python's cyclic garbage collector, paused while a stage builds many small objects.

Why: each full pass of the collector walks every live object of the process (pandas, spaCy and the
dictionaries included), and a stage that allocates millions of short-lived objects (dedupe's units and
scores; per-document work's tokens, sentences and candidates) triggers many passes: up to a quarter of
the per-document work's time and about 15 % of dedupe's on a hundred times the texts. Reference
counting still frees nearly everything at once; what sits in a cycle (a sentence and the candidates
that point back at it) waits for the collector's next pass after the pause, so memory stays bounded by
one stage call (one document, for per-document work).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off inside the block (and back on after it, if it was on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
