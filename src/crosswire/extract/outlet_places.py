"""Where a news site is, and how its readers take a town the story places in no state: the site's
city or state from its address or name, a broadcaster's side of the Mississippi by its call letters."""

from __future__ import annotations

import functools
import re
from collections import Counter

from crosswire.extract.gazetteer import City, get_gazetteer
from crosswire.model import SERVICE_LABELS, Location, haversine_km, site_address

__all__ = [
    "CITY_POSTAL",
    "as_broadcast_reads",
    "as_home_reads",
    "broadcast_states",
    "outlet_home",
    "outlet_of",
    "postal_states",
    "street_in_home_city",
]

# A local site's own town and its namesakes' distance: a story's town lies within this of the site's city.
NEAR_HOME_KM = 150.0
# A town this big keeps its name in any local site's story ("Austin" on a Chicago site may be Texas').
TOWN_ANYWHERE = 100_000
# "Tulsa, OK": a town and the postal code of its state (checked against the gazetteer).
CITY_POSTAL = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), ([A-Z]{2})\b")
# A path segment that may name a city edition: "chicago", "new-york".
EDITION_RE = re.compile(r"[a-z]+(?:[-_][a-z]+)*")  # "chicago", "new-jersey", "new_orleans"
# A site's sections come first in its paths: "/news/pennsylvania/..." is the Pennsylvania section.
SECTION_DEPTH = 2
# Precisions of a street or a neighbourhood: a local site's city may hold them.
STREET_LEVEL = {"venue", "neighbourhood"}
# Top-level domains of American news sites; a country's own (".co.uk", ".ru") is an outlet abroad.
US_SITE_DOMAINS = {"com", "org", "net", "us", "tv", "news", "info", "edu", "gov"}
# A home city with a town this big this close in another state serves a metro of several states.
METRO_KM = 50.0
METRO_TOWN_POPULATION = 20_000
# An American broadcaster's call letters start with W east of the Mississippi and K west of it
# ("wtok.com", "kctv5.com"); the river splits two states, which hold both. A few old stations break
# the rule, so the letter only chooses among namesakes of a town the story places in no state.
CALL_SIGN_HOST = re.compile(r"([kw])(?:[a-z]{2,3}(?:tv)?\d{0,2}|[a-z]\d{1,2})")  # "wtok", "kctv5", "ky3"
NOT_CALL_SIGNS = {"wsj"}
# Names of regions of several states that a site's name may spell ("carolinalive", "dakotanews") or
# its section ("necn.com/news/new-england/...").
REGION_WORDS = {
    "carolina": frozenset({"NC", "SC"}),
    "dakota": frozenset({"ND", "SD"}),
    "newengland": frozenset({"CT", "MA", "ME", "NH", "RI", "VT"}),
}
EAST_OF_RIVER = set("AL CT DC DE FL GA IL IN KY MA MD ME MI MS NC NH NJ NY OH PA RI SC TN VA VT WI WV".split())
RIVER_STATES = {"LA", "MN"}


def postal_states(text: str) -> Counter[str]:
    """States written as postal codes after a town of theirs: "Tulsa, OK", "Richmond, VA News"."""
    gaz = get_gazetteer()
    votes: Counter[str] = Counter()
    for match in CITY_POSTAL.finditer(text):
        code = gaz.state_code(match.group(2), abbreviations=True)
        name = gaz.state_name(code) if code else None
        if name is None:
            continue
        city = gaz.lookup(match.group(1), countries={"US"}, admin1=name)
        if city is not None and city.precision == "city" and city.admin1 == name:
            votes[name] += 1
    return votes


def outlet_home(url: str | None, outlet: str | None = None) -> Location | None:
    """Where a news site's address or name places it: "nbclosangeles.com" or "KXYZ News 4
    Tulsa, OK" is in its state, else None.

    A local outlet's story about "Pasadena" is about its own Pasadena: what a reader of the site
    knows without being told. Only a host that spells out a big city or a state counts, or a
    site name that names a state or a big city. A city whose suburbs reach into other states
    (New York, Washington) tells only the country.
    """
    return outlet_of(url, outlet)[0]


