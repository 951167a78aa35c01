"""Readers for each input format: text / HTML files, JSON and JSONL, WARC.

Every reader is a generator of Documents and reports per-file (or per-line, per-record) problems
through an ``on_error`` callback, so one bad input never stops a batch.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import logging
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from crosswire.model import Document, stable_id

LOGGER = logging.getLogger(__name__)

# Extensions (after stripping .gz) that name a format we read.
TEXT_EXTENSIONS = (".txt", ".text")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
JSON_EXTENSIONS = (".json",)
WARC_EXTENSIONS = (".warc",)
# Files a dataset or a repository keeps beside its articles, by name ("LICENSE", "readme.txt"),
# or by a name's first word in capitals, as such files are named ("LICENSE-DATA.md").
OTHER_FILES = frozenset("license licence copying notice readme changelog authors makefile dockerfile".split())
CAPITAL_FIRST_WORD = re.compile(r"[A-Z]+\b|[A-Z]+(?=_)")
# Files a folder holds beside its articles, never articles themselves: a saved page's styles,
# scripts and images ("Save page as... complete"), documents of other kinds, data, archives, and
# the database itself when it sits in the folder. A folder walk passes over them; a file named
# on the command line is still read.
OTHER_FORMATS = frozenset(
    ".css .js .mjs .map .woff .woff2 .ttf .otf .eot .ico .svg "
    ".png .jpg .jpeg .gif .webp .bmp .tif .tiff .avif .heic "
    ".mp3 .mp4 .m4a .wav .ogg .webm .mov .avi .mkv "
    ".pdf .doc .docx .xls .xlsx .ppt .pptx .odt .ods .odp .epub "
    ".csv .tsv .parquet .pkl .npy .zip .tar .tgz .7z .rar .bz2 .xz .zst "
    ".db .sqlite .sqlite3 .db-wal .db-shm .db-journal .exe .dll .so .dylib .pyc .py .sh".split()
)
# Share of control characters above which content is taken for binary data.
MAX_CONTROL_SHARE = 0.10
HTML_SNIFF = re.compile(r"^\s*(<!doctype\s+html|<html[\s>])", re.IGNORECASE)
WHITESPACE = re.compile(r"\s+")
NOT_TEXT = "not text (binary data?); pass .txt, .html, .json, .jsonl or .warc files"
NO_CHARSET = "not UTF-8 text and no charset could be detected; re-save it as UTF-8"
# JSONL field names: ours first, then news-please's.
TEXT_FIELDS = ("text", "maintext")
ARTICLE_FIELDS = frozenset((*TEXT_FIELDS, "html", "title"))
DATE_FIELDS = ("published", "date_publish")
OUTLET_FIELDS = ("outlet", "source_domain")


class IngestError(Exception):
    """A file (or a line / record in it) that could not be read or parsed."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotArticles(IngestError):
    """A well-formed JSON file none of whose records has an article field: data of another kind
    (a dataset's answer key, a tool's settings), which a folder walk passes over."""


ErrorHandler = Callable[[IngestError], None]


def content_hash(content: str) -> str:
    """16-hex sha1 of the content with whitespace normalized: same text, same id."""
    return stable_id(WHITESPACE.sub(" ", content).strip())


def file_doc_id(path: Path, content: str) -> str:
    """A readable, stable id for a whole-file document: ``{stem}-{hash16}``."""
    stem = path.name.split(".")[0] or "doc"
    return f"{stem}-{content_hash(content)}"


def parse_date(value: Any) -> dt.date | None:
    """A date from 'YYYY-MM-DD' or 'YYYY-MM-DD hh:mm:ss' (news-please); None when unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def is_other_file(path: Path) -> bool:
    """Whether a folder's file is no article: a format of ``OTHER_FORMATS`` or a name of ``OTHER_FILES``."""
    if split_suffix(path)[0] in OTHER_FORMATS or path.name.split(".")[0].lower() in OTHER_FILES:
        return True
    first_word = CAPITAL_FIRST_WORD.match(path.name)
    return bool(first_word and first_word.group().lower() in OTHER_FILES)


def split_suffix(path: Path) -> tuple[str, bool]:
    """The format extension (lowercased, without .gz) and whether the file is gzipped."""
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    if gz:
        suffixes = suffixes[:-1]
    return (suffixes[-1] if suffixes else ""), gz


