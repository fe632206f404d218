"""Per-document work is cached per text: a second build processes nothing, an edited text only itself.

The parses come from the parse cache the build fills (pipeline/text/parse.py, keyed by the text): what is
tested is which texts `process` runs on, and each run still does all of its work but the spaCy parse of a
text parsed before.
"""

from __future__ import annotations

import hashlib

import pandas as pd

from pipeline.inputs import dictionaries as entity_dictionaries
from pipeline.stages import document
from pipeline.stages import s1_ingest as ingest
from pipeline.text import parse
from tests.helpers import ROOT


def test_only_texts_whose_inputs_changed_are_processed_again(tmp_path):
    entries, data = ingest.load(ROOT / "raw")
    entries = sorted(entries, key=lambda e: e["id"])[:3]  # three texts show it; every text would take a minute
    dictionaries = document.Dictionaries(entity_dictionaries.load_dictionaries(ROOT / "raw" / "dictionaries"), "v1")
    seen: list[str] = []
    parses = parse.cache_dir(ROOT)

    def mapper(function, arguments):
        seen.extend(args[0]["id"] for args in arguments)
        return [function(*args) for args in arguments]

    first, n = document.build_all(entries, data, dictionaries, "code", tmp_path, mapper, parses)
    assert n == len(entries) and sorted(seen) == sorted(e["id"] for e in entries)
    seen.clear()
    again, n = document.build_all(entries, data, dictionaries, "code", tmp_path, mapper, parses)
    assert n == 0 and seen == []
    for name in document.TABLES:
        pd.testing.assert_frame_equal(again[name], first[name])
    edited = min(entries, key=lambda e: len(data[e["id"]]))["id"]  # the one text parsed afresh
    data = {**data, edited: data[edited] + b"\nKazakhstan joined the OSCE in 1992.\n"}
    entries = [{**e, "sha256": hashlib.sha256(data[edited]).hexdigest()} if e["id"] == edited else e for e in entries]
    _, n = document.build_all(entries, data, dictionaries, "code", tmp_path, mapper, parses)
    assert n == 1 and seen == [edited]
    seen.clear()
    _, n = document.build_all(
        entries, data, document.Dictionaries(dictionaries.tables, "v2"), "code", tmp_path, mapper, parses
    )
    assert n == len(entries)  # new dictionaries: every text again
    assert len(list(tmp_path.glob("*.pickle"))) == len(entries)  # the stale results are gone


def test_a_worker_builds_the_gazetteer_and_entities_once_per_dictionaries_version():
    tables = entity_dictionaries.load_dictionaries(ROOT / "raw" / "dictionaries")
    first = document.Dictionaries(tables, "one")
    gazetteer_once, entities_once = first.gazetteer(), first.entities()
    assert first.gazetteer() is gazetteer_once and first.entities() is entities_once
    second = document.Dictionaries(tables, "two")
    assert second.gazetteer() is not gazetteer_once
