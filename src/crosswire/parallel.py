"""Cleaning and extraction in worker processes on this machine, forked with the model already loaded.

spaCy's own ``nlp.pipe(n_process=...)`` parallelises only the model: every parsed ``Doc`` is
serialised back to the parent, which then runs cleaning and our rules on one core. Here each
worker cleans, parses and reads its batch itself and sends back only the small mention records,
so everything crosswire adds runs on all cores beside the model (as the Ray engine does on a cluster).

The workers are forked from a server process that has loaded the model (``crosswire.preloaded_model``):
a worker starts in milliseconds with the model shared, where a spawned one would spend a second and
a half importing spaCy and loading it. The server is a fresh single-threaded process, so the parent's
threads (progress bars) and open database handles are never forked. It stays up for the next run of
this process; ``stop_worker_server`` ends it.
"""

from __future__ import annotations

import importlib
import multiprocessing
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

from crosswire.model import CleanText, Document, Mention

__all__ = ["BatchResult", "clean_and_extract", "extract_in_processes", "stop_worker_server"]

# Documents per task: enough to fill one nlp.pipe batch, few enough that results stream steadily.
BATCH_DOCS = 32
# Tasks queued per worker: keeps every worker busy while memory stays flat on any corpus size.
QUEUED_PER_WORKER = 2
# Imported by the fork server before it forks a worker.
PRELOADED = "crosswire.preloaded_model"

Extracted = tuple[Document, CleanText, list[Mention]]


@dataclass(slots=True)
class BatchResult:
    """One batch's outcome: extracted documents in input order, errors by document, seconds per stage."""

    extracted: list[Extracted] = field(default_factory=list)
    errors: list[tuple[Document, str]] = field(default_factory=list)
    clean_seconds: float = 0.0
    extract_seconds: float = 0.0


def clean_and_extract(extractor, documents: Iterable[Document]) -> BatchResult:
    """Clean ``documents`` and read their mentions with ``extractor``; a bad page becomes an error entry."""
    from crosswire.clean import clean_document

    result = BatchResult()
    cleaned: list[tuple[Document, CleanText]] = []
    t = time.perf_counter()
    for doc in documents:
        try:
            clean = clean_document(doc)
        except Exception as exc:  # one bad page must not stop the batch
            result.errors.append((doc, f"cannot clean: {exc}"))
            continue
        if clean.text.strip():
            cleaned.append((doc, clean))
        else:
            result.errors.append((doc, "no article text left after cleaning"))
    result.clean_seconds = time.perf_counter() - t
    t = time.perf_counter()
    result.extracted = list(extractor.pipe(cleaned))
    result.extract_seconds = time.perf_counter() - t
    return result


_WORKER_EXTRACTOR = None


def _load_worker() -> None:
    global _WORKER_EXTRACTOR
    import logging

    from crosswire.extract import Extractor

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    preloaded = importlib.import_module(PRELOADED).EXTRACTOR
    _WORKER_EXTRACTOR = preloaded if preloaded is not None else Extractor()


def _run_batch(documents: list[Document]) -> BatchResult:
    return clean_and_extract(_WORKER_EXTRACTOR, documents)


def extract_in_processes(
    documents: Iterable[Document],
    *,
    workers: int,
    timer,
    on_error: Callable[[Document, str], None],
) -> Iterator[Extracted]:
    """Clean and extract ``documents`` in ``workers`` processes, yielding results in input order.

    timer: a ``StageTimer``; gets the workers' summed "clean" and "extract" seconds.
    on_error: called with the document and the reason for each document that yields no text.
    """
    context = _worker_context()
    batches = _batches(documents, BATCH_DOCS)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_load_worker) as pool:
        pending: deque[Future[BatchResult]] = deque()
        for batch in islice(batches, workers * QUEUED_PER_WORKER):
            pending.append(pool.submit(_run_batch, batch))
        while pending:
            result = pending.popleft().result()
            next_batch = next(batches, None)
            if next_batch is not None:
                pending.append(pool.submit(_run_batch, next_batch))
            timer.seconds["clean"] = timer.seconds.get("clean", 0.0) + result.clean_seconds
            timer.seconds["extract"] = timer.seconds.get("extract", 0.0) + result.extract_seconds
            for doc, reason in result.errors:
                on_error(doc, reason)
            yield from result.extracted


def _worker_context() -> multiprocessing.context.BaseContext:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")  # Windows: each worker loads the model itself
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([PRELOADED])
    return context


def stop_worker_server() -> None:
    """End the workers' fork server, if one runs: its memory is freed, and its CPU time and that of
    the workers it reaped become this process's finished children's (``resource.RUSAGE_CHILDREN``)."""
    # no fork server runs unless its module was imported (a pool with the forkserver context does)
    server = getattr(sys.modules.get("multiprocessing.forkserver"), "_forkserver", None)
    stop = getattr(server, "_stop", None)  # CPython's own tests stop it so; there is no public call
    if stop is not None:
        stop()


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while batch := list(islice(it, size)):
        yield batch