def open_binary(path: Path, gz: bool) -> BinaryIO:
    """Open a file for reading bytes, through gzip when it is compressed."""
    return gzip.open(path, "rb") if gz else open(path, "rb")  # noqa: SIM115


def read_bytes(path: Path, gz: bool) -> bytes:
    """The whole file's bytes (decompressed); IngestError for truncated / corrupt gzip."""
    try:
        with open_binary(path, gz) as fh:
            return fh.read()
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise IngestError(path, f"truncated or corrupt gzip: {exc}; re-download or re-compress it") from exc


def looks_binary(text: str) -> bool:
    """True for decoded data that is mostly not text (NUL bytes, many control characters)."""
    if "\x00" in text:
        return True
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bool(sample) and controls / len(sample) > MAX_CONTROL_SHARE


def decode(data: bytes, path: Path, *, html: bool, known: bool = True) -> str:
    """Bytes to text: UTF-8 (BOM allowed), then charset detection, then latin-1 for HTML.

    A file of no known extension (``known`` False) is read only when it is UTF-8.
    """
    if b"\x00" in data[:20000]:
        raise IngestError(path, NOT_TEXT)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = fallback_decode(data, html=html) if known else None
        if text is None:
            raise IngestError(path, NOT_TEXT if not known else NO_CHARSET) from None
    if looks_binary(text):
        raise IngestError(path, NOT_TEXT)
    return text


def fallback_decode(data: bytes, *, html: bool) -> str | None:
    """Decode non-UTF-8 bytes by charset detection; latin-1 as a last resort for HTML only."""
    try:
        import charset_normalizer
    except ImportError:
        charset_normalizer = None
    if charset_normalizer is not None:
        best = charset_normalizer.from_bytes(data).best()
        if best is not None:
            return str(best)
    return data.decode("latin-1") if html else None


def read_file(path: Path, *, published: dt.date | None, outlet: str | None) -> Document:
    """One text or HTML file as one Document; IngestError when it cannot be used."""
    ext, gz = split_suffix(path)
    data = read_bytes(path, gz)
    if not data.strip():
        raise IngestError(path, "empty file")
    is_html = ext in HTML_EXTENSIONS
    content = decode(data, path, html=is_html, known=is_html or ext in TEXT_EXTENSIONS)
    if not content.strip():
        raise IngestError(path, "empty file")
    content_type = "html" if is_html or HTML_SNIFF.match(content) else "text"
    return Document(
        doc_id=file_doc_id(path, content),
        content=content,
        content_type=content_type,
        path=str(path),
        published=published,
        outlet=outlet,
    )


