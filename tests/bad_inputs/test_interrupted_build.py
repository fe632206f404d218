"""A build that is killed, interrupted or races another one never leaves a broken package.

The builds pause at a known point through the test hook KZFP_TEST_PAUSE_AFTER_STAGE (pipeline/cli.py
`_test_pause`: after the named stage, or after `staging` = the package is written to its staging
folder but not moved into place), and are signalled there.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path

import pytest

from pipeline import publish
from tests.bad_inputs.conftest import PROGRESS, clone, published, staging_folders
from tests.e2e.test_fresh_build import KZFP, outputs, run_build


def start_paused(repo: Path, point: str) -> subprocess.Popen:
    """Start `kzfp build --force` (a clone of a built tree has nothing dirty) and return once it says it
    paused at `point`."""
    process = subprocess.Popen(
        [KZFP, "build", "--force"], cwd=repo, env={**os.environ, "KZFP_TEST_PAUSE_AFTER_STAGE": point},
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # even if ours is ignored
    seen = []
    for line in process.stderr:
        seen.append(line)
        if line.startswith(f"paused after {point}"):
            return process
    process.wait()
    pytest.fail(f"the build did not pause after {point}:\n{''.join(seen)}")


def finish(process: subprocess.Popen, sig: int) -> tuple[int, str]:
    process.send_signal(sig)
    rest = process.stderr.read()
    return process.wait(timeout=60), rest


def test_sigkill_during_a_stage_and_after_staging_changes_nothing_and_the_next_build_cleans_up(good_build, tmp_path):
    repo = clone(good_build, tmp_path / "repo")
    before = published(repo)

    code, _ = finish(start_paused(repo, "documents"), signal.SIGKILL)  # mid-way: later stages not run
    assert code == -signal.SIGKILL
    assert published(repo) == before

    code, _ = finish(start_paused(repo, "staging"), signal.SIGKILL)  # everything staged, nothing moved
    assert code == -signal.SIGKILL
    assert published(repo) == before
    left = staging_folders(repo)
    assert len(left) == 1

    result = run_build(repo)
    assert result.returncode == 0, result.stderr
    assert f"cleanup: removed {left[0]}, left by an interrupted build" in result.stderr
    assert staging_folders(repo) == []
    assert outputs(repo) == outputs(good_build)  # the deterministic files: as a clean build makes them


@pytest.mark.parametrize("sig, point, code, name", [
    (signal.SIGTERM, "staging", 143, "SIGTERM"),
    (signal.SIGINT, "dedupe", 130, "SIGINT"),
])
def test_sigterm_and_ctrl_c_stop_cleanly_and_publish_nothing(good_build, tmp_path, sig, point, code, name):
    repo = clone(good_build, tmp_path / "repo")
    before = published(repo)
    status, stderr = finish(start_paused(repo, point), sig)
    assert status == code, stderr
    assert "Traceback" not in stderr
    assert stderr.rstrip("\n").split("\n")[-1] == f"interrupted ({name}): nothing was published"
    assert published(repo) == before
    assert staging_folders(repo) == []


def test_two_builds_at_once_take_turns(good_build, tmp_path):
    repo = clone(good_build, tmp_path / "repo")
    runs = [subprocess.Popen([KZFP, "build", "--force"], cwd=repo, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             text=True) for _ in range(2)]
    results = [(run.wait(timeout=300), run.stderr.read()) for run in runs]
    assert [code for code, _ in results] == [0, 0], results
    waited = [stderr for _, stderr in results if "another build is running" in stderr]
    assert len(waited) == 1, results  # both start together: the second waits for the lock
    for _, stderr in results:
        assert all(PROGRESS.match(line) for line in stderr.rstrip("\n").split("\n")), stderr
    assert staging_folders(repo) == []
    assert outputs(repo) == outputs(good_build)


def test_a_publication_killed_between_two_moves_is_finished_by_the_next_build(tmp_path, monkeypatch):
    """SIGKILL can land between two os.replace calls; the manifest lets `recover` finish the job."""
    root = tmp_path / "repo"
    build = root / "build"
    build.mkdir(parents=True)
    old = {"build/a.csv": b"old a\n", "build/b.csv": b"old b\n", "datapackage.json": b"{\"v\": 1}\n"}
    for name, data in old.items():
        (root / name).write_bytes(data)
    staging = build / ".staging-12345"
    staging.mkdir()
    moves = []
    for name in old:
        (staging / Path(name).name).write_bytes(b"new " + old[name])
        moves.append((staging / Path(name).name, root / name))

    real_replace, calls = os.replace, []

    def dies_after_one_move(src, dst):
        if Path(dst).name != publish.MANIFEST:  # the manifest goes into place first
            if calls:
                raise SystemExit("killed")  # stands in for SIGKILL: no cleanup of the staging folder runs
            calls.append(dst)
        real_replace(src, dst)
    monkeypatch.setattr(publish.os, "replace", dies_after_one_move)
    monkeypatch.setattr(publish.shutil, "rmtree", lambda *a, **k: None)
    with pytest.raises(SystemExit):
        publish.commit(moves, staging)
    monkeypatch.undo()
    assert (root / "build/a.csv").read_bytes() == b"new old a\n"  # half done
    assert (root / "datapackage.json").read_bytes() == old["datapackage.json"]
    assert json.loads((staging / publish.MANIFEST).read_text())

    copy = tmp_path / "moved" / "repo"  # a tree copied or moved since still recovers in place
    copy.parent.mkdir()
    root.rename(copy)
    notes = publish.recover(copy / "build")
    assert notes == ["finished the publication an interrupted build left half-done (2 file(s) moved from "
                     ".staging-12345)"]
    assert {name: (copy / name).read_bytes() for name in old} == {n: b"new " + d for n, d in old.items()}
    assert staging_folders(copy) == []


def test_signals_wait_until_the_files_have_moved():
    received = []
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: received.append(signum))
    try:
        with publish.signals_held():
            os.kill(os.getpid(), signal.SIGTERM)
            assert received == []  # held back while files move
        assert received == [signal.SIGTERM]
    finally:
        signal.signal(signal.SIGTERM, previous)
