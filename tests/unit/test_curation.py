"""Curation decisions (confirm, correct, reject, add) on the small curated sample of real sentences
(tests/curation_sample.py)."""

import pandas as pd
import pytest

from pipeline.errors import InputError
from pipeline.inputs import curation as curation_file
from pipeline.package import metadata, validate
from pipeline.stages import s6_curate as curation
from pipeline.stages import s6_curate_fields as curation_fields
from schemas import TABLES, fact_types
from tests.curation_sample import (
    AGREEMENT,
    CANDIDATES,
    HEADER,
    MEMBERSHIP,
    PASSAGES,
    TABLES_IN,
    TEXT,
    TEXTS,
    VISIT,
    run,
)


def fails(yaml_text: str) -> str:
    with pytest.raises(InputError) as exc:
        run(yaml_text)
    message = str(exc.value)
    assert "\n" not in message
    return message


def status(out, table, fact_id):
    frame = out[table]
    return frame.loc[frame["fact_id"] == fact_id, "curation_status"].item()


# --- the input frames are what the build gives --------------------------------------------------


def test_the_reconciled_frames_have_a_conflict_and_parties():
    assert len(TABLES_IN["conflicts"]) == 2 and TABLES_IN["memberships"]["has_conflict"].item()
    assert sorted(TABLES_IN["agreement_parties"]["party_id"]) == ["state:KAZ", "state:RUS"]


def test_no_decisions_leave_every_fact_extracted_and_add_empty_record_tables():
    out = curation.apply(TABLES_IN, curation_file.parse(HEADER + "decisions: []\n"), TEXTS, PASSAGES)
    for table in ("memberships", "visits", "agreements"):
        assert (out[table]["curation_status"] == "extracted").all()
        pd.testing.assert_frame_equal(out[table], TABLES_IN[table])
    assert out["rejected_facts"].empty and out["corrections"].empty
    assert list(out["corrections"].columns) == list(TABLES["corrections"].to_schema().columns)


# --- each decision type -----------------------------------------------------------------------------


def test_confirm_sets_the_status_and_changes_nothing_else():
    out = run(f"decisions:\n  - fact_id: {VISIT}\n    action: confirm\n    by: A. Curator\n    on: 2025-01-15\n")
    assert status(out, "visits", VISIT) == "confirmed"
    assert status(out, "memberships", MEMBERSHIP) == "extracted"
    assert out["corrections"].empty and out["rejected_facts"].empty


def test_correct_keeps_the_fact_id_derives_the_date_bounds_and_records_every_changed_field():
    out = run(f"""decisions:
  - fact_id: {VISIT}
    action: correct
    fields:
      date_edtf: "2005"
      place_id: place:almaty
    reason: The month belongs to the lease agreement; the visit is dated only by the year.
    by: A. Curator
    on: 2025-01-16
""")
    visit = out["visits"].set_index("fact_id").loc[VISIT]
    assert (visit["date_edtf"], visit["date_start"], visit["date_end"], visit["date_precision"]) == (
        "2005",
        "2005-01-01",
        "2005-12-31",
        "year",
    )
    assert visit["place_id"] == "place:almaty" and visit["curation_status"] == "corrected"
    fixes = out["corrections"].set_index("field_name")
    assert sorted(fixes.index) == ["date_edtf", "date_end", "date_precision", "date_start", "place_id"]
    assert (fixes.loc["date_edtf", "extracted_value"], fixes.loc["date_edtf", "curated_value"]) == ("2005-06", "2005")
    assert pd.isna(fixes.loc["place_id", "extracted_value"])
    assert set(fixes["fact_id"]) == {VISIT} and set(fixes["decided_on"]) == {"2025-01-16"}
    assert set(fixes["decided_by"]) == {"A. Curator"} and set(fixes["fact_type"]) == {"visit"}
    assert set(out["evidence"]["fact_id"]) >= {VISIT}
    TABLES["corrections"].validate(validate.conform("corrections", out["corrections"]))
    TABLES["visits"].validate(validate.conform("visits", out["visits"]))


def test_correcting_the_parties_of_an_agreement_replaces_its_party_rows():
    out = run(f"""decisions:
  - fact_id: {AGREEMENT}
    action: correct
    fields: {{parties: [state:RUS, state:KAZ, state:SUN]}}
    reason: Test of a party list.
    by: B. Curator
    on: 2025-02-01
""")
    parties = out["agreement_parties"].query("fact_id == @AGREEMENT")["party_id"]
    assert sorted(parties) == ["state:KAZ", "state:RUS", "state:SUN"]
    fix = out["corrections"].iloc[0]
    assert (fix["field_name"], fix["extracted_value"], fix["curated_value"]) == (
        "parties",
        "state:KAZ,state:RUS",
        "state:KAZ,state:RUS,state:SUN",
    )


