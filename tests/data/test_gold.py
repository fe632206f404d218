"""Contracts on the hand-annotated gold standard (tests/gold/facts.yaml) that pipeline/evaluation/seeds.py scores
against: exact quotes, well-formed ids (the dictionaries), allowed vocabularies, coverage of both texts."""

from __future__ import annotations

import re
from collections import Counter

import pycountry
import pytest
import yaml

from pipeline.evaluation.gold import load_gold
from schemas import fact_types
from schemas.base import ENTITY_ID, FACT_TYPES
from schemas.facts import AGREEMENT_KINDS, AMOUNT_KINDS, MEMBERSHIP_ROLES, MODALITIES, ORGANIZATION_EVENTS

COMMON_KEYS = {"type", "source_id", "quote", "also_quotes", "note"}
STATE, PERSON, PLACE = (re.compile(f"^{ENTITY_ID[kind]}$") for kind in ("state", "person", "place"))
MIN_PER_TYPE = 15
MIN_TOTAL = 110


@pytest.fixture(scope="module")
def gold(root):
    return load_gold(root / "tests" / "gold" / "facts.yaml")


@pytest.fixture(scope="module")
def org_ids(tables) -> set[str]:
    """The organisation ids of the published entities (the dictionaries; CONTRIBUTING.md lists the same,
    as tests/unit/test_dictionaries.py checks)."""
    entities = tables["entities"]
    return set(entities.loc[entities["entity_type"] == "organization", "entity_id"])


@pytest.fixture(scope="module")
def source_ids(root) -> set[str]:
    """The seeds: the texts this gold annotates (the other sources have the blind gold of raw/evaluation/)."""
    return set(yaml.safe_load((root / "raw" / "evaluation" / "split.yaml").read_text(encoding="utf-8"))["seeds"])


def where(i: int, entry: dict) -> str:
    return f"gold entry {i} ({entry['type']}, {entry['quote'][:50]!r})"


def is_state(value) -> bool:
    return (
        isinstance(value, str)
        and bool(STATE.match(value))
        and (value == "state:SUN" or pycountry.countries.get(alpha_3=value[6:]) is not None)
    )


def test_size_and_coverage(gold, source_ids):
    assert len(gold) >= MIN_TOTAL
    per_type = Counter(e["type"] for e in gold)
    for fact_type in FACT_TYPES:
        assert per_type[fact_type] >= MIN_PER_TYPE, f"{fact_type}: {per_type[fact_type]} entries"
    assert {e["source_id"] for e in gold} == source_ids


def test_quotes_are_exact_substrings_of_their_raw_file(gold, raw_texts):
    for i, entry in enumerate(gold):
        text = raw_texts[entry["source_id"]]
        quotes = [entry["quote"], *entry.get("also_quotes", [])]
        assert all(isinstance(q, str) and q.strip() == q and q for q in quotes), where(i, entry)
        for quote in quotes:
            assert quote in text, f"{where(i, entry)}: {quote!r} not in {entry['source_id']}"


def test_main_quotes_are_unique_in_their_file(gold, raw_texts):
    """'Unique if possible': every main quote in this gold occurs once, so it locates its sentence."""
    for i, entry in enumerate(gold):
        assert raw_texts[entry["source_id"]].count(entry["quote"]) == 1, where(i, entry)


def test_fields_and_vocabularies(gold, org_ids):
    for i, e in enumerate(gold):
        at = where(i, e)
        assert set(e) <= COMMON_KEYS | set(fact_types.get(e["type"]).evaluation.required), f"{at}: unknown keys"
        assert e.get("note") is None or isinstance(e["note"], str), at
        assert isinstance(e.get("also_quotes", []), list), at
        year = e["year"]
        assert year is None or (isinstance(year, int) and 1900 <= year <= 2030), at
        t = e["type"]
        if t == "membership":
            assert is_state(e["state"]) and e["organization"] in org_ids, at
            assert e["role"] in MEMBERSHIP_ROLES and (e["modality"] is None or e["modality"] in MODALITIES), at
        elif t == "visit":
            assert e["visitor"] is None or PERSON.match(e["visitor"]), at
            assert is_state(e["visitor_state"]) and is_state(e["host_state"]), at
            assert e["visitor_state"] != e["host_state"], at
            assert e["place"] is None or PLACE.match(e["place"]), at
        elif t == "agreement":
            assert e["kind"] in AGREEMENT_KINDS, at
            assert e["name"] is None or isinstance(e["name"], str), at
            parties = e["parties"]
            assert parties and len(set(parties)) == len(parties), at
            assert all(is_state(p) or p in org_ids for p in parties), at
        elif t == "organization_event":
            assert e["organization"] in org_ids and e["event"] in ORGANIZATION_EVENTS, at
            assert e["counterpart"] is None or e["counterpart"] in org_ids, at
            assert e["state"] is None or is_state(e["state"]), at
            if e["event"] in ("joined_by", "withdrawn_by"):
                assert (e["state"] is None) != (e["counterpart"] is None), f"{at}: who joined/withdrew?"
            if e["event"] in ("chaired", "summit_hosted"):
                assert e["state"] is not None, f"{at}: which state chaired/hosted?"
            if e["event"] == "merged_into":
                assert e["counterpart"] is not None, at
        else:
            assert e["kind"] in AMOUNT_KINDS, at
            assert isinstance(e["value"], (int, float)) and not isinstance(e["value"], bool) and e["value"] > 0, at
            assert isinstance(e["unit"], str) and e["unit"], at
            assert (e["unit"] == "currency") == (e["currency"] is not None), at
            assert e["currency"] is None or re.fullmatch(r"[A-Z]{3}", e["currency"]), at


def test_no_duplicate_entries(gold):
    """One entry per fact and source: identical key and quote twice would double-count a fact."""

    def frozen(entry):
        return tuple(
            sorted(
                (k, tuple(v) if isinstance(v, list) else v)
                for k, v in entry.items()
                if k not in ("note", "also_quotes")
            )
        )

    counts = Counter(frozen(e) for e in gold)
    assert [k for k, n in counts.items() if n > 1] == []


def test_known_conflicts_are_annotated_both_ways(gold):
    conflicts = [e for e in gold if "conflict" in (e.get("note") or "")]
    land = {e["year"] for e in conflicts if e["type"] == "amount" and e["kind"] == "area"}
    caco = {
        (e["source_id"], e["year"])
        for e in conflicts
        if e["type"] == "organization_event" and e["organization"] == "org:CACO"
    }
    assert land == {2008, 2010}
    assert caco == {("akiner_efp", 2001), ("engvall_cornell_2015", 2002)}


def test_the_second_annotations_quotes_are_exact_and_its_fields_complete(root, raw_texts):
    """tests/gold/second_annotation.yaml loads under the same rules and quotes the raw texts exactly."""
    second = load_gold(root / "tests" / "gold" / "second_annotation.yaml")
    assert len(second) > 200 and {e["type"] for e in second} == set(FACT_TYPES)
    for i, entry in enumerate(second):
        assert entry["quote"] in raw_texts[entry["source_id"]], where(i, entry)
