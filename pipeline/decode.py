"""Turn a source file's bytes into the text every offset points into.

Why: offsets are Unicode code points into the raw file, end exclusive, and must stay valid for
anyone who re-reads the file. So decoding is strict UTF-8 (no silent replacement characters), a
leading byte-order mark is dropped (offsets count from the first character after it), and line
endings are normalised without changing the length: every CR becomes LF, so a CRLF pair becomes two
line breaks (a blank line, which separates nothing new) and a lone CR one.
"""

from __future__ import annotations

import hashlib

from pipeline.errors import InputError

BOM = "\ufeff"
MAX_LINE_CHARS = 100_000
"""Longest line accepted. Texts hold one paragraph per line; a multi-megabyte line is a file whose
line breaks were lost, which would make one giant paragraph."""
NUL = b"\x00"


def checked_bytes(data: bytes, expected_sha256: str, where: str) -> bytes:
    """Return `data` if its sha256 matches the one recorded in sources.yaml."""
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected_sha256:
        raise InputError(f"{where}: checksum mismatch (sources.yaml says {expected_sha256[:12]}…, "
                         f"the file is {actual[:12]}…). If the change is intended, put sha256 {actual} "
                         "into raw/sources.yaml.")
    return data


def decode(data: bytes, where: str) -> str:
    """Strictly decode UTF-8 and normalise line endings in place; reject empty and binary files."""
    if not data.strip():
        raise InputError(f"{where}: the file is empty. Put the source text in it or remove its entry "
                         "from raw/sources.yaml.")
    if NUL in data:
        raise InputError(f"{where}: byte {data.index(NUL)} is a NUL byte: this is a binary file, "
                         "not plain text. Export the document as UTF-8 plain text (.txt).")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: byte {exc.start} (0x{data[exc.start]:02x}) is not UTF-8. Convert "
                         f"the file, e.g. 'iconv -f WINDOWS-1251 -t UTF-8 {where}' for Cyrillic "
                         "Windows text.") from exc
    if text.startswith(BOM):
        text = text[len(BOM):]
    text = text.replace("\r", "\n")
    longest, line_no = max((len(line), i) for i, line in enumerate(text.split("\n"), start=1))
    if longest > MAX_LINE_CHARS:
        raise InputError(f"{where}:{line_no}: line is {longest:,} characters long (limit "
                         f"{MAX_LINE_CHARS:,}); the file's line breaks seem lost. Put one paragraph "
                         "per line.")
    return text
