"""Walking up the parse ends at the root: spaCy makes a new Token object on every `.head`, so `t.head is t`
is never true and a loop that waits for it never ends (a word-salad text near the size bound hung a build)."""

from __future__ import annotations

import signal

from pipeline.rules.parsed_joining import _antecedent
from pipeline.text import parse


def _limited(seconds: int):
    def stop(signum, frame):
        raise TimeoutError("the climb did not stop at the root")

    signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)


def test_looking_for_what_their_stands_for_stops_at_the_root(tmp_path):
    doc = parse.parse("After their joining the WTO in 2015.", (), tmp_path)
    joining = next(t for t in doc if t.lower_ == "joining")
    _limited(10)
    try:
        assert _antecedent(joining) == []
    finally:
        signal.alarm(0)
