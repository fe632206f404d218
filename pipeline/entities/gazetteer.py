"""The finder of the mentions of the curated states, organisations, persons and places in a text.

Why: every fact names its actors by `entity_id`, so the spellings must be found in the text the same
way everywhere. The dictionaries it reads are loaded and checked by `pipeline.inputs.dictionaries`.

Matching conventions (`Gazetteer.find`):
- Exact and case-sensitive ('US' never matches the pronoun 'us'; 'EU' never 'EUR'), at word
  boundaries; a possessive is left outside the mention ("Kazakhstan’s" -> 'Kazakhstan').
- Curly and straight apostrophes (and Unicode hyphens) are matched alike: a length-preserving copy
  of the text is searched, so offsets point into the original. Spaces in an alias match any run of
  whitespace; a hyphen in an alias also matches an en dash.
- The longest match wins and mentions never overlap, so an organisation's name takes precedence
  over the state words inside it ('Export-Import Bank of China', 'Development Bank of Kazakhstan').
- An alias ending in '-' is a combining form ('Russo-'): it matches only before a hyphen and the
  mention leaves the hyphen out ('Russo-Georgian' -> 'Russo', adjective of Russia, 'Georgian').
- Context changes a state mention's form: a name used as a hyphenated modifier is an adjective
  ('US-led', 'Russia-led', 'Ankara-led'); an adjective used as a noun after 'the' is a demonym
  ('the Kyrgyz and the ethnic Uzbek population'). 'US $' is a currency and 'non-UN' a negation:
  neither is a mention.
- A capital that names its government ('Beijing proposed', 'towards Tehran') is listed twice: as a
  capital_metonym of its state and as a place. It is the place after a locative preposition ('visit
  to Beijing', 'in Astana') or a verb of visiting ('visited Paris'), before '-based' or at the start
  of a proper name ('the Astana Commemorative Declaration'), and the state otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from pipeline.text.spans import longest_first
from schemas.inputs import ALIASES_OF, ENTITY_TYPES

# --- matching -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EntityMention:
    """An entity named in a text: offsets relative to that text, end exclusive."""

    char_start: int
    char_end: int
    text: str
    entity_id: str
    entity_type: str
    """state, organization, person or place."""
    form: str
    """name, short, abbreviation, acronym, adjective, demonym, capital_metonym, former_name, variant
    or alias (a person's other name)."""
    rule_id: str
    """entity.alias, or the context rule that set the form or entity: entity.hyphen_adjective,
    entity.demonym, entity.capital_metonym, entity.capital_place."""


@dataclass(frozen=True)
class _Entry:
    entity_id: str
    entity_type: str
    form: str


SAME_CHARACTER = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'", "\u2010": "-", "\u2011": "-"})
"""Characters matched alike; each maps to one character, so offsets in the copy are offsets in the text."""
NEGATED = re.compile(r"(?<!\w)non-$", re.IGNORECASE)
CURRENCY = re.compile(r"\s?\$|\s+dollars?\b")
HYPHEN_MODIFIER = re.compile(r"-[a-z]")
LOCATIVE = re.compile(
    r"(?:(?<!\w)(?:in|at|to|into|near|via|outside|inside|within|visited|visiting)\s+|\(\s*)$", re.IGNORECASE
)
PLACE_AFTER = re.compile(r"-based\b|\s+[A-Z][a-z]")
"""'Tehran-based'; a capital that opens a proper name ('the Astana Commemorative Declaration',
'the Tashkent Declaration') is the place the name is taken from."""
NOUN_AFTER_THE = (
    re.compile(r"(?<!\w)the\s+$", re.IGNORECASE),
    re.compile(
        r"\s*(?:$|[,.;:)]|\s+(?:(?:and|or)\s+the|who|which|is|are|was|were|has|have|had|"
        r"did|do|does|will|would|could|can|may|might)\b)"
    ),
)
"""An adjective after 'the' and before a clause's end, 'and the' or a verb is a noun: a demonym."""
NOT_AFTER = dict.fromkeys(("American", "Americans"), re.compile(r"(?<!\w)(?:Latin|Central|South|North|Native)\s+$"))
"""Words that make another entity of an alias ('Latin American' is not the USA)."""
COMPASS_BEFORE = re.compile(r"(?<!\w)(?:North|South|East|West|Northern|Southern|Eastern|Western)\s+$")
"""A capitalised compass word before a state's name makes the name of another place: 'Northern Cyprus',
'Northern Ireland', 'East Germany', 'South Ossetian' are not Cyprus, Ireland, Germany or Ossetia. Where the
longer name is a state itself ('North Korea', 'South Africa') the dictionary lists it and the longer match wins."""
WORDS_IN_CAPITALS = frozenset({"US", "RATS"})
"""Acronyms that are ordinary words in an all-capitals heading ('TELL US')."""
ACTOR_FORMS = frozenset({"name", "short", "abbreviation", "capital_metonym"})
"""Forms that name a state as an actor ('Russia', 'the USA', 'Beijing'); adjectives ('US-led',
'Chinese') describe something else and are not actors."""


BRITISH = re.compile(r"(?<=[Oo]rgani)s(?=ation)")
"""'Organisation' and 'Organization' are one word: the genre writes both ('the Organisation of Turkic States', the
dictionary 'Organization of Turkic States'), so a name in one spelling is found in the other. One character for
one, so offsets in the copy are offsets in the text."""


def spelled_alike(text: str) -> str:
    """The text with its spelling variants unified (`SAME_CHARACTER`, `BRITISH`), character for character."""
    return BRITISH.sub("z", text.translate(SAME_CHARACTER))


def surface_key(surface: str) -> str:
    """The lookup key of a surface form: apostrophes, hyphens and spellings unified, whitespace collapsed, a
    combining form's trailing hyphen dropped."""
    key = re.sub(r"\s+", " ", spelled_alike(surface)).replace("–", "-").strip()
    return key[:-1] if key.endswith("-") and len(key) > 1 else key


def _pattern(alias: str) -> str:
    combining = alias.endswith("-")
    body = surface_key(alias)
    parts = []
    for piece in re.split(r"(\s+|-)", body):
        if not piece:
            continue
        parts.append(r"\s+" if piece.isspace() else "[-–]" if piece == "-" else re.escape(piece))
    return "".join(parts) + (r"(?=-)" if combining else r"(?!\w)")


def _alternatives(patterns: dict[str, str]) -> str:
    """The patterns (by surface key) as one alternation, longest pattern first, grouped by the
    character they start with: `re` tries the branches of an alternation one by one at every word
    start, so thousands of names cost thousands of tries there; grouped, it tries one per first
    character and then only the names starting with the character it sees. Only one group can match
    at a position and each keeps the names' order, so the name that matches is the one the plain
    alternation would take."""
    groups: dict[str, list[str]] = {}
    for key, pattern in sorted(patterns.items(), key=lambda kp: (-len(kp[1]), kp[1])):
        first = re.escape(key[0])
        head = first if not key.startswith("-") and pattern.startswith(first) else ""
        groups.setdefault(head, []).append(pattern[len(head) :])
    return "|".join(f"{head}(?:{'|'.join(rest)})" for head, rest in groups.items())


class Gazetteer:
    """Finds the dictionaries' entities in a text."""

    def __init__(self, dicts: dict[str, pd.DataFrame]):
        self.entries: dict[str, list[_Entry]] = {}
        patterns: dict[str, str] = {}
        aliases_of = {target: stem for stem, target in ALIASES_OF.items()}
        for stem, entity_type in ENTITY_TYPES.items():
            entities = dicts[stem]
            names = dict(zip(entities["entity_id"], entities["name"]))
            for row in dicts[aliases_of[stem]].itertuples(index=False):
                form = getattr(row, "form", None)
                if not isinstance(form, str):
                    form = "name" if row.alias == names.get(row.entity_id) else "alias"
                self._add(patterns, row.alias, _Entry(row.entity_id, entity_type, form))
            for entity_id, name in names.items():
                self._add(patterns, name, _Entry(entity_id, entity_type, "name"))
            for entity_id, acronym in zip(entities["entity_id"], entities.get("acronym", [None] * len(entities))):
                if isinstance(acronym, str) and acronym:
                    self._add(patterns, acronym, _Entry(entity_id, entity_type, "acronym"))
        self._regex = re.compile(r"(?<!\w)(?=(" + _alternatives(patterns) + "))")

    def _add(self, patterns: dict[str, str], alias: str, entry: _Entry) -> None:
        key = surface_key(alias)
        found = self.entries.setdefault(key, [])
        if all(e.entity_id != entry.entity_id for e in found):
            found.append(entry)
        patterns.setdefault(key, _pattern(alias))

    def find(self, text: str) -> list[EntityMention]:
        """Mentions in `text`, sorted by char_start; the longest match wins and none overlap."""
        copy = spelled_alike(text)
        candidates = []
        for m in self._regex.finditer(copy):
            start, end = m.start(1), m.end(1)
            mention = self._resolve(text, copy, start, end)
            if mention is not None:
                candidates.append(mention)
        chosen = longest_first(candidates, span=lambda c: (c.char_start, c.char_end))
        return sorted(chosen, key=lambda c: c.char_start)

    def _resolve(self, text: str, copy: str, start: int, end: int) -> EntityMention | None:
        """The entity and form of a match in its context, or None when the context rules it out."""
        surface = copy[start:end]
        before, after = copy[max(0, start - 40) : start], copy[end : end + 40]
        if NEGATED.search(before):
            return None
        not_after = NOT_AFTER.get(surface)
        if not_after is not None and not_after.search(before):
            return None
        if surface in WORDS_IN_CAPITALS and _in_capitals(copy, start, end):
            return None
        entries = self.entries[surface_key(surface)]
        rule = "entity.alias"
        entry = entries[0]
        if entry.entity_type == "state" and COMPASS_BEFORE.search(before):
            return None
        if len(entries) > 1:
            as_place = bool(LOCATIVE.search(before) or PLACE_AFTER.match(after))
            entry = next((e for e in entries if (e.entity_type == "place") == as_place), entry)
            rule = "entity.capital_place" if as_place else "entity.capital_metonym"
        form = entry.form
        if entry.entity_type == "state":
            if form == "abbreviation" and CURRENCY.match(after):
                return None
            if form in ACTOR_FORMS and HYPHEN_MODIFIER.match(after):
                form, rule = "adjective", "entity.hyphen_adjective"
            elif form == "adjective" and NOUN_AFTER_THE[0].search(before) and NOUN_AFTER_THE[1].match(after):
                form, rule = "demonym", "entity.demonym"
        return EntityMention(start, end, text[start:end], entry.entity_id, entry.entity_type, form, rule)


def _in_capitals(text: str, start: int, end: int) -> bool:
    """True when the words around text[start:end], on its line, are written in capitals (a heading)."""
    window = text[max(0, start - 20) : start].rsplit("\n", 1)[-1] + " " + text[end : end + 20].split("\n", 1)[0]
    return not any(c.islower() for c in window) and re.search(r"[A-Z]{2,}", window) is not None
