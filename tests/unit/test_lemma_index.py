"""The per-sentence index by lemma the rules look words up in (`words.Words.with_lemma`): it must give exactly
the tokens a walk over every token would, in text order, so that a rule reads the same words either way."""

from __future__ import annotations

from pipeline.rules.context import Sentence
from pipeline.rules.parsed import verbs_of
from pipeline.rules.words import Words
from pipeline.text import parse

TEXTS = [
    "The Summit of the CSTO was held in Minsk, and the summits that followed were held in Moscow.",
    "Kazakhstan became a member of the OIC in 1995 and an observer to the EAEU, whose members met in Astana.",
    "Meetings of the member states are not held every year; the last meeting took place in 2019.",
]


def _words(text: str) -> Words:
    return Words(parse.model()(text)[:])


def _walk(words: Words, lemmas) -> list:
    return [t for t in words if t.lemma_.lower() in lemmas]


def test_with_lemma_gives_what_a_walk_over_every_token_gives_in_text_order():
    for text in TEXTS:
        words = _words(text)
        for lemmas in ({"summit"}, {"meeting", "summit"}, {"member", "observer", "state"}, {"hold", "take"}, {"x"}):
            assert [t.i for t in words.with_lemma(lemmas)] == [t.i for t in _walk(words, lemmas)], (text, lemmas)


def test_with_lemma_reads_the_lower_cased_lemma():
    words = _words(TEXTS[0])
    assert [t.text for t in words.with_lemma({"summit"})] == ["Summit", "summits"]


def test_verbs_of_keeps_only_verbs_and_auxiliaries():
    s = Sentence("src", "p1", 0, TEXTS[1], tokens=_words(TEXTS[1]))
    assert [t.text for t in verbs_of(s, {"become", "meet", "member"})] == ["became", "met"]


def test_a_sentence_without_a_parse_has_no_words():
    assert Sentence("src", "p1", 0, "Kazakhstan joined the OIC in 1995.").with_lemma({"join"}) == []
