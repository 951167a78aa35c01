"""`crosswire incidents` (a table), `crosswire show` (the incident card) and `crosswire articles`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.table import Table
from rich.text import Text

from crosswire.cli._util import (
    CONFLICTS_OPTION,
    COUNTRY_OPTION,
    DB_OPTION,
    SEARCH_OPTION,
    SINCE_OPTION,
    TYPE_OPTION,
    UNTIL_OPTION,
    app,
    console,
    fail,
    incident_filters,
    open_store,
)
from crosswire.model import claim_figure, count_text, date_text
from crosswire.store import SORT_COLUMNS, StoreError

STATUS_STYLE = {"single": "white", "agreed": "green", "compatible": "cyan", "conflict": "bold red"}


@app.command()
def incidents(
    db: Path = DB_OPTION,
    event_type: str = TYPE_OPTION,
    country: str = COUNTRY_OPTION,
    since: str = SINCE_OPTION,
    until: str = UNTIL_OPTION,
    search: str = SEARCH_OPTION,
    conflicts: bool = CONFLICTS_OPTION,
    limit: int = typer.Option(50, min=1, help="Rows to show"),
    sort: str = typer.Option("date", help=f"Order by {', '.join(SORT_COLUMNS)}, largest or latest first"),
    ascending: bool = typer.Option(False, "--ascending", help="Smallest or earliest first"),
) -> None:
    """List incidents as a table, latest first (or as --sort says)."""
    if sort not in SORT_COLUMNS:
        raise fail(f"--sort {sort!r}: use one of {', '.join(SORT_COLUMNS)}")
    filters = incident_filters(event_type, country, since, until, search, conflicts)
    with open_store(db, must_exist=True) as store:
        try:
            results = store.incidents(**filters, limit=limit, sort=sort, descending=not ascending)
        except StoreError as exc:
            raise fail(str(exc)) from exc
        kinds = store.event_types() if event_type and not results.total else []
    table = Table(
        title=f"{results.total} incidents" + (f" (first {limit})" if results.total > limit else ""),
        caption="! reports conflict  ~ figures fit  ? none given: 0  31+ more than 30",
    )
    # event and place fold to make room: the least widths, the counts and the rules between columns
    # fit an 80-column terminal
    for column, width in (
        ("id", 8),
        ("date", 10),
        ("event", 6),
        ("place", 6),
        ("dead", 4),
        ("hurt", 4),
        ("held", 4),
        ("src", 3),
    ):
        table.add_column(column, overflow="fold", min_width=width, no_wrap=column in ("id", "date"))
    for record in results.rows:
        fields = record.get("fields") or {}
        table.add_row(
            record["id"][:8],
            _date(record),
            record.get("sub_event_type") or "",
            _place(record.get("location")),
            _count(fields.get("killed")),
            _count(fields.get("injured")),
            _count(fields.get("arrested") or fields.get("detained")),
            str(len(record.get("sources") or [])),
        )
    console.print(table)
    if kinds:
        listed = "; ".join(f"{t} / {sub}: {n}" for t, sub, n in kinds)
        console.print(f"No incident is of type {event_type!r}. This database holds: {listed}", highlight=False)


@app.command()
def show(
    incident_id: str = typer.Argument(..., help="Incident id (a unique prefix is enough)"),
    db: Path = DB_OPTION,
) -> None:
    """The incident card: every field, every outlet's figure side by side, with its quote."""
    with open_store(db, must_exist=True) as store:
        matches = store.incident_ids_with_prefix(incident_id)
        if len(matches) != 1:
            why = "no incident has" if not matches else f"{len(matches)} incidents have"
            raise fail(f"{why} an id starting with {incident_id!r}; list them with `crosswire incidents`")
        record = store.incident(matches[0])
        outlets = {s["doc_id"]: _outlet(store.document(s["doc_id"])) for s in record.get("sources") or []}
    _print_card(record, outlets)


@app.command()
def articles(
    db: Path = DB_OPTION,
    search: str = SEARCH_OPTION,
    language: str = typer.Option(None, help="Only articles in this language (a two-letter code: en, ru)"),
    unread: bool = typer.Option(False, "--unread", help="Only articles that gave no incident"),
    limit: int = typer.Option(50, min=1, help="Rows to show"),
) -> None:
    """List the stored articles, latest first, with how many incidents each reports."""
    with open_store(db, must_exist=True) as store:
        try:
            results = store.articles(
                text=search, language=language and language.lower(), without_incidents=unread, limit=limit
            )
        except StoreError as exc:
            raise fail(str(exc)) from exc
    table = Table(
        title=f"{results.total} articles" + (f" (first {limit})" if results.total > limit else ""),
        caption="inc: incidents it reports (- none: another language, or no incident found in it)",
    )
    for column, width in (("id", 12), ("date", 10), ("lang", 4), ("inc", 3), ("title", 20)):
        table.add_column(column, overflow="fold", min_width=width, no_wrap=column in ("date", "lang", "inc"))
    for row in results.rows:
        title = " ".join((row["title"] or row["opening"] or "").split())
        table.add_row(
            row["doc_id"],
            row["published"] or "",
            row["language"] or "",
            str(row["incidents"]) if row["incidents"] else "-",
            title[:90] + ("…" if len(title) > 90 else ""),
        )
    console.print(table)


