"""User-facing errors: one line that names the file, the problem and the fix.

Why: a contributor who breaks an input must see what to change, not a traceback. The CLI catches
`InputError`, prints its message and exits non-zero; `--debug` shows the traceback.
"""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A problem with the user's input files (texts, sources.yaml, dictionaries, curation)."""


def display_path(path: Path) -> str:
    """A short path for messages: relative to the working directory where possible."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
