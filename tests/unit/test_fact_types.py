"""A fact type is one declaration: a toy type ('sanction') declared here, with its schema and its rule,
runs through the extract stage, reconcile, the `facts` view and the scorer without any other module
knowing it; and the declarations agree with the schemas they name."""

from __future__ import annotations

import json
import re

import duckdb
import pandas as pd
import pytest
from pandera.typing import Series

from pipeline import graph as stages
from pipeline.evaluation import seeds as evaluate
from pipeline.rules.context import Sentence
from pipeline.stages import s3_extract as extract
from pipeline.stages import s5_reconcile as reconcile
from pipeline.stages import s7_views as views
from pipeline.text.dates import date_fields
from schemas import TABLES, columns, fact_types
from schemas.base import FACT_ID_PATTERN, field
from schemas.fact_types import Evaluation, FactType, View
from schemas.facts import _entity_fk, _fact_table, entity_ref, fact_id
from tests.helpers import candidates, pick

Sanctions = _fact_table(
    "Sanctions",
    """One row per sanction a state imposes on another; key fact_id.""",
    "the sanction",
    {
        "fact_id": (Series[str], fact_id("sanction")),
        "imposer_id": (Series[str], entity_ref("The state imposing it", "state:USA")),
        "target_id": (Series[str], entity_ref("The state sanctioned", "state:IRN")),
        "measure": (Series[str], field("What is restricted.", "oil exports", isin=["oil exports", "arms"])),
    },
    metadata={"title": "Sanctions", "foreign_keys": [_entity_fk("imposer_id"), _entity_fk("target_id")]},
)

SANCTION = FactType(
    name="sanction",
    id_prefix="snc",
    table="sanctions",
    merge_key=("imposer_id", "target_id", "measure"),
    sense="measure",
    once_only=frozenset({"arms"}),
    view=View(subject="f.imposer_id", object="f.target_id", what="f.measure"),
    evaluation=Evaluation(
        columns={"imposer": "imposer_id", "target": "target_id", "measure": "measure"},
        key=("imposer", "target", "year"),
        fields=("target", "imposer", "measure", "year"),
        required=("imposer", "target", "measure", "year"),
    ),
)

SENTENCE = "In 2010 the United States imposed an arms embargo on Iran, and in 2012 it barred Iran's oil exports."
YEARS = {
    "2010": ("2010-01-01", "2010-12-31"),
    "2011": ("2011-01-01", "2011-12-31"),
    "2012": ("2012-01-01", "2012-12-31"),
}


def sanction(source: str, start: int, quote: str, measure: str, year: str) -> dict:
    fields = {
        "imposer_id": "state:USA",
        "target_id": "state:IRN",
        "measure": measure,
        "date_edtf": year,
        "date_start": YEARS[year][0],
        "date_end": YEARS[year][1],
        "date_precision": "year",
        "date_qualifier": None,
    }
    return {
        "fact_type": "sanction",
        "fields_json": json.dumps(fields, sort_keys=True),
        "source_id": source,
        "passage_id": f"{source}:sen0001",
        "char_start": start,
        "char_end": start + len(quote),
        "quote": quote,
        "rule_id": "sanction.imposed",
    }


EMBARGO = re.compile(r"\bimposed an? (?P<measure>arms) embargo on\b")


def imposed(s: Sentence) -> list:
    """The toy type's rule: 'X imposed an arms embargo on Y' is a sanction of the last state before the
    verb on the first state after it, dated as the verb."""
    out = []
    for m in EMBARGO.finditer(s.text):
        imposers, targets = s.states(0, m.start()), s.states(m.end())
        if imposers and targets:
            fields = {"imposer_id": imposers[-1].entity_id, "target_id": targets[0].entity_id, "measure": m["measure"]}
            date = s.date_for(m.start())
            out.append(
                s.candidate(
                    "sanction", "sanction.imposed", imposers[-1].char_start, m.end(), **fields, **date_fields(date)
                )
            )
    return out


@pytest.fixture()
def toy(monkeypatch):
    monkeypatch.setitem(TABLES, "sanctions", Sanctions)
    with fact_types.declared(SANCTION):
        yield


@pytest.fixture()
def reconciled(toy) -> dict[str, pd.DataFrame]:
    cands = pd.DataFrame(
        [
            sanction("a", 8, "the United States imposed an arms embargo on Iran", "arms", "2010"),
            sanction("b", 0, "an arms embargo on Iran", "arms", "2011"),  # once-only: the same fact, dates in conflict
            sanction("a", 70, "it barred Iran's oil exports", "oil exports", "2012"),
        ]
    )
    out = reconcile.build(cands, pd.DataFrame(columns=["group_id", "passage_id"]))
    # as published: a type without facts is an empty table with its schema's columns
    return {**out, **{t.table: out[t.table].reindex(columns=columns(t.table)) for t in fact_types.all_types()}}


