"""Results kept between builds in the work folder, under the checksum of what they were made from.

Why: some steps of a stage are pure functions of inputs that rarely change between two builds (the
dictionaries, each sentence's matching copy) and cost a good share of an incremental build. Keeping
their result under the checksum of those inputs and of the code that made them (`version`) lets the
next build take it instead of making it again; any change to either makes a new `version`, and a
result kept under another version, or a file that cannot be read, is ignored (then replaced). Nothing
kept here reaches an output that a build without it would not make.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any


def load(path: Path, version: str) -> Any:
    """What `save` kept in `path` under `version`; None if there is nothing, something unreadable, or
    something kept under another version."""
    try:
        kept, value = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
        return None
    return value if kept == version else None


def save(path: Path, version: str, value: object) -> None:
    """Keep `value` in `path` under `version` (written whole, then moved into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(pickle.dumps((version, value), protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(path)
