"""What changed between two versions of the data package, as plain data (`kzfp diff` and `kzfp release`).

Why: a release must say what it changes, table by table and row by row, so that users of an earlier
version can see which facts, passages and codes were added, removed or corrected, and the changelog
is written from the same comparison (`pipeline.commands.release`).

`compare` is a pure function of two (descriptor, tables) pairs. Tables present in both versions are
compared row by row:
- by primary key where the key is a stable identifier (sources, entities, every fact table by
  `fact_id`, ...): a row is added, removed, or changed in some fields (old and new values given);
- by content where the key encodes a position in a text (`passage_id` is an ordinal, evidence and
  mention ids and boilerplate keys carry offsets): there, removing a sentence renumbers or shifts
  every later row although their content is unchanged, so rows are matched on their non-positional
  fields (`POSITIONAL_FIELDS` left out) plus, for a row that points to a passage (evidence, mentions,
  duplicate groups), that passage's text; a row whose only difference is its position counts as
  moved, not changed. Unmatched rows with the same key are changed; the rest are added or removed
  (so a row whose words and position both changed shows as one removed and one added row).
In tables matched by key, a change of positional fields only (offsets of a quote whose text moved)
also counts as moved. Changes of `curation_status` are reported apart, as curation changes.

`load` reads a package folder or a release archive (.zip) with the field types of its own
descriptor, so versions whose tables differ from the current schemas can be compared.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections import defaultdict
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd

from pipeline.errors import InputError
from pipeline.package.read import package_folder
from schemas.frictionless import CSV_DTYPE

POSITIONAL_FIELDS = frozenset(
    {"passage_id", "parent_passage_id", "ordinal", "char_start", "char_end", "evidence_id", "mention_id", "group_id"}
)
"""Fields whose value depends on where a text stands in its source, not on what it says."""
REFERENCE_FIELDS = ("passage_id", "group_id")
"""Positional fields that name a passage: outside `passages`, rows match on that passage's text."""
PASSAGES = "passages"
CURATION_FIELD = "curation_status"

Package = tuple[dict, dict[str, pd.DataFrame]]


# --- reading ------------------------------------------------------------------------------------


def load(path: Path) -> Package:
    """(descriptor, tables) of a package folder, its datapackage.json, a repository that has built its
    package (build/current/), or a release archive (.zip)."""
    path = Path(path)
    if path.is_file() and path.suffix == ".zip":
        return _load_zip(path)
    folder = path.parent if path.name == "datapackage.json" else package_folder(path)
    descriptor_path = folder / "datapackage.json"
    if not descriptor_path.is_file():
        raise InputError(
            f"{path}: no datapackage.json there (nor in build/current/). Give a package folder, a "
            "built repository or a release .zip archive."
        )
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    return descriptor, {r["name"]: _read_csv(folder / r["path"], r) for r in _table_resources(descriptor)}


def _load_zip(path: Path) -> Package:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise InputError(f"{path}: not a zip archive. Give a release archive or a package folder.") from exc
    with archive:
        candidates = sorted(
            (n for n in archive.namelist() if PurePosixPath(n).name == "datapackage.json"),
            key=lambda n: (n.count("/"), n),
        )
        if not candidates:
            raise InputError(f"{path}: the archive holds no datapackage.json. Give a release archive.")
        base = PurePosixPath(candidates[0]).parent
        descriptor = json.loads(archive.read(candidates[0]).decode("utf-8"))
        tables = {}
        for resource in _table_resources(descriptor):
            member = str(base / resource["path"]) if str(base) != "." else resource["path"]
            with archive.open(member) as handle:
                tables[resource["name"]] = _read_csv(io.BytesIO(handle.read()), resource)
    return descriptor, tables


def _table_resources(descriptor: dict) -> list[dict]:
    return [r for r in descriptor.get("resources", []) if isinstance(r.get("schema"), dict)]


def _read_csv(source, resource: dict) -> pd.DataFrame:
    schema = resource["schema"]
    dtypes = {f["name"]: CSV_DTYPE.get(f.get("type", "string"), "str") for f in schema["fields"]}
    return pd.read_csv(
        source,
        dtype=dtypes,
        keep_default_na=False,
        na_values=schema.get("missingValues", [""]),
        encoding=resource.get("encoding", "utf-8"),
    )


