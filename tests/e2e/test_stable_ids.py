"""Stable identity: editing one paragraph of a text changes no fact_id of the facts elsewhere.

A copy of the repository gets one word of one Akiner paragraph changed (Turkey -> Tunisia, its sha256
updated in raw/sources.yaml) and is rebuilt; every fact whose evidence lies wholly outside that
paragraph must keep its fact_id (fact_ids hash identifying fields, never row order or offsets).
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import AKINER, FACT_TABLES, copy_repository, edit_raw_text, run_build

EDIT = ("In 1997, he visited Turkey", "In 1997, he visited Tunisia")


def facts_outside(tables: dict[str, pd.DataFrame], source_id: str, start: int, end: int) -> dict[str, set]:
    """fact_ids per fact table whose every evidence row lies outside [start, end) of the source."""
    evidence = tables["evidence"]
    inside = evidence[
        (evidence["source_id"] == source_id) & (evidence["char_start"] < end) & (evidence["char_end"] > start)
    ]
    touched = set(inside["fact_id"])
    return {name: set(tables[name]["fact_id"]) - touched for name in FACT_TABLES}


@pytest.fixture(scope="module")
def edited(tmp_path_factory):
    repo = copy_repository(tmp_path_factory.mktemp("stable"))
    edit_raw_text(repo, AKINER, *EDIT)
    result = run_build(repo)
    assert result.returncode == 0, result.stderr
    return repo


def test_fact_ids_outside_the_edited_paragraph_are_unchanged(edited, tables):
    passages = tables["passages"]
    paragraph = passages[(passages["kind"] == "paragraph") & passages["text"].str.contains(EDIT[0], regex=False)]
    assert len(paragraph) == 1
    start, end = int(paragraph["char_start"].iloc[0]), int(paragraph["char_end"].iloc[0])
    from pipeline.package.read import read_package

    new_tables = read_package(edited)[1]
    expected = facts_outside(tables, "akiner_efp", start, end)
    assert sum(len(ids) for ids in expected.values()) > 0, "no facts outside the paragraph: nothing checked"
    for name, ids in expected.items():
        lost = sorted(ids - set(new_tables[name]["fact_id"]))
        assert lost == [], f"{name}: fact_ids changed by an edit elsewhere: {lost[:10]}"


def test_the_edit_reaches_the_edited_sentence(edited):
    from pipeline.package.read import read_package

    passages = read_package(edited)[1]["passages"]
    assert passages["text"].str.contains(EDIT[1], regex=False).any()
    assert not passages["text"].str.contains(EDIT[0], regex=False).any()
