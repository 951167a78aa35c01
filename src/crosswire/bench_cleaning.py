"""`crosswire bench cleaning`: how much of the true article body each cleaning path keeps.

Scores are over bags of word tokens (lowercased, multiset overlap), micro-averaged over pages:
precision = sum of overlaps / sum of extracted tokens, recall = sum of overlaps / sum of gold
tokens, summed over all pages before dividing.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from crosswire.clean import clean_document, clean_text, visible_text
from crosswire.model import Document

TOKEN = re.compile(r"\w+")
GROUND_TRUTH = "ground-truth.json"


def tokens(text: str) -> Counter[str]:
    """The bag of lowercased word tokens of a text."""
    return Counter(TOKEN.findall(text.lower()))


class Score:
    """Running micro-averaged token precision / recall / F1."""

    def __init__(self) -> None:
        self.overlap = self.extracted = self.gold = 0

    def add(self, extracted: str, gold: str) -> None:
        ext, ref = tokens(extracted), tokens(gold)
        self.overlap += sum((ext & ref).values())
        self.extracted += sum(ext.values())
        self.gold += sum(ref.values())

    def figures(self) -> dict[str, float]:
        p = self.overlap / self.extracted if self.extracted else 0.0
        r = self.overlap / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def load_pages(data_dir: Path, limit: int | None = None) -> list[tuple[str, str, str]]:
    """(page id, html, gold body) for each page with a ground-truth entry, in sorted order."""
    truth = json.loads((data_dir / GROUND_TRUTH).read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth)[:limit]:
        path = data_dir / "html" / f"{page_id}.html.gz"
        if path.exists():
            html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
            pages.append((page_id, html, truth[page_id].get("article_body") or ""))
    return pages


def trafilatura_default(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def system_paths() -> dict[str, Callable[[str], str]]:
    """The extractors compared: ours on HTML, ours on a careless scrape, trafilatura, and none."""
    return {
        "html_path": lambda html: clean_document(Document("bench", html, content_type="html")).text,
        "text_path": lambda html: clean_text(visible_text(html)).text,
        "trafilatura": trafilatura_default,
        "no_cleaning": visible_text,
    }


def bench_cleaning(data_dir: Path, limit: int | None = None) -> dict:
    """Token P/R/F1 of each cleaning path on ``data_dir`` (html/*.html.gz + ground-truth.json).

    Returns ``{"pages": n, "seconds": s, "html_path": {...}, "text_path": {...},
    "trafilatura": {...}, "no_cleaning": {...}}``; each inner dict has precision, recall, f1.
    """
    started = time.perf_counter()
    pages = load_pages(Path(data_dir), limit)
    scores = {name: Score() for name in system_paths()}
    for _, html, gold in pages:
        for name, extract in system_paths().items():
            scores[name].add(extract(html), gold)
    result: dict = {name: score.figures() for name, score in scores.items()}
    result["pages"] = len(pages)
    result["seconds"] = round(time.perf_counter() - started, 2)
    return result
