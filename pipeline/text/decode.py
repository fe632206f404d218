"""Turn a source file's bytes into the text every offset points into.

Why: offsets are Unicode code points into the raw file, end exclusive, and must stay valid for
anyone who re-reads the file. So decoding is strict UTF-8 (no silent replacement characters), a
leading byte-order mark is dropped (offsets count from the first character after it), and line
endings are normalised without changing the length: every CR becomes LF, so a CRLF pair becomes two
line breaks (a blank line, which separates nothing new) and a lone CR one.
"""

from __future__ import annotations

import hashlib
import re

from pipeline.errors import InputError, is_blank

BOM = "\ufeff"
MAX_LINE_CHARS = 100_000
"""Longest line accepted. Texts hold one paragraph per line; a multi-megabyte line is a file whose
line breaks were lost, which would make one giant paragraph."""
MAX_TEXT_BYTES = 2_000_000
"""Largest text accepted: 2 MB, two long books (the texts are 10-45 KB); passage ids bound a text to 999
paragraphs and 9,999 sentences anyway (pipeline/stages/s2_segment.py). A build with one text near the bound takes
about 90 s and 530 MB (tests/bad_inputs/test_input_bounds.py); split a larger text into several sources."""
NUL = b"\x00"
LINE_BREAK = re.compile(r"\r\n|\r|\n")
CONTROL_BYTES = [bytes([b]) for b in (*range(0, 9), *range(14, 32)) if b != 0x1B]
"""Bytes plain text does not contain (tab, line breaks, form feed and escape aside); many of them
mean a binary file."""


def checked_bytes(data: bytes, expected_sha256: str, where: str) -> bytes:
    """Return `data` if its sha256 matches the one recorded in sources.yaml."""
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected_sha256:
        raise InputError(
            f"{where}: checksum mismatch (sources.yaml says {expected_sha256[:12]}…, "
            f"the file is {actual[:12]}…). If the change is intended, put sha256 {actual} "
            "into raw/sources.yaml."
        )
    return data


BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (.docx, .odt, .epub?)",
    b"\xd0\xcf\x11\xe0": "a Microsoft Office document (.doc)",
    b"{\\rtf": "an RTF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "a program",
    b"\x1f\x8b": "a gzip archive",
    b"\xff\xfe": "UTF-16 text",
    b"\xfe\xff": "UTF-16 text",
}
"""Leading bytes of files that are not UTF-8 plain text although they may be saved as .txt."""


def decode(data: bytes, where: str) -> str:
    """Strictly decode UTF-8 and normalise line endings in place; reject empty and binary files.

    Messages give the line (CRLF, CR and LF each end one line, as in an editor) or the byte offset."""
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(too_large(where, len(data)))
    kind = next((k for magic, k in BINARY_SIGNATURES.items() if data.startswith(magic)), None)
    head = data[:4096]
    if kind is None and head.count(NUL) * 3 > len(head):
        kind = "UTF-16 text"
    elif kind is None and sum(head.count(c) for c in CONTROL_BYTES) * 20 > len(head):
        kind = "a binary file"
    if kind == "UTF-16 text":
        raise InputError(
            f"{where}: the file is UTF-16 text, not UTF-8. Convert it, e.g. "
            f"'iconv -f UTF-16 -t UTF-8 {where} -o {where}.utf8', then replace the file and "
            "update its sha256 in raw/sources.yaml."
        )
    if kind is not None:
        raise InputError(
            f"{where}: this is {kind}, not plain text. Save the document as UTF-8 plain "
            "text (.txt) and update its sha256 in raw/sources.yaml."
        )
    if NUL in data:
        at = data.index(NUL)
        raise InputError(
            f"{where}:{_line_of(data, at)}: byte {at} is a NUL byte (0x00), which plain text "
            f"never contains. Remove it, e.g. 'tr -d \"\\000\" < {where} > {where}.clean', "
            "and update its sha256 in raw/sources.yaml."
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}:{_line_of(data, exc.start)}: byte {exc.start} (0x{data[exc.start]:02x}) "
            f"is not UTF-8. Convert the file to UTF-8, e.g. 'iconv -f WINDOWS-1251 -t UTF-8 "
            f"{where} -o {where}.utf8' if it is Cyrillic Windows text, then replace the file "
            "and update its sha256 in raw/sources.yaml."
        ) from exc
    if text.startswith(BOM):
        text = text[len(BOM) :]
    if is_blank(text):
        raise InputError(
            f"{where}: the file is empty (nothing but spaces and line breaks). Put the source "
            "text in it or remove its entry from raw/sources.yaml."
        )
    longest, line_no = max((len(line), i) for i, line in enumerate(LINE_BREAK.split(text), start=1))
    if longest > MAX_LINE_CHARS:
        raise InputError(
            f"{where}:{line_no}: line is {longest:,} characters long (limit "
            f"{MAX_LINE_CHARS:,}); the file's line breaks seem lost. Put one paragraph "
            "per line."
        )
    return text.replace("\r", "\n")


def too_large(where: str, size: int) -> str:
    return (
        f"{where}: {size:,} bytes, more than the {MAX_TEXT_BYTES:,} a text may have. Split it into "
        "several sources in raw/sources.yaml."
    )


def _line_of(data: bytes, offset: int) -> int:
    """1-based line of a byte offset, counting CRLF, CR and LF as one line break each."""
    head = data[:offset]
    return head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1
