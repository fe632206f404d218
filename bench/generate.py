"""Benchmark corpora for the dedupe stage: the two real texts, filler sentences, planted near-duplicates.

A corpus at scale k has about k times as many sentences as the two texts together:

* the two real texts, segmented by the project's own ingest and segment stages (their own repeats,
  listed in `REAL_GROUPS`, are known true pairs);
* (k - 1) x that many filler sentences in synthetic sources (`synth_0001`, ...), each made from a
  random real sentence (or the head of one spliced to the tail of another) by keeping its function
  words and punctuation and replacing content words: a random subset of at most `MAX_KEEP` of them
  survives, the others become words drawn from the real texts' vocabulary or seeded pseudo-words,
  and every number is redrawn. Fillers read like the essays but are not near-duplicates of each
  other or of the real sentences;
* planted near-duplicates: `PLANT_RATE` of the sentences get a copy with one known edit
  (`EDITS`), inserted at a random place of a random paragraph of any source.

Everything is drawn from one seeded `random.Random`, so a scale and seed give the same corpus.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline import dedupe, ingest, segment

ROOT = Path(__file__).resolve().parents[1]
SEED = 2015
PLANT_RATE = 0.05
"""Share of the corpus's sentences that get a planted near-duplicate copy."""
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
    ["Accords signed in 2006 included an agreement on the renting",
     "Accords signed in 2006 included an agreement on the renting#2"],
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
    "co-operation": "cooperation", "cooperation": "co-operation", "Co-operation": "Cooperation",
    "Cooperation": "Co-operation", "co-operate": "cooperate", "co-ordinated": "coordinated",
    "organisation": "organization", "organization": "organisation", "Organization": "Organisation",
    "organisations": "organizations", "organizations": "organisations", "Nazarbayev": "Nazarbaev",
    "Nazarbaev": "Nazarbayev", "centre": "center", "defence": "defense", "programme": "program",
    "favour": "favor", "neighbour": "neighbor", "neighbouring": "neighboring", "recognised": "recognized",
    "emphasised": "emphasized", "institutionalised": "institutionalized", "characterised": "characterized",
    "labour": "labor", "manoeuvres": "maneuvers", "Uigur": "Uyghur",
}
TYPOGRAPHIC = {"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u201c": '"', "\u201d": '"'}
SYNONYMS = {
    "agreement": "accord", "agreements": "accords", "signed": "concluded", "established": "set up",
    "important": "significant", "major": "large", "began": "started", "country": "state",
    "countries": "states", "relations": "ties", "visit": "trip", "meeting": "summit", "strong": "robust",
    "increase": "raise", "support": "backing", "developed": "built", "development": "growth",
    "cooperation": "collaboration", "co-operation": "collaboration", "joint": "common", "role": "part",
}
WORD = re.compile(r"[A-Za-z][A-Za-z\u2019'-]*[A-Za-z]|[A-Za-z]")
NUMBER = re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?")


@dataclass
class Corpus:
    scale: int
    seed: int
    passages: pd.DataFrame
    planted: list[dict] = field(default_factory=list)  # {edit, original: [ids], copy: [ids]}
    real_groups: list[list[str]] = field(default_factory=list)

    @property
    def n_sentences(self) -> int:
        return int((self.passages["kind"] == "sentence").sum())


@dataclass
class _Sentence:
    text: str
    heading: bool = False
    key: int = -1
    split_tail: bool = False  # second half of a split copy: nothing may be inserted before it


def real_sources() -> dict[str, list[list[_Sentence]]]:
    """source_id -> paragraphs -> sentences of the two real texts."""
    _, documents, boilerplate = ingest.build(*ingest.load(ROOT / "raw"))
    passages = segment.build(documents, boilerplate)
    sents = passages[passages["kind"] == "sentence"].sort_values(["source_id", "ordinal"])
    out: dict[str, dict[str, list[_Sentence]]] = {}
    for row in sents.itertuples(index=False):
        out.setdefault(row.source_id, {}).setdefault(row.parent_passage_id, []).append(
            _Sentence(row.text, bool(row.is_heading)))
    return {s: list(paragraphs.values()) for s, paragraphs in out.items()}


