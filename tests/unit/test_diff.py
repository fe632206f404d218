"""`kzfp diff` on small packages: rows by key or by content, fields, tables, curation, rendering."""

from __future__ import annotations

import json
import zipfile

import pandas as pd
import pytest

from pipeline.package import diff as package_diff
from pipeline.package import diff_markdown


def resource(name: str, fields: dict[str, str], key: list[str]) -> dict:
    return {
        "name": name,
        "type": "table",
        "path": f"build/{name}.csv",
        "schema": {
            "fields": [{"name": f, "type": t} for f, t in fields.items()],
            "primaryKey": key,
            "missingValues": [""],
        },
    }


PASSAGE_FIELDS = {
    "passage_id": "string",
    "source_id": "string",
    "kind": "string",
    "ordinal": "integer",
    "char_start": "integer",
    "char_end": "integer",
    "text": "string",
}
FACT_FIELDS = {
    "fact_id": "string",
    "state_id": "string",
    "organization_id": "string",
    "date_edtf": "string",
    "n_evidence": "integer",
    "curation_status": "string",
}


def passages(texts: list[str]) -> pd.DataFrame:
    rows, offset = [], 0
    for i, text in enumerate(texts, start=1):
        rows.append(
            {
                "passage_id": f"akiner_efp:sen{i:04d}",
                "source_id": "akiner_efp",
                "kind": "sentence",
                "ordinal": i,
                "char_start": offset,
                "char_end": offset + len(text),
                "text": text,
            }
        )
        offset += len(text) + 1
    return pd.DataFrame(rows)


def facts(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(FACT_FIELDS))


def package(version: str, tables: dict[str, pd.DataFrame], extra: dict | None = None) -> package_diff.Package:
    fields = {"passages": (PASSAGE_FIELDS, ["passage_id"]), "memberships": (FACT_FIELDS, ["fact_id"])}
    fields.update(extra or {})
    descriptor = {"name": "kzfp-test", "version": version, "resources": [resource(n, *fields[n]) for n in tables]}
    return descriptor, tables


SENTENCES = [
    "Kazakhstan joined the UN in 1992.",
    "It joined the OSCE in 1992.",
    "In 1992, he visited the USA.",
    "In 1997, he visited Turkey.",
    "The end.",
]


def test_removed_sentence_is_one_removed_passage_not_a_renumbering():
    old = package("0.1.0", {"passages": passages(SENTENCES)})
    new = package("0.1.1", {"passages": passages(SENTENCES[:2] + SENTENCES[3:])})
    table = package_diff.compare(old, new)["tables"][0]
    assert table["match"] == "content"
    assert [r["text"] for r in table["removed"]] == ["In 1992, he visited the USA."]
    assert table["added"] == [] and table["changed"] == []
    assert table["moved"] == 2  # the two later sentences: new ordinals and offsets, same words


def test_edited_sentence_is_changed_with_old_and_new_text():
    edited = SENTENCES[:3] + ["In 1997, he visited Tunisia."] + SENTENCES[4:]
    table = package_diff.compare(
        package("0.1.0", {"passages": passages(SENTENCES)}), package("0.1.1", {"passages": passages(edited)})
    )["tables"][0]
    assert table["added"] == table["removed"] == []
    [change] = table["changed"]
    assert change["key"] == {"passage_id": "akiner_efp:sen0004"}
    assert change["fields"]["text"] == {"old": "In 1997, he visited Turkey.", "new": "In 1997, he visited Tunisia."}
    start = sum(len(t) + 1 for t in SENTENCES[:3])
    assert change["fields"]["char_end"] == {"old": start + 27, "new": start + 28}
    assert table["moved"] == 1


