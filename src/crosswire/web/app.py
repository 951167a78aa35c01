"""The app factory: stores, the one error shape, templates, and the access token for writes."""

from __future__ import annotations

import contextlib
import hmac
import logging
import threading
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from crosswire.model import READ_LANGUAGES, count_text, date_text
from crosswire.store import Store, StoreError, WriteConflict

__all__ = ["TOKEN_ENV", "WebError", "Workbench", "create_app", "wants_json"]

LOGGER = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
TOKEN_ENV = "CROSSWIRE_TOKEN"
TOKEN_COOKIE = "crosswire_token"
# Scripts only from this server: even if some scraped text slipped past escaping, it could not run.
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
    " img-src 'self' data: https://tile.openstreetmap.org; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}
TITLES = {
    400: "Bad request",
    401: "Token needed",
    403: "Wrong token",
    404: "Not found",
    409: "Changed meanwhile",
    422: "Bad input",
    500: "Server error",
}


class WebError(Exception):
    """An error a page or an API call answers with: status, one-line message (and how to fix it)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class Workbench:
    """What the routes share: one write store behind a lock, read-only stores per thread."""

    def __init__(self, db_path: str | Path, token: str | None):
        self.db_path = str(db_path)
        self.token = token
        # Opening for writing first creates and migrates the file, so read-only opens find a schema.
        self.writer = Store(self.db_path)
        self.write_lock = threading.Lock()
        self._local = threading.local()
        self._readers: list[Store] = []

    def reader(self) -> Store:
        """A read-only connection for this thread (sqlite connections must not be shared mid-query)."""
        store = getattr(self._local, "store", None)
        if store is None:
            if self.db_path == ":memory:":
                return self.writer
            store = Store(self.db_path, readonly=True)
            self._local.store = store
            self._readers.append(store)
        return store

    def close(self) -> None:
        for store in self._readers:
            store.close()
        self.writer.close()

    def check_token(self, request: Request, form_token: str | None = None) -> None:
        """Writes need the token when one is set: header, form field or cookie."""
        if not self.token:
            return
        header = request.headers.get("authorization", "")
        given = (
            (header[7:] if header.lower().startswith("bearer ") else None)
            or request.headers.get("x-crosswire-token")
            or form_token
            or request.cookies.get(TOKEN_COOKIE)
        )
        if not given:
            raise WebError(
                401,
                "this server needs an access token for changes: send 'Authorization: Bearer"
                " TOKEN', or enter it on the /token page",
            )
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            raise WebError(403, "wrong access token; ask whoever started `crosswire serve` for it")


def wants_json(request: Request) -> bool:
    """API paths answer JSON; pages answer HTML."""
    return request.url.path.startswith("/api/") or request.url.path == "/api.json"


def create_app(db_path: str | Path, *, token: str | None = None) -> FastAPI:
    """The analyst's workbench over one crosswire database (created if missing)."""
    from crosswire.web import actions, pages

    bench = Workbench(db_path, token)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        bench.close()

    app = FastAPI(
        lifespan=lifespan,
        title="crosswire",
        summary="Incidents merged from news reports, every outlet's claim with its quote.",
        version="1",
        docs_url=None,  # Swagger UI loads its assets from a CDN; /api lists the endpoints instead
        redoc_url=None,
    )
    app.state.bench = bench
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.state.templates.env.filters["count_text"] = count_text
    app.state.templates.env.globals["date_text"] = date_text
    app.state.templates.env.globals["read_languages"] = READ_LANGUAGES
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(pages.router)
    app.include_router(actions.router)
    _install_error_handlers(app)

    @app.middleware("http")
    async def _security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app


def error_response(request: Request, status: int, message: str) -> Any:
    """The one error shape: JSON {ok, error, status} for the API, an HTML page otherwise."""
    if wants_json(request):
        return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "title": TITLES.get(status, "Error"), "message": message},
        status_code=status,
    )


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(WebError)
    async def _web_error(request: Request, exc: WebError):
        return error_response(request, exc.status, exc.message)

    @app.exception_handler(WriteConflict)
    async def _conflict(request: Request, exc: WriteConflict):
        return error_response(request, 409, str(exc))

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError):
        return error_response(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ())[1:]) or "input"
            parts.append(f"{where}: {err.get('msg')}")
        return error_response(request, 400, "; ".join(parts) or "bad input")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}; see /api for the endpoints"
        return error_response(request, exc.status_code, message)


def html(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    """Render a page; every page knows whether writes need a token."""
    templates: Jinja2Templates = request.app.state.templates
    bench: Workbench = request.app.state.bench
    context = {"needs_token": bool(bench.token), **context}
    return templates.TemplateResponse(request, name, context, status_code=status)
