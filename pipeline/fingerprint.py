"""Content checksums of a stage's inputs: the files it reads and the code it runs.

Why: a stage is re-run exactly when one of its inputs changed (OWID's way), never because a file was
touched or copied, and never skipped because a hand-written dependency list forgot a module. The code
a stage runs is found by following its modules' imports (including imports inside functions) through
the project's own packages, so editing `schemas/base.py` re-runs every stage that imports it, however
indirectly, and no other.
"""

from __future__ import annotations

import ast
import hashlib
import os
import re
import textwrap
from functools import cache
from pathlib import Path

PACKAGES = ("pipeline", "schemas")
"""First-party packages: imports of anything else (pandas, rapidfuzz) are pinned by requirements.lock."""


def file_digest(path: Path) -> str:
    """sha256 of a file's bytes (and where it points, for a symbolic link); 'missing', 'not a regular
    file' or 'unreadable' for a file that is not there, is a directory, pipe or device, or cannot be read
    (the stage that reads it says why), so that adding or mending it counts as a change."""
    try:
        if path.exists() and not path.is_file():  # never open a pipe or device: it could block forever
            return "not a regular file"
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        # a symbolic link is another input than the file it points to (the build may refuse it)
        return f"{digest} via {os.readlink(path)}" if path.is_symlink() else digest
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "unreadable"


def combine(parts: list[tuple[str, str]]) -> str:
    """One sha256 over (name, digest) pairs, in the order given."""
    h = hashlib.sha256()
    for name, digest in parts:
        h.update(f"{name}\0{digest}\n".encode())
    return h.hexdigest()


def module_file(code_root: Path, module: str) -> Path | None:
    """The source file of a first-party module (a package's __init__.py), or None. Paths are joined as
    strings and a Path made only for a file found: a fingerprint looks up thousands of names."""
    base = os.path.join(code_root, *module.split("."))
    for path in (base + ".py", os.path.join(base, "__init__.py")):
        if os.path.isfile(path):
            return Path(path)
    return None


def code_files(code_root: Path, modules: tuple[str, ...]) -> list[Path]:
    """The source files of `modules` and of every first-party module they import, directly or not,
    with the `__init__.py` of each package on the way, and the data files a package keeps beside its
    code (the word lists of pipeline/text/lexicon/ are read by code, so they are code too); sorted."""
    seen: set[Path] = set()
    looked_up: set[str] = set()  # module names already found (or not): most are named by many files
    todo = list(modules)
    while todo:
        module = todo.pop()
        parts = module.split(".")
        for k in range(1, len(parts) + 1):  # importing a.b.c runs a/__init__ and a/b/__init__ first
            name = ".".join(parts[:k])
            if name in looked_up:
                continue
            looked_up.add(name)
            path = module_file(code_root, name)
            if path is None:
                continue
            seen.add(path)
            todo.extend(_imports(path, name, code_root))
            if path.name == "__init__.py":
                seen |= {p for p in path.parent.iterdir() if p.is_file() and p.suffix in DATA_SUFFIXES}
    return sorted(seen)


def code_version(code_root: Path, modules: tuple[str, ...]) -> str:
    """One checksum of the code of `modules` and all they import (`code_files`), for keeping results
    between builds: a result kept under it is stale once any of that code changes."""
    files = code_files(code_root, modules)
    return combine([(str(p.relative_to(code_root)), file_digest(p)) for p in files])


DATA_SUFFIXES = {".csv", ".txt", ".json", ".yaml"}
"""Files beside a package's code that count as its code (word lists)."""


def _imports(path: Path, module: str, code_root: Path) -> list[str]:
    """First-party modules named by the import statements of one file (anywhere in it); remembered for
    the life of the process while the file's size and modification time stay the same (a build
    fingerprints every stage, and the stages share most of their code: each file is parsed once)."""
    status = path.stat()
    return _parse_imports(path, module, code_root, status.st_mtime_ns, status.st_size)


@cache
def _parse_imports(path: Path, module: str, code_root: Path, mtime_ns: int, size: int) -> list[str]:
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in _import_statements(path.read_text(encoding="utf-8")):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.append(base)
            if base.split(".")[0] not in PACKAGES or _is_plain_module(code_root, base):
                continue  # names imported from a module's file are not modules
            # `from pipeline.stages import s4_dedupe as dedupe` imports the module pipeline.stages.s4_dedupe
            found += [
                f"{base}.{alias.name}"
                for alias in node.names
                if module_file(code_root, f"{base}.{alias.name}") is not None
            ]
    return [name for name in found if name.split(".")[0] in PACKAGES]


def _is_plain_module(code_root: Path, module: str) -> bool:
    path = module_file(code_root, module)
    return path is not None and path.name != "__init__.py"


IMPORT_LINE = re.compile(r"^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import\b|import[ \t]+\w)", re.M)
"""A line that opens an import statement, at any indentation (imports inside functions count)."""


def _import_statements(source: str) -> list[ast.stmt]:
    """The import statements of a module's source, anywhere in it. Only the lines that open one are
    parsed (with their parenthesised continuation): parsing and walking a whole module costs ten times
    more, for every file of the code, in every build. A line inside a string that looks like an import
    and parses as one can only add a dependency, never hide one."""
    out: list[ast.stmt] = []
    for m in IMPORT_LINE.finditer(source):
        end = source.find("\n", m.end())
        end = len(source) if end < 0 else end
        if "(" in source[m.start() : end] and ")" not in source[m.start() : end]:  # from x import (a,\n b)
            end = source.find(")", m.start()) + 1
        try:
            out += ast.parse(textwrap.dedent(source[m.start() : end])).body
        except SyntaxError:  # prose in a docstring that starts like an import
            continue
    return [node for node in out if isinstance(node, (ast.Import, ast.ImportFrom))]
