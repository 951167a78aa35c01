"""Article-level places: the dateline, the countries and US state an article is about, and the
city a local article is set in (where a street or venue with no town of its own lies).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

import phonenumbers
from phonenumbers import geocoder
from spacy.tokens import Doc, Span

from crosswire.extract.figures.words import PERSON_NOUNS
from crosswire.extract.gazetteer import COUNTY_SUFFIXES, City, county_of, get_gazetteer, normalize
from crosswire.extract.outlet_places import CITY_POSTAL, as_broadcast_reads, postal_states
from crosswire.extract.places import (
    CAUGHT_VERBS,
    CONTEXT_CITY_POPULATION,
    NOT_PLACES,
    STREET_WORDS,
    PlaceHit,
    _bare_name,
    _street_end,
    _told_of_elsewhere,
    article_neighbourhoods,
    names_a_corner,
    resolve_place_name,
)
from crosswire.extract.spans import doc_text
from crosswire.model import Location

__all__ = [
    "article_admin1",
    "article_county_hit",
    "article_city",
    "article_city_hit",
    "article_countries",
    "article_state",
    "dateline_place",
    "with_guessed_state",
]

DATELINE_LINES = 6
# "GAINESVILLE, Fla. -", "MOSCOW (AFP) -", "Washington —", "NEW YORK (AP) —", "MILLBROOK (WXYZ)–Police".
DATELINE = re.compile(
    # "UPDATE: MILLBROOK, Ohio (WXYZ) --": a label of the page may stand before the dateline
    r"^\s*(?:(?:UPDATED?|BREAKING(?: NEWS)?|DEVELOPING(?: STORY)?)\s*:\s*)?"
    r"(?P<place>[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,3})"
    r"(?:\s*,\s*(?P<region>[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,2}))?"
    r"\s*(?:(?P<outlet>\([^)\n]{1,40}\))\s*(?=[A-Z])|(?:\([^)\n]{1,40}\))?\s*(?:(?:[-\u2013\u2014]+|:)(?:\s|$)|[\u2013\u2014]+(?=[A-Z]))"
    r"|(?P<alone>(?<![-\u2013\u2014])$))"
)
# "N. ", "SW ": a compass point shortened before a street's name.
COMPASS_ABBREVIATION = re.compile(r"\b(?:[NSEW]\.|NE|NW|SE|SW)\s+$")
# A namesake in another state this share of a guessed town's size or more is a rival reading of it.
RIVAL_POPULATION_SHARE = 1 / 20
# A title-case dateline ("Washington —") must name a city this big; all caps may name any.
DATELINE_MIN_POPULATION = 50_000
# A city name says which country the article is about only if it is this many times bigger than
# any namesake in another country.
NAMESAKE_RATIO = 10
# "Tulare County deputies": a county name that only one state has says which state the story is in.
COUNTY_NAME = re.compile(r"(?<![-\w])((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\.? ){1,3})(County|Parish)\b")
# "Lafayette teen", "DeLand police": a town named as the modifier of a local-news noun.
MODIFIED_NOUNS = (
    r"(?:[Pp]olice|PD|[Tt]eens?|[Tt]eenager|[Mm]an|[Ww]oman|[Mm]en|[Ww]omen|[Bb]oy|[Gg]irl|[Cc]hild|[Tt]oddler"
    r"|[Rr]esidents?|(?:[a-z]+ )?(?:[Ss]hootings?|[Hh]omicides?)|[Ff]ire [Dd]epartment)\b"
)
TOWN_MODIFIER = re.compile(rf"(?<![-\w])([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)(?:'s?)? {MODIFIED_NOUNS}")
# "Elmvale, Ohio, police", "Elmvale, OH man": the town's state between the town and the noun
# (checked to be a state: "Friday, Mesa police" is Mesa's police).
POLICE_NOUNS = {"police", "Police", "PD"}
TOWN_STATE_MODIFIER = re.compile(
    rf"(?<![-\w])([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?), ([A-Z][a-z]+\.?(?: [A-Z][a-z]+)?|[A-Z]{{2}}),? ({MODIFIED_NOUNS})"
)
PARENTHESES = re.compile(r"\([^)]*\)")
# "Mountain View, Missouri", "Elm City, Mo.": a town and the state it is in.
TOWN_AND_STATE = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}), ((?:[A-Z][a-z]*\.? ?){1,2})")
# "Chicago Police", "The Dayton Police Department", "Zanesville police": a town's own police.
TOWN_POLICE = re.compile(
    r"(?<![-\w])(?:The )?([A-Z][A-Za-z]*[a-z](?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+){0,2}?)(?:'s)? "
    r"(?:Metro(?:politan)? )?(?:[Pp]olice|PD)\b"
)
# City forces known by their initials alone ("IMPD: 8-year-old shot"); initials several cities'
# forces share ("APD", "HPD", "MPD") are left out.
FORCE_INITIALS = {
    "NYPD": "New York City",
    "LAPD": "Los Angeles",
    "NOPD": "New Orleans",
    "IMPD": "Indianapolis",
    "LVMPD": "Las Vegas",
    "CMPD": "Charlotte",
    "SAPD": "San Antonio",
    "SFPD": "San Francisco",
    "KCPD": "Kansas City",
    "MNPD": "Nashville",
    "LMPD": "Louisville",
}
FORCE_INITIALS_RE = re.compile(rf"\b({'|'.join(FORCE_INITIALS)})\b")
# "an Athens hospital", "Medical Center in Evansville": where the wounded were taken.
HOSPITAL_WORDS = {"hospital", "medical", "trauma", "clinic", "airlifted", "flown", "transferred", "rushed"}
# Words that open a capitalised run but are no town ("Police: Local man", "A Man ...").
MODIFIER_STOP = set(
    "a an the police local update updated breaking watch video report state county city metro transit "
    "university campus tribal park airport school early late overnight morning afternoon evening night "
    "weekend fatal deadly accidental double triple mass another separate latest".split()
)
# Broadcasters and papers that carry a place in their name ("NBC 4 New York", "Texas Tribune").
MEDIA_BRANDS = {"NBC", "CBS", "ABC", "FOX", "CW", "PBS", "NPR", "CNN", "NEWS"}
CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-?TV)?$")  # an American station's call letters
MEDIA_NOUNS = {"Times", "Post", "Tribune", "Herald", "Journal", "Gazette", "Chronicle", "Examiner", "Courier"}
LEDE_LINES = 3
NON_EMPTY_LINE = re.compile(r"[^\n]*\S[^\n]*")
DISTANCE_UNITS = {"miles", "mile", "kilometers", "kilometres", "km"}
# A town named with no state must be this big for its name alone to place the story.
MODIFIER_MIN_POPULATION = 10_000
# A phone number the story gives ("call Crime Stoppers at (217) 788-8427"): its area code is the
# state of the police or the newsroom that wants the call.
PHONE_NUMBER = re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b")
# Institutions only American local news names: the story is set in the US.
US_CUES = re.compile(
    r"\b(?:sheriff'?s? (?:office|department|deputies)|district attorney|police department|state troopers?"
    r"|interstate \d+|u\.?s\.? (?:route|highway) \d+|state (?:police|patrol)|highway patrol"
    r"|county (?:sheriff|prosecutor|coroner|jail))\b",
    re.IGNORECASE,
)
# "is from La Crosse", "was visiting from Jacksonville": where someone comes from.
ORIGIN_WORDS = {"is", "was", "are", "were", "hails", "visiting", "came", "moved", "traveled", "travelled"}
# Dependencies a place name climbs to reach its verb ("in Atlanta, Georgia" -> "arrested").
CLIMB_DEPS = {"pobj", "prep", "appos", "conj", "compound"}
MAX_PLACE_CLIMB = 4
# A name given to a street: "Kensington Avenue", "the 5000 block of Utica".
STREET_NAME = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Court|Place)\b"
    r"|\bblock of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)
# "Vermont State Police", "Ohio Highway Patrol": a state's own force names the state.
STATE_FORCE = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:State Police|State Patrol|Highway Patrol|Bureau of Investigation|DNR"
    r"|Department of (?:Natural Resources|Public Safety|Law Enforcement|Criminal Investigation|Fish and \w+)"
    r"|Division of Criminal Investigation|Game Commission|Fish and Game|Fish and Wildlife|Wildlife Resources)\b"
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
    dateline = dateline_place(doc_text(doc), admin1=admin1)
    # "POLICE: ..." reads as a small foreign town; a dateline abroad needs the article to name that country.
    abroad = dateline is not None and countries and dateline.country not in countries
    if _small_namesake_elsewhere(dateline, admin1):
        abroad = True  # "BELL —" in a story of a Florida county is no town of another state
    if dateline is not None and dateline.precision == "city" and dateline.text and not abroad:
        # "Kuna man hurt" over "BOISE -": a station's dateline is its home; the headline's town is nearer.
        headline = _headline_town(doc, countries, dateline.admin1)
        if headline is not None and headline.location.geonameid != dateline.geonameid:
            return headline
        at = max(0, doc_text(doc).find(dateline.text))
        return PlaceHit(dateline, at, at + len(dateline.text))
    named: dict[int, PlaceHit] = {}
    votes: Counter[int] = Counter()
    neighbourhoods = article_neighbourhoods(doc)
    lede_end = _lede_end(doc)
    for ent in doc.ents:
        # "Dayton police" is often tagged ORG; in a story set in the state it still names the city.
        as_org = ent.label_ == "ORG" and admin1 is not None and ent.text.istitle()
        as_town = ent.label_ == "LOC" and _lede_town(ent, lede_end)
        if not (ent.label_ == "GPE" or as_org or as_town) or _bare_name(ent).lower() in NOT_PLACES:
            continue
        if _names_outlet(ent) or _elsewhere_than_the_scene(ent) or _names_street(ent) or names_a_corner(ent):
            continue
        if _bare_name(ent) in _article_surnames(doc):
            continue  # "Parker, 37, died" after "Levi J. Parker": a man, not Parker, Arizona
        if _bare_name(ent).lower() in neighbourhoods or _hospital_town(ent):
            # "Englewood" that the article calls a neighbourhood is no town of that name; nor is
            # the town of the hospital the wounded were taken to where it happened.
            continue
        if _state_code(ent.text):
            # "Pa." is a state, not the foreign city that has it as an alternate name.
            continue
        city = resolve_place_name(ent.text, None, countries, admin1)
        if city is None or city.precision != "city" or ((admin1 or as_org) and city.admin1 != admin1):
            continue
        named.setdefault(city.geonameid, PlaceHit(city, ent.start_char, ent.end_char))
        votes[city.geonameid] += 1
    for name, start, end in _police_towns(doc_text(doc)):
        # The town whose police investigate is where a local story is set: it weighs double.
        if name.split()[0].lower() in MODIFIER_STOP or _state_code(name):
            continue
        city = resolve_place_name(name, None, countries | {"US"}, admin1)
        if city is None or city.precision != "city":
            # "Savannah-Chatham Metro Police", "Savannah Chatham Metropolitan Police": a city's force
            # shared with its county
            name, city = _city_of_shared_force(name, countries | {"US"}, admin1)
        if city is None or city.precision != "city" or city.country != "US":
            continue
        if (admin1 and city.admin1 == admin1) or (not admin1 and _sizeable(name, city)):
            named.setdefault(city.geonameid, PlaceHit(city, start, end))
            votes[city.geonameid] += 2
    if not votes and dateline is not None and dateline.precision == "county" and dateline.text and not abroad:
        # "NOXUBEE COUNTY, Miss. -" over "a Columbus teen": the scene's county, not the victim's home
        at = max(0, doc_text(doc).find(dateline.text))
        return PlaceHit(dateline, at, at + len(dateline.text))
    if not votes:
        for name, start, end in _modifier_towns(doc):
            city = resolve_place_name(name, None, countries | {"US"}, admin1)
            if city is not None and city.precision == "city" and city.country == "US":
                if (admin1 and city.admin1 == admin1) or (not admin1 and _meant_alone(name, city)):
                    return PlaceHit(city, start, end)
        return _state_hit(doc, admin1)
    # most_common keeps first-named order among ties
    return named[votes.most_common(1)[0][0]]


def _lede_end(doc: Doc) -> int:
    """The character offset where the headline and lede (the first ``LEDE_LINES`` lines) end."""
    lines = list(itertools.islice(NON_EMPTY_LINE.finditer(doc_text(doc)), LEDE_LINES))
    return lines[-1].end() if lines else 0


def _lede_town(ent: Span, lede_end: int) -> bool:
    """ "in North College Hill" in the lede, tagged LOC: the story's town, when the gazetteer knows
    one by that name ("at the Roosevelt Gardens" is a place in town; a school "in Miami Gardens"
    further down is where a victim studied)."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ == "in" and ent.end_char <= lede_end


