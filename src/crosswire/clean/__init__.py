"""Clean: Document in, CleanText out; page furniture goes, each piece with its reason."""

from __future__ import annotations

import logging

from crosswire.clean.html import extract_html, visible_text
from crosswire.clean.language import declared_language, text_language
from crosswire.clean.patterns import (
    HEADLINE_LABEL,
    LINK,
    PLACE_ONLY,
    POST_CREDIT,
    SITE_CALL_SIGN,
    SITE_WORDS,
    SOCIAL_POST_TITLE,
    TITLE_SEPARATOR,
)
from crosswire.clean.posted import posted_date
from crosswire.clean.text import TextResult, clean_text
from crosswire.model import CleanText, Document, RemovedSegment

__all__ = ["TextResult", "clean_document", "clean_text", "split_site_name", "visible_text"]

LOGGER = logging.getLogger(__name__)


def clean_document(doc: Document) -> CleanText:
    """The kept article text of ``doc``, with removed segments and any metadata the page gives.

    HTML goes through trafilatura first (body, title, date, site name); the text-level cleaner
    then runs over the body either way. A posting stamp near the top ("Posted: June 11, 2015")
    gives the page's date too. A headline's tail that names the site
    ("... - WXYZ News 7 Tulsa, OK") is the outlet, not part of the story: the site's town is where
    the outlet is, not where the story happened. The language is the one the record declares,
    else the one the text reads as.
    """
    if doc.content_type == "html":
        page = extract_html(doc.content, url=doc.url)
        result = clean_text(page.text, find_body=False)
        headline, site = split_site_name(doc.title or page.title)
        text, removed = _headed(result, headline)
        return CleanText(
            doc_id=doc.doc_id,
            text=text,
            removed=removed,
            title=page.title or result.title,
            published=min(filter(None, (page.published, posted_date(page.text))), default=None),
            outlet=page.outlet or site,
            language=declared_language(doc.language) or text_language(text),
        )
    result = clean_text(doc.content)
    headline, site = split_site_name(doc.title)
    text, removed = _headed(result, headline)
    return CleanText(
        doc_id=doc.doc_id,
        text=text,
        removed=removed,
        title=result.title,
        published=posted_date(doc.content),
        outlet=site,
        language=declared_language(doc.language) or text_language(text),
    )


def _headed(result: TextResult, headline: str | None) -> tuple[str, list[RemovedSegment]]:
    """The cleaned text with its headline first, neither carrying the page's label ("UPDATE:")."""
    return _without_label(with_headline(result.text, _unlabelled(headline)), result.removed)


def _unlabelled(headline: str | None) -> str | None:
    return HEADLINE_LABEL.sub("", headline) if headline else headline


def _without_label(text: str, removed: list[RemovedSegment]) -> tuple[str, list[RemovedSegment]]:
    """ "UPDATE: 5 people shot, 1 dead ...": the page's label of the headline is no part of it (and
    the parser reads the headline better without it)."""
    label = HEADLINE_LABEL.match(text)
    if label is None:
        return text, removed
    return text[label.end() :], [*removed, RemovedSegment(label.group().strip(), "headline label")]


def with_headline(text: str, title: str | None) -> str:
    """The headline is part of the article: put the given title first unless the text opens with it.

    Feeds and scrapes often carry the headline only as metadata, and some carry nothing else.
    """
    title = " ".join((title or "").split())
    if not title or title.lower() in " ".join(text[: len(title) + 200].split()).lower():
        return text
    return f"{title}\n\n{text}" if text else title


def split_site_name(title: str | None) -> tuple[str | None, str | None]:
    """A page title's headline and the site its tail names, if it names one:
    "Man shot on Birch Lane - WXYZ News 7 Tulsa, OK" -> ("Man shot on Birch Lane", "WXYZ News 7 Tulsa, OK");
    a social network's page of one post gives the post and its account."""
    title = " ".join((title or "").split()) or None
    post = SOCIAL_POST_TITLE.match(title) if title else None
    if post is not None:
        # the post is the story's headline, less its links ("https://t.co/...") and credit; the account, its outlet
        return POST_CREDIT.sub("", " ".join(LINK.sub(" ", post.group("post")).split())), post.group("account")
    start = _site_name_start(title) if title else None
    if start is None:
        return title, None
    headline = TITLE_SEPARATOR.split(title[:start])
    return " - ".join(p for p in headline if p) or title, title[start:]


def _site_name_start(title: str) -> int | None:
    """Where a page title's tail that names its site begins, if it has one:
    "Man shot on Birch Lane - WXYZ News 7 Springfield, OH" -> 25 (at "WXYZ")."""
    separators = list(TITLE_SEPARATOR.finditer(title))
    bounds = [0] + [m.end() for m in separators]
    ends = [m.start() for m in separators] + [len(title)]
    cut = len(bounds)
    while cut > 1 and _names_site(title[bounds[cut - 1] : ends[cut - 1]]):
        cut -= 1
    return bounds[cut] if cut < len(bounds) else None


def _names_site(part: str) -> bool:
    part = part.strip()
    # call letters ("WKRG", "13 WTHR Indianapolis", "WICU 12 & WSEE"), but not a shouting headline
    # ("SHOOTING IN WACO")
    call_sign = (not part.isupper() or len(part.split()) == 1 or _only_call_signs(part)) and SITE_CALL_SIGN.search(part)
    return not part or bool(SITE_WORDS.search(part.lower()) or call_sign or PLACE_ONLY.match(part))


def _only_call_signs(part: str) -> bool:
    """ "WICU 12 & WSEE": stations' call letters and channel numbers, nothing else."""
    return all(SITE_CALL_SIGN.fullmatch(w) or w.isdigit() or w in {"&", "and"} for w in part.split())
