"""The build graph: every stage, the tables, files and code it reads, the tables it writes.

Why: this registry is the one place the build's dependencies are written. `kzfp build` runs the
stages in order and re-runs a stage only when the checksum of exactly its inputs changed
(`fingerprint`): the files it reads, the source of every first-party module it imports (found by
following the imports, see `pipeline.fingerprint`) and the bytes of the upstream tables it loads.
A stage whose inputs are unchanged is skipped; so is every later one whose upstream tables came out
byte-identical. Each stage writes its tables to build/work/ and then a stamp with its inputs' checksum.
Per-document work (decode, segment, extract) is one stage mapped over the texts and cached per text
(`pipeline.stages.document`); the global steps (dedupe, reconcile, validate, publish) follow.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline import fingerprint, memo
from schemas import fact_types

CODE_ROOT = Path(__file__).resolve().parents[1]
"""Where the pipeline's own code lives (the folder holding pipeline/ and schemas/)."""


@dataclass(frozen=True)
class Stage:
    name: str
    tables: tuple[str, ...]  # upstream tables it loads from the work folder
    outputs: tuple[str, ...]  # tables it writes there
    files: Callable[[Path], list[Path]]  # the input files it reads, given the data root
    modules: tuple[str, ...]  # the modules holding its code (their imports are followed)
    run: Callable[..., tuple[dict[str, pd.DataFrame], dict]] | None  # None: publish, run by the CLI
    doc: str
    glue: tuple[str, ...] = ()  # code files whose imports are not followed (the CLI's publish wiring)


def _raw(*patterns: str) -> Callable[[Path], list[Path]]:
    """Input files matching glob `patterns` relative to the data root (a missing file counts too)."""

    def files(root: Path) -> list[Path]:
        out = []
        for pattern in patterns:
            hits = sorted(root.glob(pattern))
            out += hits if hits or any(c in pattern for c in "*?[") else [root / pattern]
        return out

    return files


def _source_files(root: Path) -> list[Path]:
    """sources.yaml, the texts it names (read loosely: a broken file is reported by the stage itself)
    and the dictionaries."""
    import yaml

    from pipeline.inputs import safe_yaml

    listed = root / "raw" / "sources.yaml"
    try:
        entries = safe_yaml(listed)
        names = sorted({str(e["file"]) for e in entries if isinstance(e, dict) and "file" in e})
    except (OSError, yaml.YAMLError, TypeError, UnicodeDecodeError):
        names = []
    return [listed] + [root / "raw" / name for name in names] + _raw("raw/dictionaries/*.csv")(root)


def _documents(raw_dir: Path, work_dir: Path, mapper: Callable | None) -> tuple[dict, dict]:
    from pipeline.entities import provisional_rows
    from pipeline.stages import document
    from pipeline.stages import s1_ingest as ingest
    from pipeline.text import parse

    entries, data = ingest.load(raw_dir)
    files = sorted((raw_dir / "dictionaries").glob("*.csv"))
    version = fingerprint.combine([(p.name, fingerprint.file_digest(p)) for p in files])
    dictionaries = document.Dictionaries(_dictionaries(raw_dir, work_dir, version), version)
    cache, shared = document.cache_dir(work_dir)
    tables, processed = document.build_all(
        entries,
        data,
        dictionaries,
        fingerprint.code_version(CODE_ROOT, ("pipeline.stages.document",)),
        cache,
        mapper or (lambda f, args: [f(*a) for a in args]),
        parse.cache_dir(raw_dir.parent),
        shared,
    )
    found = tables.pop("provisional")
    tables["entities"] = provisional_rows.entity_rows(
        dict(zip(found["entity_id"], found["name"])),
        dictionaries.entities(),
        {e: s for e, s in zip(found["entity_id"], found["state_id"]) if isinstance(s, str)},
    )
    return tables, {"texts": len(entries), "processed": processed}


