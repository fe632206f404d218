"""Invariance of the extraction to the names and years a sentence gives (CheckList-style, Ribeiro et al. 2020).

Why: the rules scored far better on the texts read while writing them than on texts nobody read, and invented
sentences did not close the gap. A rule that fires on 'Armenia joined the CSTO in 1992' should fire the same on
'Peru joined the CSTO in 1989': which state or year a sentence names does not change how it is read. This harness
takes the dev and seed sentences whose facts the pipeline already extracts (at least one gold item of the sentence is found
with its entities), perturbs them, and checks that the keyed candidates change exactly as the perturbation maps them:

- `state`: every occurrence of one state's name (and adjective) as the dictionary spells it is replaced by another
  UN member's (chosen by a hash, single- and multi-word names alike); expected: the same facts with that state id
  swapped (the article's subject too, when it is the state swapped).
- `org`: a dictionary organisation named only by its name or acronym is replaced by another with the same head
  noun and lending role; expected: the same facts with that organisation id swapped.
- `year`: every year 1950-2020 shifts by one constant k (chosen by a hash; never past the text's own year nor
  across 1991/1992, where the post-Soviet states begin); expected: the same facts with their dates shifted.

Only dev and seed texts (raw/evaluation/split.yaml) are read; test sources are never loaded. Each perturbed sentence
falls in the `tune` or `heldout` half by a stable hash of its source sentence: fix rules against tune only.

    .venv/bin/python -m tests.robustness.invariance [--half tune|heldout|all] [--failures]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

import yaml

from tests.helpers import ROOT, candidates

DICTIONARIES = ROOT / "raw" / "dictionaries"
EVALUATION = ROOT / "raw" / "evaluation"
NOT_UN_MEMBERS = {"COK", "CSK", "DDR", "FRO", "NIU", "PSE", "SUN", "TKL", "TWN", "XKX", "YMD", "YUG"}
"""Dictionary states that are not UN members today (dissolved states, territories, partly recognised states)."""
AMBIGUOUS_NAMES = {"Chad", "Jordan", "Georgia", "Turkey", "Guinea", "Niger", "Dominica"}
"""Target names that are also common English words or given names: a changed reading there is not a rule's fault."""
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[01]\d|2020)(?!\d)")
SHIFTS = (-3, 2, -2, 1, -1)


@dataclass(frozen=True)
class Sentence:
    source_id: str
    subject: str | None
    text: str
    year: int

    @property
    def half(self) -> str:
        digest = hashlib.sha256(f"{self.source_id}\n{self.text}".encode()).digest()
        return "tune" if digest[0] % 2 == 0 else "heldout"


@dataclass(frozen=True)
class Perturbed:
    kind: str
    sentence: Sentence
    text: str
    subject: str | None
    ids: tuple  # (old id, new id) pairs for `state`, () for `year`
    shift: int = 0
    renames: tuple = ()  # (slug of the old name, slug of the new) for provisional ids made from a name


# --- keys ---------------------------------------------------------------------------------------------


def keys(text: str, subject: str | None) -> set:
    """Every candidate of one sentence as (type, ...fields, date, modality), parties sorted."""
    out = set()
    for c in candidates(text, None, subject):
        date, modality = c.get("date_edtf"), c.get("modality")
        if "role" in c:
            out.add(("membership", c["state_id"], c["organization_id"], c["role"], date, modality))
        elif "event_type" in c:
            out.add(
                ("organization_event", c["organization_id"], c["event_type"], c.get("state_id"),
                 c.get("counterpart_organization_id"), date, modality)
            )  # fmt: skip
        elif "parties" in c:
            out.add(("agreement", c["kind"], tuple(sorted(c["parties"])), date, modality))
        elif "host_state_id" in c:
            out.add(("visit", c.get("visitor_state_id"), c["host_state_id"], date, modality))
        elif "value" in c:
            out.add(("amount", c["kind"], c["value"], c.get("unit"), c.get("currency"), date, modality))
    return out


def mapped(found: set, p: Perturbed) -> set:
    """The keys `found` should become under perturbation `p`."""
    ids = dict(p.ids)

    def one(value):
        if isinstance(value, tuple):
            return tuple(sorted(ids.get(v, v) for v in value))
        if isinstance(value, str) and p.shift and re.fullmatch(r"[\d/.X-]+", value):
            return YEAR.sub(lambda m: str(int(m.group()) + p.shift), value)
        if isinstance(value, str) and value.startswith("org:new_"):
            for old, new in p.renames:
                value = re.sub(rf"(?<=_){old}(?=_|$)", new, value)
            return value
        return ids.get(value, value)

    return {(k[0], *(one(v) for v in k[1:])) for k in found}


