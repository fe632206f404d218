"""Curated dictionaries of states, organisations, persons and places, and the finder of their mentions.

Why: every fact names its actors by `entity_id`, so the ids, codes and spellings must be curated
once, checked strictly, and found in the text the same way everywhere. The dictionaries live in
`raw/dictionaries/` (one CSV per entity type, one per alias list; see `FILES`). A curator's slip
(a malformed code, a repeated id, an alias pointing at no entity) stops the build with one line
naming the file, the line and the fix.

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

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.errors import InputError, display_path
from pipeline.spans import longest_first
from schemas import columns, dtypes
from schemas.base import ENTITY_ID

ENTITY_TYPES = {"states": "state", "organizations": "organization", "persons": "person", "places": "place"}
ALIASES_OF = {
    "state_aliases": "states",
    "organization_aliases": "organizations",
    "person_aliases": "persons",
    "place_aliases": "places",
}
STATE_FORMS = ("name", "short", "abbreviation", "adjective", "demonym", "capital_metonym")
ORGANIZATION_FORMS = ("name", "acronym", "former_name", "variant")
PLACE_FORMS = ("name", "former_name", "variant")
PLACE_KINDS = ("capital", "city", "region", "site")


@dataclass(frozen=True)
class Column:
    name: str
    required: bool = True
    pattern: str | None = None
    """Regular expression a non-empty value must match in full."""
    hint: str = ""
    """What a valid value looks like, for the error message."""
    choices: tuple[str, ...] = ()


TEXT = r"\S(?:.*\S)?"
STATE, ORG, PERSON, PLACE, GROUP = (ENTITY_ID[k] for k in ("state", "org", "person", "place", "group"))
FILES: dict[str, tuple[Column, ...]] = {
    "states": (
        Column("entity_id", pattern=STATE, hint="'state:' and an ISO 3166-1 alpha-3 code, e.g. state:KAZ"),
        Column("name", pattern=TEXT),
        Column("iso3", pattern=r"[A-Z]{3}", hint="3 upper-case letters, e.g. KAZ"),
        Column("cow_ccode", required=False, pattern=r"[1-9][0-9]{0,3}", hint="a positive integer, e.g. 705"),
        Column("cow_stateabb", required=False, pattern=r"[A-Z]{2,3}", hint="2 or 3 upper-case letters, e.g. KZK"),
        Column("source_note", pattern=TEXT),
    ),
    "state_aliases": (
        Column("entity_id", pattern=STATE, hint="an entity_id of states.csv"),
        Column("alias", pattern=TEXT, hint="the words as written, without surrounding spaces"),
        Column("form", choices=STATE_FORMS),
        Column("source_note", pattern=TEXT),
    ),
    "organizations": (
        Column("entity_id", pattern=ORG, hint="'org:' and upper-case letters, digits or _, e.g. org:SCO"),
        Column("name", pattern=TEXT),
        Column("acronym", required=False, pattern=r"\S+", hint="one word, e.g. SCO"),
        Column("cow_ioname", required=False, pattern=r"[A-Za-z][A-Za-z0-9]*", hint="a COW IGO ioname, e.g. AsDB"),
        Column("cow_ionum", required=False, pattern=r"[1-9][0-9]*", hint="a positive integer, e.g. 580"),
        Column("successor_id", required=False, pattern=ORG, hint="an entity_id of organizations.csv"),
        Column("parent_id", required=False, pattern=ORG, hint="an entity_id of organizations.csv"),
        Column("source_note", pattern=TEXT),
    ),
    "organization_aliases": (
        Column("entity_id", pattern=ORG, hint="an entity_id of organizations.csv"),
        Column("alias", pattern=TEXT, hint="the words as written, without surrounding spaces"),
        Column("form", choices=ORGANIZATION_FORMS),
        Column("source_note", pattern=TEXT),
    ),
    "persons": (
        Column("entity_id", pattern=PERSON, hint="'person:' and a lower-case ASCII surname, e.g. person:xi"),
        Column("name", pattern=TEXT),
        Column("office", required=False, pattern=TEXT),
        Column("state_id", required=False, pattern=STATE, hint="an entity_id of states.csv"),
        Column("source_note", pattern=TEXT),
    ),
    "person_aliases": (
        Column("entity_id", pattern=PERSON, hint="an entity_id of persons.csv"),
        Column("alias", pattern=TEXT, hint="the words as written, without surrounding spaces"),
        Column("source_note", pattern=TEXT),
    ),
    "state_groups": (
        Column("entity_id", pattern=GROUP, hint="'group:' and a lower-case ASCII name, e.g. group:central_asia"),
        Column("alias", pattern=TEXT, hint="the words as written, without surrounding spaces"),
        Column(
            "member_ids",
            pattern=rf"{STATE}(?: {STATE})+",
            hint="two or more entity_ids of states.csv separated by single spaces",
        ),
        Column("source_note", pattern=TEXT),
    ),
    "places": (
        Column("entity_id", pattern=PLACE, hint="'place:' and a lower-case ASCII name, e.g. place:almaty"),
        Column("name", pattern=TEXT),
        Column("state_id", required=False, pattern=STATE, hint="an entity_id of states.csv"),
        Column("kind", choices=PLACE_KINDS),
        Column("source_note", pattern=TEXT),
    ),
    "place_aliases": (
        Column("entity_id", pattern=PLACE, hint="an entity_id of places.csv"),
        Column("alias", pattern=TEXT, hint="the words as written, without surrounding spaces"),
        Column("form", choices=PLACE_FORMS),
        Column("source_note", pattern=TEXT),
    ),
}
ENTITY_COLUMNS = columns("entities")
INTEGER_COLUMNS = tuple(c for c, dtype in dtypes("entities").items() if dtype == "Int64")


# --- loading and validation -------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    line: int
    values: dict[str, str]


def load_dictionaries(root: Path) -> dict[str, pd.DataFrame]:
    """Read and check every dictionary in `root` (raw/dictionaries); one frame per file, by stem.

    Empty cells are missing values; cow_ccode and cow_ionum are nullable Int64. Raises InputError
    naming the file and line of the first problem.
    """
    root = Path(root)
    rows = {stem: _read(root / f"{stem}.csv", columns) for stem, columns in FILES.items()}
    _check_references(root, rows)
    return {stem: _frame(rows[stem], FILES[stem]) for stem in FILES}


def _fail(path: Path, line: int | None, problem: str, fix: str) -> InputError:
    where = display_path(path) + (f":{line}" if line is not None else "")
    return InputError(f"{where}: {problem}. {fix.rstrip('.')}.")


def _read(path: Path, columns: tuple[Column, ...]) -> list[_Row]:
    names = [c.name for c in columns]
    if not path.is_file():
        raise _fail(path, None, "file not found", f"Create it with the header {','.join(names)}")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise _fail(path, None, f"byte {exc.start} is not UTF-8", "Save the file as UTF-8") from exc
    text = text.removeprefix("\ufeff")
    reader = csv.reader(text.splitlines(keepends=True))
    header = next(reader, None)
    if header != names:
        raise _fail(path, 1, f"header is {','.join(header or [])!r}", f"The columns must be exactly {','.join(names)}")
    out: list[_Row] = []
    seen: dict[str | tuple[str, str], int] = {}
    for record in reader:
        line = reader.line_num
        if not record:
            continue
        if len(record) != len(names):
            raise _fail(
                path,
                line,
                f"{len(record)} fields where the header has {len(names)}",
                "Quote values that contain commas",
            )
        values = dict(zip(names, record))
        for column in columns:
            _check_value(path, line, column, values[column.name])
        entity_id = values["entity_id"]
        if "alias" in values:
            key = (entity_id, values["alias"])
            if key in seen:
                raise _fail(
                    path,
                    line,
                    f"alias {values['alias']!r} of {entity_id} repeats line {seen[key]}",
                    "Delete one of the two rows",
                )
            seen[key] = line
            if values["alias"].endswith("-") and values.get("form", "adjective") != "adjective":
                raise _fail(
                    path,
                    line,
                    f"combining form {values['alias']!r} has form {values['form']!r}",
                    "A combining form ending in '-' ('Russo-') must have form adjective",
                )
        else:
            if entity_id in seen:
                raise _fail(
                    path,
                    line,
                    f"entity_id {entity_id} repeats line {seen[entity_id]}",
                    "Give each entity one row (spellings go in the aliases file)",
                )
            seen[entity_id] = line
            _check_entity(path, line, values)
        out.append(_Row(line, values))
    return out


def _check_value(path: Path, line: int, column: Column, value: str) -> None:
    if value == "":
        if column.required:
            raise _fail(path, line, f"{column.name} is empty", f"Fill in {column.name}")
        return
    if column.choices and value not in column.choices:
        raise _fail(
            path,
            line,
            f"{column.name} {value!r} is not one of {'|'.join(column.choices)}",
            f"Use one of {'|'.join(column.choices)}",
        )
    if column.pattern and not re.fullmatch(column.pattern, value):
        hint = column.hint or "a value without leading or trailing spaces"
        raise _fail(path, line, f"{column.name} {value!r} is malformed", f"Write {hint}")


def _check_entity(path: Path, line: int, values: dict[str, str]) -> None:
    if "iso3" in values and values["entity_id"] != f"state:{values['iso3']}":
        raise _fail(
            path,
            line,
            f"entity_id {values['entity_id']} does not match iso3 {values['iso3']}",
            "Make entity_id 'state:' followed by the iso3 code",
        )
    for code, abbreviation in (("cow_ccode", "cow_stateabb"), ("cow_ionum", "cow_ioname")):
        if code in values and (values[code] == "") != (values[abbreviation] == ""):
            raise _fail(
                path,
                line,
                f"{code} and {abbreviation} must be given together",
                "Fill in both from the COW reference file, or leave both empty",
            )
    for column, role in (("successor_id", "successor"), ("parent_id", "parent")):
        if values.get(column) and values[column] == values["entity_id"]:
            raise _fail(path, line, f"{values['entity_id']} is its own {role}", f"Empty {column}")


def _check_references(root: Path, rows: dict[str, list[_Row]]) -> None:
    """Ids that aliases, persons, places, successors and parents point to exist; no surface names two
    entities."""
    ids = {stem: {r.values["entity_id"] for r in rows[stem]} for stem in ENTITY_TYPES}
    for stem in ("persons", "places"):
        for r in rows[stem]:
            state = r.values["state_id"]
            if state and state not in ids["states"]:
                raise _fail(
                    root / f"{stem}.csv",
                    r.line,
                    f"state_id {state} is not in states.csv",
                    "Add the state to states.csv or correct the id",
                )
    for r in rows["organizations"]:
        for column in ("successor_id", "parent_id"):
            other = r.values[column]
            if other and other not in ids["organizations"]:
                raise _fail(
                    root / "organizations.csv",
                    r.line,
                    f"{column} {other} is not in organizations.csv",
                    "Add the organisation or correct the id",
                )
    for r in rows["state_groups"]:
        for member in r.values["member_ids"].split():
            if member not in ids["states"]:
                raise _fail(
                    root / "state_groups.csv",
                    r.line,
                    f"member {member} is not in states.csv",
                    "Add the state to states.csv or correct the id",
                )
    for stem, target in ALIASES_OF.items():
        for r in rows[stem]:
            entity_id = r.values["entity_id"]
            if entity_id not in ids[target]:
                raise _fail(
                    root / f"{stem}.csv",
                    r.line,
                    f"alias {r.values['alias']!r} points to unknown {entity_id}",
                    f"Add {entity_id} to {target}.csv or correct the id",
                )
    _check_surfaces(root, rows)


def _check_surfaces(root: Path, rows: dict[str, list[_Row]]) -> None:
    """A surface form (alias, canonical name or acronym) names one entity, except a capital: a place
    and the capital_metonym of the place's state."""
    place_state = {r.values["entity_id"]: r.values["state_id"] for r in rows["places"]}
    owners: dict[str, list[tuple[str, str, str, int]]] = {}
    for stem in FILES:
        for r in rows[stem]:
            v = r.values
            surfaces = (
                [(v["alias"], v.get("form", ""))]
                if "alias" in v
                else [(v["name"], "name")] + ([(v["acronym"], "acronym")] if v.get("acronym") else [])
            )
            for surface, form in surfaces:
                owners.setdefault(_key(surface), []).append((v["entity_id"], form, stem, r.line))
    for key, found in owners.items():
        entities = {entity_id for entity_id, *_ in found}
        if len(entities) < 2:
            continue
        metonyms = {e for e, form, _, _ in found if form == "capital_metonym"}
        places = {e for e in entities if e.startswith("place:")}
        if (
            len(entities) == 2
            and len(metonyms) == 1
            and len(places) == 1
            and place_state[next(iter(places))] == next(iter(metonyms))
        ):
            continue
        order = list(FILES)
        entity_id, _, stem, line = max(found, key=lambda f: (order.index(f[2]), f[3]))
        others = ", ".join(sorted(entities - {entity_id}))
        raise _fail(
            root / f"{stem}.csv",
            line,
            f"{key!r} of {entity_id} also names {others}",
            "Keep each spelling under one entity (a capital may be a place and its state's capital_metonym)",
        )


