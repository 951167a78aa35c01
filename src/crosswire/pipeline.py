"""The runner: ingest -> clean -> extract -> store, then link -> reconcile -> store.

Stages never touch the database; this module hands records between them and the store.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from crosswire.clean import clean_document
from crosswire.ingest import IngestError, read_paths
from crosswire.link import WILD_LOAD, Constraints, across_time, block_keys, key_week, link, probed_blocks, relink_scope
from crosswire.link.copies import band_keys, copies_from_signatures, signature
from crosswire.link.outlets import leaves_its_state_open, outlet_state, read_as_outlets_cover
from crosswire.model import READ_CHARS, CleanText, Document, Mention, Review, site_of
from crosswire.reconcile import Overrides, reconcile
from crosswire.store import Store

__all__ = ["IngestReport", "StageTimer", "ingest", "relink", "review_constraints"]

LOGGER = logging.getLogger(__name__)

# How many changed mentions one re-linking pass takes at most.
BATCH_MENTIONS = 5000
UNDATED = "~"  # sorts after every ISO week
# Documents written per transaction: an interrupted run loses at most these, and re-ingesting adds them.
STORE_BATCH = 32
# Documents hashed, and wire-copy groups settled, per step.
COPY_BATCH = 100


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
    passed_over: list[Path] = field(default_factory=list)
    # new articles stored but not read for incidents, by language (the extract stage's READ_LANGUAGES)
    unread_languages: Counter[str] = field(default_factory=Counter)
    # (path or id, characters) of new articles longer than the extract stage reads (READ_CHARS)
    partly_read: list[tuple[str, int]] = field(default_factory=list)
    seconds: float = 0.0
    stages: StageTimer = field(default_factory=StageTimer)


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
    link_progress: Callable[[int, int], None] | None = None,
) -> IngestReport:
    """Read, clean, extract and store every new document under ``paths``, then re-link what they touch."""
    report = IngestReport()
    started = time.perf_counter()

    def record_error(error: IngestError) -> None:
        report.errors.append(str(error))
        if on_error:
            on_error(str(error))

    documents = _new_documents(
        read_paths(
            paths, published=published, outlet=outlet, on_error=record_error, on_pass_over=report.passed_over.append
        ),
        store,
        report,
        record_error,
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
    while batch := list(islice(extracted, STORE_BATCH)):
        t = time.perf_counter()
        rows = [
            (doc, clean, mentions, {m.mention_id: block_keys(m) for m in mentions}, _outlet_evidence(doc, mentions))
            for doc, clean, mentions in batch
        ]
        for (doc, clean, mentions, keys, _), added in zip(rows, store.add_documents(rows), strict=True):
            if added:
                report.added += 1
                report.mentions += len(mentions)
                new_ids.update(keys)
                if not clean.is_read:
                    report.unread_languages[clean.language] += 1
                if len(clean.text) > READ_CHARS:
                    report.partly_read.append((doc.path or doc.doc_id, len(clean.text)))
        report.stages.add("store", t)
        if progress:
            progress(len(batch))
    # a run stopped between storing its articles and linking them leaves them for this one
    new_ids |= store.unlinked_mention_ids()
    if new_ids:
        report.incidents = relink(
            store, mention_ids=new_ids, policy=policy, timer=report.stages, progress=link_progress
        )
    report.seconds = time.perf_counter() - started
    return report


def _outlet_evidence(doc: Document, mentions: list[Mention]) -> tuple[str, str] | None:
    """(site, state) when the story places its incident in a state by its own words."""
    site = site_of(doc.url or doc.outlet)
    state = outlet_state(mentions) if site else None
    return (site, state) if site and state else None


def _new_documents(
    documents: Iterator[Document], store: Store, report: IngestReport, on_error: Callable[[IngestError], None]
) -> Iterator[Document]:
    """Skip what is stored already: re-ingesting the same article is a no-op. Another text under
    a stored id is reported, not stored over the first (reviews and links stand on that one)."""
    seen: dict[str, int] = {}  # this run's ids, with a hash of their text
    for doc in documents:
        report.read += 1
        if doc.doc_id in seen:
            same = seen[doc.doc_id] == hash(doc.content)
        elif (stored := store.document_raw(doc.doc_id)) is not None:
            same = stored == doc.content
        else:
            seen[doc.doc_id] = hash(doc.content)
            yield doc
            continue
        if same:
            report.already_stored += 1
        else:
            reason = f"doc_id {doc.doc_id!r} is stored already with another text; give this version its own doc_id"
            on_error(IngestError(doc.path or doc.doc_id, reason))


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
    policy: str = "latest",
    timer: StageTimer | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Re-link and reconcile incidents; returns how many records were written.

    mention_ids: the mentions that changed (a new batch, or those a review names): only their
        blocking candidates and the incidents those hold are re-linked, a few weeks of them at a
        time in date order; all other incidents keep their rows. None: every mention, after
        recomputing the blocking keys stored with them (a full re-link of the store).
    progress: called with (mentions linked so far, mentions to link) after each batch.
    """
    timer = timer or StageTimer()
    t = time.perf_counter()
    _update_copies(store)
    reviews = store.reviews()
    timer.add("copies", t)
    if mention_ids is None:
        t = time.perf_counter()
        mention_ids = _refresh_block_keys(store)
        timer.add("link.load", t)
    changed = set(mention_ids)
    written = done = 0
    if progress:
        progress(0, len(changed))
    for batch in _week_batches(store, changed):
        t = time.perf_counter()
        seed, loaded = _candidate_scope(store, batch)
        timer.add("link.load", t)
        written += _relink_batch(store, seed, loaded, reviews, policy, timer)
        done += len(batch)
        if progress:
            progress(done, len(changed))
    return written


