"""The Ray engine and the worker processes give the ledger one process gives; Ray says how to install it if missing."""

from __future__ import annotations

import importlib.util
import json
import resource
import shutil
import sys
from pathlib import Path

import pytest

from crosswire.export import write_incidents
from crosswire.pipeline import ingest
from crosswire.store import Store

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "demo" / "articles"
# A few dozen real articles beside the demo: enough for wire copies, merges and background mentions.
GVA_LINES = 40
HAS_RAY = importlib.util.find_spec("ray") is not None


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, shared_dir) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(DEMO, folder / "demo")
    with open(shared_dir / "data" / "gva-dev" / "documents.jsonl", encoding="utf-8") as f:
        lines = [line for _, line in zip(range(GVA_LINES), f, strict=False)]
    (folder / "gva.jsonl").write_text("".join(lines), encoding="utf-8")
    return folder


def _export(db: Path) -> list[dict]:
    """The incidents export, ids left out (they may differ only if ordering did), in a fixed order."""
    out = Path(str(db) + ".jsonl")
    with Store(db) as store, open(out, "w", encoding="utf-8") as f:
        write_incidents(store.incidents(include_hidden=True).rows, f)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for record in records:
        record.pop("id", None)
    return sorted(records, key=lambda r: json.dumps(r, sort_keys=True))


@pytest.mark.skipif(
    not HAS_RAY, reason="Ray is not installed: pip install 'crosswire[ray]' to run the Ray engine tests"
)
def test_ray_engine_gives_the_same_incidents_as_local(corpus, tmp_path):
    with Store(tmp_path / "local.db") as store:
        local = ingest([corpus], store, engine="local")
    with Store(tmp_path / "ray.db") as store:
        remote = ingest([corpus], store, engine="ray")
    assert remote.added == local.added > GVA_LINES
    assert remote.mentions == local.mentions
    assert len(remote.errors) == len(local.errors)
    expected, got = _export(tmp_path / "local.db"), _export(tmp_path / "ray.db")
    assert expected, "the corpus should give incidents"
    assert got == expected
    # The actors' work is accounted for in the report's stage times.
    assert remote.stages.seconds.get("extract", 0) > 0


def test_worker_processes_give_the_same_incidents_as_one_process(corpus, tmp_path):
    (corpus / "empty.txt").write_text("   \n", encoding="utf-8")
    try:
        with Store(tmp_path / "one.db") as store:
            single = ingest([corpus], store, n_process=1)
        with Store(tmp_path / "two.db") as store:
            pooled = ingest([corpus], store, n_process=2)
    finally:
        (corpus / "empty.txt").unlink()
    assert pooled.added == single.added > GVA_LINES
    assert pooled.mentions == single.mentions
    assert pooled.errors == single.errors and any("empty.txt" in e for e in pooled.errors)
    expected = _export(tmp_path / "one.db")
    assert expected and _export(tmp_path / "two.db") == expected
    assert pooled.stages.seconds["extract"] > 0


def test_the_speed_benchmark_counts_the_cpu_time_and_memory_of_the_workers(corpus, tmp_path):
    from crosswire.bench_speed import measure_crosswire

    own = resource.getrusage(resource.RUSAGE_SELF)
    measured = measure_crosswire(corpus, tmp_path / "speed.db", workers=2)
    own_after = resource.getrusage(resource.RUSAGE_SELF)
    own_cpu = own_after.ru_utime + own_after.ru_stime - own.ru_utime - own.ru_stime
    # the workers are the fork server's children: they count once the benchmark has stopped it
    assert measured["cpu_seconds"] > own_cpu
    assert measured["peak_child_rss_mb"] > 0


def test_ray_engine_without_ray_says_how_to_install(monkeypatch, tmp_path):
    from crosswire.distributed import extract_with_ray
    from crosswire.pipeline import StageTimer

    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    with pytest.raises(ImportError, match=r"pip install 'crosswire\[ray\]'"):
        next(extract_with_ray(iter([]), address=None, timer=StageTimer()))
