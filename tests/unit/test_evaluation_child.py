"""The evaluation build's child and a build's workers die with the build that started them, and a new build waits
for a running one."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from pipeline.evaluation import child
from tests.helpers import ROOT

PARENT = """
import os, subprocess, sys, time
from pipeline import executor
from pipeline.evaluation import child

def worker(n):
    os.write(1, f"{os.getpid()}\\n".encode())  # one write: two workers' lines never interleave on the pipe
    time.sleep(120)

if sys.argv[1] == "worker":  # a build's worker processes
    executor.local_map(worker, [(1,), (2,)], 2)
command = child.command("import time; time.sleep(120)") if sys.argv[1] == "dies" else [sys.executable, "-c", "import time; time.sleep(120)"]
started = subprocess.Popen(command)
time.sleep(1.0)  # the child has run its prelude
print(started.pid, flush=True)
time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # a zombie (dead, not yet reaped by init) is not alive
        return stat.read().rsplit(")", 1)[1].split()[0] != "Z"


def _orphan_after_sigkill(kind: str) -> bool:
    """Start a parent that starts a child of `kind`, SIGKILL the parent; whether the child still runs 3 s later."""
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, kind], cwd=ROOT, stdout=subprocess.PIPE, text=True, start_new_session=True
    )
    pid = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 3
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    survived = _alive(pid)
    if survived:
        os.kill(pid, signal.SIGKILL)
    return survived


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the death signal is Linux's (prctl)")
def test_the_child_dies_when_its_parent_is_killed_where_a_plain_child_survives():
    assert _orphan_after_sigkill("plain") is True  # what happened before: SIGKILL cannot stop the child first
    assert _orphan_after_sigkill("dies") is False
    assert _orphan_after_sigkill("worker") is False  # a worker would keep the build lock it inherited


def test_a_child_whose_parent_is_already_gone_exits_at_once():
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from pipeline.executor import die_with_parent; die_with_parent(1)\nprint('ran')",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and "ran" not in done.stdout


def test_preparing_waits_while_a_build_of_the_second_root_holds_its_lock(tmp_path):
    (tmp_path / "build").mkdir()
    lock = open(tmp_path / "build" / ".lock", "w")  # held by "the running build" until closed below
    fcntl.flock(lock, fcntl.LOCK_EX)
    waited = threading.Event()

    def wait() -> None:
        child.wait_for_build(tmp_path)
        waited.set()

    threading.Thread(target=wait, daemon=True).start()
    assert not waited.wait(0.5)  # the running build still holds it
    lock.close()
    assert waited.wait(10)