def test_reject_moves_the_fact_its_evidence_and_conflicts_into_rejected_facts():
    out = run(f"""decisions:
  - fact_id: {MEMBERSHIP}
    action: reject
    reason: The 1991 quote is about the Soviet Union; re-add the UN membership alone.
    by: A. Curator
    on: 2025-01-17
  - fact_id: {AGREEMENT}
    action: reject
    reason: Test of removing parties.
    by: A. Curator
    on: 2025-01-17
""")
    assert out["memberships"].empty and out["agreements"].empty and out["conflicts"].empty
    assert out["agreement_parties"].empty
    assert set(out["evidence"]["fact_id"]) == {VISIT}
    rejected = out["rejected_facts"].set_index("fact_id")
    first = rejected.loc[MEMBERSHIP]
    assert first["quote"] == "On 2 March 1991, the Kazakh Republic was a constituent member"
    assert TEXT[first["char_start"] : first["char_end"]] == first["quote"]
    assert (first["fact_type"], first["decided_on"], first["rule_id"], first["passage_id"]) == (
        "membership",
        "2025-01-17",
        "membership.accepted_as_member",
        "akiner_efp:sen0001",
    )
    TABLES["rejected_facts"].validate(validate.conform("rejected_facts", out["rejected_facts"]))


def test_add_builds_the_fact_its_curator_evidence_and_its_parties():
    quote = "it was agreed that the Russian lease would be extended until 2050"
    out = run(f"""decisions:
  - action: add
    fact_type: agreement
    fields:
      name: Baikonur lease extension
      kind: agreement
      parties: [state:RUS, state:KAZ]
      date_edtf: 2005-06
    source: akiner_efp
    quote: {quote}
    by: A. Curator
    on: 2025-01-18
""")
    added = out["agreements"].query("curation_status == 'added'")
    assert len(added) == 1
    fact = added.iloc[0]
    expected_id = fact_types.get("agreement").fact_id(
        {"kind": "agreement", "parties": ("state:KAZ", "state:RUS"), "date_edtf": "2005-06"}
    )
    assert fact["fact_id"] == expected_id
    assert (fact["date_start"], fact["date_end"], fact["date_precision"]) == ("2005-06-01", "2005-06-30", "month")
    assert (fact["cameo_code"], fact["plover_category"], fact["n_evidence"], fact["n_sources"]) == (
        "057",
        "AGREE",
        1,
        1,
    )
    evidence = out["evidence"].query("fact_id == @expected_id").iloc[0]
    assert evidence["rule_id"] == "curator" and evidence["passage_id"] == "akiner_efp:sen0005"
    assert TEXT[evidence["char_start"] : evidence["char_end"]] == evidence["quote"] == quote
    assert evidence["evidence_id"] == f"{expected_id}@akiner_efp:{evidence['char_start']}"
    assert sorted(out["agreement_parties"].query("fact_id == @expected_id")["party_id"]) == ["state:KAZ", "state:RUS"]
    TABLES["agreements"].validate(validate.conform("agreements", out["agreements"]))
    TABLES["evidence"].validate(validate.conform("evidence", out["evidence"]))


def test_decisions_of_every_type_together_give_every_status():
    out = run(f"""decisions:
  - {{fact_id: {VISIT}, action: confirm, by: A. Curator, on: 2025-01-15}}
  - {{fact_id: {AGREEMENT}, action: correct, fields: {{name: joint regional air defences}}, reason: shorter,
     by: A. Curator, on: 2025-01-15}}
  - {{fact_id: {MEMBERSHIP}, action: reject, reason: conflated, by: A. Curator, on: 2025-01-15}}
  - action: add
    fact_type: membership
    fields: {{state_id: "state:KAZ", organization_id: "org:UN", role: member, date_edtf: "1992-03-02"}}
    source: akiner_efp
    quote: Kazakhstan was formally accepted as a member of the United Nations
    by: A. Curator
    on: 2025-01-15
""")
    statuses = pd.concat([out[t]["curation_status"] for t in ("memberships", "visits", "agreements")])
    assert sorted(statuses) == ["added", "confirmed", "corrected"]
    assert (
        "Facts by curation status: extracted 0, confirmed 1, corrected 1, added 1; rejected 1"
        in metadata.status_summary(out)
    )


# --- failures: one line naming the decision ---------------------------------------------------------


def test_unknown_fact_id_names_the_line_and_the_id():
    message = fails(
        "decisions:\n  - fact_id: mem-000000000000\n    action: confirm\n    by: A. Curator\n    on: 2025-01-15\n"
    )
    assert message.startswith("raw/curation.yaml:3: confirm mem-000000000000: no fact with this id")


