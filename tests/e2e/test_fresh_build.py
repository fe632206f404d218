"""A fresh build in a copy of the repository: same bytes, valid package, a known fact in DuckDB."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.helpers import ROOT, copy_repository, outputs, run_build


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    repo = copy_repository(tmp_path_factory.mktemp("fresh"))
    result = run_build(repo)
    assert result.returncode == 0, result.stderr
    return repo


def test_fresh_build_matches_the_published_package(fresh):
    built, published = outputs(fresh), outputs(ROOT)
    assert sorted(built) == sorted(published)
    assert [name for name in built if built[name] != published[name]] == []


def test_same_bytes_under_another_hash_seed_locale_time_zone_and_directory(fresh, tmp_path):
    other = copy_repository(tmp_path / "elsewhere" / "deeper")
    result = run_build(other, PYTHONHASHSEED="12345", TZ="Pacific/Kiritimati", LC_ALL="C", LANG="C")
    assert result.returncode == 0, result.stderr
    assert outputs(other) == outputs(fresh)


def test_frictionless_validates_the_package(fresh):
    result = subprocess.run(
        [str(Path(sys.executable).with_name("frictionless")), "validate", "--json", "datapackage.json"],
        cwd=fresh / "build" / "current",
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-2000:]
    assert '"valid": true' in result.stdout


def test_duckdb_holds_typed_tables_with_sentences_of_both_texts(fresh):
    con = duckdb.connect(str(fresh / "build" / "current" / "kzfp.duckdb"), read_only=True)
    rows = con.execute(
        "SELECT source_id, count(*) FROM passages WHERE kind = 'sentence' GROUP BY source_id ORDER BY source_id"
    ).fetchall()
    assert {("akiner_efp", 321), ("engvall_cornell_2015", 55)} <= set(rows)
    text = con.execute("SELECT text FROM passages WHERE text LIKE 'On 2 March 1992%'").fetchone()[0]
    assert text.endswith("formally accepted as a member of the United Nations.")
    con.close()


def test_duckdb_answers_a_known_fact_with_its_quote_and_codes(fresh):
    """When did Kazakhstan join the OIC, and what does the text say exactly?"""
    con = duckdb.connect(str(fresh / "build" / "current" / "kzfp.duckdb"), read_only=True)
    rows = con.execute(
        "SELECT f.date_edtf, f.quote, s.cow_ccode, o.cow_ioname FROM facts f "
        "JOIN entities s ON s.entity_id = f.subject_id JOIN entities o ON o.entity_id = f.object_id "
        "WHERE f.fact_type = 'membership' AND f.what = 'member' AND f.subject_id = 'state:KAZ' "
        "AND f.object_id = 'org:OIC'"
    ).fetchall()
    con.close()
    assert [(r[0], r[2], r[3]) for r in rows] == [("1995", 705, "OIC")]
    assert "joined the OIC in 1995" in rows[0][1] or "Organization for the Islamic Conference" in rows[0][1]
