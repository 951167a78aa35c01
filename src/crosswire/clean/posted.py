"""The day a page says it was posted: "Posted: Tuesday, March 3, 2015 2:05 PM EDT",
"Published Monday, Oct. 5, 2015", or a press release's "PINE HOLLOW, GA (May 4, 2015):".

A scrape's metadata often carries the day it was crawled or last touched; the page's own line is
what its "Friday" and "yesterday" were written against.
"""

from __future__ import annotations

import datetime as dt
import re

# The stamp sits above the story or in its first lines.
HEAD_CHARS = 1500
MONTHS = {name: number for number, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTH = r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"
_DAY_YEAR = r"(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)\b"
STAMPS = (
    re.compile(rf"\b(?:Posted|Published|Updated)(?: on)?:?\s+(?:[A-Z][a-z]+day,?\s+)?{_MONTH}\s+{_DAY_YEAR}"),
    re.compile(rf"^[A-Z][A-Za-z .,'-]{{1,40}}\(\s*{_MONTH}\s+{_DAY_YEAR}\s*\)\s*[:\u2013\u2014-]", re.MULTILINE),
)


def posted_date(text: str) -> dt.date | None:
    """The day of the first posting stamp near the page's top, or None. Later stamps are updates,
    or captions of related videos that may be years old."""
    head = text[:HEAD_CHARS]
    matches = sorted((m for stamp in STAMPS for m in stamp.finditer(head)), key=lambda m: m.start())
    for match in matches:
        try:
            return dt.date(int(match.group("year")), MONTHS[match.group("month")[:3].lower()], int(match.group("day")))
        except ValueError:
            continue
    return None
