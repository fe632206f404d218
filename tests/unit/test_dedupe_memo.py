"""Dedupe with the matching copies of the last build (`s4_dedupe.build`, `pipeline.memo`): the groups of a
fresh build.

The two essays are deduplicated as if one had been built before the other was added: the second run
normalises only the texts the first did not see, and its groups are byte for byte those of a run
without any memo.
"""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline import fingerprint, memo
from pipeline.stages import s1_ingest as ingest
from pipeline.stages import s2_segment as segment
from pipeline.stages import s4_dedupe as dedupe
from pipeline.stages import s4_dedupe_units as dedupe_units

AKINER, ENGVALL = "akiner_efp", "engvall_cornell_2015"


@pytest.fixture(scope="module")
def passages(root) -> pd.DataFrame:
    _, documents, boilerplate = ingest.build(*ingest.load(root / "raw"))
    essays = documents["source_id"].isin((AKINER, ENGVALL))
    return segment.build(documents[essays], boilerplate[boilerplate["source_id"].isin((AKINER, ENGVALL))])


def _version() -> str:
    return fingerprint.code_version(dedupe.CODE_ROOT, dedupe.NORMALISER_CODE)


def _counting(monkeypatch) -> list[str]:
    """The texts normalised afresh from now on (not taken from a memo)."""
    done: list[str] = []
    inner = dedupe_units._normalise

    def counted(text: str) -> tuple:
        done.append(text)
        return inner(text)

    monkeypatch.setattr(dedupe_units, "_normalise", counted)
    return done


def test_adding_a_text_normalises_only_its_sentences_and_groups_as_a_fresh_build(passages, tmp_path, monkeypatch):
    kept = tmp_path / "memo.pickle"
    dedupe.build(passages[passages["source_id"] == AKINER], kept)
    known = set(memo.load(kept, _version()))
    done = _counting(monkeypatch)
    incremental = dedupe.build(passages, kept)
    afresh = list(done)
    added = passages.loc[passages["source_id"] == ENGVALL, "text"]
    assert afresh and set(afresh) <= (set(added) | {clause for text in added for clause in text.split(";")}) - known
    fresh = dedupe.build(passages)
    assert len(done) > 2 * len(afresh)  # without the memo, the first text's sentences are normalised too
    pd.testing.assert_frame_equal(incremental, fresh)
    assert incremental.to_csv(index=False) == fresh.to_csv(index=False)


def test_the_memo_keeps_only_the_texts_of_the_last_run(passages, tmp_path):
    kept = tmp_path / "memo.pickle"
    dedupe.build(passages, kept)
    one = passages[passages["source_id"] == AKINER]
    dedupe.build(one, kept)
    texts = memo.load(kept, _version())
    assert set(one["text"]) & set(texts) and not set(texts) & (set(passages["text"]) - set(one["text"]))


def test_a_memo_written_by_other_code_or_unreadable_is_not_used(passages, tmp_path):
    kept = tmp_path / "memo.pickle"
    dedupe.build(passages, kept)
    assert memo.load(kept, _version())
    assert memo.load(kept, "other code") is None
    kept.write_bytes(b"not a pickle")
    assert memo.load(kept, _version()) is None
    pd.testing.assert_frame_equal(dedupe.build(passages, kept), dedupe.build(passages))
