"""Two blind annotations scored against each other (`pipeline.evaluation.annotators`): each one's core items
against all of the other's, repeats once, the codebook's two spellings of a chair, and texts without a second
annotation left out. Sentences of the genre (invented), one source each."""

from __future__ import annotations

import pandas as pd

from pipeline.evaluation.annotators import agreement
from pipeline.evaluation.corpus import Names

A, B = "wiki_csto_2025", "wiki_eco_2025"
QUOTE = "Uzbekistan joined the CSTO in 2006 and left it in 2012"
NAMES = Names(pd.DataFrame(columns=["entity_id", "name", "in_dictionary"]), {})


def item(source=A, tier="core", type_="membership", **fields):
    return {"type": type_, "source_id": source, "quote": QUOTE, "start": 0, "end": len(QUOTE), "tier": tier, **fields}


def member(year, state="state:UZB", role="member", **kw):
    return item(state=state, organization="org:CSTO", role=role, date=year, modality=None, **kw)


def test_recall_is_the_first_annotations_core_found_and_precision_the_seconds_core_confirmed():
    first = [member("2006"), member("2006"), member("2012", role="withdrew")]  # a repeat counts once
    second = [member("2006"), member("2011", role="withdrew"), member(None, state="state:ARM", tier="extra")]
    r = agreement(first, second, [A], NAMES)["by_type"]["membership"]
    assert (r["n_first"], r["n_first_found"], r["recall"]) == (2, 1, 0.5)
    assert (r["n_second"], r["n_second_found"], r["precision"]) == (2, 1, 0.5)  # the extra item is not asked for


def test_an_extra_item_confirms_the_other_annotators_core_item():
    first = [member("2006", tier="extra")]
    second = [member("2006")]
    r = agreement(first, second, [A], NAMES)["by_type"]["membership"]
    assert (r["precision"], r["recall"]) == (1.0, None)  # nothing core in the first: no recall to measure


def test_swapping_the_annotations_swaps_precision_and_recall():
    first = [member("2006"), member("2012", role="withdrew"), member("1999", state="state:GEO")]
    second = [member("2006"), member("2012", role="withdrew")]
    ab = agreement(first, second, [A], NAMES)["overall"]
    ba = agreement(second, first, [A], NAMES)["overall"]
    assert (ab["precision"], ab["recall"]) == (ba["recall"], ba["precision"])
    assert ab["recall"] < 1.0 and ab["precision"] == 1.0


def test_a_chair_as_membership_role_agrees_with_the_event_chaired():
    first = [member("2012", state="state:KAZ", role="chair")]
    second = [
        item(type_="organization_event", organization="org:CSTO", event="chaired", state="state:KAZ", date="2012")
    ]
    r = agreement(first, second, [A], NAMES)
    assert r["by_type"]["membership"]["recall"] == 1.0
    assert r["by_type"]["organization_event"]["precision"] == 1.0


def test_only_texts_with_a_second_annotation_are_compared():
    first = [member("2006"), member("2006", source=B)]
    second = [member("2006")]
    r = agreement(first, second, [A, B], NAMES)
    assert r["sources"] == [A]
    assert r["overall"]["recall"] == 1.0
    assert agreement(first, [], [A, B], NAMES)["sources"] == []
