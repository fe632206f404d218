"""The published facts, scored against the gold annotation, stay at the level they reached.

Floors are a little under the figures measured when they were set (see the closing notes); a rule
change that loses facts or adds false ones fails here. Raise them when the rules improve.
"""

import json

import pytest

from schemas import fact_types

FLOORS = {  # fact type: (precision, recall); measured 2026-11-23: see build/current/evaluation.json
    "membership": (0.98, 0.98),  # 1.000, 1.000
    "visit": (0.97, 0.97),  # 1.000, 1.000
    "agreement": (0.96, 0.96),  # 0.981, 0.981
    "organization_event": (0.94, 0.98),  # 0.967, 1.000
    "amount": (0.97, 0.97),  # 1.000, 1.000
}


SECOND_FLOORS = {  # against tests/gold/second_annotation.yaml (an independent reading); measured 2026-11-23
    "membership": (0.93, 0.88),  # 0.958, 0.911
    "visit": (0.97, 0.95),  # 1.000, 0.983
    "agreement": (0.93, 0.91),  # 0.962, 0.943
    "organization_event": (0.82, 0.95),  # 0.850, 0.981: NATO forums, planned inaugurations are not events there
    "amount": (0.97, 0.93),  # 1.000, 0.963
}


def test_every_declared_fact_type_has_its_floors():
    assert set(FLOORS) == set(SECOND_FLOORS) == set(fact_types.names())


@pytest.fixture(scope="module")
def report(root):
    return json.loads((root / "build" / "current" / "evaluation.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("fact_type", sorted(FLOORS))
def test_precision_and_recall_stay_above_their_floor(report, fact_type):
    measured = report["by_type"][fact_type]
    precision_floor, recall_floor = FLOORS[fact_type]
    assert measured["precision"] >= precision_floor, measured
    assert measured["recall"] >= recall_floor, measured


def test_the_evaluation_is_listed_in_the_data_package(package):
    descriptor, _ = package
    assert any(r["name"] == "evaluation" and r["path"] == "evaluation.json" for r in descriptor["resources"])


def test_both_known_conflicts_are_published(tables):
    conflicts = tables["conflicts"].merge(tables["evidence"], on=["evidence_id", "source_id"])
    by_value = {(row.value, row.source_id): row.quote for row in conflicts.itertuples()}
    assert "rent one million hectares" in by_value[("2008", "akiner_efp")]
    assert "rent 1m. ha" in by_value[("2010", "akiner_efp")]
    assert "Central Asia Co-operation Organization" in by_value[("2001", "akiner_efp")]
    assert "Central Asian Cooperation Organization created in 2002" in by_value[("2002", "engvall_cornell_2015")]


def test_repeated_statements_are_counted_once(tables):
    """The loans-for-oil deal is told twice in the essay: one fact, two quotes."""
    loans = tables["amounts"].query("kind == 'loan' and value == 1e10")
    assert len(loans) == 1
    evidence = tables["evidence"][tables["evidence"]["fact_id"] == loans["fact_id"].iloc[0]]
    assert len(evidence) == 2


@pytest.mark.parametrize("fact_type", sorted(SECOND_FLOORS))
def test_figures_against_the_independent_annotation_stay_above_their_floor(report, fact_type):
    measured = report["second_annotation"]["by_type"][fact_type]
    precision_floor, recall_floor = SECOND_FLOORS[fact_type]
    assert measured["precision"] >= precision_floor, measured
    assert measured["recall"] >= recall_floor, measured


def test_the_published_test_column_has_figures_but_no_items(report):
    """Its misses and false positives would show rule writers the facts of the hidden texts."""
    if "test" not in report:
        pytest.skip("no evaluation corpus in this repository")
    assert report["test"]["overall"]["n_gold"] > 0
    assert "misses" not in report["test"] and "false_positives" not in report["test"]
    assert report["dev"]["misses"] or report["dev"]["false_positives"]


def test_the_test_column_counts_what_went_wrong_without_naming_a_fact(report):
    """The misses and unmatched facts counted by family (`pipeline.evaluation.anatomy`) steer the work on the
    test texts without showing them: counts that add up to the column's misses and unmatched facts, and no text."""
    if "test" not in report:
        pytest.skip("no evaluation corpus in this repository")
    for role in ("dev", "test"):
        column, anatomy = report[role], report[role]["anatomy"]
        counts = [n for part in anatomy.values() for families in part.values() for n in families.values()]
        assert all(isinstance(n, int) and n > 0 for n in counts)
        missed = sum(n for families in anatomy["missed"].values() for n in families.values())
        unmatched = sum(n for families in anatomy["unmatched"].values() for n in families.values())
        overall = column["overall"]
        assert missed == overall["n_gold"] - overall["n_matched_gold"]
        assert unmatched == overall["n_extracted"] - overall["n_matched_extracted"]


def test_the_second_blind_annotation_is_scored_in_both_columns_with_figures_only(report):
    """Two annotators' agreement is the ceiling the coder is read against, and the coder is scored against the
    second annotation too; neither may carry items (the test column's would show its facts)."""
    if "test" not in report:
        pytest.skip("no evaluation corpus in this repository")
    for role in ("dev", "test"):
        agreement, against = report[role]["annotators"], report[role]["against_second"]
        assert agreement["sources"] == against["sources"] == sorted(report["split"][role])
        assert 0 < agreement["overall"]["f1"] <= 1 and 0 < against["overall"]["f1"] <= 1
        assert "misses" not in agreement
    assert set(report["test"]["against_second"]) == {"sources", "overall", "by_type"}
    assert "misses" in report["dev"]["against_second"]  # dev items are there to be read while writing rules
