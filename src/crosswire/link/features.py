"""What linking reads off a mention: its date interval, best place, figures and names.

Computed once per mention (``features``) so that blocking and pair scoring agree and no claim
list is walked twice per pair.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from crosswire.model import PLACE_RANK, CountValue, DateValue, Location, Mention, normalize_name

__all__ = [
    "GENERIC_NAMES",
    "INSTITUTION_WORDS",
    "VIOLENT_TYPES",
    "Features",
    "count_town_crowds",
    "family",
    "features",
    "is_person_name",
    "weigh_words",
]

# ACLED's violent event types describe overlapping kinds of one incident (a shooting reported as an
# attack by one outlet and as an armed clash by another), so they block together.
VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence", "Riots"})
LINK_COUNT_FIELDS = ("killed", "injured")
# Tolls few incidents of one state share: a reader ties reports of "49 killed" in one city together
# whatever dates they give.
RARE_TOLL = {"killed": 5, "injured": 10}
# Without a date in the text, a main incident most likely happened in the days before publication.
SOFT_DAYS_BEFORE = 7
# A text's date interval this short names a day, or a night that ran past midnight.
DAY_SPAN_DAYS = 2
# Distinct town names of one country that confirm it when no state or country name does.
MIN_BARE_TOWNS = 2
# Head words of agencies, institutions and streets: "the X police department" and "the Y police
# department" share a last word, not a person; such names only count when they match whole.
INSTITUTION_WORDS = frozenset(
    "police department dept sheriff sheriffs office county city state hospital medical center centre "
    "university college school academy street st road rd avenue ave boulevard blvd drive dr lane ln "
    "highway hwy court church park apartments apartment complex club bar news channel division unit "
    "bureau patrol coroner jail prosecutor attorney district fire ems swat team services authority "
    "agency station mall store restaurant hotel motel company inc parish township village board "
    "community memorial regional general health clinic courthouse".split()
)
# Ranks, titles and short words that name nobody in particular.
GENERIC_NAMES = frozenset("sgt det lt officer deputy chief capt mr mrs ms dr police street".split())
# Generational suffixes: "Jon Reyes Jr." of one story is "Jon Reyes" of another.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# A name that starts with an office is an official quoted in many stories, not a party to one.
TITLE_WORDS = frozenset(
    "chief sheriff mayor coroner principal sgt sergeant det detective lt lieutenant officer deputy capt "
    "captain spokesman spokeswoman prosecutor judge attorney dr gov governor sen senator rep trooper "
    "commissioner superintendent director president pastor rev".split()
)
# Words of a day or an event the tagger may take for a name ("New Year's Eve", "Accidental Shooting",
# "Tift Co."): every story of that day or kind shares them.
NOT_NAME_WORDS = frozenset("year christmas thanksgiving easter halloween shooting shootings homicide co".split())
ACTOR_FIELDS = ("perpetrator", "victim", "authority", "claimant")
# Days either side of a mention within which other shooting days in its town make it a busy town.
CROWD_DAYS = 3
# A word in more than this share of the mentions being linked tells no incident from another.
COMMON_WORD_SHARE = 0.2
_WORD_RE = re.compile(r"[a-z][a-z']{2,}")
# "a 15-year-old boy", "Ann Roe, 23, of Elmvale": the ages of the people a story tells of
AGE_RE = re.compile(r"\b(\d{1,2})[- ]years?[- ]old\b|, (\d{1,2}),")
# "Four-year-old fatally shot himself": a child's age spelled out where a sentence starts with it
CHILD_AGE_WORDS = {
    w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)
}
CHILD_AGE_WORD_RE = re.compile(rf"\b({'|'.join(CHILD_AGE_WORDS)})[- ]years?[- ]old\b", re.I)
# "at 3500 Quarry", "in the 1600 block of N. Birch Lane": a house number or block, then its street
STREET_ADDRESS_RE = re.compile(r"\b\d{1,6}\s+(?:block\s+of\s+)?((?:[A-Z0-9][\w'-]*\.?)(?:\s+[A-Z0-9][\w'-]*\.?){0,3})")
# Compass points and street kinds: "W. 76th St." and "West 76th Street" are one street.
STREET_FILLER = frozenset(
    "n s e w ne nw se sw north south east west northeast northwest southeast southwest street st road rd "
    "avenue ave drive dr lane ln boulevard blvd court ct place pl way circle cir parkway pkwy terrace".split()
)
# A spokesman's name, before or after the title ("spokesman Jon Reyes said", "Ann Roe, a police
# spokeswoman,"): the voice of every story of the town, not a detail of one incident.
_NAME = r"([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)"
_SPOKESMAN = r"(?i:spokes(?:man|woman|person)|public information officer)"
# (the article keeps "shot on Juniper Court, police spokesman Jon Reyes said" from naming the street)
SPOKESMAN_RE = re.compile(rf"\b{_NAME}, (?:an? |the )(?:[\w.'-]+ ){{0,3}}{_SPOKESMAN}\b|\b{_SPOKESMAN}\s+{_NAME}")
# English function words: they say nothing about which incident a text tells.
STOP_WORDS = frozenset(
    "the and for was were that with from this have has had are but not his her him she they them their "
    "its who what where which when while into about been being would could should will can may also than "
    "then there here these those some more most over under after before said says say told just only "
    "very all any each other our out off one two three four five six".split()
)


def family(event_type: str) -> str:
    """The blocking family of an ACLED event type: all violent types share one."""
    return "violent" if event_type in VIOLENT_TYPES else event_type or "?"


@dataclass(slots=True)
class Features:
    """Linking features of one mention."""

    mention: Mention
    family: str
    # Date interval from the text (hard) or from the publication date (soft), or None.
    earliest: dt.date | None = None
    latest: dt.date | None = None
    hard_date: bool = False
    country: str | None = None
    place: Location | None = None  # the most precise place claim
    places: list[Location] = field(default_factory=list)  # every place claim of the country
    # The state of the story's site, for a story that names no place: two such stories on sites
    # of two states are two incidents; against a place a story names, it tells nothing.
    site_state: str | None = None
    counts: dict[str, CountValue] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)
    victims: set[str] = field(default_factory=set)
    # Full names of private persons (two words or more, no office, no institution): the names
    # a follow-up article weeks later still carries.
    people: set[str] = field(default_factory=set)
    # The persons the story is about (told by age or identified), not a spokesman quoted in every story.
    subjects: set[str] = field(default_factory=set)
    trigger: str = ""
    # The ages the mention's sentences give ("a 15-year-old boy", "Ann Roe, 23,").
    ages: frozenset[int] = frozenset()
    # The street of the place's house number or block ("quarry" of "at 3500 Quarry St."), if it gives one.
    street: str | None = None
    # Distinctive words of the mention's sentences, tf-idf weighted to unit length by ``weigh_words``.
    words: dict[str, float] = field(default_factory=dict)
    # Other days within ``CROWD_DAYS`` with a shooting in the same town, counted by ``count_town_crowds``.
    crowd: int = 0

    @property
    def midpoint(self) -> dt.date | None:
        if self.earliest is None or self.latest is None:
            return None
        return self.earliest + (self.latest - self.earliest) / 2

    @property
    def sort_date(self) -> dt.date:
        """Where the mention sits in a date-sorted block: its midpoint, else its publication date."""
        return self.midpoint or self.mention.published or dt.date.max

    @property
    def rare_tolls(self) -> set[str]:
        """The exact tolls of ``RARE_TOLL`` size or more, as "killed=49"."""
        return {
            f"{name}={value.low}"
            for name, value in self.counts.items()
            if value.is_exact and value.low >= RARE_TOLL.get(name, float("inf"))
        }

    @property
    def city(self) -> str:
        """The normalized city/county name, or "" when the mention has no city-level place."""
        loc = self.place
        if loc is None or (loc.precision or "") not in PLACE_RANK or PLACE_RANK[loc.precision] < 3:
            return ""
        if loc.precision in ("venue", "neighbourhood"):
            return normalize_name(loc.admin2 or "")
        return normalize_name(loc.name)

    @property
    def undated_story_of_the_law(self) -> bool:
        """Whether the mention tells a step of the law (a plea, a trial) and no date of its own: such
        a story may come months after the incident it is about."""
        return not self.hard_date and bool(self.mention.legal_steps)

    @property
    def hard_day(self) -> bool:
        """Whether the text dates the mention to a day (or a night across midnight): "in 2014",
        "in May" or "since early October" hold many incidents' days."""
        return self.hard_date and self.earliest is not None and (self.latest - self.earliest).days <= DAY_SPAN_DAYS


