"""A text the rules have never seen, dropped into raw/ with a sources.yaml entry, yields facts."""

from __future__ import annotations

import hashlib
import shutil

import pandas as pd

from pipeline import graph as stages
from tests.helpers import UNSEEN


def build_tables(tmp_path, text: str) -> dict[str, pd.DataFrame]:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "unseen.txt").write_text(text, encoding="utf-8")
    shutil.copytree(stages.Path(__file__).resolve().parents[2] / "raw" / "dictionaries", raw / "dictionaries")
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    (raw / "sources.yaml").write_text(
        f"- id: unseen_test\n  file: unseen.txt\n  sha256: {sha}\n  title: null\n  author: null\n"
        "  publisher: null\n  venue: null\n  year: null\n  language: en\n  url: null\n"
        "  rights: written for this test\n  metadata_basis: written for this test\n",
        encoding="utf-8",
    )
    work = tmp_path / "work"
    for stage in stages.STAGES:
        stages.run(stage, raw, work)
    return stages.load_outputs(work)


def test_new_text_yields_facts_of_every_kind(tmp_path):
    tables = build_tables(tmp_path, UNSEEN)
    memberships = tables["memberships"]
    chair = memberships[(memberships["role"] == "chair") & (memberships["organization_id"] == "org:SCO")]
    assert chair["date_start"].tolist() == ["2017-01-01"]
    oic = memberships[(memberships["state_id"] == "state:UZB") & (memberships["organization_id"] == "org:OIC")]
    assert oic["date_edtf"].tolist() == ["2018"]
    visits = tables["visits"]
    assert visits[["visitor_state_id", "host_state_id", "date_edtf"]].values.tolist() == [
        ["state:KAZ", "state:RUS", "2019-03"]
    ]
    agreements = tables["agreements"]
    assert agreements[["kind", "date_edtf"]].values.tolist() == [["protocol", "2019-03"]]
    loans = tables["amounts"].query("kind == 'loan'")
    assert loans[["value", "currency", "subject_id", "date_edtf"]].values.tolist() == [
        [2.5e9, "USD", "state:CHN", "2018"]
    ]
    assert set(tables["evidence"]["source_id"]) == {"unseen_test"}
