"""cli: the `crosswire` command. Each command parses arguments and calls a plain function."""

from __future__ import annotations

from crosswire.cli import bench, bench_speed, export, ingest, query, serve  # noqa: F401  (register commands)
from crosswire.cli._util import app

__all__ = ["app", "main"]


def main() -> None:
    app()