def _pseudo_words(rng: random.Random, n: int) -> list[str]:
    onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "kr", "st", "tr",
              "sh", "ch", "dr", "gl", "pl", "sk"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ia"]
    codas = ["", "", "n", "r", "s", "l", "m", "k", "t", "nd", "rt", "st"]
    words: set[str] = set()
    while len(words) < n:
        syllables = rng.randint(2, 4)
        words.add("".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(syllables)) + rng.choice(codas))
    return sorted(words)


def _is_content(word: str) -> bool:
    return word.lower().replace("\u2019", "'").split("'")[0] not in dedupe.STOPWORDS


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
            return first[:rng.choice(cut_a)] + ", " + second[rng.choice(cut_b):]
    return first


def _filler(template: str, rng: random.Random, real_vocab: list[str], pseudo: list[str]) -> str:
    """`template` with at most MAX_KEEP of its content words kept (a random subset) and new numbers."""
    spans = [m.span() for m in WORD.finditer(template) if _is_content(m.group(0))]
    # every other content word at most, so that no phrase of the template survives whole
    slots = rng.sample(range(0, len(spans), 2), len(range(0, len(spans), 2))) if rng.random() < 0.5 else \
        rng.sample(range(1, len(spans), 2), len(range(1, len(spans), 2)))
    keep = {spans[i] for i in slots[:rng.randint(0, int(MAX_KEEP * len(spans)))]}

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
    first, second = text[:m.start()].rstrip(" ,;") + ".", text[m.end():].strip()
    second = second[:1].upper() + second[1:]
    if len(dedupe.match_tokens(first)) < 3 or len(dedupe.match_tokens(second)) < 3:
        return None
    return [first, second]


def edit_spelling(text: str, rng: random.Random, vocab: list[str]) -> list[str] | None:
    hits = [m for m in WORD.finditer(text) if m.group(0) in SPELLING_VARIANTS]
    if not hits:
        return None
    out = text
    for m in reversed(hits):
        out = out[:m.start()] + SPELLING_VARIANTS[m.group(0)] + out[m.end():]
    return [out.translate(str.maketrans(TYPOGRAPHIC))]


EDIT_FUNCTIONS = {"swap": edit_swap, "substitute": edit_substitute, "number": edit_number, "split": edit_split,
                  "spelling": edit_spelling}


# --- the corpus -------------------------------------------------------------------------------------------

