"""Russian dates: the words a sentence names a day or a period by, resolved against the article's
date by the English resolver (extract.dates) from the same words in English, so both languages
follow one convention ("в пятницу" is the last Friday on or before the article's day)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from crosswire.extract.dates import resolve_date
from crosswire.extract.russian import words as ru
from crosswire.model import DateValue

__all__ = ["find_dates"]

PART_OF_DAY = {"утром": "morning", "днем": "afternoon", "вечером": "evening", "ночью": "night"}

_MONTH_G = "|".join(ru.MONTHS_GENITIVE)
_MONTH_P = "|".join(ru.MONTHS_PREPOSITIONAL)
_WEEKDAY = "|".join(ru.WEEKDAYS_ACCUSATIVE)
_PART = "|".join(PART_OF_DAY)
_YEAR_WORD = r"\s*(?:года|году|г\.)"
_LAST = "прошлый|прошлую|прошлое|минувший|минувшую|минувшее"
# A news agency's dateline: the town in capitals and the day of the report ("КАЗАНЬ, 10 февраля.").
DATELINE = re.compile(rf"^\s*[А-ЯЁ][А-ЯЁ -]+,\s+\d{{1,2}}\s+(?:{_MONTH_G})(?:\s+\d{{4}}{_YEAR_WORD}?)?\s*[.—–-]")
DATE_PATTERNS = [
    ("day", re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_G})(?:\s+(\d{{4}}){_YEAR_WORD}?)?", re.I)),
    ("weekday", re.compile(rf"\b(?:(в ночь на)|в|во)\s+(?:({_LAST})\s+)?({_WEEKDAY})(?:\s+({_PART}))?\b", re.I)),
    ("day word", re.compile(rf"\b({'|'.join(ru.DAY_WORDS)})(?:\s+({_PART}))?\b", re.I)),
    ("month", re.compile(rf"\bв\s+({_MONTH_P})(?:\s+(\d{{4}}){_YEAR_WORD}?)?", re.I)),
    ("year", re.compile(rf"\bв\s+(\d{{4}}){_YEAR_WORD}", re.I)),
    ("period", re.compile(r"\b(" + "|".join(map(re.escape, ru.PERIODS)) + r")\b", re.I)),
]


def find_dates(text: str, published: dt.date | None) -> Iterable[DateValue]:
    """The days and periods a sentence names, resolved against the article's date."""
    taken: list[tuple[int, int]] = []
    if dateline := DATELINE.match(text):
        taken.append(dateline.span())  # "КАЗАНЬ, 10 февраля." is the day of the report
    for kind, pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            english = _in_english(kind, match)
            value = resolve_date(english, published)
            if value.earliest is None and published is not None:
                continue
            taken.append(match.span())
            yield DateValue(match.group(0), value.earliest, value.latest, value.precision)


def _in_english(kind: str, match: re.Match) -> str:
    """The English words extract.dates reads for a Russian date."""
    groups = [g.lower() if g else g for g in match.groups()]
    if kind == "day":
        day, month, year = groups
        return " ".join(filter(None, (day, ru.MONTHS_GENITIVE[month], year)))
    if kind == "weekday":
        night_before, last, weekday, part = groups
        # "в ночь на субботу" is Saturday's small hours; "в прошлую пятницу" is "last Friday"
        part_of_day = None if night_before else PART_OF_DAY.get(part)
        return " ".join(filter(None, ("last" if last else None, ru.WEEKDAYS_ACCUSATIVE[weekday], part_of_day)))
    if kind == "day word":
        word, part = groups
        words = ru.DAY_WORDS[word]
        return f"{words} {PART_OF_DAY[part]}" if part and words == "yesterday" else words
    if kind == "month":
        month, year = groups
        return " ".join(filter(None, (ru.MONTHS_PREPOSITIONAL[month], year)))
    if kind == "year":
        return groups[0]
    return ru.PERIODS[re.sub(r"\s+", " ", groups[0])]