def _dictionaries(raw_dir: Path, work_dir: Path, version: str) -> dict[str, pd.DataFrame]:
    """The dictionaries, read and checked, or kept from the last build (`pipeline.memo`, under the checksum
    of their files, `version`, and of the code that reads them): reading and checking them costs a
    quarter of a CPU second, in every build that runs this stage, though they seldom change."""
    from pipeline.inputs import dictionaries as entity_dictionaries

    code = ("pipeline.inputs.dictionaries",)
    key = fingerprint.combine([("files", version), ("code", fingerprint.code_version(CODE_ROOT, code))])
    tables = memo.load(work_dir / DICTIONARIES_MEMO, key)
    if tables is None:
        tables = entity_dictionaries.load_dictionaries(raw_dir / "dictionaries")
        memo.save(work_dir / DICTIONARIES_MEMO, key, tables)
    return tables


DICTIONARIES_MEMO = "dictionaries_memo.pickle"


def _dedupe(raw_dir: Path, work_dir: Path, mapper: Callable | None, passages: pd.DataFrame) -> tuple[dict, dict]:
    from pipeline.stages import s4_dedupe as dedupe

    return {"duplicate_groups": dedupe.build(passages, work_dir / DEDUPE_MEMO)}, {}


DEDUPE_MEMO = "dedupe_memo.pickle"
"""Dedupe's matching copies of the last build, in the work folder (`pipeline.stages.s4_dedupe.build`)."""


def _reconcile(
    raw_dir: Path,
    work_dir: Path,
    mapper: Callable | None,
    candidates: pd.DataFrame,
    duplicate_groups: pd.DataFrame,
    documents: pd.DataFrame,
    passages: pd.DataFrame,
    entities: pd.DataFrame,
    mentions: pd.DataFrame,
) -> tuple[dict, dict]:
    from pipeline.inputs import curation as curation_file
    from pipeline.inputs import sources
    from pipeline.stages import s5_actor_references as actor_references
    from pipeline.stages import s5_reconcile as reconcile
    from pipeline.stages import s6_curate as curation

    tables = reconcile.build(candidates, duplicate_groups)
    texts = dict(zip(documents["source_id"], documents["text"]))
    tables = curation.apply(tables, curation_file.load(raw_dir / "curation.yaml"), texts, passages, entities=entities)
    subjects = {entry["id"]: entry.get("subject") for entry in sources.load(raw_dir / "sources.yaml")}
    tables["actor_references"] = actor_references.build(tables, mentions, entities, subjects)
    return {name: tables[name] for name in RECONCILED}, {}


INTERNAL_TABLES = ("documents", "candidates")
"""Stage outputs that are not published (the texts and the rules' raw candidates)."""


def _validate(raw_dir: Path, work_dir: Path, mapper: Callable | None, **tables: pd.DataFrame) -> tuple[dict, dict]:
    from pipeline.package import validate

    published, texts = _conformed(tables)
    validate.check(published, texts)
    _VALIDATED.clear()
    _VALIDATED[_tables_digest(work_dir)] = (published, texts)
    return {}, {}


_VALIDATED: dict[str, tuple[dict[str, pd.DataFrame], dict[str, str]]] = {}
"""The tables the last validate run of this process checked, conformed, and the texts, under the checksum of
the table files they were read from: publishing, which follows in the same process, takes them instead of
reading and conforming the same files again (`validated_tables`)."""


def _tables_digest(work_dir: Path) -> str:
    return fingerprint.combine([(name, fingerprint.file_digest(work_dir / f"{name}.parquet")) for name in TABLE_ORDER])


def validated_tables(work_dir: Path) -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    """The published tables (conformed to their models, in `TABLE_ORDER`) and the source texts: those validate
    checked in this process if the table files are still the same, else read from `work_dir` and conformed."""
    kept = _VALIDATED.get(_tables_digest(work_dir))
    return kept if kept is not None else _conformed(load_outputs(work_dir))


def validated_checksum(work_dir: Path) -> str:
    """The checksum of what `validated_tables` returns is made of: the table files, the code that reads and
    conforms them (this registry and all it imports) and the libraries that read them. What is made from those
    tables alone can be kept under it between builds (the explorer site, `pipeline.site.write`)."""
    import pyarrow

    return fingerprint.combine(
        [
            ("tables", _tables_digest(work_dir)),
            ("code", fingerprint.code_version(CODE_ROOT, (__name__,))),
            ("libraries", f"pandas {pd.__version__}, pyarrow {pyarrow.__version__}"),
        ]
    )