def _police_towns(text: str) -> list[tuple[str, int, int]]:
    """The towns whose police the text names ("Zanesville police", "IMPD"), with the offsets of the words."""
    towns = [(m.group(1), m.start(1), m.end(1)) for m in TOWN_POLICE.finditer(text)]
    towns += [(name, start, end) for name, start, end, noun in _towns_with_state(text) if noun in POLICE_NOUNS]
    towns.sort(key=lambda town: town[1])
    return towns + [(FORCE_INITIALS[m.group(1)], m.start(), m.end()) for m in FORCE_INITIALS_RE.finditer(text)]


def _towns_with_state(text: str) -> list[tuple[str, int, int, str]]:
    """Towns written with their state before a local-news noun ("Elmvale, Ohio, police"), with
    the offsets of the town's name and the noun."""
    gaz = get_gazetteer()
    found = []
    for match in TOWN_STATE_MODIFIER.finditer(text):
        state = match.group(2)
        if _state_code(state) or (len(state) == 2 and gaz.state_code(state, abbreviations=True)):
            found.append((match.group(1), match.start(1), match.end(1), match.group(3)))
    return found


def _headline_town(doc: Doc, countries: set[str], admin1: str | None) -> PlaceHit | None:
    """A town of the state named as a modifier in the headline ("Sandy man shoots wife")."""
    first = next((line for line in doc_text(doc).splitlines() if line.strip()), "")
    for name, start, end in _modifier_towns(doc):
        if end > len(first) + doc_text(doc).find(first) or not admin1:
            break
        city = resolve_place_name(name, None, countries | {"US"}, admin1)
        if city is not None and city.precision == "city" and city.admin1 == admin1:
            return PlaceHit(city, start, end)
    return None