# --- sentences -----------------------------------------------------------------------------------------


def in_sample_sources() -> dict[str, tuple]:
    """Source id -> (text, subject, year) of the dev and seed sources (raw/sources.yaml, raw/evaluation/sources.yaml);
    test sources are dropped by id (raw/evaluation/split.yaml) before any text is read."""
    split = yaml.safe_load((EVALUATION / "split.yaml").read_text(encoding="utf-8"))
    wanted = set(split["dev"]) | set(split["seeds"])
    out = {}
    for folder in (ROOT / "raw", EVALUATION):
        for e in yaml.safe_load((folder / "sources.yaml").read_text(encoding="utf-8")):
            if e["id"] in wanted:
                text = (folder / e["file"]).read_text(encoding="utf-8-sig")
                out[e["id"]] = (text, e.get("subject"), int(e.get("year") or 2020))
    return out


def _gold_items(source_id: str, text: str) -> list[dict]:
    """A dev source's gold items (raw/evaluation/gold), or a seed's (tests/gold/facts.yaml, placed by its quote)."""
    path = EVALUATION / "gold" / f"{source_id}.yaml"
    if path.exists():
        return yaml.safe_load(path.read_text(encoding="utf-8")).get("items") or []
    seeds = yaml.safe_load((ROOT / "tests" / "gold" / "facts.yaml").read_text(encoding="utf-8"))
    items = [i for i in seeds if i["source_id"] == source_id and i["quote"] in text]
    return [{**i, "start": text.index(i["quote"]), "end": text.index(i["quote"]) + len(i["quote"])} for i in items]


def _gold_ids(item: dict) -> set:
    values = [item.get(f) for f in ("state", "organization", "host_state", "visitor_state", "counterpart")]
    values += list(item.get("parties") or [])
    return {v for v in values if isinstance(v, str) and v.startswith(("state:", "org:"))}


def _found(item: dict, found: set) -> bool:
    """A gold item is found when a key of its type holds all its dictionary entities (an amount: its value)."""
    same = [k for k in found if k[0] == item["type"]]
    if item["type"] == "amount":
        return any(k[2] == item.get("value") for k in same)
    ids = _gold_ids(item)
    return bool(ids) and any(ids <= {v for f in k[1:] for v in (f if isinstance(f, tuple) else (f,))} for k in same)


def _sentence_around(text: str, start: int, end: int) -> str | None:
    """The sentence(s) of one paragraph that hold [start, end)."""
    from pipeline.text.sentences import split

    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    if "\n" in text[start:end]:
        return None
    paragraph = text[para_start:para_end]
    spans = [(s, e) for s, e in split(paragraph) if s < end - para_start and e > start - para_start]
    return paragraph[spans[0][0] : spans[-1][1]] if spans else None


def sentences() -> list[tuple[Sentence, set]]:
    """The dev and seed sentences with at least one gold item found, with their original keys."""
    chosen: dict[tuple, list[dict]] = defaultdict(list)
    for source_id, (text, subject, year) in sorted(in_sample_sources().items()):
        for item in _gold_items(source_id, text):
            sentence = _sentence_around(text, item["start"], item["end"])
            if sentence:
                chosen[(source_id, subject, sentence, year)].append(item)
    out = []
    for (source_id, subject, text, year), items in chosen.items():
        found = keys(text, subject)
        if any(_found(item, found) for item in items):
            out.append((Sentence(source_id, subject, text, year), found))
    return out


# --- perturbations -------------------------------------------------------------------------------------


def _rows(name: str) -> list[dict]:
    with open(DICTIONARIES / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


@lru_cache(maxsize=1)
def _aliases() -> tuple[list[tuple[str, str, str]], list[str]]:
    """(state id, alias, form) of every state alias, longest first; every organisation alias."""
    states = [(r["entity_id"], r["alias"], r["form"]) for r in _rows("state_aliases.csv")]
    orgs = [r["alias"] for r in _rows("organization_aliases.csv")]
    return sorted(states, key=lambda r: -len(r[1])), sorted(orgs, key=len, reverse=True)


@lru_cache(maxsize=1)
def _tied() -> dict[str, str]:
    """Alias of a dictionary person or place -> its state: a sentence naming Putin or Vienna keeps Russia or
    Austria in its reading, so swapping that state's name alone would change the meaning."""
    owners = {r["entity_id"]: r["state_id"] for r in _rows("persons.csv") + _rows("places.csv")}
    return {r["alias"]: owners[r["entity_id"]] for r in _rows("person_aliases.csv") + _rows("place_aliases.csv")}


def _pattern(names) -> re.Pattern:
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, dict]:
    states, orgs = _aliases()
    by_alias = {a: (eid, form) for eid, a, form in reversed(states)}
    return _pattern([a for _, a, _ in states]), _pattern(orgs), by_alias


