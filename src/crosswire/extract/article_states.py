"""The countries and the US state an article is about, read from its dateline, its towns, counties,
police forces and phone numbers, and the state a town is guessed in when the article names none."""

from __future__ import annotations

import re
from collections import Counter

import phonenumbers
from phonenumbers import geocoder
from spacy.tokens import Doc

from crosswire.extract.datelines import (
    dateline_place,
    from_a_wire_bureau,
    major_place,
    opens_story,
    small_namesake_elsewhere,
)
from crosswire.extract.figures.words import PERSON_NOUNS
from crosswire.extract.gazetteer import COUNTY_SUFFIXES, City, county_of, get_gazetteer, normalize
from crosswire.extract.outlet_places import as_broadcast_reads, postal_states
from crosswire.extract.place_cues import (
    COUNTY_NAME,
    article_surnames,
    county_names,
    names_outlet,
    names_street,
    police_towns,
    stands_for_a_government,
    state_code,
    where_caught,
)
from crosswire.extract.place_names import CONTEXT_CITY_POPULATION
from crosswire.extract.place_words import TOWNSHIP_WORDS
from crosswire.extract.places import article_neighbourhoods, bare_name
from crosswire.extract.spans import doc_text
from crosswire.model import Location

__all__ = ["article_admin1", "article_countries", "article_state", "with_guessed_state"]

# A namesake in another state this share of a guessed town's size or more is a rival reading of it.
RIVAL_POPULATION_SHARE = 1 / 20

# A city name says which country the article is about only if it is this many times bigger than
# any namesake in another country.
NAMESAKE_RATIO = 10

PARENTHESES = re.compile(r"\([^)]*\)")

# "Pine Hollow, Missouri", "Elmvale, Mo.": a town and the state it is in.
TOWN_AND_STATE = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}), ((?:[A-Z][a-z]*\.? ?){1,2})")

# A town named with no state must be this big for its name alone to place the story.
MODIFIER_MIN_POPULATION = 10_000
# "a woman from Elmvale, Ohio", "a man of Elmvale, Ohio": the words that give where a person lives.
RESIDENT_PREPOSITIONS = {"from", "of"}

# A phone number the story gives ("call the tip line at (217) 555-0134"): its area code is the
# state of the police or the newsroom that wants the call.
PHONE_NUMBER = re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b")

# Institutions only American local news names: the story is set in the US.
US_CUES = re.compile(
    r"\b(?:sheriff'?s? (?:office|department|deputies)|district attorney|police department|state troopers?"
    r"|interstate \d+|u\.?s\.? (?:route|highway) \d+|state (?:police|patrol)|highway patrol"
    r"|county (?:sheriff|prosecutor|coroner|jail))\b",
    re.IGNORECASE,
)

# "Vermont State Police", "Ohio Highway Patrol": a state's own force names the state.
STATE_FORCE = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:State Police|State Patrol|Highway Patrol|Bureau of Investigation|DNR"
    r"|Department of (?:Natural Resources|Public Safety|Law Enforcement|Criminal Investigation|Fish and \w+)"
    r"|Division of Criminal Investigation|Game Commission|Fish and Game|Fish and Wildlife|Wildlife Resources)\b"
)


def article_countries(doc: Doc) -> set[str]:
    """Alpha-2 codes of the countries the article names, directly or through a major city."""
    key = "crosswire.article_countries"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(_article_countries(doc))
    return set(doc.user_data[key])


def _article_countries(doc: Doc) -> set[str]:
    gaz = get_gazetteer()
    found: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in {"GPE", "LOC"}:
            continue
        code = gaz.country_code(ent.text)
        if code is None and state_code(ent.text):
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
    if US_CUES.search(doc_text(doc)):
        found.add("US")
    return found