def _conformed(tables: dict[str, pd.DataFrame]) -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    """The published tables conformed to their models, and the source texts by source id."""
    from pipeline.package import validate

    texts = dict(zip(tables["documents"]["source_id"], tables["documents"]["text"]))
    return {name: validate.conform(name, frame) for name, frame in tables.items() if name not in INTERNAL_TABLES}, texts


RECONCILED = (
    *fact_types.tables(),
    "evidence",
    "actor_references",
    "conflicts",
    "rejected_facts",
    "corrections",
    "curation_decisions",
)
"""The fact tables and their list tables (from `schemas.fact_types`), then the rest of reconcile's tables."""
DOCUMENT_TABLES = ("sources", "documents", "boilerplate", "passages", "mentions", "candidates")

TABLE_ORDER = (
    "sources",
    "documents",
    "boilerplate",
    "passages",
    "duplicate_groups",
    "entities",
    "mentions",
    "candidates",
) + RECONCILED
"""The order of the tables in datapackage.json and in the DuckDB file (a table after those it refers to)."""

STAGES = [
    Stage(
        "documents",
        (),
        DOCUMENT_TABLES + ("entities",),
        _source_files,
        ("pipeline.stages.document", "pipeline.stages.s1_ingest", "pipeline.entities.gazetteer"),
        _documents,
        "per text: decode, boilerplate, sections, paragraphs and sentences, entities, dates, amounts and "
        "candidate facts",
    ),
    Stage(
        "dedupe",
        ("passages",),
        ("duplicate_groups",),
        _raw(),
        ("pipeline.stages.s4_dedupe",),
        _dedupe,
        "near-duplicate sentences",
    ),
    Stage(
        "reconcile",
        ("candidates", "duplicate_groups", "documents", "passages", "entities", "mentions"),
        RECONCILED,
        _raw("raw/curation.yaml", "raw/sources.yaml"),
        ("pipeline.stages.s5_reconcile", "pipeline.stages.s6_curate", "pipeline.stages.s5_actor_references"),
        _reconcile,
        "merge repeats, corroborate, record conflicts, apply raw/curation.yaml, point to where each actor is named",
    ),
    Stage(
        "validate",
        TABLE_ORDER,
        (),
        _raw(),
        ("pipeline.package.validate",),
        _validate,
        "check every table against its model, and the keys and offsets across tables",
    ),
]
"""The stages before publishing, in order (`kzfp stage NAME` runs one); each writes its tables to build/work/,
except validate, which only checks them: a change to the publishing code alone does not check the tables again."""

PUBLISH = Stage(
    "publish",
    tuple(t for s in STAGES for t in s.outputs),
    (),
    _raw("schemas/package.yaml", "raw/**/*", "tests/gold/facts.yaml", "tests/gold/second_annotation.yaml"),
    (
        "pipeline.stages.s7_publish",
        "pipeline.package.validate",
        "pipeline.stages.s7_views",
        "pipeline.evaluation.seeds",
        "pipeline.stages.s4_dedupe",
        "pipeline.evaluation.build",
        "pipeline.site.write",
        "pipeline.package.metadata",
        "pipeline.package.database_script",
        "pipeline.stages.document",
        "pipeline.stages.s5_reconcile",
        "pipeline.stages.s6_curate",
        "schemas",
        "schemas.dictionary",
    ),
    None,
    "publish build/current/",
    glue=("pipeline/runner.py",),
)
"""Publishing reads every table; it also builds and scores the evaluation corpus (pipeline/evaluation/build.py),
which runs every stage again on raw/ and raw/evaluation/, so all of raw/ and the stages' code are its
inputs too. The seed gold files under tests/ are inputs of evaluation.json."""

GRAPH = STAGES + [PUBLISH]
BY_NAME = {s.name: s for s in GRAPH}


