"""The Ray engine: cleaning and extraction as Ray Data ``map_batches``, one loaded model per actor.

Linking and reconciliation stay with the caller (``crosswire.pipeline``): they run on the merged
results exactly as in a single-machine run, so both engines give the same incidents.

Records cross process boundaries as JSON text of their ``as_dict()`` form, never as pickled
library objects, so a cluster needs only crosswire itself installed (same version) on its nodes.
Ray is an optional extra: ``pip install 'crosswire[ray]'``.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from crosswire.model import CleanText, Document, Mention

__all__ = ["INSTALL_HINT", "extract_with_ray"]

LOGGER = logging.getLogger(__name__)

INSTALL_HINT = "the ray engine needs Ray: pip install 'crosswire[ray]'"
# Documents handed to Ray per dataset: large enough that loading the model once per actor per
# chunk is cheap next to the chunk's work, small enough that driver memory stays flat.
CHUNK_DOCS = 2000
# Documents per map_batches call; spaCy's own nlp.pipe batch inside the actor.
BATCH_DOCS = 32
NLP_BATCH = 64
# A local Ray gets this machine's cores unless told otherwise.
LOCAL_CPUS = os.cpu_count() or 2

Extracted = tuple[Document, CleanText, list[Mention]]


class _ExtractBatch:
    """Ray actor body: loads the spaCy pipeline once, then cleans and extracts batch after batch."""

    def __init__(self) -> None:
        from crosswire.extract import Extractor

        self.extractor = Extractor(batch_size=NLP_BATCH)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        from crosswire.parallel import clean_and_extract

        documents = [Document.from_dict(json.loads(str(text))) for text in batch["doc"]]
        result = clean_and_extract(self.extractor, documents)
        out: dict[str, list[Any]] = {k: [] for k in ("doc", "clean", "mentions", "error", "clean_s", "extract_s")}
        for doc, reason in result.errors:
            _append(out, doc, None, None, reason)
        for doc, clean, mentions in result.extracted:
            _append(out, doc, clean, mentions, "")
        # Stage seconds are the batch's, spread over its rows (errors first is fine: the caller skips them).
        rows = max(1, len(out["doc"]))
        out["clean_s"] = [result.clean_seconds / rows] * len(out["doc"])
        out["extract_s"] = [result.extract_seconds / rows] * len(out["doc"])
        return out


def _append(out: dict[str, list[Any]], doc: Document, clean: CleanText | None, mentions, error: str) -> None:
    out["doc"].append(json.dumps(doc.as_dict()))
    out["clean"].append(json.dumps(clean.as_dict()) if clean else "")
    out["mentions"].append(json.dumps([m.as_dict() for m in mentions or []]))
    out["error"].append(error)


def _import_ray():
    try:
        import ray
        import ray.data  # noqa: F401  (the data extra is what we need)
    except ImportError as exc:
        raise ImportError(INSTALL_HINT) from exc
    return ray


def _start(ray, address: str | None) -> bool:
    """Connect to ``address`` or start a local Ray; True when this call started it (and must stop it)."""
    if ray.is_initialized():
        return False
    if address:
        ray.init(address=address, log_to_driver=False)
    else:
        ray.init(num_cpus=LOCAL_CPUS, include_dashboard=False, log_to_driver=False, configure_logging=False)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True  # same store order as the local engine
    ctx.enable_progress_bars = False
    # Ray Data logs every execution at INFO; the CLI has its own progress bar.
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    return True


def _actors(ray) -> int:
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_with_ray(
    documents: Iterator[Document],
    *,
    address: str | None,
    timer,
    on_error: Callable[[Any], None] | None = None,
) -> Iterator[Extracted]:
    """Clean and extract ``documents`` on Ray, yielding (document, clean text, mentions) in input order.

    documents: the new documents, streamed; they go to Ray ``CHUNK_DOCS`` at a time.
    address: a Ray cluster (``ray://host:10001``), or None to start a local Ray on this machine.
    timer: a ``StageTimer``; gets "ray.start", and the actors' summed "clean" and "extract" seconds.
    on_error: called with an ``IngestError`` for each document that cleans to nothing or fails.
    Raises ImportError (saying how to install it) when Ray is missing.
    """
    ray = _import_ray()
    t = time.perf_counter()
    started = _start(ray, address)
    actors = _actors(ray)
    timer.add("ray.start", t)
    LOGGER.info("ray engine: %d actors (%s)", actors, address or "local")
    try:
        for chunk in _chunks(documents, CHUNK_DOCS):
            yield from _run_chunk(ray, chunk, actors, timer, on_error)
    finally:
        if started:
            ray.shutdown()


def _run_chunk(ray, chunk: list[Document], actors: int, timer, on_error) -> Iterator[Extracted]:
    items = [{"doc": json.dumps(doc.as_dict())} for doc in chunk]
    # At least one block per actor, so every actor gets work even for a small chunk.
    blocks = min(len(items), max(actors, len(items) // BATCH_DOCS))
    dataset = ray.data.from_items(items, override_num_blocks=blocks).map_batches(
        _ExtractBatch,
        batch_size=BATCH_DOCS,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=min(actors, blocks)),
        num_cpus=1,
    )
    for row in dataset.iter_rows():
        timer.seconds["clean"] = timer.seconds.get("clean", 0.0) + float(row["clean_s"])
        timer.seconds["extract"] = timer.seconds.get("extract", 0.0) + float(row["extract_s"])
        doc = Document.from_dict(json.loads(row["doc"]))
        if row["error"]:
            _report(on_error, doc, row["error"])
            continue
        clean = CleanText.from_dict(json.loads(row["clean"]))
        yield doc, clean, [Mention.from_dict(m) for m in json.loads(row["mentions"])]


def _report(on_error, doc: Document, message: str) -> None:
    if on_error is None:
        LOGGER.warning("%s: %s", doc.path or doc.doc_id, message)
        return
    from crosswire.ingest import IngestError

    on_error(IngestError(doc.path or doc.doc_id, message))
