"""A sentence's parse as a tuple of its tokens, indexed by lemma (`Words`).

Why: the rules read the words of every sentence many times over, and spaCy makes new Token objects at every
read of a Span; `Words` reads them once. It is about the parse alone, not the sentence's mentions or context,
so it lives apart from `Sentence` (`pipeline.rules.context`), which holds one as its `tokens`.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span


class Words(tuple):
    """A sentence's parse as its tokens, each made once: spaCy makes a new Token object every time a Span is
    iterated, and the rules read the words of every sentence, so the Span is read once into a tuple, and indexed
    by lemma once (`with_lemma`) for the rules that look for a few words. `start` and `end` are the Span's (token
    indices into the document); `span` is the Span itself."""

    span: Span

    def __new__(cls, span: Span) -> Words:
        words = super().__new__(cls, span)
        words.span = span
        return words

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @cached_property
    def _by_lemma(self) -> dict[str, list]:
        index: dict[str, list] = {}
        for t in self:
            index.setdefault(t.lemma_.lower(), []).append(t)
        return index

    def with_lemma(self, lemmas: Collection[str]) -> list:
        """The tokens whose lower-cased lemma is one of `lemmas` (no lemma twice), in text order. Most rules look
        for a few nouns or verbs ('member', 'visit', 'summit'): the sentence is indexed by lemma once, so that a
        rule reads the tokens it wants instead of every token's lemma (a string spaCy decodes at every read)."""
        index = self._by_lemma
        hits = [index[k] for k in lemmas if k in index]
        if len(hits) < 2:
            return hits[0] if hits else []
        return sorted((t for tokens in hits for t in tokens), key=_position)


def _position(token) -> int:
    return token.i
