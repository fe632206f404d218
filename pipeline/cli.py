"""`kzfp`: build, check and query the Kazakhstan foreign-relations data package.

The commands only wire stages together; each stage is a pure function in its own module.
"""

from __future__ import annotations

import fcntl
import json
import os
import resource
import signal
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import click
import yaml

from pipeline import (
    add_source,
    database_script,
    dedupe,
    diff,
    evaluate,
    evaluate_corpus,
    evaluation_build,
    executor,
    explorer,
    publish,
    query,
    release,
    review,
    stages,
    validate,
    views,
)
from pipeline.errors import InputError, excerpt
from schemas import TABLES, dictionary

ROOT = Path(os.environ.get("KZFP_ROOT", ".")).resolve()
RAW, BUILD = ROOT / "raw", ROOT / "build"
WORK = BUILD / "work"
PACKAGE = publish.package_dir(BUILD)
"""The published package folder, build/current (a link to the newest version, see pipeline/publish.py)."""
INTERNAL_TABLES = {"documents", "candidates"}
COW_MEMBERSHIPS = "raw/reference/cow-igo-v3-memberships.csv"


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
            _progress(f"cleanup: {note}")
        yield


def _progress(message: str) -> None:
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
        _progress(f"paused after {point} ({PAUSE_HOOK})")
        time.sleep(60)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails (main() reads it).")
def cli(debug: bool) -> None:
    """Build and query the data package of Kazakhstan's foreign relations.

    \b
    Typical use:
      kzfp build                      read raw/, run every stage, publish the package in build/current/
      kzfp validate                   check the published package (Pandera and Frictionless)
      kzfp query "SELECT * FROM sources"
    """


@cli.command("stage")
@click.argument("name", type=click.Choice([s.name for s in stages.STAGES]))
def stage_cmd(name: str) -> None:
    """Run one stage NAME, whether or not its inputs changed, reading and writing tables in build/work/."""
    with build_lock():
        _run_stage(stages.BY_NAME[name], 1, 1, executor.mapper())


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the worker pool's processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _run_stage(stage: stages.Stage, i: int, n: int, mapper) -> None:
    started, cpu = time.perf_counter(), _cpu_seconds()
    _progress(f"[{i}/{n}] {stage.name}: {stage.doc}…")
    inputs = stages.fingerprint_of(stage, ROOT, WORK)
    stages.clear_stamp(stage, WORK)
    report = stages.run(stage, RAW, WORK, mapper)
    stages.write_stamp(stage, ROOT, WORK, inputs)
    _test_pause(stage.name)
    note = f"; {report['processed']} of {report['texts']} texts processed, the rest cached" if "texts" in report else ""
    _progress(
        f"[{i}/{n}] {stage.name}: done in {time.perf_counter() - started:.1f}s (CPU {_cpu_seconds() - cpu:.1f}s{note})"
    )


@cli.command("publish")
def publish_cmd() -> None:
    """Validate the stage outputs and publish them in build/current/ (CSV, Parquet, DuckDB, datapackage.json)."""
    with build_lock():
        _publish_stage()


def _publish_stage() -> None:
    inputs = stages.fingerprint_of(stages.PUBLISH, ROOT, WORK)
    stages.clear_stamp(stages.PUBLISH, WORK)
    _publish()
    stages.write_stamp(stages.PUBLISH, ROOT, WORK, inputs)


def _publish() -> None:
    _progress("publish: validating tables…")
    outputs = stages.load_outputs(WORK)
    texts = dict(zip(outputs["documents"]["source_id"], outputs["documents"]["text"]))
    tables = {name: validate.conform(name, frame) for name, frame in outputs.items() if name not in INTERNAL_TABLES}
    validate.check(tables, texts)
    views_sql = views.statements(str(ROOT / COW_MEMBERSHIPS))
    files, resources = {}, []
    files[database_script.FILE_NAME] = database_script.script(  # the database, rebuilt from Parquet
        list(tables), views.statements(COW_MEMBERSHIPS)
    ).encode("utf-8")
    for more_files, more_resources in (_data_dictionary(tables), _evaluation(tables), _reading_texts(tables, texts)):
        files.update(more_files)
        resources += more_resources
    meta = yaml.safe_load((ROOT / "schemas" / "package.yaml").read_text(encoding="utf-8"))
    writers = [
        lambda staging: publish.write_package(staging, tables, meta, views_sql, files, resources),
        lambda staging: explorer.write_site(tables, staging / SITE_DIR),  # pipeline/explorer.py
        lambda staging: _test_pause("staging"),  # the whole package is staged, nothing is visible yet
    ]
    PUBLISHED["link"] = _link()
    version = publish.publish(BUILD, writers)
    _progress(
        f"publish: wrote {len(tables)} tables to build/{publish.CURRENT} (build/{publish.VERSIONS}/{version.name})"
    )


