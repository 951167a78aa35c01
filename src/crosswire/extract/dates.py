"""Reading dates out of sentences and resolving them the way a newspaper reader does.

A date is an interval with a precision (DESIGN.md "Dates are intervals too"). Relative expressions
("Friday", "last week", "yesterday", "on Christmas Eve") resolve against the publication date with
our own rules, so behaviour is exact and testable; without a publication date they stay unresolved
but keep their words. Absolute dates ("March 22, 2024", "in 2010") need no publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from spacy.tokens import Span

from crosswire.extract import lexicon as lx
from crosswire.extract import numbers as nb
from crosswire.extract.spans import doc_text, sentence_ents, sentence_text
from crosswire.model import HOLIDAY_NAMES, DateValue

__all__ = ["find_dates", "resolve_date", "timeline_label"]

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MIN_YEAR, MAX_YEAR = 1900, 2100

_WD = "|".join(calendar.day_name)
# Capitalised month names only: "may" and "march" in lower case are a verb and a noun.
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:19|20)\d{2}"
# "the 1700 block of Quarry Street", "the 1700-block": an address, not a year.
_BLOCK = r"(?:\s+|\s*-\s*)block\b"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_PART = r"(?:\s+(?:morning|afternoon|evening|night|overnight))"
_TIME = r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)\s+)"
# The seasons as US news counts them: "last summer" is June to August of the year before, or of this year once it ended.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}
_SEASON = "|".join(SEASONS)
_NUMW = r"(?:\d+|" + "|".join(sorted(nb.UNITS, key=len, reverse=True)) + r"|a|an)"
# Holidays a reader dates without a calendar ("on New Year's Eve", "the Fourth of July"); not
# their seasons or long weekends ("the Christmas holidays", "Memorial Day weekend").
_HOLIDAY = HOLIDAY_NAMES + r"(?!\s+(?:weekend|holidays?|season|break|week|shopping|tree|lights|decorations|parade)\b)"
HOLIDAY_NAME_RE = re.compile(_HOLIDAY)  # case-sensitive: "christmas" in lower case is no date
# "the day-after-Christmas shooting", "the day before Easter": the day next to the holiday.
DAY_BESIDE_HOLIDAY_RE = re.compile(r"\bday[- ](?P<side>after|before)[- ](?:the\s+)?$", re.I)
# "May 1998:", "Sept. 25, 2016:": a timeline's date, alone before the entry it labels.
TIMELINE_LABEL_RE = re.compile(rf"\s*(?P<date>{_MON}(?:\s+{_DAY},?)?\s+{_YEAR})\s*:\s*")
# A time of the holiday told before its name: "early New Year's Day", "the morning hours of Christmas".
HOLIDAY_TIME_BEFORE_RE = re.compile(r"\b(?:early|late|hours\s+of|(?:morning|afternoon|evening|night)\s+of)\s+$", re.I)

# "(?<!\w)": every date starts with a word character after a word boundary, so never after one;
# said up front, it lets the regex engine pass over the inside of words at once (same matches).
DATE_RE = re.compile(
    rf"(?<!\w)\b(?:"
    rf"(?P<iso>{_YEAR}-\d{{2}}-\d{{2}})"
    rf"|(?P<us>\d{{1,2}}/\d{{1,2}}/(?:{_YEAR}|\d{{2}}))"
    rf"|(?P<mdy>{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?)(?![\d:])"
    rf"|(?P<dmy>{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?)"
    rf"|(?P<my>(?:(?:in|of|since|during|until|by|early|late|mid-?|last|this)\s+){_MON}(?:,?\s+{_YEAR})?(?!\.?\s+{_DAY}\b))"
    rf"|(?P<monyear>{_MON},?\s+{_YEAR})"
    rf"|(?P<holiday>(?:on\s+(?:the\s+)?)?{_HOLIDAY}(?:,?\s+{_YEAR}(?![\d:]))?{_PART}?)"
    rf"|(?P<year>(?:(?:in|since|during|until|by|of|early|late|mid-?)\s+)(?:the\s+)?{_YEAR}s?(?!{_BLOCK}))"
    rf"|(?P<wdnum>(?:on\s+)?(?:{_WD})\s*\(\d{{1,2}}/\d{{1,2}}\))"
    rf"|(?P<wd>{_TIME}?(?:(?:early|late|last|this|on|since)\s+)?(?:{_WD})(?:['’]s)?{_PART}?)"
    rf"|(?P<rel>(?:earlier\s+|later\s+)?(?:today|tonight|(?:the\s+)?day\s+before\s+yesterday|yesterday{_PART}?|last\s+night"
    rf"|this\s+(?:morning|afternoon|evening)"
    rf"|(?:last|this|earlier\s+this|later\s+this|this\s+past)\s+(?:week|weekend|month|year)|(?:over\s+)?the\s+weekend"
    rf"|(?:last|this|this\s+past)\s+(?:{_SEASON})"
    rf"|{_NUMW}\s+(?:days?|weeks?|months?|years?)\s+ago))"
    rf")(?:\b|(?<=\)))",
    re.IGNORECASE,
)
# Names must keep their capital (DATE_RE is case-insensitive for the relative words).
CAPITALISED = ("mdy", "dmy", "my", "monyear", "wdnum", "wd")
POSSESSIVE_RE = re.compile(r"['’]s\b")
LEAD_RE = re.compile(r"^(?:on|in|of|over|since|during|until|by|the|early|late|mid-?|earlier|later)\s+", re.I)
TIME_PREFIX_RE = re.compile(rf"^{_TIME}", re.I)
# What joins a weekday to the date that fixes it: "Thursday, Dec. 8", "Saturday May 9, 2015".
WEEKDAY_JOIN_RE = re.compile(r"^,?\s*(?:the\s+)?$", re.I)
# A page's own stamp, not the story's: "Posted: Friday, May 15, 2015 7:12 AM EDT", "Updated 8:41:07 AM",
# a live blog's "UPDATE 5:10PM MONDAY:",
# "Copyright 2016 ...".
STAMP_BEFORE_RE = re.compile(
    r"(?:\b(?:posted|updated?|published|last\s+updated|created|modified)\s*(?:on|at)?\s*:?|\bcopyright|©|\(c\))\s*$",
    re.I,
)
# Words that name the day someone speaks: in a quotation, the speaker's day.
SPEECH_DAY_RE = re.compile(r"today|tonight|this (?:morning|afternoon|evening)")
# "since" right before a date: the start of a span.
SINCE_BEFORE_RE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
BLOCK_AFTER_RE = re.compile(_BLOCK, re.I)
# "a 2004 Ford": an article right before a year that names a thing
MODEL_YEAR_RE = re.compile(r"\b(?:a|an)\s+$", re.I)
MODEL_YEAR_REACH = 5  # "an ", a space more and the character before: enough to see the word boundary
NAME_AFTER_RE = re.compile(r"\s+[A-Z]")
# "1920 Birch St.", "2014 N. Elm Avenue": a house number before its street's name.
ADDRESS_AFTER_RE = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'-]*\s+){1,3}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Ln|Lane|Way|Ct|Court|Pl|Place|Cir|Circle"
    r"|Pkwy|Parkway|Hwy|Highway|Ter|Terrace|Trl|Trail)\b"
)
# "from 2002 to 2012": the years a statistic covers, not the year of an event
YEAR_SPAN_RE = re.compile(rf"\b(?:from|between)\s+{_YEAR}\s+(?:to|and|through)\s+{_YEAR}\b", re.I)
STAMP_AFTER_RE = re.compile(r"^,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2}|\s*[ap]\.?m\.?\s*(?:[ECMP][SD]T|GMT|UTC)\b)", re.I)


def find_dates(sent: Span, published: dt.date | None) -> list[tuple[DateValue, int, int]]:
    """Every date expression of a sentence, resolved against the publication date.

    sent (Span): a parsed sentence.
    published (date | None): the article's date; relative expressions stay unresolved without it.
    RETURNS (list[tuple[DateValue, int, int]]): each value with its char offsets in ``sent.doc.text``.
    """
    found: list[tuple[DateValue, int, int]] = []
    text = sentence_text(sent)
    matches = [m for m in DATE_RE.finditer(text) if _well_written(m)]
    if _only_dates(text, matches):
        return []  # a line that is nothing but a date is the page's dateline, not the story's
    for i, match in enumerate(matches):
        kind = match.lastgroup
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if kind == "wd" and nxt is not None and _fixes_weekday(text, match, nxt):
            continue  # "Thursday, Dec. 29": the explicit date says which Thursday
        if _is_stamp(text, match, matches[i - 1] if i else None):
            continue
        if kind == "holiday" and not _holiday_is_the_day(sent, match):
            continue
        if _starts_a_span(sent, match):
            continue
        if kind == "rel" and SPEECH_DAY_RE.fullmatch(_normalise(match.group())) and _inside_quote(text, match.start()):
            continue  # "'We want them in jail tonight,' she said": the speaker's day, not the story's
        value = _resolve(match.group(), published)
        start = match.start()
        beside = DAY_BESIDE_HOLIDAY_RE.search(text[:start]) if kind == "holiday" else None
        if value is not None and beside is not None:
            value, start = _day_beside(value, beside, text[beside.start() : match.end()]), beside.start()
        if value is not None:
            found.append((value, sent.start_char + start, sent.start_char + match.end()))
    # skipped matches (stamps, fixed weekdays) stay covered: spaCy's entity must not bring them back
    covered = [(None, sent.start_char + m.start(), sent.start_char + m.end()) for m in matches]
    return found + _entity_dates(sent, published, covered)


def _day_beside(holiday: DateValue, beside: re.Match, expression: str) -> DateValue:
    if holiday.earliest is None or holiday.latest is None:
        return DateValue(expression)
    step = dt.timedelta(days=1 if beside.group("side").lower() == "after" else -1)
    return DateValue(expression, holiday.earliest + step, holiday.latest + step, holiday.precision)


def _fixes_weekday(text: str, weekday: re.Match, following: re.Match) -> bool:
    """Whether the next match is the explicit date of this weekday ("Saturday, Oct. 29")."""
    return following.lastgroup in ("mdy", "dmy", "us", "iso") and bool(
        WEEKDAY_JOIN_RE.match(text[weekday.end() : following.start()])
    )


def _holiday_is_the_day(sent: Span, match: re.Match) -> bool:
    """ "on Christmas Eve", "Christmas morning", "the Mother's Day shooting" date an event; "home for Thanksgiving",
    "spent Christmas in hospital", "a Halloween party" do not say it happened that day."""
    if match.group().lower().startswith("on") or re.search(rf"{_PART}$|{_YEAR}$", match.group(), re.I):
        return True  # "on Christmas Eve", "early Christmas morning", "New Year's Eve 2016": that day
    if HOLIDAY_TIME_BEFORE_RE.search(sentence_text(sent)[: match.start()]):
        return True  # "early New Year's Day", "in the early morning hours of Christmas Day"
    after = [t for t in sent if t.idx >= sent.start_char + match.end()]
    return bool(after) and after[0].lemma_.lower() in lx.TRIGGERS


def _inside_quote(text: str, at: int) -> bool:
    """Whether a position lies inside a direct quotation of the sentence."""
    before = text[:at]
    if before.count("\u201c") > before.count("\u201d"):
        return True
    return before.count('"') % 2 == 1


def _starts_a_span(sent: Span, match: re.Match) -> bool:
    """ "the deadliest day since Sept. 11, 2001", "four teens shot dead since early Saturday": the
    start of a span a count or a record runs over, not the day of an event. "since Saturday's
    shooting" still names the shooting's day."""
    since = match.group().lower().startswith("since") or SINCE_BEFORE_RE.search(sentence_text(sent)[: match.start()])
    return bool(since) and not POSSESSIVE_RE.search(match.group())