def test_quote_not_found():
    message = fails("""decisions:
  - action: add
    fact_type: visit
    fields: {visitor_id: person:putin, visitor_state_id: state:RUS, host_state_id: state:KAZ, date_edtf: "2005-06"}
    source: akiner_efp
    quote: during President Putin's visit to Kazakhstan
    by: A. Curator
    on: 2025-01-15
""")
    assert message.startswith("raw/curation.yaml:3: add visit quoting akiner_efp (fact_id vis-")
    assert "quote not found in the raw text of akiner_efp" in message


def test_quote_found_twice():
    message = fails("""decisions:
  - action: add
    fact_type: agreement
    fields: {kind: agreement, parties: [state:KAZ, state:RUS], date_edtf: "2006"}
    source: akiner_efp
    quote: Accords signed in 2006 included an agreement on the renting of four military training
    by: A. Curator
    on: 2025-01-15
""")
    first = TEXT.index("Accords signed in 2006")
    second = TEXT.index("Accords signed in 2006", first + 1)
    assert message.startswith("raw/curation.yaml:3: add agreement quoting akiner_efp")
    assert f"quote found more than once in akiner_efp (at {first} and {second})" in message


def test_quote_across_two_sentences():
    message = fails("""decisions:
  - action: add
    fact_type: membership
    fields: {state_id: "state:KAZ", organization_id: "org:UN", role: member, date_edtf: "1992"}
    source: akiner_efp
    quote: of the Soviet Union. On 2 March 1992
    by: A. Curator
    on: 2025-01-15
""")
    assert "is not inside one sentence" in message


def test_correction_violating_the_schema_names_the_field_and_the_check():
    message = fails(
        f"decisions:\n  - fact_id: {MEMBERSHIP}\n    action: correct\n    fields: {{role: membr}}\n"
        "    reason: typo test\n    by: A. Curator\n    on: 2025-01-15\n"
    )
    assert message.startswith(
        f"raw/curation.yaml:3: correct {MEMBERSHIP}: role = 'membr' breaks the memberships schema (check isin("
    )


def test_correction_of_an_unknown_or_computed_field():
    message = fails(
        f"decisions:\n  - fact_id: {VISIT}\n    action: correct\n    fields: {{visitor: person:putin}}\n"
        "    reason: x\n    by: A. Curator\n    on: 2025-01-15\n"
    )
    assert f"correct {VISIT}: unknown field 'visitor' for visits. Fields you can set: visitor_id," in message
    message = fails(
        f"decisions:\n  - fact_id: {VISIT}\n    action: correct\n    fields: {{n_sources: 2}}\n"
        "    reason: x\n    by: A. Curator\n    on: 2025-01-15\n"
    )
    assert "field n_sources is computed by the build" in message


def test_correction_with_an_unknown_entity_or_an_unreadable_date():
    message = fails(
        f"decisions:\n  - fact_id: {VISIT}\n    action: correct\n    fields: {{host_state_id: state:XYZ}}\n"
        "    reason: x\n    by: A. Curator\n    on: 2025-01-15\n"
    )
    assert "host_state_id 'state:XYZ' is not an entity in raw/dictionaries/" in message
    message = fails(
        f"decisions:\n  - fact_id: {VISIT}\n    action: correct\n    fields: {{date_edtf: mid-2005}}\n"
        "    reason: x\n    by: A. Curator\n    on: 2025-01-15\n"
    )
    assert "date_edtf 'mid-2005' is not a date the build can bound" in message


def test_correction_that_changes_nothing():
    message = fails(
        f"decisions:\n  - fact_id: {VISIT}\n    action: correct\n    fields: {{host_state_id: state:KAZ}}\n"
        "    reason: x\n    by: A. Curator\n    on: 2025-01-15\n"
    )
    assert "changes nothing" in message and "action: confirm" in message


def test_adding_a_fact_the_rules_already_have():
    message = fails("""decisions:
  - action: add
    fact_type: visit
    fields: {visitor_id: person:putin, visitor_state_id: state:RUS, host_state_id: state:KAZ, date_edtf: "2005-06"}
    source: akiner_efp
    quote: President Putin’s visit to Kazakhstan to celebrate
    by: A. Curator
    on: 2025-01-15
""")
    assert f"the same fact is already in the tables ({VISIT}, visits)" in message


# --- malformed entries: one line naming raw/curation.yaml and the line ---------------------------------