def article_admin1(doc: Doc, home: str | None = None, station: frozenset[str] | None = None) -> str | None:
    """The US state an article is set in: its dateline's, else the state it names most (by name,
    AP abbreviation or a postal code after a city it has), else the state of the counties it
    names, helped by the towns it names in them, else ``home`` (the state of the outlet, for a
    local story that names none), else the state of the towns it names. A dateline that names no
    state is read on a broadcaster's side of the Mississippi (``station``, see ``broadcast_states``)."""
    return article_state(doc, home, station)[0]


def article_state(doc: Doc, home: str | None = None, station: frozenset[str] | None = None) -> tuple[str | None, bool]:
    """``article_admin1``, and whether it is only the state of the biggest namesake of a dateline
    town that comes with no state ("FRANKLIN -" over a story that names no state)."""
    key = ("crosswire.article_admin1", home, station)
    if key not in doc.user_data:
        doc.user_data[key] = _article_admin1(doc, home, station)
    return doc.user_data[key]


def _article_admin1(doc: Doc, home: str | None, station: frozenset[str] | None) -> tuple[str | None, bool]:
    gaz = get_gazetteer()
    text = doc_text(doc)
    opening = dateline_place(text)  # the dateline as it reads before any state settles it
    # "WASHINGTON (AP) -" names the capital, not the state: the dateline's words cast no vote
    opening_at = text.find(opening.text) if opening is not None and opening.text else None
    states = Counter(
        gaz.state_name(code)
        for ent in doc.ents
        if ent.label_ in {"GPE", "LOC"}
        and ent.start_char != opening_at
        and (code := state_code(ent.text))
        and not names_outlet(ent)
        and not names_street(ent)
        and not _names_county(ent)
        and not _names_a_resident(ent)
        and not where_caught(ent)
        and not stands_for_a_government(ent)
        and ent.text not in article_surnames(doc)
    )
    states.update(postal_states(text))
    states.update(_force_states(text))
    if states:
        # the towns and counties it names vote too: a teaser's "executions in Texas" does not move
        # Orlando, and a suspect "of Pine Hollow, Mississippi" does not move an Alabama county's sheriff
        states.update(_town_votes(doc))
        states.update(_county_votes(doc, station))
    written = states.most_common(1)[0][0] if states else _county_state(doc, station)
    named = written or _phone_state(text) or home
    if named is None:
        named = _town_state(doc)
        # "MILLBROOK (WXYZ) -" over "shot in south Elmwood": a big city's dateline outranks the state
        # guessed from a town whose name only one sizeable town bears
        big = opening if named else None
        if big is not None and big.admin1 and big.country == "US" and major_place(big.name, big):
            named = big.admin1
    dateline = dateline_place(text, admin1=named)
    if dateline is not None and named is None:
        dateline = as_broadcast_reads(dateline, station)
    if dateline is None or dateline.country != "US" or not dateline.admin1:
        return named, False
    if small_namesake_elsewhere(dateline, named):
        return named, False
    if written is not None and written == home != dateline.admin1 and not opens_story(text, dateline):
        # "PINE HOLLOW, Ky. (WXYZ) -" below a station page's first paragraphs, over a story whose
        # places are in the station's own state: a teaser of another story, not this one's dateline
        return named, False
    # "FRANKLIN (Feb. 4, 2014) -" gives no state: only a comma outside the brackets brings one
    bare = "," not in PARENTHESES.sub("", dateline.text or "")
    if written and bare and dateline.admin1 != written:
        # "ELMVALE -" over "authorities in Larch County": the county's state has an Elmvale the
        # gazetteer lacks; only a city any reader knows keeps its own state, and not when it is a
        # news agency's bureau ("BOSTON (Reuters) -" over "their southern Maine home")
        if not _known_anywhere(dateline) or from_a_wire_bureau(dateline):
            return named, False
    guessed = named is None and bare and with_guessed_state(dateline).state_guessed
    return dateline.admin1, guessed


def _known_anywhere(place: Location) -> bool:
    """A city big enough to be meant by its name in any story ("CHICAGO -")."""
    return place.precision != "city" or get_gazetteer().own_population(place.name, place.geonameid) >= (
        CONTEXT_CITY_POPULATION
    )