def _frame(rows: list[_Row], columns: tuple[Column, ...]) -> pd.DataFrame:
    data = {}
    for column in columns:
        values = [r.values[column.name] or None for r in rows]
        if column.name in INTEGER_COLUMNS:
            data[column.name] = pd.array([None if v is None else int(v) for v in values], dtype="Int64")
        else:
            data[column.name] = pd.array(values, dtype="str")
    return pd.DataFrame(data, columns=[c.name for c in columns])


def entities_table(dicts: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per state, organisation, person and place, with codes and notes (the `entities` table)."""
    parts = []
    for stem, entity_type in ENTITY_TYPES.items():
        frame = dicts[stem].copy()
        frame["entity_type"] = entity_type
        parts.append(frame)
    out = pd.concat(parts, ignore_index=True)
    out["in_dictionary"] = True
    for column in ENTITY_COLUMNS:
        if column not in out.columns:
            out[column] = None
    out = out[ENTITY_COLUMNS].sort_values("entity_id", ignore_index=True)
    for column in ENTITY_COLUMNS:
        dtype = "Int64" if column in INTEGER_COLUMNS else "bool" if column == "in_dictionary" else "str"
        out[column] = out[column].astype(dtype)
    return out


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
WORDS_IN_CAPITALS = frozenset({"US", "RATS"})
"""Acronyms that are ordinary words in an all-capitals heading ('TELL US')."""
ACTOR_FORMS = frozenset({"name", "short", "abbreviation", "capital_metonym"})
"""Forms that name a state as an actor ('Russia', 'the USA', 'Beijing'); adjectives ('US-led',
'Chinese') describe something else and are not actors."""


def _key(surface: str) -> str:
    """The lookup key of a surface form: apostrophes and hyphens unified, whitespace collapsed, a
    combining form's trailing hyphen dropped."""
    key = re.sub(r"\s+", " ", surface.translate(SAME_CHARACTER)).replace("–", "-").strip()
    return key[:-1] if key.endswith("-") and len(key) > 1 else key


def _pattern(alias: str) -> str:
    combining = alias.endswith("-")
    body = _key(alias)
    parts = []
    for piece in re.split(r"(\s+|-)", body):
        if not piece:
            continue
        parts.append(r"\s+" if piece.isspace() else "[-–]" if piece == "-" else re.escape(piece))
    return "".join(parts) + (r"(?=-)" if combining else r"(?!\w)")


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
        ordered = sorted(patterns.values(), key=lambda p: (-len(p), p))
        self._regex = re.compile(r"(?<!\w)(?=(" + "|".join(ordered) + "))")

    def _add(self, patterns: dict[str, str], alias: str, entry: _Entry) -> None:
        key = _key(alias)
        found = self.entries.setdefault(key, [])
        if all(e.entity_id != entry.entity_id for e in found):
            found.append(entry)
        patterns.setdefault(key, _pattern(alias))

    def find(self, text: str) -> list[EntityMention]:
        """Mentions in `text`, sorted by char_start; the longest match wins and none overlap."""
        copy = text.translate(SAME_CHARACTER)
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
        entries = self.entries[_key(surface)]
        rule = "entity.alias"
        entry = entries[0]
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
