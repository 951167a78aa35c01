"""Write routes: review actions as HTML form posts (redirect back) and JSON posts (409 when stale)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field

from crosswire import reviews
from crosswire.web import views
from crosswire.web.app import TOKEN_COOKIE, WebError, Workbench

__all__ = ["router"]

LOGGER = logging.getLogger(__name__)

router = APIRouter()


class Action(BaseModel):
    """Confirm or reject: the version you read guards against someone else's change meanwhile."""

    version: int = Field(description="The incident's `version` as you read it; a stale one gets 409")
    author: str | None = None
    note: str | None = None


class Correction(Action):
    field: str = Field(description="killed, injured, arrested, detained, charged, missing, kidnapped or date")
    value: int | str = Field(description="A whole number for counts, YYYY-MM-DD for the date")


class Merge(Action):
    other: str = Field(description="Id of the incident to merge into this one")
    other_version: int | None = None


class Split(Action):
    doc_id: str = Field(description="The article whose mentions move out into a new incident")


def _author(request: Request, given: str | None) -> str:
    return (given or request.headers.get("x-crosswire-author") or os.environ.get("USER") or "analyst").strip()[:80]


def _run(request: Request, action: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run one review action on the single write connection, one at a time."""
    bench: Workbench = request.app.state.bench
    with bench.write_lock:
        try:
            return action(bench.writer, *args, **kwargs)
        except reviews.ReviewError as exc:
            raise WebError(400, str(exc)) from exc
        except ImportError as exc:
            raise WebError(500, f"the pipeline cannot run here ({exc}); the review was stored but not applied") from exc


def _do(request: Request, name: str, incident_id: str, body: dict[str, Any]) -> str:
    """Dispatch one named action with its arguments; returns the incident to show afterwards."""
    common = {
        "version": body.get("version"),
        "author": _author(request, body.get("author")),
        "note": body.get("note") or None,
    }
    if name == "confirm":
        return _run(request, reviews.confirm, incident_id, **common)
    if name == "reject":
        return _run(request, reviews.reject, incident_id, **common)
    if name == "correct":
        return _run(request, reviews.correct, incident_id, body.get("field") or "", body.get("value"), **common)
    if name == "merge":
        other = (body.get("other") or "").strip()
        if not other:
            raise WebError(400, "merge: give the id of the other incident")
        bench: Workbench = request.app.state.bench
        other = views.whole_id(bench.writer, other) or other  # the short id the list shows will do
        return _run(request, reviews.merge, incident_id, other, version_b=body.get("other_version"), **common)
    if name == "split":
        return _run(request, reviews.split, incident_id, body.get("doc_id") or "", **common)
    raise WebError(404, f"no action {name!r}; use confirm, reject, correct, merge or split")


def _json_result(request: Request, incident_id: str | None) -> dict[str, Any]:
    bench: Workbench = request.app.state.bench
    record = bench.writer.incident(incident_id) if incident_id else None
    return {"ok": True, "incident_id": incident_id, "incident": record}


# -- JSON API ---------------------------------------------------------------------------------
@router.post("/api/incidents/{incident_id}/confirm", summary="Confirm an incident (body: version, author, note)")
def api_confirm(request: Request, incident_id: str, body: Action) -> dict[str, Any]:
    _bench_check(request)
    return _json_result(request, _do(request, "confirm", incident_id, body.model_dump()))


@router.post("/api/incidents/{incident_id}/reject", summary="Reject (hide) an incident; undo brings it back")
def api_reject(request: Request, incident_id: str, body: Action) -> dict[str, Any]:
    _bench_check(request)
    return _json_result(request, _do(request, "reject", incident_id, body.model_dump()))


@router.post("/api/incidents/{incident_id}/correct", summary="Correct a field's value (body: field, value, note)")
def api_correct(request: Request, incident_id: str, body: Correction) -> dict[str, Any]:
    _bench_check(request)
    return _json_result(request, _do(request, "correct", incident_id, body.model_dump()))


@router.post("/api/incidents/{incident_id}/merge", summary="Merge another incident (body: other) into this one")
def api_merge(request: Request, incident_id: str, body: Merge) -> dict[str, Any]:
    _bench_check(request)
    return _json_result(request, _do(request, "merge", incident_id, body.model_dump()))


@router.post("/api/incidents/{incident_id}/split", summary="Move one article (body: doc_id) into a new incident")
def api_split(request: Request, incident_id: str, body: Split) -> dict[str, Any]:
    _bench_check(request)
    return _json_result(request, _do(request, "split", incident_id, body.model_dump()))


@router.post("/api/reviews/{review_id}/undo", summary="Undo a review; its incidents are re-linked without it")
def api_undo(request: Request, review_id: str) -> dict[str, Any]:
    _bench_check(request)
    return _json_result(request, _run(request, reviews.undo, review_id))


def _bench_check(request: Request, form_token: str | None = None) -> None:
    bench: Workbench = request.app.state.bench
    bench.check_token(request, form_token)


# -- HTML forms -------------------------------------------------------------------------------
async def _form(request: Request) -> dict[str, Any]:
    form = await request.form()
    data = {k: v for k, v in form.items() if isinstance(v, str)}
    version = data.get("version")
    if version is not None:
        try:
            data["version"] = int(version)
        except ValueError as exc:
            raise WebError(400, f"version={version!r}: not a whole number; reload the page") from exc
    return data


@router.post("/incidents/{incident_id}/{action}", include_in_schema=False)
async def form_action(request: Request, incident_id: str, action: str):
    data = await _form(request)
    _bench_check(request, data.get("token"))
    from starlette.concurrency import run_in_threadpool

    target = await run_in_threadpool(_do, request, action, incident_id, data)
    return RedirectResponse(f"/incidents/{target}", status_code=303)


@router.post("/reviews/{review_id}/undo", include_in_schema=False)
async def form_undo(request: Request, review_id: str):
    data = await _form(request)
    _bench_check(request, data.get("token"))
    from starlette.concurrency import run_in_threadpool

    target = await run_in_threadpool(_run, request, reviews.undo, review_id)
    back = data.get("back") or "/incidents"
    return RedirectResponse(f"/incidents/{target}" if target else back, status_code=303)


@router.post("/token", include_in_schema=False)
async def set_token(request: Request):
    data = await _form(request)
    _bench_check(request, data.get("token"))
    response = RedirectResponse("/incidents", status_code=303)
    response.set_cookie(TOKEN_COOKIE, data.get("token") or "", httponly=True, samesite="strict")
    return response
