"""The corpus can grow: a new text is one command, a stray text stops the build with one line, and the
evaluation texts built beside the essays leave every essay fact, conflict and duplicate group as the
essays alone give them (a new text changes an existing source's facts only where it states the same fact)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from pipeline.package_io import read_package
from schemas.base import FACT_TABLE
from tests.e2e.test_fresh_build import KZFP, copy_repository, run_build

ESSAYS = ("akiner_efp", "engvall_cornell_2015")
CORROBORATION = ["n_evidence", "n_sources", "is_corroborated"]


def only_sources(repo, keep: tuple[str, ...]):
    """Cut the copy's sources.yaml to `keep`, move the other texts out of raw/, drop the evaluation corpus."""
    listing = repo / "raw" / "sources.yaml"
    entries = yaml.safe_load(listing.read_text(encoding="utf-8"))
    for e in entries:
        if e["id"] not in keep:
            (repo / "raw" / e["file"]).unlink()
    listing.write_text(yaml.safe_dump([e for e in entries if e["id"] in keep], allow_unicode=True,
                                      sort_keys=False), encoding="utf-8")
    shutil.rmtree(repo / "raw" / "evaluation")


@pytest.fixture(scope="module")
def essays_alone(tmp_path_factory):
    repo = copy_repository(tmp_path_factory.mktemp("essays"))
    only_sources(repo, ESSAYS)
    done = run_build(repo)
    assert done.returncode == 0, done.stderr
    return read_package(repo)[1]


@pytest.fixture(scope="module")
def with_evaluation_texts(root):
    """The evaluation build of the published build: the essays, the in-scope texts and the ten others."""
    folder = root / "build" / "evaluation-corpus"
    if not (folder / "datapackage.json").exists():
        pytest.fail("build/evaluation-corpus missing: run 'make build' before the tests")
    return read_package(folder)[1]


def essay_facts(tables) -> dict[str, tuple[str, dict]]:
    ids = set(tables["evidence"].query("source_id in @ESSAYS")["fact_id"])
    return {fid: (name, row) for name in FACT_TABLE.values()
            for fid, row in zip(tables[name]["fact_id"], tables[name].to_dict("records")) if fid in ids}


def test_the_evaluation_texts_leave_the_essays_facts_alone(essays_alone, with_evaluation_texts):
    alone, grown = essay_facts(essays_alone), essay_facts(with_evaluation_texts)
    other_sources = with_evaluation_texts["evidence"].query("source_id not in @ESSAYS").groupby("fact_id").size()
    changed = []
    for fact_id, (table, row) in alone.items():
        if fact_id not in grown:
            changed.append(fact_id)
            continue
        mine, theirs = dict(row), dict(grown[fact_id][1])
        if fact_id in other_sources.index:  # stated by a new text too: only its corroboration may change
            for column in CORROBORATION:
                mine.pop(column), theirs.pop(column)
        if str(mine) != str(theirs):
            changed.append(fact_id)
    assert not changed, f"essay facts changed by the evaluation texts: {changed[:10]}"
    assert set(grown) == set(alone), "the evaluation texts added quotes from the essays to new facts"


def test_the_evaluation_texts_leave_the_essays_evidence_conflicts_and_groups_alone(essays_alone,
                                                                                    with_evaluation_texts):
    for table, key in (("evidence", "evidence_id"), ("conflicts", "conflict_id"), ("duplicate_groups", "group_id")):
        a = essays_alone[table].query("source_id in @ESSAYS") if "source_id" in essays_alone[table] else None
        if a is None:  # duplicate groups: the rows of the essays' passages
            a = essays_alone[table][essays_alone[table]["passage_id"].str.split(":").str[0].isin(ESSAYS)]
            b = with_evaluation_texts[table][
                with_evaluation_texts[table]["passage_id"].str.split(":").str[0].isin(ESSAYS)]
        else:
            b = with_evaluation_texts[table].query("source_id in @ESSAYS")
        cols = [c for c in a.columns if c not in CORROBORATION]
        a_rows = a[cols].sort_values(list(cols)).to_csv(index=False)
        b_rows = b[cols].sort_values(list(cols)).to_csv(index=False)
        assert a_rows == b_rows, f"{table}: the essays' rows differ when the evaluation texts are built too"


def test_a_new_text_is_added_with_one_command_and_built(tmp_path):
    repo = copy_repository(tmp_path / "repo")
    only_sources(repo, ESSAYS)
    text = tmp_path / "Kazakh–Uzbek Relations (2019).txt"
    text.write_text("Bilateral relations\n\nKazakhstan joined the Shanghai Cooperation Organisation in 2001. "
                    "In 1998, Uzbekistan and Kazakhstan signed a treaty on eternal friendship.\n", encoding="utf-8")
    done = subprocess.run([KZFP, "add-source", str(text), "--title", "Kazakh–Uzbek relations", "--url",
                           "https://example.org/kz-uz", "--licence", "CC-BY-4.0", "--subject", "state:KAZ"],
                          cwd=repo, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    entries = yaml.safe_load((repo / "raw" / "sources.yaml").read_text(encoding="utf-8"))
    new = entries[-1]
    assert new["id"] == "kazakh-uzbek-relations-2019" and new["licence"] == "CC-BY-4.0"
    assert (repo / "raw" / new["file"]).read_bytes() == text.read_bytes()
    built = run_build(repo)
    assert built.returncode == 0, built.stderr
    tables = read_package(repo)[1]
    assert new["id"] in set(tables["sources"]["source_id"])
    evidence = tables["evidence"].query("source_id == @new['id']")
    assert "membership" in set(evidence["fact_type"]), "the new text's membership was not extracted"


def test_a_stray_text_stops_the_build_with_one_line(tmp_path):
    repo = copy_repository(tmp_path / "repo")
    only_sources(repo, ESSAYS)
    (repo / "raw" / "notes.txt").write_text("Kazakhstan joined the UN in 1992.\n", encoding="utf-8")
    done = run_build(repo)
    assert done.returncode == 2
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("error: raw/notes.txt:") and "kzfp add-source raw/notes.txt" in last
    assert "Traceback" not in done.stderr
