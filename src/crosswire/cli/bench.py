"""`crosswire bench accuracy|cleaning`: the figures the project is measured by."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import typer
from rich.table import Table

from crosswire.cli._util import app, console, fail, progress_bar

bench_app = typer.Typer(help="Benchmarks: accuracy against gold incidents, cleaning, speed.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
DEFAULT_GVA = SHARED / "data" / "gva-dev"
DEFAULT_HTML = SHARED / "data" / "html-dev"
SCORER = SHARED / "eval" / "score_incidents.py"


@bench_app.command("accuracy")
def accuracy(
    data: Path = typer.Option(DEFAULT_GVA, help="Folder with documents.jsonl and incidents.jsonl"),
    scorer: Path = typer.Option(SCORER, help="shared/eval/score_incidents.py"),
    db: Path = typer.Option(None, help="Keep the database here [default: a temporary file]"),
    workers: int = typer.Option(
        min(2, os.cpu_count() or 1), help="Worker processes for cleaning and extraction [default: up to 2]"
    ),
    limit: int = typer.Option(0, help="Only the first N documents, scored on their gold incidents (0: all)"),
    errors: bool = typer.Option(False, "--errors", help="Also print where the errors come from, by category"),
    policy: str = typer.Option("latest", help="On conflicting figures: latest, conservative or majority"),
    save: Path = typer.Option(None, help="Also keep the scored incidents (JSONL) here, for `bench compare`"),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object (figures, intervals, errors), no tables"),
) -> None:
    """Ingest a gold corpus into a fresh database, export, and score against its incidents."""
    from crosswire.bench_accuracy import accuracy_intervals, error_categories, gold_for_documents, pair_f1_interval
    from crosswire.export import write_incidents
    from crosswire.pipeline import ingest
    from crosswire.reconcile.counts import POLICIES
    from crosswire.store import Store

    if policy not in POLICIES:
        raise fail(f"--policy {policy!r}: use one of {', '.join(POLICIES)}")
    documents, gold = data / "documents.jsonl", data / "incidents.jsonl"
    for path in (documents, gold, scorer):
        if not path.exists():
            raise fail(f"{path}: not found; pass --data (a folder in the EVAL.md format) or --scorer")
    with tempfile.TemporaryDirectory() as tmp:
        source = documents
        if limit:
            source = Path(tmp) / "documents.jsonl"
            with open(documents, encoding="utf-8") as f, open(source, "w", encoding="utf-8") as out:
                out.writelines(line for _, line in zip(range(limit), f, strict=False))
            gold = Path(tmp) / "gold-incidents.jsonl"
            gold_for_documents(data / "incidents.jsonl", source, gold)
        db_file = db or Path(tmp) / "bench.db"
        if db_file.exists():
            raise fail(f"{db_file}: exists; the benchmark needs a fresh database")
        with open(source, encoding="utf-8") as f:
            articles = sum(1 for line in f if line.strip())
        started = time.perf_counter()
        with Store(db_file) as store, progress_bar() as progress:
            task = progress.add_task("extracting", total=articles)
            report = ingest(
                [source], store, n_process=workers, policy=policy, progress=lambda n: progress.advance(task, n)
            )
            pred = Path(tmp) / "incidents.jsonl"
            with open(pred, "w", encoding="utf-8") as out:
                write_incidents(store.incidents(include_hidden=True).rows, out)
        seconds = time.perf_counter() - started
        result = subprocess.run(
            [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred), "--json"],
            capture_output=True,
            text=True,
            check=False,
        )
        categories = error_categories(gold, pred, source) if errors else {}
        pair_interval = pair_f1_interval(gold, pred)
        if save:
            shutil.copyfile(pred, save)
    if result.returncode != 0:
        raise fail(f"scorer failed: {result.stderr.strip().splitlines()[-1] if result.stderr else result.returncode}")
    figures = json.loads(result.stdout)
    figures.update(
        articles=report.added,
        seconds=round(seconds, 1),
        articles_per_second=round(report.added / seconds, 2) if seconds else None,
    )
    intervals = {**accuracy_intervals(figures), "pair_f1": pair_interval}
    if as_json:
        print(json.dumps({"figures": figures, "intervals_95": intervals, "errors": categories}))
        return
    _print_figures(f"accuracy on {data}", figures, intervals)
    for field, rows in categories.items():
        _print_error_table(field, rows)


def _print_error_table(field: str, rows: list[dict]) -> None:
    from crosswire.bench_accuracy import date_ceiling

    table = Table(title=f"{field}: where the errors come from")
    table.add_column("category")
    table.add_column("incidents", justify="right", no_wrap=True)
    if field == "date":
        table.add_column("day named", justify="right", no_wrap=True)  # in the incident's articles
    table.add_column("example" if field == "date" else "example gold incident", no_wrap=True)
    for row in rows:
        named = [] if field != "date" else ["" if row["category"] == "right" else str(row["day_named"])]
        table.add_row(row["category"], str(row["count"]), *named, row["example"])
    console.print(table)
    if field == "date":
        reachable, total = date_ceiling(rows)
        console.print(
            f"At most {reachable} of {total} dates ({reachable / total:.3f}) can be read off these articles: "
            f"the other errors' articles never name the record's day (by date, holiday, weekday or weekend, "
            f"'yesterday', or a same-day cue such as 'today' or an hour)."
        )


@bench_app.command("compare")
def compare(
    before: Path = typer.Argument(..., help="Incidents (JSONL) of the first run: `bench accuracy --save`"),
    after: Path = typer.Argument(..., help="Incidents (JSONL) of the second run"),
    data: Path = typer.Option(DEFAULT_GVA, help="Folder with the incidents.jsonl both runs were scored on"),
    show: bool = typer.Option(False, "--list", help="Also list the gold incidents each field fixed and broke"),
) -> None:
    """Which gold incidents a change fixed and which it broke, and whether that is more than chance.

    Field by field, with McNemar's exact test on the fixed and broken counts.
    """
    from crosswire.bench_accuracy import compare_runs

    gold = data / "incidents.jsonl"
    for path in (gold, before, after):
        if not path.exists():
            raise fail(f"{path}: not found; pass two `bench accuracy --save` files and --data")
    try:
        changes = compare_runs(gold, before, after)
    except ValueError as err:
        raise fail(str(err)) from err
    console.print(f"{after} against {before}, on {changes[0].scored} gold incidents of {gold}:", soft_wrap=True)
    table = Table()
    for column in ("field", "before", "after", "fixed", "broken", "p"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for change in changes:
        row = (change.before, change.after, len(change.fixed), len(change.broken))
        table.add_row(change.field, *map(str, row), f"{change.p_value:.3g}")
    console.print(table)
    if show:
        for change in changes:
            for label, ids in (("fixed", change.fixed), ("broken", change.broken)):
                if ids:
                    console.print(f"{change.field} {label}: {' '.join(ids)}", soft_wrap=True)


@bench_app.command("cleaning")
def cleaning(
    data: Path = typer.Option(DEFAULT_HTML, help="Folder with html/*.html.gz and ground-truth.json"),
) -> None:
    """Token precision/recall/F1 of cleaned text against the gold article bodies."""
    from crosswire.bench_cleaning import bench_cleaning

    if not (data / "ground-truth.json").exists():
        raise fail(f"{data}: no ground-truth.json; pass --data")
    _print_figures(f"cleaning on {data}", bench_cleaning(data))


def _print_figures(title: str, figures: dict, intervals: dict[str, tuple[float, float]] | None = None) -> None:
    """One row a figure; with intervals, a column for each figure's 95% interval."""
    table = Table(title=title)
    table.add_column("figure")
    table.add_column("value", justify="right")
    if intervals:
        table.add_column("95% interval", justify="right")
    for key, value in _flatten(figures):
        row = [key, f"{value:.4f}" if isinstance(value, float) else str(value)]
        if intervals:
            low_high = intervals.get(key)
            row.append(f"{low_high[0]:.3f}–{low_high[1]:.3f}" if low_high else "")
        table.add_row(*row)
    console.print(table)


def _flatten(figures: dict, prefix: str = ""):
    for key, value in figures.items():
        if isinstance(value, dict):
            yield from _flatten(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value
