"""Clean: Document in, CleanText out; page furniture goes, each piece with its reason."""

from __future__ import annotations

import logging

from crosswire.clean.html import extract_html, visible_text
from crosswire.clean.text import TextResult, clean_text
from crosswire.model import CleanText, Document

__all__ = ["TextResult", "clean_document", "clean_text", "visible_text"]

LOGGER = logging.getLogger(__name__)


def clean_document(doc: Document) -> CleanText:
    """The kept article text of ``doc``, with removed segments and any metadata the page gives.

    HTML goes through trafilatura first (body, title, date, site name); the text-level cleaner
    then runs over the body either way.
    """
    if doc.content_type == "html":
        page = extract_html(doc.content, url=doc.url)
        result = clean_text(page.text, find_body=False)
        return CleanText(
            doc_id=doc.doc_id,
            text=with_headline(result.text, doc.title or page.title),
            removed=result.removed,
            title=page.title or result.title,
            published=page.published,
            outlet=page.outlet,
        )
    result = clean_text(doc.content)
    return CleanText(
        doc_id=doc.doc_id,
        text=with_headline(result.text, doc.title),
        removed=result.removed,
        title=result.title,
    )


def with_headline(text: str, title: str | None) -> str:
    """The headline is part of the article: put the given title first unless the text opens with it.

    Feeds and scrapes often carry the headline only as metadata, and some carry nothing else.
    """
    title = " ".join((title or "").split())
    if not title or title.lower() in " ".join(text[: len(title) + 200].split()).lower():
        return text
    return f"{title}\n\n{text}" if text else title