def _refresh_block_keys(store: Store) -> list[str]:
    """Store every mention's blocking keys anew (they follow the blocking rules of this version)."""
    ids = store.mention_ids()
    for start in range(0, len(ids), BATCH_MENTIONS):
        mentions = store.mentions(mention_ids=ids[start : start + BATCH_MENTIONS])
        store.set_block_keys({m.mention_id: block_keys(m) for m in mentions})
    return ids


def _relink_batch(
    store: Store, seed: set[str], loaded: dict[str, Mention], reviews: list[Review], policy: str, timer: StageTimer
) -> int:
    t = time.perf_counter()
    mentions, replaced = _scope(store, seed, loaded, reviews)
    _read_as_outlets_cover(store, mentions)
    copies = store.copies({m.doc_id for m in mentions})
    timer.add("link.load", t)
    t = time.perf_counter()
    clusters = link(mentions, copies=copies, constraints=review_constraints(reviews))
    timer.add("link", t)
    t = time.perf_counter()
    overrides = _overrides(reviews, clusters)
    records = [reconcile(c, policy=policy, overrides=overrides).as_dict() for c in clusters]
    timer.add("reconcile", t)
    t = time.perf_counter()
    store.replace_incidents(records, replaced=replaced)
    timer.add("store", t)
    return len(records)


def _read_as_outlets_cover(store: Store, mentions: list[Mention]) -> None:
    """A story that leaves its state open (a guessed town, a street, no place at all) is read as its
    site's other stories place theirs (the store keeps the mention as extracted: what the site
    covers may change as the archive grows)."""
    open_docs = {m.doc_id for m in mentions if leaves_its_state_open(m)}
    if not open_docs:
        return
    sites = {doc_id: site_of(address) for doc_id, address in store.document_addresses(open_docs).items()}
    states = store.outlet_states({site for site in sites.values() if site})
    read_as_outlets_cover(mentions, {doc_id: states[site] for doc_id, site in sites.items() if site in states})


def _week_batches(store: Store, changed: set[str]) -> Iterator[set[str]]:
    """The changed mentions in batches of whole weeks, oldest first, each of at most ``BATCH_MENTIONS``.

    A batch loads only its weeks' blocks, so memory holds a stretch of the archive, never all of
    it; and every report of one week (a story told by twenty outlets) is linked in one pass.
    Mentions without a week (linked through the people they name) come last.
    """
    weeks: dict[str, set[str]] = {}
    for mention_id, keys in store.block_keys_by_mention(changed).items():
        known = [w for w in map(key_week, keys) if w]
        weeks.setdefault(min(known, default=UNDATED), set()).add(mention_id)
    weeks.setdefault(UNDATED, set()).update(changed - {m for ids in weeks.values() for m in ids})
    batch: list[str] = []
    for week in sorted(weeks):
        members = sorted(weeks[week])
        if batch and len(batch) + len(members) > BATCH_MENTIONS:
            yield set(batch)
            batch = []
        while len(members) > BATCH_MENTIONS:  # a crowded week is cut rather than let a batch grow
            yield set(members[:BATCH_MENTIONS])
            members = members[BATCH_MENTIONS:]
        batch += members
    if batch:
        yield set(batch)


def _update_copies(store: Store) -> None:
    """Hash the documents never hashed before, then settle the wire-copy groups around them.

    Only the new documents, those sharing an LSH band with one, and their copy groups are
    regrouped, a few hundred new documents at a time: the rest of the archive is never read.
    """
    signed: list[str] = []
    while batch := store.unsigned_documents(limit=COPY_BATCH):
        signatures = [(doc_id, signature(text)) for doc_id, text in batch]
        store.add_signatures((doc_id, sig, band_keys(sig) if sig else []) for doc_id, sig in signatures)
        signed += [doc_id for doc_id, sig in signatures if sig]
    settled: set[str] = set()
    for start in range(0, len(signed), COPY_BATCH):
        fresh = [doc_id for doc_id in signed[start : start + COPY_BATCH] if doc_id not in settled]
        if not fresh:
            continue
        group = store.copy_neighbourhood(fresh)
        store.set_copies(copies_from_signatures(store.document_signatures(group)), among=group)
        settled |= group


def _candidate_scope(store: Store, changed: set[str]) -> tuple[set[str], dict[str, Mention]]:
    """The changed mentions and every stored mention blocking pairs with one of them, and the
    mentions loaded to find them (by id), which the re-link need not load again.

    Only stored mentions that can pair with a changed one are loaded: all members of its own
    blocks, but in a wildcard block only the probers (a located, dated mention meets nobody else
    there), unless the changed mention is a prober itself; a prober across time loads only the
    ``WILD_LOAD`` members stored last.
    """
    new = store.mentions(mention_ids=changed)
    whole: dict[str, bool] = {}
    for mention in new:
        for key, everyone in probed_blocks(mention).items():
            whole[key] = whole.get(key, False) or everyone
    stored_ids: set[str] = set()
    for key, everyone in whole.items():
        limit = WILD_LOAD + len(changed) if everyone and across_time(key) else None  # the changed are stored too
        stored_ids |= store.block_members(key, probers_only=not everyone, limit=limit)
    stored = store.mentions(mention_ids=stored_ids - changed)
    return relink_scope(new, stored), {m.mention_id: m for m in (*new, *stored)}


def _scope(
    store: Store, seed: set[str], loaded: dict[str, Mention], reviews: list[Review]
) -> tuple[list[Mention], set[str]]:
    """The mentions to re-link: the seed, closed over reviews and their current incidents (those
    in ``loaded`` are taken from there, the others from the store)."""
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
    mentions = [loaded[i] for i in ids if i in loaded] + store.mentions(mention_ids=ids - loaded.keys())
    return sorted(mentions, key=lambda m: m.mention_id), replaced


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
