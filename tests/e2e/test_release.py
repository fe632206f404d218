"""`kzfp release` and `kzfp diff` on fresh copies of the repository.

Version 0.1.0 is built and released in one copy (a git repository with a fixed commit time); version
0.1.1 in another, whose Akiner text lacks one sentence, with the first archive in its dist/. Checked:
the archive's members and SHA256SUMS, its timestamp, byte-identical re-releases and rebuilds, the
database made from the archive's SQL, the Stata copies, the CHANGELOG section written from the diff,
and that `kzfp diff` reports exactly the removed passage and the facts that only it stated as removed.
Then two clean clones of one commit release byte-identical archives and stay clean.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import duckdb
import pytest

from tests.helpers import (
    AKINER,
    FACT_TABLES,
    KZFP,
    check_r_recipe,
    check_recipe,
    copy_repository,
    edit_raw_text,
    readme_blocks,
    run_build,
)

NAME = "kazakhstan-foreign-relations"
COMMIT_TIME = "2026-01-02T03:04:06Z"
REMOVED = "In 1992, he visited the USA, one of his very first trips outside the Soviet space. "


def kzfp(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([KZFP, *args], cwd=repo, capture_output=True, text=True, timeout=1800)


def git_commit(repo: Path) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": COMMIT_TIME,
        "GIT_COMMITTER_DATE": COMMIT_TIME,
        "GIT_AUTHOR_NAME": "test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "release test"]):
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


def set_version(repo: Path, version: str) -> None:
    for file in ("schemas/package.yaml", "CITATION.cff"):
        path = repo / file
        text, n = re.subn(
            r'^version: "?\d+\.\d+\.\d+"?$', f'version: "{version}"', path.read_text(encoding="utf-8"), flags=re.M
        )
        assert n == 1, file
        path.write_text(text, encoding="utf-8")


def archive(repo: Path, version: str) -> Path:
    return repo / "dist" / f"{NAME}-{version}.zip"


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {info.filename: z.read(info) for info in z.infolist()}


@pytest.fixture(scope="module")
def first(tmp_path_factory) -> Path:
    repo = copy_repository(tmp_path_factory.mktemp("release") / "v1")
    git_commit(repo)
    built = run_build(repo)
    assert built.returncode == 0, built.stderr
    done = kzfp(repo, "release", "--no-build", "--write-changelog")
    assert done.returncode == 0, done.stderr
    assert "released dist/" in done.stdout
    return repo


@pytest.fixture(scope="module")
def second(first, tmp_path_factory) -> Path:
    repo = copy_repository(tmp_path_factory.mktemp("release") / "v2")
    shutil.copy2(first / "CHANGELOG.md", repo / "CHANGELOG.md")
    edit_raw_text(repo, AKINER, REMOVED, "")
    set_version(repo, "0.1.1")
    (repo / "dist").mkdir()
    shutil.copy2(archive(first, "0.1.0"), repo / "dist")
    git_commit(repo)
    done = kzfp(repo, "release", "--write-changelog")
    assert done.returncode == 0, done.stderr
    return repo


def test_archive_holds_the_package_citation_changelog_and_checksums(first, tmp_path):
    package = first / "build" / "current"
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    tables = [r["name"] for r in descriptor["resources"] if "schema" in r]
    site = {p.relative_to(package).as_posix() for p in (package / "site").rglob("*") if p.is_file()}
    from_package = (
        {"datapackage.json", "DATA_DICTIONARY.md", "evaluation.json", "kzfp.sql"}
        | {f"{t}.csv" for t in tables}
        | {f"parquet/{t}.parquet" for t in tables}
        | site
    )
    from_package |= {r["path"] for r in descriptor["resources"] if r["path"].startswith("reading/")}
    from_root = {
        "CITATION.cff",
        "CHANGELOG.md",
        "LICENSE",
        "raw/reference/cow-igo-v3-memberships.csv",
        "raw/reference/README.md",
    }
    copied = from_package | from_root
    made = {"README.md", "SHA256SUMS"} | {f"stata/{t}.dta" for t in tables}
    assert "site/index.html" in site and "kzfp.duckdb" not in copied
    content = members(archive(first, "0.1.0"))
    folder = f"{NAME}-0.1.0/"
    assert all(name.startswith(folder) and ".." not in name for name in content)
    assert set(content) == {folder + name for name in copied | made}
    assert list(content) == sorted(content)
    for name in copied:
        source = first / name if name in from_root else package / name
        assert content[folder + name] == source.read_bytes(), name
    readme = content[folder + "README.md"].decode()
    assert readme.startswith(f"# {descriptor['title']}, version 0.1.0\n") and "kzfp.sql" in readme
    sums = content[folder + "SHA256SUMS"].decode().splitlines()
    assert sorted(line.split("  ", 1)[1] for line in sums) == sorted(copied | made - {"SHA256SUMS"})
    with zipfile.ZipFile(archive(first, "0.1.0")) as z:
        z.extractall(tmp_path)
        assert all(info.external_attr >> 16 == 0o100644 for info in z.infolist())
    check = subprocess.run(
        ["sha256sum", "--check", "--strict", "SHA256SUMS"], cwd=tmp_path / folder, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    valid = subprocess.run(
        [str(Path(KZFP).with_name("frictionless")), "validate", "datapackage.json"],
        cwd=tmp_path / folder,
        capture_output=True,
        text=True,
    )
    assert valid.returncode == 0, valid.stdout[-2000:]


def same_database(a: Path, b: Path) -> None:
    """Two DuckDB files hold the same tables and views, rows and column comments."""
    old, new = duckdb.connect(str(a), read_only=True), duckdb.connect(str(b), read_only=True)
    try:
        for query in (
            "SELECT table_name, table_type FROM information_schema.tables ORDER BY ALL",
            "SELECT table_name, column_name, data_type, is_nullable, comment FROM duckdb_columns() ORDER BY ALL",
            "SELECT table_name, comment FROM duckdb_tables() ORDER BY ALL",
            "SELECT constraint_type, table_name, constraint_column_names FROM duckdb_constraints() ORDER BY ALL",
        ):
            assert old.execute(query).fetchall() == new.execute(query).fetchall(), query
        for table, _ in new.execute("SELECT table_name, 1 FROM information_schema.tables").fetchall():
            rows = f'SELECT * FROM "{table}" ORDER BY ALL'
            assert old.execute(rows).fetchall() == new.execute(rows).fetchall(), table
    finally:
        old.close()
        new.close()


def test_the_one_line_in_the_archive_readme_makes_the_database(first, tmp_path):
    with zipfile.ZipFile(archive(first, "0.1.0")) as z:
        z.extractall(tmp_path)
    folder = tmp_path / f"{NAME}-0.1.0"
    make_database(folder)
    same_database(folder / "kzfp.duckdb", first / "build" / "current" / "kzfp.duckdb")


def test_stata_copies_hold_the_same_rows(first):
    import io

    import pandas as pd

    from pipeline.package.read import read_package

    content, tables = members(archive(first, "0.1.0")), read_package(first)[1]
    for name, frame in tables.items():
        dta = pd.read_stata(io.BytesIO(content[f"{NAME}-0.1.0/stata/{name}.dta"]))
        assert list(dta.columns) == list(frame.columns), name
        assert len(dta) == len(frame), name
        for column in frame.columns:
            ours, theirs = frame[column], dta[column]
            if str(ours.dtype) in ("str", "string", "object"):
                # dates come back as Stata dates; strings, codes (value labels) as text, missing as ''
                theirs = (
                    theirs.dt.strftime("%Y-%m-%d")
                    if str(theirs.dtype).startswith("datetime")
                    else theirs.astype(object)
                )
                assert [None if pd.isna(v) or v == "" else v for v in theirs] == [
                    None if pd.isna(v) else v for v in ours
                ], (name, column)
            else:
                assert [None if pd.isna(v) else float(v) for v in theirs] == [
                    None if pd.isna(v) else float(v) for v in ours
                ], (name, column)
    with pd.io.stata.StataReader(io.BytesIO(content[f"{NAME}-0.1.0/stata/memberships.dta"])) as reader:
        assert "role" in reader.value_labels() or any("member" in v.values() for v in reader.value_labels().values())
        assert reader.variable_labels()["state_id"] == "The state (an entity_id in `entities`)."


def test_recipes_run_in_the_unpacked_archive(first, tmp_path):
    with zipfile.ZipFile(archive(first, "0.1.0")) as z:
        z.extractall(tmp_path)
    folder = tmp_path / f"{NAME}-0.1.0"
    make_database(folder)  # as the archive's README says, before the DuckDB recipe
    for code in readme_blocks("python"):
        check_recipe(code, folder)
    [r_code] = readme_blocks("r", folder / "README.md")
    check_r_recipe(r_code, folder, tmp_path)


def make_database(folder: Path) -> subprocess.CompletedProcess:
    """Run the one line of the archive's README that makes kzfp.duckdb, with this Python."""
    readme = (folder / "README.md").read_text(encoding="utf-8")
    line = re.search(r"```sh\n(python -c .*?)\n```", readme, re.S)[1]
    python = str(Path(KZFP).with_name("python"))
    done = subprocess.run(python + line[len("python") :], shell=True, cwd=folder, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done


def test_archive_is_stamped_with_the_commit_time(first):
    with zipfile.ZipFile(archive(first, "0.1.0")) as z:
        assert {info.date_time for info in z.infolist()} == {(2026, 1, 2, 3, 4, 6)}


def test_first_changelog_section_lists_the_tables(first):
    text = (first / "CHANGELOG.md").read_text(encoding="utf-8")
    section = text.split("## 0.1.0\n", 1)[1]
    assert "First release: version 0.1.0" in section
    assert "| `passages` (new table) |" in section


def test_releasing_one_build_twice_gives_identical_bytes(first):
    before, changelog = archive(first, "0.1.0").read_bytes(), (first / "CHANGELOG.md").read_bytes()
    done = kzfp(first, "release", "--no-build")
    assert done.returncode == 0, done.stderr
    assert archive(first, "0.1.0").read_bytes() == before
    assert (first / "CHANGELOG.md").read_bytes() == changelog


def test_release_refuses_a_citation_with_another_version(first):
    path = first / "CITATION.cff"
    original = path.read_text(encoding="utf-8")
    try:
        path.write_text(original.replace('version: "0.1.0"', 'version: "0.2.0"'), encoding="utf-8")
        done = kzfp(first, "release", "--no-build")
        assert done.returncode == 2
        assert "CITATION.cff: version differs" in done.stderr and "0.2.0" in done.stderr
    finally:
        path.write_text(original, encoding="utf-8")


def test_second_release_writes_its_changelog_section_from_the_diff(first, second):
    text = (second / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.index("## 0.1.1") < text.index("## 0.1.0")
    new_section = text.split("## 0.1.1\n", 1)[1].split("\n## ", 1)[0]
    assert "Version 0.1.1 compared with version 0.1.0." in new_section
    removed = new_section.split("### `passages`", 1)[1].split("#### Rows removed (1)", 1)[1]
    assert REMOVED.strip() in removed.split("####", 1)[0]
    old_section = (first / "CHANGELOG.md").read_text(encoding="utf-8").split("## 0.1.0\n", 1)[1]
    assert text.split("## 0.1.0\n", 1)[1] == old_section
    assert f"{NAME}-0.1.1/CHANGELOG.md" in members(archive(second, "0.1.1"))
    before, changelog = archive(second, "0.1.1").read_bytes(), text
    done = kzfp(second, "release", "--no-build")
    assert done.returncode == 0, done.stderr
    assert (second / "CHANGELOG.md").read_text(encoding="utf-8") == changelog
    assert archive(second, "0.1.1").read_bytes() == before


def test_diff_reports_exactly_the_removed_passage_and_facts(first, second):
    done = kzfp(second, "diff", str(archive(second, "0.1.0")), ".", "--format", "json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["old"]["version"], result["new"]["version"]) == ("0.1.0", "0.1.1")
    assert result["tables_added"] == result["tables_removed"] == []
    tables = {t["table"]: t for t in result["tables"]}
    passages = tables["passages"]
    assert [r["text"] for r in passages["removed"]] == [REMOVED.strip()]
    assert passages["added"] == []
    from pipeline.package.read import read_package

    old_tables = read_package(first)[1]
    removed_id = old_tables["passages"].set_index("text").loc[REMOVED.strip(), "passage_id"]
    paragraph = old_tables["passages"].set_index("passage_id").loc[removed_id, "parent_passage_id"]
    section = old_tables["passages"].set_index("passage_id").loc[paragraph, "parent_passage_id"]
    assert {c["key"]["passage_id"] for c in passages["changed"]} == {paragraph, section}
    assert [c["key"]["source_id"] for c in tables["sources"]["changed"]] == ["akiner_efp"]
    evidence = old_tables["evidence"]
    start = int(old_tables["passages"].set_index("passage_id").loc[removed_id, "char_start"])
    end = start + len(REMOVED.strip())
    outside = evidence[
        (evidence["source_id"] != "akiner_efp") | (evidence["char_end"] <= start) | (evidence["char_start"] >= end)
    ]
    only_there = set(evidence["fact_id"]) - set(outside["fact_id"])
    for name in FACT_TABLES:
        expected = sorted(only_there & set(old_tables[name]["fact_id"]))
        assert sorted(r["fact_id"] for r in tables[name]["removed"]) == expected, name
        assert tables[name]["added"] == [], f"{name}: facts appeared after a removal"
    markdown = kzfp(second, "diff", str(archive(second, "0.1.0")), ".")
    assert markdown.returncode == 0, markdown.stderr
    assert markdown.stdout.startswith(f"# Changes in {NAME}: 0.1.0 → 0.1.1")
    assert REMOVED.strip() in markdown.stdout


def test_a_rebuild_gives_the_same_archive(first):
    before = archive(first, "0.1.0").read_bytes()
    done = kzfp(first, "release")  # rebuilds, then releases
    assert done.returncode == 0, done.stderr
    assert archive(first, "0.1.0").read_bytes() == before


def test_two_clean_clones_of_one_commit_release_the_same_bytes_and_stay_clean(tmp_path):
    origin = copy_repository(tmp_path / "origin")
    built = run_build(origin)  # the repository tracks its published tables, as this one does
    assert built.returncode == 0, built.stderr
    git_commit(origin)
    archives = []
    for name in ("one", "two"):
        subprocess.run(["git", "clone", "-q", str(origin), str(tmp_path / name)], check=True, capture_output=True)
        done = kzfp(tmp_path / name, "release")
        assert done.returncode == 0, done.stderr
        assert "warning" not in done.stderr, done.stderr
        status = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=all"],
            cwd=tmp_path / name,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert status == "", status
        archives.append(archive(tmp_path / name, "0.1.0").read_bytes())
    assert archives[0] == archives[1]
