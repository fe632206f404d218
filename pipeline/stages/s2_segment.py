"""Sections, paragraphs and sentences of every source, with offsets into its raw text.

One row per passage; key passage_id. A section runs from its heading to the paragraph before the
next heading (text before the first heading forms a section without one); a paragraph is one
non-blank line outside the boilerplate; sentences come from `pipeline.text.sentences`. Each row's
`text` is exactly `raw_text[char_start:char_end]`.
"""

from __future__ import annotations

import re

import pandas as pd

from pipeline.errors import InputError
from pipeline.text import boilerplate, sentences
from schemas import columns

HEADING_MAX_WORDS = 10
"""A line of at most this many words that does not end like a sentence is a heading."""
SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*$")

MAX_ORDINAL = {"section": 999, "paragraph": 999, "sentence": 9999}
"""Largest ordinal a passage id can write (`sec999`, `par999`, `sen9999`): a bound on a text's length."""

COLUMNS = columns("passages")


def build(documents: pd.DataFrame, boilerplate_spans: pd.DataFrame) -> pd.DataFrame:
    """Segment each document (columns source_id, text) outside its boilerplate spans."""
    rows: list[dict] = []
    for doc in documents.sort_values("source_id").itertuples(index=False):
        spans = boilerplate_spans[boilerplate_spans["source_id"] == doc.source_id]
        rows.extend(_segment(doc.source_id, doc.text, list(zip(spans["char_start"], spans["char_end"]))))
    return pd.DataFrame(rows, columns=COLUMNS)


def is_heading(line: str) -> bool:
    return len(line.split()) <= HEADING_MAX_WORDS and not SENTENCE_END.search(line) and line[0].isupper()


def _segment(source_id: str, text: str, excluded: list[tuple[int, int]]) -> list[dict]:
    paragraphs = [
        (s, e, line)
        for s, e, line in boilerplate.lines_with_offsets(text)
        if not any(s < b_end and b_start < e for b_start, b_end in excluded)
    ]
    sections: list[list[tuple[int, int, str]]] = []
    for para in paragraphs:
        if not sections or is_heading(para[2]):
            sections.append([])
        sections[-1].append(para)
    rows: list[dict] = []
    n_par = n_sen = 0
    for n_sec, members in enumerate(sections, start=1):
        section_id = f"{source_id}:sec{n_sec:03d}"
        start, end = members[0][0], members[-1][1]
        rows.append(_row(section_id, source_id, "section", n_sec, None, start, end, text, is_heading(members[0][2])))
        for p_start, p_end, line in members:
            n_par += 1
            para_id = f"{source_id}:par{n_par:03d}"
            heading = is_heading(line)
            rows.append(_row(para_id, source_id, "paragraph", n_par, section_id, p_start, p_end, text, heading))
            for s_start, s_end in sentences.split(line):
                n_sen += 1
                rows.append(
                    _row(
                        f"{source_id}:sen{n_sen:04d}",
                        source_id,
                        "sentence",
                        n_sen,
                        para_id,
                        p_start + s_start,
                        p_start + s_end,
                        text,
                        heading,
                    )
                )
    for kind, n in (("section", len(sections)), ("paragraph", n_par), ("sentence", n_sen)):
        if n > MAX_ORDINAL[kind]:
            raise InputError(
                f"raw/sources.yaml: the text of source {source_id} has {n:,} {kind}s, more than the "
                f"{MAX_ORDINAL[kind]:,} passage ids can number. Split it into several sources."
            )
    return rows


def _row(passage_id, source_id, kind, ordinal, parent, start, end, text, heading) -> dict:
    return {
        "passage_id": passage_id,
        "source_id": source_id,
        "kind": kind,
        "ordinal": ordinal,
        "parent_passage_id": parent,
        "char_start": start,
        "char_end": end,
        "text": text[start:end],
        "is_heading": heading,
    }
