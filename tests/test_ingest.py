"""Ingest: every format gives Documents, and each bad input is reported with a useful message."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
from pathlib import Path

import pytest

from crosswire.clean import clean_document
from crosswire.ingest import IngestError, read_paths

BODY = "The river flooded the lower town on Monday.\n\nTwo bridges were closed by the council."
PAGE = "<!doctype html><html><head><title>Flood</title></head><body><p>Water rose fast.</p></body></html>"


NO_RECORDS = "no article records: give one {...} record with a 'text' field, or a list of them"


def read(*paths, **kw):
    errors: list[IngestError] = []
    docs = list(read_paths(paths, on_error=errors.append, **kw))
    return docs, errors


def test_text_file_gets_readable_stable_id(tmp_path):
    f = tmp_path / "000_abc123.txt"
    f.write_text(BODY, encoding="utf-8")
    (doc,), errors = read(f)
    again, _ = read(f)
    assert not errors
    assert "000_abc123" in doc.doc_id
    assert doc.doc_id == again[0].doc_id
    assert doc.content_type == "text" and doc.path == str(f)


def test_same_content_with_other_whitespace_gives_same_hash(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(BODY, encoding="utf-8")
    b.write_text(BODY.replace(" ", "  ") + "\n", encoding="utf-8")
    (da,), _ = read(a)
    (db,), _ = read(b)
    assert da.doc_id.split("-")[-1] == db.doc_id.split("-")[-1]


def test_defaults_fill_bare_text(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text(BODY, encoding="utf-8")
    (doc,), _ = read(f, published=dt.date(2020, 5, 1), outlet="Daily Example")
    assert doc.published == dt.date(2020, 5, 1) and doc.outlet == "Daily Example"


def test_html_by_extension_and_by_sniffing(tmp_path):
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.htm.gz").write_bytes(gzip.compress(PAGE.encode()))
    docs, errors = read(tmp_path)
    assert not errors
    assert [d.content_type for d in docs] == ["html", "html", "html"]
    assert "Water rose fast" in docs[2].content


def test_folder_is_recursive_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed text here.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Alpha text here.", encoding="utf-8")
    (tmp_path / "c").write_text("No extension but plain text.", encoding="utf-8")
    docs, errors = read(tmp_path)
    assert not errors
    assert [Path(d.path).name for d in docs] == ["a.txt", "z.txt", "c"]


def test_latin1_html_is_decoded(tmp_path):
    f = tmp_path / "page.html"
    f.write_bytes("<html><body><p>Caf\u00e9 cr\u00e8me au march\u00e9 ce matin.</p></body></html>".encode("latin-1"))
    (doc,), errors = read(f)
    assert not errors and "march\u00e9" in doc.content


def test_jsonl_with_our_fields_and_news_please_fields(tmp_path):
    rows = [
        {"doc_id": "d1", "title": "T", "published": "2021-03-04", "url": "http://x/1", "text": BODY},
        {"maintext": "Fire in the hall.", "date_publish": "2016-07-28 10:00:00", "source_domain": "ex.com"},
        {"doc_id": "d3", "html": PAGE},
    ]
    f = tmp_path / "docs.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    docs, errors = read(f)
    assert not errors
    assert docs[0].doc_id == "d1" and docs[0].published == dt.date(2021, 3, 4) and docs[0].url == "http://x/1"
    assert docs[1].published == dt.date(2016, 7, 28) and docs[1].outlet == "ex.com"
    assert len(docs[1].doc_id) == 16 and docs[1].path == f"{f}#2"
    assert docs[2].content_type == "html"


def test_jsonl_bad_lines_are_reported_and_others_kept(tmp_path):
    f = tmp_path / "docs.jsonl.gz"
    lines = [json.dumps({"doc_id": "ok1", "text": "A"}), "{not json", json.dumps({"doc_id": "x"}), '"str"']
    f.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    docs, errors = read(f)
    assert [d.doc_id for d in docs] == ["ok1"]
    assert str(errors[0]).startswith(f"{f}:2: invalid JSON (")
    assert "no article text" in str(errors[1]) and str(errors[1]).startswith(f"{f}:3:")
    assert "not a JSON object" in str(errors[2])


def test_jsonl_record_with_only_a_headline_is_an_article(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text(json.dumps({"title": "Two men wounded in Dayton shooting", "text": ""}) + "\n", encoding="utf-8")
    (doc,), errors = read(f)
    assert not errors
    assert (doc.content, doc.title) == ("", "Two men wounded in Dayton shooting")
    assert clean_document(doc).text == "Two men wounded in Dayton shooting"


def test_json_file_of_one_article_or_a_list(tmp_path):
    # news-please stores each article as one JSON file
    one = tmp_path / "article.json"
    one.write_text(
        json.dumps(
            {"maintext": BODY, "title": "Flood", "date_publish": "2019-05-06 08:00:00", "source_domain": "ex.com"}
        ),
        encoding="utf-8",
    )
    many = tmp_path / "batch.json.gz"
    many.write_bytes(gzip.compress(json.dumps([{"doc_id": "a", "text": "A"}, {"doc_id": "b"}, 7]).encode()))
    docs, errors = read(one, many)
    assert (docs[0].title, docs[0].published, docs[0].outlet) == ("Flood", dt.date(2019, 5, 6), "ex.com")
    assert docs[0].content == BODY and docs[0].path == str(one)
    assert [d.doc_id for d in docs[1:]] == ["a"] and docs[1].path == f"{many}#1"
    assert [str(e).split(": ")[0] for e in errors] == [f"{many}#2", f"{many}#3"]
    assert "no article text" in str(errors[0]) and "not a JSON object" in str(errors[1])


def test_a_dash_reads_jsonl_records_from_standard_input(monkeypatch):
    lines = [json.dumps({"doc_id": "p1", "text": BODY, "published": "2025-05-02"}), "{oops", ""]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    docs, errors = read("-")
    assert [(d.doc_id, d.path, d.published) for d in docs] == [("p1", "<stdin>#1", dt.date(2025, 5, 2))]
    assert [str(e).split(": ")[0] for e in errors] == ["<stdin>:2"]
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    docs, errors = read("-")
    assert not docs and "nothing on standard input" in str(errors[0])


@pytest.mark.parametrize(
    "data, message",
    [
        ("{oops", "invalid JSON (Expecting property name enclosed in double quotes at line 1, column 2)"),
        ('"just a string"', NO_RECORDS),
        ('{"incidents": [1, 2]}', NO_RECORDS),
        ("[]", NO_RECORDS),
        ("  ", "empty file"),
    ],
)
def test_bad_json_file_is_one_line_naming_it(tmp_path, data, message):
    f = tmp_path / "x.json"
    f.write_text(data, encoding="utf-8")
    docs, errors = read(f)
    assert not docs and [str(e) for e in errors] == [f"{f}: {message}"]


def test_a_folder_walk_passes_over_json_that_holds_no_article_but_reports_bad_records(tmp_path):
    (tmp_path / "answers.json").write_text('{"incidents": [{"id": 1, "killed": 2}]}', encoding="utf-8")
    (tmp_path / "story.json").write_text(json.dumps({"title": "Two hurt", "text": BODY}), encoding="utf-8")
    (tmp_path / "half.json").write_text(json.dumps([{"text": BODY + " More."}, {"text": ""}]), encoding="utf-8")
    records = [{"incident_id": n, "killed": 1} for n in range(50)]
    (tmp_path / "answers.jsonl").write_text("\n".join(map(json.dumps, records)), encoding="utf-8")
    passed: list[Path] = []
    docs, errors = read(tmp_path, on_pass_over=passed.append)
    assert [p.name for p in passed] == ["answers.json", "answers.jsonl"]
    assert sorted(Path(d.path.split("#")[0]).name for d in docs) == ["half.json", "story.json"]
    assert [str(e).split(": ")[0] for e in errors] == [f"{tmp_path / 'half.json'}#2"]


def test_jsonl_of_records_of_another_kind_is_one_error_not_one_per_line(tmp_path, monkeypatch):
    records = "\n".join(json.dumps({"incident_id": n, "killed": 1}) for n in range(50))
    named = tmp_path / "answers.jsonl"
    named.write_text(records, encoding="utf-8")
    docs, errors = read(named)
    assert not docs and [str(e) for e in errors] == [
        f"{named}: no article records (line 1 has no 'text', 'title' or 'html' field)"
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO(records))
    docs, errors = read("-")
    assert not docs and len(errors) == 1 and str(errors[0]).startswith("<stdin>: no article records")


def test_a_folder_walk_passes_over_what_a_saved_page_keeps_beside_it(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    assets = tmp_path / "page_files"
    assets.mkdir()
    for name in ("style.css", "app.js", "chart.csv", "logo.png", "report.PDF"):
        (assets / name).write_text("body { color: red }", encoding="utf-8")
    (tmp_path / "notes").write_text(BODY, encoding="utf-8")  # no extension: read as text
    (tmp_path / "LICENSE").write_text("Permission is hereby granted", encoding="utf-8")
    (tmp_path / "README.md").write_text("# The articles of this folder", encoding="utf-8")
    (tmp_path / "LICENSE-DATA.md").write_text("The texts are licensed under", encoding="utf-8")
    (tmp_path / "notice-of-closure.txt").write_text(BODY, encoding="utf-8")  # a story, not a NOTICE file
    passed: list[Path] = []
    docs, errors = read(tmp_path, on_pass_over=passed.append)
    assert not errors and sorted(Path(d.path).name for d in docs) == ["notes", "notice-of-closure.txt", "page.html"]
    assert sorted(p.name for p in passed) == [
        "LICENSE",
        "LICENSE-DATA.md",
        "README.md",
        "app.js",
        "chart.csv",
        "logo.png",
        "report.PDF",
        "style.css",
    ]
    # named on its own, a file is read whatever its extension
    (named,), _ = read(assets / "app.js")
    assert named.content.startswith("body")


def write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, ctype, body in [
            ("http://ex.com/a", "text/html; charset=utf-8", PAGE),
            ("http://ex.com/b.png", "image/png", "\x89PNG"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()), http_headers=headers)
            writer.write_record(rec)


def test_warc_html_responses_become_documents(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    write_warc(f)
    docs, errors = read(f)
    assert not errors
    assert len(docs) == 1
    assert docs[0].url == "http://ex.com/a" and docs[0].content_type == "html"
    assert docs[0].path == f"{f}#record-1" and docs[0].published is None


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "empty file"),
        ("junk.txt", bytes(range(256)) * 4, "not text (binary data?)"),
        ("cut.txt.gz", gzip.compress(BODY.encode() * 50)[:40], "truncated or corrupt gzip"),
        ("bad.warc", b"this is not a warc file at all\r\n\r\n", "cannot parse WARC"),
    ],
)
def test_bad_file_is_reported_and_batch_goes_on(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "zz_good.txt").write_text(BODY, encoding="utf-8")
    docs, errors = read(tmp_path)
    assert [Path(d.path).name for d in docs] == ["zz_good.txt"]
    assert len(errors) == 1
    assert errors[0].path == str(tmp_path / name)
    assert message in str(errors[0]) and "\n" not in str(errors[0])


def test_missing_path(tmp_path):
    docs, errors = read(tmp_path / "nope.txt")
    assert not docs and str(errors[0]) == f"{tmp_path / 'nope.txt'}: no such file or directory"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_permission_denied(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text(BODY, encoding="utf-8")
    f.chmod(0)
    try:
        docs, errors = read(f)
    finally:
        f.chmod(0o644)
    assert not docs and "permission denied" in str(errors[0])


def test_truncated_html_still_yields_text(tmp_path):
    f = tmp_path / "cut.html"
    f.write_text("<html><body><p>The storm hit the coast at dawn and cut power</p><p>Crews", encoding="utf-8")
    (doc,), errors = read(f)
    assert not errors and "cut power" in doc.content
