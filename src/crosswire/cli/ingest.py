"""`crosswire ingest` and `crosswire relink`."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import typer
from rich.progress import Progress, TaskID

from crosswire.cli._util import DB_OPTION, app, console, err_console, fail, open_store, parse_date, progress_bar
from crosswire.ingest import split_suffix
from crosswire.model import READ_CHARS, READ_LANGUAGES
from crosswire.reconcile.counts import POLICIES
from crosswire.store import StoreError

# Articles are stored whole, a batch to a transaction, so a stop leaves none half-written; the
# mentions a stopped run left unlinked are linked by the next run.
INTERRUPTED = "interrupted; the articles stored so far are kept: run the same command again to finish"


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(
        ..., help="Files or folders: .txt .html .htm .json .jsonl .warc (also .gz); - for JSONL on standard input"
    ),
    db: Path = DB_OPTION,
    published: str = typer.Option(None, help="Publication date (YYYY-MM-DD) for bare text without one"),
    source: str = typer.Option(None, "--source", help="Outlet name for documents that carry none"),
    engine: str = typer.Option("local", help="local, or ray (needs `pip install crosswire[ray]`)"),
    address: str = typer.Option(None, help="Ray cluster address (ray://host:10001); local Ray when omitted"),
    workers: int = typer.Option(1, help="Worker processes for cleaning and extraction on this machine"),
    policy: str = typer.Option(
        "latest",
        help="On conflicting figures: latest report (for the casualties, the latest that counts them), conservative "
        "(lowest), or majority (most reports; else for the dead the largest credible toll; else latest)",
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary"),
) -> None:
    """Read articles, extract incidents, and merge them into the database."""
    from crosswire.pipeline import ingest as run_ingest

    if policy not in POLICIES:
        raise fail(f"--policy {policy!r}: use one of {', '.join(POLICIES)}")
    if engine not in ("local", "ray"):
        raise fail(f"--engine {engine!r}: use local or ray")
    date = parse_date(published, "--published")
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

    def on_error(message: str) -> None:
        err_console.print(f"[yellow]skipped[/] {message}", highlight=False, soft_wrap=True)

    with open_store(db) as store, progress_bar(quiet) as progress:
        task = progress.add_task("extracting", total=None)
        linking = _task_progress(progress, "linking mentions")
        try:
            report = run_ingest(
                paths,
                store,
                published=date,
                outlet=source,
                engine=engine,
                ray_address=address,
                n_process=workers,
                policy=policy,
                on_error=on_error,
                progress=lambda n: progress.advance(task, n),
                link_progress=linking,
            )
        except StoreError as exc:
            raise fail(str(exc)) from exc
        except ImportError as exc:
            raise fail(str(exc)) from exc
        except KeyboardInterrupt:
            raise fail(INTERRUPTED, code=130) from None
    if not quiet:
        rate = report.added / report.seconds if report.seconds else 0.0
        console.print(
            f"{report.added} new documents ({report.already_stored} already stored, {len(report.errors)} skipped),"
            f" {report.mentions} mentions, {report.incidents} incidents re-linked"
            f" in {report.seconds:.1f}s ({rate:.1f} articles/s) -> {store.path}",
            highlight=False,
        )
        if report.passed_over:
            console.print(f"[dim]{_passed_over(report.passed_over)}[/]", highlight=False)
        if report.unread_languages:
            console.print(f"[yellow]{_unread_languages(report.unread_languages)}[/]", highlight=False)
    for where, chars in report.partly_read:
        err_console.print(
            f"[yellow]partly read[/] {where}: only its first {READ_CHARS:,} of {chars:,} characters were read for"
            " incidents; give each article a file (or a JSONL record) of its own",
            highlight=False,
            soft_wrap=True,
        )
    if report.errors and report.read == 0:
        raise fail("nothing could be read (each input is skipped above, with its reason); nothing was stored")
    if report.errors:
        raise typer.Exit(1)


def _task_progress(progress: Progress, description: str) -> Callable[[int, int], None]:
    """A (done, total) callback that shows a task of its own once work starts."""
    task: TaskID | None = None

    def update(done: int, total: int) -> None:
        nonlocal task
        if task is None:
            task = progress.add_task(description, total=total)
        progress.update(task, completed=done, total=total)

    return update


def _passed_over(files: list[Path]) -> str:
    """ "passed over 3 files that are not articles (.css 1, .png 2)": what a folder held besides them."""
    kinds = Counter(split_suffix(f)[0] or f.name for f in files)
    listed = ", ".join(f"{ext} {n}" for ext, n in sorted(kinds.items()))
    files_are = "1 file that is" if len(files) == 1 else f"{len(files)} files that are"
    return f"passed over {files_are} not articles ({listed})"


def _unread_languages(languages: Counter[str]) -> str:
    """ "2 new articles are in a language crosswire does not read (de 2): stored and searchable, ..."."""
    import pycountry

    n = sum(languages.values())
    listed = ", ".join(f"{language} {count}" for language, count in sorted(languages.items()))
    articles = "1 new article is" if n == 1 else f"{n} new articles are"
    read = " and ".join(pycountry.languages.get(alpha_2=code).name for code in READ_LANGUAGES)
    return (
        f"{articles} in a language crosswire does not read ({listed}): stored and searchable, but not"
        f" read for incidents (crosswire reads {read})"
    )


@app.command()
def relink(
    db: Path = DB_OPTION,
    policy: str = typer.Option("latest", help="latest, conservative or majority"),
) -> None:
    """Re-link and reconcile every incident (after changing the policy, say)."""
    from crosswire.pipeline import relink as run_relink

    if policy not in POLICIES:
        raise fail(f"--policy {policy!r}: use one of {', '.join(POLICIES)}")
    with open_store(db, must_exist=True) as store, progress_bar() as progress:
        n = run_relink(store, policy=policy, progress=_task_progress(progress, "linking mentions"))
    console.print(f"{n} incidents")