def test_fact_rows_by_fact_id_and_curation_changes_apart():
    old = facts(
        [
            ("mem-000000000001", "state:KAZ", "org:UN", "1992", 1, "extracted"),
            ("mem-000000000002", "state:KAZ", "org:OSCE", "1992", 1, "extracted"),
            ("mem-000000000003", "state:KAZ", "org:OIC", "1995", 2, "extracted"),
        ]
    )
    new = facts(
        [
            ("mem-000000000001", "state:KAZ", "org:UN", "1992", 1, "confirmed"),
            ("mem-000000000003", "state:KAZ", "org:OIC", "1995", 1, "corrected"),
            ("mem-000000000004", "state:KAZ", "org:SCO", None, 1, "added"),
        ]
    )
    result = package_diff.compare(package("0.1.0", {"memberships": old}), package("0.2.0", {"memberships": new}))
    table = result["tables"][0]
    assert table["match"] == "key" and table["key"] == ["fact_id"]
    assert [r["fact_id"] for r in table["added"]] == ["mem-000000000004"]
    assert table["added"][0]["date_edtf"] is None
    assert [r["fact_id"] for r in table["removed"]] == ["mem-000000000002"]
    assert table["changed"] == [
        {"key": {"fact_id": "mem-000000000003"}, "fields": {"n_evidence": {"old": 2, "new": 1}}}
    ]
    assert result["curation_changes"] == [
        {"table": "memberships", "key": {"fact_id": "mem-000000000001"}, "old": "extracted", "new": "confirmed"},
        {"table": "memberships", "key": {"fact_id": "mem-000000000003"}, "old": "extracted", "new": "corrected"},
    ]
    text = diff_markdown.to_markdown(result)
    curation = text.split("## Curation changes")[1]
    assert "mem-000000000001 | extracted | confirmed" in curation
    changed = text.split("### Rows changed")[1].split("## Curation changes")[0]
    assert "mem-000000000003 | `n_evidence` | 2 | 1 |" in changed and "curation_status" not in changed


def test_tables_and_fields_added_or_removed():
    old = package("0.1.0", {"passages": passages(SENTENCES), "memberships": facts([])})
    with_field = passages(SENTENCES).assign(is_heading=False)
    new = package(
        "1.0.0",
        {"passages": with_field.drop(columns=["kind"])},
        {
            "passages": (
                {**{k: v for k, v in PASSAGE_FIELDS.items() if k != "kind"}, "is_heading": "boolean"},
                ["passage_id"],
            )
        },
    )
    result = package_diff.compare(old, new)
    assert result["tables_removed"] == [{"table": "memberships", "rows": 0}]
    table = result["tables"][0]
    assert (table["fields_added"], table["fields_removed"]) == (["is_heading"], ["kind"])
    assert table["changed"] == table["added"] == table["removed"] == []
    text = diff_markdown.to_markdown(result)
    assert "- table `memberships` removed (0 rows)" in text
    assert "- field `passages.is_heading` added" in text and "- field `passages.kind` removed" in text


def test_first_release_lists_every_table_as_added():
    result = package_diff.compare(None, package("0.1.0", {"passages": passages(SENTENCES)}))
    assert result["tables_added"] == [{"table": "passages", "rows": 5}]
    assert "First release: version 0.1.0" in diff_markdown.to_markdown(result, level=3)
    assert "| `passages` (new table) | – | 5 | 5 | 0 | 0 | 0 |" in diff_markdown.to_markdown(result, level=3)


def test_identical_packages_have_no_differences():
    one = package("0.1.0", {"passages": passages(SENTENCES), "memberships": facts([])})
    result = package_diff.compare(one, one)
    assert package_diff.is_empty(result)
    assert "No differences." in diff_markdown.to_markdown(result)


def test_markdown_cells_escape_pipes_and_newlines_and_long_texts_show_the_difference():
    long_old = "A" * 200 + " visited Turkey | and " + "B" * 200
    long_new = "A" * 200 + " visited Tunisia | and " + "B" * 200
    result = package_diff.compare(
        package("0.1.0", {"passages": passages(["x\ny", long_old])}),
        package("0.1.1", {"passages": passages(["x\ny", long_new])}),
    )
    row = next(line for line in diff_markdown.to_markdown(result).splitlines() if "`text`" in line and "Tun" in line)
    assert "Turkey \\| and" in row and "Tunisia \\| and" in row
    assert row.count("…") == 4 and len(row) < 400
    added = package_diff.compare(None, package("0.1.0", {"passages": passages(["x\ny"])}))
    assert diff_markdown.to_markdown(added)  # first release: rows are not listed
    one = package("0.1.0", {"passages": passages(["a"])})
    two = package("0.1.1", {"passages": passages(["a", "x\ny|z"])})
    assert "| x ¶ y\\|z |" in diff_markdown.to_markdown(package_diff.compare(one, two))


