"""`kzfp`: build, check and query the Kazakhstan foreign-relations data package.

The commands only parse options: paths, the build lock and the orchestration of the stages live in
pipeline/runner.py, so that no command imports this module or another command. This module imports
nothing heavy at the top: a command loads the pipeline (pandas, Pandera, spaCy, DuckDB: seconds)
only when it runs, so `kzfp --help` answers at once and `kzfp build` refuses a broken hand-written
YAML file before loading anything (`pipeline.inputs.strict_yaml.check`).
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import signal
import sys
from pathlib import Path

import click

from pipeline import executor
from pipeline.errors import InputError
from pipeline.inputs import strict_yaml

HAND_WRITTEN = ("raw/sources.yaml", "raw/curation.yaml")
"""The YAML files people write, checked for syntax before a build loads the pipeline."""
TEST_ONLY_LIBRARIES = ("hypothesis",)
"""Installed for the tests, never used by a command. Pandera imports hypothesis, when it is installed, the first
time it validates a table, only to offer strategies that synthesise data: a twentieth of a CPU second in every
build that validates."""
PROBED_LIBRARIES = ("geopandas",)
"""Libraries Pandera tries to import for every column type it resolves; when one is not installed, every try
searches the whole import path again, a third of building the models' schemas."""


def hide_unused_libraries() -> None:
    """Mark `TEST_ONLY_LIBRARIES`, and those of `PROBED_LIBRARIES` that are not installed, absent in this process
    (an import of one then fails at once, as for a library not installed), unless one is already imported."""
    for name in TEST_ONLY_LIBRARIES + tuple(n for n in PROBED_LIBRARIES if importlib.util.find_spec(n) is None):
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]


class LazyGroup(click.Group):
    """A group whose commands kept in other modules (`LAZY`: name -> "module:attribute") are imported
    only when they run or help lists them (Click's documented pattern for lazy subcommands)."""

    LAZY = {
        "release": "pipeline.commands.release:release_cmd",
        "diff": "pipeline.commands.diff:diff_cmd",
        "query": "pipeline.commands.query:query_cmd",
        "tables": "pipeline.commands.query:tables_cmd",
        "describe": "pipeline.commands.query:describe_cmd",
        "review": "pipeline.commands.review:review_cmd",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.LAZY])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.LAZY:
            return super().get_command(ctx, cmd_name)
        module, attribute = self.LAZY[cmd_name].split(":")
        return getattr(importlib.import_module(module), attribute)


def _root() -> Path:
    """The data root, as pipeline.runner reads it (KZFP_ROOT or the working folder)."""
    return Path(os.environ.get("KZFP_ROOT", ".")).resolve()


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
@click.argument("name")
def stage_cmd(name: str) -> None:
    """Run one stage NAME (documents, dedupe, reconcile, validate), whether or not its inputs changed, reading
    and writing tables in build/work/."""
    from pipeline import graph as stages
    from pipeline import runner

    if name not in stages.BY_NAME:
        raise click.BadParameter(f"{name!r} is not a stage; one of {', '.join(s.name for s in stages.STAGES)}.")
    with runner.build_lock():
        runner.run_stage(stages.BY_NAME[name], 1, 1, executor.mapper())


@cli.command("publish")
def publish_cmd() -> None:
    """Validate the stage outputs and publish them in build/current/ (CSV, Parquet, DuckDB, datapackage.json)."""
    from pipeline import runner

    with runner.build_lock():
        runner.publish_stage()


@cli.command("evaluate")
@click.option("--no-test", is_flag=True, help="Leave out the test column (while writing rules, never look at it).")
def evaluate_cmd(no_test: bool) -> None:
    """Print precision, recall and F1 of the published facts against the gold annotation: the seeds
    (in-sample) in detail, then seeds, dev and test side by side."""
    from pipeline.evaluation import corpus as evaluate_corpus
    from pipeline.evaluation import seeds as evaluate
    from pipeline.runner import PACKAGE
    from pipeline.stages import s7_publish as publish

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
    (all or nothing). Inputs are compared by content checksum; see pipeline/graph.py."""
    for name in HAND_WRITTEN:
        strict_yaml.check(_root() / name)
    from pipeline import runner

    mapper = executor.mapper(executor_name, workers, scheduler)
    with runner.build_lock():
        runner.build(mapper, force)


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
    from pipeline.commands import add_source
    from pipeline.runner import RAW

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
    from pipeline import runner

    click.echo(f"valid: {runner.validate_package()} tables (Pandera schemas, keys, Frictionless v2)")


@cli.command("site")
@click.option("--open", "open_it", is_flag=True, help="Open the home page in the default web browser.")
def site_cmd(open_it: bool) -> None:
    """Print the address of the explorer site (build/current/site/index.html, written by the build)."""
    from pipeline.runner import PACKAGE, SITE_DIR

    index = PACKAGE / SITE_DIR / "index.html"
    if not index.is_file():
        raise InputError(f"build/current/{SITE_DIR}/index.html: not built yet. Run 'make build' first.")
    click.echo(index.as_uri())
    if open_it:
        import webbrowser  # here: every other command would pay for its import

        webbrowser.open(index.as_uri())


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


def _interrupted(exc: BaseException) -> None:
    """Say what an interruption left behind; exit 130 (SIGINT) or 143 (SIGTERM), as a shell would."""
    cause = exc if isinstance(exc, KeyboardInterrupt) else exc.__cause__ or exc.__context__
    name, code = ("SIGTERM", 143) if isinstance(cause, Terminated) else ("SIGINT", 130)
    runner = sys.modules.get("pipeline.runner")  # not imported: the build never started
    published = runner is not None and runner.PUBLISHED["link"] not in (None, runner.link())
    state = "after publishing" if published else "nothing was published"
    click.echo(f"interrupted ({name}): {state}", err=True)
    sys.exit(code)


def main() -> None:
    """Entry point: user mistakes print one line and exit 2; --debug shows the traceback."""
    debug = "--debug" in sys.argv
    hide_unused_libraries()
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