def _hospital_town(ent) -> bool:
    """ "a Macon hospital", "Medical Center in Evansville", "flown to Jackson"."""
    doc = ent.doc
    after = {t.lower_ for t in doc[ent.end : ent.end + 2]}
    before = {t.lower_ for t in doc[max(0, ent.start - 4) : ent.start]}
    return bool(after & HOSPITAL_WORDS or before & HOSPITAL_WORDS)


def _modifier_towns(doc: Doc) -> list[tuple[str, int, int]]:
    """Towns named as modifiers in the headline and lede ("Lafayette teen", "DeLand police")."""
    head = doc_text(doc)[: _lede_end(doc)]
    found = []
    named = [(m.group(1), m.start(1), m.end(1)) for m in TOWN_MODIFIER.finditer(head)]
    for name, start, end in sorted(named + [town[:3] for town in _towns_with_state(head)], key=lambda t: t[1]):
        if _state_code(name) or name.lower() in NOT_PLACES or name.split()[0].lower() in MODIFIER_STOP:
            continue
        if COMPASS_ABBREVIATION.search(head[:start]):
            continue  # "teen hurt in N. Elm shooting": North Elm Avenue, a street
        found.append((name, start, end))
    return found


def _meant_alone(name: str, city: Location) -> bool:
    """Whether a town named with no state is meant by its name alone ("Chetek teen"): it is big
    enough, or no other place in the gazetteer bears the name."""
    named = get_gazetteer().cities_named(name)
    return _sizeable(name, city) or (len(named) == 1 and named[0][1] and named[0][0].geonameid == city.geonameid)