# --- comparing ----------------------------------------------------------------------------------


def compare(old: Package | None, new: Package) -> dict:
    """What changed from `old` to `new` (old None: a first release, every table added), as plain data."""
    old_descriptor, old_tables = old if old is not None else ({}, {})
    new_descriptor, new_tables = new
    old_order, new_order = _resource_order(old_descriptor, old_tables), _resource_order(new_descriptor, new_tables)
    result: dict[str, Any] = {
        "old": {"name": old_descriptor.get("name"), "version": old_descriptor.get("version")},
        "new": {"name": new_descriptor.get("name"), "version": new_descriptor.get("version")},
        "tables_added": [{"table": n, "rows": len(new_tables[n])} for n in new_order if n not in old_tables],
        "tables_removed": [{"table": n, "rows": len(old_tables[n])} for n in old_order if n not in new_tables],
        "tables": [],
        "curation_changes": [],
    }
    texts = (_passage_texts(old_tables), _passage_texts(new_tables))
    for name in new_order:
        if name in old_tables:
            key = _primary_key(new_descriptor, name) or _primary_key(old_descriptor, name)
            table, curation = compare_table(name, old_tables[name], new_tables[name], key, texts)
            result["tables"].append(table)
            result["curation_changes"] += curation
    return result


def _resource_order(descriptor: dict, tables: dict) -> list[str]:
    named = [r["name"] for r in _table_resources(descriptor) if r["name"] in tables]
    return named + sorted(n for n in tables if n not in named)


def _primary_key(descriptor: dict, name: str) -> list[str]:
    for resource in _table_resources(descriptor):
        if resource["name"] == name:
            key = resource["schema"].get("primaryKey", [])
            return [key] if isinstance(key, str) else list(key)
    return []


def compare_table(
    name: str, old: pd.DataFrame, new: pd.DataFrame, key: list[str], passage_texts: tuple[dict, dict] = ({}, {})
) -> tuple[dict, list[dict]]:
    """One table's differences (and its curation changes) between two versions.

    `passage_texts` (old, new: passage_id -> text) let rows that point to a passage be matched on the
    passage's words rather than on its ordinal."""
    old_fields, new_fields = list(old.columns), list(new.columns)
    common = [c for c in new_fields if c in old_fields]
    key = [k for k in key if k in common] or common
    by_content = any(k in POSITIONAL_FIELDS for k in key)
    old_rows, new_rows = _records(old, common), _records(new, common)
    if by_content:
        refs = passage_texts if name != PASSAGES else ({}, {})
        pairs, removed, added = _match_by_content(old_rows, new_rows, key, common, refs)
    else:
        pairs, removed, added = _match_by_key(old_rows, new_rows, key)
    changed, curation, moved = [], [], 0
    for old_row, new_row in pairs:
        differing = [c for c in common if not _same(old_row[c], new_row[c])]
        if not differing:
            continue
        substantive = [c for c in differing if c not in POSITIONAL_FIELDS and c != CURATION_FIELD]
        if CURATION_FIELD in differing:
            curation.append(
                {
                    "table": name,
                    "key": _key_of(new_row, key),
                    "old": old_row[CURATION_FIELD],
                    "new": new_row[CURATION_FIELD],
                }
            )
        if substantive:
            entry = {"key": _key_of(new_row, key)}
            if _key_of(old_row, key) != entry["key"]:
                entry["old_key"] = _key_of(old_row, key)
            entry["fields"] = {c: {"old": old_row[c], "new": new_row[c]} for c in differing if c != CURATION_FIELD}
            changed.append(entry)
        elif any(c in POSITIONAL_FIELDS for c in differing):
            moved += 1
    return (
        {
            "table": name,
            "key": key,
            "match": "content" if by_content else "key",
            "rows_old": len(old),
            "rows_new": len(new),
            "fields_added": [c for c in new_fields if c not in old_fields],
            "fields_removed": [c for c in old_fields if c not in new_fields],
            "added": _sorted_rows(added, key),
            "removed": _sorted_rows(removed, key),
            "changed": changed,
            "moved": moved,
        },
        curation,
    )


