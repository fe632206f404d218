"""`kzfp`: build, check and query the Kazakhstan foreign-relations data package.

The commands only wire stages together; each stage is a pure function in its own module.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import click
import duckdb
import yaml

from pipeline import add_source, dedupe, diff, evaluate, evaluate_corpus, evaluation_build, publish, release, review, stages, validate, views
from pipeline.errors import InputError
from schemas import TABLES, dictionary

ROOT = Path(os.environ.get("KZFP_ROOT", ".")).resolve()
RAW, BUILD = ROOT / "raw", ROOT / "build"
WORK = BUILD / "work"
INTERNAL_TABLES = {"documents", "candidates"}


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
PUBLISHED = {"done": False}
"""Set once this process has published, so that an interruption afterwards is not reported as
"nothing was published"."""


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
      kzfp build                      read raw/, run every stage, publish build/ and datapackage.json
      kzfp validate                   check the published package (Pandera and Frictionless)
      kzfp query "SELECT * FROM sources"
    """


@cli.command("stage")
@click.argument("name", type=click.Choice([s.name for s in stages.STAGES]))
def stage_cmd(name: str) -> None:
    """Run one stage NAME, reading and writing tables in build/work/ (used by the Makefile)."""
    with build_lock():
        _run_stage(stages.BY_NAME[name], 1, 1)


def _run_stage(stage: stages.Stage, i: int, n: int) -> None:
    started = time.perf_counter()
    _progress(f"[{i}/{n}] {stage.name}: {stage.doc}…")
    stages.run(stage, RAW, WORK)
    _test_pause(stage.name)
    _progress(f"[{i}/{n}] {stage.name}: done in {time.perf_counter() - started:.1f}s")


@cli.command("publish")
def publish_cmd() -> None:
    """Validate the stage outputs and publish them (CSV, Parquet, DuckDB, datapackage.json)."""
    with build_lock():
        _publish()


def _publish() -> None:
    _progress("publish: validating tables…")
    outputs = stages.load_outputs(WORK)
    texts = dict(zip(outputs["documents"]["source_id"], outputs["documents"]["text"]))
    tables = {name: validate.conform(name, frame) for name, frame in outputs.items()
              if name not in INTERNAL_TABLES}
    validate.check(tables, texts)
    staging = BUILD / f".staging-{os.getpid()}"
    try:
        views_sql = views.statements(str(RAW / "reference" / "cow-igo-v3-memberships.csv"))
        files, resources = {}, []
        for more_files, more_resources in (_data_dictionary(tables), _evaluation(tables),
                                           _reading_texts(tables, texts)):
            files.update(more_files)
            resources += more_resources
        moves = publish.stage(tables, ROOT, staging, views_sql, extra_files=files, extra_resources=resources)
        _test_pause("staging")
        with publish.signals_held():  # a Ctrl-C during the moves lands after the flag is set
            publish.commit(moves, staging)
            PUBLISHED["done"] = True
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    _progress(f"publish: wrote {len(tables)} tables to build/ and datapackage.json")


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


def _reading_texts(tables: dict, texts: dict[str, str]) -> tuple[dict, list]:
    """build/reading/<source_id>.txt: each source's sentences without its repeats, for reading."""
    files, resources = {}, []
    for source_id in sorted(texts):
        name = f"reading/{source_id}.txt"
        text = dedupe.reading_text(texts[source_id], tables["passages"], tables["duplicate_groups"], source_id)
        files[name] = text.encode("utf-8")
        resources.append({"name": f"reading_{source_id}", "path": f"build/{name}", "format": "txt",
                          "mediatype": "text/plain", "encoding": "utf-8",
                          "title": f"Reading text of {source_id} without its repeats",
                          "description": "The source's sentences in order, leaving out every sentence that "
                                         "repeats an earlier one (see duplicate_groups); paragraphs are "
                                         "separated by blank lines. For reading, not for offsets."})
    return files, resources


@cli.command("evaluate")
@click.option("--no-test", is_flag=True, help="Leave out the test column (while writing rules, never look at it).")
def evaluate_cmd(no_test: bool) -> None:
    """Print precision, recall and F1 of the published facts against the gold annotation: the seeds
    (in-sample) in detail, then seeds, dev and test side by side."""
    report_path = BUILD / evaluate.REPORT_FILE
    if not report_path.exists():
        raise InputError(f"build/{evaluate.REPORT_FILE}: not built yet. Run 'make build' first.")
    report = json.loads(report_path.read_text(encoding="utf-8"))
    click.echo(evaluate.to_text(report))
    click.echo("")
    if no_test:
        report.pop("test", None)
        report.get("split", {}).pop("test", None)
    click.echo(evaluate_corpus.columns_text(report))