def _is_stamp(text: str, match: re.Match, previous: re.Match | None) -> bool:
    """A publication or update stamp: "Posted: ...", a dateline in brackets, a section heading, or
    a date followed by a clock time with its zone or seconds ("March 9, 2015 8:41:07 AM CDT")."""
    start = previous.start() if previous is not None and _fixes_weekday(text, previous, match) else match.start()
    if STAMP_BEFORE_RE.search(text[max(0, start - 24) : start]):
        return True
    if text[:start].strip() == "(" and text[match.end() :].lstrip().startswith(")"):
        return True  # "(Feb. 4, 2014) - Police say ...": the dateline opening the story
    if match.lastgroup == "rel" and match.group().isupper():
        return True  # "TODAY'S TOP STORIES": a section of the page
    return match.lastgroup in ("mdy", "dmy", "us", "iso") and bool(STAMP_AFTER_RE.match(text[match.end() :]))


def _only_dates(text: str, matches: list[re.Match]) -> bool:
    """A sentence of dates and clock times alone (a dateline): no word outside them."""
    if not matches:
        return False
    rest = DATE_RE.sub(" ", text) if len(matches) else text
    rest = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?|\b[ap]\.?m\.?|\b[ECMP][SD]T\b|[^A-Za-z]", " ", rest, flags=re.I)
    return not rest.strip()


