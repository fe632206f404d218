"""Schemas of the files people write in raw/: the entity dictionaries (raw/dictionaries/*.csv),
raw/sources.yaml and raw/curation.yaml.

Why here: like the published tables (the Pandera models beside this module), the input files are
declared once, as data, and the readers (`pipeline.inputs.dictionaries`, `pipeline.inputs.sources`,
`pipeline.inputs.curation`) check them against these declarations, each failure one line naming the
file, the line and the fix. The dictionaries' cells are checked by Pandera schemas generated from the
columns (`dictionary_schema`); the YAML files by the readers against the key lists, because their
structure (a list of mappings, keys per action) and the line of each key come from the YAML reader
(`pipeline.inputs.strict_yaml`), which a data-frame schema cannot see. The readers keep only what a
declaration cannot say (cross-file references, a spelling that names two entities, a day that does
not exist).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandera.pandas as pa

from schemas.base import ENTITY_ID
from schemas.core import SOURCE_ID

# --- raw/dictionaries/*.csv ------------------------------------------------------------------------

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
    """One column of a dictionary file: whether it must be filled in, and what a value looks like."""

    name: str
    required: bool = True
    pattern: str | None = None
    """Regular expression a non-empty value must match in full."""
    hint: str = ""
    """What a valid value looks like, for the error message."""
    choices: tuple[str, ...] = ()


TEXT = r"\S(?:.*\S)?"
STATE, ORG, PERSON, PLACE, GROUP = (ENTITY_ID[k] for k in ("state", "org", "person", "place", "group"))
DICTIONARY_FILES: dict[str, tuple[Column, ...]] = {
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
        Column("is_lender", choices=("true", "false")),
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
"""Every dictionary file (by stem) and its columns, in the order of the header."""
PATTERN_CHECK = "pattern"
"""The name of the check a filled cell fails when it does not match its column's pattern."""


def dictionary_schema(stem: str) -> pa.DataFrameSchema:
    """The Pandera schema of a dictionary file's cells, generated from its columns: the header's columns
    in order, an empty cell (missing) only where the column is not required, a filled cell one of the
    column's choices or matching its pattern in full. Cells are the strings as written (no dtype is
    checked: a CSV cell is always a string); the frame's index is free for the rows' line numbers."""
    return pa.DataFrameSchema(
        {c.name: pa.Column(None, nullable=not c.required, checks=_checks(c)) for c in DICTIONARY_FILES[stem]},
        strict=True,
        ordered=True,
    )


def _checks(column: Column) -> list[pa.Check]:
    checks = [pa.Check.isin(column.choices)] if column.choices else []
    if column.pattern:
        pattern = re.compile(column.pattern)  # Python's re, as the hint describes (not the string dtype's engine)
        checks.append(pa.Check(lambda v: pattern.fullmatch(v) is not None, element_wise=True, name=PATTERN_CHECK))
    return checks


# --- raw/sources.yaml ------------------------------------------------------------------------------

SOURCE_REQUIRED_KEYS = (
    "id",
    "file",
    "sha256",
    "title",
    "author",
    "publisher",
    "venue",
    "year",
    "language",
    "url",
    "rights",
    "metadata_basis",
)
SOURCE_OPTIONAL_KEYS = ("attribution", "licence", "subject")
SOURCE_TEXT_KEYS = (
    "title",
    "author",
    "publisher",
    "venue",
    "year",
    "url",
    "rights",
    "metadata_basis",
    "attribution",
    "licence",
    "subject",
)
"""Bibliographic fields: text (a year may be a number) or null where unknown, never blank."""
SOURCE_ID_PATTERN = rf"^{SOURCE_ID}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
LANGUAGE_PATTERN = r"^[a-z]{2}$"
"""An ISO 639-1 code."""


# --- raw/curation.yaml -----------------------------------------------------------------------------

CURATION_ACTIONS = ("confirm", "correct", "reject", "add")
CURATION_REQUIRED = {
    "confirm": ("fact_id", "action", "by", "on"),
    "correct": ("fact_id", "action", "fields", "reason", "by", "on"),
    "reject": ("fact_id", "action", "reason", "by", "on"),
    "add": ("action", "fact_type", "fields", "source", "quote", "by", "on"),
}
CURATION_OPTIONAL = {"add": ("reason",)}
"""The keys each action of a decision must have, and those it may have besides."""