def _date_interval(m: Mention) -> tuple[dt.date | None, dt.date | None, bool]:
    resolved = [c.value for c in m.claims_for("date") if isinstance(c.value, DateValue) and c.value.is_resolved]
    if resolved:
        lo = max(v.earliest for v in resolved)
        hi = min(v.latest for v in resolved)
        if lo > hi:  # the claims disagree: keep their hull rather than invent an empty interval
            lo, hi = min(v.earliest for v in resolved), max(v.latest for v in resolved)
        return lo, hi, True
    if m.role == "main" and m.published is not None:
        return m.published - dt.timedelta(days=SOFT_DAYS_BEFORE), m.published, False
    return None, None, False


def _country_backed(places: list[Location], country: str) -> bool:
    """Whether the text backs a country by more than one bare city name.

    A lone "Chelsea" or "Rouge" may resolve to a town abroad; a state, the country's own name,
    or two different towns of one country is evidence a reader would trust.
    """
    ours = [p for p in places if p.country == country]
    if any(p.admin1 or p.precision in ("country", "admin1") for p in ours):
        return True
    return len({normalize_name(p.name) for p in ours}) >= MIN_BARE_TOWNS


def _place(m: Mention) -> tuple[str | None, Location | None, list[Location]]:
    # a site's state is no evidence of where: a station's site carries its neighbours' news
    places = [c.value for c in m.claims_for("place") if isinstance(c.value, Location) and not c.value.site_state]
    countries = Counter(p.country for p in places if p.country)
    # a tie goes to the country named first: the lede's, not a relative's trip abroad
    country = max(countries, key=countries.get) if countries else None
    if country is not None and not _country_backed(places, country):
        # An unconfirmed guess: neither block nor veto on it, and keep only the country-free places.
        places = [p for p in places if p.country is None]
        country = None
    same = [p for p in places if p.country in (None, country)]
    best = max(same, key=lambda loc: loc.rank, default=None)  # max keeps the first of equal rank
    return country, best, same


