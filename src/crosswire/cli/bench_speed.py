"""`crosswire bench speed`: articles per second end to end, against the bare spaCy model."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from crosswire.cli._util import console, fail
from crosswire.cli.bench import DEFAULT_GVA, bench_app

DEFAULT_SIZES = [0]  # 0: the corpus as it is


@bench_app.command("speed")
def speed(
    corpus: Path = typer.Option(DEFAULT_GVA / "documents.jsonl", help="JSONL corpus (EVAL.md documents format)"),
    articles: list[int] = typer.Option(
        DEFAULT_SIZES, "--articles", "-n", help="Corpus sizes to measure, repeated with fresh ids (0: as it is)"
    ),
    workers: int = typer.Option(2, help="Worker processes (ours) and nlp.pipe n_process (the bare model)"),
    engine: str = typer.Option("local", help="local, or ray (a local Ray on this machine)"),
    keep: Path = typer.Option(None, help="Keep corpus, databases and texts in this folder"),
) -> None:
    """Measure crosswire's throughput and the bare model's on the same texts; print the ratio and stages."""
    from crosswire.bench_speed import TARGET_RATIO, bench_speed, count_records

    if not corpus.exists():
        raise fail(f"{corpus}: not found; pass --corpus (a JSONL file of documents)")
    if engine not in ("local", "ray"):
        raise fail(f"--engine {engine!r}: use local or ray")
    results = []
    for size in articles:
        n = size or count_records(corpus)
        console.print(f"measuring {n} articles ({engine}, {workers} workers)...", highlight=False)
        try:
            results.append(bench_speed(corpus, n, workers=workers, engine=engine, keep=keep))
        except (RuntimeError, ValueError) as exc:
            raise fail(str(exc)) from exc
    _print(results, TARGET_RATIO)


def _print(results, target: float) -> None:
    # one column per run, a row per figure: readable in an 80-column terminal however many runs
    table = Table(title="speed: crosswire end to end against the bare model", min_width=60)
    table.add_column("figure")
    for r in results:
        table.add_column(f"{r.articles} ({r.engine})", justify="right")
    rows = [
        ("crosswire, articles/s", lambda r: f"{r.articles_per_second:.2f}"),
        ("bare model, articles/s", lambda r: f"{r.bare_articles_per_second:.2f}"),
        (f"ratio (target >= {target})", lambda r: f"[{'green' if r.ratio >= target else 'red'}]{r.ratio:.3f}[/]"),
        ("CPU ratio", lambda r: f"{r.cpu_ratio:.3f}"),
        ("crosswire, seconds (its workers load the model)", lambda r: f"{r.seconds:.1f}"),
        ("bare model, seconds to load it (not timed)", lambda r: f"{r.bare_load_seconds:.1f}"),
        ("peak MiB, main process", lambda r: f"{r.peak_rss_mb:.0f}"),
        ("peak MiB, each worker", lambda r: f"{r.peak_child_rss_mb:.0f}"),
        ("peak MiB, bare model", lambda r: f"{r.bare_peak_rss_mb:.0f}"),
    ]
    for name, cell in rows:
        table.add_row(name, *(cell(r) for r in results))
    console.print(table)
    # Stages that run in worker processes add up the workers' seconds, so they can exceed the wall time.
    stages = Table(title="seconds per stage (clean, extract: summed over workers)", min_width=60)
    stages.add_column("stage")
    for r in results:
        stages.add_column(f"{r.articles} ({r.engine})", justify="right")
    for name in sorted({k for r in results for k in r.stages}):
        stages.add_row(name, *(f"{r.stages[name]:.1f}" if name in r.stages else "-" for r in results))
    console.print(stages)