def test_the_toy_types_rule_runs_in_the_extract_stage_and_its_candidates_reconcile(toy, monkeypatch):
    monkeypatch.setattr(extract, "ALL_RULES", (*extract.ALL_RULES, imposed))  # what listing the rule does
    found = candidates("In 2010 the United States imposed an arms embargo on Iran.", "sanction")
    assert pick(found, "imposer_id", "target_id", "measure", "date_edtf", "rule_id", "quote") == [
        ("state:USA", "state:IRN", "arms", "2010", "sanction.imposed", "United States imposed an arms embargo on")
    ]
    (c,) = found
    fields = {k: v for k, v in c.items() if k not in ("rule_id", "quote", "char_start", "char_end")}
    row = {"fact_type": "sanction", "fields_json": json.dumps(fields, sort_keys=True), "source_id": "t"}
    row |= {"passage_id": "t:sen0001", "rule_id": c["rule_id"], "quote": c["quote"]}
    cands = pd.DataFrame([row | {"char_start": c["char_start"], "char_end": c["char_end"]}])
    out = reconcile.build(cands, pd.DataFrame(columns=["group_id", "passage_id"]))
    assert out["sanctions"]["fact_id"].str.startswith("snc-").tolist() == [True]
    assert out["sanctions"][["imposer_id", "target_id", "measure"]].values.tolist() == [
        ["state:USA", "state:IRN", "arms"]
    ]


def test_reconcile_merges_the_toy_type_by_its_declaration(reconciled):
    out = reconciled["sanctions"].sort_values("measure")
    assert out["measure"].tolist() == ["arms", "oil exports"]
    arms = out.iloc[0]
    assert arms["fact_id"].startswith("snc-") and arms["n_sources"] == 2 and arms["has_conflict"]
    assert arms["date_edtf"] == "[2010,2011]"
    assert set(reconciled["conflicts"]["fact_id"]) == {arms["fact_id"]}
    assert set(reconciled["evidence"]["fact_type"]) == {"sanction"}


def test_the_facts_view_includes_the_toy_type(reconciled):
    assert fact_types.tables()[-1] == "sanctions"
    con = duckdb.connect()
    for t in fact_types.all_types():
        frame = reconciled[t.table]
        con.register("frame", frame.astype(object) if frame.empty else frame)
        con.execute(f"CREATE TABLE {t.table} AS SELECT * FROM frame")
        con.unregister("frame")
    con.register("evidence_frame", reconciled["evidence"])
    con.execute("CREATE TABLE evidence AS SELECT * FROM evidence_frame")
    con.execute("CREATE TABLE entities (entity_id VARCHAR, name VARCHAR)")  # the view names its entities
    for statement in views.facts_view().split(";\n"):
        if statement.strip():
            con.execute(statement)
    rows = con.execute("SELECT fact_type, subject_id, object_id, what, quote FROM facts ORDER BY what").fetchall()
    assert rows == [
        ("sanction", "state:USA", "state:IRN", "arms", "the United States imposed an arms embargo on Iran"),
        ("sanction", "state:USA", "state:IRN", "oil exports", "it barred Iran's oil exports"),
    ]


def test_the_scorer_scores_the_toy_type_by_its_declared_key(reconciled):
    gold = [
        {
            "type": "sanction",
            "source_id": "a",
            "quote": "imposed an arms embargo",
            "imposer": "state:USA",
            "target": "state:IRN",
            "measure": "arms",
            "year": 2010,
        },
        {
            "type": "sanction",
            "source_id": "a",
            "quote": "barred Iran's oil exports",
            "imposer": "state:USA",
            "target": "state:IRN",
            "measure": "oil exports",
            "year": 2013,
        },
    ]
    report = evaluate.score(gold, reconciled)
    assert report["by_type"]["sanction"] == {
        "f1": 0.5,
        "n_extracted": 2,
        "n_gold": 2,
        "n_matched": 1,
        "precision": 0.5,
        "recall": 0.5,
    }
    assert report["by_field"]["sanction"]["measure"] == {"precision": 1.0, "recall": 1.0}
    assert [m["year"] for m in report["misses"]] == [2013]


def test_declarations_name_columns_their_schema_has():
    for t in fact_types.all_types():
        own = set(columns(t.table))
        named = set(t.merge_key) | set(t.evaluation.columns.values()) | set(t.constants)
        named |= {t.sense} if t.sense else set()
        named |= {t.name_field} if t.name_field else set()
        named -= {t.list_field.name} if t.list_field else set()
        assert named <= own, (t.name, named - own)
        if t.list_field:
            assert t.list_field.column in TABLES[t.list_field.table].to_schema().columns
        for d in t.dated_by:
            assert set(d.shared) <= own & set(columns(fact_types.get(d.fact_type).table))


def test_declared_codes_and_senses_are_allowed_by_the_schema():
    for t in fact_types.all_types():
        checks = TABLES[t.table].to_schema().columns
        for column, value in t.constants.items():
            checks[column].validate(pd.DataFrame({column: [value]}))
        if t.sense and (t.once_only or t.recurring):
            allowed = pd.DataFrame({t.sense: sorted(t.once_only | t.recurring)})
            checks[t.sense].validate(allowed)


def test_reconcile_stage_writes_every_declared_table():
    assert stages.RECONCILED[: len(fact_types.tables())] == tuple(fact_types.tables())


def test_prefixes_make_the_fact_id_pattern():
    for t in fact_types.all_types():
        assert pd.Series([f"{t.id_prefix}-0123456789ab"]).str.match(FACT_ID_PATTERN).all()
