"""Paths, the build lock and the orchestration of the stages; the commands call these, never each other.

Why a module of its own: `kzfp build`, `kzfp release`, `kzfp review` and `kzfp site` all need the
paths and the lock, and `release` needs the build; with them in the CLI, the commands imported the
CLI and the CLI the commands (an import cycle). The CLI (pipeline/cli.py) now only parses options.
"""

from __future__ import annotations

import fcntl
import json
import os
import resource
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import click

from pipeline import executor, fingerprint
from pipeline import graph as stages
from pipeline.errors import InputError, excerpt
from pipeline.evaluation import build as evaluation_build
from pipeline.evaluation import gold
from pipeline.evaluation import seeds as evaluate
from pipeline.inputs import safe_yaml
from pipeline.package import database_script, validate
from pipeline.site import write as explorer
from pipeline.stages import s4_dedupe as dedupe
from pipeline.stages import s7_publish as publish
from pipeline.stages import s7_views as views
from schemas import TABLES, dictionary

ROOT = Path(os.environ.get("KZFP_ROOT", ".")).resolve()
RAW, BUILD = ROOT / "raw", ROOT / "build"
WORK = BUILD / "work"
PACKAGE = publish.package_dir(BUILD)
"""The published package folder, build/current (a link to the newest version, see pipeline/stages/s7_publish.py)."""
SITE_DIR = "site"
COW_MEMBERSHIPS = "raw/reference/cow-igo-v3-memberships.csv"
READING = "reading"