def _site_state(m: Mention) -> str | None:
    """The state of the story's site, when that is all the story's places say."""
    sites = (c.value for c in m.claims_for("place") if isinstance(c.value, Location) and c.value.site_state)
    return next((place.admin1 for place in sites), None)


def _counts(m: Mention) -> dict[str, CountValue]:
    out: dict[str, CountValue] = {}
    for name in LINK_COUNT_FIELDS:
        values = [c.value for c in m.claims_for(name) if isinstance(c.value, CountValue)]
        if values:  # a headline total beats its breakdown: take the largest figure the document gives
            out[name] = max(values, key=lambda v: (v.low, v.stated))
    return out


def _names_a_day_or_kind(name: str) -> bool:
    """ "new year s eve", "valentine s day", "accidental shooting": no one's name (a possessive is in none)."""
    tokens = name.split()
    return any(t in NOT_NAME_WORDS for t in tokens) or "s" in tokens[:-1]


def is_person_name(name: str) -> bool:
    """Whether a normalized name reads as a private person's full name ("jon reyes")."""
    tokens = name.split()
    if len(tokens) < 2 or any(t in INSTITUTION_WORDS or t.isdigit() for t in tokens):
        return False
    return tokens[0] not in TITLE_WORDS and tokens[0] != "the"


