"""The dev/test scorer on tiny frames with sentences of the evaluation corpus: tiers, repeats counted once,
the conventions' two spellings of a chair, entities the dictionaries lack, and the misses counted by what went
wrong."""

from __future__ import annotations

import pandas as pd

from pipeline.evaluation.corpus import Names, norm_name, score

SRC = "wiki_csto_2025"
QUOTE = "Uzbekistan joined the CSTO in 2006"
AT_QUOTE = (0, len(QUOTE))


def item(type_="membership", tier="core", **fields):
    return {"type": type_, "source_id": SRC, "quote": QUOTE, "start": 0, "end": len(QUOTE), "tier": tier, **fields}


def tables(mem=(), oev=(), entities=(), quoted_at=AT_QUOTE):
    """Extracted tables in the published shape; each fact row ends with the year its quote states, and every quote
    lies at `quoted_at`."""
    evidence = [
        {
            "fact_id": row[0],
            "source_id": SRC,
            "stated_date_edtf": row[-1],
            "char_start": quoted_at[0],
            "char_end": quoted_at[1],
        }
        for row in list(mem) + list(oev)
    ]
    return {
        "memberships": pd.DataFrame(
            [row[:-1] for row in mem], columns=["fact_id", "state_id", "organization_id", "role", "modality"]
        ),
        "organization_events": pd.DataFrame(
            [row[:-1] for row in oev],
            columns=["fact_id", "organization_id", "event_type", "counterpart_organization_id", "state_id"],
        ),
        "evidence": pd.DataFrame(
            evidence, columns=["fact_id", "source_id", "stated_date_edtf", "char_start", "char_end"]
        ),
        "entities": pd.DataFrame(list(entities), columns=["entity_id", "name", "in_dictionary"]),
    }


def mem(fid, state, org, role, year):
    return (fid, state, org, role, None, year)


def run(gold, t, aliases=None):
    return score(gold, t, [SRC], Names(t["entities"], aliases or {}))


def test_recall_counts_core_items_once_and_precision_accepts_extra_ones():
    gold = [
        item(state="state:UZB", organization="org:CSTO", role="member", date="2006"),
        item(state="state:UZB", organization="org:CSTO", role="member", date="2006"),  # a repeat
        item(tier="extra", state="state:ARM", organization="org:CSTO", role="observer", date=None),
    ]
    t = tables(
        mem=[
            mem("mem-1", "state:UZB", "org:CSTO", "member", "2006"),
            mem("mem-2", "state:ARM", "org:CSTO", "observer", None),
            mem("mem-3", "state:KAZ", "org:CSTO", "member", "2006"),
        ]
    )
    r = run(gold, t)["by_type"]["membership"]
    assert (r["n_gold"], r["n_matched_gold"], r["recall"]) == (1, 1, 1.0)
    assert (r["n_extracted"], r["n_matched_extracted"]) == (3, 2)


def test_a_wrong_year_is_a_miss_and_a_false_positive():
    gold = [item(state="state:UZB", organization="org:CSTO", role="member", date="2006-08-16")]
    t = tables(mem=[mem("mem-1", "state:UZB", "org:CSTO", "member", "2008")])
    r = run(gold, t)
    assert r["by_type"]["membership"]["recall"] == 0.0 and r["by_type"]["membership"]["precision"] == 0.0
    assert r["misses"][0]["quote"] == QUOTE


def test_a_chair_written_as_an_event_matches_a_chair_written_as_a_membership():
    gold = [item(state="state:KAZ", organization="org:CSTO", role="chair", date="2014")]
    t = tables(oev=[("oev-1", "org:CSTO", "chaired", None, "state:KAZ", "2014")])
    r = run(gold, t)
    assert r["by_type"]["membership"]["recall"] == 1.0
    assert r["by_type"]["organization_event"]["precision"] == 1.0


def test_an_entity_the_dictionaries_lack_is_compared_by_name():
    gold = [
        item(state="state:RUS", organization="new:The Paris Club", role="member", date=None),
        item(state="state:RUS", organization="new:Collective Security Treaty Organization", role="member", date=None),
    ]
    t = tables(
        mem=[mem("mem-1", "state:RUS", "org:~paris-club", "member", None)],
        entities=[
            ("org:~paris-club", "Paris Club", False),
            ("org:CSTO", "Collective Security Treaty Organization", True),
        ],
    )
    aliases = {norm_name("Collective Security Treaty Organization"): "org:CSTO"}
    r = run(gold, t, aliases)["by_type"]["membership"]
    assert (r["n_gold"], r["n_matched_gold"]) == (2, 1)  # Paris Club found; the CSTO (a known name) was not
    assert r["precision"] == 1.0


def test_an_undated_quote_of_a_dated_fact_is_an_undated_item():
    """The reconcile stage merges 'Hungary, Turkmenistan and Northern Cyprus are observers' into the fact 'in 2018
    Hungary became an observer' dates; the gold, one item per occurrence, has the undated one too."""
    gold = [
        item(state="state:HUN", organization="org:CCTC", role="observer", date=None),
        item(state="state:HUN", organization="org:CCTC", role="observer", date="2018"),
    ]
    t = tables(mem=[mem("mem-1", "state:HUN", "org:CCTC", "observer", "2018")])
    t["evidence"] = pd.concat(
        [
            t["evidence"],
            pd.DataFrame(
                [{"fact_id": "mem-1", "source_id": SRC, "stated_date_edtf": None, "char_start": 0, "char_end": 9}]
            ),
        ]
    )
    r = run(gold, t)["by_type"]["membership"]
    assert (r["n_gold"], r["n_matched_gold"], r["n_extracted"], r["n_matched_extracted"]) == (2, 2, 2, 2)


def test_names_compare_without_diacritics():
    """Annotators type names as their keyboards allow: 'new:Viktor Orban' is the dictionary's 'Viktor Orbán', and a
    letter such as 'ğ' neither splits a name in two nor makes two names of one; different names stay different."""
    assert norm_name("Viktor Orbán") == norm_name("viktor orban") == "viktor orban"
    assert norm_name("Recep Tayyip Erdoğan") == norm_name("Recep Tayyip Erdogan")
    assert norm_name("The Ağa Khan Foundation") == "aga khan foundation"
    assert norm_name("Orbán") != norm_name("Orb")


def test_a_miss_is_counted_by_what_the_coder_did_with_its_words():
    """'Uzbekistan joined the CSTO in 2006' read with the wrong year is a year wrong, both as a miss and as an
    unmatched fact; with the fact's quote elsewhere in the text, the gold's words were not read at all."""
    gold = [item(state="state:UZB", organization="org:CSTO", role="member", date="2006")]
    read = run(gold, tables(mem=[mem("mem-1", "state:UZB", "org:CSTO", "member", "2008")]))["anatomy"]
    assert read == {"missed": {"membership": {"year wrong": 1}}, "unmatched": {"membership": {"year wrong": 1}}}
    elsewhere = tables(mem=[mem("mem-1", "state:UZB", "org:CSTO", "member", "2008")], quoted_at=(200, 240))
    assert run(gold, elsewhere)["anatomy"] == {
        "missed": {"membership": {"not read": 1}},
        "unmatched": {"membership": {"where the gold has none": 1}},
    }
