"""`kzfp query` only reads: statements that write the database or any file are refused in one line.
A mistaken query gets DuckDB's whole message (its hints and caret); `kzfp tables` and `kzfp describe` work
from any folder.

The queries run side by side (each is a separate `kzfp` process) to keep the tests quick."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.bad_inputs.conftest import error_line
from tests.helpers import KZFP

WRITES = {
    "insert": "INSERT INTO sources (source_id) VALUES ('x')",
    "create": "CREATE TABLE notes (note VARCHAR)",
    "drop": "DROP TABLE passages",
    "copy_to": "COPY passages TO '{tmp}/passages.csv'",
    "attach": "ATTACH '{tmp}/other.duckdb' AS other",
    "read_a_file": "SELECT * FROM read_csv('/etc/passwd')",
    "write_after_a_read": "SELECT 1; DROP TABLE sources",
}
SQL = "SELECT source_id, n_chars FROM sources ORDER BY source_id"
READS = {
    "table": [SQL],
    "csv": [SQL, "--format", "csv"],
    "json": [SQL, "--format", "json"],
    "view": ["SELECT count(*) AS n FROM membership_vs_cow", "--format", "json"],
    "typo": ["SELEC 1"],
    "table_typo": ["SELECT * FROM membership"],
    "column_typo": ["SELECT stat_id FROM memberships"],
    "nulls_and_dates": [
        "SELECT fact_id, date_start, date_qualifier FROM memberships "
        "WHERE date_start IS NOT NULL AND date_qualifier IS NULL ORDER BY fact_id LIMIT 3",
        "--format",
        "json",
    ],
    "nulls_csv": [
        "SELECT fact_id, date_start, date_qualifier FROM memberships "
        "WHERE date_start IS NOT NULL AND date_qualifier IS NULL ORDER BY fact_id LIMIT 3",
        "--format",
        "csv",
    ],
    "wide": ["SELECT quote FROM evidence ORDER BY length(quote) DESC LIMIT 1"],
}


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def runs(good_build, tmp_path_factory):
    """The result of every query above by name, the scratch folder each write names, and the
    database's digest before and after them all."""
    database = good_build / "build" / "current" / "kzfp.duckdb"
    before = digest(database)
    scratch = {name: tmp_path_factory.mktemp(name) for name in WRITES}
    jobs = {name: [sql.format(tmp=scratch[name])] for name, sql in WRITES.items()} | READS
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1)) as pool:
        futures = {
            name: pool.submit(subprocess.run, [KZFP, "query", *args], cwd=good_build, capture_output=True, text=True)
            for name, args in jobs.items()
        }
        results = {name: future.result() for name, future in futures.items()}
    return results, scratch, before, digest(database)


@pytest.mark.parametrize("name", WRITES)
def test_statements_that_write_are_refused(runs, name):
    results, scratch, before, after = runs
    result = results[name]
    assert result.returncode == 2
    assert error_line(result).startswith("error: query refused: kzfp query only reads (")
    assert result.stdout == ""
    assert after == before
    assert list(scratch[name].iterdir()) == []  # no file written, none created


def test_a_mistyped_query_shows_duckdbs_whole_message(runs):
    results = runs[0]
    for name in ("typo", "table_typo", "column_typo"):
        assert results[name].returncode == 2 and results[name].stdout == ""
        assert "Traceback" not in results[name].stderr
    typo = results["typo"].stderr.splitlines()
    assert len(typo) == 1  # one line, like every error (pipeline/errors.py), with DuckDB's pointer to the mistake
    assert typo[0].startswith('error: query failed: Parser Error: syntax error at or near "SELEC"')
    assert "LINE 1: SELEC 1" in typo[0]
    assert 'Did you mean "memberships"?' in results["table_typo"].stderr
    assert 'Candidate bindings: "state_id"' in results["column_typo"].stderr


def test_nulls_are_empty_and_dates_iso(runs):
    results = runs[0]
    rows = json.loads(results["nulls_and_dates"].stdout)
    assert rows and all(
        re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date_start"]) and r["date_qualifier"] is None for r in rows
    )
    lines = results["nulls_csv"].stdout.splitlines()
    assert lines[0] == "fact_id,date_start,date_qualifier"
    assert [line.split(",") for line in lines[1:]] == [[r["fact_id"], r["date_start"], ""] for r in rows]
    assert "NaN" not in results["nulls_csv"].stdout


def test_the_table_renderer_keeps_wide_columns_within_the_terminal(runs):
    lines = runs[0]["wide"].stdout.splitlines()
    assert lines[0].startswith("┌") and "quote" in lines[1]
    assert max(len(line) for line in lines) <= 120  # no terminal: 120 columns
    assert len([line for line in lines if line.startswith("│")]) > 3  # the quote wraps within its cell


def test_tables_and_describe_work_from_any_folder(good_build, tmp_path):
    env = {**os.environ, "KZFP_ROOT": ""}
    inside = good_build / "raw" / "dictionaries"
    tables = subprocess.run([KZFP, "tables"], cwd=inside, capture_output=True, text=True, env=env)
    assert tables.returncode == 0, tables.stderr
    names = [
        line.split("│")[1].strip()
        for line in tables.stdout.splitlines()
        if line.startswith("│") and line.split("│")[1].strip() and line.split("│")[2].strip() in ("table", "view")
    ]
    assert {"memberships", "evidence", "facts", "membership_vs_cow"} <= set(names)
    described = subprocess.run([KZFP, "describe", "memberships"], cwd=inside, capture_output=True, text=True, env=env)
    assert described.returncode == 0, described.stderr
    assert described.stdout.startswith("memberships: One row per membership fact")
    assert "The state (an entity_id in `entities`)." in described.stdout
    missing = subprocess.run([KZFP, "describe", "membership"], cwd=inside, capture_output=True, text=True, env=env)
    assert error_line(missing).startswith("error: describe: no table or view 'membership'. Tables and views: ")
    elsewhere = subprocess.run(
        [KZFP, "tables"], cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "KZFP_ROOT": str(tmp_path)}
    )
    assert error_line(elsewhere) == (
        f"error: kzfp.duckdb: not found (looked at {tmp_path}/kzfp.duckdb, {tmp_path}/build/current/kzfp.duckdb). "
        "Run 'make build' in the repository (or, in an unpacked release, create it as "
        "its README says), or set KZFP_ROOT to the package folder."
    )


def test_a_read_works_in_every_format(runs):
    results = runs[0]
    for name in ("table", "csv", "json", "view"):
        assert results[name].returncode == 0, results[name].stderr
    rows = list(csv.DictReader(io.StringIO(results["csv"].stdout)))
    assert {"akiner_efp", "engvall_cornell_2015"} <= {r["source_id"] for r in rows}
    assert json.loads(results["json"].stdout) == [
        {"source_id": r["source_id"], "n_chars": int(r["n_chars"])} for r in rows
    ]
    cells = [
        [c.strip() for c in line.split("│")[1:-1]]
        for line in results["table"].stdout.splitlines()
        if line.startswith("│")
    ]
    assert cells[:2] == [["source_id", "n_chars"], ["varchar", "int64"]]
    assert cells[2:] == [[r["source_id"], r["n_chars"]] for r in rows]
    assert json.loads(results["view"].stdout)[0]["n"] > 0  # the views and the COW reference table load
