"""The runner: ingest -> clean -> extract -> store, then link -> reconcile -> store.

Stages never touch the database; this module hands records between them and the store.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crosswire.clean import clean_document
from crosswire.ingest import IngestError, read_paths
from crosswire.link import Constraints, block_keys, link, relink_scope
from crosswire.link.copies import copies_from_signatures, signature
from crosswire.model import CleanText, Document, Mention, Review
from crosswire.reconcile import Overrides, reconcile
from crosswire.store import Store

__all__ = ["IngestReport", "StageTimer", "ingest", "relink", "review_constraints"]

LOGGER = logging.getLogger(__name__)

# The wildcard of blocking keys (``family|*|week``): the value is unknown.
WILD = "*"


@dataclass(slots=True)
class StageTimer:
    """Seconds spent per stage, summed over the run."""

    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, stage: str, started: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did."""

    read: int = 0
    added: int = 0
    already_stored: int = 0
    mentions: int = 0
    incidents: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    stages: StageTimer = field(default_factory=StageTimer)

    @property
    def failure_rate(self) -> float:
        attempted = self.read + len(self.errors)
        return len(self.errors) / attempted if attempted else 0.0


Progress = Callable[[int], None]


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
    extractor=None,
    engine: str = "local",
    ray_address: str | None = None,
    n_process: int = 1,
    policy: str = "latest",
    on_error: Callable[[str], None] | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Read, clean, extract and store every new document under ``paths``, then re-link what they touch."""
    report = IngestReport()
    started = time.perf_counter()

    def record_error(error: IngestError) -> None:
        report.errors.append(str(error))
        if on_error:
            on_error(str(error))

    documents = _new_documents(
        read_paths(paths, published=published, outlet=outlet, on_error=record_error), store, report
    )
    if engine == "ray":
        from crosswire.distributed import extract_with_ray

        extracted = extract_with_ray(documents, address=ray_address, timer=report.stages, on_error=record_error)
    elif n_process > 1:
        from crosswire.parallel import extract_in_processes

        extracted = extract_in_processes(
            documents,
            workers=n_process,
            timer=report.stages,
            on_error=lambda doc, reason: record_error(IngestError(doc.path or doc.doc_id, reason)),
        )
    else:
        extracted = _extract_locally(documents, extractor, report.stages, record_error)
    new_ids: set[str] = set()
    for doc, clean, mentions in extracted:
        t = time.perf_counter()
        keys = {m.mention_id: block_keys(m) for m in mentions}
        if store.add_document(doc, clean, mentions, keys):
            report.added += 1
            report.mentions += len(mentions)
            new_ids.update(keys)
        report.stages.add("store", t)
        if progress:
            progress(1)
    if report.added:
        report.incidents = relink(store, mention_ids=new_ids, policy=policy, timer=report.stages)
    report.seconds = time.perf_counter() - started
    return report


def _new_documents(documents: Iterator[Document], store: Store, report: IngestReport) -> Iterator[Document]:
    """Skip what is stored already: re-ingesting the same article is a no-op."""
    seen: set[str] = set()
    for doc in documents:
        report.read += 1
        if doc.doc_id in seen or store.has_document(doc.doc_id):
            report.already_stored += 1
            continue
        seen.add(doc.doc_id)
        yield doc


def _extract_locally(documents, extractor, timer, on_error) -> Iterator[tuple[Document, CleanText, list[Mention]]]:
    if extractor is None:
        from crosswire.extract import Extractor

        extractor = Extractor()
    yield from extractor.pipe(_cleaned(documents, timer, on_error))


def _cleaned(documents: Iterable[Document], timer: StageTimer, on_error) -> Iterator[tuple[Document, CleanText]]:
    for doc in documents:
        t = time.perf_counter()
        try:
            clean = clean_document(doc)
        except Exception as exc:  # one bad page must not stop the batch
            on_error(IngestError(doc.path or doc.doc_id, f"cannot clean: {exc}"))
            continue
        finally:
            timer.add("clean", t)
        if not clean.text.strip():
            on_error(IngestError(doc.path or doc.doc_id, "no article text left after cleaning"))
            continue
        yield doc, clean


def relink(
    store: Store,
    *,
    mention_ids: Iterable[str] | None = None,
    scope_keys: set[str] | None = None,
    policy: str = "latest",
    timer: StageTimer | None = None,
) -> int:
    """Re-link and reconcile incidents; returns how many records were written.

    mention_ids: the mentions that changed (a new batch, or those a review names): only their
        blocking candidates and the incidents those hold are re-linked; all others keep their rows.
    scope_keys: the mentions of these blocks instead (wildcard keys reach a whole family).
    Both None: a full re-link of the store.
    """
    timer = timer or StageTimer()
    t = time.perf_counter()
    copies = _copies(store)
    store.set_copies(copies)
    reviews = store.reviews()
    mentions, replaced = _scope(store, _seed_ids(store, mention_ids, scope_keys), reviews)
    timer.add("link.load", t)
    t = time.perf_counter()
    constraints = review_constraints(reviews)
    clusters = link(mentions, copies=copies, constraints=constraints)
    timer.add("link", t)
    t = time.perf_counter()
    overrides = _overrides(reviews, clusters)
    records = [reconcile(c, policy=policy, overrides=overrides).as_dict() for c in clusters]
    timer.add("reconcile", t)
    t = time.perf_counter()
    store.replace_incidents(records, replaced=replaced)
    timer.add("store", t)
    return len(records)


def _copies(store: Store) -> dict[str, str]:
    """Wire copies across the archive; only documents never hashed before are hashed now."""
    store.add_signatures((doc_id, signature(text)) for doc_id, text in store.unsigned_documents())
    return copies_from_signatures(store.document_signatures())


def _seed_ids(store: Store, mention_ids: Iterable[str] | None, scope_keys: set[str] | None) -> set[str] | None:
    """The mention ids a run starts from (None: all)."""
    if mention_ids is not None:
        return _candidate_scope(store, set(mention_ids))
    if scope_keys is not None:
        return {m.mention_id for m in store.mentions(block_keys=scope_keys)}
    return None


def _candidate_scope(store: Store, changed: set[str]) -> set[str]:
    """The changed mentions and every stored mention blocking pairs with one of them.

    Only stored mentions that can pair with a changed one are loaded: all members of its concrete
    blocks, but in a wildcard block only the probers (a located, dated mention meets nobody else
    there), unless the changed mention is a prober itself.
    """
    new = store.mentions(mention_ids=changed)
    whole: dict[str, bool] = {}
    for mention in new:
        keys = block_keys(mention)
        lacks_country = all(k.split("|")[1] == WILD for k in keys)
        lacks_week = all(k.split("|")[2] == WILD for k in keys)
        for key in keys:
            _family, country, week = key.split("|")
            prober = (country == WILD and lacks_country) or (week == WILD and lacks_week)
            whole[key] = whole.get(key, False) or WILD not in (country, week) or prober
    stored_ids: set[str] = set()
    for key, everyone in whole.items():
        stored_ids |= store.block_members(key, probers_only=not everyone)
    stored = store.mentions(mention_ids=stored_ids - changed)
    return relink_scope(new, stored)


def _scope(store: Store, seed: set[str] | None, reviews: list[Review]) -> tuple[list[Mention], set[str] | None]:
    """The mentions to re-link: the seed, closed over reviews and their current incidents."""
    if seed is None:
        return store.mentions(), None
    ids = set(seed)
    for review in reviews:  # a merged or split pair must be re-linked together
        if review.action in ("merge", "split") and ids & {review.anchor, *review.mention_ids}:
            ids.update([review.anchor, *review.mention_ids])
    replaced: set[str] = set()
    while True:
        incidents = store.incidents_of_mentions(ids) - replaced
        if not incidents:
            break
        replaced |= incidents
        ids |= store.mentions_of_incidents(incidents)
    return store.mentions(mention_ids=ids), replaced


def review_constraints(reviews: list[Review]) -> Constraints:
    """Merges become must-link pairs, splits cannot-link pairs."""
    must: list[tuple[str, str]] = []
    cannot: list[tuple[str, str]] = []
    for review in reviews:
        if review.action == "merge":
            must += [(review.anchor, m) for m in review.mention_ids if m != review.anchor]
        elif review.action == "split":
            staying = (
                (review.value or {}).get("staying", [review.anchor])
                if isinstance(review.value, dict)
                else [review.anchor]
            )
            cannot += [(s, m) for s in staying for m in review.mention_ids]
            moved = review.mention_ids
            must += [(moved[0], m) for m in moved[1:]]
    return Constraints(must_link=must, cannot_link=cannot)


def _overrides(reviews: list[Review], clusters) -> Overrides:
    """Corrections, rejections and confirmations land on whichever incident now holds their anchor."""
    incident_of = {m.mention_id: c.incident_id for c in clusters for m in c.mentions}
    overrides = Overrides(values={}, hidden=set(), confirmed=set())
    for review in reviews:
        incident_id = incident_of.get(review.anchor)
        if incident_id is None:
            continue
        if review.action == "override" and review.field:
            overrides.values.setdefault(incident_id, {})[review.field] = {"value": review.value, "note": review.note}
        elif review.action == "reject":
            overrides.hidden.add(incident_id)
        elif review.action == "confirm":
            overrides.confirmed.add(incident_id)
    return overrides
