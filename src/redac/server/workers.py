"""Where jobs run: the offline engine (CPU-bound) in a pool of worker processes sized to the
cores, language-model jobs (waiting on the network or on llama.cpp) in a few threads."""

from __future__ import annotations

import logging
import multiprocessing
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from redac.server.runner import EngineChoice, run_job, warm
from redac.server.store import JobStore

log = logging.getLogger("redac.server")


class Workers:
    def __init__(
        self, store: JobStore, choice: EngineChoice, *, processes: int, llm_jobs: int
    ) -> None:
        self.store = store
        self.choice = choice
        self.processes = processes
        self._pool: ProcessPoolExecutor | None = None
        self._threads = ThreadPoolExecutor(max_workers=llm_jobs, thread_name_prefix="redac-llm")

    def _process_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn: a fresh interpreter per worker, nothing inherited from the server's threads
            self._pool = ProcessPoolExecutor(
                max_workers=self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=warm,
            )
        return self._pool

    def start(self) -> int:
        """Start the pool and queue again what a previous run left queued or running."""
        self._process_pool()
        pending = self.store.requeue_interrupted()
        for job_id, kind in pending:
            self.submit(job_id, kind)
        return len(pending)

    def submit(self, job_id: str, kind: str) -> None:
        ex: Executor = self._threads if kind == "llm" else self._process_pool()
        try:
            fut = ex.submit(run_job, str(self.store.path), job_id, self.choice)
        except (BrokenProcessPool, RuntimeError) as e:
            self._failed(job_id, e)
            return
        fut.add_done_callback(lambda f: self._done(job_id, f))

    def _done(self, job_id: str, fut: Future[None]) -> None:
        if fut.cancelled():
            return
        err = fut.exception()
        if err is not None:
            self._failed(job_id, err)

    def _failed(self, job_id: str, err: BaseException) -> None:
        log.error("job %s: worker failed: %r", job_id, err)
        if isinstance(err, BrokenProcessPool):
            self._pool = None  # a worker died: the next job gets a new pool
        if self.store.status(job_id) in ("queued", "running"):
            self.store.finish(
                job_id, error={"code": "E999", "message": "the worker running this job stopped"}
            )

    def shutdown(self) -> None:
        self._threads.shutdown(wait=False, cancel_futures=True)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)


def default_processes() -> int:
    import os

    return max(1, os.cpu_count() or 1)


__all__ = ["Path", "Workers", "default_processes"]