def _city_of_shared_force(name: str, countries: set[str], admin1: str | None) -> tuple[str, Location | None]:
    """The city of "Miami-Dade" or "Savannah Chatham": the first name, joined to the county's by a
    hyphen, or written beside it when the second names a county of the city's state."""
    hyphenated = "-" in name
    city_name, _, county = name.replace("-", " ", 1).partition(" ") if hyphenated else name.partition(" ")
    if not county:
        return name, None
    city = resolve_place_name(city_name, None, countries, admin1)
    if city is None or city.precision != "city":
        return name, None
    if not hyphenated and city.admin1 not in get_gazetteer().county_states(f"{county} County"):
        return name, None
    return city_name, city


def _sizeable(name: str, city: Location, least: int = 0) -> bool:
    """A town named with no state must bear the name as its own and be big enough to be meant."""
    named = get_gazetteer().cities_named(name)
    own = [c.population for c, primary in named if primary and c.geonameid == city.geonameid]
    return max(own, default=0) >= max(least, MODIFIER_MIN_POPULATION)


def _state_hit(doc: Doc, admin1: str | None) -> PlaceHit | None:
    """Only the state is known: the state itself (precision admin1), at the words that name it."""
    gaz = get_gazetteer()
    code = gaz.state_code(admin1) if admin1 else None
    if code is None:
        return None
    location = Location(name=admin1, country="US", admin1=admin1, precision="admin1")
    spans = [(e.start_char, e.end_char) for e in doc.ents if _state_code(e.text) == code]
    spans += [(m.start(), m.end()) for m in CITY_POSTAL.finditer(doc_text(doc)) if m.group(2) == code]
    spans += [(m.start(), m.end()) for m in COUNTY_NAME.finditer(doc_text(doc)) if admin1 in _county_states(m)]
    dateline = dateline_place(doc_text(doc), admin1=admin1)
    if dateline is not None and dateline.admin1 == admin1 and dateline.text:
        at = max(0, doc_text(doc).find(dateline.text))
        spans.append((at, at + len(dateline.text)))
    if not spans:
        return None
    start, end = min(spans)
    location.text = doc_text(doc)[start:end]
    # A county of that state the article names is more precise than the state: the one it names
    # most ("Anderson County deputies" over the "Greenville County Detention Center" a suspect is held in).
    counties: dict[str, PlaceHit] = {}
    votes: Counter[str] = Counter()
    for match in COUNTY_NAME.finditer(doc_text(doc)):
        county = _county_in(match, admin1)
        if county is not None:
            counties.setdefault(county.name, PlaceHit(county, match.start(), match.end()))
            votes[county.name] += 1
    return counties[votes.most_common(1)[0][0]] if votes else PlaceHit(location, start, end)


