"""The explorer's pure parts: facts read as phrases with names, the quote that states the date first, the
timeline's counts, links and a spec Vega-Lite's schema accepts."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from pipeline.site import chart as explorer_chart
from pipeline.site import facts as explorer_facts


def fact(fact_type: str, year: int | None, **fields) -> dict:
    return {"fact_type": fact_type, "year": year, **fields}


def test_a_membership_reads_as_a_phrase_of_entities():
    parts = explorer_facts.summary_parts(
        fact("membership", 1992, state_id="state:KAZ", organization_id="org:UN", role="member"), []
    )
    assert parts == [("entity", "state:KAZ"), ": member of ", ("entity", "org:UN")]


def test_a_withdrawal_and_a_dialogue_partner_read_as_english():
    """Roles are read as words: "withdrew from", not "withdrew of"; "dialogue partner", not "dialogue_partner"."""
    left = fact("membership", 2012, state_id="state:UZB", organization_id="org:CSTO", role="withdrew")
    partner = fact("membership", 2009, state_id="state:TUR", organization_id="org:SCO", role="dialogue_partner")
    assert explorer_facts.summary_parts(left, [])[1] == ": withdrew from "
    assert explorer_facts.summary_parts(partner, [])[1] == ": dialogue partner of "


def test_an_agreement_names_its_parties_and_a_figure_its_amount_in_words():
    agreement = explorer_facts.summary_parts(
        fact("agreement", None, name=None, kind="treaty"), ["state:CHN", "state:KAZ", "state:RUS"]
    )
    assert agreement == [
        "Treaty",
        " between ",
        ("entity", "state:CHN"),
        ", ",
        ("entity", "state:KAZ"),
        " and ",
        ("entity", "state:RUS"),
    ]
    amount = explorer_facts.summary_parts(
        fact(
            "amount",
            2009,
            kind="loan",
            value=10e9,
            unit="currency",
            currency="USD",
            qualifier="at_least",
            subject_id="state:CHN",
        ),
        [],
    )
    assert amount == ["Loan: at least 10,000,000,000 USD", " — ", ("entity", "state:CHN")]


def test_the_quote_that_states_the_fact_date_comes_first():
    evidence = [
        {"source_id": "a", "char_start": 10, "stated_date_edtf": None},
        {"source_id": "a", "char_start": 50, "stated_date_edtf": "1995"},
        {"source_id": "a", "char_start": 90, "stated_date_edtf": "1994"},
    ]
    assert [e["char_start"] for e in explorer_facts.quote_order(evidence, "1994")] == [90, 50, 10]
    assert [e["char_start"] for e in explorer_facts.quote_order(evidence, None)] == [50, 90, 10]


def test_the_timeline_counts_dated_events_per_year_and_links_to_the_filtered_list():
    facts = [
        fact("membership", 1992),
        fact("membership", 1992),
        fact("visit", 1995),
        fact("visit", None),
        fact("amount", 1992),
    ]
    rows = explorer_chart.timeline_rows(facts, "../")
    assert rows == [
        {"year": 1992, "type": "membership", "facts": 2, "link": "../facts.html#type=membership&year=1992"},
        {"year": 1995, "type": "visit", "facts": 1, "link": "../facts.html#type=visit&year=1995"},
    ]
    spec = explorer_chart.timeline_spec(facts, "../", validate=True)  # raises if Vega-Lite's schema refuses it
    assert spec["encoding"]["x"]["scale"]["domain"] == list(range(1987, 2002))  # 15 years around 1992-1995
    assert spec["data"]["values"] == rows
    assert explorer_chart.timeline_spec([fact("visit", None)]) is None


def test_the_unvalidated_timeline_is_the_spec_altair_writes():
    many = [fact("membership", 1992)] * 7 + [fact("agreement", 2014), fact("organization_event", 1960)]
    for facts in ([fact("visit", 1995)], many):
        fast = json.dumps(explorer_chart.timeline_spec(facts, "../"))  # the template, filled in
        assert fast == json.dumps(explorer_chart.timeline_spec(facts, "../", validate=True))  # altair itself


def test_the_vega_bundle_from_the_cache_is_the_bundle_itself(tmp_path):
    import vl_convert

    from pipeline.site import write as explorer

    bundle = vl_convert.javascript_bundle()
    assert explorer.vega_bundle(tmp_path) == bundle  # assembled, then kept
    (kept,) = tmp_path.glob("vega-*.js")
    assert explorer.vega_bundle(tmp_path) == kept.read_bytes().decode("utf-8") == bundle


def test_a_missing_cell_of_any_kind_is_none_and_every_other_value_is_kept():
    assert [explorer_facts.value(v) for v in (None, float("nan"), np.nan, np.float64("nan"), pd.NA, pd.NaT)] == [
        None
    ] * 6
    kept = [0, 0.0, "", False, [], ["a"], "state:KAZ", 2.5]
    assert [explorer_facts.value(v) for v in kept] == kept
    frame = pd.DataFrame({"n": pd.array([1, None], dtype="Int64"), "x": [1.5, np.nan], "s": ["a", None]})
    assert explorer_facts.records(frame) == [{"n": 1, "x": 1.5, "s": "a"}, {"n": None, "x": None, "s": None}]
