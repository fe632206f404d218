"""Load and check the curated dictionaries of raw/dictionaries/ (one CSV per entity type, one per
alias list, declared in `schemas.inputs`), and build the `entities` table from them.

Why: every fact names its actors by `entity_id`, so the ids, codes and spellings must be curated
once and checked strictly. A curator's slip (a malformed code, a repeated id, an alias pointing at
no entity, a spelling that names two entities) stops the build with one line naming the file, the
line and the fix.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from pipeline.entities.gazetteer import surface_key
from pipeline.errors import InputError, display_path
from schemas import columns, dtypes
from schemas.inputs import ALIASES_OF, DICTIONARY_FILES, ENTITY_TYPES, PATTERN_CHECK, Column, dictionary_schema

ENTITY_COLUMNS = columns("entities")
INTEGER_COLUMNS = tuple(c for c, dtype in dtypes("entities").items() if dtype == "Int64")
BOOLEAN_COLUMNS = tuple(c for c, dtype in dtypes("entities").items() if dtype == "bool")


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
    rows = {stem: _read(root / f"{stem}.csv", stem) for stem in DICTIONARY_FILES}
    _check_references(root, rows)
    return {stem: _frame(rows[stem], DICTIONARY_FILES[stem]) for stem in DICTIONARY_FILES}


def _fail(path: Path, line: int | None, problem: str, fix: str) -> InputError:
    where = display_path(path) + (f":{line}" if line is not None else "")
    return InputError(f"{where}: {problem}. {fix.rstrip('.')}.")


def _read(path: Path, stem: str) -> list[_Row]:
    """The rows of one dictionary file. The first problem raises InputError: a row with the wrong number of
    cells first (the file is no table), then line by line a bad cell (in header order) or a repeat."""
    columns = DICTIONARY_FILES[stem]
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
    records: list[_Row] = []
    for record in reader:
        if not record:
            continue
        if len(record) != len(names):
            raise _fail(
                path,
                reader.line_num,
                f"{len(record)} fields where the header has {len(names)}",
                "Quote values that contain commas",
            )
        records.append(_Row(reader.line_num, dict(zip(names, record))))
    cell_problems = _cell_problems(path, stem, records)
    out: list[_Row] = []
    seen: dict[str | tuple[str, str], int] = {}
    for row in records:
        line, values = row.line, row.values
        if line in cell_problems:
            raise cell_problems[line]
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
        out.append(row)
    return out


def _cell_problems(path: Path, stem: str, rows: list[_Row]) -> dict[int, InputError]:
    """line -> the error of its first bad cell (in header order), checked by the file's Pandera schema
    (`schemas.inputs.dictionary_schema`) on a frame of the cells as written, indexed by line."""
    columns = DICTIONARY_FILES[stem]
    cells = pd.DataFrame(
        [[r.values[c.name] or None for c in columns] for r in rows],
        index=[r.line for r in rows],
        columns=[c.name for c in columns],
        dtype=object,
    )
    try:
        dictionary_schema(stem).validate(cells, lazy=True)
    except pa.errors.SchemaErrors as exc:
        order = [c.name for c in columns]
        failures = exc.failure_cases.sort_values(
            ["index", "column"], key=lambda s: s.map(order.index) if s.name == "column" else s
        )
        problems: dict[int, InputError] = {}
        for line, name, check in zip(failures["index"], failures["column"], failures["check"]):
            if int(line) not in problems:
                column = columns[order.index(name)]
                problems[int(line)] = _cell_error(path, int(line), column, check, cells.at[line, name])
        return problems
    return {}


def _cell_error(path: Path, line: int, column: Column, check: str, value: str | None) -> InputError:
    """The one-line error of a cell that failed `check` of its column's schema."""
    if value is None:
        return _fail(path, line, f"{column.name} is empty", f"Fill in {column.name}")
    if check == PATTERN_CHECK:
        hint = column.hint or "a value without leading or trailing spaces"
        return _fail(path, line, f"{column.name} {value!r} is malformed", f"Write {hint}")
    choices = "|".join(column.choices)
    return _fail(path, line, f"{column.name} {value!r} is not one of {choices}", f"Use one of {choices}")


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
    for stem in DICTIONARY_FILES:
        for r in rows[stem]:
            v = r.values
            surfaces = (
                [(v["alias"], v.get("form", ""))]
                if "alias" in v
                else [(v["name"], "name")] + ([(v["acronym"], "acronym")] if v.get("acronym") else [])
            )
            for surface, form in surfaces:
                owners.setdefault(surface_key(surface), []).append((v["entity_id"], form, stem, r.line))
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
        order = list(DICTIONARY_FILES)
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
    out["is_lender"] = out["is_lender"].eq("true")  # a state, person or place is no lender
    for column in ENTITY_COLUMNS:
        dtype = "Int64" if column in INTEGER_COLUMNS else "bool" if column in BOOLEAN_COLUMNS else "str"
        out[column] = out[column].astype(dtype)
    return out