@pytest.mark.parametrize(
    "entry, expected",
    [
        (
            "  - fact_id: {v}\n    action: approve\n    by: A\n    on: 2025-01-15\n",
            "raw/curation.yaml:3: action 'approve' is not one of confirm, correct, reject, add",
        ),
        (
            "  - fact_id: {v}\n    action: reject\n    by: A\n    on: 2025-01-15\n",
            "raw/curation.yaml:3: reject {v}: missing key(s) reason",
        ),
        (
            "  - fact_id: {v}\n    action: confirm\n    by: A\n    on: 15 January 2025\n",
            "raw/curation.yaml:3: confirm {v}: on '15 January 2025' is not a day. Write the day of the decision as "
            "YYYY-MM-DD.",
        ),
        (
            "  - fact_id: {v}\n    action: confirm\n    by: A\n    on: 2025-01-15\n    note: fine\n",
            "raw/curation.yaml:3: confirm {v}: unknown key(s) note",
        ),
        (
            "  - fact_id: visit-1\n    action: confirm\n    by: A\n    on: 2025-01-15\n",
            "raw/curation.yaml:3: confirm visit-1: fact_id 'visit-1' is not a fact id",
        ),
        (
            "  - fact_id: {v}\n    action: correct\n    fields: date_edtf\n    reason: r\n    by: A\n    on: 2025-01-15\n",
            "raw/curation.yaml:3: correct {v}: fields must be a mapping",
        ),
        (
            "  - {{fact_id: {v}, action: confirm, by: A, on: 2025-01-15}}\n"
            "  - {{fact_id: {v}, action: reject, reason: r, by: A, on: 2025-01-16}}\n",
            "raw/curation.yaml:4: reject {v}: the fact already has a decision at line 3",
        ),
        (
            "  - action: add\n    fact_id: {v}\n    fact_type: visit\n    fields: {{a: 1}}\n    source: s\n    quote: q\n"
            "    by: A\n    on: 2025-01-15\n",
            "raw/curation.yaml:3: add visit quoting s: unknown key(s) fact_id (an add computes its fact_id)",
        ),
        ("  - just a string\n", "raw/curation.yaml:3: each decision must be a mapping"),
        ("  - {{fact_id: {v}, action: confirm, by: A, on: 2025-01-15\n", "raw/curation.yaml:4: not valid YAML"),
    ],
)
def test_malformed_entries_name_the_file_and_line(entry, expected):
    with pytest.raises(InputError) as exc:
        curation_file.parse(HEADER + "decisions:\n" + entry.format(v=VISIT))
    assert str(exc.value).startswith(expected.format(v=VISIT)), str(exc.value)
    assert "\n" not in str(exc.value)


def test_the_file_as_shipped_holds_no_decisions_and_a_missing_file_none(root, tmp_path):
    assert curation_file.load(root / "raw" / "curation.yaml") == []
    assert curation_file.load(tmp_path / "curation.yaml") == []
    assert curation_file.parse("decisions:\n") == []


def test_edtf_bounds_of_the_forms_the_texts_use():
    assert curation_fields.edtf_bounds("1992") == ("1992-01-01", "1992-12-31", "year")
    assert curation_fields.edtf_bounds("2008-02") == ("2008-02-01", "2008-02-29", "month")
    assert curation_fields.edtf_bounds("2001-23") == ("2001-09-01", "2001-11-30", "season")
    assert curation_fields.edtf_bounds("199X") == ("1990-01-01", "1999-12-31", "decade")
    assert curation_fields.edtf_bounds("1992/1997") == ("1992-01-01", "1997-12-31", "interval")
    assert curation_fields.edtf_bounds("1992-02-30") is None and curation_fields.edtf_bounds("early 1990s") is None


def test_the_examples_in_the_readme_and_the_file_header_parse(root):
    import re

    readme = (root / "README.md").read_text(encoding="utf-8")
    example = re.search(r"## Curating the data.*?```yaml\n(.*?)```", readme, re.S)[1]
    assert [d["action"] for d in curation_file.parse(example)] == ["confirm", "correct", "reject", "add"]
    header = (root / "raw" / "curation.yaml").read_text(encoding="utf-8")
    commented = re.search(r"^# decisions:\n((?:#.*\n)+?)#\n", header, re.M)[1]
    decisions = curation_file.parse("decisions:\n" + "\n".join(line[2:] for line in commented.splitlines()))
    assert [d["action"] for d in decisions] == ["confirm", "correct", "reject", "add"]


def test_every_candidate_quote_lies_in_its_sentence():
    sentences = PASSAGES.set_index("passage_id")
    for c in CANDIDATES.itertuples(index=False):
        s = sentences.loc[c.passage_id]
        assert s["char_start"] <= c.char_start and c.char_end <= s["char_end"]


def test_edtf_bounds_of_a_disputed_set():
    assert curation_fields.edtf_bounds("[2008,2010-05]") == ("2008-01-01", "2010-05-31", "year")
    assert curation_fields.edtf_bounds("[2008,x]") is None


def test_correction_with_date_bounds_out_of_order():
    message = fails(
        f"decisions:\n  - fact_id: {VISIT}\n    action: correct\n    fields: {{date_start: '2006-01-01'}}\n"
        "    reason: x\n    by: A. Curator\n    on: 2025-01-15\n"
    )
    assert "date_start 2006-01-01 is after date_end 2005-06-30" in message