def first_field(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    """The first non-empty value among ``names``."""
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def jsonl_document(record: Any, where: str, *, published: dt.date | None, outlet: str | None) -> Document:
    """A Document from one parsed JSONL record; IngestError when it carries no article text."""
    if not isinstance(record, dict):
        raise IngestError(where, "not a JSON object; each record must be one {...}")
    text = first_field(record, TEXT_FIELDS)
    html = record.get("html")
    title = record.get("title") or None
    is_text = isinstance(text, str) and bool(text.strip())
    is_html = not is_text and isinstance(html, str) and bool(html.strip())
    if not (is_text or is_html or isinstance(title, str) and title.strip()):
        raise IngestError(where, "no article text: give a 'text' (or 'maintext' or 'html') field, or a 'title'")
    # a feed item may carry only its headline, which still tells what happened
    content = text if is_text else html if is_html else ""
    doc_id = record.get("doc_id")
    return Document(
        doc_id=str(doc_id) if doc_id not in (None, "") else content_hash(content or title),
        content=content,
        content_type="html" if is_html else "text",
        path=where,
        url=record.get("url") or None,
        title=title,
        outlet=first_field(record, OUTLET_FIELDS) or outlet,
        published=parse_date(first_field(record, DATE_FIELDS)) or published,
        language=record.get("language") or None,
    )


def is_article_record(record: Any) -> bool:
    """Whether a JSON value is an article's record: an object with a text, html or title field."""
    return isinstance(record, dict) and bool(record.keys() & ARTICLE_FIELDS)


def read_json(
    path: Path, *, published: dt.date | None, outlet: str | None, on_error: ErrorHandler
) -> Iterator[Document]:
    """A whole-file JSON article (news-please writes one per article), or a list of them."""
    _, gz = split_suffix(path)
    data = read_bytes(path, gz)
    if not data.strip():
        raise IngestError(path, "empty file")
    try:
        parsed = json.loads(data.decode("utf-8-sig", errors="replace"))
    except json.JSONDecodeError as exc:
        raise IngestError(path, f"invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    records = parsed if isinstance(parsed, list) else [parsed]
    if not any(is_article_record(record) for record in records):
        raise NotArticles(path, "no article records: give one {...} record with a 'text' field, or a list of them")
    if isinstance(parsed, dict):
        yield jsonl_document(parsed, str(path), published=published, outlet=outlet)
        return
    for n, record in enumerate(records, start=1):
        where = f"{path}#{n}"
        try:
            yield jsonl_document(record, where, published=published, outlet=outlet)
        except IngestError as err:
            on_error(err)


def read_jsonl(
    path: Path, *, published: dt.date | None, outlet: str | None, on_error: ErrorHandler
) -> Iterator[Document]:
    """Stream a JSONL file line by line; a bad line is reported and skipped."""
    _, gz = split_suffix(path)
    try:
        with open_binary(path, gz) as raw:
            lines = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace")
            yield from jsonl_lines(lines, str(path), published=published, outlet=outlet, on_error=on_error)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        on_error(IngestError(path, f"truncated or corrupt gzip: {exc}; later lines were not read"))


def jsonl_lines(
    lines: Iterable[str],
    source: str,
    *,
    published: dt.date | None,
    outlet: str | None,
    on_error: ErrorHandler,
    empty: str = "empty file",
) -> Iterator[Document]:
    """The Documents of JSONL ``lines`` read from ``source`` (a file, or standard input); ``empty``
    says what it means that there were none.

    NotArticles when the first record has no article field at all (a dataset's answer key)."""
    seen_any = seen_record = False
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        seen_any = True
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(IngestError(where, f"invalid JSON ({exc.msg} at column {exc.colno}); line skipped"))
            continue
        if not seen_record and isinstance(record, dict) and not is_article_record(record):
            # the lines of one file are records of one kind: these are data of another kind
            raise NotArticles(source, f"no article records (line {lineno} has no 'text', 'title' or 'html' field)")
        seen_record = True
        try:
            doc = jsonl_document(record, where, published=published, outlet=outlet)
        except IngestError as err:
            on_error(err)
            continue
        doc.path = f"{source}#{lineno}"
        yield doc
    if not seen_any:
        on_error(IngestError(source, empty))


HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")


def warc_html(record: Any) -> tuple[str, str] | None:
    """(url, html) for a response record carrying an HTML page, else None."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if not ctype.startswith(HTML_CONTENT_TYPES):
        return None
    data = record.content_stream().read()
    charset = re.search(r"charset=([\w-]+)", ctype)
    try:
        html = data.decode(charset.group(1) if charset else "utf-8")
    except (LookupError, UnicodeDecodeError):
        html = fallback_decode(data, html=True) or ""
    return record.rec_headers.get_header("WARC-Target-URI"), html


def read_warc(path: Path, *, outlet: str | None, on_error: ErrorHandler) -> Iterator[Document]:
    """Stream the HTML responses of a WARC file; other records are skipped (logged at debug)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    skipped = 0
    try:
        with open(path, "rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh), start=1):
                if record.format != "warc":
                    # warcio reads any text as a legacy ARC record; we take only real WARC.
                    raise ValueError(f"record {n} is not a WARC record")
                page = warc_html(record)
                if page is None:
                    skipped += 1
                    continue
                url, html = page
                if not html.strip():
                    on_error(IngestError(f"{path}#record-{n}", "empty HTML response; record skipped"))
                    continue
                yield Document(
                    doc_id=content_hash(html),
                    content=html,
                    content_type="html",
                    path=f"{path}#record-{n}",
                    url=url,
                    outlet=outlet,
                )
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
        on_error(IngestError(path, f"cannot parse WARC ({exc}); check that it is a complete .warc/.warc.gz"))
    LOGGER.debug("%s: skipped %d non-HTML WARC records", path, skipped)
