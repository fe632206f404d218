"""Near-duplicate sentences: the repeats a careful reader finds in the real texts, and the guards.

The real-text tests segment raw/ with the project's own ingest and segment stages and find sentences
by their opening words, so they do not depend on passage numbering.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from pipeline.stages import s4_dedupe as dedupe
from pipeline.stages import s4_dedupe_blocking as dedupe_blocking
from pipeline.stages import s4_dedupe_text as dedupe_text
from pipeline.stages import s4_dedupe_units as dedupe_units

AKINER = "akiner_efp"
ENGVALL = "engvall_cornell_2015"
ESSAYS = (AKINER, ENGVALL)

# Each entry: the statements (opening words of sentences in the Akiner essay) that must form one group,
# the first being the canonical (first) occurrence.
EXPECTED_GROUPS = {
    "renting of testing grounds, word for word": [
        "Accords signed in 2006 included an agreement on the renting",
        "Accords signed in 2006 included an agreement on the renting#2",
    ],
    "observation satellites (one clause of a sentence)": [
        "Joint military exercises are held on the territories",
        "They were also developing a single system of observation satellites",
    ],
    "military co-operation continued to deepen": [
        "Kazakhstani-Russian military co-operation continued to deepen",
        "Kazakhstani-Russian military co-operation has also continued to deepen",
    ],
    "2009 loans-for-oil deal (a two-sentence window)": [
        "In 2009, the two countries agreed a ‘loans-for-oil’ deal",
        "In 2009, during President Nazarbaev’s visit to Beijing",
        "In return, Chinese companies gained access",
    ],
    "trans-boundary water resources": [
        "Another contentious issue was the utilization of trans-boundary water",
        "One concerned the utilization of trans-boundary water",
    ],
    "Cherny Irtysh-Karamay canal": [
        "A joint commission was established in 2000 to monitor",
        "In Kazakhstan there were fears that the Cherny Irtysh",
    ],
    "Chinese farmers' land, 2008 vs 2010": [
        "However, in 2008, when Beijing proposed that Chinese farmers",
        "In 2010 China proposed that Chinese farmers",
    ],
    "Turkey: energy, transport, construction, ship-building in the 2000s": [
        "In the 2000s, however, there was an upsurge of co-operation",
        "Trade with Turkey, after a slow start",
    ],
    "Middle East / Qatar: trade, investment and joint projects": [
        "Links with Arab countries, notably Qatar",
        "Links with the Middle East have also been developed",
    ],
}
MAX_FALSE_PAIRS = 2


# --- fixtures and helpers ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def passages(root) -> pd.DataFrame:
    from pipeline.stages import s1_ingest as ingest
    from pipeline.stages import s2_segment as segment

    _, documents, boilerplate = ingest.build(*ingest.load(root / "raw"))
    essays = documents["source_id"].isin(ESSAYS)  # the texts whose repeats a reader has listed (EXPECTED_GROUPS)
    return segment.build(documents[essays], boilerplate[boilerplate["source_id"].isin(ESSAYS)])


@pytest.fixture(scope="module")
def raw_by_source(root) -> dict[str, str]:
    from pipeline.stages import s1_ingest as ingest

    _, documents, _ = ingest.build(*ingest.load(root / "raw"))
    return dict(zip(documents["source_id"], documents["text"]))


@pytest.fixture(scope="module")
def groups(passages) -> pd.DataFrame:
    return dedupe.build(passages)


def find(passages: pd.DataFrame, opening: str, source: str = AKINER) -> str:
    """passage_id of the n-th sentence of `source` starting with `opening` ("...#2" for the second)."""
    opening, _, nth = opening.partition("#")
    sents = passages[(passages["kind"] == "sentence") & (passages["source_id"] == source)]
    hits = sents[sents["text"].str.startswith(opening)].sort_values("ordinal")["passage_id"].tolist()
    assert len(hits) >= int(nth or 1), f"no sentence starts with {opening!r}"
    return hits[int(nth or 1) - 1]


def group_of(groups: pd.DataFrame) -> dict[str, str]:
    return dict(zip(groups["passage_id"], groups["group_id"]))


def frame(rows: list[tuple]) -> pd.DataFrame:
    """A passages frame of sentences: rows of (source_id, paragraph number, text[, is_heading])."""
    out, ordinal = [], {}
    for row in rows:
        source, paragraph, text = row[:3]
        heading = row[3] if len(row) > 3 else False
        ordinal[source] = ordinal.get(source, 0) + 1
        n = ordinal[source]
        out.append(
            {
                "passage_id": f"{source}:sen{n:04d}",
                "source_id": source,
                "kind": "sentence",
                "ordinal": n,
                "parent_passage_id": f"{source}:par{paragraph:03d}",
                "char_start": 0,
                "char_end": len(text),
                "text": text,
                "is_heading": heading,
            }
        )
    return pd.DataFrame(
        out,
        columns=[
            "passage_id",
            "source_id",
            "kind",
            "ordinal",
            "parent_passage_id",
            "char_start",
            "char_end",
            "text",
            "is_heading",
        ],
    )


LONG = (
    "In 2010 Kazakhstan assumed the chairmanship of the Organization for Security and Co-operation in "
    "Europe, which comprises 56 member states that together span the northern hemisphere."
)
FILLER = [
    "Membership of such bodies was a critical gauge of external recognition and acceptance.",
    "Airline companies introduced direct flights, while new satellite links facilitated telephone calls.",
    "The conference was the first such meeting to be held in a former Eastern bloc country.",
]


# --- the real texts -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED_GROUPS))
def test_repeated_statements_of_the_akiner_essay_are_grouped(passages, groups, name):
    ids = [find(passages, opening) for opening in EXPECTED_GROUPS[name]]
    of = group_of(groups)
    assert all(p in of for p in ids), f"{name}: not all of {ids} are in a group"
    assert len({of[p] for p in ids}) == 1, f"{name}: {ids} are split over groups {[of[p] for p in ids]}"
    members = groups[groups["group_id"] == of[ids[0]]]
    assert of[ids[0]] == "dup-" + ids[0]
    assert members.set_index("passage_id").loc[ids[0], "role"] == "canonical"
    assert (members.set_index("passage_id").loc[ids[1:], "role"] == "repeat").all()


def test_at_most_two_false_pairs_over_both_texts(passages, groups):
    expected = {frozenset(find(passages, o) for o in openings) for openings in EXPECTED_GROUPS.values()}
    true_pairs = {frozenset(pair) for group in expected for pair in itertools.combinations(group, 2)}
    found = {
        frozenset(pair) for _, g in groups.groupby("group_id") for pair in itertools.combinations(g["passage_id"], 2)
    }
    false_pairs = found - true_pairs
    assert len(false_pairs) <= MAX_FALSE_PAIRS, sorted(map(sorted, false_pairs))


def test_window_repeat_has_one_repeat_row_per_sentence(passages, groups):
    canonical = find(passages, "In 2009, the two countries agreed")
    first, second = find(passages, "In 2009, during President Nazarbaev"), find(passages, "In return, Chinese")
    members = groups[groups["group_id"] == "dup-" + canonical].set_index("passage_id")
    assert list(members.loc[[first, second], "role"]) == ["repeat", "repeat"]
    assert members.loc[first, "similarity"] == members.loc[second, "similarity"]
    assert (members.loc[[first, second], "kind"] == "paraphrase").all()


def test_kinds_and_similarities_on_the_real_texts(passages, groups):
    rows = groups.set_index("passage_id")
    verbatim = find(passages, "Accords signed in 2006 included#2")
    assert rows.loc[verbatim, ["kind", "similarity"]].tolist() == ["verbatim", 100.0]
    # 2008 vs 2010 and 'one million hectares' vs '1m. ha' are the same statement, but no verbatim one
    assert rows.loc[find(passages, "In 2010 China proposed"), "kind"] == "paraphrase"
    assert rows.loc[find(passages, "Kazakhstani-Russian military co-operation has also"), "kind"] == "near_verbatim"
    assert (rows.loc[rows["role"] == "canonical", "similarity"] == 100.0).all()
    assert rows["similarity"].between(0, 100).all()
    assert not groups["is_cross_source"].any()  # the cross-source restatements are looser paraphrases


def test_headings_never_take_part_in_the_real_texts(passages, groups):
    headings = set(passages.loc[passages["is_heading"], "passage_id"])
    assert headings and not headings & set(groups["passage_id"])


def test_a_sentence_is_compared_with_a_clause_of_a_longer_one_not_with_the_whole(passages):
    whole = find(passages, "Joint military exercises are held")
    part = find(passages, "They were also developing a single system")
    pairs = dedupe_blocking.scored_pairs(passages)
    pair = pairs[(pairs["a"] == whole) & (pairs["b"] == part)]
    as_sentence = pair[pair["a_kind"] == "sentence"]
    as_clause = pair[pair["a_kind"] == "clause"]
    assert not as_sentence["matched"].any()
    assert as_sentence["containment"].iloc[0] < dedupe_units.MIN_CONTAINMENT
    assert as_clause["matched"].all() and as_clause["ratio"].iloc[0] >= dedupe_units.NEAR_VERBATIM_MIN


def test_output_satisfies_the_published_schema(groups):
    from schemas import TABLES

    TABLES["duplicate_groups"].validate(groups)
    TABLES["duplicate_groups"].validate(dedupe.build(frame([])))
    assert not groups.duplicated(["group_id", "passage_id"]).any()
    assert groups["passage_id"].is_unique  # a sentence belongs to one group at most
    assert (groups.groupby("group_id")["role"].apply(lambda r: (r == "canonical").sum()) >= 1).all()


# --- guards ---------------------------------------------------------------------------------------------


def test_a_heading_never_pairs_even_with_an_identical_sentence():
    text = "Chairmanship of the Organization for Security and Co-operation in Europe"
    passages = frame([("s", 1, text, True), ("s", 2, FILLER[0]), ("s", 2, text + ".")])
    assert dedupe.build(passages).empty


def test_a_subset_sentence_does_not_pair_with_a_long_sentence_containing_it():
    short = "In 2010 Kazakhstan assumed the chairmanship of the Organization for Security and Co-operation."
    passages = frame([("s", 1, LONG), ("s", 2, FILLER[0]), ("s", 3, short)])
    pair = dedupe_blocking.scored_pairs(passages)
    assert not pair.empty and pair["matched"].eq(False).all()
    assert dedupe.build(passages).empty
    # token_set_ratio alone would call them identical
    from rapidfuzz import fuzz

    assert fuzz.token_set_ratio(dedupe_text.normalize(LONG), dedupe_text.normalize(short)) == 100


def test_a_list_item_is_not_a_clause():
    listing = (
        "Kazakhstan joined the Commonwealth of Independent States (CIS); the Organization of the Islamic "
        "Conference (OIC); the North Atlantic Cooperation Council; the Organization for Security and "
        "Cooperation in Europe (OSCE)."
    )
    other = "Kazakhstan joined the Organization for Security and Cooperation in Europe (OSCE) in January 1992."
    assert dedupe.build(frame([("s", 1, listing), ("s", 2, other)])).empty


def test_sharing_a_name_is_not_a_paraphrase():
    # the CICA sentences of the two sources share the organisation's name and little else
    akiner = "One of these is the Conference on Interaction and Confidence Building Measures in Asia (CICA)."
    part = "Confidence Building Measures in Asia (CICA) – a format that has grown to include 26 member countries."
    passages = frame([("a", 1, akiner), ("b", 1, FILLER[0]), ("b", 2, part)])
    pair = dedupe_blocking.scored_pairs(passages)
    pair = pair[pair["b"] == "b:sen0002"].iloc[0]
    assert pair["blend"] >= dedupe_units.PARAPHRASE_MIN and pair["anchor"] >= dedupe_units.ANCHOR_MIN_TOKENS
    assert pair["shared_words"] < dedupe_units.MIN_SHARED_WORDS and not pair["matched"]
    assert dedupe.build(passages).empty


def test_near_verbatim_needs_the_same_content_words_not_just_the_same_function_words(monkeypatch):
    real = "Joint exercises are held; furthermore, they are developing a single system of observation satellites."
    other = "Trade links grew fast; furthermore, they are developing a border system of observation bridges."
    passages = frame([("s", 1, real), ("s", 2, FILLER[0]), ("s", 3, other)])
    pairs = dedupe_blocking.scored_pairs(passages)
    clauses = pairs[(pairs["a_kind"] == "clause") & (pairs["b_kind"] == "clause")].iloc[0]
    assert clauses["ratio"] >= dedupe_units.NEAR_VERBATIM_MIN and clauses["dice"] < dedupe_units.NEAR_VERBATIM_MIN_DICE
    assert not pairs["matched"].any()
    monkeypatch.setattr(dedupe_units, "NEAR_VERBATIM_MIN_DICE", 0.0)
    assert set(dedupe.build(passages)["passage_id"]) == {"s:sen0001", "s:sen0003"}


def test_an_unrelated_neighbour_does_not_join_through_a_window(monkeypatch):
    whole = (
        "The vice-president, appointed by the Supreme Council of the republic in a secret ballot, "
        "was the first such official to be elected in a former Eastern bloc country."
    )
    first = "The vice-president, appointed by the Supreme Council of the republic in a secret ballot."
    second = "Was the first such official to be elected in a former Eastern bloc country."
    neighbour = "Exports of grain rose sharply."
    passages = frame([("a", 1, whole), ("b", 1, FILLER[0]), ("b", 2, neighbour), ("b", 2, first), ("b", 2, second)])
    assert set(dedupe.build(passages)["passage_id"]) == {"a:sen0001", "b:sen0003", "b:sen0004"}

    # the neighbour's window with the first half scores as a paraphrase; the half-share rule rejects it...
    def neighbour_window_matches() -> bool:
        pairs = dedupe_blocking.scored_pairs(passages)
        return bool(pairs.loc[pairs[["a", "b"]].eq("b:sen0002+b:sen0003").any(axis=1), "matched"].any())

    assert not neighbour_window_matches()
    monkeypatch.setattr(dedupe_units, "WINDOW_HALF_SHARE", 0.0)
    assert neighbour_window_matches()
    # ...and without it complete linkage still keeps the neighbour out: it matches neither the second half
    # nor the whole sentence's other repeats, and every pair in a group must match
    assert set(dedupe.build(passages)["passage_id"]) == {"a:sen0001", "b:sen0003", "b:sen0004"}


def test_groups_do_not_chain_every_pair_in_a_group_matches():
    # a ~ b and b ~ c are near-verbatim, a and c are too far apart: with union-find all three would be one
    # group; complete linkage keeps the closest pair (a, b) and leaves c out
    a = (
        "Kazakhstan expanded grain exports, pipeline capacity, railway freight, banking links, uranium sales, "
        "steel output, tourism revenue and textile trade with neighbouring Uzbekistan."
    )
    b = (
        "Kazakhstan expanded grain exports, pipeline capacity, railway freight, insurance links, uranium sales, "
        "steel output, tourism revenue and leather trade with neighbouring Uzbekistan."
    )
    c = (
        "Kazakhstan expanded wheat exports, pipeline capacity, airline freight, insurance links, uranium deals, "
        "copper output, hotel revenue and leather trade with neighbouring Uzbekistan."
    )
    passages = frame([("s", 1, a), ("s", 2, FILLER[0]), ("s", 3, b), ("s", 4, FILLER[1]), ("s", 5, c)])
    matched = dedupe_blocking.scored_pairs(passages).set_index(["a", "b"])["matched"].to_dict()
    assert matched == {
        ("s:sen0001", "s:sen0003"): True,
        ("s:sen0003", "s:sen0005"): True,
        ("s:sen0001", "s:sen0005"): False,
    }
    assert set(dedupe.build(passages)["passage_id"]) == {"s:sen0001", "s:sen0003"}


def test_exact_repeats_collapse_into_one_group_whatever_their_number():
    sentence = "Accords signed in 2006 included an agreement on the renting of four military grounds to Russia."
    groups = dedupe.build(frame([("s", k, sentence) for k in range(1, 6)] + [("s", 6, FILLER[0])]))
    assert len(groups) == 5 and groups["group_id"].nunique() == 1
    assert (groups["kind"] == "verbatim").all()


def test_short_sentences_never_pair_on_their_own():
    short = "Consequently, the project was suspended."
    assert len(dedupe_text.match_tokens(short)) < dedupe_units.MIN_TOKENS
    assert dedupe.build(frame([("s", 1, short), ("s", 2, FILLER[0]), ("s", 3, short)])).empty


def test_a_window_counts_only_when_its_second_sentence_adds_to_the_match():
    sentence = "Accords signed in 2006 included an agreement on the renting of four military grounds to Russia."
    passages = frame([("s", 1, sentence), ("s", 2, sentence), ("s", 2, FILLER[1])])
    groups = dedupe.build(passages)
    assert set(groups["passage_id"]) == {"s:sen0001", "s:sen0002"}  # the unrelated next sentence stays out


def test_a_statement_split_in_two_pairs_with_the_whole():
    whole = (
        "In 2009 the two countries agreed a loans-for-oil deal whereby China made available a loan of "
        "$10,000 million, and Chinese companies gained access to several Kazakhstani oilfields."
    )
    first = "In 2009 the two countries agreed a loans-for-oil deal whereby China made available a loan of US $10,000m."
    second = "In return, Chinese companies gained access to several Kazakhstani oilfields."
    groups = dedupe.build(frame([("s", 1, whole), ("s", 1, FILLER[0]), ("s", 2, first), ("s", 2, second)]))
    assert groups.set_index("passage_id")["role"].to_dict() == {
        "s:sen0001": "canonical",
        "s:sen0003": "repeat",
        "s:sen0004": "repeat",
    }


def test_when_the_first_occurrence_is_a_window_both_its_sentences_are_canonical():
    whole = (
        "In 2009 the two countries agreed a loans-for-oil deal whereby China made available a loan of "
        "$10,000 million, and Chinese companies gained access to several Kazakhstani oilfields."
    )
    first = "In 2009 the two countries agreed a loans-for-oil deal whereby China made available a loan of US $10,000m."
    second = "In return, Chinese companies gained access to several Kazakhstani oilfields."
    groups = dedupe.build(frame([("s", 1, first), ("s", 1, second), ("s", 2, FILLER[0]), ("s", 3, whole)]))
    assert groups.set_index("passage_id")["role"].to_dict() == {
        "s:sen0001": "canonical",
        "s:sen0002": "canonical",
        "s:sen0004": "repeat",
    }
    assert set(groups["group_id"]) == {"dup-s:sen0001"}
    assert dedupe.canonical_map(groups) == {
        "s:sen0001": "s:sen0001",
        "s:sen0002": "s:sen0001",
        "s:sen0004": "s:sen0001",
    }


def test_cross_source_canonical_comes_from_the_first_source_by_id():
    text = "In 2001 it underwent another transformation, becoming the Central Asia Co-operation Organization."
    variant = "In 2002 it underwent another transformation, becoming the Central Asian Cooperation Organisation."
    passages = frame(
        [
            ("b_src", 1, FILLER[0]),
            ("b_src", 1, FILLER[1]),
            ("b_src", 1, text),
            ("a_src", 1, FILLER[2]),
            ("a_src", 2, variant),
        ]
    )
    groups = dedupe.build(passages).set_index("passage_id")
    assert groups["role"].to_dict() == {"a_src:sen0002": "canonical", "b_src:sen0003": "repeat"}
    assert groups["is_cross_source"].all()
    assert groups.loc["b_src:sen0003", "kind"] == "near_verbatim"


# --- thresholds ------------------------------------------------------------------------------------------


def _pair_score(passages, a_opening, b_opening, b_kind="sentence", a_kind="sentence"):
    pairs = dedupe_blocking.scored_pairs(passages)
    a, b = find(passages, a_opening), find(passages, b_opening)
    has = lambda column, pid: pairs[column].str.split("+").map(lambda ids: pid in ids)  # noqa: E731
    hit = pairs[has("a", a) & has("b", b) & (pairs["a_kind"] == a_kind) & (pairs["b_kind"] == b_kind)]
    assert len(hit) == 1
    return hit.iloc[0]


def test_a_paraphrase_just_under_the_threshold_is_not_merged(passages, monkeypatch):
    canonical, repeat = "In 2009, the two countries agreed", "In 2009, during President Nazarbaev"
    pair = _pair_score(passages, canonical, repeat, b_kind="window")
    assert pair["matched"] and pair["ratio"] < dedupe_units.NEAR_VERBATIM_MIN
    monkeypatch.setattr(dedupe_units, "PARAPHRASE_MIN", pair["blend"] + 0.01)
    assert find(passages, repeat) not in set(dedupe.build(passages)["passage_id"])
    monkeypatch.setattr(dedupe_units, "PARAPHRASE_MIN", pair["blend"])
    assert find(passages, repeat) in set(dedupe.build(passages)["passage_id"])


def test_a_near_verbatim_clause_just_under_the_threshold_is_not_merged(passages, monkeypatch):
    whole, part = "Joint military exercises are held", "They were also developing a single system"
    pair = _pair_score(passages, whole, part, a_kind="clause")
    monkeypatch.setattr(dedupe_units, "NEAR_VERBATIM_MIN", pair["ratio"] + 0.01)
    assert find(passages, part) not in set(dedupe.build(passages)["passage_id"])
    monkeypatch.setattr(dedupe_units, "NEAR_VERBATIM_MIN", pair["ratio"])
    assert find(passages, part) in set(dedupe.build(passages)["passage_id"])


def test_the_anchor_guard_stops_parallel_sentences_about_different_things(passages, monkeypatch):
    # "In 2010 Kazakhstan assumed the chairmanship of the OSCE" / "... chairmanship of the OIC in mid-2011"
    osce, oic = "In 2010 Kazakhstan assumed the chairmanship", "Following on from its role in the OSCE"
    pair = _pair_score(passages, osce, oic)
    assert pair["blend"] >= dedupe_units.PARAPHRASE_MIN and pair["anchor"] < dedupe_units.ANCHOR_MIN_TOKENS
    assert not pair["matched"]
    monkeypatch.setattr(dedupe_units, "ANCHOR_MIN_TOKENS", int(pair["anchor"]))
    assert find(passages, oic) in set(dedupe.build(passages)["passage_id"])


def test_thresholds_are_documented_constants():
    modules = {name: module for module in (dedupe_units, dedupe_blocking) for name in vars(module) if name.isupper()}
    for name in [
        "MIN_TOKENS",
        "MIN_CLAUSE_TOKENS",
        "MAX_CLAUSES",
        "NEAR_VERBATIM_MIN",
        "NEAR_VERBATIM_MIN_DICE",
        "PARAPHRASE_MIN",
        "MIN_CONTAINMENT",
        "MIN_SHARED_WORDS",
        "ANCHOR_MIN_TOKENS",
        "WINDOW_GAIN",
        "WINDOW_HALF_SHARE",
        "NUM_PERM",
        "LSH_BANDS",
        "LSH_ROWS",
        "SOURCE_LSH_BANDS",
        "SOURCE_LSH_ROWS",
        "MINHASH_SEED",
    ]:
        assert isinstance(getattr(modules[name], name), (int, float))
        assert f"{name} = " in open(modules[name].__file__).read()
    assert dedupe_blocking.LSH_BANDS * dedupe_blocking.LSH_ROWS <= dedupe_blocking.NUM_PERM
    assert dedupe_blocking.SOURCE_LSH_BANDS * dedupe_blocking.SOURCE_LSH_ROWS <= dedupe_blocking.NUM_PERM


# --- normalisation -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("a loan of $10,000 million", "a loan of US $10,000m."),
        ("rent one million hectares of land", "rent 1m. ha of land"),
        ("in 2008", "in 2010"),
        ("Kazakhstani-Russian military co-operation", "Kazakhstani–Russian military cooperation"),
        ("the Shanghai Cooperation Organisation", "the Shanghai Co-operation Organization"),
        ("President Nazarbaev’s visit", "President Nazarbayev's visit"),
        ("in the 2000s", "in the 1990s"),
        ("the ‘loans-for-oil’ deal", "the 'loans-for-oil' deal"),
    ],
)
def test_normalisation_makes_variants_equal(a, b):
    assert dedupe_text.normalize(a) == dedupe_text.normalize(b)


def test_verbatim_keeps_the_numbers():
    assert dedupe_text.match_tokens("in 2008", keep_numbers=True) != dedupe_text.match_tokens(
        "in 2010", keep_numbers=True
    )


# --- determinism and the reading copy -------------------------------------------------------------------


def test_same_input_gives_an_identical_frame_whatever_the_row_order(passages, groups):
    shuffled = passages.sample(frac=1, random_state=7).reset_index(drop=True)
    pd.testing.assert_frame_equal(dedupe.build(shuffled), groups)


def test_hash_seed_does_not_change_the_output(root, groups):
    script = (
        "import json,sys; from pipeline.stages import s1_ingest as ingest; from pipeline.stages import s2_segment as segment; from pipeline.stages import s4_dedupe as dedupe; "
        "_, d, b = ingest.build(*ingest.load(__import__('pathlib').Path('raw'))); "
        f"d, b = d[d.source_id.isin({ESSAYS!r})], b[b.source_id.isin({ESSAYS!r})]; "
        "sys.stdout.write(dedupe.build(segment.build(d, b)).to_json(orient='records'))"
    )
    other_seed = "12345" if os.environ.get("PYTHONHASHSEED") == "0" else "0"  # this process's seed is another
    env = {**os.environ, "PYTHONHASHSEED": other_seed}
    done = subprocess.run([sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == json.loads(groups.to_json(orient="records"))


def test_reading_copy_drops_repeats_and_keeps_everything_else(passages, groups, raw_by_source):
    text = dedupe.reading_text(raw_by_source[AKINER], passages, groups, AKINER)
    repeats = groups[groups["role"] == "repeat"]["passage_id"]
    sentences = passages[(passages["kind"] == "sentence") & (passages["source_id"] == AKINER)]
    for pid, sentence in zip(sentences["passage_id"], sentences["text"]):
        if pid in set(repeats):
            continue
        assert sentence in text
    assert text.count("Accords signed in 2006 included an agreement on the renting") == 1
    assert "One concerned the utilization of trans-boundary water resources." not in text
    assert "In return, Chinese companies gained access" not in text
    assert "Chairmanship of the OSCE\n\nIn 2010 Kazakhstan assumed" in text
    assert "\n\n\n" not in text
    untouched = dedupe.reading_text(raw_by_source[ENGVALL], passages, groups, ENGVALL)
    n_paragraphs = (passages["kind"].eq("paragraph") & passages["source_id"].eq(ENGVALL)).sum()
    assert untouched.count("\n\n") == n_paragraphs - 1
