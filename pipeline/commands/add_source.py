"""`kzfp add-source`: bring a new text into `raw/` with a complete `sources.yaml` entry in one step.

Why: a text is only a source once its checksum, bibliographic record, licence and subject are
written down, and typing a YAML entry by hand is where mistakes creep in. The command copies the
file, computes its checksum and appends the entry as YAML text, so that the comments and layout of
`sources.yaml` stay as they are. Every value comes from the person adding the text, never from the
clock or a guess; what is not given is written as null.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import yaml

from pipeline.errors import InputError
from pipeline.inputs.sources import ID_PATTERN
from pipeline.inputs.sources import load as load_sources
from schemas.inputs import SOURCE_OPTIONAL_KEYS, SOURCE_REQUIRED_KEYS

STEM_CHARS = re.compile(r"[^a-z0-9_-]+")


def source_id_for(path: Path) -> str:
    """A source id from a file name: lowercase, other characters as hyphens, at most 64 characters."""
    stem = STEM_CHARS.sub("-", path.stem.lower()).strip("-_")
    stem = stem if stem[:1].isalpha() else f"source-{stem}"
    return stem[:64].rstrip("-_")


def entry_text(fields: dict) -> str:
    """The YAML of one `sources.yaml` entry, keys in the file's documented order."""
    order = SOURCE_REQUIRED_KEYS + SOURCE_OPTIONAL_KEYS
    entry = {k: fields.get(k) for k in order}
    return yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=110)


def add(raw_dir: Path, path: Path, fields: dict) -> dict:
    """Copy `path` into `raw_dir`, append its entry to `raw_dir/sources.yaml` and return the entry."""
    if not path.is_file():
        raise InputError(f"{path}: not a readable file. Give the path of a UTF-8 plain-text file.")
    listing = raw_dir / "sources.yaml"
    existing = load_sources(listing)
    target = raw_dir / path.name
    source_id = fields.get("id") or source_id_for(path)
    if not ID_PATTERN.match(source_id):
        raise InputError(
            f"--id {source_id!r} is not valid. Use 2-64 lowercase letters, digits, '_' or '-', starting with a letter."
        )
    for entry in existing:
        if entry["id"] == source_id:
            raise InputError(
                f"raw/sources.yaml:{entry['_line']}: id {source_id!r} exists already. Choose another with --id."
            )
        if entry["file"] == path.name:
            raise InputError(f"raw/sources.yaml:{entry['_line']}: {path.name} is a source already.")
    data = path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: byte {exc.start} is not UTF-8. Save the text as UTF-8 first.") from exc
    if target.resolve() != path.resolve():
        if target.exists():
            raise InputError(f"raw/{path.name}: a different file of that name is in raw/ already. Rename yours.")
        shutil.copyfile(path, target)
    entry = {**fields, "id": source_id, "file": path.name, "sha256": hashlib.sha256(data).hexdigest()}
    text = listing.read_text(encoding="utf-8")
    listing.write_text(text + ("" if text.endswith("\n") else "\n") + entry_text(entry), encoding="utf-8")
    return entry