SITE_DIR = "site"


def _evaluation(tables: dict) -> tuple[dict, list]:
    """build/evaluation.json: the facts scored against the gold annotation in tests/gold/, if present, and
    against the second, independent annotation there (both in-sample: `seeds`); then, where the project
    has an evaluation corpus, its `dev` and `test` columns (pipeline.evaluation_build)."""
    gold_path = ROOT / evaluate.GOLD_FILE
    if not gold_path.exists():
        return {}, []
    report = evaluate.score(evaluate.load_gold(gold_path), tables)
    second_path = ROOT / evaluate.SECOND_GOLD_FILE
    if second_path.exists():
        report["second_annotation"] = evaluate.score(evaluate.load_gold(second_path), tables)
    if evaluation_build.available(ROOT):
        _progress("publish: building and scoring the evaluation corpus (dev, test)…")
        report.update(evaluation_build.report(ROOT))
    text = json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return {evaluate.REPORT_FILE: text.encode("utf-8")}, [evaluate.RESOURCE]


READING = "reading"


def _reading_texts(tables: dict, texts: dict[str, str]) -> tuple[dict, list]:
    """reading/<source_id>.txt in the package: each source's sentences without its repeats, for reading."""
    files, resources = {}, []
    for source_id in sorted(texts):
        name = f"{READING}/{source_id}.txt"
        text = dedupe.reading_text(texts[source_id], tables["passages"], tables["duplicate_groups"], source_id)
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


@cli.command("evaluate")
@click.option("--no-test", is_flag=True, help="Leave out the test column (while writing rules, never look at it).")
def evaluate_cmd(no_test: bool) -> None:
    """Print precision, recall and F1 of the published facts against the gold annotation: the seeds
    (in-sample) in detail, then seeds, dev and test side by side."""
    report_path = PACKAGE / evaluate.REPORT_FILE
    if not report_path.exists():
        raise InputError(f"build/{publish.CURRENT}/{evaluate.REPORT_FILE}: not built yet. Run 'make build' first.")
    report = json.loads(report_path.read_text(encoding="utf-8"))
    click.echo(evaluate.to_text(report))
    click.echo("")
    if no_test:
        report.pop("test", None)
        report.get("split", {}).pop("test", None)
    click.echo(evaluate_corpus.columns_text(report))


def _data_dictionary(tables: dict) -> tuple[dict, list]:
    """DATA_DICTIONARY.md in the package, generated from the models and published with the package."""
    meta = yaml.safe_load((ROOT / "schemas" / "package.yaml").read_text(encoding="utf-8"))
    text = dictionary.render({name: TABLES[name] for name in tables}, meta)
    return {dictionary.FILE_NAME: text.encode("utf-8")}, [dictionary.RESOURCE]


@cli.command("build")
@click.option(
    "--executor",
    "executor_name",
    type=click.Choice(executor.EXECUTORS),
    default="local",
    show_default=True,
    help="Where per-document work runs: local worker processes, or a Dask cluster.",
)
@click.option("--scheduler", metavar="ADDRESS", help="The Dask scheduler (tcp://host:8786) for --executor dask.")
@click.option("--workers", type=click.IntRange(min=1), help="Local worker processes (default: one per core).")
@click.option("--force", is_flag=True, help="Re-run every stage, even those whose inputs did not change.")
def build_cmd(executor_name: str, scheduler: str | None, workers: int | None, force: bool) -> None:
    """Run the stages whose inputs changed (all of them with --force) and publish the data package
    (all or nothing). Inputs are compared by content checksum; see pipeline/stages.py."""
    mapper = executor.mapper(executor_name, workers, scheduler)
    with build_lock():
        n = len(stages.GRAPH)
        for i, stage in enumerate(stages.STAGES, start=1):
            if not force and stages.is_fresh(stage, ROOT, WORK):
                _progress(f"[{i}/{n}] {stage.name}: up to date")
                continue
            _run_stage(stage, i, n, mapper)
        published = [ROOT / "datapackage.json", BUILD / publish.DUCKDB_FILE]
        if not force and stages.is_fresh(stages.PUBLISH, ROOT, WORK, published):
            _progress(f"[{n}/{n}] publish: up to date")
            return
        started, cpu = time.perf_counter(), _cpu_seconds()
        _publish_stage()
        _progress(f"[{n}/{n}] publish: done in {time.perf_counter() - started:.1f}s (CPU {_cpu_seconds() - cpu:.1f}s)")