def _well_written(match: re.Match) -> bool:
    """Names of months, weekdays and holidays keep their capital in a date."""
    if match.lastgroup == "holiday":
        return bool(HOLIDAY_NAME_RE.search(match.group()))
    return match.lastgroup not in CAPITALISED or _capitalised(match.group())


def _capitalised(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in MONTHS or w.lower() in WEEKDAYS]
    return bool(words) and all(w[0].isupper() for w in words)


def _entity_dates(sent: Span, published: dt.date | None, found: list) -> list[tuple[DateValue, int, int]]:
    """spaCy DATE entities our patterns missed, kept only when they resolve."""
    extra = []
    text = doc_text(sent.doc)
    for ent in sentence_ents(sent):
        if ent.label_ != "DATE" or any(s < ent.end_char and ent.start_char < e for _, s, e in found):
            continue
        if STAMP_BEFORE_RE.search(text[max(0, ent.start_char - 24) : ent.start_char]):
            continue  # "Copyright 2016 ...": the page's year
        if BLOCK_AFTER_RE.match(text[ent.end_char :]):
            continue  # "the 2000 block of Quarry Street", "the 2000-block": an address
        if _normalise(ent.text) in HOLIDAYS and not HOLIDAY_NAME_RE.search(ent.text):
            continue  # "christmas lights" in lower case
        if ent.text.isdigit() and _names_a_thing(sent, ent):
            continue
        spans = YEAR_SPAN_RE.finditer(text, sent.start_char, sent.end_char)
        if any(m.start() <= ent.start_char < m.end() for m in spans):
            continue  # "fell 30 percent from 2002 to 2012": the years a statistic spans
        value = _resolve(ent.text, published)
        if value is not None and value.is_resolved:
            extra.append((value, ent.start_char, ent.end_char))
    return extra