def _phone_state(text: str) -> str | None:
    """The state the area codes of the article's phone numbers belong to, most often first."""
    gaz = get_gazetteer()
    votes: Counter[str] = Counter()
    for match in PHONE_NUMBER.finditer(text):
        try:
            number = phonenumbers.parse(match.group(0), "US")
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        # "Springfield, IL" for a city's exchange, "Ohio" for a state's; toll-free numbers name none
        where = geocoder.description_for_number(number, "en").rsplit(",", 1)[-1].strip()
        code = gaz.state_code(where, abbreviations=True)
        if code:
            votes[gaz.state_name(code)] += 1
    return votes.most_common(1)[0][0] if votes else None


def _force_states(text: str) -> Counter[str]:
    """States named by their police or another of their agencies: "Vermont State Police said", "the
    Ohio Highway Patrol", "the Iowa Bureau of Investigation", "the Iowa DNR"."""
    gaz = get_gazetteer()
    # "The Iowa DNR": the name is the two words or the last one
    codes = (gaz.state_code(m.group(1)) or gaz.state_code(m.group(1).split()[-1]) for m in STATE_FORCE.finditer(text))
    return Counter(gaz.state_name(code) for code in codes if code)


def _county_state(doc: Doc, station: frozenset[str] | None = None) -> str | None:
    """The state the article's county names belong to, most often first."""
    votes = _county_votes(doc, station)
    return votes.most_common(1)[0][0] if votes else None


def _county_votes(doc: Doc, station: frozenset[str] | None = None) -> Counter[str]:
    """A vote per county name for the state it belongs to: a county name only one state has is a
    vote for it; a county name many states share counts for those that also have a town the
    article names ("outside Elmvale in Larch County"), else for the one state on a
    broadcaster's side of the Mississippi (``station``) that has it. A town the article names that
    lies in the county ("Pine Hollow" and "the Elm County sheriff") votes for its state once more."""
    gaz = get_gazetteer()
    votes: Counter[str] = Counter()
    shared: list[tuple[str, set[str]]] = []
    towns = {bare_name(ent) for ent in doc.ents if ent.label_ == "GPE" and not state_code(ent.text)}
    for match in COUNTY_NAME.finditer(doc_text(doc)):
        for name in county_names(match):
            location = gaz.lookup(name, countries={"US"})
            states = gaz.county_states(name) if location is not None and not location.admin1 else set()
            if location is None or location.precision != "county" or not (location.admin1 or states):
                continue  # no county the gazetteer knows: "The Elm County" may be "Elm County"
            if location.admin1:
                votes[location.admin1] += 1 + _has_town_of_county(towns, location.name, location.admin1)
            else:
                shared.append((name, states))
            break
    for name, states in shared:
        of_county = {s for s in states if _has_town_of_county(towns, name, s)}
        with_town = of_county or {s for s in states if any(_town_in(town, s) for town in towns)}
        on_side = {s for s in states if station and gaz.state_code(s) in station}
        if len(with_town) == 1:
            votes[next(iter(with_town))] += 1 + bool(of_county)
        elif not with_town and len(on_side) == 1:
            votes[next(iter(on_side))] += 1
    return votes


def _has_town_of_county(towns: set[str], county: str, state: str) -> bool:
    """Whether a town of one of these names lies in that county of that state."""
    gaz = get_gazetteer()
    code = gaz.state_code(state)
    return any(
        city.country == "US" and city.admin1_code == code and normalize(county_of(city) or "") == normalize(county)
        for town in towns
        if "county" not in town.lower()
        for city, _primary in gaz.cities_named(town)
    )


def _town_state(doc: Doc) -> str | None:
    """The state of the American towns an article names most ("Detroit police", "in Tacoma") when
    it names no state: a local story need not say that Detroit is in Michigan. Only a town whose
    name no other sizeable American town bears counts ("Columbus" or "Springfield" do not)."""
    votes = _town_votes(doc)
    return votes.most_common(1)[0][0] if votes else None