def article_county_hit(doc: Doc) -> PlaceHit | None:
    """The first county the article names that the gazetteer knows ("Union County deputies"), in
    whichever state has the biggest county of that name, else a county the headline or lede names
    without the word as a modifier ("Gwinnett shooting"): for a story that names no town and no
    state (the caller marks the state a guess)."""
    for match in COUNTY_NAME.finditer(doc_text(doc)):
        for name in _county_names(match):
            county = _known_county(name)
            if county is not None:
                return PlaceHit(county, match.start(), match.end())
    for name, start, end in _modifier_towns(doc):
        county = _known_county(f"{name} County") if not get_gazetteer().cities_named(name) else None
        if county is not None:
            return PlaceHit(county, start, end)
    return None


def _known_county(name: str) -> Location | None:
    gaz = get_gazetteer()
    county = gaz.lookup(name, countries={"US"}) if gaz.county_states(name) else None
    return county if county is not None and county.precision == "county" else None


def _county_names(match: re.Match) -> list[str]:
    """The names a ``COUNTY_NAME`` match may give, longest first: "the Tulare County" or "Sheriff
    Tulare County" may be "Tulare County"."""
    words = match.group(1).split()
    return [" ".join([*words[i:], match.group(2)]) for i in range(len(words))]


def _county_in(match: re.Match, admin1: str) -> Location | None:
    gaz = get_gazetteer()
    for name in _county_names(match):
        if admin1 in gaz.county_states(name):
            found = gaz.lookup(name, countries={"US"}, admin1=admin1)
            if found is not None and found.precision == "county" and found.admin1 == admin1:
                return found
    return None


def _county_states(match: re.Match) -> set[str]:
    gaz = get_gazetteer()
    return next((states for name in _county_names(match) if (states := gaz.county_states(name))), set())


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
        if not place.isupper() and not (region and location.admin1) and not _major_place(place, location):
            # "Police -" or "Update -" in title case is a phrase, not a dateline; "Levy County, Fla. -" is one.
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
            return location
    return None


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
    return found


