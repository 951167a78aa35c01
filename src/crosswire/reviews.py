"""reviews: an analyst's actions on incidents, stored as constraints and applied at once.

Each action builds a ``model.Review`` that names stable mention ids (never incident ids, which
change when incidents merge or split), stores it with ``Store.add_review`` under a version check,
and re-links the blocks it touches, so the derived incidents reflect it immediately. Because
every ``crosswire ingest`` re-applies all reviews, a later run can never undo them.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from typing import Any

from crosswire.model import COUNT_FIELDS, Review
from crosswire.store import Store, StoreError

__all__ = [
    "CORRECTABLE_FIELDS",
    "ReviewError",
    "confirm",
    "correct",
    "history",
    "holder",
    "merge",
    "parse_value",
    "reject",
    "split",
    "undo",
]

LOGGER = logging.getLogger(__name__)

# Fields an analyst may correct: the figures and the date (a place is corrected through its name).
CORRECTABLE_FIELDS = (*COUNT_FIELDS, "date")

Relink = Callable[..., int]


class ReviewError(StoreError):
    """The action makes no sense for this incident (unknown id, bad value, nothing to move)."""


def _relink_default(store: Store, *, mention_ids: list[str] | None = None) -> int:
    # Imported late: the web app and the tests of bad input must work without loading the stages.
    from crosswire.pipeline import relink

    return relink(store, mention_ids=mention_ids)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _record(store: Store, incident_id: str) -> dict[str, Any]:
    record = store.incident(incident_id)
    if record is None:
        raise ReviewError(f"no incident {incident_id!r}; it may have been merged or split: reload the list")
    if not record.get("mention_ids"):
        raise ReviewError(f"incident {incident_id} has no mentions to anchor a review on")
    return record


def _apply(
    store: Store,
    review: Review,
    record: dict[str, Any],
    version: int | None,
    relink: Relink | None,
    *,
    stored: bool = False,
) -> str:
    """Store the review (refused if the incident changed since ``version``), re-link, return the new id.

    ``stored``: the caller has stored the review already (a split does, then narrows merges).
    """
    if not stored:
        store.add_review(review, incident_id=record["id"], expected_version=version)
    # the named mentions, their blocking neighbours and their incidents: never the whole archive
    (relink or _relink_default)(store, mention_ids=[review.anchor, *review.mention_ids, *record["mention_ids"]])
    LOGGER.info("review %s: %s on incident %s", review.review_id, review.action, record["id"])
    return holder(store, review.anchor) or record["id"]


def holder(store: Store, mention_id: str) -> str | None:
    """The incident that now holds a mention, or None."""
    found = sorted(store.incidents_of_mentions([mention_id]))
    return found[0] if found else None


def _review(action: str, anchor: str, author: str | None, **kwargs: Any) -> Review:
    return Review(
        review_id=uuid.uuid4().hex[:16],
        action=action,
        anchor=anchor,
        author=author or "analyst",
        created=_now(),
        **kwargs,
    )


def confirm(
    store: Store,
    incident_id: str,
    *,
    version: int | None = None,
    author: str | None = None,
    note: str | None = None,
    relink: Relink | None = None,
) -> str:
    """Mark an incident as checked by a person; returns the id of the incident afterwards."""
    record = _record(store, incident_id)
    review = _review(
        "confirm", record["mention_ids"][0], author, note=note, value=True, before=bool(record.get("confirmed"))
    )
    return _apply(store, review, record, version, relink)


def reject(
    store: Store,
    incident_id: str,
    *,
    version: int | None = None,
    author: str | None = None,
    note: str | None = None,
    relink: Relink | None = None,
) -> str:
    """Hide an incident from the ledger and the export (not a deletion: undo brings it back)."""
    record = _record(store, incident_id)
    review = _review(
        "reject", record["mention_ids"][0], author, note=note, value=True, before=bool(record.get("hidden"))
    )
    return _apply(store, review, record, version, relink)


def parse_value(field: str, raw: Any) -> Any:
    """An analyst's typed-in value as the field holds it: a count is a whole number, a date ISO."""
    if field not in CORRECTABLE_FIELDS:
        raise ReviewError(f"field {field!r} cannot be corrected; choose one of {', '.join(CORRECTABLE_FIELDS)}")
    text = str(raw).strip() if raw is not None else ""
    if field == "date":
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError as exc:
            raise ReviewError(f"date {text!r}: write it as YYYY-MM-DD") from exc
    try:
        value = int(text.replace(",", ""))
    except ValueError as exc:
        raise ReviewError(f"{field} {text!r}: give a whole number, e.g. 12") from exc
    if value < 0:
        raise ReviewError(f"{field} {value}: a count cannot be negative")
    return value


