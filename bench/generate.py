"""Benchmark corpora: the two real texts plus sentences drawn from them and from look-alikes, with replacement.

A corpus at scale k has about k times as many sentences as the two texts together:

* the two real texts (`REAL_SOURCES`, the essays), as they are in raw/; their own repeats, listed in
  `REAL_GROUPS`, are known. The other texts of raw/ are left out of the benchmark: nobody has listed
  their repeats, so the truth would call every true repeat among them a false pair;
* (k - 1) x that many sentences in synthetic sources (`synth_0001`, ...), each drawn with replacement
  from a pool of base sentences (`POOL_SHARE` of the drawn count): every real sentence of at least
  `MIN_POOL_TOKENS` tokens, and filler sentences made from a random real sentence (or the head of
  one spliced to the tail of another) by keeping its function words and punctuation and replacing
  content words (at most `MAX_KEEP` of them survive; the others become words of the real texts or
  seeded pseudo-words; every number is redrawn). Fillers read like the essays but are not
  near-duplicates of each other or of the real sentences;
* `EDIT_SHARE` of the drawn sentences carry one light edit (`EDITS`), the others are exact copies.

The truth: sentences drawn from one base are one duplicate group, and the members of a real repeat
share a base. Everything is drawn from one seeded `random.Random`, so a scale and seed give the same
corpus.
"""

from __future__ import annotations

import bisect
import random
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.stages import s1_ingest as ingest
from pipeline.stages import s2_segment as segment
from pipeline.stages import s4_dedupe_text as dedupe_text

ROOT = Path(__file__).resolve().parents[1]
SEED = 2015
REAL_SOURCES = ("akiner_efp", "engvall_cornell_2015")
"""The texts of raw/ the benchmark is drawn from: the two essays, whose repeats `REAL_GROUPS` lists."""
POOL_SHARE = 0.3
"""Base sentences in the pool, as a share of the drawn sentences (so each base is drawn about 3 times)."""
EDIT_SHARE = 0.5
"""Share of the drawn sentences that carry one edit."""
MIN_POOL_TOKENS = 10
"""Only real sentences with at least this many tokens are drawn (shorter ones never pair on their own)."""
MAX_KEEP = 0.4
"""A filler keeps a random subset of at most this share of its template's content words, never two
neighbouring ones."""
MIN_TEMPLATE_WORDS = 6
"""Only real sentences with at least this many content words serve as filler templates."""
REAL_WORD_P = 0.5
"""Probability that a replaced content word comes from the real vocabulary (else a pseudo-word)."""
N_PSEUDO_WORDS = 40_000
SOURCE_SENTENCES = 400
"""Filler sentences per synthetic source."""
EDITS = ("swap", "substitute", "number", "split", "spelling")
"""swap: two content words trade places; substitute: one or two content words replaced; number: every
number changed; split: the sentence cut in two at a comma or conjunction (a two-sentence window);
spelling: British/American spelling, transliteration and typographic variants."""

REAL_GROUPS = [
    [
        "Accords signed in 2006 included an agreement on the renting",
        "Accords signed in 2006 included an agreement on the renting#2",
    ],
    ["Joint military exercises are held on the territories", "They were also developing a single system"],
    ["Kazakhstani-Russian military co-operation continued", "Kazakhstani-Russian military co-operation has also"],
    ["In 2009, the two countries agreed", "In 2009, during President Nazarbaev", "In return, Chinese companies"],
    ["Another contentious issue was the utilization", "One concerned the utilization"],
    ["A joint commission was established in 2000", "In Kazakhstan there were fears that the Cherny"],
    ["However, in 2008, when Beijing proposed", "In 2010 China proposed that Chinese farmers"],
    ["In the 2000s, however, there was an upsurge", "Trade with Turkey, after a slow start"],
    ["Links with Arab countries, notably Qatar", "Links with the Middle East have also been developed"],
]
"""The repeats already in the Akiner essay (opening words; '#2' = the second sentence so opening)."""

