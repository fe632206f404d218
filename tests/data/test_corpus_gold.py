"""The blind gold of the evaluation corpus: every quote at its offsets, fields the codebook requires, and a
split fixed in the repository with test texts outside the published dataset."""

from __future__ import annotations

import pytest
import yaml

from pipeline.evaluation import build as evaluation_build
from pipeline.evaluation.corpus import load_gold, load_split

REQUIRED = {
    "membership": ("state", "organization", "role"),
    "organization_event": ("organization", "event"),
    "agreement": ("kind", "parties"),
    "visit": ("host_state",),
    "amount": ("kind", "value", "unit"),
}


def corpus_texts(root) -> dict[str, str]:
    texts = {}
    for listing in (root / "raw" / "sources.yaml", root / evaluation_build.EVAL_SOURCES):
        for e in yaml.safe_load(listing.read_text(encoding="utf-8")):
            texts[e["id"]] = (listing.parent / e["file"]).read_text(encoding="utf-8").removeprefix("\ufeff")
    return texts


@pytest.fixture(scope="module")
def texts(root) -> dict[str, str]:
    return corpus_texts(root)


@pytest.fixture(scope="module")
def gold(root, texts) -> list[dict]:
    """The gold items (read once: the annotation is a large YAML file); load_gold raises on a quote that is
    not at its offsets."""
    return load_gold(root, texts)


def test_every_gold_quote_is_at_its_offsets_and_has_the_fields_of_its_type(texts, gold):
    items = gold
    assert items
    for item in items:
        assert texts[item["source_id"]][item["start"] : item["end"]] == item["quote"]
        missing = [f for f in REQUIRED[item["type"]] if f not in item]
        assert not missing, f"{item['source_id']} {item['quote'][:40]!r} lacks {missing}"


def test_every_text_of_the_split_is_annotated_and_no_text_is_in_two_roles(root, gold):
    split = load_split(root)
    annotated = {item["source_id"] for item in gold}
    roles = [set(ids) for ids in split.values()]
    assert all(not (a & b) for i, a in enumerate(roles) for b in roles[i + 1 :])
    assert set(split["dev"]) | set(split["test"]) <= annotated
    assert len(split["test"]) >= 3


def test_test_texts_are_not_sources_of_the_published_dataset(root):
    published = {e["id"] for e in yaml.safe_load((root / "raw" / "sources.yaml").read_text(encoding="utf-8"))}
    assert not published & set(load_split(root)["test"])
