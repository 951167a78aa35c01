"""The dateline a story opens on ("ELMVALE, Ohio (AP) -"), read as a place; whether it names a big
city that a small namesake elsewhere may stand for, whether a news agency's bureau gives it, and
whether a local site gives a neighbourhood of its city instead ("ELMVALE -" over the Millbrook police)."""

from __future__ import annotations

import functools
import itertools
import re
import string
from dataclasses import replace

from crosswire.extract.gazetteer import get_gazetteer, with_post_office_point
from crosswire.extract.place_cues import police_towns
from crosswire.model import Location

__all__ = [
    "dateline_place",
    "from_a_wire_bureau",
    "major_place",
    "neighbourhood_dateline",
    "opens_story",
    "small_namesake_elsewhere",
]

DATELINE_LINES = 6
# A story's dateline opens its first paragraph, under the headline: its first two lines.
OPENING_LINES = 2

# "GAINESVILLE, Fla. -", "MOSCOW (AFP) -", "Washington —", "NEW YORK (AP) —", "MILLBROOK (WXYZ)–Police".
DATELINE = re.compile(
    # "UPDATE: MILLBROOK, Ohio (WXYZ) --": a label of the page may stand before the dateline
    r"^\s*(?:(?:UPDATED?|BREAKING(?: NEWS)?|DEVELOPING(?: STORY)?)\s*:\s*)?"
    r"(?P<place>[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,3})"
    r"(?:\s*,\s*(?P<region>[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,2}))?"
    r"\s*(?:(?P<outlet>\([^)\n]{1,40}\))\s*(?=[A-Z])|(?:\([^)\n]{1,40}\))?\s*(?:(?:[-\u2013\u2014]+|:)(?:\s|$)|[\u2013\u2014]+(?=[A-Z]))"
    r"|(?P<alone>(?<![-\u2013\u2014])$))"
)

# A news agency's tag after the dateline: the agency files from its bureau's city, which may not
# be where the story happened ("BOSTON (Reuters) - ... at their southern Maine home").
WIRE_TAG = re.compile(r"\((?:Reuters|AP|AFP|UPI|Bloomberg|The Associated Press)\)")

# A title-case dateline ("Washington —") must name a city this big; all caps may name any.
DATELINE_MIN_POPULATION = 50_000


def dateline_place(text: str, *, admin1: str | None = None) -> Location | None:
    """The place of a dateline opening the article ("GAINESVILLE, Fla. -", "MOSCOW (AFP) -").

    ``admin1`` (the state the article names most) settles a dateline that gives no state. A
    neighbourhood of the city whose police tell the story is no dateline (``neighbourhood_dateline``).
    """
    found = _read_dateline(text, admin1)
    return None if found is None or _part_of_a_force_city(text, *found) else found[0]


def neighbourhood_dateline(text: str) -> str | None:
    """ "ELMVALE -" over a story the Millbrook police tell: a local site datelines its stories by
    neighbourhood. A dateline with no state, that the gazetteer finds only as a city of a state
    the story never names, and not in the state of the city whose police it quotes, names a part
    of that city; returned lower-cased, as ``places.article_neighbourhoods`` keeps names."""
    found = _read_dateline(text, None)
    return found[1] if found is not None and _part_of_a_force_city(text, *found) else None


def _part_of_a_force_city(text: str, dateline: Location, name: str, bare: bool) -> bool:
    """Whether the dateline (``name`` as written, ``bare`` of a state) names a part of the city
    whose police the story quotes, as ``neighbourhood_dateline`` tells."""
    if not bare or dateline.country != "US" or dateline.precision != "city" or _names_state(text, dateline.admin1):
        return False
    towns, states = _force_towns(text)
    if any(town in name or name in town for town in towns):
        return False  # "PINE HOLLOW CITY -" over the Pine Hollow police: the force's own town
    if not states or dateline.admin1 in states:
        return False
    if _state_names_re().search(text) and not any(_names_state(text, state) for state in states):
        return False  # the story names a state, and not the force's: a namesake's force, not the city's
    gaz = get_gazetteer()
    for state in states:
        own = gaz.lookup(name, countries={"US"}, admin1=state)
        if own is not None and own.precision is not None and own.admin1 == state:
            return False  # a place the gazetteer has in the force's state is a town of it, named as such
    return True


