"""Worker processes, for work big enough to share between the cores: a roll-up's units, the
first reading of a big repository."""

from __future__ import annotations

import os

# Windows' process pool waits on at most 61 handles: more workers fail to start there.
MAX_WORKERS = 61


def worker_count(jobs: int) -> int:
    """Worker processes for ``jobs`` pieces of work: one per core, within Windows' limit."""
    return max(1, min(os.cpu_count() or 1, jobs, MAX_WORKERS))


def ignore_interrupt() -> None:
    """Ctrl-C is the main process's to handle: it stops the pool and writes nothing."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def pool(workers: int):
    """A pool of fresh worker processes ("spawn", not copies of this one: they hold only what
    they are given, and no copy is made of the progress bar's thread)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=ignore_interrupt)


def in_a_worker() -> bool:
    import multiprocessing

    return multiprocessing.current_process().name != "MainProcess"
