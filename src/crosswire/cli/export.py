"""`crosswire export incidents|documents`."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import typer

from crosswire.cli._util import (
    CONFLICTS_OPTION,
    COUNTRY_OPTION,
    DB_OPTION,
    SEARCH_OPTION,
    SINCE_OPTION,
    TYPE_OPTION,
    UNTIL_OPTION,
    app,
    err_console,
    fail,
    incident_filters,
    open_store,
)
from crosswire.export import FORMATS, write_documents, write_incidents
from crosswire.store import StoreError


@app.command()
def export(
    what: str = typer.Argument(..., help="incidents or documents"),
    db: Path = DB_OPTION,
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or geojson (incidents only)"),
    output: Path = typer.Option(None, "--output", "-o", help="File to write [default: standard output]"),
    include_hidden: bool = typer.Option(False, help="Also export incidents a reviewer rejected"),
    event_type: str = TYPE_OPTION,
    country: str = COUNTRY_OPTION,
    since: str = SINCE_OPTION,
    until: str = UNTIL_OPTION,
    search: str = SEARCH_OPTION,
    conflicts: bool = CONFLICTS_OPTION,
) -> None:
    """Write incidents (with reviewed values applied) or cleaned documents.

    The filters of `crosswire incidents` choose which incidents.
    """
    if what not in ("incidents", "documents"):
        raise fail(f"export {what!r}: choose incidents or documents")
    if fmt not in FORMATS or (what == "documents" and fmt == "geojson"):
        raise fail(f"--format {fmt!r}: incidents take jsonl, csv or geojson; documents take jsonl or csv")
    filters = incident_filters(event_type, country, since, until, search, conflicts)
    if what == "documents" and any(v is not None for v in filters.values()):
        raise fail("--type, --country, --since, --until, --search and --conflicts choose incidents, not documents")
    with open_store(db, must_exist=True) as store, _output(output) as out:
        if what == "incidents":
            try:
                records = store.incidents(**filters, include_hidden=include_hidden, sort="date", descending=False).rows
            except StoreError as exc:
                raise fail(str(exc)) from exc
            n = write_incidents(records, out, fmt)
        else:
            n = write_documents(store.documents(), out, fmt)
    if output:
        err_console.print(f"{n} {what} -> {output}", highlight=False)


@contextlib.contextmanager
def _output(path: Path | None):
    if path is None:
        yield sys.stdout
        return
    try:
        with open(path, "w", encoding="utf-8", newline="") as out:
            yield out
    except OSError as exc:
        raise fail(f"{path}: cannot write ({exc.strerror})") from exc
