"""Review actions: each is stored with who/when/before/after, applied at once, kept by every re-run, undoable."""

from __future__ import annotations

import datetime as dt

import pytest

from crosswire import reviews
from crosswire.link import block_keys
from crosswire.model import Claim, CleanText, CountValue, DateValue, Document, Location, Mention, RemovedSegment
from crosswire.pipeline import relink
from crosswire.store import Store, WriteConflict

SPRINGFIELD = Location("Springfield", country="US", admin1="Illinois", lat=39.8, lon=-89.6, precision="city")
SHELBYVILLE = Location("Shelbyville", country="US", admin1="Illinois", lat=39.4, lon=-88.8, precision="city")
# Fictional reports: two outlets on one shooting (differing tolls), one on an unrelated riot whose
# text carries markup, as a scraped page might.
ARTICLES = [
    (
        "doc-a",
        "Daily Ledger",
        dt.date(2025, 6, 14),
        "Violence against civilians",
        "Attack",
        SPRINGFIELD,
        "Three people were killed in a shooting at a warehouse in Springfield on Friday, police said.",
        [("killed", CountValue(3, 3, 3), "Three people were killed", "police")],
        "on Friday",
    ),
    (
        "doc-b",
        "Evening Post",
        dt.date(2025, 6, 15),
        "Violence against civilians",
        "Attack",
        SPRINGFIELD,
        "At least four people died in the warehouse shooting in Springfield, officials said.",
        [("killed", CountValue(4, 4, None, "at least"), "At least four people died", "officials")],
        None,
    ),
    (
        "doc-c",
        "Morning Star",
        dt.date(2025, 3, 3),
        "Riots",
        "Violent demonstration",
        SHELBYVILLE,
        "Two men were arrested after a riot in Shelbyville <script>alert(1)</script> on Sunday.",
        [("arrested", CountValue(2, 2, 2), "Two men were arrested", None)],
        "on Sunday",
    ),
]


def _claim(doc_id: str, text: str, field: str, value, phrase: str, speaker: str | None = None) -> Claim:
    start = text.index(phrase)
    return Claim(field, value, phrase, start, start + len(phrase), doc_id, speaker)


def _article(doc_id, outlet, published, event_type, sub_type, place, text, counts, date_phrase):
    doc = Document(doc_id=doc_id, content=text, title=f"{outlet} report", outlet=outlet, published=published)
    clean = CleanText(
        doc_id=doc_id, text=text, removed=[RemovedSegment("Subscribe to our <b>newsletter</b>", "newsletter")]
    )
    claims = [_claim(doc_id, text, field, value, phrase, speaker) for field, value, phrase, speaker in counts]
    claims.append(_claim(doc_id, text, "place", place, place.name))
    if date_phrase:
        day = published - dt.timedelta(days=1)
        claims.append(_claim(doc_id, text, "date", DateValue(date_phrase, day, day, "day"), date_phrase))
    mention = Mention(
        Mention.make_id(doc_id, 0, event_type),
        doc_id,
        event_type,
        sub_type,
        "main",
        0,
        text,
        claims,
        published,
        names=["warehouse"] if "warehouse" in text else [],
    )
    return doc, clean, [mention]


def fill_store(store: Store) -> None:
    """Store the three fictional articles and link them (the shooting reports become one incident)."""
    for row in ARTICLES:
        doc, clean, mentions = _article(*row)
        store.add_document(doc, clean, mentions, {m.mention_id: block_keys(m) for m in mentions})
    relink(store)


def incident_of(store: Store, doc_id: str) -> dict:
    """The (visible or hidden) incident whose sources include the article."""
    for record in store.incidents(include_hidden=True).rows:
        if doc_id in {s["doc_id"] for s in record["sources"]}:
            return record
    raise AssertionError(f"no incident holds {doc_id}")


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "reviews.db") as s:
        fill_store(s)
        yield s


def test_fixture_links_the_two_shooting_reports(store):
    assert incident_of(store, "doc-a")["id"] == incident_of(store, "doc-b")["id"]
    assert incident_of(store, "doc-c")["id"] != incident_of(store, "doc-a")["id"]


def test_correction_is_applied_at_once_and_kept_by_a_full_rerun(store):
    shooting = incident_of(store, "doc-a")
    new_id = reviews.correct(
        store, shooting["id"], "killed", "5", "coroner's list", version=shooting["version"], author="ana"
    )
    assert store.incident(new_id)["fields"]["killed"]["value"] == 5
    assert store.incident(new_id)["fields"]["killed"]["reviewed"] is True
    relink(store)  # what any later ingest does
    again = incident_of(store, "doc-a")
    assert again["fields"]["killed"]["value"] == 5 and again["fields"]["killed"]["reviewed"]
    [review] = reviews.history(store, again)
    assert (review.action, review.author, review.before, review.value, review.note) == (
        "override",
        "ana",
        shooting["fields"]["killed"]["value"],
        5,
        "coroner's list",
    )
    assert review.created