@functools.lru_cache(maxsize=8)
def _force_towns(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-cased towns whose police the story quotes, and the states of those the gazetteer
    has as cities; cached, as every reader of the article's dateline asks it of the same text."""
    gaz = get_gazetteer()
    towns = {town for town, _start, _end in police_towns(text)}
    cities = (gaz.lookup(town, countries={"US"}) for town in towns)
    states = {city.admin1 for city in cities if city is not None and city.precision == "city" and city.admin1}
    return frozenset(town.lower() for town in towns), frozenset(states)


@functools.cache
def _state_names_re() -> re.Pattern:
    gaz = get_gazetteer()
    names = sorted(filter(None, (gaz.state_name(code) for code in gaz.state_codes())), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b")


def _names_state(text: str, state: str | None) -> bool:
    return bool(state) and re.search(rf"\b{re.escape(state)}\b", text) is not None


def _read_dateline(text: str, admin1: str | None) -> tuple[Location, str, bool] | None:
    """The dateline's place, its name as written (lower-cased), and whether it gives no state."""
    for line in _first_lines(text, DATELINE_LINES):
        match = DATELINE.match(line)
        if not match:
            continue
        place, region = match.group("place").strip(), match.group("region")
        location = _dateline_lookup(place, region.strip() if region else None, admin1)
        if location is None or location.precision is None:
            continue
        if not place.isupper() and not (region and location.admin1) and not major_place(place, location):
            # "Police -" or "Update -" in title case is a phrase, not a dateline; "Elm County, Fla. -" is one.
            continue
        if match.group("outlet") and not (place.isupper() and region):
            # With no dash, only "BLUFFTON, Ind. (WANE) A man ..." reads as a dateline.
            continue
        if match.group("alone") is not None and not (
            place.isupper() and (region or location.precision in ("city", "county"))
        ):
            continue  # a line of its own is a dateline in capitals ("DAYTON, Ohio"), not a title
        if location is not None:
            location.text = line[match.start("place") : match.end()].strip(" -\u2013\u2014:")
            return location, place.lower(), region is None
    return None


def opens_story(text: str, dateline: Location) -> bool:
    """Whether the dateline read from ``text`` opens the story (the line under the headline, or the
    first), not a paragraph further down (a teaser of another story, a caption)."""
    return any((dateline.text or "") in line for line in _first_lines(text, OPENING_LINES))


def _first_lines(text: str, count: int) -> list[str]:
    """The text's first ``count`` lines that are not blank."""
    return list(itertools.islice((line for line in text.splitlines() if line.strip()), count))


def _dateline_lookup(place: str, region: str | None, admin1: str | None) -> Location | None:
    gaz = get_gazetteer()
    if admin1 and region is None:
        found = gaz.lookup(place, countries={"US"}, admin1=admin1)
        if found is not None and found.precision in ("city", "county") and found.admin1 == admin1:
            return found
    found = gaz.lookup(place, admin1=region)
    if found is None and region is not None:
        # "GREENVILLE, PITT COUNTY -": a county, not a state, follows the city.
        found = gaz.lookup(place, admin1=admin1) if admin1 else gaz.lookup(place)
    if found is not None and found.precision is None and region is not None:
        # "BELFRY, Mont. -": a town too small for the city tables, where the Postal Service has one
        town = with_post_office_point(found)
        if town.lat is None:
            return found
        return replace(town, name=string.capwords(place) if place.isupper() else place)
    return found


def major_place(name: str, location: Location) -> bool:
    """Whether the bare name stands for ``location`` anywhere: a region, or a city or county among
    the namesakes big enough to be known by name alone (``DATELINE_MIN_POPULATION``)."""
    if location.precision not in {"city", "county"}:
        return True
    big = [c for c, _ in get_gazetteer().cities_named(name) if c.population >= DATELINE_MIN_POPULATION]
    return any(c.geonameid == location.geonameid for c in big)


def from_a_wire_bureau(dateline: Location) -> bool:
    """A dateline a news agency gives with no state of its own ("BOSTON (Reuters) -")."""
    text = dateline.text or ""
    return bool(WIRE_TAG.search(text)) and "," not in WIRE_TAG.sub("", text)


def small_namesake_elsewhere(dateline: Location | None, admin1: str | None) -> bool:
    """ "ELMVALE —" over a story of Larch County, Fla.: a dateline with no state that the gazetteer
    finds only as a small town of another state names a town it lacks, not that namesake."""
    if dateline is None or not admin1 or dateline.admin1 == admin1 or "," in (dateline.text or ""):
        return False
    return not major_place(dateline.name, dateline)