SPELLING_VARIANTS = {
    "co-operation": "cooperation",
    "cooperation": "co-operation",
    "Co-operation": "Cooperation",
    "Cooperation": "Co-operation",
    "co-operate": "cooperate",
    "co-ordinated": "coordinated",
    "organisation": "organization",
    "organization": "organisation",
    "Organization": "Organisation",
    "organisations": "organizations",
    "organizations": "organisations",
    "Nazarbayev": "Nazarbaev",
    "Nazarbaev": "Nazarbayev",
    "centre": "center",
    "defence": "defense",
    "programme": "program",
    "favour": "favor",
    "neighbour": "neighbor",
    "neighbouring": "neighboring",
    "recognised": "recognized",
    "emphasised": "emphasized",
    "institutionalised": "institutionalized",
    "characterised": "characterized",
    "labour": "labor",
    "manoeuvres": "maneuvers",
    "Uigur": "Uyghur",
}
TYPOGRAPHIC = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u201c": '"', "\u201d": '"'})
"""Typographic quotes and dashes -> straight ones, a table for `str.translate`."""
SYNONYMS = {
    "agreement": "accord",
    "agreements": "accords",
    "signed": "concluded",
    "established": "set up",
    "important": "significant",
    "major": "large",
    "began": "started",
    "country": "state",
    "countries": "states",
    "relations": "ties",
    "visit": "trip",
    "meeting": "summit",
    "strong": "robust",
    "increase": "raise",
    "support": "backing",
    "developed": "built",
    "development": "growth",
    "cooperation": "collaboration",
    "co-operation": "collaboration",
    "joint": "common",
    "role": "part",
}
WORD = re.compile(r"[A-Za-z][A-Za-z\u2019'-]*[A-Za-z]|[A-Za-z]")
NUMBER = re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?")


@dataclass
class Corpus:
    scale: int
    seed: int
    texts: dict[str, str]  # the synthetic sources' texts, by source_id (the real ones stay in raw/)
    truth: dict[str, list[tuple[int, int, int]]]  # source_id -> (char_start, char_end, base) per sentence
    n_drawn: int


def real_sentences() -> pd.DataFrame:
    """The non-heading sentences of the `REAL_SOURCES` texts in raw/, as the project's own stages segment them."""
    entries, data = ingest.load(ROOT / "raw")
    _, documents, boilerplate = ingest.build([e for e in entries if e["id"] in REAL_SOURCES], data)
    passages = segment.build(documents, boilerplate)
    sentences = passages[(passages["kind"] == "sentence") & ~passages["is_heading"].astype(bool)]
    return sentences.sort_values(["source_id", "ordinal"]).reset_index(drop=True)


def _pseudo_words(rng: random.Random, n: int) -> list[str]:
    onsets = [
        "b",
        "d",
        "f",
        "g",
        "k",
        "l",
        "m",
        "n",
        "p",
        "r",
        "s",
        "t",
        "v",
        "z",
        "br",
        "kr",
        "st",
        "tr",
        "sh",
        "ch",
        "dr",
        "gl",
        "pl",
        "sk",
    ]
    vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ia"]
    codas = ["", "", "n", "r", "s", "l", "m", "k", "t", "nd", "rt", "st"]
    words: set[str] = set()
    while len(words) < n:
        syllables = rng.randint(2, 4)
        words.add("".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(syllables)) + rng.choice(codas))
    return sorted(words)


def _is_content(word: str) -> bool:
    return word.lower().replace("\u2019", "'").split("'")[0] not in dedupe_text.STOPWORDS


