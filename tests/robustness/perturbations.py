"""The perturbations of the invariance harness (tests/robustness/invariance.py): a state's name swapped for another UN
member's, an organisation's for another of the same head noun, the years shifted. Each keeps the sentence's meaning
(articles fitted, states tied to a person or place the sentence names left alone) and says how its facts' ids and
dates should change."""

from __future__ import annotations

import csv
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from tests.helpers import ROOT

DICTIONARIES = ROOT / "raw" / "dictionaries"
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
