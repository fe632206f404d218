"""The corpus can grow: a new text is one command, a stray text stops the build with one line, and a text
added to a build changes no fact of the others unless it states the same fact (by the blind gold), and no
conflict or duplicate group of theirs at all. Checked twice: the essays alone against the published build
(essays and in-scope texts), and the published build against the evaluation build (plus ten texts)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from pipeline.evaluation import build as evaluation_build
from pipeline.evaluation import corpus as evaluate_corpus
from pipeline.package.read import read_package
from schemas.base import FACT_TABLE
from tests.helpers import KZFP, copy_repository, run_build

ESSAYS = ("akiner_efp", "engvall_cornell_2015")
CORROBORATION = ["n_evidence", "n_sources", "is_corroborated"]


def only_sources(repo, keep: tuple[str, ...]):
    """Cut the copy's sources.yaml to `keep`, move the other texts out of raw/, drop the evaluation corpus."""
    listing = repo / "raw" / "sources.yaml"
    entries = yaml.safe_load(listing.read_text(encoding="utf-8"))
    for e in entries:
        if e["id"] not in keep:
            (repo / "raw" / e["file"]).unlink()
    listing.write_text(
        yaml.safe_dump([e for e in entries if e["id"] in keep], allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    shutil.rmtree(repo / "raw" / "evaluation")


@pytest.fixture(scope="module")
def essays_alone(tmp_path_factory):
    repo = copy_repository(tmp_path_factory.mktemp("essays"))
    only_sources(repo, ESSAYS)
    done = run_build(repo)
    assert done.returncode == 0, done.stderr
    return read_package(repo)[1]


@pytest.fixture(scope="module")
def published(root):
    return read_package(root)[1]


@pytest.fixture(scope="module")
def with_evaluation_texts(root):
    """The evaluation build of the published build: the published texts plus the ten evaluation texts."""
    folder = root / "build" / "evaluation-corpus"
    if not (folder / "build" / "current" / "datapackage.json").exists():
        pytest.fail("build/evaluation-corpus missing: run 'make build' before the tests")
    return read_package(folder)[1]


@pytest.fixture(scope="module")
def gold(root):
    """The blind gold of every text but the essays, as scorer records, to tell a fact a new text states."""
    out = root / "build" / "evaluation-corpus"
    names = evaluate_corpus.Names(read_package(out)[1]["entities"], evaluation_build.aliases(root))
    return [
        evaluate_corpus._gold_record(i, names) for i in evaluate_corpus.load_gold(root, evaluation_build.texts_of(out))
    ], names


def facts_of(tables, sources) -> dict[str, dict]:
    ids = set(tables["evidence"][tables["evidence"]["source_id"].isin(sources)]["fact_id"])
    return {
        fid: row
        for name in FACT_TABLE.values()
        for fid, row in zip(tables[name]["fact_id"], tables[name].to_dict("records"))
        if fid in ids
    }


def states_the_same_fact(quote: dict, fact: dict, records: list[dict]) -> bool:
    """The blind gold has, where this quote stands in its text, an item of the fact's type that agrees with
    it on every key field but the year: the text states the same fact there (a different year is a
    conflict about that fact, which a new text may bring)."""
    keys = [k for k in evaluate_corpus.evaluation_of(fact["type"]).key if k != "year"]
    return any(
        g["source_id"] == quote["source_id"]
        and g["item"]["start"] < quote["char_end"]
        and quote["char_start"] < g["item"]["end"]
        and any(
            alt is not None
            and alt["type"] == fact["type"]
            and all(evaluate_corpus._agrees(fact["type"], k, alt.get(k), fact.get(k)) for k in keys)
            for alt in (g, evaluate_corpus._as_other_type(g))
        )
        for g in records
    )


def unexplained_changes(before, after, sources, gold) -> list[str]:
    """Facts of `sources` in `before` that `after` (built with more texts) lost or changed, where no added
    text states the same fact. A changed fact is found again as the fact of its type whose quotes include
    all of its own; every quote an added text brings to it must state the same fact by the blind gold
    (`states_the_same_fact`); else the change is contamination."""
    records, names = gold
    old, new = facts_of(before, sources), facts_of(after, sources)
    spans = {}
    for table, frame in (("before", before["evidence"]), ("after", after["evidence"])):
        keys = zip(frame["fact_id"], frame["source_id"], frame["char_start"], frame["char_end"], frame["rule_id"])
        for fact_id, *span in keys:
            spans.setdefault(table, {}).setdefault(fact_id, set()).add(tuple(span))
    added = set(after["evidence"]["source_id"]) - set(before["evidence"]["source_id"])
    facts = {e["fact_id"]: e for e in evaluate_corpus._extracted(after, added, names)}
    quotes = after["evidence"][after["evidence"]["source_id"].isin(added)]
    bad = []
    for fact_id, row in old.items():
        theirs = new.get(fact_id)
        if theirs is not None and all(str(row[k]) == str(theirs[k]) for k in row if k not in CORROBORATION):
            continue
        kind = fact_id.split("-")[0]
        found = [f for f in new if f.startswith(kind + "-") and spans["before"][fact_id] <= spans["after"][f]]
        explained = any(
            f in facts
            and all(
                states_the_same_fact(q, facts[f], records) for q in quotes[quotes["fact_id"] == f].to_dict("records")
            )
            for f in found
        )
        if not explained:
            bad.append(f"{fact_id} {row.get('date_edtf')} -> {found}")
    return sorted(bad)


def test_the_in_scope_texts_change_no_essay_fact_they_do_not_state(essays_alone, published, gold):
    assert unexplained_changes(essays_alone, published, ESSAYS, gold) == []


def test_the_evaluation_texts_change_no_published_fact_they_do_not_state(published, with_evaluation_texts, gold):
    sources = tuple(published["sources"]["source_id"])
    assert unexplained_changes(published, with_evaluation_texts, sources, gold) == []


def test_the_evaluation_texts_leave_the_published_conflicts_and_groups_alone(published, with_evaluation_texts):
    sources = set(published["sources"]["source_id"])
    a = published["conflicts"]
    b = with_evaluation_texts["conflicts"]
    b = b[b["conflict_id"].isin(set(b[~b["source_id"].isin(sources)]["conflict_id"])) == False]  # noqa: E712
    assert a.sort_values(["conflict_id", "variant"]).to_csv(index=False) == b.sort_values(
        ["conflict_id", "variant"]
    ).to_csv(index=False)
    groups = [
        t["duplicate_groups"][t["duplicate_groups"]["passage_id"].str.split(":").str[0].isin(sources)]
        for t in (published, with_evaluation_texts)
    ]
    a, b = (g.sort_values(["group_id", "passage_id"]).to_csv(index=False) for g in groups)
    assert a == b


def test_a_new_text_is_added_with_one_command_and_built(tmp_path):
    repo = copy_repository(tmp_path / "repo")
    only_sources(repo, ESSAYS)
    text = tmp_path / "Kazakh–Uzbek Relations (2019).txt"
    text.write_text(
        "Bilateral relations\n\nKazakhstan joined the Shanghai Cooperation Organisation in 2001. "
        "In 1998, Uzbekistan and Kazakhstan signed a treaty on eternal friendship.\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [
            KZFP,
            "add-source",
            str(text),
            "--title",
            "Kazakh–Uzbek relations",
            "--url",
            "https://example.org/kz-uz",
            "--licence",
            "CC-BY-4.0",
            "--subject",
            "state:KAZ",
        ],
        cwd=repo,
        capture_output=True,
        text=True,
    )
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
