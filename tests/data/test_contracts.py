"""Contracts that hold for any corpus, checked on two builds: the published package and the evaluation
build (`build/evaluation-corpus/`: the published texts plus the ten evaluation texts). Quotes, mentions and
passages at their offsets, keys and foreign keys, evidence counted, no empty duplicate group, and no
evidence or group that mixes sources."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.package.read import read_package
from pipeline.stages import s1_ingest as ingest
from schemas.base import FACT_TABLE

FACT_TABLES = list(FACT_TABLE.values())
BUILDS = {"published": ".", "evaluation": "build/evaluation-corpus"}


@pytest.fixture(scope="module", params=sorted(BUILDS))
def built(request, root):
    """(tables, raw texts by source id) of one build."""
    folder = root / BUILDS[request.param]
    if not (folder / "build" / "current" / "datapackage.json").exists():
        pytest.fail(f"{folder}/build/current/datapackage.json missing: run 'make build' before the tests")
    _, documents, _ = ingest.build(*ingest.load(folder / "raw"))
    return read_package(folder)[1], dict(zip(documents["source_id"], documents["text"]))


def test_every_evidence_quote_is_the_raw_text_at_its_offsets(built):
    tables, texts = built
    for row in tables["evidence"].itertuples(index=False):
        assert texts[row.source_id][row.char_start : row.char_end] == row.quote, row.evidence_id


def test_every_mention_passage_and_boilerplate_span_is_the_raw_text_at_its_offsets(built):
    tables, texts = built
    for name, column in (("mentions", "text"), ("passages", "text"), ("boilerplate", "text")):
        for row in tables[name].itertuples(index=False):
            assert texts[row.source_id][row.char_start : row.char_end] == getattr(row, column), (name, row)


def test_evidence_lies_in_its_passage_of_its_own_source(built):
    tables, _ = built
    passages = tables["passages"].set_index("passage_id")
    evidence = tables["evidence"]
    own = passages.loc[evidence["passage_id"]]
    assert (own["source_id"].to_numpy() == evidence["source_id"].to_numpy()).all()
    assert (own["char_start"].to_numpy() <= evidence["char_start"].to_numpy()).all()
    assert (evidence["char_end"].to_numpy() <= own["char_end"].to_numpy()).all()


def test_every_fact_has_evidence_and_counts_it(built):
    tables, _ = built
    evidence = tables["evidence"].groupby("fact_id")
    for name in FACT_TABLES:
        facts = tables[name].set_index("fact_id")
        counts = evidence.size().reindex(facts.index)
        assert counts.notna().all(), name
        assert (counts == facts["n_evidence"]).all(), name
        assert (evidence["source_id"].nunique().reindex(facts.index) == facts["n_sources"]).all(), name


def test_keys_are_unique_and_foreign_keys_resolve(built):
    tables, _ = built
    ids = pd.concat([tables[name]["fact_id"] for name in FACT_TABLES])
    assert ids.is_unique
    assert set(tables["evidence"]["fact_id"]) <= set(ids)
    assert set(tables["agreement_parties"]["fact_id"]) <= set(tables["agreements"]["fact_id"])
    assert set(tables["duplicate_groups"]["passage_id"]) <= set(tables["passages"]["passage_id"])
    entities = set(tables["entities"]["entity_id"])
    used = pd.concat(
        [
            tables["memberships"]["state_id"],
            tables["memberships"]["organization_id"],
            tables["visits"]["host_state_id"],
            tables["agreement_parties"]["party_id"],
            tables["organization_events"]["organization_id"],
            tables["sources"]["subject_id"],
            tables["actor_references"]["entity_id"],
        ]
    ).dropna()
    assert set(used) <= entities


def test_no_duplicate_group_is_empty_or_single(built):
    tables, _ = built
    sizes = tables["duplicate_groups"].groupby("group_id").size()
    assert (sizes >= 2).all(), sizes[sizes < 2].index.tolist()


def test_sentences_sit_inside_their_paragraph_and_hold_a_word(built):
    tables, _ = built
    passages = tables["passages"].set_index("passage_id")
    sentences = passages[passages["kind"] == "sentence"]
    parents = passages.loc[sentences["parent_passage_id"]]
    assert (sentences["char_start"].to_numpy() >= parents["char_start"].to_numpy()).all()
    assert (sentences["char_end"].to_numpy() <= parents["char_end"].to_numpy()).all()
    assert sentences["text"].str.contains(r"\w", regex=True).all()


def test_no_passage_overlaps_boilerplate(built):
    tables, _ = built
    spans = tables["boilerplate"]
    for source_id, passages in tables["passages"].groupby("source_id"):
        own = spans[spans["source_id"] == source_id]
        overlaps = (own["char_start"].to_numpy() < passages[["char_end"]].to_numpy()) & (
            passages[["char_start"]].to_numpy() < own["char_end"].to_numpy()
        )  # one row per passage, one column per boilerplate span of its source
        assert not overlaps.any(), list(passages["passage_id"][overlaps.any(axis=1)])


def test_every_actor_a_quote_does_not_name_points_to_the_words_that_do(built):
    """Each actor of each quote is named inside the quote or has an actor_references row; the row's
    words are the raw text at its offsets and name the actor itself, or (through_place/_person) a
    place or person of that state inside the quote."""
    tables, texts = built
    refs = tables["actor_references"]
    mentions = tables["mentions"].dropna(subset=["entity_id"])
    named_at: dict[tuple, set] = {}
    for source_id, start, entity in zip(mentions["source_id"], mentions["char_start"], mentions["entity_id"]):
        named_at.setdefault((source_id, start), set()).add(entity)
    state_of = dict(zip(tables["entities"]["entity_id"], tables["entities"]["state_id"]))
    evidence = tables["evidence"].set_index("evidence_id")
    for row in refs.dropna(subset=["quote"]).itertuples(index=False):
        assert texts[row.source_id][row.char_start : row.char_end] == row.quote, row
        said = named_at.get((row.source_id, row.char_start), set())
        if row.basis.startswith("through_"):
            quoted = evidence.loc[row.evidence_id]
            assert quoted.char_start <= row.char_start and row.char_end <= quoted.char_end, row
            assert {state_of.get(e) for e in said} & {row.entity_id}, row
        else:
            assert row.entity_id in said, row
    covered = set(zip(refs["evidence_id"], refs["entity_id"]))
    spans = mentions.groupby(["source_id", "entity_id"])["char_start"].apply(list).to_dict()
    members = tables["memberships"]
    actors = dict(zip(members["fact_id"], zip(members["state_id"], members["organization_id"])))
    for ev in tables["evidence"].itertuples(index=False):
        for actor in actors.get(ev.fact_id, ()):
            if (ev.evidence_id, actor) not in covered:
                assert any(ev.char_start <= c < ev.char_end for c in spans.get((ev.source_id, actor), [])), (ev, actor)