def _names_a_thing(sent: Span, ent: Span) -> bool:
    """A number of a road, a house or a car, not a year: "Farm-to-Market 1960", "Route 1840",
    "1920 Birch St.", "a 2004 Ford"."""
    text = doc_text(sent.doc)  # matched in place: no copy of the article for every number
    model_year = MODEL_YEAR_RE.search(text, max(0, ent.start_char - MODEL_YEAR_REACH), ent.start_char) and (
        NAME_AFTER_RE.match(text, ent.end_char)
    )
    return _after_a_name(sent, ent) or bool(ADDRESS_AFTER_RE.match(text, ent.end_char)) or bool(model_year)


def _after_a_name(sent: Span, ent: Span) -> bool:
    """Whether a capitalised word that is no preposition or article comes right before the entity."""
    if ent.start <= sent.start:
        return False
    before = sent.doc[ent.start - 1]
    return before.is_title and before.pos_ not in {"ADP", "DET", "SCONJ", "CCONJ"}


def timeline_label(text: str) -> DateValue | None:
    """The date of a line that is only a timeline's label ("June 2010:"), else None. Such a line
    dates the entry after it, however the parser splits the two."""
    match = TIMELINE_LABEL_RE.fullmatch(text)
    value = _resolve(match["date"], None) if match else None
    return value if value is not None and value.is_resolved else None


