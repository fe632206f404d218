"""Contracts between raw/curation.yaml and a published package: every decision is on the record.

Checked on the shipped package (tests/data/test_curation_contracts.py, where raw/curation.yaml may hold no
decisions) and on a build with one decision of each kind (tests/e2e/test_curation_e2e.py)."""

import pandas as pd

from pipeline.inputs import curation as curation_file
from pipeline.package import metadata
from pipeline.stages import s6_curate_fields as curation_fields
from schemas.base import FACT_TABLE

FACT_TABLES = list(FACT_TABLE.values())
CONTRACTS_ON_TABLES = (
    "curator_evidence_belongs_to_added_facts_and_only_to_them",
    "rejected_facts_leave_no_rows_behind",
    "corrections_hold_the_published_values_of_corrected_facts",
)


def facts(tables) -> pd.DataFrame:
    return pd.concat(
        [tables[t][["fact_id", "curation_status"]].assign(table=t) for t in FACT_TABLES], ignore_index=True
    )


def every_decision_shows_in_the_published_tables(tables, root):
    decisions = curation_file.load(root / "raw" / "curation.yaml")
    status = dict(zip(facts(tables)["fact_id"], facts(tables)["curation_status"]))
    expected = {"confirm": "confirmed", "correct": "corrected"}
    for d in decisions:
        if d["action"] in expected:
            assert status.get(d["fact_id"]) == expected[d["action"]], d
        elif d["action"] == "reject":
            assert d["fact_id"] not in status and d["fact_id"] in set(tables["rejected_facts"]["fact_id"]), d
    counts = facts(tables)["curation_status"].value_counts().to_dict()
    assert counts.get("confirmed", 0) == sum(d["action"] == "confirm" for d in decisions)
    assert counts.get("corrected", 0) == sum(d["action"] == "correct" for d in decisions)
    assert counts.get("added", 0) == sum(d["action"] == "add" for d in decisions)
    assert len(tables["rejected_facts"]) == sum(d["action"] == "reject" for d in decisions)


def curator_evidence_belongs_to_added_facts_and_only_to_them(tables):
    all_facts = facts(tables)
    added = set(all_facts.loc[all_facts["curation_status"] == "added", "fact_id"])
    curator = tables["evidence"][tables["evidence"]["rule_id"] == "curator"]
    assert set(curator["fact_id"]) == added


def rejected_facts_leave_no_rows_behind(tables):
    gone = set(tables["rejected_facts"]["fact_id"])
    for name in FACT_TABLES + ["evidence", "agreement_parties", "conflicts"]:
        assert not gone & set(tables[name]["fact_id"]), name


def corrections_hold_the_published_values_of_corrected_facts(tables):
    all_facts = facts(tables)
    corrected = set(all_facts.loc[all_facts["curation_status"] == "corrected", "fact_id"])
    assert set(tables["corrections"]["fact_id"]) == corrected
    for row in tables["corrections"].itertuples(index=False):
        if row.field_name == "parties":
            parties = tables["agreement_parties"].query("fact_id == @row.fact_id")["party_id"]
            assert ",".join(sorted(parties)) == (row.curated_value or "")
            continue
        table = FACT_TABLE[row.fact_type]
        value = tables[table].set_index("fact_id").loc[row.fact_id, row.field_name]
        assert curation_fields.as_text(curation_fields.plain(value)) == (
            None if pd.isna(row.curated_value) else row.curated_value
        ), row


def the_package_description_states_the_counts_by_status(descriptor, tables):
    assert metadata.status_summary(tables) in descriptor["description"]
