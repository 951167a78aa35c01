"""A place name resolved through the gazetteer: the namesake in the article's state or just across
its line, never a small namesake far away that the story cannot mean."""

from __future__ import annotations

import functools

from crosswire.extract.gazetteer import MAJOR_CITY_POPULATION, City, get_gazetteer, normalize
from crosswire.model import Location

__all__ = ["resolve_place_name", "unknown_place"]

# A city this big, named anywhere in an article, says which country the article is about.
CONTEXT_CITY_POPULATION = 100_000
# A city this big in another country the story names is meant by its bare name, whatever small
# namesake the story's state has.
WORLD_CITY_POPULATION = 1_000_000
# A story that names this many countries besides the United States is a story of the world.
WORLD_STORY_COUNTRIES = 2
# A city known by its name alone across the country ("Cleveland", "Tampa"); one smaller, named bare
# in a story of another state, is more likely a place of that state the gazetteer lacks.
NATIONAL_CITY_POPULATION = 300_000
# How far a region's news reaches: a city this close to a state is named bare in its stories.
REGION_KM = 400

# A town named in a story from a state that lacks it is the namesake within this distance of a
# town of this size in that state (unless it is a major city).
ACROSS_THE_LINE_KM = 40

ACROSS_THE_LINE_TOWN = 5_000


def unknown_place(text: str, countries: set[str], region: Location | None, admin1: str | None) -> Location:
    """A name the gazetteer does not know: in its region, else in the state the article is set in."""
    country = region.country if region else (next(iter(countries)) if len(countries) == 1 else None)
    state = region.admin1 if region else (admin1 if country else None)
    return Location(name=text, country=country, admin1=state, text=text)


def resolve_place_name(name: str, region: str | None, countries: set[str], admin1: str | None) -> Location | None:
    """The place a name read in a story stands for: looked up in its ``region`` ("Springfield,
    Illinois"), else first in the article's state (``admin1``); None for a small namesake far from
    the article's setting (a hamlet of that name abroad is no town of an American story)."""
    gaz = get_gazetteer()
    if region is None and admin1:
        found = gaz.lookup(name, countries=countries, admin1=admin1)
        if found is not None and found.precision is not None:
            return _world_city_abroad(name, found, countries) or _county_across_the_line(name, found, admin1)
    found = gaz.lookup(name, countries=countries, admin1=region)
    across = _namesake_across_the_line(name, found, admin1) if region is None and admin1 and found else found
    if across is not found:
        return across
    if region is None and found is not None and _far_namesake(name, found, countries, admin1):
        return None
    if region is None and found is not None and _middling_namesake_elsewhere(name, found, admin1):
        # "an apartment complex in Antioch" in a story the Nashville police tell: a place of the
        # state the gazetteer does not know, not the California city of 110,000
        return Location(name=found.name, country="US", admin1=admin1, precision="city", text=found.text)
    return found


def _world_city_abroad(name: str, found: Location, countries: set[str]) -> Location | None:
    """A city of millions in another country the story names, rather than a small namesake in the
    story's state: "officials in Delhi banned firecrackers" in a story that also names California,
    India and France is Delhi, India. Only a story of the world counts: one other country may be no
    more than the city's own ("Rome, N.Y." makes an Italian Rome of a story that names no country)."""
    if found.precision != "city" or found.country != "US" or len(countries - {"US"}) < WORLD_STORY_COUNTRIES:
        return None
    gaz = get_gazetteer()
    if gaz.own_population(name, found.geonameid) >= CONTEXT_CITY_POPULATION:
        return None
    abroad = [c for c, own in gaz.cities_named(name) if own and c.country in countries - {"US"}]
    biggest = max(abroad, key=lambda c: c.population, default=None)
    if biggest is None or biggest.population < WORLD_CITY_POPULATION:
        return None
    return gaz.city_location(biggest, found.text or name)


def _county_across_the_line(name: str, found: Location, admin1: str) -> Location:
    """A county the story set in ``admin1`` names, which the state lacks: the county of that name
    just across its line ("Prince George's County" in a story datelined Washington is Maryland's),
    rather than a county of the state the gazetteer does not know."""
    if found.precision != "county" or found.lat is not None:
        return found
    gaz = get_gazetteer()
    counties = gaz.counties_named(name)
    for county, _ in counties:
        # a county is shown at its biggest town: that town near the state puts the county near it
        if county.admin1 != admin1 and gaz.lies_near_state(_point(county), admin1, ACROSS_THE_LINE_KM, 0):
            return Location(**{**county.as_dict(), "text": found.text})
    if counties:
        # the gazetteer holds every county: one it has only in other states is none of this state's
        return Location(name=found.name, country="US", admin2=found.admin2, precision="county", text=found.text)
    return found


def _namesake_across_the_line(name: str, found: Location, admin1: str) -> Location:
    """A town the story set in ``admin1`` names, which the state lacks: the namesake just across
    its line, rather than a bigger one far away ("Vidalia" in a story from Natchez, Mississippi,
    is Vidalia, Louisiana, not Georgia). A big city keeps its name."""
    if found.precision != "city" or found.country != "US" or found.admin1 == admin1:
        return found
    near = _namesake_near_state(name, found.geonameid, admin1)
    return found if near is None else get_gazetteer().city_location(near, found.text or name)


@functools.lru_cache(maxsize=4096)
def _namesake_near_state(name: str, geonameid: int | None, admin1: str) -> City | None:
    gaz = get_gazetteer()
    namesakes = [c for c, own in gaz.cities_named(name) if own and c.country == "US"]
    if max((c.population for c in namesakes if c.geonameid == geonameid), default=0) >= MAJOR_CITY_POPULATION:
        return None
    near = [c for c in namesakes if gaz.lies_near_state(c, admin1, ACROSS_THE_LINE_KM, ACROSS_THE_LINE_TOWN)]
    return max(near, key=lambda c: c.population) if near else None


def _middling_namesake_elsewhere(name: str, found: Location, admin1: str | None) -> bool:
    """A bare name the gazetteer finds only as a city of another state, far away and too small to be
    known by its name alone across the country (the region's own news names Mobile bare next door)."""
    if found.precision != "city" or found.country != "US" or not admin1 or found.admin1 == admin1:
        return False
    gaz = get_gazetteer()
    if gaz.own_population(name, found.geonameid) >= NATIONAL_CITY_POPULATION or found.lat is None:
        return False
    return not gaz.lies_near_state(_point(found), admin1, REGION_KM, 0)


def _point(place: Location) -> City:
    """A located place as the gazetteer's distance tests take it."""
    return City(place.name, place.lat, place.lon, "US", "", 0, 0)


def _far_namesake(name: str, found: Location, countries: set[str], admin1: str | None) -> bool:
    """A bare name that only a small town far from the article's setting bears.

    In a local story "in Austin" set in Illinois is a neighbourhood, and "at Castillo" in an
    American story is not a Spanish town; a big city keeps its name wherever it is read.
    """
    if found.precision != "city":
        return False
    abroad = bool(countries) and found.country not in countries
    other_state = bool(admin1) and found.country == "US" and found.admin1 != admin1
    if not (abroad or other_state):
        return False
    if found.admin1 and normalize(name) == normalize(found.admin1):
        return False  # "a New York detention center" in a story datelined Washington: the state's city
    # Only the city's own name counts: "Tus" is no name of Tucson in a story set in Alabama.
    return get_gazetteer().own_population(name, found.geonameid) < CONTEXT_CITY_POPULATION
