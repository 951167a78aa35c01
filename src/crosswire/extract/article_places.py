"""Article-level places: the dateline, the countries and US state an article is about, and the
city a local article is set in (where a street or venue with no town of its own lies).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from crosswire.extract.gazetteer import get_gazetteer
from crosswire.extract.places import CONTEXT_CITY_POPULATION, NOT_PLACES, PlaceHit, _bare_name, _resolve
from crosswire.model import Location

__all__ = ["article_admin1", "article_city", "article_city_hit", "article_countries", "dateline_place"]

DATELINE_LINES = 6
# "GAINESVILLE, Fla. -", "MOSCOW (AFP) -", "Washington —", "NEW YORK (AP) —".
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,3})"
    r"(?:\s*,\s*(?P<region>[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,2}))?"
    r"\s*(?:\([^)\n]{1,40}\))?\s*(?:[-\u2013\u2014]+|:)(?:\s|$)"
)
# A title-case dateline ("Washington —") must name a city this big; all caps may name any.
DATELINE_MIN_POPULATION = 50_000
# A city name says which country the article is about only if it is this many times bigger than
# any namesake in another country.
NAMESAKE_RATIO = 10
# "Tulare County deputies": a county name that only one state has says which state the story is in.
COUNTY_NAME = re.compile(r"\b((?:[A-Z][a-z]+\.? ){1,3})(County|Parish)\b")
# Institutions only American local news names: the story is set in the US.
US_CUES = re.compile(
    r"\b(?:sheriff'?s? (?:office|department|deputies)|district attorney|police department|state troopers?"
    r"|interstate \d+|county (?:sheriff|prosecutor|coroner|jail))\b",
    re.IGNORECASE,
)


def article_city(doc: Doc, countries: set[str] = frozenset(), admin1: str | None = None) -> Location | None:
    """The city a local article is set in: its dateline's, else the city in its state it names most.

    A street, a venue or a neighbourhood with no town of its own lies in this city.
    """
    hit = article_city_hit(doc, countries, admin1)
    return Location(**hit.location.as_dict()) if hit is not None else None


def article_city_hit(doc: Doc, countries: set[str] = frozenset(), admin1: str | None = None) -> PlaceHit | None:
    """``article_city`` with the offsets of the words that name it (the dateline or a first mention)."""
    key = ("crosswire.article_city", tuple(sorted(countries)), admin1)
    if key not in doc.user_data:
        doc.user_data[key] = _article_city(doc, set(countries), admin1)
    return doc.user_data[key]


def _article_city(doc: Doc, countries: set[str], admin1: str | None) -> PlaceHit | None:
    dateline = dateline_place(doc.text, admin1=admin1)
    # "POLICE: ..." reads as a small foreign town; a dateline abroad needs the article to name that country.
    abroad = dateline is not None and countries and dateline.country not in countries
    if dateline is not None and dateline.precision == "city" and dateline.text and not abroad:
        at = max(0, doc.text.find(dateline.text))
        return PlaceHit(dateline, at, at + len(dateline.text))
    named: dict[int, PlaceHit] = {}
    votes: Counter[int] = Counter()
    for ent in doc.ents:
        # "Dayton police" is often tagged ORG; in a story set in the state it still names the city.
        as_org = ent.label_ == "ORG" and admin1 is not None and ent.text.istitle()
        if not (ent.label_ == "GPE" or as_org) or _bare_name(ent).lower() in NOT_PLACES:
            continue
        if _state_code(ent.text):
            # "Pa." is a state, not the foreign city that has it as an alternate name.
            continue
        city = _resolve(ent.text, None, countries, admin1)
        if city is None or city.precision != "city" or ((admin1 or as_org) and city.admin1 != admin1):
            continue
        named.setdefault(city.geonameid, PlaceHit(city, ent.start_char, ent.end_char))
        votes[city.geonameid] += 1
    if not votes:
        return None
    # most_common keeps first-named order among ties
    return named[votes.most_common(1)[0][0]]


def dateline_place(text: str, *, admin1: str | None = None) -> Location | None:
    """The place of a dateline opening the article ("GAINESVILLE, Fla. -", "MOSCOW (AFP) -").

    ``admin1`` (the state the article names most) settles a dateline that gives no state.
    """
    lines = [line for line in text.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        match = DATELINE.match(line)
        if not match:
            continue
        place, region = match.group("place").strip(), match.group("region")
        location = _dateline_lookup(place, region.strip() if region else None, admin1)
        if location is None or location.precision is None:
            continue
        if not place.isupper() and not _major_place(place, location):
            # "Police -" or "Update -" in title case is a phrase, not a dateline.
            continue
        if location is not None:
            location.text = match.group(0).strip(" -\u2013\u2014:")
            return location
    return None


def _dateline_lookup(place: str, region: str | None, admin1: str | None) -> Location | None:
    gaz = get_gazetteer()
    if admin1 and region is None:
        found = gaz.lookup(place, countries={"US"}, admin1=admin1)
        if found is not None and found.precision == "city" and found.admin1 == admin1:
            return found
    found = gaz.lookup(place, admin1=region)
    if found is None and region is not None:
        # "GREENVILLE, PITT COUNTY -": a county, not a state, follows the city.
        found = gaz.lookup(place, admin1=admin1) if admin1 else gaz.lookup(place)
    return found


def _major_place(name: str, location: Location) -> bool:
    if location.precision not in {"city", "county"}:
        return True
    big = [c for c, _ in get_gazetteer().cities_named(name) if c.population >= DATELINE_MIN_POPULATION]
    return any(c.geonameid == location.geonameid for c in big)


def article_countries(doc: Doc) -> set[str]:
    """Alpha-2 codes of the countries the article names, directly or through a major city."""
    gaz = get_gazetteer()
    found: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in {"GPE", "LOC"}:
            continue
        code = gaz.country_code(ent.text)
        if code is None and _state_code(ent.text):
            code = "US"
        if code is None:
            ranked = gaz.cities_named(ent.text)
            big = [c for c, primary in ranked if primary and c.population >= CONTEXT_CITY_POPULATION]
            # "Burlington" or "Parma" is no clue while a sizeable namesake lies in another country.
            rivals = [c for c, primary in ranked if primary and big and c.country != big[0].country]
            rival = max((c.population for c in rivals), default=0)
            if len({c.country for c in big}) == 1 and rival * NAMESAKE_RATIO < big[0].population:
                code = big[0].country
        if code:
            found.add(code)
    if US_CUES.search(doc.text):
        found.add("US")
    return found


def article_admin1(doc: Doc) -> str | None:
    """The US state an article is set in: its dateline's, else the state it names most, else the
    state of the counties it names that only one state has."""
    gaz = get_gazetteer()
    states = Counter(
        gaz.state_name(code) for ent in doc.ents if ent.label_ in {"GPE", "LOC"} and (code := _state_code(ent.text))
    )
    named = states.most_common(1)[0][0] if states else _county_state(doc.text)
    dateline = dateline_place(doc.text, admin1=named)
    if dateline is not None and dateline.country == "US" and dateline.admin1:
        return dateline.admin1
    return named


def _state_code(text: str) -> str | None:
    """A state's name or its AP abbreviation ("Pa.", "Fla."); a bare two-letter word is no state."""
    gaz = get_gazetteer()
    return gaz.state_code(text) or (gaz.state_code(text, abbreviations=True) if "." in text else None)


def _county_state(text: str) -> str | None:
    """The state most of the article's county names belong to, counting counties only one state has."""
    gaz = get_gazetteer()
    votes: Counter[str] = Counter()
    for match in COUNTY_NAME.finditer(text):
        words = match.group(1).split()
        # "the Tulare County" or "Sheriff Tulare County": try the longest name first, then shorter.
        for i in range(len(words)):
            location = gaz.lookup(" ".join(words[i:] + [match.group(2)]), countries={"US"})
            if location is not None and location.precision == "county" and location.admin1:
                votes[location.admin1] += 1
                break
    return votes.most_common(1)[0][0] if votes else None