def as_home_reads(place: Location, home: City | None) -> Location:
    """A town the story does not place in a state, as a reader of the outlet in ``home`` (its city)
    takes it: the namesake near the site's city ("Shelby" on a Charlotte station's site is Shelby,
    North Carolina) if one is near; else, for a small town far away, a part of the site's own city
    the gazetteer does not know (on a Chicago site, a neighbourhood that shares its name with a
    California suburb is the neighbourhood)."""
    if home is None or place.precision != "city" or place.country != "US":
        return place
    if haversine_km((place.lat, place.lon), (home.lat, home.lon)) <= NEAR_HOME_KM:
        return place
    gaz = get_gazetteer()
    namesakes = [c for c, own in gaz.cities_named(place.name) if own and c.country == "US"]
    near = [c for c in namesakes if haversine_km((c.lat, c.lon), (home.lat, home.lon)) <= NEAR_HOME_KM]
    if near:
        return gaz.city_location(max(near, key=lambda c: c.population), place.text)
    if max((c.population for c in namesakes if c.geonameid == place.geonameid), default=0) < TOWN_ANYWHERE:
        return Location(name=place.name, country="US", admin1=gaz.state_name(home.admin1_code), text=place.text)
    return place


def broadcast_states(url: str | None) -> frozenset[str] | None:
    """The states a broadcaster's site ("wtok.com") may be in by its call letters' first letter, or
    a site by the region of several states its name or its section spells ("carolinalive.com": the
    Carolinas; "/news/new-england/": New England); None for a site with none of them."""
    labels = _host_labels(site_address(url).hostname or "") if url else []
    if not labels:
        return None
    region = next((states for word, states in REGION_WORDS.items() if word in labels[-2]), None)
    region = region or _region_section(site_address(url).path)
    if region is not None:
        return region
    match = CALL_SIGN_HOST.fullmatch(labels[-2]) if labels[-2] not in NOT_CALL_SIGNS else None
    return _side_of_river(east=match.group(1) == "w") if match is not None else None


def _region_section(path: str) -> frozenset[str] | None:
    """The states of a region a site's section near the start of the path is named for."""
    parts = [re.sub(r"[-_]", "", part.lower()) for part in _sections(path)]
    return next((REGION_WORDS[part] for part in parts if part in REGION_WORDS), None)


def _sections(path: str) -> list[str]:
    """The parts of a site's path that may name a section: the first ``SECTION_DEPTH``."""
    return [part for part in path.split("/") if part][:SECTION_DEPTH]


@functools.lru_cache(maxsize=2)
def _side_of_river(*, east: bool) -> frozenset[str]:
    """Postal codes of the states on one side of the Mississippi, with the two it splits."""
    codes = {code for code in get_gazetteer().state_codes() if (code in EAST_OF_RIVER) == east}
    return frozenset(codes | RIVER_STATES)


def as_broadcast_reads(place: Location, states: frozenset[str] | None) -> Location:
    """A town the story places in no state, on a broadcaster's site: the biggest namesake on the
    station's side of the Mississippi ("Meridian" on a W station is Meridian, Mississippi)."""
    if states is None or place.precision != "city" or place.country != "US":
        return place
    gaz = get_gazetteer()
    if gaz.state_code(place.admin1 or "") in states:
        return place
    namesakes = [c for c, own in gaz.cities_named(place.name) if own and c.country == "US" and c.admin1_code in states]
    if not namesakes:
        return place
    return gaz.city_location(max(namesakes, key=lambda c: c.population), place.text)


def street_in_home_city(place: Location, home: City | None) -> Location:
    """A street or neighbourhood the story places in no town, on a local site: in the site's city
    ("East Garfield Park" on a Chicago paper's site), when the story puts it in no other state."""
    if home is None or place.precision not in STREET_LEVEL or place.admin2:
        return place
    state = get_gazetteer().state_name(home.admin1_code)
    if place.admin1 not in (None, state):
        return place
    return Location(**{**place.as_dict(), "country": "US", "admin1": state, "admin2": home.name})