def _town_votes(doc: Doc) -> Counter[str]:
    """A vote for its state per mention of a town only one sizeable American town is named."""
    if article_countries(doc) - {"US"}:
        # A story abroad that names Los Angeles in passing is not set in California.
        return Counter()
    neighbourhoods = article_neighbourhoods(doc)
    names = [bare_name(ent) for ent in doc.ents if ent.label_ == "GPE" and not _names_street_or_speaker(ent)]
    # The town whose police investigate weighs double, as it does for the article's city; a
    # county has no police of its own, so a county of the name elsewhere is no rival of it.
    police = [name for name, _start, _end in police_towns(doc_text(doc))]
    named = [(name, True) for name in names] + [(name, False) for name in police] * 2
    qualified = _qualified_towns(doc_text(doc))
    return Counter(
        state
        for name, counties_rival in named
        if name.lower() not in neighbourhoods
        and not state_code(name)
        and (state := _town_state_of(name, counties_rival))
        # a town named once with its state votes for that state, not its biggest namesake's
        and (state := qualified.get(name, state))
    )


def _qualified_towns(text: str) -> dict[str, str]:
    """Towns the article places in a state in so many words ("Mountain View, Missouri")."""
    gaz = get_gazetteer()
    found: dict[str, str] = {}
    for match in TOWN_AND_STATE.finditer(text):
        words = match.group(2).split()
        # "New Mexico", "Mo.", or "Missouri" before a full stop
        code = next((c for w in (" ".join(words[:2]), words[0], words[0].rstrip(".")) if (c := state_code(w))), None)
        if code is not None and not state_code(match.group(1)):
            found.setdefault(match.group(1), gaz.state_name(code))
    return found


def _names_street_or_speaker(ent) -> bool:
    """ "Elm Avenue" tagged as "Elm", "the 700 block of Elm": a street, not the town; "Hollis said",
    "Hollis heard the shots": the subject of a verb is a person far more often than a town."""
    speaker = ent.root.dep_ == "nsubj" and ent.root.head.pos_ == "VERB"
    return speaker or names_street(ent)


def _names_a_resident(ent) -> bool:
    """ "a Texas woman", "an Ohio man", "a woman from Elmvale, Ohio": where a person is from, not
    where the story is set."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in PERSON_NOUNS:
        return True
    comma = ent.start - 1
    if comma < 1 or doc[comma].text != ",":
        return False
    before_town = comma - 1
    while before_town >= 0 and doc[before_town].pos_ == "PROPN":
        before_town -= 1
    if before_town in (-1, comma - 1):
        return False
    prep = doc[before_town]
    return prep.lower_ in RESIDENT_PREPOSITIONS and prep.head.lower_ in PERSON_NOUNS


def _names_county(ent) -> bool:
    """ "Washington County Coroner" tagged as "Washington": a county of the name, not the state."""
    return ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in COUNTY_SUFFIXES


def _town_state_of(name: str, counties_rival: bool = True) -> str | None:
    """ "Winston-Salem" is a town's name; "Savannah-Chatham" (a city and its county) names its city first."""
    state = _unambiguous_town_state(name, counties_rival)
    return state if state or "-" not in name else _unambiguous_town_state(name.split("-")[0], counties_rival)


def _unambiguous_town_state(name: str, counties_rival: bool = True) -> str | None:
    if name.split()[-1].lower() in TOWNSHIP_WORDS:
        # "Union Township": a township of the name lies in most states that have townships, and the
        # gazetteer holds only the biggest
        return None
    gaz = get_gazetteer()
    own = sorted(
        (c for c, primary in gaz.cities_named(name) if primary and c.country == "US"),
        key=lambda c: c.population,
        reverse=True,
    )
    if not own or own[0].population < MODIFIER_MIN_POPULATION:
        return None
    if len(own) > 1 and own[1].population * NAMESAKE_RATIO > own[0].population:
        return None
    state = gaz.state_name(own[0].admin1_code)
    # "DeKalb" is an Illinois town and a county of four other states, one far bigger than the town
    # (a city any reader knows, as St. Louis, is not read as a county)
    rivals = counties_rival and own[0].population < CONTEXT_CITY_POPULATION
    counties = gaz.counties_named(f"{name} County") if rivals else []
    if any(c.admin1 != state and people * NAMESAKE_RATIO > own[0].population for c, people in counties):
        return None
    return state


