"""Per-document work: one source text through decode, boilerplate, segment, mentions and extract.

Why: everything up to the candidate facts depends on one text, its entry in `raw/sources.yaml` and
the dictionaries, nothing else (context never crosses sources). `process` is that pure function, so
the build can cache its result per text (`build_all`: adding or editing one text re-does that text
only) and map it over the sources with any executor (`pipeline.executor`: a local process pool, or a
Dask cluster). A later per-document step (a parser) slots into `process`; whatever it depends on
beyond the text and the code goes into `Dictionaries.version` or the cache key.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline import collector
from pipeline.entities import gazetteer, mentions, provisional, provisional_persons, provisional_rows
from pipeline.inputs import dictionaries as entity_dictionaries
from pipeline.stages import s1_ingest as ingest
from pipeline.stages import s2_segment as segment
from pipeline.stages import s3_extract as extract
from pipeline.text import parse

TABLES = ("sources", "documents", "boilerplate", "passages", "mentions", "candidates", "provisional")
"""The per-document tables, each the union over sources of what `process` returns."""

CACHE_ENV = "KZFP_DOCUMENT_CACHE"
"""A folder shared by several builds (the tests' copies of the repository): a result is keyed by
everything `process` depends on (`cache_key`), so sharing it changes no output, only the time taken."""


def cache_dir(work_dir: Path) -> tuple[Path, bool]:
    """Where per-document results are kept, and whether the folder is shared: $KZFP_DOCUMENT_CACHE,
    else `<work_dir>/documents` (this build's own, pruned of texts it no longer has)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]), True
    return work_dir / "documents", False


@dataclass(frozen=True)
class Dictionaries:
    """The curated dictionaries (`raw/dictionaries/*.csv`, loaded and checked) and a checksum of their
    files. The gazetteer built from them is cached per process and version, so a worker builds it once."""

    tables: dict[str, pd.DataFrame]
    version: str

    def gazetteer(self) -> _Remembering:
        return _per_process(("gazetteer", self.version), lambda: _Remembering(gazetteer.Gazetteer(self.tables)))

    def entities(self) -> pd.DataFrame:
        return _per_process(("entities", self.version), lambda: entity_dictionaries.entities_table(self.tables))


class _Remembering:
    """A gazetteer that remembers what it found in each sentence text, for the life of the worker
    process: a sentence repeated word for word (in other texts, or in the same one) is looked up once.
    `find` is a pure function of the text and its mentions are frozen, so sharing them is safe."""

    LIMIT = 200_000
    """Sentences remembered at most (then it starts afresh): bounded memory on any corpus."""

    def __init__(self, inner: gazetteer.Gazetteer) -> None:
        self.inner = inner
        self.seen: dict[str, list] = {}

    def find(self, text: str) -> list:
        if text not in self.seen:
            if len(self.seen) >= self.LIMIT:
                self.seen.clear()
            self.seen[text] = self.inner.find(text)
        return list(self.seen[text])


_PROCESS_CACHE: dict = {}


def _per_process(key: tuple, make: Callable):
    """Built once per process and dictionaries version (a worker process keeps it between texts)."""
    if key not in _PROCESS_CACHE:
        for stale in [k for k in _PROCESS_CACHE if k[1] != key[1]]:  # one dictionaries version at a time
            del _PROCESS_CACHE[stale]
        _PROCESS_CACHE[key] = make()
    return _PROCESS_CACHE[key]


def process(
    entry: dict, data: bytes, dictionaries: Dictionaries, parse_cache: Path | None = None
) -> dict[str, pd.DataFrame]:
    """One source's tables (`TABLES`, offsets into its text) from its sources.yaml entry (as
    `pipeline.inputs.sources.load` returns it), its file's bytes and the dictionaries. Pure but for the parse
    cache (`parse_cache`, keyed by the text and the model, see pipeline/text/parse.py): nothing depends on
    other sources. `provisional` lists the organisations and persons the recogniser found that the dictionaries lack.
    Raises InputError naming the file if the bytes are not a UTF-8 text matching the entry's sha256.
    The garbage collector is paused meanwhile (`pipeline.collector`): the rules make millions of small objects."""
    with collector.paused():
        return _process(entry, data, dictionaries, parse_cache)


def _process(entry: dict, data: bytes, dictionaries: Dictionaries, parse_cache: Path | None) -> dict[str, pd.DataFrame]:
    sources, documents, boilerplate = ingest.build([entry], {entry["id"]: data})
    passages = segment.build(documents, boilerplate)
    found = mentions.find_all(passages, dictionaries.gazetteer())
    parses = parse.sentence_parses(documents, passages, parse_cache)
    headings = mentions.headings(passages)
    found, names = provisional.organizations(found, parses, headings)
    found, persons, states = provisional_persons.persons(found, parses, {entry["id"]: entry.get("subject")})
    names = {**names, **persons}
    entities = provisional_rows.entity_rows(names, dictionaries.entities(), states)
    candidates = extract.build(
        found,
        entities,
        dictionaries.tables["state_groups"],
        {entry["id"]: entry.get("subject")},
        parses,
        headings,
        mentions.heading_states(headings, dictionaries.gazetteer()),
    )
    return {
        "sources": sources,
        "documents": documents,
        "boilerplate": boilerplate,
        "passages": passages,
        "mentions": mentions.build(found),
        "candidates": candidates,
        "provisional": pd.DataFrame(
            [(eid, name, states.get(eid)) for eid, name in sorted(names.items())],
            columns=["entity_id", "name", "state_id"],
        ),
    }


def cache_key(entry: dict, data: bytes, code_version: str, dictionaries_version: str) -> str:
    """What `process` depends on: the entry's fields, the text's checksum, the code and the dictionaries."""
    fields = json.dumps({k: v for k, v in entry.items() if not k.startswith("_")}, sort_keys=True, default=str)
    parts = [fields, hashlib.sha256(data).hexdigest(), code_version, dictionaries_version]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:32]


def build_all(
    entries: list[dict],
    data: dict[str, bytes],
    dictionaries: Dictionaries,
    code_version: str,
    cache_dir: Path,
    mapper: Callable,
    parse_cache: Path | None = None,
    shared: bool = False,
) -> tuple[dict[str, pd.DataFrame], int]:
    """The per-document tables of every source, in source_id order, and how many sources were processed
    (the others came from `cache_dir`). `mapper(function, argument tuples)` runs `process` on the sources
    not cached (in order, results in the same order); cache files no source uses any more are removed,
    unless the folder is `shared` with other builds."""
    entries = sorted(entries, key=lambda e: e["id"])
    keys = [cache_key(e, data[e["id"]], code_version, dictionaries.version) for e in entries]
    todo = [k for k, key in enumerate(keys) if not (cache_dir / f"{key}.pickle").is_file()]
    order = sorted(todo, key=lambda k: -len(data[entries[k]["id"]]))  # the longest texts first
    results = dict(
        zip(order, mapper(process, [(entries[k], data[entries[k]["id"]], dictionaries, parse_cache) for k in order]))
    )
    cache_dir.mkdir(parents=True, exist_ok=True)
    per_source = []
    for k, key in enumerate(keys):
        path = cache_dir / f"{key}.pickle"
        if k in results:
            tmp = path.with_suffix(f".{os.getpid()}.tmp")  # builds sharing the folder may race
            tmp.write_bytes(pickle.dumps(results[k], protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(path)
            per_source.append(results[k])
        else:
            per_source.append(pickle.loads(path.read_bytes()))
    if not shared:
        for stale in set(cache_dir.glob("*.pickle")) - {cache_dir / f"{key}.pickle" for key in keys}:
            stale.unlink()
    tables = {name: _concat([tables[name] for tables in per_source]) for name in TABLES}
    return tables, len(todo)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Frames of one table from several sources, one after the other (empty ones keep the columns)."""
    filled = [f for f in frames if len(f)]
    if not filled:
        return frames[0].iloc[0:0] if frames else pd.DataFrame()
    return pd.concat(filled, ignore_index=True) if len(filled) > 1 else filled[0].reset_index(drop=True)
