"""Read routes: every page has a JSON twin under /api built from the same data."""

from __future__ import annotations

import io
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from crosswire import reviews as review_actions
from crosswire.export import FORMATS, write_incidents
from crosswire.model import COUNT_FIELDS
from crosswire.web import views
from crosswire.web.app import WebError, Workbench, html
from crosswire.web.outline import WORLD

__all__ = ["router"]

router = APIRouter()

TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DOWNLOAD_TYPES = {"csv": "text/csv", "geojson": "application/geo+json", "jsonl": "application/x-ndjson"}


def _bench(request: Request) -> Workbench:
    return request.app.state.bench


def incident_list(request: Request) -> dict[str, Any]:
    """The filtered, sorted page of incidents, with the total for paging."""
    filters = views.parse_filters(request.query_params)
    results = _bench(request).reader().incidents(**filters.store_args())
    return _page(filters, results.total) | {"incidents": [views.summary(r) for r in results.rows]}


def article_list(request: Request) -> dict[str, Any]:
    """The filtered page of stored articles, latest first, with how many incidents each reports."""
    filters = views.parse_article_filters(request.query_params)
    results = _bench(request).reader().articles(**filters.store_args())
    return _page(filters, results.total) | {"articles": results.rows}


def _page(filters: views.Filters | views.ArticleFilters, total: int) -> dict[str, Any]:
    """A list page's filters and where it stands among the pages of ``total`` rows."""
    pages = max(1, -(-total // filters.per_page))
    return {"filters": filters, "total": total, "page": filters.page, "pages": pages, "per_page": filters.per_page}


def _redirect_to_whole_id(request: Request, incident_id: str) -> RedirectResponse | None:
    full = views.whole_id(_bench(request).reader(), incident_id)
    if full is None or full == incident_id:
        return None
    # the id ends both paths that call this
    return RedirectResponse(request.url.path.removesuffix(incident_id) + full, status_code=307)


def incident_detail(request: Request, incident_id: str) -> dict[str, Any]:
    """An incident with its claims side by side, its sources, and its review history."""
    store = _bench(request).reader()
    record = store.incident(incident_id)
    if record is None:
        raise WebError(404, f"no incident {incident_id!r}; it may have been merged or split, see /incidents")
    documents = {}
    for source in record.get("sources") or []:
        doc = store.document(source["doc_id"]) or {"doc_id": source["doc_id"]}
        documents[source["doc_id"]] = {
            k: doc.get(k) for k in ("doc_id", "title", "outlet", "published", "url", "path", "copy_of")
        }
    history = [r.as_dict() for r in review_actions.history(store, record)]
    sources = [
        {**s, **{k: documents[s["doc_id"]].get(k) for k in ("title", "outlet", "published")}}
        for s in record.get("sources") or []
    ]
    return {
        "incident": record,
        "claims": views.claim_rows(record, documents),
        "sources": sources,
        "history": history,
        "correctable": review_actions.CORRECTABLE_FIELDS,
    }


def article_detail(request: Request, doc_id: str) -> dict[str, Any]:
    """An article's cleaned text, the incidents it mentions with their quotes, and what was removed."""
    store = _bench(request).reader()
    doc = store.document(doc_id)
    if doc is None:
        raise WebError(404, f"no article {doc_id!r}; see /incidents for the stored articles")
    doc.pop("raw", None)
    incidents = store.incidents_of_document(doc_id)
    ranges = []
    for record in incidents:
        for result in (record.get("fields") or {}).values():
            for claim in (result or {}).get("claims") or []:
                if claim.get("doc_id") == doc_id and claim.get("start") is not None:
                    ranges.append((claim["start"], claim["end"], record["id"]))
    target = _target(request)
    return {
        "document": doc,
        "incidents": [views.summary(r) for r in incidents],
        "ranges": [{"start": s, "end": e, "incident": i} for s, e, i in ranges],
        "segments": views.segments(doc["text"], ranges, target),
        "target": target,
    }


def _target(request: Request) -> tuple[int, int] | None:
    start, end = request.query_params.get("start"), request.query_params.get("end")
    if start is None or end is None:
        return None
    try:
        return int(start), int(end)
    except ValueError as exc:
        raise WebError(400, f"start={start!r} end={end!r}: give character offsets as whole numbers") from exc


def _chart_filters(request: Request) -> dict[str, Any]:
    filters = views.parse_filters(request.query_params)
    return {
        "event_type": filters.event_type,
        "country": filters.country,
        "since": filters.since,
        "until": filters.until,
    }


def timeline_data(request: Request) -> dict[str, Any]:
    """Incidents per day or week, stacked by event type."""
    by = request.query_params.get("by") or "auto"
    if by not in (*views.BIN_SIZES, "auto"):
        raise WebError(400, f"by={by!r}: use day, week, month or auto")
    args = _chart_filters(request)
    counts = _bench(request).reader().timeline_counts(**args)
    by = views.pick_bin(counts, by)
    return {
        "by": by,
        "filters": args,
        "counts": [{"date": d, "event_type": t, "incidents": n} for d, t, n in counts],
        "chart": views.timeline_chart(counts, by=by),
    }


def map_data(request: Request) -> dict[str, Any]:
    """Incidents with coordinates as markers sized by toll, over a plain outline."""
    args = _chart_filters(request)
    points = _bench(request).reader().map_points(**args)
    return {"filters": args, "points": points, "view": views.map_view(points, WORLD), "tile_url": TILE_URL}


# -- pages ------------------------------------------------------------------------------------
@router.get("/", include_in_schema=False)
def home() -> RedirectResponse:
    return RedirectResponse("/incidents", status_code=302)


@router.get("/incidents", include_in_schema=False)
def incidents_page(request: Request):
    # the kinds this database holds, offered as the type box is typed in
    kinds = _bench(request).reader().event_types()
    type_names = sorted({name for event_type, sub_type, _n in kinds for name in (event_type, sub_type) if name})
    context = {**incident_list(request), "count_fields": COUNT_FIELDS[:3], "type_names": type_names}
    return html(request, "incidents.html", context)


@router.get("/incidents/{incident_id}", include_in_schema=False)
def incident_page(request: Request, incident_id: str):
    if redirect := _redirect_to_whole_id(request, incident_id):
        return redirect
    return html(request, "incident.html", incident_detail(request, incident_id))


@router.get("/articles", include_in_schema=False)
def articles_page(request: Request):
    return html(request, "articles.html", article_list(request))


@router.get("/articles/{doc_id:path}", include_in_schema=False)
def article_page(request: Request, doc_id: str):
    return html(request, "article.html", article_detail(request, doc_id))


@router.get("/timeline", include_in_schema=False)
def timeline_page(request: Request):
    return html(request, "timeline.html", timeline_data(request))


@router.get("/map", include_in_schema=False)
def map_page(request: Request):
    return html(request, "map.html", map_data(request))


@router.get("/api", include_in_schema=False)
def api_page(request: Request):
    # Listed from the OpenAPI schema, so this page and /openapi.json can never disagree.
    routes = [
        {"methods": [m.upper() for m in ops], "path": path, "summary": next(iter(ops.values())).get("summary", "")}
        for path, ops in request.app.openapi()["paths"].items()
    ]
    return html(request, "api.html", {"routes": routes})


@router.get("/token", include_in_schema=False)
def token_page(request: Request):
    return html(request, "token.html", {})


# -- JSON twins -------------------------------------------------------------------------------
def _json_filters(data: dict[str, Any]) -> dict[str, Any]:
    filters: views.Filters = data.pop("filters")
    data["filters"] = {
        "type": filters.event_type,
        "country": filters.country,
        "place": filters.place,
        "since": filters.since,
        "until": filters.until,
        "q": filters.text,
        "conflict": filters.conflict,
        "reviewed": filters.reviewed,
        "sort": filters.sort,
        "order": "desc" if filters.descending else "asc",
    }
    return data


@router.get(
    "/api/incidents",
    summary="List incidents (filters: type, country, place, since, until, q, "
    "conflict, reviewed; sort, order, page, per_page)",
)
def api_incidents(request: Request) -> dict[str, Any]:
    return {"ok": True, **_json_filters(incident_list(request))}


@router.get(
    "/api/incidents.{fmt}",
    summary="Every incident the list's filters keep (all pages, in the list's order) as a csv, geojson or jsonl file",
    response_class=Response,
)
def api_incidents_download(request: Request, fmt: str) -> Response:
    if fmt not in FORMATS:
        raise WebError(404, f"no export as {fmt!r}; use /api/incidents.csv, .geojson or .jsonl")
    args = views.parse_filters(request.query_params).store_args()
    del args["limit"], args["offset"]
    out = io.StringIO()
    write_incidents(_bench(request).reader().incidents(**args).rows, out, fmt)
    headers = {"Content-Disposition": f'attachment; filename="incidents.{fmt}"'}
    return Response(out.getvalue(), media_type=f"{DOWNLOAD_TYPES[fmt]}; charset=utf-8", headers=headers)


@router.get(
    "/api/incidents/{incident_id}",
    summary="One incident: fields, claims side by side, sources, history (a short id redirects to the whole one)",
    response_model=None,
)
def api_incident(request: Request, incident_id: str) -> dict[str, Any] | RedirectResponse:
    if redirect := _redirect_to_whole_id(request, incident_id):
        return redirect
    return {"ok": True, **incident_detail(request, incident_id)}


@router.get("/api/incidents/{incident_id}/history", summary="The review records of one incident, undone ones too")
def api_history(request: Request, incident_id: str) -> dict[str, Any]:
    return {"ok": True, "history": incident_detail(request, incident_id)["history"]}


@router.get(
    "/api/articles",
    summary="List stored articles, latest first, with how many incidents each reports "
    "(filters: q, language, unread=yes for those that gave none; page, per_page)",
)
def api_articles(request: Request) -> dict[str, Any]:
    data = article_list(request)
    filters: views.ArticleFilters = data.pop("filters")
    data["filters"] = {"q": filters.text, "language": filters.language, "unread": filters.without_incidents}
    return {"ok": True, **data}


@router.get(
    "/api/articles/{doc_id:path}", summary="An article's cleaned text, its incidents and highlights, removed parts"
)
def api_article(request: Request, doc_id: str) -> dict[str, Any]:
    data = article_detail(request, doc_id)
    data.pop("segments")
    return {"ok": True, **data}


@router.get("/api/timeline", summary="Incidents per day (by=day) or week (by=week) and event type")
def api_timeline(request: Request) -> dict[str, Any]:
    data = timeline_data(request)
    data.pop("chart")
    return {"ok": True, **data}


@router.get("/api/map", summary="Incidents with coordinates as GeoJSON points (killed/injured as properties)")
def api_map(request: Request) -> dict[str, Any]:
    points = _bench(request).reader().map_points(**_chart_filters(request))
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
            "properties": {k: v for k, v in p.items() if k not in ("lat", "lon")},
        }
        for p in points
    ]
    return {"type": "FeatureCollection", "features": features}


@router.get("/api/reviews", summary="Every review record, newest last (include_undone=yes for undone ones)")
def api_reviews(request: Request) -> dict[str, Any]:
    include = views._flag(request.query_params.get("include_undone"), "include_undone") or False
    return {"ok": True, "reviews": [r.as_dict() for r in _bench(request).reader().reviews(include_undone=include)]}
