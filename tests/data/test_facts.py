"""Facts of the published package the essays state (the generic contracts are in test_contracts.py)."""

import pandas as pd


def test_every_fact_entity_is_in_entities_with_codes(tables):
    entities = tables["entities"].set_index("entity_id")
    used = (
        pd.concat(
            [
                tables["memberships"]["state_id"],
                tables["visits"]["host_state_id"],
                tables["agreement_parties"]["party_id"],
            ]
        )
        .dropna()
        .unique()
    )
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
