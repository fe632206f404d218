"""The pipeline's stages: which tables each one reads and writes, and the function that does it.

Why: the Makefile runs one stage at a time (`kzfp stage NAME`) so that it can skip stages whose
inputs did not change, and `kzfp build` runs them all; both go through `run`, which loads a stage's
input tables from the work folder, calls its pure function and saves its output tables there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pandas as pd

from pipeline import curation, dedupe, extract, gazetteer, ingest, mentions, parse, provisional, reconcile, segment, sources


@dataclass(frozen=True)
class Stage:
    name: str
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    run: Callable[..., tuple[pd.DataFrame, ...]]
    doc: str


def _ingest(raw_dir: Path) -> tuple[pd.DataFrame, ...]:
    return ingest.build(*ingest.load(raw_dir))


def _segment(raw_dir: Path, documents: pd.DataFrame, boilerplate: pd.DataFrame) -> tuple[pd.DataFrame, ...]:
    return (segment.build(documents, boilerplate),)


def _dedupe(raw_dir: Path, passages: pd.DataFrame) -> tuple[pd.DataFrame, ...]:
    return (dedupe.build(passages),)


def _extract(raw_dir: Path, passages: pd.DataFrame, documents: pd.DataFrame) -> tuple[pd.DataFrame, ...]:
    dictionaries = gazetteer.load_dictionaries(raw_dir / "dictionaries")
    entities = gazetteer.entities_table(dictionaries)
    found = mentions.find_all(passages, gazetteer.Gazetteer(dictionaries))
    subjects = {e["id"]: e.get("subject") for e in sources.load(raw_dir / "sources.yaml")}
    parses = parse.sentence_parses(documents, passages, parse.cache_dir(raw_dir.parent))
    headings = mentions.headings(passages)
    found, names = provisional.organizations(found, parses, headings)
    entities = provisional.entity_rows(names, entities)
    return entities, mentions.build(found), extract.build(found, entities, dictionaries["state_groups"],
                                                        subjects, parses, headings)


def _reconcile(raw_dir: Path, candidates: pd.DataFrame, duplicate_groups: pd.DataFrame, documents: pd.DataFrame,
               passages: pd.DataFrame, entities: pd.DataFrame) -> tuple[pd.DataFrame, ...]:
    tables = reconcile.build(candidates, duplicate_groups)
    texts = dict(zip(documents["source_id"], documents["text"]))
    tables = curation.apply(tables, curation.load(raw_dir / "curation.yaml"), texts, passages, entities=entities)
    return tuple(tables[name] for name in RECONCILED)


RECONCILED = ("memberships", "visits", "agreements", "agreement_parties", "organization_events", "amounts",
              "evidence", "conflicts", "rejected_facts", "corrections", "curation_decisions")

STAGES = [
    Stage("ingest", (), ("sources", "documents", "boilerplate"), _ingest,
          "decode the texts, verify checksums, find boilerplate"),
    Stage("segment", ("documents", "boilerplate"), ("passages",), _segment,
          "sections, paragraphs and sentences"),
    Stage("dedupe", ("passages",), ("duplicate_groups",), _dedupe, "near-duplicate sentences"),
    Stage("extract", ("passages", "documents"), ("entities", "mentions", "candidates"), _extract,
          "entities, dates, amounts and candidate facts"),
    Stage("reconcile", ("candidates", "duplicate_groups", "documents", "passages", "entities"), RECONCILED,
          _reconcile, "merge repeats, corroborate, record conflicts, apply raw/curation.yaml"),
]
BY_NAME = {s.name: s for s in STAGES}


def run(stage: Stage, raw_dir: Path, work_dir: Path) -> None:
    """Load a stage's inputs from `work_dir`, run it, save its outputs there."""
    inputs = [pd.read_parquet(work_dir / f"{name}.parquet") for name in stage.inputs]
    outputs = stage.run(raw_dir, *inputs)
    work_dir.mkdir(parents=True, exist_ok=True)
    for name, frame in zip(stage.outputs, outputs):
        tmp = work_dir / f".{name}.parquet.tmp"
        frame.to_parquet(tmp, index=False)
        tmp.replace(work_dir / f"{name}.parquet")


def load_outputs(work_dir: Path) -> dict[str, pd.DataFrame]:
    """Every table the stages wrote, by name."""
    return {name: pd.read_parquet(work_dir / f"{name}.parquet")
            for stage in STAGES for name in stage.outputs}