def resolve_date(expression: str, published: dt.date | None) -> DateValue:
    """Resolve one date expression ("Friday's", "last week", "22 March 2024") to an interval.

    expression (str): the words of the text.
    published (date | None): the article's date.
    RETURNS (DateValue): the interval and its precision, or the expression alone when it cannot
        be fixed (a relative expression without a publication date, or no date at all).
    """
    return _resolve(expression, published) or DateValue(expression)


def _resolve(expression: str, published: dt.date | None) -> DateValue | None:
    """The value, an unresolved value for a known relative form, or None for no date at all."""
    text = _normalise(expression)
    readers = (_read_numeric, _read_weekday_numeric, _read_month_day, _read_month_year, _read_year, _read_holiday)
    for reader in readers:
        span = reader(text, published)
        if span is not None:
            return DateValue(expression, *span)
    relative = _read_relative(text, published)
    if relative is None:
        return None
    return DateValue(expression, *relative) if published is not None else DateValue(expression)


def _normalise(expression: str) -> str:
    text = POSSESSIVE_RE.sub("", expression.strip()).replace(".", " ").replace(",", " ")
    text = re.sub(r"\s+", " ", text).strip().lower()
    text = TIME_PREFIX_RE.sub("", re.sub(r"\b([ap]) m\b", r"\1m", text))
    while LEAD_RE.match(text):
        text = LEAD_RE.sub("", text, count=1)
    return text


Interval = tuple[dt.date, dt.date, str]


def _read_numeric(text: str, published: dt.date | None) -> Interval | None:
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    us = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", text)
    try:
        if iso:
            day = dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        elif us:
            year = int(us[3]) + (2000 if len(us[3]) == 2 else 0)
            day = dt.date(year, int(us[1]), int(us[2]))
        else:
            return None
    except ValueError:
        return None
    return day, day, "day"


def _read_weekday_numeric(text: str, published: dt.date | None) -> Interval | None:
    """ "monday (3/26)": the day the numbers give, which the writer looked up; the weekday may be a slip."""
    m = re.fullmatch(r"([a-z]+) ?\((\d{1,2})/(\d{1,2})\)", text)
    if m is None or m[1] not in WEEKDAYS or not 0 < int(m[2]) < 13:
        return None
    return _read_month_day(f"{calendar.month_name[int(m[2])].lower()} {m[3]}", published)


def _read_month_day(text: str, published: dt.date | None) -> Interval | None:
    """ "march 22 2024", "22 march 2024", "24 march" (the last such day on or before publication)."""
    m = re.fullmatch(r"([a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?", text)
    d = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)(?: (\d{4}))?", text)
    if m and m[1] in MONTHS:
        month, day, year = MONTHS[m[1]], int(m[2]), m[3]
    elif d and d[2] in MONTHS:
        month, day, year = MONTHS[d[2]], int(d[1]), d[3]
    else:
        return None
    try:
        if year is not None:
            value = dt.date(int(year), month, day)
        elif published is None:
            return None
        else:
            value = dt.date(published.year, month, day)
            if value > published:
                value = dt.date(published.year - 1, month, day)
    except ValueError:
        return None
    return value, value, "day"


