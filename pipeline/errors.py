"""User-facing errors: one line that names the file, the problem and the fix.

Why: a contributor who breaks an input must see what to change, not a traceback. The CLI catches
`InputError`, prints its message and exits non-zero; `--debug` shows the traceback. A message quotes
a user's value through `excerpt` (cut to EXCERPT characters), and the whole message is cut to
MAX_MESSAGE characters, so that a huge or hostile value can never flood the terminal.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

EXCERPT = 80
"""Characters of a user's value shown in a message."""
MAX_MESSAGE = 1000
"""Characters of a whole message; the longest written ones are about 400."""


class InputError(Exception):
    """A problem with the user's input files (texts, sources.yaml, dictionaries, curation)."""

    def __init__(self, message: str) -> None:
        message = " ".join(str(message).split("\n"))
        super().__init__(message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 1] + "…")


def excerpt(value: object, quote: bool = True) -> str:
    """A value for a message: its repr (or str, with quote=False), cut to EXCERPT characters."""
    if isinstance(value, str) and len(value) > EXCERPT:
        value = value[:EXCERPT]  # cut before repr: a value may be megabytes long
    text = repr(value) if quote else str(value)
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u180e"}
"""Characters that show nothing but are not whitespace to str.isspace()."""


def is_blank(text: str) -> bool:
    """True if the text shows nothing: only Unicode whitespace (no-break, ideographic spaces…),
    zero-width characters and other invisible format characters."""
    return all(ch.isspace() or ch in ZERO_WIDTH or unicodedata.category(ch) == "Cf" for ch in text)


def display_path(path: Path) -> str:
    """A short path for messages: relative to the working directory where possible."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
