"""Ordered parallel map with a bounded number of items in flight.

``convert --jobs N`` parses records in worker processes. The reader (the main process) must
not run ahead of the workers without limit, or a huge dump would pile up in memory; and the
output must come out in input order, byte-identical to a run without workers. So items go
to the pool in chunks (one task each, to keep the per-task overhead small), at most
``window`` chunks are pending at a time, and results are taken from the oldest chunk first.

Workers ignore SIGINT: Ctrl-C is the main process's business (it stops reading, cancels
what has not started and exits 130), and a traceback from every worker would bury the one
line that matters.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # multiprocessing costs start-up time; imported when a pool starts
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")

# Items per task: large enough that pickling and queueing cost little per item, small
# enough that output starts soon and memory stays low.
CHUNK_SIZE = 16
# Pending chunks per worker: enough that no worker waits for the main process.
CHUNKS_PER_WORKER = 4


def worker_count(jobs: int) -> int:
    """Return the number of processes ``--jobs`` asks for: 0 means every core."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 or more: {jobs}")
    return jobs or os.cpu_count() or 1


class OrderedPool:
    """A process pool (none for one job) whose :meth:`map` keeps input order.

    Use it as a context manager; leaving the block cancels the chunks not yet started.
    """

    def __init__(self, jobs: int, *, chunk_size: int = CHUNK_SIZE) -> None:
        self.workers = worker_count(jobs)
        self.chunk_size = chunk_size
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> OrderedPool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers, dropping chunks that have not started."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def map(self, func: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Yield ``func(item)`` for each item, in order; ``func`` must be picklable.

        At most ``workers * CHUNKS_PER_WORKER`` chunks are read ahead of the output.
        """
        if self.workers == 1:
            yield from map(func, items)
            return
        executor = self._pool()
        window = self.workers * CHUNKS_PER_WORKER
        pending: deque[Future[list[R]]] = deque()
        source = iter(items)
        try:
            while chunk := list(islice(source, self.chunk_size)):
                pending.append(executor.submit(_apply, func, chunk))
                if len(pending) >= window:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            from concurrent.futures import ProcessPoolExecutor

            self._executor = ProcessPoolExecutor(self.workers, initializer=_ignore_sigint)
        return self._executor


def _apply(func: Callable[[T], R], chunk: list[T]) -> list[R]:
    """Run one task in a worker: ``func`` over a chunk of items."""
    return [func(item) for item in chunk]


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
