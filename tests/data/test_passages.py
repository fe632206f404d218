"""Contracts on the published sources and passages."""

import pandas as pd


def test_every_passage_is_the_raw_slice_at_its_offsets(tables, raw_texts):
    for row in tables["passages"].itertuples(index=False):
        assert raw_texts[row.source_id][row.char_start:row.char_end] == row.text, row.passage_id


def test_every_boilerplate_span_is_the_raw_slice(tables, raw_texts):
    for row in tables["boilerplate"].itertuples(index=False):
        assert raw_texts[row.source_id][row.char_start:row.char_end] == row.text


def test_no_passage_overlaps_boilerplate(tables):
    spans = tables["boilerplate"]
    for row in tables["passages"].itertuples(index=False):
        own = spans[spans["source_id"] == row.source_id]
        assert not ((own["char_start"] < row.char_end) & (row.char_start < own["char_end"])).any(), row.passage_id


def test_both_sources_have_sentences_and_counts_are_stable(tables):
    sentences = tables["passages"].query("kind == 'sentence'")
    counts = sentences.groupby("source_id").size().to_dict()
    assert counts == {"akiner_efp": 321, "engvall_cornell_2015": 55}


def test_sentences_sit_inside_their_paragraph(tables):
    passages = tables["passages"].set_index("passage_id")
    sentences = passages[passages["kind"] == "sentence"]
    parents = passages.loc[sentences["parent_passage_id"]]
    assert (sentences["char_start"].to_numpy() >= parents["char_start"].to_numpy()).all()
    assert (sentences["char_end"].to_numpy() <= parents["char_end"].to_numpy()).all()


def test_no_empty_or_punctuation_only_sentences(tables):
    sentences = tables["passages"].query("kind == 'sentence'")["text"]
    assert sentences.str.contains(r"\w", regex=True).all()


def test_sources_record(tables):
    sources = tables["sources"].set_index("source_id")
    assert sources.loc["akiner_efp", "author"] == "Shirin Akiner"
    assert pd.isna(sources.loc["engvall_cornell_2015", "author"])
    assert "Engvall" in sources.loc["engvall_cornell_2015", "attribution"]
