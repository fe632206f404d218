"""Reuse a published file that was built from exactly the same inputs, instead of building it again.

Why: publishing re-runs whenever any of its inputs changes (a page of the site, the package's
metadata, a gold file), but most of what it writes depends on few of them. The DuckDB file is the
costliest part of a small package (about a third of publishing at 1×), and it depends only on the
tables' data, the DDL and view statements, the code that writes it and DuckDB's version. So the last
one built is kept in `build/cache/` under the checksum of those inputs (`key`) and copied when the
checksum matches. Copies, not links: a reader who opens the published file read-write must not be
able to change the cached one. The cached file's own checksum is checked before it is used, so a
damaged cache is rebuilt, never published. One entry is kept per kind of file.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path


def key(parts: Iterable[bytes]) -> str:
    """The checksum of the inputs, each part length-prefixed so that no two lists of parts collide."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def reuse_or_build(path: Path, inputs_key: str, build: Callable[[Path], None], cache_dir: Path | None) -> bool:
    """Write `path` by copying the cached file built from `inputs_key`, or with `build(path)` (and
    keep a copy for next time). Returns whether the cached file was used. No `cache_dir`: always build."""
    if cache_dir is None:
        build(path)
        return False
    folder = cache_dir / path.name
    cached, recorded = folder / f"{inputs_key}{path.suffix}", folder / f"{inputs_key}.sha256"
    if cached.is_file() and recorded.is_file() and recorded.read_text(encoding="ascii") == file_digest(cached):
        shutil.copyfile(cached, path)
        return True
    build(path)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    tmp = folder / f".{cached.name}.tmp"
    shutil.copyfile(path, tmp)
    recorded.write_text(file_digest(tmp), encoding="ascii")
    tmp.replace(cached)
    return False
