"""`kzfp query` only reads: statements that write the database or any file are refused in one line.

The queries run side by side (each is a separate `kzfp` process) to keep the tests quick."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.bad_inputs.conftest import error_line
from tests.e2e.test_fresh_build import KZFP

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
READS = {"table": [SQL], "csv": [SQL, "--format", "csv"], "json": [SQL, "--format", "json"],
         "view": ["SELECT count(*) AS n FROM membership_vs_cow", "--format", "json"], "typo": ["SELEC 1"]}


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def runs(good_build, tmp_path_factory):
    """The result of every query above by name, the scratch folder each write names, and the
    database's digest before and after them all."""
    database = good_build / "build" / "kzfp.duckdb"
    before = digest(database)
    scratch = {name: tmp_path_factory.mktemp(name) for name in WRITES}
    jobs = {name: [sql.format(tmp=scratch[name])] for name, sql in WRITES.items()} | READS
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1)) as pool:
        futures = {name: pool.submit(subprocess.run, [KZFP, "query", *args], cwd=good_build,
                                     capture_output=True, text=True) for name, args in jobs.items()}
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


def test_a_mistyped_query_fails_in_one_line(runs):
    result = runs[0]["typo"]
    assert result.returncode == 2
    assert error_line(result).startswith("error: query failed: Parser Error: syntax error")


def test_a_read_works_in_every_format(runs):
    results = runs[0]
    for name in ("table", "csv", "json", "view"):
        assert results[name].returncode == 0, results[name].stderr
    rows = list(csv.DictReader(io.StringIO(results["csv"].stdout)))
    assert {"akiner_efp", "engvall_cornell_2015"} <= {r["source_id"] for r in rows}
    assert json.loads(results["json"].stdout) == [{"source_id": r["source_id"], "n_chars": int(r["n_chars"])}
                                                  for r in rows]
    lines = results["table"].stdout.splitlines()
    assert lines[0].split() == ["source_id", "n_chars"]
    assert [line.split() for line in lines[1:]] == [[r["source_id"], r["n_chars"]] for r in rows]
    assert json.loads(results["view"].stdout)[0]["n"] > 0  # the views and the COW reference table load