@cli.command("add-source")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--title", required=True, help="The text's title.")
@click.option("--url", default=None, help="Where the text was published.")
@click.option("--licence", default=None, help="SPDX id of its licence, e.g. CC-BY-SA-4.0 (quotes keep it).")
@click.option("--rights", default=None, help="Who holds the rights and on what terms it is included.")
@click.option("--author", default=None)
@click.option("--publisher", default=None)
@click.option("--year", default=None, type=int, help="Year of publication, if known.")
@click.option("--language", default="en", show_default=True, help="ISO 639-1 code.")
@click.option("--subject", default=None, help="Entity the text is about (state:KAZ, org:CSTO), if any.")
@click.option(
    "--basis",
    default="As stated by the person who added the text (kzfp add-source).",
    help="Where the bibliographic record comes from.",
)
@click.option("--id", "source_id", default=None, help="Source id (default: from the file name).")
def add_source_cmd(
    path: Path, title: str, url, licence, rights, author, publisher, year, language, subject, basis, source_id
) -> None:
    """Copy the text at PATH into raw/ and append its complete entry to raw/sources.yaml."""
    fields = {
        "id": source_id,
        "title": title,
        "author": author,
        "publisher": publisher,
        "venue": None,
        "year": year,
        "language": language,
        "url": url,
        "rights": rights or (f"Licensed {licence}." if licence else None),
        "metadata_basis": basis,
        "attribution": None,
        "licence": licence,
        "subject": subject,
    }
    entry = add_source.add(RAW, path, fields)
    click.echo(
        f"added raw/{entry['file']} as source {entry['id']} (sha256 {entry['sha256'][:12]}…); "
        "run 'make build' to include it"
    )


@cli.command("validate")
def validate_cmd() -> None:
    """Check the published package: every table against its schema and keys, then Frictionless."""
    from frictionless import FrictionlessException, Package

    from pipeline.package_io import read_package

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
    click.echo(f"valid: {len(tables)} tables (Pandera schemas, keys, Frictionless v2)")


cli.add_command(release.release_cmd)
cli.add_command(diff.diff_cmd)


for command in (query.query_cmd, query.tables_cmd, query.describe_cmd):  # pipeline/query.py
    cli.add_command(command)
cli.add_command(review.review_cmd)
cli.add_command(explorer.site_cmd)


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C: the build stops where it is and publishes nothing."""


def _stop(interruption: type[KeyboardInterrupt]):
    """A handler that raises `interruption` once: a second Ctrl-C or TERM while the build unwinds
    (removing its staging folder) is ignored, so it cannot break the cleanup with a traceback."""

    def handler(signum, frame) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise interruption()

    return handler


def _link() -> str:
    return os.readlink(PACKAGE) if PACKAGE.is_symlink() else ""


def _interrupted(exc: BaseException) -> None:
    """Say what an interruption left behind; exit 130 (SIGINT) or 143 (SIGTERM), as a shell would."""
    cause = exc if isinstance(exc, KeyboardInterrupt) else exc.__cause__ or exc.__context__
    name, code = ("SIGTERM", 143) if isinstance(cause, Terminated) else ("SIGINT", 130)
    state = "after publishing" if PUBLISHED["link"] not in (None, _link()) else "nothing was published"
    click.echo(f"interrupted ({name}): {state}", err=True)
    sys.exit(code)


def main() -> None:
    """Entry point: user mistakes print one line and exit 2; --debug shows the traceback."""
    debug = "--debug" in sys.argv
    signal.signal(signal.SIGTERM, _stop(Terminated))
    signal.signal(signal.SIGINT, _stop(KeyboardInterrupt))
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort as exc:
        _interrupted(exc)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except InputError as exc:
        if debug:
            raise
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt as exc:
        _interrupted(exc)
