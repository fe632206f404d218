"""The gold scorer on tiny inline frames built from real sentences of the two texts."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from pipeline.errors import InputError
from pipeline.evaluation.gold import load_gold, read_gold
from pipeline.evaluation.seeds import score

AK = "akiner_efp"
EC = "engvall_cornell_2015"

GOLD = [
    {
        "type": "membership",
        "source_id": AK,
        "quote": "Kazakhstan, which has a predominantly Muslim population, joined the OIC in 1995",
        "state": "state:KAZ",
        "organization": "org:OIC",
        "role": "member",
        "year": 1995,
        "modality": None,
    },
    {
        "type": "visit",
        "source_id": AK,
        "quote": "In February 1993, he went to Belgium, Austria and Egypt",
        "visitor": "person:nazarbayev",
        "visitor_state": "state:KAZ",
        "host_state": "state:BEL",
        "place": None,
        "year": 1993,
    },
    {
        "type": "agreement",
        "source_id": AK,
        "quote": "In 1998 Kazakhstan and Russia concluded a Treaty of Eternal Friendship and Co-operation",
        "name": "Treaty of Eternal Friendship and Co-operation",
        "kind": "treaty",
        "parties": ["state:KAZ", "state:RUS"],
        "year": 1998,
    },
    {
        "type": "organization_event",
        "source_id": AK,
        "quote": "Russia joined it in mid-2004",
        "organization": "org:CACO",
        "event": "joined_by",
        "counterpart": None,
        "state": "state:RUS",
        "year": 2004,
    },
    {
        "type": "amount",
        "source_id": AK,
        "quote": "China made available a loan of $10,000 million",
        "kind": "loan",
        "value": 10000000000,
        "unit": "currency",
        "currency": "USD",
        "year": 2009,
    },
]


def tables(mem=None, vis=None, agr=None, parties=None, oev=None, amt=None, evidence=None) -> dict:
    """Extracted tables in the published shape (only the columns the scorer reads, plus a few more)."""
    frames = {
        "memberships": pd.DataFrame(
            mem or [], columns=["fact_id", "state_id", "organization_id", "role", "modality", "date_start", "date_edtf"]
        ),
        "visits": pd.DataFrame(
            vis or [],
            columns=[
                "fact_id",
                "visitor_id",
                "visitor_state_id",
                "host_state_id",
                "place_id",
                "modality",
                "date_start",
            ],
        ),
        "agreements": pd.DataFrame(agr or [], columns=["fact_id", "name", "kind", "modality", "date_start"]),
        "agreement_parties": pd.DataFrame(parties or [], columns=["fact_id", "party_id"]),
        "organization_events": pd.DataFrame(
            oev or [],
            columns=[
                "fact_id",
                "organization_id",
                "event_type",
                "counterpart_organization_id",
                "state_id",
                "date_start",
            ],
        ),
        "amounts": pd.DataFrame(amt or [], columns=["fact_id", "kind", "value", "unit", "currency", "date_start"]),
        "evidence": pd.DataFrame(
            evidence or [], columns=["fact_id", "source_id", "passage_id", "char_start", "char_end", "quote", "rule_id"]
        ),
    }
    return restate(frames)


def restate(facts: dict) -> dict:
    """Every quote states its fact's year, as the rules' quotes do (again after a test changed a date)."""
    year_of = {
        fid: start[:4]
        for frame in facts.values()
        if "date_start" in frame
        for fid, start in zip(frame["fact_id"], frame["date_start"])
        if isinstance(start, str)
    }
    facts["evidence"]["stated_date_edtf"] = facts["evidence"]["fact_id"].map(year_of)
    return facts


def ev(fact_id: str, source_id: str = AK) -> dict:
    return {
        "fact_id": fact_id,
        "source_id": source_id,
        "passage_id": f"{source_id}:sen0001",
        "char_start": 0,
        "char_end": 1,
        "quote": "x",
        "rule_id": "test",
    }


def perfect() -> dict:
    return tables(
        mem=[
            {
                "fact_id": "mem-000000000001",
                "state_id": "state:KAZ",
                "organization_id": "org:OIC",
                "role": "member",
                "modality": None,
                "date_start": "1995-01-01",
                "date_edtf": "1995",
            }
        ],
        vis=[
            {
                "fact_id": "vis-000000000001",
                "visitor_id": "person:nazarbayev",
                "visitor_state_id": "state:KAZ",
                "host_state_id": "state:BEL",
                "place_id": None,
                "date_start": "1993-02-01",
            }
        ],
        agr=[
            {
                "fact_id": "agr-000000000001",
                "name": "Treaty of Eternal Friendship and Co-operation",
                "kind": "treaty",
                "date_start": "1998-01-01",
            }
        ],
        parties=[
            {"fact_id": "agr-000000000001", "party_id": "state:KAZ"},
            {"fact_id": "agr-000000000001", "party_id": "state:RUS"},
        ],
        oev=[
            {
                "fact_id": "oev-000000000001",
                "organization_id": "org:CACO",
                "event_type": "joined_by",
                "counterpart_organization_id": None,
                "state_id": "state:RUS",
                "date_start": "2004-04-01",
            }
        ],
        amt=[
            {
                "fact_id": "amt-000000000001",
                "kind": "loan",
                "value": 1e10,
                "unit": "currency",
                "currency": "USD",
                "date_start": "2009-01-01",
            }
        ],
        evidence=[
            ev("mem-000000000001"),
            ev("vis-000000000001"),
            ev("agr-000000000001"),
            ev("oev-000000000001"),
            ev("amt-000000000001"),
        ],
    )


def test_perfect_match_scores_one():
    report = score(GOLD, perfect())
    for fact_type, figures in report["by_type"].items():
        assert figures == {"f1": 1.0, "n_extracted": 1, "n_gold": 1, "n_matched": 1, "precision": 1.0, "recall": 1.0}, (
            fact_type
        )
        for field, pr in report["by_field"][fact_type].items():
            assert pr == {"precision": 1.0, "recall": 1.0}, (fact_type, field)
    assert report["overall"]["f1"] == 1.0 and report["overall"]["macro_f1"] == 1.0
    assert report["misses"] == [] and report["false_positives"] == []


def test_wrong_year_is_a_miss_and_a_false_positive():
    facts = perfect()
    facts["memberships"].loc[0, "date_start"] = "1996-01-01"
    report = score(GOLD, restate(facts))
    mem = report["by_type"]["membership"]
    assert (mem["n_matched"], mem["precision"], mem["recall"], mem["f1"]) == (0, 0.0, 0.0, 0.0)
    assert [m["quote"] for m in report["misses"]] == [GOLD[0]["quote"]]
    assert report["misses"][0]["year"] == 1995
    [fp] = report["false_positives"]
    assert fp["fact_id"] == "mem-000000000001" and fp["year"] == "1996" and fp["source_id"] == AK
    # Per-field figures show that only the year is wrong.
    fields = report["by_field"]["membership"]
    assert fields["state"] == {"precision": 1.0, "recall": 1.0}
    assert fields["year"] == {"precision": 0.0, "recall": 0.0}
    # The other types are unaffected.
    assert report["by_type"]["visit"]["f1"] == 1.0
    assert report["overall"]["n_matched"] == 4 and report["overall"]["precision"] == 0.8


def test_source_restriction():
    wto = {
        "type": "membership",
        "source_id": EC,
        "quote": "Kazakhstan has joined the World Trade Organization",
        "state": "state:KAZ",
        "organization": "org:WTO",
        "role": "member",
        "year": None,
        "modality": None,
    }
    gold = GOLD + [wto]
    facts = perfect()
    # The OIC membership is supported only by the other text: it cannot match the akiner_efp gold entry.
    facts["evidence"].loc[0, "source_id"] = EC
    report = score(gold, facts)
    mem = report["by_type"]["membership"]
    assert (mem["n_gold"], mem["n_extracted"], mem["n_matched"]) == (2, 1, 0)
    assert [(fp["fact_id"], fp["source_id"]) for fp in report["false_positives"]] == [("mem-000000000001", EC)]
    assert {m["source_id"] for m in report["misses"]} == {AK, EC}
    assert report["by_field"]["membership"]["organization"] == {"precision": 0.0, "recall": 0.0}
    # Evidence only in a source the gold does not annotate: the fact is left out altogether.
    facts["evidence"].loc[0, "source_id"] = "unseen_text"
    report = score(GOLD, facts)
    assert report["by_type"]["membership"]["n_extracted"] == 0
    assert report["by_type"]["membership"]["precision"] is None
    assert report["false_positives"] == []


def test_fact_in_both_sources_matches_one_gold_entry_in_each():
    gold = [GOLD[0], {**GOLD[0], "source_id": EC, "quote": "its membership in the CSTO"}]
    facts = perfect()
    facts["evidence"] = pd.concat([facts["evidence"], pd.DataFrame([ev("mem-000000000001", EC)])])
    mem = score(gold, restate(facts))["by_type"]["membership"]
    assert (mem["n_gold"], mem["n_extracted"], mem["n_matched"]) == (2, 2, 2)


def test_matching_is_one_to_one():
    facts = perfect()
    facts["memberships"] = pd.concat([facts["memberships"], facts["memberships"].assign(fact_id="mem-000000000002")])
    facts["evidence"] = pd.concat([facts["evidence"], pd.DataFrame([ev("mem-000000000002")])])
    report = score(GOLD, facts)
    assert report["by_type"]["membership"]["n_matched"] == 1
    assert report["by_type"]["membership"]["precision"] == 0.5
    assert [fp["fact_id"] for fp in report["false_positives"]] == ["mem-000000000002"]


def test_gold_parties_must_be_a_subset_of_the_extracted_parties():
    facts = perfect()
    facts["agreement_parties"] = pd.concat(
        [facts["agreement_parties"], pd.DataFrame([{"fact_id": "agr-000000000001", "party_id": "org:CIS"}])]
    )
    assert score(GOLD, facts)["by_type"]["agreement"]["n_matched"] == 1
    facts["agreement_parties"] = facts["agreement_parties"].iloc[:1]  # only state:KAZ left
    report = score(GOLD, facts)
    assert report["by_type"]["agreement"]["n_matched"] == 0
    assert report["by_field"]["agreement"]["parties"]["recall"] == 0.0
    assert report["by_field"]["agreement"]["year"]["recall"] == 1.0


def test_amount_value_tolerance_and_null_years():
    facts = perfect()
    facts["amounts"].loc[0, "value"] = 1e10 * (1 + 1e-9)
    assert score(GOLD, facts)["by_type"]["amount"]["n_matched"] == 1
    facts["amounts"].loc[0, "value"] = 1.01e10
    assert score(GOLD, facts)["by_type"]["amount"]["n_matched"] == 0
    # A gold year of null matches a fact whose quotes state no year (date None or NaN), and nothing else.
    gold = [{**GOLD[4], "year": None}]
    facts["amounts"].loc[0, "value"] = 1e10
    facts["amounts"]["date_start"] = [None]
    assert score(gold, restate(facts))["by_type"]["amount"]["n_matched"] == 1
    facts["amounts"]["date_start"] = [float("nan")]
    assert score(gold, restate(facts))["by_type"]["amount"]["n_matched"] == 1
    facts["amounts"]["date_start"] = ["2009-01-01"]
    assert score(gold, restate(facts))["by_type"]["amount"]["n_matched"] == 0


def test_report_is_json_serialisable_with_sorted_keys_and_rounded_figures():
    facts = perfect()
    facts["memberships"] = pd.concat([facts["memberships"]] * 3, ignore_index=True)
    facts["memberships"]["fact_id"] = ["mem-000000000001", "mem-000000000002", "mem-000000000003"]
    facts["evidence"] = pd.concat([facts["evidence"], pd.DataFrame([ev("mem-000000000002"), ev("mem-000000000003")])])
    report = score(GOLD, facts)
    text = json.dumps(report)
    assert json.loads(text) == report
    assert list(report) == sorted(report) == ["by_field", "by_type", "false_positives", "misses", "overall"]
    assert list(report["by_type"]["membership"]) == sorted(report["by_type"]["membership"])
    assert report["by_type"]["membership"]["precision"] == 0.3333


def test_missing_tables_count_as_empty_but_missing_evidence_is_an_error():
    report = score(GOLD, {})
    assert report["overall"]["n_gold"] == 5 and report["overall"]["n_extracted"] == 0
    assert report["overall"]["recall"] == 0.0 and report["overall"]["precision"] is None
    assert len(report["misses"]) == 5
    facts = perfect()
    del facts["evidence"]
    with pytest.raises(ValueError, match="evidence"):
        score(GOLD, facts)


def test_load_gold_reports_the_line_of_a_bad_entry(tmp_path):
    path = tmp_path / "facts.yaml"
    path.write_text(
        "- type: membership\n  source_id: akiner_efp\n  quote: x\n  state: state:KAZ\n"
        "  organization: org:OIC\n  role: member\n  year: 1995\n  modality: null\n"
        "- type: meeting\n  source_id: akiner_efp\n  quote: y\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"facts\.yaml:9: unknown fact type 'meeting'"):
        load_gold(path)
    path.write_text("- type: visit\n  source_id: akiner_efp\n  quote: y\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"facts\.yaml:1: visit lacks field\(s\) visitor"):
        load_gold(path)


def test_the_gold_file_scores_perfectly_against_itself(root):
    """Frames built from the gold entries themselves must score 1.0 everywhere (scorer self-check)."""
    gold = load_gold(root / "tests" / "gold" / "facts.yaml")
    rows = {
        name: []
        for name in (
            "memberships",
            "visits",
            "agreements",
            "agreement_parties",
            "organization_events",
            "amounts",
            "evidence",
        )
    }
    for i, g in enumerate(gold):
        fid = f"x-{i:012d}"
        date = None if g["year"] is None else f"{g['year']}-01-01"
        t = g["type"]
        if t == "membership":
            rows["memberships"].append(
                {
                    "fact_id": fid,
                    "state_id": g["state"],
                    "organization_id": g["organization"],
                    "role": g["role"],
                    "modality": g["modality"],
                    "date_start": date,
                }
            )
        elif t == "visit":
            rows["visits"].append(
                {
                    "fact_id": fid,
                    "visitor_id": g["visitor"],
                    "visitor_state_id": g["visitor_state"],
                    "host_state_id": g["host_state"],
                    "place_id": g["place"],
                    "modality": g.get("modality"),
                    "date_start": date,
                }
            )
        elif t == "agreement":
            rows["agreements"].append(
                {
                    "fact_id": fid,
                    "name": g["name"],
                    "kind": g["kind"],
                    "modality": g.get("modality"),
                    "date_start": date,
                }
            )
            rows["agreement_parties"].extend({"fact_id": fid, "party_id": p} for p in g["parties"])
        elif t == "organization_event":
            rows["organization_events"].append(
                {
                    "fact_id": fid,
                    "organization_id": g["organization"],
                    "event_type": g["event"],
                    "counterpart_organization_id": g["counterpart"],
                    "state_id": g["state"],
                    "date_start": date,
                }
            )
        else:
            rows["amounts"].append(
                {
                    "fact_id": fid,
                    "kind": g["kind"],
                    "value": float(g["value"]),
                    "unit": g["unit"],
                    "currency": g["currency"],
                    "date_start": date,
                }
            )
        rows["evidence"].append(ev(fid, g["source_id"]))
    report = score(
        gold,
        tables(
            mem=rows["memberships"],
            vis=rows["visits"],
            agr=rows["agreements"],
            parties=rows["agreement_parties"],
            oev=rows["organization_events"],
            amt=rows["amounts"],
            evidence=rows["evidence"],
        ),
    )
    assert report["overall"]["f1"] == 1.0
    assert report["misses"] == [] and report["false_positives"] == []
    assert all(
        pr == {"precision": 1.0, "recall": 1.0} for fields in report["by_field"].values() for pr in fields.values()
    )


def test_each_variant_of_a_disputed_date_matches_its_own_gold_entry():
    gold = [
        {
            "type": "amount",
            "source_id": AK,
            "quote": q,
            "kind": "area",
            "value": 1000000,
            "unit": "ha",
            "currency": None,
            "year": year,
        }
        for q, year in (
            (
                "in 2008, when Beijing proposed that Chinese farmers be allowed to rent one million "
                "hectares of Kazakh land",
                2008,
            ),
            ("In 2010 China proposed that Chinese farmers be allowed to rent 1m. ha of land", 2010),
        )
    ]
    facts = tables(
        amt=[
            {
                "fact_id": "amt-000000000001",
                "kind": "area",
                "value": 1e6,
                "unit": "ha",
                "currency": None,
                "date_start": "2008-01-01",
            }
        ]
    )
    facts["evidence"] = pd.DataFrame([{**ev("amt-000000000001"), "stated_date_edtf": v} for v in ("2008", "2010")])
    report = score(gold, facts)["by_type"]["amount"]
    assert (report["n_gold"], report["n_extracted"], report["n_matched"]) == (2, 2, 2)


def test_a_fact_two_sources_support_is_scored_with_the_year_each_source_states():
    gold = [
        {
            "type": "organization_event",
            "source_id": src,
            "quote": q,
            "organization": "org:CICA",
            "event": "founded",
            "counterpart": None,
            "state": None,
            "year": year,
        }
        for src, q, year in (
            (AK, "Launched by President Nazarbayev in 1992", 1992),
            (
                EC,
                "Kazakhstan launched the idea of a Conference on Interaction and Confidence "
                "Building Measures in Asia (CICA)",
                None,
            ),
        )
    ]
    facts = tables(
        oev=[
            {
                "fact_id": "oev-000000000001",
                "organization_id": "org:CICA",
                "event_type": "founded",
                "counterpart_organization_id": None,
                "state_id": None,
                "date_start": "1992-01-01",
            }
        ],
    )
    facts["evidence"] = pd.DataFrame(
        [
            {**ev("oev-000000000001", AK), "stated_date_edtf": "1992"},
            {**ev("oev-000000000001", EC), "stated_date_edtf": None},
        ]
    )
    report = score(gold, facts)["by_type"]["organization_event"]
    assert (report["n_gold"], report["n_extracted"], report["n_matched"]) == (2, 2, 2)


def test_a_decade_states_no_year():
    gold = [
        {
            "type": "amount",
            "source_id": AK,
            "quote": "reciprocal trade and diplomatic links with over one hundred foreign countries",
            "kind": "other",
            "value": 100,
            "unit": "countries",
            "currency": None,
            "year": None,
        }
    ]
    facts = tables(
        amt=[
            {
                "fact_id": "amt-000000000001",
                "kind": "other",
                "value": 100.0,
                "unit": "countries",
                "currency": None,
                "date_start": "1993-01-01",
            }
        ]
    )
    facts["evidence"] = pd.DataFrame([{**ev("amt-000000000001"), "stated_date_edtf": "199X"}])
    assert score(gold, facts)["by_type"]["amount"]["n_matched"] == 1


def test_the_kept_gold_is_the_gold_and_an_edit_is_read_again(tmp_path, root):
    """read_gold keeps the parsed gold under the file's checksum: the same entries as load_gold, and
    an edited file is read afresh, never served from the old copy."""
    path = tmp_path / "facts.yaml"
    path.write_bytes((root / "tests" / "gold" / "facts.yaml").read_bytes())
    cache = tmp_path / "cache"
    fresh = load_gold(path)
    assert read_gold(path, cache) == fresh
    assert read_gold(path, cache) == fresh  # from the kept copy
    path.write_text(path.read_text(encoding="utf-8").replace("source_id: akiner_efp", "source_id: akiner", 1))
    edited = read_gold(path, cache)
    assert edited != fresh and edited == load_gold(path)
