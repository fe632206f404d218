"""A build that is killed, interrupted or races another one never leaves a broken package.

SIGKILL at random moments of publish checks the all-or-nothing switch of build/current.
The builds pause at a known point through the test hook KZFP_TEST_PAUSE_AFTER_STAGE (pipeline/runner.py
`_test_pause`: after the named stage, or after `staging` = the package is written to its staging
folder but not moved into place), and are signalled there.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
import yaml

from pipeline.stages import s7_publish as publish
from tests.bad_inputs.conftest import PROGRESS, clone, published, staging_folders
from tests.helpers import KZFP, outputs, run_build


def start_paused(repo: Path, point: str) -> subprocess.Popen:
    """Start `kzfp build --force` (a clone of a built tree has nothing dirty) and return once it says it
    paused at `point`."""
    process = subprocess.Popen(
        [KZFP, "build", "--force"],
        cwd=repo,
        env={**os.environ, "KZFP_TEST_PAUSE_AFTER_STAGE": point},
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # even if ours is ignored
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


@pytest.mark.parametrize(
    "sig, point, code, name",
    [
        (signal.SIGTERM, "staging", 143, "SIGTERM"),
        (signal.SIGINT, "dedupe", 130, "SIGINT"),
    ],
)
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
    runs = [
        subprocess.Popen(
            [KZFP, "build", "--force"], cwd=repo, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
        )
        for _ in range(2)
    ]
    results = [(run.wait(timeout=300), run.stderr.read()) for run in runs]
    assert [code for code, _ in results] == [0, 0], results
    waited = [stderr for _, stderr in results if "another build is running" in stderr]
    assert len(waited) == 1, results  # both start together: the second waits for the lock
    for _, stderr in results:
        assert all(PROGRESS.match(line) for line in stderr.rstrip("\n").split("\n")), stderr
    assert staging_folders(repo) == []
    assert outputs(repo) == outputs(good_build)


KILLS = 50


def visible_package(repo: Path) -> dict[str, bytes]:
    """The files a reader sees in build/current, by path; the DuckDB file by presence only (its bytes
    differ between two builds of the same data)."""
    folder = repo / "build" / "current"
    return {
        str(p.relative_to(folder)): b"" if p.name == publish.DUCKDB_FILE else p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_publish_killed_at_random_points_leaves_the_old_or_the_new_package_whole(good_build, tmp_path):
    """SIGKILL at KILLS random moments of `kzfp publish`, switching between two packages that differ
    (in their title): after every kill build/current is one of the two, whole; the next run succeeds."""
    repo = clone(good_build, tmp_path / "repo")
    meta = repo / "schemas" / "package.yaml"
    texts = [meta.read_text(encoding="utf-8")]
    texts.append(texts[0].replace("\ntitle: ", "\ntitle: (B) ", 1))
    assert texts[1] != texts[0]
    packages, durations = [], []
    for text in texts:
        meta.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        done = subprocess.run([KZFP, "publish"], cwd=repo, capture_output=True, text=True)
        durations.append(time.perf_counter() - started)
        assert done.returncode == 0, done.stderr
        packages.append(visible_package(repo))
    assert packages[0] != packages[1] and set(packages[0]) == set(packages[1])
    randomly = random.Random(16)
    seen = []
    for n in range(KILLS):
        meta.write_text(texts[n % 2], encoding="utf-8")
        process = subprocess.Popen([KZFP, "publish"], cwd=repo, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(randomly.uniform(0.2, 1.1) * max(durations))
        process.kill()
        process.wait()
        visible = visible_package(repo)
        assert visible in packages, f"kill {n + 1}: build/current is neither package"
        seen.append(packages.index(visible) == n % 2)
        assert len(list((repo / "build" / "versions").iterdir())) <= publish.KEEP + 1
    assert 0 < sum(seen) < KILLS, seen  # some kills came before the switch, some after
    done = run_build(repo)
    assert done.returncode == 0, done.stderr
    assert visible_package(repo) == packages[(KILLS - 1) % 2]
    assert staging_folders(repo) == [] and len(list((repo / "build" / "versions").iterdir())) == publish.KEEP


def test_a_removed_source_leaves_the_package_with_its_files(good_build, tmp_path):
    """A source taken out of raw/ (its text and its sources.yaml entry) takes its reading text and rows
    with it at the switch."""
    repo = clone(good_build, tmp_path / "repo")
    assert (repo / "build" / "current" / "reading" / "engvall_cornell_2015.txt").exists()
    path = repo / "raw" / "sources.yaml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    gone = next(e for e in entries if e["id"] == "engvall_cornell_2015")
    (repo / "raw" / gone["file"]).unlink()  # a text left in raw/ without its entry is refused
    kept = [e for e in entries if e is not gone]
    path.write_text(yaml.safe_dump(kept, allow_unicode=True, sort_keys=False), encoding="utf-8")
    reading = {f"{e['id']}.txt" for e in kept}
    result = run_build(repo)
    assert result.returncode == 0, result.stderr
    assert {p.name for p in (repo / "build" / "current" / "reading").iterdir()} == reading
    descriptor = json.loads((repo / "build" / "current" / "datapackage.json").read_text(encoding="utf-8"))
    assert not any("engvall" in r["name"] for r in descriptor["resources"])


def test_a_second_sigterm_during_shutdown_is_ignored(good_build, tmp_path):
    repo = clone(good_build, tmp_path / "repo")
    before = published(repo)
    process = start_paused(repo, "staging")
    process.send_signal(signal.SIGTERM)
    for _ in range(20):  # more TERMs while the build removes its staging folder
        if process.poll() is not None:
            break
        process.send_signal(signal.SIGTERM)
        time.sleep(0.005)
    rest = process.stderr.read()
    assert process.wait(timeout=60) == 143, rest
    assert "Traceback" not in rest
    assert rest.rstrip("\n").split("\n")[-1] == "interrupted (SIGTERM): nothing was published"
    assert published(repo) == before and staging_folders(repo) == []


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