def _town_in(name: str, state: str) -> bool:
    if "county" in name.lower() or "parish" in name.lower():
        return False
    found = get_gazetteer().lookup(name, countries={"US"}, admin1=state)
    if found is None or found.precision != "city" or found.admin1 != state:
        return False
    # Macon, Georgia once bore the name Troy: a town in the state is one of that name today.
    return normalize(found.name) == normalize(name)


def with_guessed_state(place: Location) -> Location:
    """An American town or county the story places in no state, marked ``state_guessed`` when
    places of that name lie in more than one state; it lists its rival namesakes: the biggest of
    each other state at least ``RIVAL_POPULATION_SHARE`` of its size (a hamlet called Newark is no
    rival of the city of Newark). A county of no state is the one whose biggest town is biggest."""
    if place.precision not in ("city", "county") or place.country != "US" or place.state_guessed:
        return place
    gaz = get_gazetteer()
    if place.precision == "county":
        if len(gaz.county_states(place.name)) < 2:
            return place
        if place.admin1 is None:
            return _biggest_county(place)
        return Location(**{**place.as_dict(), "state_guessed": True})
    named = [city for city, own in gaz.cities_named(place.name) if own and city.country == "US"]
    guessed = max((city.population for city in named if city.geonameid == place.geonameid), default=0)
    rivals: dict[str, City] = {}
    for city in sorted(named, key=lambda c: c.population, reverse=True):
        state = gaz.state_name(city.admin1_code)
        big_enough = city.population >= RIVAL_POPULATION_SHARE * guessed
        if state and state != place.admin1 and state not in rivals and big_enough:
            rivals[state] = city
    counties = _rival_counties(place, guessed, {place.admin1, *rivals})
    if len({city.admin1_code for city in named}) < 2 and not counties:
        return place
    namesakes = [
        {"admin1": state, "admin2": county_of(city), "lat": city.lat, "lon": city.lon, "geonameid": city.geonameid}
        for state, city in rivals.items()
    ]
    return Location(**{**place.as_dict(), "state_guessed": True, "namesakes": namesakes + counties})


def _rival_counties(town: Location, people: int, states: set[str | None]) -> list[dict]:
    """The counties other states name as the town is named ("Bartow" is a Florida town and a
    Georgia county), as rival readings of a bare name; a town any reader knows has none."""
    if people >= CONTEXT_CITY_POPULATION:
        return []
    return [
        {
            "name": c.name,
            "precision": "county",
            "admin1": c.admin1,
            "admin2": c.name,
            "lat": c.lat,
            "lon": c.lon,
            "geonameid": None,
        }
        for c, county_people in get_gazetteer().counties_named(f"{town.name} County")
        if c.admin1 not in states and county_people >= RIVAL_POPULATION_SHARE * people
    ]


def _biggest_county(place: Location) -> Location:
    """A county several states have, placed in none: the one with the biggest town, every other
    one its rival ("Orange County" is California's unless the site covers Florida; a county is
    named for the readers of its own state, so a small one is no less a rival)."""
    named = get_gazetteer().counties_named(place.name)
    if not named:
        return Location(**{**place.as_dict(), "state_guessed": True})
    chosen = named[0][0]
    namesakes = [
        {"admin1": county.admin1, "admin2": county.name, "lat": county.lat, "lon": county.lon, "geonameid": None}
        for county, _ in named[1:]
    ]
    where = {"admin1": chosen.admin1, "lat": chosen.lat, "lon": chosen.lon}
    return Location(**{**place.as_dict(), **where, "state_guessed": True, "namesakes": namesakes})
