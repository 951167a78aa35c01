"""`crosswire serve`: the analyst's web workbench over one database."""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import os
import socket
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import typer

from crosswire.cli._util import DB_OPTION, app, db_path, err_console, fail

LOOPBACK_NAMES = ("localhost",)


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost: only this machine can reach the server."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    db: Path = DB_OPTION,
    host: str = typer.Option("127.0.0.1", help="Address to listen on; anything but loopback needs a token"),
    port: int = typer.Option(8000, help="Port to listen on"),
    token: str = typer.Option(
        None, "--token", help="Access token for every change [default: $CROSSWIRE_TOKEN]", show_default=False
    ),
    get: str = typer.Option(None, "--get", help="Render this path in-process, print it, exit non-zero unless 200"),
) -> None:
    """Browse, filter and review incidents in a web browser (JSON API under /api)."""
    from crosswire.web.app import TOKEN_ENV, create_app

    token = token or os.environ.get(TOKEN_ENV) or None
    path = db_path(db)
    if not path.exists():
        raise fail(f"{path}: no such database; run `crosswire ingest PATH --db {path}` first")
    if not is_loopback(host) and not token:
        raise fail(
            f"--host {host} is reachable from other machines: give --token or set ${TOKEN_ENV} so that"
            " only people with it can change reviews"
        )
    application = create_app(path, token=token)
    if get is not None:
        status, body = render(application, get)
        sys.stdout.write(body)
        if status != 200:
            raise typer.Exit(1)
        return
    import uvicorn

    _check_free(host, port)
    where = f"http://{host}:{port}/"
    err_console.print(f"crosswire: serving {path} at {where}", highlight=False)
    if token:
        err_console.print(
            "every change needs the access token (Authorization: Bearer TOKEN, or the /token page)", highlight=False
        )
    else:
        err_console.print("listening on loopback only; changes need no token", highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


def _check_free(host: str, port: int) -> None:
    """Fail with one line, before saying we serve, when the address is taken or cannot be had."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind((host, port))
    except OSError as exc:
        taken = exc.errno == errno.EADDRINUSE
        why = "is in use (another `crosswire serve`?)" if taken else f"cannot be listened on ({exc.strerror or exc})"
        raise fail(f"{host}:{port} {why}; pass --port with a free port or another --host") from exc


def render(application, path: str) -> tuple[int, str]:
    """GET one path through the ASGI app without a socket; returns (status, body)."""
    parts = urlsplit(path)
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": unquote(parts.path) or "/",  # as a server hands it on: decoded
        "raw_path": (parts.path or "/").encode(),
        "query_string": parts.query.encode(),
        "headers": [(b"host", b"localhost")],
        "client": ("127.0.0.1", 0),
        "server": ("localhost", 80),
        "root_path": "",
    }
    status, chunks = 500, []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    asyncio.run(application(scope, receive, send))
    return status, b"".join(chunks).decode("utf-8", "replace")