def _major_place(name: str, location: Location) -> bool:
    if location.precision not in {"city", "county"}:
        return True
    big = [c for c, _ in get_gazetteer().cities_named(name) if c.population >= DATELINE_MIN_POPULATION]
    return any(c.geonameid == location.geonameid for c in big)


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
    states = Counter(
        gaz.state_name(code)
        for ent in doc.ents
        if ent.label_ in {"GPE", "LOC"}
        and (code := _state_code(ent.text))
        and not _names_outlet(ent)
        and not _names_street(ent)
        and not _names_county(ent)
        and not _names_a_resident(ent)
        and not _where_caught(ent)
        and ent.text not in _article_surnames(doc)
    )
    states.update(postal_states(doc_text(doc)))
    states.update(_force_states(doc_text(doc)))
    if states:
        # the towns and counties it names vote too: a teaser's "executions in Texas" does not move
        # Orlando, and a suspect "of Leakesville, Mississippi" does not move the Mobile County sheriff
        states.update(_town_votes(doc))
        states.update(_county_votes(doc, station))
    written = states.most_common(1)[0][0] if states else _county_state(doc, station)
    named = written or _phone_state(doc_text(doc)) or home
    if named is None:
        named = _town_state(doc)
        # "MILLBROOK (WXYZ) -" over "shot in south Elmwood": a big city's dateline outranks the state
        # guessed from a town whose name only one sizeable town bears
        big = dateline_place(doc_text(doc)) if named else None
        if big is not None and big.admin1 and big.country == "US" and _major_place(big.name, big):
            named = big.admin1
    dateline = dateline_place(doc_text(doc), admin1=named)
    if dateline is not None and named is None:
        dateline = as_broadcast_reads(dateline, station)
    if dateline is None or dateline.country != "US" or not dateline.admin1:
        return named, False
    if _small_namesake_elsewhere(dateline, named):
        return named, False
    # "FRANKLIN (Feb. 4, 2014) -" gives no state: only a comma outside the brackets brings one
    bare = "," not in PARENTHESES.sub("", dateline.text or "")
    guessed = named is None and bare and with_guessed_state(dateline).state_guessed
    return dateline.admin1, guessed


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


def _small_namesake_elsewhere(dateline: Location | None, admin1: str | None) -> bool:
    """ "BELL —" over a story of Gilchrist County, Fla.: a dateline with no state that the gazetteer
    finds only as a small town of another state names a town it lacks, not that namesake."""
    if dateline is None or not admin1 or dateline.admin1 == admin1 or "," in (dateline.text or ""):
        return False
    return not _major_place(dateline.name, dateline)


def _elsewhere_than_the_scene(ent) -> bool:
    """ "The hunter is from La Crosse", "visiting from Jacksonville", "120 miles north of Kansas City":
    a home or a landmark;
    "police arrested him in Atlanta, Georgia, where he fled": where the suspect was caught."""
    before = [t.lower_ for t in ent.doc[max(0, ent.start - 3) : ent.start]]
    home = len(before) >= 2 and before[-1] == "from" and before[-2] in ORIGIN_WORDS
    # "a cousin who grew up in Elmvale", "recovering at a home in Millbrook"
    home = home or _told_of_elsewhere(ent.root.head)
    bearing = len(before) == 3 and before[-1] == "of" and before[-3] in DISTANCE_UNITS
    return home or bearing or _where_caught(ent)


def _where_caught(ent) -> bool:
    """Whether the name is where a verb of arrest or flight took place ("arrested him in Atlanta")."""
    word = ent.root
    for _ in range(MAX_PLACE_CLIMB):
        if word.head.i == word.i or word.dep_ not in CLIMB_DEPS:
            return False
        word = word.head
        if word.pos_ in {"VERB", "AUX"}:
            return word.lemma_.lower() in CAUGHT_VERBS
    return False


def _names_outlet(ent) -> bool:
    """ "told NBC 4 New York", "The New York Times reported": a place in a news outlet's name
    says where the outlet is, not where the story happened."""
    doc = ent.doc
    before = [t.text for t in doc[max(0, ent.start - 2) : ent.start]]
    after = doc[ent.end].text if ent.end < len(doc) else ""
    if any(w.upper() in MEDIA_BRANDS or CALL_SIGN.match(w) for w in before) or after in MEDIA_NOUNS:
        return True
    # "The Post looked at each shooting": a paper by its short name, not Post, Texas
    return _bare_name(ent) in MEDIA_NOUNS and (ent.text.startswith("The ") or before[-1:] == ["The"])


