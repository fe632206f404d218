"""Contracts on the published facts: evidence, keys and codes."""

import pandas as pd

from schemas.base import FACT_TABLE

FACT_TABLES = list(FACT_TABLE.values())


def test_every_evidence_quote_is_the_raw_text_at_its_offsets(tables, raw_texts):
    evidence = tables["evidence"]
    assert len(evidence) > 200
    for row in evidence.itertuples(index=False):
        assert raw_texts[row.source_id][row.char_start:row.char_end] == row.quote, row.evidence_id


def test_every_mention_is_the_raw_text_at_its_offsets(tables, raw_texts):
    for row in tables["mentions"].itertuples(index=False):
        assert raw_texts[row.source_id][row.char_start:row.char_end] == row.text, row.mention_id


def test_every_fact_has_evidence_and_counts_it(tables):
    evidence = tables["evidence"].groupby("fact_id")
    for name in FACT_TABLES:
        facts = tables[name].set_index("fact_id")
        counts = evidence.size().reindex(facts.index)
        assert counts.notna().all(), name
        assert (counts == facts["n_evidence"]).all(), name
        n_sources = evidence["source_id"].nunique().reindex(facts.index)
        assert (n_sources == facts["n_sources"]).all(), name


def test_fact_ids_are_unique_across_tables(tables):
    ids = pd.concat([tables[name]["fact_id"] for name in FACT_TABLES])
    assert ids.is_unique


def test_every_fact_entity_is_in_entities_with_codes(tables):
    entities = tables["entities"].set_index("entity_id")
    used = pd.concat([tables["memberships"]["state_id"], tables["visits"]["host_state_id"],
                      tables["agreement_parties"]["party_id"]]).dropna().unique()
    assert set(used) <= set(entities.index)
    kazakhstan = entities.loc["state:KAZ"]
    assert (kazakhstan["iso3"], kazakhstan["cow_ccode"], kazakhstan["cow_stateabb"]) == ("KAZ", 705, "KZK")


def test_known_facts_are_published(tables):
    m = tables["memberships"]
    oic = m[(m["state_id"] == "state:KAZ") & (m["organization_id"] == "org:OIC") & (m["role"] == "member")]
    assert oic["date_edtf"].tolist() == ["1995"]
    v = tables["visits"]
    assert len(v[(v["visitor_id"] == "person:nazarbayev") & (v["host_state_id"] == "state:BEL")]) == 1
    corroborated = tables["organization_events"].query("n_sources == 2")
    assert "org:CACO" in set(corroborated["organization_id"])
