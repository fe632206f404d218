"""The published sources and passages of the essays (the generic contracts are in test_contracts.py)."""

import pandas as pd


def test_the_essays_sentence_counts_are_stable(tables):
    sentences = tables["passages"].query("kind == 'sentence' and source_id in ['akiner_efp', 'engvall_cornell_2015']")
    counts = sentences.groupby("source_id").size().to_dict()
    assert counts == {"akiner_efp": 321, "engvall_cornell_2015": 55}


def test_sources_record(tables):
    sources = tables["sources"].set_index("source_id")
    assert sources.loc["akiner_efp", "author"] == "Shirin Akiner"
    assert pd.isna(sources.loc["engvall_cornell_2015", "author"])
    assert "Engvall" in sources.loc["engvall_cornell_2015", "attribution"]
    assert sources.loc["wiki_csto_2025", "author"] == "Wikipedia contributors"
