"""A candidate's span stays inside its sentence. A rule that reads its span off parse tokens can take in the
whitespace token after the last word (the line end, which the sentence's text leaves out); the evidence's offsets
must still be those of its quote. Found by `make bench` at 100x, where a drawn sentence with a noun for its root
ended a line and the build stopped on a quote that differed from the raw text."""

from __future__ import annotations

import pytest

from tests.helpers import candidates

LINE_ENDS = [
    "The 1992 Treaty of Friendship between Russia and Kazakhstan.\nIt was ratified later.",
    "The 2003 agreement between Turkmenistan and Iran on gas supplies.\nDeliveries began in 2004.",
]


@pytest.mark.parametrize("paragraph", LINE_ENDS)
def test_a_quote_at_a_line_end_is_the_text_at_its_offsets(paragraph):
    found = candidates(paragraph, "agreement", None)
    assert found, "the named instrument with its year and sides is an agreement"
    for c in found:
        assert paragraph[c["char_start"] : c["char_end"]] == c["quote"]
        assert "\n" not in c["quote"]