@contextmanager
def build_lock():
    """One build at a time: a second one waits for the first to finish."""
    BUILD.mkdir(exist_ok=True)
    with open(BUILD / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            click.echo("another build is running; waiting for it to finish…", err=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        for note in publish.recover(BUILD):  # staging folders of builds that were killed
            progress(f"cleanup: {note}")
        yield


def progress(message: str) -> None:
    """Progress goes to stderr too; an error is always the last line there and starts with 'error:'."""
    click.echo(message, err=True)


PAUSE_HOOK = "KZFP_TEST_PAUSE_AFTER_STAGE"
PUBLISHED: dict[str, str | None] = {"link": None}
"""Where build/current pointed when this process started to publish: an interruption is reported as
"after publishing" only if the link has changed since (the switch is one rename, see publish.py)."""


def _test_pause(point: str) -> None:
    """Test hook: KZFP_TEST_PAUSE_AFTER_STAGE=<stage name, or 'staging' for a publication that is
    staged but not yet moved into place> says so on stderr and sleeps there for a minute, so that
    tests/bad_inputs can kill a build at a known point. Unset, it does nothing."""
    if os.environ.get(PAUSE_HOOK) == point:
        progress(f"paused after {point} ({PAUSE_HOOK})")
        time.sleep(60)


def link() -> str:
    """Where build/current points now ('' before the first publication)."""
    return os.readlink(PACKAGE) if PACKAGE.is_symlink() else ""


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the worker pool's processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# --- the stages ------------------------------------------------------------------------------------


def run_stage(stage: stages.Stage, i: int, n: int, mapper: Callable) -> None:
    """Run one stage whether or not its inputs changed, and stamp it with its inputs' checksum."""
    started, cpu = time.perf_counter(), _cpu_seconds()
    progress(f"[{i}/{n}] {stage.name}: {stage.doc}…")
    inputs = stages.fingerprint_of(stage, ROOT, WORK)
    stages.clear_stamp(stage, WORK)
    report = stages.run(stage, RAW, WORK, mapper)
    stages.write_stamp(stage, ROOT, WORK, inputs)
    _test_pause(stage.name)
    note = f"; {report['processed']} of {report['texts']} texts processed, the rest cached" if "texts" in report else ""
    progress(
        f"[{i}/{n}] {stage.name}: done in {time.perf_counter() - started:.1f}s (CPU {_cpu_seconds() - cpu:.1f}s{note})"
    )


def build(mapper: Callable | None = None, force: bool = False) -> None:
    """Run the stages whose inputs changed (all of them with `force`) and publish; the caller holds
    the lock. Inputs are compared by content checksum (pipeline/graph.py). `mapper` runs the
    per-text work (`pipeline.executor.mapper`; default: local worker processes, one per core)."""
    mapper = mapper or executor.mapper()
    n = len(stages.GRAPH)
    for i, stage in enumerate(stages.STAGES, start=1):
        if not force and stages.is_fresh(stage, ROOT, WORK):
            progress(f"[{i}/{n}] {stage.name}: up to date")
            continue
        run_stage(stage, i, n, mapper)
    if not force and stages.is_fresh(stages.PUBLISH, ROOT, WORK, publish.published_files(BUILD)):
        progress(f"[{n}/{n}] publish: up to date")
        return
    started, cpu = time.perf_counter(), _cpu_seconds()
    publish_stage()
    progress(f"[{n}/{n}] publish: done in {time.perf_counter() - started:.1f}s (CPU {_cpu_seconds() - cpu:.1f}s)")


# --- publishing ------------------------------------------------------------------------------------


def publish_stage() -> None:
    """Publish whether or not the tables changed, and stamp the publish stage; the tables are checked
    first unless the validate stage passed on exactly these tables and this checking code."""
    validating = stages.BY_NAME["validate"]
    if not stages.is_fresh(validating, ROOT, WORK):
        run_stage(validating, len(stages.STAGES), len(stages.GRAPH), executor.mapper())
    inputs = stages.fingerprint_of(stages.PUBLISH, ROOT, WORK)
    stages.clear_stamp(stages.PUBLISH, WORK)
    _publish()
    stages.write_stamp(stages.PUBLISH, ROOT, WORK, inputs)


def _publish() -> None:
    tables, texts = stages.validated_tables(WORK)
    made_from = _tables_checksum()
    views_sql = views.statements(str(ROOT / COW_MEMBERSHIPS))
    files, resources = {}, []
    files[database_script.FILE_NAME] = database_script.script(  # the database, rebuilt from Parquet
        list(tables), views.statements(COW_MEMBERSHIPS)
    ).encode("utf-8")
    meta = safe_yaml(ROOT / "schemas" / "package.yaml")
    for more_files, more_resources in (
        _data_dictionary(tables, meta),
        _evaluation(tables),
        _reading_texts(tables, texts),
    ):
        files.update(more_files)
        resources += more_resources
    writers = [
        lambda staging: publish.write_package(
            staging, tables, meta, views_sql, files, resources, BUILD / "cache", made_from
        ),
        lambda staging: explorer.write_site(tables, staging / SITE_DIR, BUILD / "cache", made_from),
        lambda staging: _test_pause("staging"),  # the whole package is staged, nothing is visible yet
    ]
    PUBLISHED["link"] = link()
    version = publish.publish(BUILD, writers)
    progress(
        f"publish: wrote {len(tables)} tables to build/{publish.CURRENT} (build/{publish.VERSIONS}/{version.name})"
    )


def _tables_checksum() -> str:
    """What the data files and the site's pages are kept under between builds: the checksum of the tables they are
    made from (their files and the code that reads them, `validated_checksum`) and of this module, which hands
    the tables to their writers."""
    wiring = fingerprint.file_digest(Path(__file__))
    return fingerprint.combine([("tables", stages.validated_checksum(WORK)), ("wiring", wiring)])


def _evaluation(tables: dict) -> tuple[dict, list]:
    """build/evaluation.json: the facts scored against the gold annotation in tests/gold/, if present, and
    against the second, independent annotation there (both in-sample: `seeds`); then, where the project
    has an evaluation corpus, its `dev` and `test` columns (pipeline.evaluation.build)."""
    gold_path = ROOT / gold.GOLD_FILE
    if not gold_path.exists():
        return {}, []
    report = evaluate.score(gold.read_gold(gold_path, BUILD / "cache"), tables)
    second_path = ROOT / gold.SECOND_GOLD_FILE
    if second_path.exists():
        report["second_annotation"] = evaluate.score(gold.read_gold(second_path, BUILD / "cache"), tables)
    if evaluation_build.available(ROOT):
        progress("publish: building and scoring the evaluation corpus (dev, test)…")
        report.update(evaluation_build.report(ROOT))
    text = json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return {evaluate.REPORT_FILE: text.encode("utf-8")}, [evaluate.RESOURCE]


def _reading_texts(tables: dict, texts: dict[str, str]) -> tuple[dict, list]:
    """reading/<source_id>.txt in the package: each source's sentences without its repeats, for reading.
    The passages and repeats are split by source once (not filtered again for every source)."""
    files, resources = {}, []
    sentences = tables["passages"][tables["passages"]["kind"] == "sentence"]
    groups = tables["duplicate_groups"]
    repeats = groups[groups["role"] == "repeat"]
    source_of = repeats["passage_id"].map(dict(zip(sentences["passage_id"], sentences["source_id"])))
    sentences_of = dict(tuple(sentences.groupby("source_id", sort=False)))
    repeats_of = dict(tuple(repeats.groupby(source_of, sort=False)))
    for source_id in sorted(texts):
        name = f"{READING}/{source_id}.txt"
        text = dedupe.reading_text(
            texts[source_id],
            sentences_of.get(source_id, sentences.iloc[0:0]),
            repeats_of.get(source_id, repeats.iloc[0:0]),
            source_id,
        )
        files[name] = text.encode("utf-8")
        resources.append(
            {
                "name": f"reading_{source_id}",
                "path": name,
                "format": "txt",
                "mediatype": "text/plain",
                "encoding": "utf-8",
                "title": f"Reading text of {source_id} without its repeats",
                "description": "The source's sentences in order, leaving out every sentence that "
                "repeats an earlier one (see duplicate_groups); paragraphs are "
                "separated by blank lines. For reading, not for offsets.",
            }
        )
    return files, resources


def _data_dictionary(tables: dict, meta: dict) -> tuple[dict, list]:
    """DATA_DICTIONARY.md in the package, generated from the models and the package's metadata `meta`."""
    text = dictionary.render({name: TABLES[name] for name in tables}, meta)
    return {dictionary.FILE_NAME: text.encode("utf-8")}, [dictionary.RESOURCE]


# --- checking the published package ----------------------------------------------------------------


def validate_package() -> int:
    """Check the published package: every table against its schema and keys, then Frictionless; the
    number of tables. Raises InputError naming what is wrong."""
    from frictionless import FrictionlessException, Package

    from pipeline.package.read import read_package

    where = f"build/{publish.CURRENT}/datapackage.json"
    if not (PACKAGE / "datapackage.json").is_file():
        raise InputError(f"{where}: not built yet. Run 'make build' first.")
    package = PACKAGE.resolve()  # one version, even if a build switches build/current meanwhile
    try:
        publish.checked(json.loads((package / "datapackage.json").read_text(encoding="utf-8")), where)
        descriptor, tables = read_package(package)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(
            f"{where}: cannot be read as a data package ({excerpt(str(exc), quote=False)}). "
            "Rebuild it with 'make build'."
        ) from exc
    validate.check(tables)
    try:
        report = Package(str(package / "datapackage.json")).validate()
    except FrictionlessException as exc:
        raise InputError(f"{where}: Frictionless cannot open it ({excerpt(str(exc), quote=False)}).") from exc
    if not report.valid:
        errors = report.flatten(["type", "note"])
        raise InputError(f"{where}: Frictionless found {len(errors)} error(s), first: {excerpt(errors[0])}.")
    return len(tables)