def outlet_of(url: str | None, outlet: str | None = None) -> tuple[Location | None, City | None]:
    """``outlet_home``, and the big city the site's address or name spells ("fox46charlotte.com":
    Charlotte), if any."""
    found = _outlet_found(url, outlet)
    return (_state_home(*found), found[1]) if found is not None else (None, None)


def _outlet_found(url: str | None, outlet: str | None) -> tuple[str, City | None, str] | None:
    for address in (url, outlet):
        if not address:
            continue
        if " " in address.strip() or "," in address:
            found = _site_name_found(address)
        else:
            parts = site_address(address)
            found = _host_found(parts.hostname or "") or _edition_found(parts.path)
        if found is not None:
            return found
    return None


def _host_labels(host: str) -> list[str]:
    """The labels of an American site's host name that may name it ("wtok", "com"), or [] for a
    site abroad."""
    labels = [label for label in host.split(".") if label and label not in SERVICE_LABELS]
    return labels if len(labels) >= 2 and labels[-1] in US_SITE_DOMAINS else []


def _edition_found(path: str) -> tuple[str, City | None, str] | None:
    """A site's city edition or section named near the start of the path ("dnainfo.com/chicago/...",
    "dailypress.com/news/newport-news/..."), or a section named for a state there
    ("lancasteronline.com/news/pennsylvania/...")."""
    parts = _sections(path)
    gaz = get_gazetteer()
    for part in parts:
        if EDITION_RE.fullmatch(part) and part.lower() not in SERVICE_LABELS:
            found = gaz.home_named(re.sub(r"[-_]", " ", part))
            if found is not None and found[1] is not None:
                return (*found, part)
    for part in parts:
        code = gaz.state_code(re.sub(r"[-_]", " ", part)) if EDITION_RE.fullmatch(part) else None
        if code is not None:
            return gaz.state_name(code), None, part
    return None


@functools.lru_cache(maxsize=4096)
def _site_name_found(name: str) -> tuple[str, City | None, str] | None:
    """ "WXYZ 7 Tulsa, OK", "South Georgia News", "13 WTHR Indianapolis": the state it names by
    postal code after a town, or by its name or a big city's."""
    gaz = get_gazetteer()
    words = name.replace("|", " ").split()
    named = []
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            found = gaz.home_named(" ".join(w.strip(",.:") for w in words[start : start + size]))
            if found is not None:
                named.append(found)
    postal = next(iter(postal_states(name)), None)
    if postal is not None:
        # "WTOC-TV: Savannah, Beaufort, SC": a station of two states' towns tells no one state
        return None if any(city is not None and state != postal for state, city in named) else (postal, None, name)
    return (*named[0], name) if named else None


def _postal_spelled(city: City, text: str) -> bool:
    """ "miamiok.com": the site spells its town with its state's postal code, so a metro's other
    states are not its own."""
    return f"{city.name}{city.admin1_code}".replace(" ", "").lower() in text.lower()


_METRO_STATES: dict[int, set[str]] = {}


def _metro_states(city: City) -> set[str]:
    """The states a big city's metro reaches into, computed once per city (outlets ask again)."""
    if city.geonameid not in _METRO_STATES:
        _METRO_STATES[city.geonameid] = get_gazetteer().states_near(city, METRO_KM, METRO_TOWN_POPULATION)
    return _METRO_STATES[city.geonameid]


def _state_home(state: str, city: City | None, text: str) -> Location:
    if city is not None and _metro_states(city) != {state} and not _postal_spelled(city, text):
        return Location(name="United States", country="US", precision="country", text=text)
    return Location(name=state, country="US", admin1=state, precision="admin1", text=text)


@functools.lru_cache(maxsize=4096)
def _host_found(host: str) -> tuple[str, City | None, str] | None:
    labels = _host_labels(host)
    if not labels:
        return None
    gaz = get_gazetteer()
    found = next((home for label in labels[:-1] if (home := gaz.home_in_word(label))), None)
    return (*found, host) if found is not None else None
