"""Ingest: files, folders, JSON(L) and WARC in; Documents out, one bad input never stops a batch."""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from crosswire.ingest.readers import (
    JSON_EXTENSIONS,
    JSONL_EXTENSIONS,
    WARC_EXTENSIONS,
    ErrorHandler,
    IngestError,
    NotArticles,
    content_hash,
    is_other_file,
    jsonl_lines,
    read_file,
    read_json,
    read_jsonl,
    read_warc,
    split_suffix,
)
from crosswire.model import Document

__all__ = ["IngestError", "content_hash", "read_paths", "split_suffix"]

LOGGER = logging.getLogger(__name__)
STDIN = "-"
NO_STDIN = "nothing on standard input; pipe JSONL records into `crosswire ingest -`"


def read_paths(
    paths: Iterable[str | Path],
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
    on_error: ErrorHandler,
    on_pass_over: Callable[[Path], None] | None = None,
) -> Iterator[Document]:
    """Yield a Document for every article in ``paths`` (files or folders, read recursively; "-"
    for JSONL records on standard input).

    Folders are walked in sorted order so runs are deterministic; their files of other formats
    (styles, images, spreadsheets, a LICENSE: ``is_other_file``) go to ``on_pass_over`` unread, and
    so do their JSON files of no article records.
    ``published`` / ``outlet`` fill documents that carry none of their own. Each unreadable file,
    line or record is passed to ``on_error`` as an IngestError and reading goes on with the next.
    """
    for given in paths:
        if str(given) == STDIN:
            try:
                yield from jsonl_lines(
                    sys.stdin, "<stdin>", published=published, outlet=outlet, on_error=on_error, empty=NO_STDIN
                )
            except IngestError as err:
                on_error(err)
            continue
        path = Path(given)
        try:
            if path.is_dir():
                for file in _articles_only(iter_folder(path), on_pass_over):
                    yield from read_one(
                        file, published=published, outlet=outlet, on_error=on_error, on_pass_over=on_pass_over
                    )
            elif path.exists():
                yield from read_one(path, published=published, outlet=outlet, on_error=on_error)
            else:
                on_error(IngestError(path, "no such file or directory"))
        except PermissionError as exc:
            on_error(IngestError(path, f"permission denied ({exc.strerror}); check the folder's permissions"))


def iter_folder(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, recursively, in sorted order; hidden files are skipped."""
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from iter_folder(entry)
        elif entry.is_file():
            yield entry


def _articles_only(files: Iterable[Path], on_pass_over: Callable[[Path], None] | None) -> Iterator[Path]:
    for file in files:
        if not is_other_file(file):
            yield file
        elif on_pass_over:
            on_pass_over(file)


def read_one(
    path: Path,
    *,
    published: dt.date | None,
    outlet: str | None,
    on_error: ErrorHandler,
    on_pass_over: Callable[[Path], None] | None = None,
) -> Iterator[Document]:
    """The Documents of one file, whatever its format; problems go to ``on_error``.

    A JSON file of no article records goes to ``on_pass_over`` when one is given (a folder walk
    meets a dataset's answer key beside its articles), else it is an error."""
    ext, _ = split_suffix(path)
    try:
        if ext in JSONL_EXTENSIONS:
            yield from read_jsonl(path, published=published, outlet=outlet, on_error=on_error)
        elif ext in JSON_EXTENSIONS:
            yield from read_json(path, published=published, outlet=outlet, on_error=on_error)
        elif ext in WARC_EXTENSIONS:
            yield from read_warc(path, outlet=outlet, on_error=on_error)
        else:
            yield read_file(path, published=published, outlet=outlet)
    except NotArticles as err:
        if on_pass_over:
            on_pass_over(path)
        else:
            on_error(err)
    except IngestError as err:
        on_error(err)
    except PermissionError:
        on_error(IngestError(path, "permission denied; check the file's permissions"))
    except IsADirectoryError:
        on_error(IngestError(path, "is a directory"))
    except OSError as exc:
        on_error(IngestError(path, f"cannot read ({exc.strerror or exc}); check the file"))
