"""Pure helpers behind the pages: filter parsing, the article highlight, chart geometry."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass
from typing import Any

from crosswire.model import COUNT_FIELDS, claim_figure, count_text, country_code, date_text
from crosswire.store import Store
from crosswire.web.app import WebError

__all__ = [
    "BIN_SIZES",
    "Filters",
    "Segment",
    "claim_rows",
    "map_view",
    "parse_filters",
    "pick_bin",
    "segments",
    "summary",
    "timeline_chart",
]

PAGE_SIZES = (25, 50, 100, 200)
# A short id as `crosswire incidents` prints it: hex, and long enough to name one incident.
ID_PREFIX = re.compile(r"[0-9a-f]{4,}")
LANGUAGE_CODE = re.compile(r"[a-z]{2}")
SORTS = ("date", "killed", "injured", "sources", "country", "type", "place")
# One colour per ACLED event type, so the timeline and the map read the same way.
TYPE_COLOURS = {
    "Violence against civilians": "#c0392b",
    "Battles": "#8e44ad",
    "Explosions/Remote violence": "#d35400",
    "Riots": "#b7950b",
    "Protests": "#2471a3",
    "Strategic developments": "#5d6d7e",
}
OTHER_COLOUR = "#7f8c8d"


@dataclass(slots=True)
class Filters:
    """The incident list's filters, as the store takes them, plus paging."""

    event_type: str | None = None
    country: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    conflict: bool | None = None
    reviewed: bool | None = None
    include_hidden: bool = False
    sort: str = "date"
    descending: bool = True
    page: int = 1
    per_page: int = 50

    def store_args(self) -> dict[str, Any]:
        return {
            "event_type": self.event_type,
            "country": self.country,
            "place": self.place,
            "since": self.since,
            "until": self.until,
            "text": self.text,
            "conflict": self.conflict,
            "reviewed": self.reviewed,
            "include_hidden": self.include_hidden,
            "sort": self.sort,
            "descending": self.descending,
            "limit": self.per_page,
            "offset": (self.page - 1) * self.per_page,
        }

    def query(self, **change: Any) -> str:
        """The query string for these filters with some changed (for sort links and paging)."""
        values = {
            "type": self.event_type,
            "country": self.country,
            "place": self.place,
            "since": self.since,
            "until": self.until,
            "q": self.text,
            "conflict": _yes_no(self.conflict),
            "reviewed": _yes_no(self.reviewed),
            "rejected": "yes" if self.include_hidden else None,
            "sort": self.sort,
            "order": "desc" if self.descending else "asc",
            "page": self.page,
            "per_page": self.per_page,
        }
        return _query_string(values | change)


@dataclass(slots=True)
class ArticleFilters:
    """The article list's filters, as the store takes them, plus paging."""

    text: str | None = None
    language: str | None = None
    without_incidents: bool = False
    page: int = 1
    per_page: int = 50

    def store_args(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "language": self.language,
            "without_incidents": self.without_incidents,
            "limit": self.per_page,
            "offset": (self.page - 1) * self.per_page,
        }

    def query(self, **change: Any) -> str:
        """The query string for these filters with some changed (for paging)."""
        values = {
            "q": self.text,
            "language": self.language,
            "unread": "yes" if self.without_incidents else None,
            "page": self.page,
            "per_page": self.per_page,
        }
        return _query_string(values | change)


def _query_string(values: dict[str, Any]) -> str:
    """``values`` as a query string, the unset ones left out."""
    from urllib.parse import urlencode

    return urlencode({k: v for k, v in values.items() if v not in (None, "")})


def parse_article_filters(params: Any) -> ArticleFilters:
    """Read the article list's query string; a bad value is a 400 that names the parameter."""
    language = (params.get("language") or "").strip().lower() or None
    if language is not None and not LANGUAGE_CODE.fullmatch(language):
        raise WebError(400, f"language={language!r}: give a two-letter code such as en or ru")
    return ArticleFilters(
        text=(params.get("q") or "").strip() or None,
        language=language,
        without_incidents=bool(_flag(params.get("unread"), "unread")),
        **_paging(params),
    )


def _yes_no(value: bool | None) -> str | None:
    return None if value is None else ("yes" if value else "no")


def _date(value: str | None, name: str) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise WebError(400, f"{name}={value!r}: not a date; write it as YYYY-MM-DD") from exc


