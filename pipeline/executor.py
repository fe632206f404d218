"""Where per-document work runs: in this process, in a pool of local worker processes, or on a Dask cluster.

Why: per-document work (`pipeline.stages.document.process`) is independent per text, so it can use every
core of this machine, or the workers of a cluster when the corpus outgrows one machine. Every mapper
returns the results in the order of its arguments, so the output never depends on which worker
finished first.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from pipeline.errors import InputError

EXECUTORS = ("local", "dask")


def mapper(executor: str = "local", workers: int | None = None, scheduler: str | None = None) -> Callable:
    """A function `map(function, argument tuples) -> results in order` for the chosen executor.

    local: `workers` processes (default: every core); one task, or one worker, runs in this process.
    dask: the Dask distributed cluster whose scheduler listens at `scheduler` (tcp://host:port)."""
    if executor == "local":
        return lambda function, arguments: local_map(function, arguments, workers or os.cpu_count() or 1)
    if executor == "dask":
        client = dask_client(scheduler)
        return lambda function, arguments: dask_map(client, function, arguments)
    raise InputError(f"unknown executor {executor!r}; choose one of {', '.join(EXECUTORS)}.")


def local_map(function: Callable, arguments: Sequence[tuple], workers: int) -> list:
    """`function(*args)` for each tuple, in a pool of `workers` processes (forked where the platform
    allows, so workers start without importing anything again)."""
    if workers <= 1 or len(arguments) <= 1:
        return [function(*args) for args in arguments]
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(
        max_workers=min(workers, len(arguments)),
        mp_context=context,
        initializer=die_with_parent,  # a worker left alive would keep the build lock it inherited
        initargs=(os.getpid(),),
    ) as pool:
        return list(pool.map(function, *zip(*arguments)))


PR_SET_PDEATHSIG = 1
"""prctl(2): the signal this process gets when the thread that started it ends."""


def die_with_parent(parent: int) -> None:
    """Be killed (SIGKILL) when the process `parent` that started this one ends, however it ends; exit now if it
    has already ended (this process then has another parent). Why: a SIGKILL cannot be caught to stop a build's
    children first, and a child left running goes on holding the build lock it inherited, or writing into a
    folder the next build prepares (the evaluation build, `pipeline.evaluation.child`). Linux only (prctl)."""
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    if os.getppid() != parent:
        os._exit(1)


def dask_client(scheduler: str | None):
    """A client of the Dask distributed cluster at `scheduler`, connected now, so that a wrong address
    fails before any stage runs."""
    if not scheduler:
        raise InputError(
            "kzfp build --executor dask: needs --scheduler ADDRESS (tcp://host:8786 of a "
            "running 'dask scheduler'; see README, 'Past one machine')."
        )
    try:
        from distributed import Client
    except ImportError as exc:
        raise InputError(
            "kzfp build --executor dask: the 'distributed' package is not installed (pip install 'dask[distributed]')."
        ) from exc
    try:
        return Client(scheduler, timeout="10s", set_as_default=False)
    except OSError as exc:
        raise InputError(
            f"kzfp build --executor dask: no Dask scheduler answers at {scheduler} ({exc}). "
            "Start one with 'dask scheduler' and workers with 'dask worker ADDRESS'."
        ) from exc


def dask_map(client, function: Callable, arguments: Sequence[tuple]) -> list:
    """`function(*args)` for each tuple on the workers of a Dask cluster; an argument shared by every
    call (the dictionaries) is sent to the workers once."""
    if not arguments:
        return []
    columns = list(zip(*arguments))
    shared = [len({id(v) for v in column}) == 1 for column in columns]
    iterables = [
        [client.scatter(column[0], broadcast=True)] * len(arguments) if same else list(column)
        for column, same in zip(columns, shared)
    ]
    return client.gather(client.map(function, *iterables, pure=False))