def code_files(stage: Stage) -> list[Path]:
    """The source files of the stage's code: its modules and what they import, and this registry (its
    runners import their modules inside the functions, so that each stage's code stays its own)."""
    glue = {Path(__file__).resolve()} | {CODE_ROOT / name for name in stage.glue}
    return sorted(set(fingerprint.code_files(CODE_ROOT, stage.modules)) | glue)


def fingerprint_of(stage: Stage, root: Path, work_dir: Path) -> str:
    """Checksum of exactly the stage's inputs: files, code and upstream tables (see the module docstring)."""
    parts = [(_label(p, root), fingerprint.file_digest(p)) for p in stage.files(root)]
    parts += [(str(p.relative_to(CODE_ROOT)), fingerprint.file_digest(p)) for p in code_files(stage)]
    parts += [(f"table:{name}", fingerprint.file_digest(work_dir / f"{name}.parquet")) for name in stage.tables]
    return fingerprint.combine(parts)


def _label(path: Path, root: Path) -> str:
    """A file's name in a fingerprint: relative to the data root, or as given if it lies outside
    (a wrong absolute path in sources.yaml, which the stage itself then reports)."""
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def stamp_path(stage: Stage, work_dir: Path) -> Path:
    return work_dir / f"{stage.name}.stamp"


def is_fresh(stage: Stage, root: Path, work_dir: Path, outputs: list[Path] | None = None) -> bool:
    """Whether the stage ran on exactly these inputs and its outputs are all still there."""
    stamp = stamp_path(stage, work_dir)
    if not stamp.is_file():
        return False
    written = json.loads(stamp.read_text(encoding="utf-8"))
    expected = outputs if outputs is not None else [work_dir / f"{t}.parquet" for t in stage.outputs]
    return written.get("inputs") == fingerprint_of(stage, root, work_dir) and all(p.exists() for p in expected)


def write_stamp(stage: Stage, root: Path, work_dir: Path, fingerprint_before: str) -> None:
    """Record the inputs a stage ran on (their checksum taken before it ran, so an input edited while
    it ran leaves it dirty)."""
    work_dir.mkdir(parents=True, exist_ok=True)
    tmp = work_dir / f".{stage.name}.stamp.tmp"
    tmp.write_text(json.dumps({"stage": stage.name, "inputs": fingerprint_before}) + "\n", encoding="utf-8")
    tmp.replace(stamp_path(stage, work_dir))


def clear_stamp(stage: Stage, work_dir: Path) -> None:
    stamp_path(stage, work_dir).unlink(missing_ok=True)


def run(stage: Stage, raw_dir: Path, work_dir: Path, mapper: Callable | None = None) -> dict:
    """Load a stage's input tables from `work_dir`, run it, save its outputs there; return what the
    stage reports (for the documents stage: how many texts it processed and how many came from cache).
    `mapper` runs per-document work (`pipeline.executor.mapper`; default: in this process)."""
    assert stage.run is not None, f"{stage.name} is not run here (see the CLI's publish)"
    inputs = {name: read_table(work_dir, name) for name in stage.tables}
    outputs, report = stage.run(raw_dir, work_dir, mapper, **inputs)
    work_dir.mkdir(parents=True, exist_ok=True)
    for name in stage.outputs:
        tmp = work_dir / f".{name}.parquet.tmp"
        outputs[name].to_parquet(tmp, index=False)
        tmp.replace(work_dir / f"{name}.parquet")
    return report


def load_outputs(work_dir: Path) -> dict[str, pd.DataFrame]:
    """Every table the stages wrote, by name, in `TABLE_ORDER`."""
    return {name: read_table(work_dir, name) for name in TABLE_ORDER}


def read_table(work_dir: Path, name: str) -> pd.DataFrame:
    """A table a stage wrote to `work_dir`, the same frame `pd.read_parquet` gives (dtypes, missing values,
    index), read by pyarrow's reader of one file: `pd.read_parquet` goes through pyarrow's dataset layer,
    whose import alone costs a fortieth of a CPU second in every build that reads a table."""
    import pyarrow.parquet as pq

    with pq.ParquetFile(work_dir / f"{name}.parquet") as handle:
        return handle.read().to_pandas()