def generate(scale: int, seed: int = SEED) -> Corpus:
    """The benchmark corpus at `scale` times the two texts' sentence count (see the module docstring)."""
    rng = random.Random(seed * 1000 + scale)
    sources = real_sources()
    real = [s for paragraphs in sources.values() for p in paragraphs for s in p]
    n_real = len(real)
    body = [s.text for s in real if not s.heading]
    templates = [t for t in body if sum(_is_content(w) for w in WORD.findall(t)) >= MIN_TEMPLATE_WORDS]
    headings = [s.text for s in real if s.heading]
    vocab = sorted({w.lower() for s in body for w in WORD.findall(s) if _is_content(w)})
    pseudo = _pseudo_words(rng, N_PSEUDO_WORDS)

    n_filler = (scale - 1) * n_real
    for k in range(0, n_filler, SOURCE_SENTENCES):
        paragraphs: list[list[_Sentence]] = []
        remaining = min(SOURCE_SENTENCES, n_filler - k)
        while remaining > 0:
            if rng.random() < 0.12:
                paragraphs.append([_Sentence(_filler(rng.choice(headings), rng, vocab, pseudo), heading=True)])
                remaining -= 1
                continue
            size = min(remaining, rng.randint(3, 9))
            paragraphs.append([_Sentence(_filler(_template(rng, templates), rng, vocab, pseudo))
                               for _ in range(size)])
            remaining -= size
        sources[f"synth_{k // SOURCE_SENTENCES + 1:04d}"] = paragraphs

    # keys identify sentences while copies are being inserted
    all_sentences = [s for paragraphs in sources.values() for p in paragraphs for s in p]
    for key, s in enumerate(all_sentences):
        s.key = key
    real_group_keys = _real_group_keys(sources["akiner_efp"])
    excluded = {k for group in real_group_keys for k in group}
    eligible = [s for s in all_sentences if not s.heading and s.key not in excluded
                and len(dedupe.match_tokens(s.text)) >= 10]
    n_plant = round(PLANT_RATE * len(all_sentences))
    all_paragraphs = [p for paragraphs in sources.values() for p in paragraphs if not p[0].heading]
    # one shuffled pass over the eligible sentences per edit; a sentence is the base of one copy at most
    passes = {edit: iter(rng.sample(eligible, len(eligible))) for edit in EDITS}
    planted, used, next_key = [], set(), len(all_sentences)
    for i in range(n_plant):
        edit = EDITS[i % len(EDITS)]
        for base in passes[edit]:
            copy = None if base.key in used else EDIT_FUNCTIONS[edit](base.text, rng, vocab)
            if copy:
                break
        else:
            continue
        used.add(base.key)
        new = [_Sentence(text, key=next_key + j, split_tail=j > 0) for j, text in enumerate(copy)]
        next_key += len(new)
        paragraph = rng.choice(all_paragraphs)
        at = rng.choice(_boundaries(paragraph))
        paragraph[at:at] = new
        planted.append({"edit": edit, "original": [base.key], "copy": [s.key for s in new]})

    passages, ids = _frame(sources)
    for p in planted:
        p["original"] = [ids[k] for k in p["original"]]
        p["copy"] = [ids[k] for k in p["copy"]]
    real_groups = [[ids[k] for k in group] for group in real_group_keys]
    return Corpus(scale, seed, passages, planted, real_groups)


def _boundaries(paragraph: list[_Sentence]) -> list[int]:
    """Insertion points of a paragraph that do not fall between the two halves of a split copy."""
    return [i for i in range(len(paragraph) + 1) if i in (0, len(paragraph)) or not paragraph[i].split_tail]


def _real_group_keys(paragraphs: list[list[_Sentence]]) -> list[list[int]]:
    sentences = [s for p in paragraphs for s in p]
    groups = []
    for openings in REAL_GROUPS:
        keys = []
        for opening in openings:
            text, _, nth = opening.partition("#")
            hits = [s.key for s in sentences if s.text.startswith(text)]
            keys.append(hits[int(nth or 1) - 1])
        groups.append(keys)
    return groups


def _frame(sources: dict[str, list[list[_Sentence]]]) -> tuple[pd.DataFrame, dict[int, str]]:
    """Sentence rows in the segmenter's shape (offsets into a synthetic raw text per source)."""
    rows, ids = [], {}
    for source_id in sorted(sources):
        offset, n = 0, 0
        for p_no, paragraph in enumerate(sources[source_id], start=1):
            for s in paragraph:
                n += 1
                pid = f"{source_id}:sen{n:04d}"
                ids[s.key] = pid
                rows.append({"passage_id": pid, "source_id": source_id, "kind": "sentence", "ordinal": n,
                             "parent_passage_id": f"{source_id}:par{p_no:03d}", "char_start": offset,
                             "char_end": offset + len(s.text), "text": s.text, "is_heading": s.heading})
                offset += len(s.text) + 1
            offset += 1
    return pd.DataFrame(rows), ids


if __name__ == "__main__":
    corpus = generate(1)
    print(corpus.n_sentences, "sentences,", len(corpus.planted), "planted")
    for p in corpus.planted[:10]:
        text = dict(zip(corpus.passages["passage_id"], corpus.passages["text"]))
        print(p["edit"], "|", " ".join(text[i] for i in p["original"]), "\n   ->", " ".join(text[i] for i in p["copy"]))
    synth = generate(2).passages
    print("\n".join(synth[synth["source_id"].str.startswith("synth")]["text"].head(8)))
