"""Per-document work on more than one core, and on a Dask cluster: the same bytes as in one process."""

from __future__ import annotations

import os
import subprocess

import pandas as pd
import yaml

from pipeline import executor
from pipeline.inputs import dictionaries as entity_dictionaries
from pipeline.stages import document
from pipeline.stages import s1_ingest as ingest
from tests.helpers import KZFP, ROOT, copy_repository, outputs


def _pid(_: object) -> int:
    return os.getpid()


def test_the_local_pool_runs_in_other_processes_and_keeps_the_order_of_the_texts():
    entries, data = ingest.load(ROOT / "raw")
    dictionaries = document.Dictionaries(entity_dictionaries.load_dictionaries(ROOT / "raw" / "dictionaries"), "test")
    arguments = [(e, data[e["id"]], dictionaries) for e in entries]
    pooled = executor.local_map(document.process, arguments, workers=2)
    alone = [document.process(*args) for args in arguments]
    for one, other in zip(pooled, alone):
        for name in document.TABLES:
            pd.testing.assert_frame_equal(one[name], other[name])
    assert [t["sources"]["source_id"].tolist() for t in pooled] == [[e["id"]] for e in entries]
    pids = executor.local_map(_pid, [(k,) for k in range(4)], workers=2)
    assert os.getpid() not in pids


def test_a_build_on_a_dask_cluster_publishes_the_same_bytes_as_the_local_build(tmp_path):
    from distributed import LocalCluster  # a cluster of two worker processes, started here

    repo = copy_repository(tmp_path / "repo")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = subprocess.run(
            [KZFP, "build", "--executor", "dask", "--scheduler", cluster.scheduler_address],
            cwd=repo,
            capture_output=True,
            text=True,
        )
    assert result.returncode == 0, result.stderr
    n = len(yaml.safe_load((repo / "raw" / "sources.yaml").read_text(encoding="utf-8")))
    assert f"{n} of {n} texts processed" in result.stderr  # all of them on the cluster, none from a cache
    built, local = outputs(repo), outputs(ROOT)
    assert sorted(built) == sorted(local)
    assert [name for name in built if built[name] != local[name]] == []


def test_dask_without_a_scheduler_or_with_a_dead_one_is_a_one_line_error(tmp_path):
    """Said before any stage runs."""
    for args, words in (
        (["--executor", "dask"], "needs --scheduler"),
        (["--executor", "dask", "--scheduler", "tcp://127.0.0.1:9"], "no Dask scheduler answers"),
    ):
        result = subprocess.run([KZFP, "build", *args], cwd=tmp_path, capture_output=True, text=True)
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        assert result.stderr.strip().splitlines()[-1].startswith("error: ") and words in result.stderr
