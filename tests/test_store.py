"""The store: migrations, one transaction per document or batch, re-ingest as a no-op, reviews, conflicts."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from crosswire.model import Claim, CleanText, CountValue, Document, Mention, Review
from crosswire.store import Store, StoreError, WriteConflict


def _doc(doc_id: str = "d1", text: str = "Two people were killed in Springfield on Friday.") -> tuple:
    doc = Document(doc_id=doc_id, content=text, path=f"{doc_id}.txt", published=dt.date(2025, 6, 14))
    clean = CleanText(doc_id=doc_id, text=text)
    mention = Mention(
        mention_id=Mention.make_id(doc_id, 0, "main"),
        doc_id=doc_id,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        role="main",
        start=0,
        trigger=text,
        published=doc.published,
        claims=[Claim("killed", CountValue(2, 2, 2), text, 0, len(text), doc_id, "police")],
    )
    return doc, clean, [mention]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.db") as s:
        yield s


def test_new_database_is_migrated_to_latest_schema(store):
    assert store.schema_version() >= 1
    # opening again does not re-run migrations
    again = Store(store.path)
    assert again.schema_version() == store.schema_version()
    again.close()


def test_document_round_trip_keeps_claims_and_quotes(store):
    doc, clean, mentions = _doc()
    assert store.add_document(doc, clean, mentions, {mentions[0].mention_id: ["k1"]})
    [loaded] = store.mentions()
    assert loaded.claims[0].value == CountValue(2, 2, 2)
    assert loaded.claims[0].quote == clean.text[loaded.claims[0].start : loaded.claims[0].end]
    assert store.mentions(mention_ids=[loaded.mention_id])[0].mention_id == loaded.mention_id
    assert store.block_keys_by_mention([loaded.mention_id, "other"]) == {loaded.mention_id: ["k1"]}


def test_adding_the_same_document_twice_is_a_no_op(store):
    doc, clean, mentions = _doc()
    assert store.add_document(doc, clean, mentions, {})
    assert not store.add_document(doc, clean, mentions, {})
    assert store.document_count() == 1 and store.mention_count() == 1


def test_failed_write_leaves_no_partial_document(store):
    doc, clean, mentions = _doc()
    broken = Mention.from_dict(mentions[0].as_dict())
    broken.doc_id = "missing-document"  # violates the foreign key after the document row went in
    with pytest.raises(StoreError):
        store.add_document(doc, clean, [broken], {})
    assert store.document_count() == 0 and store.mention_count() == 0


def test_a_batch_with_a_failed_write_stores_none_of_its_documents_and_names_the_one(store):
    first, second = _doc("d1"), _doc("d2")
    broken = Mention.from_dict(second[2][0].as_dict())
    broken.doc_id = "missing-document"
    with pytest.raises(StoreError, match="cannot write document d2"):
        store.add_documents([(*first, {}, None), (*second[:2], [broken], {}, None)])
    assert store.document_count() == 0 and store.mention_count() == 0
    # the same batch, written again once mended, goes in whole; a document twice in it goes in once
    assert store.add_documents([(*first, {}, None), (*second, {}, None), (*first, {}, None)]) == [True, True, False]
    assert store.document_count() == 2 and store.mention_count() == 2


def test_unwritable_path_is_a_clear_error(tmp_path):
    # a regular file where a folder should be: unwritable even for root
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open the database"):
        Store(blocker / "x.db")


def test_incident_filters_and_paging(store):
    records = [
        {
            "id": f"i{n}",
            "event_type": "Battles" if n % 2 else "Protests",
            "sub_event_type": "x",
            "date": f"2025-06-{n + 10:02d}",
            "location": {"name": "Springfield", "country": "US"},
            "fields": {"killed": {"value": n, "status": "conflict" if n == 3 else "single"}},
            "sources": [],
            "mention_ids": [f"m{n}"],
            "actors": [],
        }
        for n in range(6)
    ]
    store.replace_incidents(records)
    assert store.incidents().total == 6
    assert [r["id"] for r in store.incidents(event_type="battles").rows] == ["i5", "i3", "i1"]
    assert store.incidents(conflict=True).first()["id"] == "i3"
    assert store.incidents(since="2025-06-14").total == 2
    page = store.incidents(limit=2, offset=2, descending=False)
    assert [r["id"] for r in page.rows] == ["i2", "i3"] and page.total == 6


def test_map_points_carry_the_toll_s_upper_bound(store):
    # open ("more than 30"), a range ("hundreds"), and a record written before counts kept intervals
    killed = [{"value": 31, "high": None}, {"value": 200, "high": 999}, {"value": 4}]
    records = [
        {
            "id": f"i{n}",
            "event_type": "Battles",
            "date": "2025-06-10",
            "location": {"name": "Springfield", "country": "US", "lat": 39.8, "lon": -89.6},
            "fields": {"killed": {**count, "status": "single"}},
            "sources": [],
            "mention_ids": [f"m{n}"],
        }
        for n, count in enumerate(killed)
    ]
    store.replace_incidents(records)
    points = {p["id"]: (p["killed"], p["killed_high"]) for p in store.map_points()}
    assert points == {"i0": (31, None), "i1": (200, 999), "i2": (4, 4)}


def test_replace_incidents_bumps_version_and_stale_review_is_refused(store):
    record = {"id": "i1", "fields": {}, "sources": [], "mention_ids": ["m1"], "actors": []}
    store.replace_incidents([record])
    version = store.incident("i1")["version"]
    review = Review(review_id="r1", action="confirm", anchor="m1")
    store.add_review(review, incident_id="i1", expected_version=version)
    with pytest.raises(WriteConflict, match="changed by someone else"):
        store.add_review(
            Review(review_id="r2", action="reject", anchor="m1"), incident_id="i1", expected_version=version
        )
    assert [r.review_id for r in store.reviews()] == ["r1"]
    assert store.undo_review("r1") and store.reviews() == []


def test_migration_table_records_each_step(store):
    rows = sqlite3.connect(store.path).execute("SELECT version, name FROM schema_migrations").fetchall()
    assert rows[0] == (1, "initial")


def test_a_database_another_process_just_migrated_opens(store, monkeypatch):
    # Both processes read "not migrated yet"; the second one's scripts then find the tables made.
    real, calls = Store._applied, []

    def stale_once(self):
        calls.append(1)
        return set() if len(calls) == 1 else real(self)

    monkeypatch.setattr(Store, "_applied", stale_once)
    again = Store(store.path)
    assert again.schema_version() == store.schema_version()
    again.close()