def test_undo_restores_the_value_the_reports_give(store):
    shooting = incident_of(store, "doc-a")
    original = shooting["fields"]["killed"]["value"]
    reviews.correct(store, shooting["id"], "killed", 9, version=shooting["version"])
    [review] = reviews.history(store, incident_of(store, "doc-a"))
    reviews.undo(store, review.review_id)
    after = incident_of(store, "doc-a")
    assert after["fields"]["killed"]["value"] == original and not after["fields"]["killed"]["reviewed"]
    assert reviews.history(store, after)[0].undone  # still shown in the history, marked undone
    with pytest.raises(reviews.ReviewError, match="already undone"):
        reviews.undo(store, review.review_id)


def test_second_save_with_a_stale_version_is_refused(store):
    shooting = incident_of(store, "doc-a")
    reviews.correct(store, shooting["id"], "killed", 5, version=shooting["version"], author="first")
    current = incident_of(store, "doc-a")
    with pytest.raises(WriteConflict, match="changed by someone else"):
        reviews.correct(store, current["id"], "killed", 6, version=shooting["version"], author="second")
    assert incident_of(store, "doc-a")["fields"]["killed"]["value"] == 5
    assert len(store.reviews()) == 1


def test_split_moves_an_article_out_and_a_rerun_does_not_re_merge_it(store):
    shooting = incident_of(store, "doc-a")
    new_id = reviews.split(store, shooting["id"], "doc-b", version=shooting["version"])
    assert {s["doc_id"] for s in store.incident(new_id)["sources"]} == {"doc-b"}
    relink(store)
    assert incident_of(store, "doc-a")["id"] != incident_of(store, "doc-b")["id"]
    [review] = reviews.history(store, incident_of(store, "doc-b"))
    reviews.undo(store, review.review_id)
    assert incident_of(store, "doc-a")["id"] == incident_of(store, "doc-b")["id"]


def test_merge_joins_two_incidents_and_a_rerun_does_not_re_split_them(store):
    shooting, riot = incident_of(store, "doc-a"), incident_of(store, "doc-c")
    merged = reviews.merge(store, shooting["id"], riot["id"], version=shooting["version"], version_b=riot["version"])
    assert {s["doc_id"] for s in store.incident(merged)["sources"]} == {"doc-a", "doc-b", "doc-c"}
    relink(store)
    assert incident_of(store, "doc-c")["id"] == incident_of(store, "doc-a")["id"]


def test_reject_hides_and_confirm_marks(store):
    riot, shooting = incident_of(store, "doc-c"), incident_of(store, "doc-a")
    reviews.reject(store, riot["id"], version=riot["version"], note="not an incident")
    shooting = incident_of(store, "doc-a")  # re-linking the riot's block may have touched it
    reviews.confirm(store, shooting["id"], version=shooting["version"])
    visible = {r["id"] for r in store.incidents().rows}
    assert incident_of(store, "doc-c")["id"] not in visible
    assert incident_of(store, "doc-a")["confirmed"] is True
    relink(store)
    assert incident_of(store, "doc-c")["hidden"] and incident_of(store, "doc-a")["confirmed"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("killed", "many", "whole number"),
        ("killed", "-2", "negative"),
        ("date", "June 3", "YYYY-MM-DD"),
        ("perpetrator", "x", "cannot be corrected"),
    ],
)
def test_bad_corrections_are_refused_with_the_fix(store, field, value, message):
    shooting = incident_of(store, "doc-a")
    with pytest.raises(reviews.ReviewError, match=message):
        reviews.correct(store, shooting["id"], field, value, version=shooting["version"])
    assert store.reviews() == []


def test_actions_on_unknown_or_impossible_targets_are_refused(store):
    riot = incident_of(store, "doc-c")
    with pytest.raises(reviews.ReviewError, match="no incident"):
        reviews.confirm(store, "does-not-exist")
    with pytest.raises(reviews.ReviewError, match="only source"):
        reviews.split(store, riot["id"], "doc-c")
    with pytest.raises(reviews.ReviewError, match="not part of"):
        reviews.split(store, riot["id"], "doc-a")
    with pytest.raises(reviews.ReviewError, match="itself"):
        reviews.merge(store, riot["id"], riot["id"])
    with pytest.raises(reviews.ReviewError, match="no review"):
        reviews.undo(store, "nope")


def test_split_after_merge_wins_and_keeps_the_rest_merged(store):
    shooting, riot = incident_of(store, "doc-a"), incident_of(store, "doc-c")
    merged = reviews.merge(store, shooting["id"], riot["id"], version=shooting["version"], version_b=riot["version"])
    reviews.split(store, merged, "doc-c", version=store.incident(merged)["version"])
    relink(store)
    assert incident_of(store, "doc-c")["id"] != incident_of(store, "doc-a")["id"]
    assert incident_of(store, "doc-a")["id"] == incident_of(store, "doc-b")["id"]