def _print_card(record: dict[str, Any], outlets: dict[str, str]) -> None:
    console.rule(f"[bold]{record['event_type']} / {record['sub_event_type']}[/]  {record['id']}")
    console.print(f"[bold]When:[/]  {_date(record)}    [bold]Where:[/] {_place(record.get('location'), full=True)}")
    actors = ", ".join(f"{a['name']} ({a['role']})" for a in record.get("actors") or [])
    if actors:
        console.print(f"[bold]Actors:[/] {actors}")
    sources = Table(title="Sources", show_lines=False)
    for column in ("document", "outlet", "primary", "independent"):
        sources.add_column(column)
    for s in record.get("sources") or []:
        sources.add_row(
            s["doc_id"][:24],
            outlets.get(s["doc_id"], ""),
            "yes" if s.get("primary") else "",
            "yes" if not s.get("copy_of") else f"copy of {s['copy_of'][:12]}",
        )
    console.print(sources)
    for name, result in (record.get("fields") or {}).items():
        if name == "date" and result.get("value"):
            result = {**result, "value": date_text(result["value"], record.get("date_precision"))}
        _print_field(name, result, outlets)
    if record.get("hidden"):
        console.print("[red]Rejected by a reviewer.[/]")


def _print_field(name: str, result: dict[str, Any], outlets: dict[str, str]) -> None:
    style = STATUS_STYLE.get(result.get("status"), "white")
    value = result.get("value")
    if isinstance(value, dict):
        value = value.get("name") or value
    elif "low" in result:
        value = count_text(result)
    head = Text.assemble(
        (f"{name}: ", "bold"),
        (f"{value}", "bold"),
        "  ",
        (f"[{result.get('status')}]", style),
        ("  (reviewed)" if result.get("reviewed") else "", "magenta"),
    )
    console.print(head)
    console.print(f"  [dim]{result.get('reason', '')}[/]", highlight=False)
    claims = Table(show_header=True, box=None, padding=(0, 1))
    for column in ("outlet", "figure", "qualifier", "speaker", "quote"):
        claims.add_column(column, overflow="fold")
    for claim in result.get("claims") or []:
        shown = claim.get("value")
        if isinstance(shown, dict):
            shown = shown.get("name") or shown.get("expression")
        elif (figure := claim_figure(claim)) is not None:
            shown = figure
        if shown is None and claim.get("expression"):
            shown = claim["expression"]
        claims.add_row(
            outlets.get(claim["doc_id"], claim["doc_id"][:12]),
            str(shown),
            claim.get("qualifier") or "",
            claim.get("speaker") or "",
            f"“{claim['quote']}”",
        )
    console.print(claims)


def _outlet(doc: dict[str, Any] | None) -> str:
    if not doc:
        return ""
    label = doc.get("outlet") or Path(doc.get("path") or "").name or doc.get("title") or doc["doc_id"]
    return f"{label[:40]} ({doc['published']})" if doc.get("published") else label[:40]


def _date(record: dict[str, Any]) -> str:
    return date_text(record.get("date"), record.get("date_precision")) or "[dim]unknown[/]"


def _place(loc: dict[str, Any] | None, full: bool = False) -> str:
    if not loc:
        return "[dim]unknown[/]"
    parts = [loc.get("name"), loc.get("admin1"), loc.get("country")] if full else [loc.get("name"), loc.get("country")]
    text = ", ".join(dict.fromkeys(p for p in parts if p))  # a state alone: "Oregon", not "Oregon, Oregon"
    if full and loc.get("lat") is not None:
        text += f"  ({loc['lat']:.3f}, {loc['lon']:.3f})"
    if full and loc.get("state_guessed") and loc.get("precision") == "admin1":
        site = f"the site {loc['text']}" if loc.get("text") else "its site"
        text += f" [dim](no place told: the state {site} covers)[/]"
    elif full and loc.get("state_guessed"):
        rivals = ", ".join(n["admin1"] for n in loc.get("namesakes") or [] if n.get("admin1"))
        text += " [dim](state not stated: a guess" + (f"; namesakes in {rivals}" if rivals else "") + ")[/]"
    return text


def _count(result: dict[str, Any] | None) -> str:
    if not result or result.get("value") is None:
        return ""
    mark = {"conflict": " [bold red]![/]", "compatible": " [cyan]~[/]", "inferred": " [dim]?[/]"}.get(
        result.get("status"), ""
    )
    return f"{count_text(result)}{mark}"


__all__ = ["incidents", "show"]