def whole_id(store: Store, incident_id: str) -> str | None:
    """The whole id of the one incident whose id starts with ``incident_id`` (the short ids that
    `crosswire incidents` prints), or None when no incident or several do."""
    if not ID_PREFIX.fullmatch(incident_id):
        return None
    matches = store.incident_ids_with_prefix(incident_id)
    return matches[0] if len(matches) == 1 else None


def _country(value: str | None) -> str | None:
    if not (value or "").strip():
        return None
    code = country_code(value)
    if code is None:
        raise WebError(400, f"country={value!r}: no such country; give its code (RU, USA) or its name (Russia)")
    return code


def _flag(value: str | None, name: str) -> bool | None:
    if value in (None, "", "any"):
        return None
    lowered = value.lower()
    if lowered in ("yes", "true", "1"):
        return True
    if lowered in ("no", "false", "0"):
        return False
    raise WebError(400, f"{name}={value!r}: use yes, no or any")


def _int(value: str | None, name: str, default: int, low: int, high: int) -> int:
    if value in (None, ""):
        return default
    try:
        number = int(value)
    except ValueError as exc:
        raise WebError(400, f"{name}={value!r}: not a whole number") from exc
    if not low <= number <= high:
        raise WebError(400, f"{name}={number}: choose between {low} and {high}")
    return number


def _paging(params: Any) -> dict[str, int]:
    """The page asked for and the rows a page shows."""
    return {
        "page": _int(params.get("page"), "page", 1, 1, 10**6),
        "per_page": _int(params.get("per_page"), "per_page", 50, 1, max(PAGE_SIZES)),
    }


def parse_filters(params: Any) -> Filters:
    """Read the list's query string; a bad value is a 400 that names the parameter and the fix."""
    sort = params.get("sort") or "date"
    if sort not in SORTS:
        raise WebError(400, f"sort={sort!r}: choose one of {', '.join(SORTS)}")
    order = params.get("order") or "desc"
    if order not in ("asc", "desc"):
        raise WebError(400, f"order={order!r}: use asc or desc")
    filters = Filters(
        event_type=params.get("type") or None,
        country=_country(params.get("country")),
        place=params.get("place") or None,
        since=_date(params.get("since"), "since"),
        until=_date(params.get("until"), "until"),
        text=(params.get("q") or "").strip() or None,
        conflict=_flag(params.get("conflict"), "conflict"),
        reviewed=_flag(params.get("reviewed"), "reviewed"),
        include_hidden=bool(_flag(params.get("rejected"), "rejected")),
        sort=sort,
        descending=order == "desc",
        **_paging(params),
    )
    if filters.since and filters.until and filters.since > filters.until:
        raise WebError(400, f"since={filters.since} is after until={filters.until}; swap them")
    return filters


def summary(record: dict[str, Any]) -> dict[str, Any]:
    """One row of the list: the few things a reader scans for."""
    fields = record.get("fields") or {}
    loc = record.get("location") or {}
    return {
        "id": record["id"],
        "date": record.get("date"),
        "date_text": date_text(record.get("date"), record.get("date_precision")),
        "event_type": record.get("event_type"),
        "sub_event_type": record.get("sub_event_type"),
        "place": loc.get("name"),
        "country": loc.get("country"),
        "counts": {f: (fields.get(f) or {}).get("value") for f in COUNT_FIELDS if f in fields},
        # as a reader sees them: "31+" for "more than 30", "200–999" for "hundreds"
        "count_texts": {f: count_text(fields.get(f) or {}) for f in COUNT_FIELDS if f in fields},
        "inferred": [f for f in COUNT_FIELDS if (fields.get(f) or {}).get("status") == "inferred"],
        "conflict": any((v or {}).get("status") == "conflict" for v in fields.values()),
        "reviewed": any((v or {}).get("reviewed") for v in fields.values()) or bool(record.get("confirmed")),
        "confirmed": bool(record.get("confirmed")),
        "hidden": bool(record.get("hidden")),
        "sources": len(record.get("sources") or []),
        "independent": sum(1 for s in record.get("sources") or [] if not s.get("copy_of")),
        "version": record.get("version"),
    }


# What makes two claims one printed twice: the same article, field, reading and sentence.
REPEAT_KEY = ("field", "doc_id", "value", "figure", "qualifier", "expression", "low", "high", "speaker", "quote")