def _data_dictionary(tables: dict) -> tuple[dict, list]:
    """build/DATA_DICTIONARY.md, generated from the models and published with the package."""
    meta = yaml.safe_load((ROOT / "schemas" / "package.yaml").read_text(encoding="utf-8"))
    text = dictionary.render({name: TABLES[name] for name in tables}, meta)
    return {dictionary.FILE_NAME: text.encode("utf-8")}, [dictionary.RESOURCE]


@cli.command("build")
def build_cmd() -> None:
    """Run every stage on raw/ and publish the data package (all or nothing)."""
    with build_lock():
        for i, stage in enumerate(stages.STAGES, start=1):
            _run_stage(stage, i, len(stages.STAGES))
        _publish()


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
@click.option("--basis", default="As stated by the person who added the text (kzfp add-source).",
              help="Where the bibliographic record comes from.")
@click.option("--id", "source_id", default=None, help="Source id (default: from the file name).")
def add_source_cmd(path: Path, title: str, url, licence, rights, author, publisher, year, language, subject,
                   basis, source_id) -> None:
    """Copy the text at PATH into raw/ and append its complete entry to raw/sources.yaml."""
    fields = {"id": source_id, "title": title, "author": author, "publisher": publisher, "venue": None,
              "year": year, "language": language, "url": url,
              "rights": rights or (f"Licensed {licence}." if licence else None), "metadata_basis": basis,
              "attribution": None, "licence": licence, "subject": subject}
    entry = add_source.add(RAW, path, fields)
    click.echo(f"added raw/{entry['file']} as source {entry['id']} (sha256 {entry['sha256'][:12]}…); "
               "run 'make build' to include it")


@cli.command("validate")
def validate_cmd() -> None:
    """Check the published package: every table against its schema and keys, then Frictionless."""
    from frictionless import Package

    from pipeline.package_io import read_package
    descriptor, tables = read_package(ROOT)
    validate.check(tables)
    report = Package(str(ROOT / "datapackage.json")).validate()
    if not report.valid:
        errors = report.flatten(["type", "note"])
        raise InputError(f"datapackage.json: Frictionless found {len(errors)} error(s), first: {errors[0]}.")
    click.echo(f"valid: {len(tables)} tables (Pandera schemas, keys, Frictionless v2)")


cli.add_command(release.release_cmd)
cli.add_command(diff.diff_cmd)


@cli.command("query")
@click.argument("sql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              help="Output format.")
def query_cmd(sql: str, fmt: str) -> None:
    """Run SQL against build/kzfp.duckdb, opened read-only (statements that write are refused)."""
    path = BUILD / publish.DUCKDB_FILE
    if not path.exists():
        raise InputError(f"{path.relative_to(ROOT)}: not built yet. Run 'make build' first.")
    # Read-only, and no file access: COPY ... TO, ATTACH, EXPORT, INSTALL and read_csv are refused too.
    con = duckdb.connect(str(path), read_only=True,
                         config={"enable_external_access": False, "lock_configuration": True})
    try:
        frame = con.execute(sql).df()
    except (duckdb.InvalidInputException, duckdb.PermissionException) as exc:
        first = str(exc).splitlines()[0]
        if "read-only" not in first and not isinstance(exc, duckdb.PermissionException):
            raise InputError(f"query failed: {first}") from exc
        raise InputError(f"query refused: kzfp query only reads ({first}). To change data or write files, "
                         "open a copy of build/kzfp.duckdb with duckdb.") from exc
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0]
        raise InputError(f"query failed: {first}") from exc
    finally:
        con.close()
    if fmt == "csv":
        click.echo(frame.to_csv(index=False, lineterminator="\n"), nl=False)
    elif fmt == "json":
        click.echo(frame.to_json(orient="records", force_ascii=False, date_format="iso"))
    else:
        click.echo(frame.to_string(index=False))


cli.add_command(review.review_cmd)


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C: the build stops where it is and publishes nothing."""


def _on_sigterm(signum, frame) -> None:
    raise Terminated()


def _interrupted(exc: BaseException) -> None:
    """Say what an interruption left behind; exit 130 (SIGINT) or 143 (SIGTERM), as a shell would."""
    cause = exc if isinstance(exc, KeyboardInterrupt) else exc.__cause__ or exc.__context__
    name, code = ("SIGTERM", 143) if isinstance(cause, Terminated) else ("SIGINT", 130)
    state = "after publishing" if PUBLISHED["done"] else "nothing was published"
    click.echo(f"interrupted ({name}): {state}", err=True)
    sys.exit(code)


def main() -> None:
    """Entry point: user mistakes print one line and exit 2; --debug shows the traceback."""
    debug = "--debug" in sys.argv
    signal.signal(signal.SIGTERM, _on_sigterm)
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