def correct(
    store: Store,
    incident_id: str,
    field: str,
    value: Any,
    note: str | None = None,
    *,
    version: int | None = None,
    author: str | None = None,
    relink: Relink | None = None,
) -> str:
    """Set a field's value by hand; the note says why. Every later run keeps it, marked reviewed."""
    parsed = parse_value(field, value)
    record = _record(store, incident_id)
    before = ((record.get("fields") or {}).get(field) or {}).get("value")
    if field == "date" and before is None:
        before = record.get("date")
    review = _review("override", record["mention_ids"][0], author, field=field, value=parsed, before=before, note=note)
    return _apply(store, review, record, version, relink)


def merge(
    store: Store,
    incident_a: str,
    incident_b: str,
    *,
    version: int | None = None,
    version_b: int | None = None,
    author: str | None = None,
    note: str | None = None,
    relink: Relink | None = None,
) -> str:
    """Make two incidents one (a must-link between them); returns the merged incident's id."""
    if incident_a == incident_b:
        raise ReviewError("an incident cannot be merged with itself; pick another incident")
    a, b = _record(store, incident_a), _record(store, incident_b)
    if version_b is not None and store.incident_version(incident_b) != version_b:
        from crosswire.store import WriteConflict

        raise WriteConflict(f"incident {incident_b} was changed by someone else; reload it and merge again")
    # Tie every mention of both, not just one pair: the linker would otherwise be free to drop an
    # article of either incident that fits the other's date or place badly.
    members = [*a["mention_ids"], *b["mention_ids"]]
    review = _review(
        "merge", members[0], author, mention_ids=members[1:], note=note, before={"incidents": [incident_a, incident_b]}
    )
    record = dict(a, mention_ids=[*a["mention_ids"], *b["mention_ids"]])
    return _apply(store, review, record, version, relink)


def split(
    store: Store,
    incident_id: str,
    doc_id: str,
    *,
    version: int | None = None,
    author: str | None = None,
    note: str | None = None,
    relink: Relink | None = None,
) -> str:
    """Move one article's mentions out of an incident into a new one; returns the new incident's id."""
    record = _record(store, incident_id)
    mentions = store.mentions(mention_ids=record["mention_ids"])
    moved = [m.mention_id for m in mentions if m.doc_id == doc_id]
    staying = [m.mention_id for m in mentions if m.doc_id != doc_id]
    if not moved:
        raise ReviewError(f"article {doc_id} is not part of incident {incident_id}")
    if not staying:
        raise ReviewError(f"article {doc_id} is the only source of incident {incident_id}; nothing to split from")
    review = _review(
        "split",
        staying[0],
        author,
        mention_ids=moved,
        value={"staying": staying},
        note=note,
        before={"incident": incident_id, "doc_id": doc_id},
    )
    store.add_review(review, incident_id=record["id"], expected_version=version)
    _narrow_merges(store, set(moved), review)
    _apply(store, review, record, None, relink, stored=True)
    return holder(store, moved[0]) or incident_id


def _narrow_merges(store: Store, moved: set[str], split_review: Review) -> None:
    """A merge forces its mentions together; a later split of some of them must win, so the merge
    is replaced by one without the moved mentions (the latest decision of an analyst counts)."""
    for old in store.reviews():
        members = [old.anchor, *old.mention_ids]
        if old.action != "merge" or not moved & set(members):
            continue
        store.undo_review(old.review_id)
        remaining = [m for m in members if m not in moved]
        if len(remaining) > 1:
            store.add_review(
                _review(
                    "merge",
                    remaining[0],
                    split_review.author,
                    mention_ids=remaining[1:],
                    note=f"narrowed by split {split_review.review_id}",
                    before=old.review_id,
                )
            )
        LOGGER.info("merge %s narrowed by split %s", old.review_id, split_review.review_id)


def undo(store: Store, review_id: str, *, relink: Relink | None = None) -> str | None:
    """Withdraw a review; the incidents it touched are re-linked without it. Returns the anchor's incident."""
    found = [r for r in store.reviews(include_undone=True) if r.review_id == review_id]
    if not found:
        raise ReviewError(f"no review {review_id!r}")
    review = found[0]
    if review.undone:
        raise ReviewError(f"review {review_id} is already undone")
    ids = [review.anchor, *review.mention_ids]
    store.undo_review(review_id)
    (relink or _relink_default)(store, mention_ids=ids)
    LOGGER.info("review %s undone", review_id)
    return holder(store, review.anchor)


def history(store: Store, record: dict[str, Any]) -> list[Review]:
    """Every review (undone ones too) that names one of the incident's mentions, oldest first."""
    mine = set(record.get("mention_ids") or [])
    return [r for r in store.reviews(include_undone=True) if mine & {r.anchor, *r.mention_ids}]
