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

The perturbations are in tests/robustness/perturbations.py.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict

import yaml

from tests.helpers import ROOT, candidates
from tests.robustness.perturbations import YEAR, Perturbed, Sentence, organization_swaps, state_swaps, year_shift

EVALUATION = ROOT / "raw" / "evaluation"

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