def _state_code(text: str) -> str | None:
    """A state's name, with "State" or without ("New York State"), or its AP abbreviation ("Pa.",
    "Fla."); a bare two-letter word is no state."""
    gaz = get_gazetteer()
    name = text.removesuffix(" State").removesuffix(" state")
    return gaz.state_code(name) or (gaz.state_code(text, abbreviations=True) if "." in text else None)


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
    article names ("outside Hillsboro in Highland County"), else for the one state on a
    broadcaster's side of the Mississippi (``station``) that has it."""
    gaz = get_gazetteer()
    votes: Counter[str] = Counter()
    shared: list[set[str]] = []
    for match in COUNTY_NAME.finditer(doc_text(doc)):
        for name in _county_names(match):
            location = gaz.lookup(name, countries={"US"})
            states = gaz.county_states(name) if location is not None and not location.admin1 else set()
            if location is None or location.precision != "county" or not (location.admin1 or states):
                continue  # no county the gazetteer knows: "The Mesa County" may be "Mesa County"
            if location.admin1:
                votes[location.admin1] += 1
            else:
                shared.append(states)
            break
    if shared:
        towns = {_bare_name(ent) for ent in doc.ents if ent.label_ == "GPE" and not _state_code(ent.text)}
        for states in shared:
            with_town = {s for s in states if any(_town_in(town, s) for town in towns)}
            on_side = {s for s in states if station and gaz.state_code(s) in station}
            if len(with_town) == 1:
                votes[next(iter(with_town))] += 1
            elif not with_town and len(on_side) == 1:
                votes[next(iter(on_side))] += 1
    return votes


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
    names = [_bare_name(ent) for ent in doc.ents if ent.label_ == "GPE" and not _names_street_or_speaker(ent)]
    # The town whose police investigate weighs double, as it does for the article's city; a
    # county has no police of its own, so a county of the name elsewhere is no rival of it.
    police = [name for name, _start, _end in _police_towns(doc_text(doc))]
    named = [(name, True) for name in names] + [(name, False) for name in police] * 2
    qualified = _qualified_towns(doc_text(doc))
    return Counter(
        state
        for name, counties_rival in named
        if name.lower() not in neighbourhoods
        and not _state_code(name)
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
        code = next((c for w in (" ".join(words[:2]), words[0], words[0].rstrip(".")) if (c := _state_code(w))), None)
        if code is not None and not _state_code(match.group(1)):
            found.setdefault(match.group(1), gaz.state_name(code))
    return found


def _names_street_or_speaker(ent) -> bool:
    """ "Elm Avenue" tagged as "Elm", "the 700 block of Elm": a street, not the town; "Hollis said",
    "Hollis heard the shots": the subject of a verb is a person far more often than a town."""
    speaker = ent.root.dep_ == "nsubj" and ent.root.head.pos_ == "VERB"
    return speaker or _names_street(ent)


def _names_a_resident(ent) -> bool:
    """ "a Texas woman", "an Ohio man": where a person is from, not where the story is set."""
    return ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in PERSON_NOUNS


def _names_county(ent) -> bool:
    """ "Indiana County Coroner" tagged as "Indiana": a county of the name, not the state."""
    return ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in COUNTY_SUFFIXES


def _names_street(ent) -> bool:
    """ "Elm Avenue", "the 700 block of Elm", "at 22nd and Elm", and "the shooting on Elm" where the
    story named Elm Avenue before."""
    if _street_end(ent.sent, ent) is not None:
        return True
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before == "on" and ent.text.lower() in _article_streets(ent.doc)


def _article_surnames(doc: Doc) -> frozenset[str]:
    """Last names of the people the article names in full ("Levi J. Parker")."""
    key = "crosswire.article_surnames"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1)
    return doc.user_data[key]


def _article_streets(doc: Doc) -> frozenset[str]:
    """Lower-cased names the article gives a street ("Kensington Avenue", "block of Utica")."""
    key = "crosswire.article_streets"
    if key not in doc.user_data:
        names = {(m.group(1) or m.group(2)).lower() for m in STREET_NAME.finditer(doc_text(doc))}
        # "block of Kensington Avenue" names Kensington
        doc.user_data[key] = frozenset(
            name.rsplit(" ", 1)[0] if name.rsplit(" ", 1)[-1] in STREET_WORDS else name for name in names
        )
    return doc.user_data[key]


def _town_state_of(name: str, counties_rival: bool = True) -> str | None:
    """ "Winston-Salem" is a town's name; "Savannah-Chatham" (a city and its county) names its city first."""
    state = _unambiguous_town_state(name, counties_rival)
    return state if state or "-" not in name else _unambiguous_town_state(name.split("-")[0], counties_rival)


def _unambiguous_town_state(name: str, counties_rival: bool = True) -> str | None:
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
