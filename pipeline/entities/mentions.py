"""Entities, dates and amounts found in every sentence, with the paragraph's context.

One row per mention; key mention_id. Offsets point into the raw text of the source. Dates take
context from their section: a year stated in an earlier sentence is the anchor for a month
without a year or for "the following year" in a later one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import pandas as pd

from pipeline.text import amounts, dates
from schemas import columns

COLUMNS = columns("mentions")


class Finder(Protocol):
    """What finds entity mentions in a sentence: a `Gazetteer`, or one that remembers its answers."""

    def find(self, text: str) -> list: ...


class SentenceRow(Protocol):
    """A row of `sentences()` as `itertuples` gives it: the passage columns the extractors read."""

    source_id: str
    passage_id: str
    parent_passage_id: str
    char_start: int
    text: str


@dataclass(frozen=True)
class Found:
    """A sentence row with what was found in it (offsets relative to the sentence)."""

    row: SentenceRow
    anchor_year: int | None
    entities: tuple
    dates: tuple
    amounts: tuple


def sentences(passages: pd.DataFrame) -> pd.DataFrame:
    """Sentences that can state facts (headings excluded), in text order."""
    frame = passages[(passages["kind"] == "sentence") & ~passages["is_heading"].astype(bool)]
    return frame.sort_values(["source_id", "char_start"]).reset_index(drop=True)


def headings(passages: pd.DataFrame) -> dict[str, str]:
    """passage_id of every sentence -> the heading of its section (a section's first paragraph, where that
    is a heading): the topic a list or an undated paragraph under it is about."""
    heads = passages[(passages["kind"] == "paragraph") & passages["is_heading"].astype(bool)]
    heading_of = dict(zip(heads["parent_passage_id"], heads["text"]))
    section_of = dict(zip(passages["passage_id"], passages["parent_passage_id"]))
    rows = passages[passages["kind"] == "sentence"]
    return {
        pid: heading_of[section_of.get(parent)]
        for pid, parent in zip(rows["passage_id"], rows["parent_passage_id"])
        if section_of.get(parent) in heading_of
    }


def heading_states(headings: dict[str, str], gazetteer: Finder) -> dict[str, tuple[str, ...]]:
    """heading -> the states it names ('China', 'Turkmenistan–China relations'): in an article on a state's
    foreign relations, a section headed by one partner is about that state's relations with it."""
    return {
        h: tuple(dict.fromkeys(m.entity_id for m in gazetteer.find(h) if m.entity_type == "state"))
        for h in set(headings.values())
    }


def find_all(passages: pd.DataFrame, gazetteer: Finder) -> list[Found]:
    """Mentions of every sentence; the year anchor carries from sentence to sentence within a
    section ("The following year, …" can open a paragraph) and starts afresh in the next, at the year its
    heading names where it names one (codebook §4: a relative date under a dated heading is resolved)."""
    section_of = dict(zip(passages["passage_id"], passages["parent_passage_id"]))
    heading_of = headings(passages)
    out, section, year = [], None, None
    for row in sentences(passages).itertuples(index=False):
        if section_of.get(row.parent_passage_id) != section:
            section, year = section_of.get(row.parent_passage_id), dates.heading_year(heading_of.get(row.passage_id))
        found_dates = _dates(row.text, year)
        out.append(Found(row, year, tuple(gazetteer.find(row.text)), found_dates, _amounts(row.text)))
        told = [d for d in found_dates if not BOUND.search(row.text, max(0, d.char_start - 30), d.char_start)]
        if told:
            year = told[-1].date_start.year
    return out


BOUND = re.compile(r"\b(?:by|before|until|till|no later than)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
"""A deadline or a bound ('agreed to raise it to $10 billion by 2025', 'the lease runs until 2050') is no year the
narrative is at: 'A visit by Putin to Tashkent followed in October' is of the year the text told last, not 2025."""


REMEMBERED = 100_000
"""Sentences whose dates and amounts a process remembers (least recently used dropped first)."""


@lru_cache(maxsize=REMEMBERED)
def _dates(text: str, anchor_year: int | None) -> tuple:
    """`dates.find_dates`, remembered: a sentence repeated word for word (a large corpus repeats many) is
    read once per process. The mentions are frozen and depend on nothing but these two arguments; the
    patterns' readings depend on the text alone, so a repeat under another anchor year reuses them."""
    return tuple(dates.resolve(text, _readings(text), anchor_year))


@lru_cache(maxsize=REMEMBERED)
def _readings(text: str) -> tuple:
    """`dates.readings`, remembered per text (frozen, like the mentions)."""
    return dates.readings(text)


@lru_cache(maxsize=REMEMBERED)
def _amounts(text: str) -> tuple:
    """`amounts.find_amounts`, remembered like `_dates` (its word list is read once per process anyway)."""
    return tuple(amounts.find_amounts(text))


def build(found: list[Found]) -> pd.DataFrame:
    """The mentions table."""
    rows = []
    for f in found:
        base = {"source_id": f.row.source_id, "passage_id": f.row.passage_id}
        offset = f.row.char_start
        for m in f.entities:
            rows.append(_row(base, offset, m, "entity", entity_id=m.entity_id, form=m.form))
        for m in f.dates:
            rows.append(_row(base, offset, m, "date", **dates.date_fields(m)))
        for m in f.amounts:
            rows.append(_row(base, offset, m, "amount", value=float(m.value), unit=m.unit, currency=m.currency))
    return pd.DataFrame(rows, columns=COLUMNS)


def _row(base: dict, offset: int, mention, mention_type: str, **fields) -> dict:
    start, end = offset + mention.char_start, offset + mention.char_end
    return {
        **dict.fromkeys(COLUMNS),
        **base,
        **fields,
        "mention_id": f"{base['source_id']}:{start}-{end}:{mention_type}",
        "mention_type": mention_type,
        "char_start": start,
        "char_end": end,
        "text": mention.text,
        "rule_id": mention.rule_id,
    }