@lru_cache(maxsize=1)
def _targets() -> list[tuple[str, str, str | None]]:
    """(state id, name, adjective or None) of the UN members a state may be swapped for."""
    canonical = {r["entity_id"]: r["name"] for r in _rows("states.csv")}
    states, _ = _aliases()
    names = {(eid, a) for eid, a, form in states if form == "name"}
    adjectives = {eid: a for eid, a, form in states if form == "adjective"}
    return [
        (eid, name, adjectives.get(eid))
        for eid, name in sorted(canonical.items())
        if eid[6:] not in NOT_UN_MEMBERS
        and (eid, name) in names
        and " and " not in name
        and name not in AMBIGUOUS_NAMES
    ]


def _digest(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("\n".join(parts).encode()).digest()[:8], "big")


THE_WORDS = re.compile(r"Republic|States|Islands|Kingdom|Emirates|lands$|ines$|mas$|ives$|ros$|lles$")
"""Names English writes with 'the' (the Czech Republic, the Netherlands, the Philippines)."""


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def _replace(text: str, start: int, end: int, new: str, form: str) -> str:
    """`text` with [start, end) replaced by `new`, its article ('the', 'a'/'an') made to fit."""
    before = text[:start]
    article = re.search(r"(?<!\w)(the|The|an?|An?) $", before)
    if form != "adjective":
        takes_the = bool(THE_WORDS.search(new))
        if article and article.group(1).lower() == "the" and not takes_the:
            before = before[: article.start()]
        elif takes_the and not (article and article.group(1).lower() == "the"):
            new = ("The " if re.search(r"(^|[.!?] )$", before) else "the ") + new
    elif article and article.group(1).lower() in ("a", "an"):
        a = "an" if new[0] in "AEIOU" else "a"
        before = before[: article.start()] + (a.capitalize() if article.group(1)[0] == "A" else a) + " "
    return before + new + text[end:]


