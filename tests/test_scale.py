"""Cost that grows linearly: linking compares O(n) pairs, and a new batch re-links only what it touches."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import crosswire.pipeline as pipeline
from crosswire.link import LinkStats, link
from crosswire.link.blocking import WINDOW
from crosswire.model import Claim, CountValue, DateValue, Location, Mention
from crosswire.pipeline import ingest
from crosswire.store import Store

DAY = dt.date(2022, 5, 13)
# Fictional cities of one state: every mention falls into the same country-week block (the worst case).
CITIES = [("Alderbrook", 40.1, -89.1), ("Birchfield", 40.4, -89.6), ("Cedar Hollow", 39.8, -88.9)]
# Sort orders (date, place, names) x neighbours each way: the most pairs one mention can start.
PAIRS_PER_MENTION = 3 * 2 * WINDOW


def _mention(i: int) -> Mention:
    """One shooting report per document, all on one day in one state: a single crowded block."""
    doc_id = f"doc{i:05d}"
    city, lat, lon = CITIES[i % len(CITIES)]
    trigger = f"Two people were shot in {city} on Friday."
    claims = [
        Claim("killed", CountValue(i % 4, i % 4, i % 4), "killed", 0, 6, doc_id),
        Claim("date", DateValue("Friday", DAY, DAY, "day"), "Friday", 0, 6, doc_id),
        Claim("place", Location(city, "US", "IL", None, lat, lon, "city"), city, 0, len(city), doc_id),
    ]
    mid = Mention.make_id(doc_id, 0, "Violence against civilians")
    return Mention(
        mid,
        doc_id,
        "Violence against civilians",
        "Attack",
        "main",
        0,
        trigger,
        claims,
        published=DAY + dt.timedelta(days=1),
        names=[f"Suspect {i % 50}"],
    )


def _comparisons(n: int) -> int:
    stats = LinkStats()
    link([_mention(i) for i in range(n)], stats=stats)
    return stats.comparisons


def test_linking_compares_a_linear_number_of_pairs():
    small, large = _comparisons(200), _comparisons(800)
    # All pairs of 800 mentions would be 319,600; a fixed window gives a fixed number per mention.
    assert large <= PAIRS_PER_MENTION * 800
    assert large / small < 4 * 1.25, f"{small} -> {large} comparisons for 4x the mentions"


ARTICLES = [
    (
        "shooting-1",
        "2021-03-06",
        "DENVER - Two men were shot and killed outside a bar in Denver on Friday night,"
        " police said. A third man was wounded.",
    ),
    (
        "bombing-1",
        "2019-08-12",
        "NAIROBI - A bomb exploded at a bus stop in Nairobi on Sunday, killing four people"
        " and injuring 12, police said.",
    ),
    (
        "arrests-1",
        "2017-11-20",
        "LYON - Police arrested 15 protesters in Lyon on Saturday after a march turned violent, officials said.",
    ),
    (
        "stabbing-1",
        "2023-01-15",
        "PHOENIX - A woman was stabbed to death in Phoenix on Friday, police said. A suspect was arrested.",
    ),
]
FOLLOW_UP = (
    "shooting-2",
    "2021-03-07",
    "DENVER - Police in Denver identified the two men killed in Friday night's"
    " shooting outside a bar. A third man remains in hospital.",
)


def _write(path: Path, articles) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for doc_id, published, text in articles:
            f.write(json.dumps({"doc_id": doc_id, "published": published, "text": text}) + "\n")
    return path


def _versions(store: Store) -> dict[str, tuple[int, tuple[str, ...]]]:
    """Incident id -> (version, its documents)."""
    return {
        r["id"]: (r["version"], tuple(sorted(s["doc_id"] for s in r["sources"])))
        for r in store.incidents(include_hidden=True).rows
    }


def test_a_new_batch_relinks_only_the_incidents_it_touches(tmp_path):
    with Store(tmp_path / "ledger.db") as store:
        ingest([_write(tmp_path / "day1.jsonl", ARTICLES)], store)
        before = _versions(store)
        ingest([_write(tmp_path / "day2.jsonl", [FOLLOW_UP])], store)
        after = _versions(store)
    shooting = next(iid for iid, (_v, docs) in after.items() if "shooting-1" in docs)
    assert "shooting-2" in after[shooting][1], "the follow-up should join the shooting it reports on"
    assert after[shooting][0] > before[shooting][0]
    untouched = {iid: v for iid, v in before.items() if iid != shooting}
    assert len(untouched) >= 3
    # Other places, other years: their incident rows must not be rewritten.
    assert {iid: after.get(iid) for iid in untouched} == untouched


@pytest.fixture
def linked(monkeypatch) -> list[set[str]]:
    """The documents of each pass the pipeline hands to ``link``, in order."""
    passes: list[set[str]] = []
    real_link = pipeline.link

    def spy(mentions, **kwargs):
        passes.append({m.doc_id for m in mentions})
        return real_link(mentions, **kwargs)

    monkeypatch.setattr(pipeline, "link", spy)
    return passes


def test_a_new_batch_loads_only_its_neighbours(tmp_path, linked):
    with Store(tmp_path / "ledger.db") as store:
        ingest([_write(tmp_path / "day1.jsonl", ARTICLES)], store)
        ingest([_write(tmp_path / "day2.jsonl", [FOLLOW_UP])], store)
    # Every located, dated mention sits in the family's wildcard blocks too; those must not pull
    # the other places and years into the second run.
    assert linked[-1] == {"shooting-1", "shooting-2"}


def test_benchmark_corpus_repeats_with_fresh_ids(tmp_path):
    from crosswire.bench_speed import count_records, repeat_corpus

    source = _write(tmp_path / "small.jsonl", ARTICLES)
    out = tmp_path / "big.jsonl"
    assert repeat_corpus(source, 10, out) == 10 == count_records(out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    # Every repeat must be a new document to the store, or a bigger corpus would measure nothing new.
    assert len({r["doc_id"] for r in records}) == 10
    assert [r["text"] for r in records[4:8]] == [a[2] for a in ARTICLES]


def test_wire_copies_come_from_stored_signatures(tmp_path):
    from crosswire.link import find_copies

    story = ARTICLES[0][2] + " The bar had been the scene of fights before, neighbours told reporters on Saturday."
    copy = ("shooting-copy", "2021-03-08", story)
    with Store(tmp_path / "ledger.db") as store:
        ingest([_write(tmp_path / "day1.jsonl", [(ARTICLES[0][0], ARTICLES[0][1], story), *ARTICLES[1:]])], store)
        ingest([_write(tmp_path / "day2.jsonl", [copy])], store)
        assert store.unsigned_documents(limit=10) == [], "every stored document keeps its signature"
        # The later copy points at the earlier original, as hashing the whole archive again would say.
        assert store.copies() == {"shooting-copy": "shooting-1"} == find_copies(store.document_texts())


def _doc_groups(store: Store) -> set[frozenset[str]]:
    return {frozenset(docs) for _v, docs in _versions(store).values()}


def test_one_run_links_a_few_weeks_at_a_time_and_gets_what_one_pass_gets(tmp_path, monkeypatch, linked):
    corpus = _write(tmp_path / "all.jsonl", [*ARTICLES, FOLLOW_UP])
    with Store(tmp_path / "one-pass.db") as store:
        ingest([corpus], store)
        one_pass = _doc_groups(store)
    linked.clear()
    monkeypatch.setattr(pipeline, "BATCH_MENTIONS", 1)
    with Store(tmp_path / "by-weeks.db") as store:
        ingest([corpus], store)
        assert _doc_groups(store) == one_pass
    assert len(linked) >= 4, "each week should be its own pass"
    steps: list[tuple[int, int]] = []
    with Store(tmp_path / "by-weeks.db") as store:
        pipeline.relink(store, progress=lambda done, total: steps.append((done, total)))
    total = steps[0][1]
    assert steps[0] == (0, total) and steps[-1] == (total, total) and len(steps) >= 5
    assert [done for done, _ in steps] == sorted({done for done, _ in steps}), "progress only moves on"
    # Years apart: no pass holds the 2019 bombing together with the 2021 shooting.
    assert not any({"bombing-1", "shooting-1"} <= docs for docs in linked)
    assert {"shooting-1", "shooting-2"} in linked


def test_a_run_stopped_before_linking_leaves_its_articles_for_the_next_run(tmp_path, monkeypatch):
    corpus = _write(tmp_path / "all.jsonl", [*ARTICLES, FOLLOW_UP])
    with Store(tmp_path / "clean.db") as store:
        ingest([corpus], store)
        clean = _doc_groups(store)

    def stopped(*args, **kwargs):
        raise KeyboardInterrupt

    with Store(tmp_path / "stopped.db") as store:
        with monkeypatch.context() as patch:
            patch.setattr(pipeline, "relink", stopped)
            with pytest.raises(KeyboardInterrupt):
                ingest([corpus], store)
        assert store.document_count() == len(ARTICLES) + 1 and not _doc_groups(store)
        again = ingest([corpus], store)  # every article is stored already: only the linking is left
        assert again.added == 0 and again.incidents > 0
        assert _doc_groups(store) == clean and not store.unlinked_mention_ids()


def test_an_earlier_original_arriving_later_takes_over_its_copies(tmp_path):
    story = ARTICLES[0][2] + " The bar had been the scene of fights before, neighbours told reporters on Saturday."
    with Store(tmp_path / "ledger.db") as store:
        ingest(
            [_write(tmp_path / "day1.jsonl", [("late-copy", "2021-03-08", story), ("copy-2", "2021-03-09", story)])],
            store,
        )
        assert store.copies() == {"copy-2": "late-copy"}
        ingest([_write(tmp_path / "day2.jsonl", [("first-report", "2021-03-06", story)])], store)
        assert store.copies() == {"late-copy": "first-report", "copy-2": "first-report"}


def test_a_report_with_no_time_at_all_loads_only_the_reports_stored_last(tmp_path, monkeypatch, linked):
    pasted = tmp_path / "pasted.txt"
    pasted.write_text("PHOENIX - A woman was stabbed to death in Phoenix, Arizona, police said.", encoding="utf-8")
    monkeypatch.setattr(pipeline, "WILD_LOAD", 1)
    with Store(tmp_path / "ledger.db") as store:
        ingest([_write(tmp_path / "day1.jsonl", ARTICLES)], store)
        ingest([pasted], store)
    # No publication date and no date in the text: it may be of any time, but it does not load
    # every report of the country, only the last one stored (the Phoenix stabbing).
    assert "shooting-1" not in linked[-1] and "stabbing-1" in linked[-1]
