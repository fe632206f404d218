"""The evaluation build's child process, which must never outlive the build that started it.

Why: the evaluation corpus is built by a second `kzfp build` in a child process (`pipeline.evaluation.build`).
A SIGKILL of the parent cannot be caught to stop the child first, so the child went on alone; the next build's
`prepare` then deleted and rewrote the second root's raw/ under it, and the orphan published from half a corpus.
So the child, and each of its worker processes, asks the kernel to kill it when its parent dies (Linux:
PR_SET_PDEATHSIG, `pipeline.executor.die_with_parent`); and the next build waits for the second root's build lock,
which a running child holds, before it touches that root (`wait_for_build`: where no death signal exists).
"""

from __future__ import annotations

import fcntl
import os
import sys
from pathlib import Path


def command(code: str) -> list[str]:
    """A command running Python `code` in a child that dies with this process (`executor.die_with_parent`)."""
    prelude = f"from pipeline.executor import die_with_parent; die_with_parent({os.getpid()})"
    return [sys.executable, "-c", f"{prelude}\n{code}"]


def wait_for_build(root: Path) -> None:
    """Return once no build holds the build lock of the project root `root` (pipeline.runner.build_lock)."""
    lock = root / "build" / ".lock"
    if not lock.is_file():
        return
    with open(lock) as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file is closed