def _read_month_year(text: str, published: dt.date | None) -> Interval | None:
    """ "march 2024", "november" (the last November on or before publication), "last july" (the
    last July before publication's month), "this march" (the March of publication's year)."""
    m = re.fullmatch(r"(?:(last|this) )?([a-z]+)(?: (\d{4}))?", text)
    if not m or m[2] not in MONTHS:
        return None
    month = MONTHS[m[2]]
    if m[3] is not None:
        year = int(m[3])
    elif published is None:
        return None
    elif m[1] == "this":
        year = published.year
    elif m[1] == "last":
        year = published.year if month < published.month else published.year - 1
    else:
        year = published.year if month <= published.month else published.year - 1
    return _month_span(year, month)


def _read_year(text: str, published: dt.date | None) -> Interval | None:
    """ "2010", "the 1990s" (a decade reads as its ten years)."""
    m = re.fullmatch(r"(\d{4})(s?)", text)
    if not m or not MIN_YEAR <= int(m[1]) <= MAX_YEAR:
        return None
    year = int(m[1])
    last = year + 9 if m[2] and year % 10 == 0 else year
    return dt.date(year, 1, 1), dt.date(last, 12, 31), "year"


def _read_holiday(text: str, published: dt.date | None) -> Interval | None:
    """ "new year eve 2016": that year's; "new year eve", "mother day night": the last such holiday
    on or before publication."""
    name, year = re.fullmatch(r"(.+?)(?: (\d{4}))?(?: (?:morning|afternoon|evening|night|overnight))?", text).groups()
    if name not in HOLIDAYS:
        return None
    if year is not None:
        day = HOLIDAYS[name](int(year))
        return day, day, "day"
    if published is None:
        return None
    day = HOLIDAYS[name](published.year)
    if day > published:
        day = HOLIDAYS[name](published.year - 1)
    return day, day, "day"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month; n = -1 for the last one."""
    days = [
        d for d in range(1, calendar.monthrange(year, month)[1] + 1) if dt.date(year, month, d).weekday() == weekday
    ]
    return dt.date(year, month, days[n if n < 0 else n - 1])


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


# Names as _normalise leaves them (lower case, no possessive), each with its day in a given year.
HOLIDAYS = {
    "new year eve": lambda y: dt.date(y, 12, 31),
    "new year day": lambda y: dt.date(y, 1, 1),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas": lambda y: dt.date(y, 12, 25),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "halloween": lambda y: dt.date(y, 10, 31),
    "independence day": lambda y: dt.date(y, 7, 4),
    "fourth of july": lambda y: dt.date(y, 7, 4),
    "july fourth": lambda y: dt.date(y, 7, 4),
    "valentine day": lambda y: dt.date(y, 2, 14),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "mother day": lambda y: _nth_weekday(y, 5, 6, 2),
    "father day": lambda y: _nth_weekday(y, 6, 6, 3),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "veterans' day": lambda y: dt.date(y, 11, 11),
    "st patrick day": lambda y: dt.date(y, 3, 17),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "martin luther king jr day": lambda y: _nth_weekday(y, 1, 0, 3),
    "mlk day": lambda y: _nth_weekday(y, 1, 0, 3),
    "easter": _easter,
    "easter sunday": _easter,
}


def _month_span(year: int, month: int) -> Interval:
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last), "month"


def _read_relative(text: str, published: dt.date | None) -> Interval | None:
    """Relative forms; returns a placeholder interval when there is no publication date."""
    base = published or dt.date(2000, 1, 1)
    for reader in (_read_weekday, _read_day_words, _read_ago, _read_period, _read_season):
        span = reader(text, base)
        if span is not None:
            return span
    return None


def _read_weekday(text: str, base: dt.date) -> Interval | None:
    """ "friday", "friday night", "last friday": the last such weekday on or before publication."""
    m = re.fullmatch(r"(last |this )?([a-z]+)(?: (?:morning|afternoon|evening|night|overnight))?", text)
    if not m or m[2] not in WEEKDAYS:
        return None
    back = (base.weekday() - WEEKDAYS[m[2]]) % 7
    if m[1] == "last " and back == 0:
        back = 7  # "last Friday" in a Friday paper is a week ago
    day = base - dt.timedelta(days=back)
    return day, day, "day"


def _read_day_words(text: str, base: dt.date) -> Interval | None:
    """ "today", "tonight", "this morning" -> publication day; "yesterday", "last night" -> the day
    before (a morning paper's "last night" is the evening before publication); "the day before
    yesterday" -> two days before."""
    if re.fullmatch(r"today|tonight|this (?:morning|afternoon|evening)", text):
        return base, base, "day"
    if re.fullmatch(r"yesterday(?: (?:morning|afternoon|evening|night|overnight))?|last night", text):
        day = base - dt.timedelta(days=1)
        return day, day, "day"
    if text == "day before yesterday":
        day = base - dt.timedelta(days=2)
        return day, day, "day"
    return None


def _read_ago(text: str, base: dt.date) -> Interval | None:
    m = re.fullmatch(r"(\w+) (day|week|month|year)s? ago", text)
    if not m:
        return None
    n = 1 if m[1] in {"a", "an"} else nb.parse_number(m[1])
    if n is None:
        return None
    if m[2] == "day":
        day = base - dt.timedelta(days=n)
        return day, day, "day"
    if m[2] == "week":
        return _week_of(base - dt.timedelta(weeks=n))
    if m[2] == "month":
        year, month = divmod(base.year * 12 + base.month - 1 - n, 12)
        return _month_span(year, month + 1)
    return dt.date(base.year - n, 1, 1), dt.date(base.year - n, 12, 31), "year"


def _read_period(text: str, base: dt.date) -> Interval | None:
    """ "last week" (the previous Monday-Sunday), "this week" (Monday to publication), "the
    weekend", and the same for months and years."""
    # Leading "earlier", "over the" are gone already (_normalise): "weekend" alone is the last one.
    m = re.fullmatch(r"(?:(last|this|this past) )?(week|weekend|month|year)", text)
    if not m or (m[1] is None and m[2] != "weekend"):
        return None
    last, unit = m[1] == "last", m[2]
    if unit == "weekend":
        # The weekend on or before publication; "last weekend" in a Sunday paper is the one before.
        back = (base.weekday() - 5) % 7 + (7 if last and base.weekday() >= 5 else 0)
        saturday = base - dt.timedelta(days=back)
        return saturday, min(saturday + dt.timedelta(days=1), base), "week"
    if unit == "week":
        monday = base - dt.timedelta(days=base.weekday())
        return _week_of(monday - dt.timedelta(days=7)) if last else (monday, base, "week")
    if unit == "month":
        if last:
            prev = base.replace(day=1) - dt.timedelta(days=1)
            return _month_span(prev.year, prev.month)
        return base.replace(day=1), base, "month"
    year = base.year - 1 if last else base.year
    return dt.date(year, 1, 1), dt.date(year, 12, 31) if last else base, "year"


def _read_season(text: str, base: dt.date) -> Interval | None:
    """ "last summer": the last whole summer before publication; "this summer", "this past summer":
    the summer of the publication's year (up to publication, if it is still summer). The interval is
    the season's months; its precision the year's, the finest an export can write it."""
    m = re.fullmatch(r"(last|this|this past) (spring|summer|fall|autumn|winter)", text)
    if not m:
        return None
    first = SEASONS[m[2]][0]
    year = base.year if base.month >= first else base.year - 1
    start, end = _season_span(m[2], year)
    if m[1] == "last" and end >= base:
        start, end = _season_span(m[2], year - 1)
    return start, min(end, base), "year"


def _season_span(season: str, year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of the season that begins in ``year`` (winter runs into the next)."""
    first, last = SEASONS[season]
    end_year = year + 1 if last < first else year
    return dt.date(year, first, 1), dt.date(end_year, last, calendar.monthrange(end_year, last)[1])


def _week_of(day: dt.date) -> Interval:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6), "week"
