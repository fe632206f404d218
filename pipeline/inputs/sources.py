"""Read and check `raw/sources.yaml`: the list of source texts and their bibliographic records.

Why: every table cites a `source_id`, so the list must be exactly right before anything is read.
A hand-edited YAML file fails in many small ways (a missing key, a typo in a key, a repeated id, a
path that leaves `raw/`); each is reported as one line naming the file, the line and the fix.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from pipeline.errors import InputError, display_path, excerpt, is_blank
from pipeline.inputs import strict_yaml
from schemas.inputs import (
    LANGUAGE_PATTERN,
    SHA256_PATTERN,
    SOURCE_ID_PATTERN,
    SOURCE_OPTIONAL_KEYS,
    SOURCE_REQUIRED_KEYS,
    SOURCE_TEXT_KEYS,
)

ID_PATTERN = re.compile(SOURCE_ID_PATTERN)


def load(path: Path) -> list[dict]:
    """Parse `sources.yaml` into a list of entries, each with `_line` (1-based) for messages."""
    text = strict_yaml.read(path)
    if text is None:
        raise InputError(
            f"{display_path(path)}: file not found. Create it with one entry per text in raw/ (see README)."
        )
    return parse(text, path)


def parse(text: str, path: Path) -> list[dict]:
    """The checked entries of the YAML text of `path` (read with pipeline/inputs/strict_yaml.py)."""
    where = display_path(path)
    root, loader = strict_yaml.compose(text, where)
    if root is None or not isinstance(root, yaml.SequenceNode):
        raise InputError(f"{where}:1: expected a list of sources (lines starting with '- id: ...').")
    if not root.value:
        raise InputError(
            f"{where}:{root.start_mark.line + 1}: the list of sources is empty. Add one entry per text in raw/."
        )
    entries = []
    for node in root.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            raise InputError(f"{where}:{line}: each source must be a mapping of keys to values.")
        entry = strict_yaml.construct_mapping(loader, node, where)
        entry["_line"] = line
        entries.append(entry)
    return check(entries, path)


def check(entries: list[dict], path: Path) -> list[dict]:
    """Check keys, ids, checksums' form and file locations; return the entries unchanged."""
    where = display_path(path)
    raw_dir = path.parent.resolve()
    seen: dict[str, int] = {}
    for entry in entries:
        line = entry["_line"]
        keys = set(entry) - {"_line"}
        missing = [k for k in SOURCE_REQUIRED_KEYS if k not in keys]
        if missing:
            raise InputError(
                f"{where}:{line}: source lacks required key(s) {', '.join(missing)}. "
                "Add them (write null where unknown)."
            )
        unknown = sorted(keys - set(SOURCE_REQUIRED_KEYS) - set(SOURCE_OPTIONAL_KEYS))
        if unknown:
            raise InputError(
                f"{where}:{line}: unknown key(s) {', '.join(unknown)}. "
                f"Allowed keys: {', '.join(SOURCE_REQUIRED_KEYS + SOURCE_OPTIONAL_KEYS)}."
            )
        source_id = entry["id"]
        if not isinstance(source_id, str) or not ID_PATTERN.match(source_id):
            raise InputError(
                f"{where}:{line}: id {excerpt(source_id)} is not valid. "
                "Use 2-64 lowercase letters, digits, underscores or hyphens, starting with a letter."
            )
        if source_id in seen:
            raise InputError(
                f"{where}:{line}: id {excerpt(source_id)} repeats the source at line {seen[source_id]}. "
                "Give each source its own id."
            )
        seen[source_id] = line
        if not isinstance(entry["sha256"], str) or not re.match(SHA256_PATTERN, entry["sha256"]):
            raise InputError(
                f"{where}:{line}: sha256 must be 64 lowercase hex digits. "
                f"Compute it with 'sha256sum raw/{excerpt(entry['file'], quote=False)}'."
            )
        if not isinstance(entry["language"], str) or not re.match(LANGUAGE_PATTERN, entry["language"]):
            raise InputError(
                f"{where}:{line}: language {excerpt(entry['language'])} is not an ISO 639-1 code. "
                "Write the two lowercase letters, e.g. en, ru or kk."
            )
        for key in SOURCE_TEXT_KEYS:
            value = entry.get(key)
            if value is not None and not (isinstance(value, (str, int)) and not isinstance(value, bool)):
                raise InputError(f"{where}:{line}: {key} must be text or null, not {excerpt(value)}.")
            if isinstance(value, str) and is_blank(value):
                raise InputError(f"{where}:{line}: {key} is blank. Write the value, or null where unknown.")
        entry["_path"] = _inside(raw_dir, entry["file"], where, line)
    return entries


def _inside(raw_dir: Path, name: object, where: str, line: int) -> Path:
    """Resolve a source file name and refuse anything that leaves `raw/` (.., absolute, symlinks)."""
    if not isinstance(name, str) or is_blank(name):
        raise InputError(f"{where}:{line}: file must be a file name inside raw/.")
    if Path(name).is_absolute():
        raise InputError(
            f"{where}:{line}: file {excerpt(name)} is an absolute path. Copy the text into raw/ "
            "and give its name relative to raw/."
        )
    if ".." in Path(name).parts:
        raise InputError(
            f"{where}:{line}: file {excerpt(name)} points outside raw/. "
            "Copy the text into raw/ and give its name relative to raw/."
        )
    resolved = (raw_dir / name).resolve()
    if raw_dir not in resolved.parents:
        raise InputError(
            f"{where}:{line}: file {excerpt(name)} resolves outside raw/ (a symbolic link?). "
            "Copy the text into raw/ instead of linking to it."
        )
    return raw_dir / name


def strays(raw_dir: Path, entries: list[dict]) -> list[str]:
    """Text files in `raw_dir` that no entry names: each would silently be left out of the dataset."""
    named = {Path(e["file"]).name for e in entries}
    return sorted(p.name for p in raw_dir.glob("*.txt") if p.name not in named)
