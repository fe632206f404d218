"""`kzfp query`, `kzfp tables`, `kzfp describe`: read the DuckDB database the way DuckDB users expect.

Why: users who know DuckDB expect its messages (`Did you mean "memberships"?`, `Candidate bindings: …`,
the caret under a syntax error), its table renderer (wide columns truncated to fit the terminal, not
every column padded to the longest quote), NULL shown as an empty cell, ISO dates in CSV and JSON, and a
command that works from any folder. So errors carry DuckDB's full text, tables are drawn by DuckDB's own
renderer, and the database is looked for in KZFP_ROOT, the current folder and its parents, then the
repository this `kzfp` was installed from; the error says where it looked.

The database is opened read-only and without file access: writes, COPY … TO, ATTACH and reading other
files are refused.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
import os
import shutil
from pathlib import Path

import click
import duckdb

from pipeline.errors import InputError
from pipeline.stages.s7_publish import CURRENT, DUCKDB_FILE

DATABASES = (DUCKDB_FILE, f"build/{CURRENT}/{DUCKDB_FILE}")
"""Where a folder holds the database: a package folder (an unpacked release) or a repository."""
INSTALLED_ROOT = Path(__file__).resolve().parents[2]
"""The repository this code lives in (an editable install): the last place to look."""


def candidates(cwd: Path, env_root: str | None) -> list[Path]:
    """Folders that may hold the database (see DATABASES), in the order they are tried."""
    if env_root:
        return [Path(env_root).resolve()]
    cwd = cwd.resolve()
    return list(dict.fromkeys([cwd, *cwd.parents, INSTALLED_ROOT]))


def locate(cwd: Path | None = None, env_root: str | None = None) -> Path:
    """The database file: the first candidate folder that has one, else an error naming every place."""
    env_root = os.environ.get("KZFP_ROOT") if env_root is None else env_root
    tried = candidates(cwd or Path.cwd(), env_root)
    for folder in tried:
        for rel in DATABASES:
            if (folder / rel).is_file():
                return folder / rel
    where = ", ".join(str(folder / rel) for folder in tried for rel in DATABASES)
    raise InputError(
        f"{DUCKDB_FILE}: not found (looked at {where}). Run 'make build' in the repository (or, in an "
        f"unpacked release, create it as its README says), or set KZFP_ROOT to the package folder."
    )


def connect() -> duckdb.DuckDBPyConnection:
    """Read-only, and no file access: COPY ... TO, ATTACH, EXPORT, INSTALL and read_csv are refused too."""
    return duckdb.connect(
        str(locate()), read_only=True, config={"enable_external_access": False, "lock_configuration": True}
    )


def failure(exc: duckdb.Error) -> InputError:
    """DuckDB's whole message (hints, candidate bindings, the caret), after a one-word verdict."""
    text = str(exc).rstrip()
    if isinstance(exc, duckdb.PermissionException) or (
        isinstance(exc, duckdb.InvalidInputException) and "read-only" in text
    ):
        first = text.splitlines()[0]
        return InputError(
            f"query refused: kzfp query only reads ({first}). To change data or write files, "
            "open a copy of build/current/kzfp.duckdb with duckdb."
        )
    return InputError(f"query failed: {text}")


def plain(value: object) -> object:
    """A value as CSV and JSON carry it: dates and times in ISO 8601, decimals as numbers, NULL as None."""
    if isinstance(value, (dt.date, dt.time)):  # dt.datetime is a dt.date
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


def to_csv(columns: list[str], rows: list[tuple]) -> str:
    """RFC 4180 CSV with a header; NULL is an empty cell."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([["" if v is None else plain(v) for v in row] for row in rows])
    return out.getvalue()


def to_json(columns: list[str], rows: list[tuple]) -> str:
    return json.dumps([{c: plain(v) for c, v in zip(columns, row)} for row in rows], ensure_ascii=False)


def show(relation: duckdb.DuckDBPyRelation, max_rows: int) -> None:
    """DuckDB's box renderer, as wide as the terminal (120 columns when there is none), NULL empty."""
    width = shutil.get_terminal_size((120, 40)).columns
    relation.show(max_width=width, max_rows=max_rows, max_col_width=max(20, width // 3), null_value="")


@click.command("query")
@click.argument("sql")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    help="table: DuckDB's renderer (wide columns truncated); csv and json: every row, ISO dates.",
)
@click.option("--max-rows", type=int, default=40, show_default=True, help="Rows the table format shows.")
def query_cmd(sql: str, fmt: str, max_rows: int) -> None:
    """Run SQL against build/current/kzfp.duckdb, opened read-only (statements that write are refused).

    \b
    kzfp tables lists the tables and views; kzfp describe TABLE its columns.
    """
    con = connect()
    try:
        relation = con.sql(sql)
        if relation is None:  # a statement without a result (SET, PRAGMA …)
            return
        if fmt == "table":
            show(relation, max_rows)
            return
        columns, rows = relation.columns, relation.fetchall()
    except duckdb.Error as exc:
        raise failure(exc) from exc
    finally:
        con.close()
    click.echo(to_csv(columns, rows) if fmt == "csv" else to_json(columns, rows), nl=fmt != "csv")


TABLES_SQL = """
SELECT t.table_name AS name, t.table_type = 'VIEW' AS is_view,
       regexp_extract(coalesce(d.comment, v.comment), '^(.*?[.;])( |$)', 1) AS comment
FROM information_schema.tables t
LEFT JOIN duckdb_tables() d ON d.table_name = t.table_name AND d.schema_name = t.table_schema
LEFT JOIN duckdb_views() v ON v.view_name = t.table_name AND v.schema_name = t.table_schema
WHERE t.table_schema = 'main'
ORDER BY is_view, name
"""


def _literal(text: str | None) -> str:
    return "NULL" if text is None else "'" + text.replace("'", "''") + "'"


DESCRIBE_SQL = """
SELECT column_name AS "column", data_type AS type, CASE WHEN is_nullable THEN '' ELSE 'not null' END AS "null",
       comment
FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index
"""


@click.command("tables")
def tables_cmd() -> None:
    """List the tables and views of build/current/kzfp.duckdb with their row counts and descriptions."""
    con = connect()
    try:
        rows = [
            f"({_literal(name)}, {_literal('view' if is_view else 'table')}, "
            f"{'NULL' if is_view else f'(SELECT count(*) FROM main.{name})'}, {_literal(comment)})"
            for name, is_view, comment in con.execute(TABLES_SQL).fetchall()
        ]  # first sentence of each
        show(
            con.sql("SELECT * FROM (VALUES " + ", ".join(rows) + ') t(name, kind, "rows", description)'), max_rows=1000
        )
    finally:
        con.close()


@click.command("describe")
@click.argument("table")
def describe_cmd(table: str) -> None:
    """List the columns of TABLE (or view): type, nullability and the column's description."""
    con = connect()
    try:
        names = [
            row[0]
            for row in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1"
            ).fetchall()
        ]
        if table not in names:
            raise InputError(f"describe: no table or view {table!r}. Tables and views: {', '.join(names)}.")
        comment = con.execute(
            "SELECT coalesce((SELECT comment FROM duckdb_tables() WHERE table_name = $1), "
            "(SELECT comment FROM duckdb_views() WHERE view_name = $1))",
            [table],
        ).fetchall()[0][0]
        if comment:
            click.echo(f"{table}: {comment}")
        show(con.sql(DESCRIBE_SQL, params=[table]), max_rows=1000)
    finally:
        con.close()
