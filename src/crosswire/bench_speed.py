"""Throughput benchmark: crosswire end to end against the bare spaCy model on the same texts.

Each measurement runs in a fresh Python process so that its peak memory (``ru_maxrss`` of the
process and of its ``n_process`` children) belongs to that run alone. The parent writes the
corpus (repeated with fresh ids up to the asked size), runs crosswire into a fresh database,
then runs ``nlp.pipe`` with the same batch size and process count over the cleaned texts that
run stored, and reports the ratio crosswire / bare model (target >= 0.75).

Run one measurement by hand with ``python -m crosswire.bench_speed crosswire|bare ...``.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from crosswire.model import READ_CHARS

__all__ = [
    "SpeedResult",
    "bench_speed",
    "count_records",
    "cpu_seconds",
    "measure_bare",
    "measure_crosswire",
    "peak_rss_mb",
    "repeat_corpus",
]

LOGGER = logging.getLogger(__name__)

# Same batch size as crosswire.extract.Extractor, so the bare run is a fair baseline.
NLP_BATCH = 64
TARGET_RATIO = 0.75
# Stages the pipeline times itself; the rest of the wall time is reading + the model + our rules.
REMAINDER = "read+extract"


@dataclass(slots=True)
class SpeedResult:
    """One corpus size: crosswire's throughput, the bare model's, and where the time went."""

    articles: int
    engine: str
    workers: int
    seconds: float
    articles_per_second: float
    bare_seconds: float
    bare_articles_per_second: float
    ratio: float
    # The same ratio in CPU seconds (ours / model's per article, inverted): robust to a busy machine.
    cpu_ratio: float = 0.0
    cpu_seconds: float = 0.0
    bare_cpu_seconds: float = 0.0
    mentions: int = 0
    incidents: int = 0
    stages: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    peak_child_rss_mb: float = 0.0
    bare_peak_rss_mb: float = 0.0
    # Loading the model before the bare run's clock starts; ours loads it in its workers, on the clock.
    bare_load_seconds: float = 0.0

    def as_dict(self) -> dict:
        return asdict(self)


def cpu_seconds() -> float:
    """User + system CPU seconds of this process and its finished children (the ``n_process`` workers,
    and our workers' fork server with the workers it forked, once it has been stopped).

    Wall time on a shared machine depends on who else runs; CPU time is what the work itself costs.
    """
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MiB (Linux: KiB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(own / 1024, 1), round(children / 1024, 1)


def repeat_corpus(source: Path, target: int, out: Path) -> int:
    """Write ``target`` JSONL records to ``out``, cycling through ``source``; returns how many were written.

    The first pass keeps the records as they are; later passes get fresh ids (``<id>~r<pass>``), so
    every record is a new document to the store. Streams line by line: memory stays flat.
    """
    written, rep = 0, 0
    with open(out, "w", encoding="utf-8") as f:
        while written < target:
            before = written
            for record in _records(source):
                if written >= target:
                    break
                if rep:
                    record["doc_id"] = f"{record.get('doc_id') or written}~r{rep}"
                f.write(json.dumps(record) + "\n")
                written += 1
            if written == before:
                raise ValueError(f"{source}: no records to repeat")
            rep += 1
    return written


def count_records(source: Path) -> int:
    """Non-blank lines of a JSONL file."""
    with open(source, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def _records(source: Path) -> Iterator[dict]:
    with open(source, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def measure_crosswire(
    corpus: Path, db: Path, *, workers: int, engine: str = "local", texts_out: Path | None = None
) -> dict:
    """Ingest ``corpus`` into the fresh database ``db`` end to end; returns figures as a dict.

    With ``texts_out``, afterwards (outside the timing) writes the cleaned texts the run stored, one
    JSON string per line, for the bare-model run.
    """
    from crosswire.parallel import stop_worker_server
    from crosswire.pipeline import ingest
    from crosswire.store import Store

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    if db.exists():
        raise FileExistsError(f"{db}: exists; the benchmark needs a fresh database")
    with Store(db) as store:
        started, cpu = time.perf_counter(), cpu_seconds()
        report = ingest([corpus], store, engine=engine, n_process=workers)
        seconds = time.perf_counter() - started
        stop_worker_server()  # its workers' CPU time counts once it has ended
        cpu = cpu_seconds() - cpu
        if texts_out is not None:
            with open(texts_out, "w", encoding="utf-8") as f:
                for _doc_id, text, _published in store.document_texts():
                    f.write(json.dumps(text) + "\n")
    stages = {k: round(v, 2) for k, v in sorted(report.stages.seconds.items())}
    if "extract" not in stages:  # in-process extraction is not timed on its own: it is what the stages leave over
        stages[REMAINDER] = round(report.seconds - sum(report.stages.seconds.values()), 2)
    own, child = peak_rss_mb()
    return {
        "articles": report.added,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "mentions": report.mentions,
        "incidents": report.incidents,
        "errors": len(report.errors),
        "stages": stages,
        "peak_rss_mb": own,
        "peak_child_rss_mb": child,
    }


def measure_bare(texts: Path, *, workers: int, batch_size: int = NLP_BATCH) -> dict:
    """Time the bare ``nlp.pipe`` over the texts in ``texts`` (one JSON string a line), same settings as
    crosswire; the model's load before it is timed apart (``load_seconds``)."""
    from crosswire.extract.nlp import load_nlp

    started = time.perf_counter()
    nlp = load_nlp()
    load_seconds = time.perf_counter() - started

    def stream() -> Iterator[str]:
        with open(texts, encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)[:READ_CHARS]

    started, cpu = time.perf_counter(), cpu_seconds()
    n = sum(1 for _ in nlp.pipe(stream(), batch_size=batch_size, n_process=workers))
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    own, child = peak_rss_mb()
    return {
        "articles": n,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_rss_mb": max(own, child),
        "load_seconds": round(load_seconds, 2),
    }


def _child(*args: str) -> dict:
    """Run one measurement in a fresh interpreter; its JSON line comes back."""
    result = subprocess.run(
        [sys.executable, "-m", "crosswire.bench_speed", *args], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        tail = (result.stderr or "").strip().splitlines()[-5:]
        raise RuntimeError(f"benchmark run failed ({result.returncode}): {' | '.join(tail)}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def bench_speed(
    source: Path, size: int, *, workers: int = 2, engine: str = "local", keep: Path | None = None
) -> SpeedResult:
    """Measure crosswire and the bare model on ``size`` articles from ``source`` (repeated as needed).

    keep: a folder to keep the corpus, database and texts in (default: a temporary folder).
    """
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        corpus, db, texts = (
            folder / f"corpus-{size}.jsonl",
            folder / f"speed-{size}-{engine}.db",
            folder / "texts.jsonl",
        )
        repeat_corpus(source, size, corpus)
        ours = _child(
            "crosswire", str(corpus), str(db), "--workers", str(workers), "--engine", engine, "--texts", str(texts)
        )
        bare = _child("bare", str(texts), "--workers", str(workers))
    rate = ours["articles"] / ours["seconds"] if ours["seconds"] else 0.0
    bare_rate = bare["articles"] / bare["seconds"] if bare["seconds"] else 0.0
    return SpeedResult(
        articles=ours["articles"],
        engine=engine,
        workers=workers,
        seconds=ours["seconds"],
        articles_per_second=round(rate, 2),
        bare_seconds=bare["seconds"],
        bare_articles_per_second=round(bare_rate, 2),
        ratio=round(rate / bare_rate, 3) if bare_rate else 0.0,
        cpu_ratio=_cpu_ratio(ours, bare),
        cpu_seconds=ours["cpu_seconds"],
        bare_cpu_seconds=bare["cpu_seconds"],
        mentions=ours["mentions"],
        incidents=ours["incidents"],
        stages=ours["stages"],
        peak_rss_mb=ours["peak_rss_mb"],
        peak_child_rss_mb=ours["peak_child_rss_mb"],
        bare_peak_rss_mb=bare["peak_rss_mb"],
        bare_load_seconds=bare["load_seconds"],
    )


def _cpu_ratio(ours: dict, bare: dict) -> float:
    """Model CPU seconds per article over ours: 1.0 means crosswire adds nothing to the model's cost."""
    if not ours["cpu_seconds"] or not bare["articles"] or not ours["articles"]:
        return 0.0
    per_ours, per_bare = ours["cpu_seconds"] / ours["articles"], bare["cpu_seconds"] / bare["articles"]
    return round(per_bare / per_ours, 3)


def _main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m crosswire.bench_speed")
    sub = parser.add_subparsers(dest="what", required=True)
    ours = sub.add_parser("crosswire")
    ours.add_argument("corpus", type=Path)
    ours.add_argument("db", type=Path)
    ours.add_argument("--workers", type=int, default=2)
    ours.add_argument("--engine", default="local")
    ours.add_argument("--texts", type=Path)
    bare = sub.add_parser("bare")
    bare.add_argument("texts", type=Path)
    bare.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    if args.what == "crosswire":
        figures = measure_crosswire(
            args.corpus, args.db, workers=args.workers, engine=args.engine, texts_out=args.texts
        )
    else:
        figures = measure_bare(args.texts, workers=args.workers)
    print(json.dumps(figures))


if __name__ == "__main__":
    _main()