def claim_rows(record: dict[str, Any], documents: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Every claim of every field, side by side, with its outlet and whether its source is a copy.

    A claim an article prints again word for word (a photo gallery repeats its caption under every
    picture) is one row, with how often it is printed and where the repeats stand (``also_at``);
    the record's own claims keep every one."""
    copy_of = {s["doc_id"]: s.get("copy_of") for s in record.get("sources") or []}
    rows: dict[str, dict[str, Any]] = {}
    for name, result in (record.get("fields") or {}).items():
        for claim in (result or {}).get("claims") or []:
            row = _claim_row(name, claim, documents.get(claim.get("doc_id")) or {}, copy_of)
            first = rows.setdefault(json.dumps([row[k] for k in REPEAT_KEY], default=str), row)
            if first is not row:
                first["repeats"] += 1
                first["also_at"].append([row["start"], row["end"]])
    return list(rows.values())


def _claim_row(field: str, claim: dict[str, Any], doc: dict[str, Any], copy_of: dict[str, Any]) -> dict[str, Any]:
    value = claim.get("value")
    return {
        "field": field,
        "value": value.get("name") if isinstance(value, dict) else value,
        "figure": claim_figure(claim),
        "qualifier": claim.get("qualifier"),
        "expression": claim.get("expression"),
        "low": claim.get("low"),
        "high": claim.get("high"),
        "quote": claim.get("quote"),
        "speaker": claim.get("speaker"),
        "doc_id": claim.get("doc_id"),
        "start": claim.get("start"),
        "end": claim.get("end"),
        "outlet": doc.get("outlet") or doc.get("title") or claim.get("doc_id"),
        "published": doc.get("published"),
        "copy_of": copy_of.get(claim.get("doc_id")),
        "repeats": 1,
        "also_at": [],
    }


@dataclass(slots=True)
class Segment:
    """A run of article text: plain, or inside one or more highlighted ranges."""

    text: str
    start: int
    marks: tuple[str, ...] = ()
    target: bool = False
    anchor: bool = False


def segments(text: str, ranges: list[tuple[int, int, str]], target: tuple[int, int] | None = None) -> list[Segment]:
    """Cut the text at every range boundary so overlapping highlights need no nested markup.

    ``ranges`` are (start, end, label); ``target`` is the range a quote link points at. A segment
    that begins where a range begins carries the anchor ``c-{start}``.
    """
    size = len(text)
    clean = [(max(0, s), min(size, e), label) for s, e, label in ranges if 0 <= s < e]
    cuts = {0, size}
    for s, e, _ in clean:
        cuts.update((s, e))
    if target:
        cuts.update((max(0, min(size, target[0])), max(0, min(size, target[1]))))
    starts = {s for s, _, _ in clean} | ({target[0]} if target else set())
    bounds = sorted(cuts)
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a == b:
            continue
        labels = tuple(sorted({label for s, e, label in clean if s <= a and b <= e}))
        hit = bool(target and target[0] <= a and b <= target[1])
        out.append(Segment(text[a:b], a, labels, hit, a in starts))
    return out


BIN_SIZES = ("day", "week", "month")
# Above these spans (in days) a finer bin makes bars too thin to read: "auto" moves up a size.
AUTO_LIMITS = {"day": 120, "week": 3 * 365}


def _bin_index(day: dt.date, by: str) -> int:
    """A running number per bin, so that empty bins keep their place on the axis."""
    if by == "month":
        return day.year * 12 + day.month - 1
    ordinal = day.toordinal()
    return (ordinal - ordinal % 7) // 7 if by == "week" else ordinal


def _bin_start(index: int, by: str) -> dt.date:
    if by == "month":
        return dt.date(index // 12, index % 12 + 1, 1)
    return dt.date.fromordinal(index * 7 if by == "week" else index)


def pick_bin(counts: list[tuple[str, str, int]], by: str) -> str:
    """``auto`` chooses day, week or month from the span of the dates."""
    if by != "auto":
        return by
    days = [dt.date.fromisoformat(d[:10]) for d, _, _ in counts]
    span = (max(days) - min(days)).days if days else 0
    return "day" if span <= AUTO_LIMITS["day"] else "week" if span <= AUTO_LIMITS["week"] else "month"


def timeline_chart(
    counts: list[tuple[str, str, int]], *, by: str = "day", width: int = 900, height: int = 260
) -> dict[str, Any]:
    """Stacked bars (incidents per day, week or month, by type) as rectangles and axis labels to draw."""
    bins: dict[int, dict[str, int]] = {}
    for day_text, event_type, n in counts:
        key = _bin_index(dt.date.fromisoformat(day_text[:10]), by)
        per_type = bins.setdefault(key, {})
        per_type[event_type or "unknown"] = per_type.get(event_type or "unknown", 0) + n
    if not bins:
        return {"bars": [], "labels": [], "ticks": [], "legend": [], "width": width, "height": height, "max": 0}
    first, last = min(bins), max(bins)
    n_bins = last - first + 1
    left, bottom, top = 40, 30, 10
    slot = (width - left - 10) / n_bins
    peak = max(sum(v.values()) for v in bins.values())
    scale = (height - bottom - top) / peak
    bars, types = [], set()
    for key, per_type in sorted(bins.items()):
        x, y = left + (key - first) * slot, height - bottom
        for event_type, n in sorted(per_type.items()):
            types.add(event_type)
            y -= n * scale
            bars.append(
                {
                    "x": round(x + slot * 0.1, 1),
                    "y": round(y, 1),
                    "w": round(max(slot * 0.8, 1), 1),
                    "h": round(n * scale, 1),
                    "colour": TYPE_COLOURS.get(event_type, OTHER_COLOUR),
                    "title": f"{_bin_start(key, by).isoformat()}: {n} {event_type}",
                }
            )
    every = max(1, n_bins // 8)
    labels = [
        {"x": round(left + i * slot + slot / 2, 1), "text": _bin_start(first + i, by).isoformat()}
        for i in range(0, n_bins, every)
    ]
    ticks = [{"y": round(height - bottom - v * scale, 1), "text": str(v)} for v in _nice_ticks(peak)]
    legend = [{"type": t, "colour": TYPE_COLOURS.get(t, OTHER_COLOUR)} for t in sorted(types)]
    return {
        "bars": bars,
        "labels": labels,
        "ticks": ticks,
        "legend": legend,
        "width": width,
        "height": height,
        "max": peak,
        "left": left,
        "bottom": height - bottom,
    }


def _nice_ticks(peak: int) -> list[int]:
    step = max(1, 10 ** int(math.log10(max(peak, 1))))
    if peak / step < 3:
        step = max(1, step // 2)
    return list(range(0, peak + 1, step))


def mercator(lat: float, lon: float) -> tuple[float, float]:
    """Web Mercator at zoom 0 (the world is 256 x 256): what OSM tiles use, so markers sit on them."""
    lat = max(-85.0, min(85.0, lat))
    x = (lon + 180.0) / 360.0 * 256.0
    y = (1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2 * 256.0
    return x, y


def map_view(points: list[dict[str, Any]], outline: list[list[tuple[float, float]]]) -> dict[str, Any]:
    """Markers (radius by toll) and the outline in one projected frame that fits the markers."""
    markers = []
    for p in points:
        x, y = mercator(p["lat"], p["lon"])
        toll = p.get("killed") or 0
        markers.append({**p, "x": round(x, 3), "y": round(y, 3), "toll": toll})
    if markers:
        xs, ys = [m["x"] for m in markers], [m["y"] for m in markers]
        pad = max(4.0, (max(xs) - min(xs)) * 0.15, (max(ys) - min(ys)) * 0.15)
        x0, x1, y0, y1 = min(xs) - pad, max(xs) + pad, min(ys) - pad, max(ys) + pad
    else:
        x0, x1, y0, y1 = 0.0, 256.0, 20.0, 220.0
    w, h = x1 - x0, y1 - y0
    # Keep a 2:1-ish frame so a single marker does not get a needle-thin map.
    if w < 2 * h:
        x0, w = x0 - (2 * h - w) / 2, 2 * h
    else:
        y0, h = y0 - (w / 2 - h) / 2, w / 2
    unit = w / 100  # markers and strokes scale with the frame, so they read the same at any zoom
    for m in markers:
        m["r"] = round(unit * (0.6 + 0.5 * math.sqrt(m["toll"])), 3)
    paths = []
    for ring in outline:
        pts = [mercator(lat, lon) for lon, lat in ring]
        paths.append("M" + " L".join(f"{x:.2f},{y:.2f}" for x, y in pts) + " Z")
    grid = [f"M{mercator(0, lon)[0]:.2f},0 V256" for lon in range(-180, 181, 30)]
    grid += [f"M0,{mercator(lat, 0)[1]:.2f} H256" for lat in range(-60, 61, 30)]
    return {
        "markers": sorted(markers, key=lambda m: -m["r"]),
        "paths": paths,
        "grid": grid,
        "viewbox": f"{x0:.3f} {y0:.3f} {w:.3f} {h:.3f}",
        "stroke": round(unit * 0.15, 4),
    }