def features(m: Mention) -> Features:
    """The linking features of one mention."""
    earliest, latest, hard = _date_interval(m)
    country, place, places = _place(m)
    names = {normalize_name(n) for n in m.names}
    victims = set()
    for c in m.claims:
        if c.field in ACTOR_FIELDS and hasattr(c.value, "name"):
            names.add(normalize_name(c.value.name))
            if c.field == "victim":
                victims.add(normalize_name(c.value.name))
    names = {n for n in names if n and not _names_a_day_or_kind(n)}
    victims.discard("")
    return Features(
        mention=m,
        family=family(m.event_type),
        earliest=earliest,
        latest=latest,
        hard_date=hard,
        country=country,
        place=place,
        places=places,
        site_state=_site_state(m),
        counts=_counts(m),
        names=names,
        victims=victims,
        people={n for n in names if is_person_name(n)},
        subjects={n for n in (normalize_name(s) for s in m.subjects) if is_person_name(n)},
        trigger=m.trigger,
        ages=_ages(m),
        street=_street(place),
    )


def _street(place: Location | None) -> str | None:
    """The street a place's words give with a house number or block, compass points and kind left out."""
    match = STREET_ADDRESS_RE.search(place.text or "") if place is not None else None
    if match is None:
        return None
    words = [w.strip(".").lower() for w in match.group(1).split()]
    kept = [w for w in words if w not in STREET_FILLER]
    return " ".join(kept) or None


def _sentences(m: Mention) -> set[str]:
    """The sentences the mention was read from: its claims' quotes and its trigger's."""
    return {c.quote for c in m.claims if c.quote} | {m.trigger}


def _ages(m: Mention) -> frozenset[int]:
    sentences = _sentences(m)
    told = {int(a or b) for s in sentences for a, b in AGE_RE.findall(s)}
    spelled = {CHILD_AGE_WORDS[w.lower()] for s in sentences for w in CHILD_AGE_WORD_RE.findall(s)}
    return frozenset(told | spelled)


def _word_counts(m: Mention) -> Counter:
    """Content words of the sentences the mention was read from, and of the names it carries."""
    sentences = _sentences(m) | set(m.names)
    spokesmen = {w for s in sentences for match in SPOKESMAN_RE.finditer(s) for w in _spokesman_words(match)}
    text = " ".join(sorted(sentences)).lower()
    return Counter(w for w in _WORD_RE.findall(text) if w not in STOP_WORDS and w not in spokesmen)


def _spokesman_words(match: re.Match) -> set[str]:
    return {w.lower() for w in (match.group(1) or match.group(2)).split()}


def count_town_crowds(feats: list[Features]) -> None:
    """Set each mention's ``crowd``: on how many other days within ``CROWD_DAYS`` its town had a
    dated shooting reported.

    In a town with one shooting a month, two reports naming it the same week are likely one incident;
    in a city with shootings every night, the town says little. Days, not articles, are counted: ten
    reports of one incident are one day. Each town's dated mentions are swept once in date order.
    """
    by_town: dict[str, list[Features]] = defaultdict(list)
    for f in feats:
        if f.city and f.hard_date and f.earliest == f.latest:
            by_town[f.city].append(f)
    span = dt.timedelta(days=CROWD_DAYS)
    for group in by_town.values():
        group.sort(key=lambda f: f.earliest)
        days: Counter = Counter()
        lo = hi = 0
        for f in group:
            while hi < len(group) and group[hi].earliest <= f.earliest + span:
                days[group[hi].earliest] += 1
                hi += 1
            while group[lo].earliest < f.earliest - span:
                days[group[lo].earliest] -= 1
                if not days[group[lo].earliest]:
                    del days[group[lo].earliest]
                lo += 1
            f.crowd = len(days) - 1


def weigh_words(feats: list[Features]) -> None:
    """Give each mention its tf-idf word vector, document frequencies taken over ``feats``.

    Two reports of one incident repeat its rare details (a street, a venue, a victim's name, "a
    birthday party"); words every shooting story uses are left out, else a mention made only of
    them would match every other perfectly. A word no other mention uses cannot be shared either.
    """
    counts = [_word_counts(f.mention) for f in feats]
    df = Counter(w for c in counts for w in c)
    n = len(feats)
    common = max(1.0, COMMON_WORD_SHARE * n)
    for f, c in zip(feats, counts, strict=True):
        vec = {w: (1.0 + math.log(k)) * math.log(n / df[w]) for w, k in c.items() if 1 < df[w] <= common}
        norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
        f.words = {w: x / norm for w, x in vec.items()}