def write_package(folder, version: str, frames: dict[str, pd.DataFrame]) -> None:
    descriptor, tables = package(version, frames)
    (folder / "build").mkdir(parents=True)
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    for name, frame in tables.items():
        frame.to_csv(folder / "build" / f"{name}.csv", index=False)


def test_load_reads_folders_and_release_archives_with_the_descriptors_types(tmp_path):
    frames = {
        "passages": passages(SENTENCES),
        "memberships": facts([("mem-000000000001", "state:NAM", "org:UN", None, 1, "extracted")]),
    }
    write_package(tmp_path / "pkg", "0.1.0", frames)
    with zipfile.ZipFile(tmp_path / "kzfp-test-0.1.0.zip", "w") as archive:
        for path in sorted((tmp_path / "pkg").rglob("*.*")):
            archive.write(path, "kzfp-test-0.1.0/" + path.relative_to(tmp_path / "pkg").as_posix())
    for source in (tmp_path / "pkg", tmp_path / "pkg" / "datapackage.json", tmp_path / "kzfp-test-0.1.0.zip"):
        descriptor, tables = package_diff.load(source)
        assert descriptor["version"] == "0.1.0"
        assert str(tables["passages"]["ordinal"].dtype) == "Int64"
        assert tables["memberships"]["date_edtf"].isna().all()
        assert package_diff.is_empty(package_diff.compare((descriptor, tables), package("0.1.0", frames)))


def test_load_explains_a_wrong_path(tmp_path):
    from pipeline.errors import InputError

    with pytest.raises(InputError, match="no datapackage.json"):
        package_diff.load(tmp_path)


def test_json_output_is_plain():
    old = package("0.1.0", {"passages": passages(SENTENCES)})
    new = package("0.1.1", {"passages": passages(SENTENCES[1:])})
    data = json.loads(diff_markdown.to_json(package_diff.compare(old, new)))
    assert data["old"]["version"] == "0.1.0" and data["tables"][0]["removed"][0]["ordinal"] == 1


GROUP_FIELDS = {"group_id": "string", "passage_id": "string", "role": "string", "similarity": "number"}


def test_rows_pointing_to_passages_match_on_the_passage_text():
    """Duplicate groups keyed by passage ids: removing a sentence before them renumbers every id."""

    def groups(ids: list[str]) -> pd.DataFrame:
        a, b, c, d = ids
        return pd.DataFrame(
            [
                (f"dup-{a}", a, "canonical", 100.0),
                (f"dup-{a}", b, "repeat", 100.0),
                (f"dup-{c}", c, "canonical", 100.0),
                (f"dup-{c}", d, "repeat", 100.0),
            ],
            columns=list(GROUP_FIELDS),
        )

    texts = [
        "Kazakhstan joined the UN.",
        "Kazakhstan joined the UN.",
        "It visited China.",
        "It visited China.",
        "The end.",
    ]
    old_ids = [f"akiner_efp:sen{i:04d}" for i in (1, 2, 3, 4)]
    new_texts = texts[:1] + texts[2:]  # one of the two UN sentences removed
    new_ids = [f"akiner_efp:sen{i:04d}" for i in (1, 2, 3)]
    old_groups = groups(old_ids)
    new_groups = pd.DataFrame(
        [(f"dup-{new_ids[1]}", new_ids[1], "canonical", 100.0), (f"dup-{new_ids[1]}", new_ids[2], "repeat", 100.0)],
        columns=list(GROUP_FIELDS),
    )
    extra = {"duplicate_groups": (GROUP_FIELDS, ["group_id", "passage_id"])}
    result = package_diff.compare(
        package("0.1.0", {"passages": passages(texts), "duplicate_groups": old_groups}, extra),
        package("0.1.1", {"passages": passages(new_texts), "duplicate_groups": new_groups}, extra),
    )
    table = next(t for t in result["tables"] if t["table"] == "duplicate_groups")
    assert sorted(r["passage_id"] for r in table["removed"]) == ["akiner_efp:sen0001", "akiner_efp:sen0002"]
    assert table["added"] == [] and table["changed"] == [] and table["moved"] == 2
