"""Curation end to end: a copy of the repository is built, a curator writes one decision of each type
about facts picked from that build, the rebuild publishes them; the review sheet opens in Chromium."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from pipeline.commands.review import texts_of
from pipeline.package.read import read_package
from schemas import fact_types
from schemas.base import FACT_TABLE
from tests import curation_contracts as contracts
from tests.helpers import KZFP, chromium, copy_repository, run_build

FACT_TABLES = list(FACT_TABLE.values())
CURATOR, DAY = "E2E Curator", "2025-03-01"


def all_facts(tables):
    return {
        fid: (name, row)
        for name in FACT_TABLES
        for fid, row in zip(tables[name]["fact_id"], tables[name].to_dict("records"))
    }


def pick_decisions(tables, texts) -> dict:
    """One fact to confirm, one to correct, one to reject (from the build) and one fact to add."""
    facts = all_facts(tables)
    ids = sorted(facts)
    assert len(ids) >= 3, "the build has too few facts to curate"
    year_dated = [
        f
        for f in ids
        if isinstance(facts[f][1]["date_edtf"], str)
        and re.fullmatch(r"\d{4}", facts[f][1]["date_edtf"])
        and not facts[f][1]["has_conflict"]
    ]
    assert year_dated, "no fact dated by a year to correct"
    correct = year_dated[0]
    agreements = [f for f in ids if f.startswith("agr-") and f != correct]
    reject = agreements[0] if agreements else next(f for f in ids if f != correct)
    confirm = next(f for f in ids if f not in (correct, reject))
    # a sentence the rules took nothing from, quoted whole: the added fact's evidence
    used = set(tables["evidence"]["passage_id"])
    sentences = tables["passages"].query("kind == 'sentence' and not is_heading")
    sentence = next(
        s
        for s in sentences.sort_values("passage_id").itertuples()
        if s.passage_id not in used and texts[s.source_id].count(s.text) == 1 and len(s.text) > 40
    )
    org = sorted(tables["entities"].query("entity_type == 'organization'")["entity_id"])[0]
    fields = {
        "state_id": "state:KAZ",
        "organization_id": org,
        "role": "observer",
        "modality": "proposed",
        "date_edtf": "1990",
    }
    added_id = fact_types.get("membership").fact_id(fields)
    assert added_id not in facts
    return {
        "confirm": confirm,
        "correct": correct,
        "reject": reject,
        "add": added_id,
        "add_fields": fields,
        "add_sentence": sentence,
        "year": int(facts[correct][1]["date_edtf"]),
    }


def curation_yaml(p: dict, extra: list[dict] = ()) -> str:
    decisions = [
        {"fact_id": p["confirm"], "action": "confirm", "by": CURATOR, "on": DAY},
        {
            "fact_id": p["correct"],
            "action": "correct",
            "fields": {"date_edtf": str(p["year"] + 1)},
            "reason": "E2E: the year is one later.",
            "by": CURATOR,
            "on": DAY,
        },
        {"fact_id": p["reject"], "action": "reject", "reason": "E2E: not a fact.", "by": CURATOR, "on": DAY},
        {
            "action": "add",
            "fact_type": "membership",
            "fields": p["add_fields"],
            "source": p["add_sentence"].source_id,
            "quote": p["add_sentence"].text,
            "by": CURATOR,
            "on": DAY,
        },
    ]
    return "# written by the end-to-end test\n" + yaml.safe_dump(
        {"decisions": decisions + list(extra)}, allow_unicode=True, sort_keys=False, width=1000
    )


@pytest.fixture(scope="module")
def curated(tmp_path_factory):
    repo = copy_repository(tmp_path_factory.mktemp("curated"))
    first = run_build(repo)
    assert first.returncode == 0, first.stderr
    _, before = read_package(repo)
    texts = texts_of(repo)
    picks = pick_decisions(before, texts)
    (repo / "raw" / "curation.yaml").write_text(curation_yaml(picks), encoding="utf-8")
    second = run_build(repo)
    assert second.returncode == 0, second.stderr
    descriptor, after = read_package(repo)
    return {"repo": repo, "picks": picks, "before": before, "after": after, "descriptor": descriptor, "texts": texts}


def test_the_package_contracts_hold_on_a_build_with_every_kind_of_decision(curated):
    """The contracts tests/data checks on the shipped package, where raw/curation.yaml may be empty."""
    tables = curated["after"]
    contracts.every_decision_shows_in_the_published_tables(tables, curated["repo"])
    for contract in contracts.CONTRACTS_ON_TABLES:
        getattr(contracts, contract)(tables)
    contracts.the_package_description_states_the_counts_by_status(curated["descriptor"], tables)
    assert len(tables["rejected_facts"]) == 1 and tables["corrections"]["fact_id"].nunique() == 1


def test_confirmed_and_untouched_facts_keep_their_ids(curated):
    before, after, p = all_facts(curated["before"]), all_facts(curated["after"]), curated["picks"]
    assert after[p["confirm"]][1]["curation_status"] == "confirmed"
    assert set(after) == set(before) - {p["reject"]} | {p["add"]}
    untouched = set(before) - {p["confirm"], p["correct"], p["reject"]}
    assert {after[f][1]["curation_status"] for f in untouched} == {"extracted"}


def test_every_decision_is_on_the_record_with_who_and_when(curated):
    p, record = curated["picks"], curated["after"]["curation_decisions"].set_index("fact_id")
    assert record.loc[[p["confirm"], p["correct"], p["reject"], p["add"]], "action"].tolist() == [
        "confirm",
        "correct",
        "reject",
        "add",
    ]
    assert set(record["decided_by"]) == {CURATOR} and set(record["decided_on"]) == {str(DAY)}


def test_the_corrected_fact_keeps_its_id_and_the_correction_is_recorded(curated):
    p = curated["picks"]
    fact = all_facts(curated["after"])[p["correct"]][1]
    year = p["year"] + 1
    assert (fact["curation_status"], fact["date_edtf"], fact["date_start"], fact["date_end"]) == (
        "corrected",
        str(year),
        f"{year}-01-01",
        f"{year}-12-31",
    )
    rows = curated["after"]["corrections"].query("fact_id == @p['correct']").set_index("field_name")
    assert sorted(rows.index) == ["date_edtf", "date_end", "date_start"]
    assert (rows.loc["date_edtf", "extracted_value"], rows.loc["date_edtf", "curated_value"]) == (
        str(p["year"]),
        str(year),
    )
    assert set(rows["decided_by"]) == {CURATOR} and set(rows["decided_on"]) == {DAY}


def test_the_rejected_fact_leaves_every_table_and_is_on_the_record(curated):
    p, before, after = curated["picks"], curated["before"], curated["after"]
    for name in FACT_TABLES + ["evidence", "agreement_parties", "conflicts"]:
        assert p["reject"] not in set(after[name]["fact_id"]), name
    row = after["rejected_facts"].set_index("fact_id").loc[p["reject"]]
    assert (row["reason"], row["decided_by"], row["decided_on"]) == ("E2E: not a fact.", CURATOR, DAY)
    first = before["evidence"].query("fact_id == @p['reject']").sort_values(["source_id", "char_start"]).iloc[0]
    assert (row["quote"], row["rule_id"]) == (first["quote"], first["rule_id"])
    assert curated["texts"][row["source_id"]][row["char_start"] : row["char_end"]] == row["quote"]


def test_the_added_fact_has_curator_evidence_equal_to_the_raw_slice(curated):
    p, after = curated["picks"], curated["after"]
    fact = all_facts(after)[p["add"]][1]
    assert fact["curation_status"] == "added" and fact["role"] == "observer"
    assert (fact["date_start"], fact["date_end"], fact["n_evidence"]) == ("1990-01-01", "1990-12-31", 1)
    evidence = after["evidence"].query("fact_id == @p['add']")
    assert len(evidence) == 1
    ev = evidence.iloc[0]
    sentence = p["add_sentence"]
    assert (ev["rule_id"], ev["passage_id"], ev["source_id"]) == ("curator", sentence.passage_id, sentence.source_id)
    assert ev["quote"] == curated["texts"][ev["source_id"]][ev["char_start"] : ev["char_end"]] == sentence.text


def test_the_package_description_counts_facts_by_curation_status(curated):
    after = curated["after"]
    n = sum(len(after[t]) for t in FACT_TABLES)
    assert (
        f"Facts by curation status: extracted {n - 3}, confirmed 1, corrected 1, added 1; rejected 1"
        in curated["descriptor"]["description"]
    )


def test_the_curated_package_validates(curated):
    result = subprocess.run([KZFP, "validate"], cwd=curated["repo"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_decision_on_an_unknown_fact_stops_the_build_with_one_line_and_publishes_nothing(curated, tmp_path):
    repo = curated["repo"]
    published = (repo / "build" / "current" / "datapackage.json").read_bytes()
    good = (repo / "raw" / "curation.yaml").read_text(encoding="utf-8")
    bad = curation_yaml(
        curated["picks"], [{"fact_id": "mem-000000000000", "action": "confirm", "by": CURATOR, "on": DAY}]
    )
    line = next(n for n, text in enumerate(bad.splitlines(), start=1) if "mem-000000000000" in text)
    (repo / "raw" / "curation.yaml").write_text(bad, encoding="utf-8")
    try:
        result = run_build(repo)
    finally:
        (repo / "raw" / "curation.yaml").write_text(good, encoding="utf-8")
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: raw/curation.yaml:{line}: confirm mem-000000000000: no fact with this id in the "
        "build. The rules or the text changed, or the id is mistyped: look the fact up in "
        "build/review.html and update or remove the decision."
    ]
    assert "Traceback" not in result.stderr
    assert (repo / "build" / "current" / "datapackage.json").read_bytes() == published


# --- the review sheet -------------------------------------------------------------------------------


def dump_dom(page: Path, profile: Path, fragment: str = "") -> str:
    result = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--dump-dom",
            page.as_uri() + fragment,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture(scope="module")
def review_page(curated):
    repo = curated["repo"]
    result = subprocess.run([KZFP, "review"], cwd=repo, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    page = repo / "build" / "review.html"
    assert page.is_file()
    return page


def test_the_review_sheet_is_self_contained(review_page):
    source = review_page.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", source)
    assert "<link" not in source and "@import" not in source


def test_the_review_sheet_shows_fact_ids_and_marked_quotes_in_chromium(curated, review_page, tmp_path):
    dom = dump_dom(review_page, tmp_path / "profile")
    p, after = curated["picks"], curated["after"]
    for fact_id in (p["confirm"], p["correct"], p["reject"], p["add"]):
        assert f'data-fact-id="{fact_id}"' in dom
    assert dom.count("<mark>") >= len(after["evidence"])
    added_quote = after["evidence"].query("fact_id == @p['add']")["quote"].item()
    assert f"<mark>{added_quote}</mark>" in dom.replace("&amp;", "&")
    assert f"fact_id: {p['confirm']}" in dom
    assert 'id="shown"' in dom


def test_the_review_sheet_filters_work_offline(curated, review_page, tmp_path):
    dom = dump_dom(review_page, tmp_path / "profile", "#status=corrected")
    articles = re.findall(r"<article [^>]*>", dom)
    visible = [a for a in articles if " hidden" not in a]
    assert [re.search(r'data-fact-id="([^"]+)"', a)[1] for a in visible] == [curated["picks"]["correct"]]
    assert re.search(r'<span id="shown">1</span>', dom)
