"""Conventions CONTRIBUTING.md states, checked on the code: every published table's docstring states its
grain and key, and every rule's id names the function that emits it."""

from __future__ import annotations

import ast
import inspect

import pytest

from pipeline.entities import gazetteer, mentions
from pipeline.inputs import dictionaries as entity_dictionaries
from pipeline.rules import ALL_RULES
from pipeline.stages import s1_ingest as ingest
from pipeline.stages import s2_segment as segment
from pipeline.stages import s3_extract as extract
from pipeline.text import parse
from schemas import TABLES, fact_types
from schemas.frictionless import model_metadata
from tests.helpers import ROOT

VARIANTS = {
    ("organization_event", "held_in"): {"convened", "named_summit"},
    ("organization_event", "merged"): {"merger_of"},
    ("membership", "in_force"): {"accession_in_force"},
    ("organization_event", "in_force"): {"accession_in_force"},
    ("agreement", "joined"): {"acceded"},
    ("agreement", "participated"): {"acceded", "ratified", "withdrew"},
    ("agreement", "participation_noun"): {"acceded_noun", "withdrew_noun", "ratified_noun", "signed_noun"},
    ("agreement", "own_act"): {"adopted", "concluded", "signed_unnamed", "opened_for_signature", "created"},
}
"""Rules that read two phrasings of one statement under one function, or several senses of one verb
(a treaty's parties join, ratify or withdraw), under one function; the id names the phrasing or sense."""


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_table_docstring_states_its_grain_and_key(name):
    doc = " ".join(inspect.cleandoc(TABLES[name].__doc__ or "").split())
    key = model_metadata(TABLES[name])["primary_key"]
    written = key[0] if len(key) == 1 else "(" + ", ".join(key) + ")"
    assert doc.startswith("One row per "), doc
    assert f"; key {written}" in doc, f"{name}: the docstring must say '; key {written}'"


@pytest.fixture(scope="module")
def corpus_sentences() -> list:
    """Every sentence of the corpus with its context and its parse, as the extract stage builds them (the
    rules over the parse fire only with one)."""
    raw = ROOT / "raw"
    _, documents, boilerplate = ingest.build(*ingest.load(raw))
    passages = segment.build(documents, boilerplate)
    dictionaries = entity_dictionaries.load_dictionaries(raw / "dictionaries")
    entities = entity_dictionaries.entities_table(dictionaries)
    found = mentions.find_all(passages, gazetteer.Gazetteer(dictionaries))
    located, parts = entities.dropna(subset=["state_id"]), entities.dropna(subset=["parent_id"])
    groups = dictionaries["state_groups"]
    return extract.contexts(
        found,
        dict(zip(located["entity_id"], located["state_id"])),
        dict(zip(parts["entity_id"], parts["parent_id"])),
        tuple((a, tuple(m.split())) for a, m in zip(groups["alias"], groups["member_ids"])),
        parses=parse.sentence_parses(documents, passages, parse.cache_dir(ROOT)),
    )


def _allowed(fact_type: str, function: str, suffix: str) -> bool:
    """`<type>.<function>`, a variant `<type>.<function>_<what>`, or the sense a classifying rule
    found (`amount.loan` from `classified`); a rule over the parse says so (`membership.parse_joined`)."""
    suffix = suffix.removeprefix("parse_")
    declared = fact_types.get(fact_type)
    senses = TABLES[declared.table].to_schema().columns[declared.sense].checks if declared.sense else []
    allowed_senses = {v for check in senses for v in (check.statistics.get("allowed_values") or [])}
    return (
        suffix == function
        or suffix.startswith(function + "_")
        or suffix in allowed_senses
        or suffix in VARIANTS.get((fact_type, function), set())
    )


def test_every_rule_id_names_its_function(corpus_sentences):
    seen, wrong = set(), set()
    for sentence in corpus_sentences:
        for rule in ALL_RULES:
            for candidate in rule(sentence):
                fact_type, _, suffix = candidate.rule_id.partition(".")
                seen.add(rule.__name__)
                if fact_type != candidate.fact_type or not _allowed(fact_type, rule.__name__, suffix):
                    wrong.add((rule.__module__, rule.__name__, candidate.rule_id))
    assert sorted(wrong) == []
    assert len(seen) > len(ALL_RULES) / 2  # most rules fire on the corpus, so the check has something to check


def test_rule_functions_have_distinct_names():
    names = [f"{rule.__module__}.{rule.__name__}" for rule in ALL_RULES]
    assert len(names) == len(set(names))


def test_test_modules_do_not_import_one_another():
    """Shared helpers live in tests/helpers.py (and the samples beside it, or a folder's conftest), not in
    a test module."""
    wrong = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            if isinstance(node, ast.ImportFrom):
                names += [f"{node.module}.{a.name}" for a in node.names]
            if any(n.split(".")[-1].startswith("test_") and n.startswith("tests.") for n in names):
                wrong.append(str(path.relative_to(ROOT)))
    assert sorted(set(wrong)) == []