def _records(frame: pd.DataFrame, fields: list[str]) -> list[dict]:
    return [
        {c: _native(v) for c, v in zip(fields, row)}
        for row in frame[fields].astype(object).itertuples(index=False, name=None)
    ]


def _native(value: object) -> object:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if hasattr(value, "item"):
        value = value.item()
    return value


def _same(a: object, b: object) -> bool:
    """Equal values; 1 and 1.0 are the same (a field retyped integer -> number), True and 1 are not."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return a == b


def _key_of(row: dict, key: list[str]) -> dict:
    return {k: row[k] for k in key}


def _sort_token(value: object) -> tuple:
    return (value is None, str(type(value).__name__), value if value is not None else 0)


def _sorted_rows(rows: list[dict], key: list[str]) -> list[dict]:
    return sorted(rows, key=lambda r: [_sort_token(r[k]) for k in key])


def _match_by_key(old_rows: list[dict], new_rows: list[dict], key: list[str]):
    old_by_key = {tuple(r[k] for k in key): r for r in old_rows}
    new_by_key = {tuple(r[k] for k in key): r for r in new_rows}
    pairs = [(old_by_key[k], new_by_key[k]) for k in new_by_key if k in old_by_key]
    removed = [r for k, r in old_by_key.items() if k not in new_by_key]
    added = [r for k, r in new_by_key.items() if k not in old_by_key]
    return pairs, removed, added


def _match_by_content(
    old_rows: list[dict], new_rows: list[dict], key: list[str], fields: list[str], refs: tuple[dict, dict] = ({}, {})
):
    """Pair rows with equal non-positional content (in their order), then leftovers sharing a key.

    The content includes the text of the passage a row points to (`REFERENCE_FIELDS`), from `refs`."""
    content = [c for c in fields if c not in POSITIONAL_FIELDS]
    pointers = [c for c in REFERENCE_FIELDS if c in fields]

    def signature(row: dict, texts: dict) -> tuple:
        return tuple(row[c] for c in content) + tuple(_pointed_text(row[c], texts) for c in pointers)

    waiting = defaultdict(list)
    for row in sorted(old_rows, key=_position):
        waiting[signature(row, refs[0])].append(row)
    pairs, added = [], []
    for row in sorted(new_rows, key=_position):
        queue = waiting.get(signature(row, refs[1]))
        if queue:
            pairs.append((queue.pop(0), row))
        else:
            added.append(row)
    removed = [row for queue in waiting.values() for row in queue]
    removed_by_key = {tuple(r[k] for k in key): r for r in removed}
    still_added = []
    for row in added:
        old_row = removed_by_key.pop(tuple(row[k] for k in key), None)
        if old_row is None:
            still_added.append(row)
        else:
            pairs.append((old_row, row))
    return pairs, list(removed_by_key.values()), still_added


def _passage_texts(tables: dict[str, pd.DataFrame]) -> dict:
    frame = tables.get(PASSAGES)
    if frame is None or not {"passage_id", "text"} <= set(frame.columns):
        return {}
    return dict(zip(frame["passage_id"], frame["text"]))


def _pointed_text(value: object, texts: dict) -> object:
    """The text of the passage a value names: a passage_id, or a group id `dup-<passage_id>`."""
    if not isinstance(value, str):
        return None
    return texts.get(value, texts.get(value.split("-", 1)[-1]))


def _position(row: dict) -> tuple:
    """Order of a row in its source: by source and offset where it has them, else by its ordinal."""
    return tuple(_sort_token(row.get(c)) for c in ("source_id", "kind", "char_start", "ordinal", "char_end"))


def is_empty(result: dict) -> bool:
    """True when nothing at all changed."""
    return not (
        result["tables_added"]
        or result["tables_removed"]
        or result["curation_changes"]
        or any(
            t["added"] or t["removed"] or t["changed"] or t["fields_added"] or t["fields_removed"] or t["moved"]
            for t in result["tables"]
        )
    )
