"""Aggregate reads the charts need and ``Store`` does not offer yet.

These belong in ``crosswire.store`` (the only package meant to speak SQL); they live here until the
store grows ``timeline_counts`` / ``map_points``, and they read the store's own columns only.
"""

from __future__ import annotations

from typing import Any

from crosswire.store import Store

__all__ = ["map_points", "timeline_counts"]

# A map with more markers than this is unreadable and slow to draw; the largest tolls come first.
MAX_MARKERS = 2000


def _where(event_type: str | None, country: str | None, since: str | None, until: str | None) -> tuple[str, list]:
    where, params = ["hidden = 0"], []
    for clause, value in (
        ("event_type = ? COLLATE NOCASE", event_type),
        ("country = ? COLLATE NOCASE", country),
        ("date >= ?", since),
        ("date <= ?", until),
    ):
        if value:
            where.append(clause)
            params.append(value)
    return " AND ".join(where), params


def timeline_counts(
    store: Store,
    *,
    event_type: str | None = None,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[tuple[str, str, int]]:
    """(date, event type, incidents) for every dated, visible incident matching the filters."""
    clause, params = _where(event_type, country, since, until)
    rows = store.conn.execute(
        f"SELECT date, event_type, count(*) FROM incidents WHERE {clause} AND date IS NOT NULL"
        " GROUP BY date, event_type ORDER BY date",
        params,
    )
    return [(r[0], r[1], r[2]) for r in rows]


def map_points(
    store: Store,
    *,
    event_type: str | None = None,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """Visible incidents with coordinates, the largest tolls first (capped at MAX_MARKERS)."""
    clause, params = _where(event_type, country, since, until)
    rows = store.conn.execute(
        f"SELECT incident_id, lat, lon, killed, injured, place, country, event_type, date FROM incidents"
        f" WHERE {clause} AND lat IS NOT NULL AND lon IS NOT NULL"
        # DESC puts NULLs last in SQLite; an IS NULL term would stop an index from serving the sort.
        f" ORDER BY killed DESC LIMIT {MAX_MARKERS}",
        params,
    )
    return [
        {
            "id": r[0],
            "lat": r[1],
            "lon": r[2],
            "killed": r[3],
            "injured": r[4],
            "place": r[5],
            "country": r[6],
            "event_type": r[7],
            "date": r[8],
        }
        for r in rows
    ]