def _match_case(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


def _template(rng: random.Random, body: list[str]) -> str:
    """A real sentence, or (half the time) the head of one joined to the tail of another at a comma."""
    first = rng.choice(body)
    if rng.random() < 0.5:
        second = rng.choice(body)
        cut_a = [m.start() for m in re.finditer(r",\s", first) if 0.25 * len(first) < m.start() < 0.75 * len(first)]
        cut_b = [m.end() for m in re.finditer(r",\s", second) if 0.25 * len(second) < m.start() < 0.75 * len(second)]
        if cut_a and cut_b:
            return first[: rng.choice(cut_a)] + ", " + second[rng.choice(cut_b) :]
    return first


def _filler(template: str, rng: random.Random, real_vocab: list[str], pseudo: list[str]) -> str:
    """`template` with at most MAX_KEEP of its content words kept (a random subset) and new numbers."""
    spans = [m.span() for m in WORD.finditer(template) if _is_content(m.group(0))]
    # every other content word at most, so that no phrase of the template survives whole
    slots = (
        rng.sample(range(0, len(spans), 2), len(range(0, len(spans), 2)))
        if rng.random() < 0.5
        else rng.sample(range(1, len(spans), 2), len(range(1, len(spans), 2)))
    )
    keep = {spans[i] for i in slots[: rng.randint(0, int(MAX_KEEP * len(spans)))]}

    def word(m: re.Match) -> str:
        w = m.group(0)
        if not _is_content(w) or m.span() in keep:
            return w
        pool = real_vocab if rng.random() < REAL_WORD_P else pseudo
        return _match_case(rng.choice(pool), w)

    def number(m: re.Match) -> str:
        n = m.group(0)
        if re.fullmatch(r"(1[89]|20)\d\d", n):
            return str(rng.randint(1950, 2030))
        return f"{rng.randint(2, 99_999):,}"

    return NUMBER.sub(number, WORD.sub(word, template))


# --- edits ----------------------------------------------------------------------------------------------


def _content_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in WORD.finditer(text) if _is_content(m.group(0)) and len(m.group(0)) > 2]


def edit_swap(text: str, rng: random.Random, vocab: list[str]) -> list[str] | None:
    spans = _content_spans(text)
    if len(spans) < 4:
        return None
    (a0, a1), (b0, b1) = sorted(rng.sample(spans, 2))
    return [text[:a0] + text[b0:b1] + text[a1:b0] + text[a0:a1] + text[b1:]]


def edit_substitute(text: str, rng: random.Random, vocab: list[str]) -> list[str] | None:
    spans = _content_spans(text)
    if len(spans) < 5:
        return None
    out = text
    for a0, a1 in sorted(rng.sample(spans, 1 if len(spans) < 12 else 2), reverse=True):
        w = out[a0:a1]
        out = out[:a0] + _match_case(SYNONYMS.get(w.lower()) or rng.choice(vocab), w) + out[a1:]
    return [out] if out != text else None


def edit_number(text: str, rng: random.Random, vocab: list[str]) -> list[str] | None:
    if not NUMBER.search(text):
        return None

    def change(m: re.Match) -> str:
        n = m.group(0)
        if re.fullmatch(r"(1[89]|20)\d\d", n):
            return str(int(n) + rng.choice([-3, -2, -1, 1, 2, 3]))
        value = float(n.replace(",", "")) * rng.choice([2, 3, 5]) + 1
        return f"{value:,.0f}"

    return [NUMBER.sub(change, text)]


def edit_split(text: str, rng: random.Random, vocab: list[str]) -> list[str] | None:
    def middle(pattern: str) -> list[re.Match]:
        return [m for m in re.finditer(pattern, text) if 0.3 * len(text) <= m.start() <= 0.7 * len(text)]

    cuts = middle(r";\s+|,?\s+(?:and|but|while|whereby|which)\s+") or middle(r",\s+")
    if not cuts:
        return None
    m = rng.choice(cuts)
    first, second = text[: m.start()].rstrip(" ,;") + ".", text[m.end() :].strip()
    second = second[:1].upper() + second[1:]
    if len(dedupe_text.match_tokens(first)) < 3 or len(dedupe_text.match_tokens(second)) < 3:
        return None
    return [first, second]


def edit_spelling(text: str, rng: random.Random, vocab: list[str]) -> list[str] | None:
    hits = [m for m in WORD.finditer(text) if m.group(0) in SPELLING_VARIANTS]
    if not hits:
        return None
    out = text
    for m in reversed(hits):
        out = out[: m.start()] + SPELLING_VARIANTS[m.group(0)] + out[m.end() :]
    return [out.translate(TYPOGRAPHIC)]


EDIT_FUNCTIONS = {
    "swap": edit_swap,
    "substitute": edit_substitute,
    "number": edit_number,
    "split": edit_split,
    "spelling": edit_spelling,
}


# --- the corpus -------------------------------------------------------------------------------------------