def state_swaps(s: Sentence) -> list[Perturbed]:
    """One perturbed sentence per UN member named in `s` whose every mention is a name or an adjective and
    no person or place of which the sentence names."""
    states, orgs, by_alias = _patterns()
    masked = [m.span() for m in orgs.finditer(s.text)]
    mentions = defaultdict(list)
    for m in states.finditer(s.text):
        if not any(a <= m.start() and m.end() <= b for a, b in masked):
            mentions[by_alias[m.group()][0]].append((m.start(), m.end(), by_alias[m.group()][1]))
    tied = {state for alias, state in _tied().items() if re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", s.text)}
    present = set(mentions) | tied
    out = []
    for old, spans in sorted(mentions.items()):
        if old[6:] in NOT_UN_MEMBERS or old in tied:
            continue
        if any(form not in ("name", "short", "adjective") for _, _, form in spans):
            continue
        needs_adjective = any(form == "adjective" for _, _, form in spans)
        h = _digest(s.text, old)
        pool = [t for t in _targets() if t[0] not in present and t[0] != "state:KAZ" and (t[2] or not needs_adjective)]
        for words in (False, True):  # one single-word name, one of several words
            kind = [t for t in pool if (" " in t[1]) == words]
            new, name, adjective = kind[h % len(kind)]
            text, renames = s.text, {}
            for start, end, form in sorted(spans, reverse=True):
                replacement = adjective if form == "adjective" else name
                renames[_slug(s.text[start:end])] = _slug(replacement)
                text = _replace(text, start, end, replacement, form)
            subject = new if s.subject == old else s.subject
            out.append(Perturbed("state", s, text, subject, ((old, new),), renames=tuple(renames.items())))
    return out


HEAD = re.compile(r"^(.*?)\s+(?:of|for|on|in)\s")


def _head(name: str) -> str:
    """The head noun of an organisation's name: 'Organization' of 'Organization of the Islamic Conference'."""
    m = HEAD.match(name)
    return (m.group(1) if m else name).split()[-1].lower().replace("organisation", "organization")


@lru_cache(maxsize=1)
def _organizations() -> tuple[dict, dict]:
    """Organisation id -> (name, acronym, head noun, lender) of those with no parent or successor; alias -> (id,
    form) of their names and acronyms."""
    orgs = {
        r["entity_id"]: (r["name"], r["acronym"] or None, _head(r["name"]), r["is_lender"])
        for r in _rows("organizations.csv")
        if not r["parent_id"] and not r["successor_id"]
    }
    forms = {r["alias"]: (r["entity_id"], r["form"]) for r in _rows("organization_aliases.csv")}
    return orgs, forms


def organization_swaps(s: Sentence) -> list[Perturbed]:
    """One perturbed sentence per dictionary organisation named in `s` only by its name or acronym: both replaced
    by another organisation's with the same head noun ('Organization', 'Bank', 'Union') and lending role."""
    orgs, forms = _organizations()
    _, pattern, _ = _patterns()
    mentions = defaultdict(list)
    for m in pattern.finditer(s.text):
        eid, form = forms.get(m.group(), (None, None))
        mentions[eid].append((m.start(), m.end(), form))
    out = []
    for old, spans in sorted((k, v) for k, v in mentions.items() if k in orgs):
        if any(form not in ("name", "acronym") for _, _, form in spans):
            continue
        name, acronym, head, lender = orgs[old]
        needs_acronym = any(form == "acronym" for _, _, form in spans)
        pool = [
            (eid, o) for eid, o in sorted(orgs.items())
            if eid not in mentions and o[2] == head and o[3] == lender and (o[1] or not needs_acronym)
        ]  # fmt: skip
        if not pool:
            continue
        new, (new_name, new_acronym, _, _) = pool[_digest(s.text, old) % len(pool)]
        text, renames = s.text, {}
        for start, end, form in sorted(spans, reverse=True):
            replacement = new_acronym if form == "acronym" else new_name
            renames[_slug(s.text[start:end])] = _slug(replacement)
            text = text[:start] + replacement + text[end:]
        subject = new if s.subject == old else s.subject
        out.append(Perturbed("org", s, text, subject, ((old, new),), renames=tuple(renames.items())))
    return out


def year_shift(s: Sentence) -> list[Perturbed]:
    """`s` with every year 1950-2020 moved by one k that keeps each year on its side of 1991/1992 and not
    after the text's own year; none when the sentence gives no such year."""
    years = [int(y) for y in YEAR.findall(s.text)]
    if not years:
        return []
    h = _digest(s.text, "year")
    order = SHIFTS[h % len(SHIFTS) :] + SHIFTS[: h % len(SHIFTS)]
    for k in order:
        if all((y <= 1991) == (y + k <= 1991) and y + k <= s.year for y in years):
            text = YEAR.sub(lambda m, k=k: str(int(m.group()) + k), s.text)
            return [Perturbed("year", s, text, s.subject, (), k)]
    return []


# --- the run -------------------------------------------------------------------------------------------


def run(half: str = "all") -> list[dict]:
    """Each perturbed sentence of `half` with its expected and found keys and whether they agree."""
    results = []
    for s, found in sentences():
        if half != "all" and s.half != half:
            continue
        for p in state_swaps(s) + year_shift(s) + organization_swaps(s):
            expected, got = mapped(found, p), keys(p.text, p.subject)
            results.append({"p": p, "expected": expected, "got": got, "ok": expected == got})
    return results


def rates(results: list[dict]) -> dict:
    """Invariance by perturbation kind, overall and per fact type: (invariant, total)."""
    counts: dict = defaultdict(Counter)
    for r in results:
        kind = r["p"].kind
        counts[(kind, "all")]["n"] += 1
        counts[(kind, "all")]["ok"] += r["ok"]
        for t in {k[0] for k in r["expected"]}:
            same = {k for k in r["expected"] if k[0] == t} == {k for k in r["got"] if k[0] == t}
            counts[(kind, t)]["n"] += 1
            counts[(kind, t)]["ok"] += same
    return {key: (c["ok"], c["n"]) for key, c in sorted(counts.items())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("tune", "heldout", "all"), default="all")
    ap.add_argument("--failures", action="store_true", help="print each tune sentence whose keys changed")
    args = ap.parse_args()
    results = run(args.half)
    for half in ("tune", "heldout"):
        for (kind, t), (ok, n) in rates([r for r in results if r["p"].sentence.half == half]).items():
            print(f"{half:7} {kind:6} {t:20} {ok:4}/{n:<4} {ok / n:.3f}")
    for r in results if args.failures else []:
        p = r["p"]
        if not r["ok"] and p.sentence.half == "tune":  # the held-out half's failures stay unread
            print(f"\n[{p.kind} {p.ids or p.shift}] {p.sentence.source_id}\n  {p.text}")
            print("  missing:", sorted(r["expected"] - r["got"], key=str))
            print("  extra:  ", sorted(r["got"] - r["expected"], key=str))


if __name__ == "__main__":
    main()
