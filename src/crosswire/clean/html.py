"""The HTML path: trafilatura finds the article body and the page's metadata."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

LOGGER = logging.getLogger(__name__)

# Settings chosen on the html-dev benchmark (crosswire bench cleaning).
EXTRACT_OPTIONS = {"include_comments": False, "include_tables": True, "favor_precision": True}


@dataclass(slots=True)
class HtmlResult:
    """Body text (one paragraph a line) and what the page says about itself."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None


def parse_iso_date(value: str | None) -> dt.date | None:
    """A date from trafilatura's 'YYYY-MM-DD'; None when absent or malformed."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_html(html: str, url: str | None = None) -> HtmlResult:
    """The article body of an HTML page, with its title, date and site name when found."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, **EXTRACT_OPTIONS)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        LOGGER.debug("trafilatura failed (%s); falling back to visible text", exc)
        doc = None
    if doc is None or not (doc.text or "").strip():
        return HtmlResult(text=visible_text(html))
    return HtmlResult(
        text=doc.text,
        title=doc.title or None,
        published=parse_iso_date(doc.date),
        outlet=doc.sitename or None,
    )


# Block-level elements: each starts a new line in the visible text.
BLOCK_TAGS = (
    "address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table td th tr ul title option button"
).split()
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "head")


def visible_text(html: str) -> str:
    """All visible text of a page, block elements as line breaks: what a careless scrape gives."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for el in [e for e in root.iter(*INVISIBLE_TAGS) if e.getparent() is not None]:
        el.drop_tree()
    etree.strip_elements(root, etree.Comment, with_tail=False)
    for el in root.iter(*BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    return root.text_content()