def generate(scale: int, seed: int = SEED) -> Corpus:
    """The benchmark corpus at `scale` times the real texts' sentence count (see the module docstring)."""
    rng = random.Random(seed * 1000 + scale)
    real = real_sentences()
    base = list(range(len(real)))
    for group in REAL_GROUPS:  # the members of a real repeat share the base of the first
        members = [_find(real, opening) for opening in group]
        for k in members[1:]:
            base[k] = base[members[0]]
    truth: dict[str, list[tuple[int, int, int]]] = {}
    for k, row in enumerate(real.itertuples(index=False)):
        truth.setdefault(row.source_id, []).append((row.char_start, row.char_end, base[k]))
    body = real["text"].tolist()
    templates = [t for t in body if sum(_is_content(w) for w in WORD.findall(t)) >= MIN_TEMPLATE_WORDS]
    vocab = sorted({w.lower() for t in body for w in WORD.findall(t) if _is_content(w)})
    pseudo = _pseudo_words(rng, N_PSEUDO_WORDS)
    n_drawn = (scale - 1) * len(real)
    pool = [(t, base[k]) for k, t in enumerate(body) if len(dedupe_text.match_tokens(t)) >= MIN_POOL_TOKENS]
    next_base = len(real)
    while len(pool) < POOL_SHARE * n_drawn:
        filler = _filler(_template(rng, templates), rng, vocab, pseudo)
        if len(dedupe_text.match_tokens(filler)) >= MIN_POOL_TOKENS:
            pool.append((filler, next_base))
            next_base += 1
    drawn: list[tuple[list[str], int]] = []
    while len(drawn) < n_drawn:
        text, b = rng.choice(pool)
        copy = EDIT_FUNCTIONS[rng.choice(EDITS)](text, rng, vocab) if rng.random() < EDIT_SHARE else None
        drawn.append((copy or [text], b))
    texts = {}
    for n, start in enumerate(range(0, n_drawn, SOURCE_SENTENCES), start=1):
        source_id = f"synth_{n:04d}"
        texts[source_id], truth[source_id] = _text(drawn[start : start + SOURCE_SENTENCES], rng)
    return Corpus(scale, seed, texts, truth, n_drawn)


def _find(real: pd.DataFrame, opening: str) -> int:
    """Row of the n-th Akiner sentence starting with `opening` ("...#2" for the second)."""
    text, _, nth = opening.partition("#")
    hits = real.index[(real["source_id"] == "akiner_efp") & real["text"].str.startswith(text)].tolist()
    return hits[int(nth or 1) - 1]


def _text(sentences: list[tuple[list[str], int]], rng: random.Random) -> tuple[str, list[tuple[int, int, int]]]:
    """A source's text (paragraphs of 3 to 9 drawn sentences, one per line) and each sentence's span and base."""
    lines, spans, offset, k = [], [], 0, 0
    while k < len(sentences):
        size = rng.randint(3, 9)
        parts: list[str] = []
        for pieces, b in sentences[k : k + size]:
            for piece in pieces:
                start = offset + sum(len(p) + 1 for p in parts)
                spans.append((start, start + len(piece), b))
                parts.append(piece)
        line = " ".join(parts)
        lines.append(line)
        offset += len(line) + 1
        k += size
    return "\n".join(lines) + "\n", spans


def base_of(passages: pd.DataFrame, corpus: Corpus) -> dict[str, int]:
    """passage_id -> base of every sentence passage, by the drawn sentence its start falls in."""
    out = {}
    for source_id, rows in passages[passages["kind"] == "sentence"].groupby("source_id"):
        spans = corpus.truth.get(source_id, [])
        starts = [s for s, _, _ in spans]
        for pid, start in zip(rows["passage_id"], rows["char_start"]):
            at = bisect.bisect_right(starts, start) - 1
            if at >= 0 and start < spans[at][1]:
                out[pid] = spans[at][2]
    return out


if __name__ == "__main__":
    corpus = generate(3)
    print(corpus.n_drawn, "drawn sentences in", len(corpus.texts), "sources")
    print(next(iter(corpus.texts.values()))[:1500])
