"""Property tests: for any text the segmenter and the entity finder do not raise, every offset lies
inside the text and every span equals its slice."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.entities import gazetteer
from pipeline.inputs import dictionaries as entity_dictionaries
from pipeline.stages import s2_segment as segment
from pipeline.text import boilerplate, sentences

GENRE = st.lists(
    st.sampled_from(
        [
            "Kazakhstan joined the OIC in 1995.",
            "US $27,000m. and",
            "rent 1m. ha",
            ". .",
            "\n",
            "\r\n",
            "\n\n",
            "President Nazarbaev’s visit to Beijing",
            "the U.S. – present",
            "Literature:",
            "© Copyright 2013.",
            "Яндекс.Метрика",
            "Executive Summary:",
            "‘Shanghai Five’",
            "  ",
            "Russo-Georgian",
            "US-led",
        ]
    ),
    max_size=30,
).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=400), GENRE)


@lru_cache(maxsize=1)
def _gazetteer() -> gazetteer.Gazetteer:
    return gazetteer.Gazetteer(
        entity_dictionaries.load_dictionaries(Path(__file__).resolve().parents[2] / "raw" / "dictionaries")
    )


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_sentence_spans_are_inside_and_non_empty(text):
    previous_end = 0
    for start, end in sentences.split(text):
        assert previous_end <= start < end <= len(text)
        assert text[start:end].strip()
        previous_end = end


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT)
def test_passages_equal_their_slices(text):
    text = text.replace("\r", "\n")  # what decode does, length-preserving
    spans = boilerplate.find(text)
    frame = pd.DataFrame(
        [
            {"source_id": "t", "kind": s.kind, "char_start": s.char_start, "char_end": s.char_end, "text": s.text}
            for s in spans
        ],
        columns=["source_id", "kind", "char_start", "char_end", "text"],
    )
    passages = segment.build(pd.DataFrame([{"source_id": "t", "text": text}]), frame)
    for row in passages.itertuples(index=False):
        assert 0 <= row.char_start < row.char_end <= len(text)
        assert text[row.char_start : row.char_end] == row.text
    for s in spans:
        assert text[s.char_start : s.char_end] == s.text


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT)
def test_entity_mentions_equal_their_slices_and_do_not_overlap(text):
    previous_end = 0
    for m in _gazetteer().find(text):
        assert previous_end <= m.char_start < m.char_end <= len(text)
        assert text[m.char_start : m.char_end] == m.text
        previous_end = m.char_end
