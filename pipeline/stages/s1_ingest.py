"""Sources and their texts: checked, decoded, with boilerplate recognised.

`build` is pure: it takes the entries of `raw/sources.yaml` and each file's bytes, and returns
three tables: `sources` (one row per source; key source_id), `documents` (one row per source with
its decoded text; internal, not published) and `boilerplate` (one row per non-content span; key
(source_id, char_start)). `load` does the reading.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.errors import InputError
from pipeline.inputs.sources import load as load_sources
from pipeline.inputs.sources import strays
from pipeline.text import boilerplate, decode
from schemas.inputs import SOURCE_REQUIRED_KEYS

RECORD_FIELDS = [k for k in (*SOURCE_REQUIRED_KEYS, "attribution") if k not in ("id", "file", "sha256")]
"""The bibliographic record a source row carries, as sources.yaml declares it."""


def load(raw_dir: Path) -> tuple[list[dict], dict[str, bytes]]:
    """Read `sources.yaml` and every file it names."""
    entries = load_sources(raw_dir / "sources.yaml")
    for name in strays(raw_dir, entries):
        raise InputError(
            f"raw/{name}: a text with no entry in raw/sources.yaml. Add it with "
            f"'kzfp add-source raw/{name} --title \"…\" --url … --licence …', or move it out of raw/."
        )
    data = {}
    for entry in entries:
        path, where = entry["_path"], f"raw/{entry['file']}"
        if not path.exists():
            raise InputError(
                f"{where}: file not found (named in raw/sources.yaml line "
                f"{entry['_line']}). Add the file or correct the name."
            )
        if not path.is_file():  # never open a pipe or device: reading it could block or never end
            kind = "a directory" if path.is_dir() else "not a regular file (a pipe or a device?)"
            raise InputError(
                f"{where}: is {kind} (named in raw/sources.yaml line {entry['_line']}). Name a text file there."
            )
        if path.stat().st_size > decode.MAX_TEXT_BYTES:
            raise InputError(decode.too_large(where, path.stat().st_size))
        try:
            data[entry["id"]] = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{where}: cannot be read ({exc.strerror}). Check that it is a readable file.") from exc
    return entries, data


def build(entries: list[dict], data: dict[str, bytes]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Verify checksums, decode, find boilerplate; return (sources, documents, boilerplate)."""
    sources: list[dict] = []
    documents: list[dict] = []
    spans: list[dict] = []
    for entry in sorted(entries, key=lambda e: e["id"]):
        where = f"raw/{entry['file']}"
        # Decode first: "not UTF-8" or "empty" says what is wrong, a checksum mismatch only that something is.
        text = decode.decode(data[entry["id"]], where)
        decode.checked_bytes(data[entry["id"]], entry["sha256"], where)
        found = boilerplate.find(text)
        year = entry["year"]
        sources.append(
            {
                "source_id": entry["id"],
                "file_path": where,
                "sha256": entry["sha256"],
                "n_chars": len(text),
                **{f: entry.get(f) for f in RECORD_FIELDS},
                "year": None if year is None else str(year),
                "subject_id": entry.get("subject"),
                **boilerplate.metadata(found),
            }
        )
        documents.append({"source_id": entry["id"], "text": text})
        spans.extend(
            {
                "source_id": entry["id"],
                "kind": s.kind,
                "char_start": s.char_start,
                "char_end": s.char_end,
                "text": s.text,
            }
            for s in found
        )
    boilerplate_table = pd.DataFrame(spans, columns=["source_id", "kind", "char_start", "char_end", "text"])
    return pd.DataFrame(sources), pd.DataFrame(documents), boilerplate_table
