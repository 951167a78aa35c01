"""Shared CLI pieces: the typer app, the --db option, and turning library errors into exits."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from crosswire.model import country_code
from crosswire.store import Store, StoreError

app = typer.Typer(
    name="crosswire",
    help="Turn news articles into a checkable ledger of incidents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)


def _print_version(asked: bool) -> None:
    if asked:
        from importlib.metadata import version

        console.print(f"crosswire {version('crosswire')}", highlight=False)
        raise typer.Exit()


@app.callback()
def _options(
    show_version: bool = typer.Option(
        False, "--version", help="Print crosswire's version and exit.", is_eager=True, callback=_print_version
    ),
) -> None:
    """Turn news articles into a checkable ledger of incidents."""


DEFAULT_DB = "crosswire.db"
DB_OPTION = typer.Option(
    None, "--db", help=f"SQLite database file [default: $CROSSWIRE_DB or ./{DEFAULT_DB}]", show_default=False
)


# The incident filters `crosswire incidents` and `crosswire export incidents` share.
TYPE_OPTION = typer.Option(
    None, "--type", help="ACLED event or sub-event type, e.g. 'Violence against civilians' or 'Attack'"
)
COUNTRY_OPTION = typer.Option(None, "--country", help="Country code or name, e.g. RU, Russia, USA")
SINCE_OPTION = typer.Option(None, "--since", help="On or after this date (YYYY-MM-DD)")
UNTIL_OPTION = typer.Option(None, "--until", help="On or before this date (YYYY-MM-DD)")
SEARCH_OPTION = typer.Option(None, "--search", help="Full-text search over the articles (SQLite FTS5 syntax)")
CONFLICTS_OPTION = typer.Option(False, "--conflicts", help="Only incidents with conflicting figures")


def incident_filters(
    event_type: str | None,
    country: str | None,
    since: str | None,
    until: str | None,
    search: str | None,
    conflicts: bool,
) -> dict[str, Any]:
    """The store's filter arguments for the shared options; a bad value fails with one line."""
    since_date, until_date = parse_date(since, "--since"), parse_date(until, "--until")
    code = country_code(country) if country else None
    if country and code is None:
        raise fail(f"--country {country!r}: no such country; give its code (RU, USA) or its name (Russia)")
    return {
        "event_type": event_type,
        "country": code,
        "text": search,
        "conflict": True if conflicts else None,
        "since": since_date.isoformat() if since_date else None,
        "until": until_date.isoformat() if until_date else None,
    }


def db_path(db: Path | None) -> Path:
    return Path(db or os.environ.get("CROSSWIRE_DB") or DEFAULT_DB)


def progress_bar(quiet: bool = False) -> Progress:
    """A progress bar on stderr that leaves no trace once done, so stdout stays the command's output."""
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        disable=quiet,
        transient=True,
    )


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one line to stderr and return the exit to raise."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


@contextlib.contextmanager
def open_store(db: Path | None, *, must_exist: bool = False) -> Iterator[Store]:
    path = db_path(db)
    if must_exist and not path.exists():
        raise fail(f"{path}: no such database; run `crosswire ingest PATH --db {path}` first")
    try:
        store = Store(path)
    except StoreError as exc:
        raise fail(str(exc)) from exc
    try:
        yield store
    finally:
        store.close()


def parse_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise fail(f"{option} {value!r}: not a date; write it as YYYY-MM-DD") from exc
