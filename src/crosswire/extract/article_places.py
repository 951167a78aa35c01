"""Article-level places: the city a local article is set in (where a street or venue with no town
of its own lies) and the county it names."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from crosswire.extract.article_states import MODIFIER_MIN_POPULATION
from crosswire.extract.datelines import dateline_place, from_a_wire_bureau, small_namesake_elsewhere
from crosswire.extract.gazetteer import get_gazetteer, with_post_office_point
from crosswire.extract.headline import is_title_case
from crosswire.extract.outlet_places import CITY_POSTAL, TOWN_ANYWHERE
from crosswire.extract.place_cues import (
    COUNTY_NAME,
    MODIFIED_NOUNS,
    article_surnames,
    county_names,
    elsewhere_than_the_scene,
    names_hospital,
    names_outlet,
    names_street,
    police_towns,
    stands_for_a_government,
    state_code,
    towns_with_state,
)
from crosswire.extract.place_names import resolve_place_name
from crosswire.extract.place_words import NOT_PLACES
from crosswire.extract.places import PlaceHit, article_neighbourhoods, bare_name, names_a_corner
from crosswire.extract.spans import doc_text
from crosswire.model import Location

__all__ = ["article_city", "article_city_hit", "article_county_hit", "county_force_hit"]

# "N. ", "SW ": a compass point shortened before a street's name.
COMPASS_ABBREVIATION = re.compile(r"\b(?:[NSEW]\.|NE|NW|SE|SW)\s+$")

# "Lafayette teen", "DeLand police": a town named before a local-news noun.
TOWN_MODIFIER = re.compile(rf"(?<![-\w])([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)(?:'s?)? {MODIFIED_NOUNS}")

# "an Athens hospital", "Medical Center in Evansville": where the wounded were taken.
HOSPITAL_WORDS = {"hospital", "medical", "trauma", "clinic", "airlifted", "flown", "transferred", "rushed"}

# Words that open a capitalised run but are no town ("Police: Local man", "A Man ...").
MODIFIER_STOP = set(
    "a an the police local update updated breaking watch video report state county city metro transit "
    "university campus tribal park airport school early late overnight morning afternoon evening night "
    "weekend fatal deadly accidental double triple mass another separate latest".split()
)

# "Elm County police say", "Larch County deputies were called": a county's force investigates.
COUNTY_FORCE = re.compile(
    r"((?:[A-Z][a-z]*[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?\.? ){1,3})(County|Parish|Co\.) "
    r"(?:[Pp]olice|[Dd]eputies|[Ss]heriff(?:'s|\u2019s)?)\b"
)

LEDE_LINES = 3

NON_EMPTY_LINE = re.compile(r"[^\n]*\S[^\n]*")


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
    dateline = _usable_dateline(doc, countries, admin1)
    if dateline is not None and dateline.precision == "city":
        # "Kuna man hurt" over "BOISE -": a station's dateline is its home; the headline's town is nearer.
        headline = _headline_town(doc, countries, dateline.admin1)
        if headline is not None and headline.location.geonameid != dateline.geonameid:
            return headline
        return _dateline_hit(doc, dateline)
    named: dict[int, PlaceHit] = {}
    votes: Counter[int] = Counter()
    for hit, weight in itertools.chain(_named_towns(doc, countries, admin1), _towns_by_police(doc, countries, admin1)):
        named.setdefault(hit.location.geonameid, hit)
        votes[hit.location.geonameid] += weight
    if votes:
        # most_common keeps first-named order among ties
        return named[votes.most_common(1)[0][0]]
    if dateline is not None and dateline.precision == "county":
        # "NOXUBEE COUNTY, Miss. -" over "a Columbus teen": the scene's county, not the victim's home
        return _dateline_hit(doc, dateline)
    return _modifier_town(doc, countries, admin1) or _state_hit(doc, admin1)


def _usable_dateline(doc: Doc, countries: set[str], admin1: str | None) -> Location | None:
    """The article's dateline place, unless it lies abroad or is a wire bureau's or far namesake's."""
    dateline = dateline_place(doc_text(doc), admin1=admin1)
    if dateline is None or not dateline.text:
        return None
    if countries and dateline.country not in countries:
        return None  # "POLICE: ..." reads as a small foreign town; abroad needs the article to name the country
    if small_namesake_elsewhere(dateline, admin1):
        return None  # "BELL —" in a story of a Florida county is no town of another state
    if admin1 and dateline.admin1 != admin1 and from_a_wire_bureau(dateline):
        return None  # "BOSTON (Reuters) -" over a story the article sets in Maine: the bureau's city
    return dateline


def _dateline_hit(doc: Doc, dateline: Location) -> PlaceHit:
    at = max(0, doc_text(doc).find(dateline.text))
    return PlaceHit(dateline, at, at + len(dateline.text))


def _named_towns(doc: Doc, countries: set[str], admin1: str | None) -> Iterator[tuple[PlaceHit, int]]:
    """Each mention of a town in the article's state (any town where none is told), one vote each."""
    neighbourhoods = article_neighbourhoods(doc)
    lede_end = _lede_end(doc)
    for ent in doc.ents:
        # "Dayton police" is often tagged ORG; in a story set in the state it still names the city.
        as_org = ent.label_ == "ORG" and admin1 is not None and ent.text.istitle()
        as_town = ent.label_ == "LOC" and _lede_town(ent, lede_end)
        if not (ent.label_ == "GPE" or as_org or as_town) or _not_the_scene(ent, doc, neighbourhoods):
            continue
        city = resolve_place_name(ent.text, None, countries, admin1)
        if city is None or city.precision != "city" or ((admin1 or as_org) and city.admin1 != admin1):
            continue
        yield PlaceHit(city, ent.start_char, ent.end_char), 1


def _not_the_scene(ent: Span, doc: Doc, neighbourhoods: frozenset[str]) -> bool:
    """A name that places no incident: an outlet, a street, a surname, a hospital's town, a state."""
    if bare_name(ent).lower() in NOT_PLACES:
        return True
    if names_outlet(ent) or elsewhere_than_the_scene(ent) or names_street(ent) or names_a_corner(ent):
        return True
    if stands_for_a_government(ent):
        return True  # "Why Beijing will bring slaughter": the government, not the scene
    if bare_name(ent) in article_surnames(doc):
        return True  # "Parker, 41, died" after "Sam T. Parker": a man, not Parker, Arizona
    if bare_name(ent).lower() in neighbourhoods or _hospital_town(ent) or names_hospital(ent):
        # "Englewood" that the article calls a neighbourhood is no town of that name; nor is
        # the town of the hospital the wounded were taken to where it happened, nor the hospital.
        return True
    # "Pa." is a state, not the foreign city that has it as an alternate name.
    return bool(state_code(ent.text))


def _towns_by_police(doc: Doc, countries: set[str], admin1: str | None) -> Iterator[tuple[PlaceHit, int]]:
    """The town whose police investigate is where a local story is set: it weighs double."""
    for name, start, end in police_towns(doc_text(doc)):
        if name.split()[0].lower() in MODIFIER_STOP or state_code(name):
            continue
        city = resolve_place_name(name, None, countries | {"US"}, admin1)
        if city is None or city.precision != "city":
            # "Elmvale-Larch Metro Police", "Elmvale Larch Metropolitan Police": a city's force
            # shared with its county
            name, city = _city_of_shared_force(name, countries | {"US"}, admin1)
        if city is None or city.precision != "city" or city.country != "US":
            continue
        # "(WMC) - Memphis police arrested ..." on a Georgia site: a big city's force works at home
        big_elsewhere = admin1 and city.admin1 != admin1 and _sizeable(name, city, TOWN_ANYWHERE)
        if (admin1 and city.admin1 == admin1) or (not admin1 and _sizeable(name, city)) or big_elsewhere:
            yield PlaceHit(city, start, end), 2


def _modifier_town(doc: Doc, countries: set[str], admin1: str | None) -> PlaceHit | None:
    """ "Lafayette teen": a town named only before a local-news noun; one too small for the city
    tables when the Postal Service has a town of that name in the story's state."""
    for name, start, end in _modifier_towns(doc):
        city = _modifier_city(doc, name, start, end, countries, admin1)
        if city is not None and city.precision == "city" and city.country == "US":
            if (admin1 and city.admin1 == admin1) or (not admin1 and _meant_alone(name, city)):
                return PlaceHit(city, start, end)
    return None


def _modifier_city(
    doc: Doc, name: str, start: int, end: int, countries: set[str], admin1: str | None
) -> Location | None:
    """The town a name before a local-news noun stands for: one of the gazetteer's, else the Postal
    Service's town of that name in the story's state."""
    return resolve_place_name(name, None, countries | {"US"}, admin1) or _post_office_town(doc, start, end, admin1)


def _post_office_town(doc: Doc, start: int, end: int, admin1: str | None) -> Location | None:
    """The Postal Service's town of the name at ``start:end`` in the story's state ("Pine Hollow
    man"), if it has one and the words are a name: many towns bear a word's name ("Young man",
    "White man"), and a title-case line capitalises every word."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if not admin1 or words is None or is_title_case(words.sent.text):
        return None
    if any(t.pos_ != "PROPN" for t in words):
        return None
    name = doc_text(doc)[start:end]
    town = with_post_office_point(Location(name=name, country="US", admin1=admin1, precision="city", text=name))
    return town if town.lat is not None else None


def _lede_end(doc: Doc) -> int:
    """The character offset where the headline and lede (the first ``LEDE_LINES`` lines) end."""
    lines = list(itertools.islice(NON_EMPTY_LINE.finditer(doc_text(doc)), LEDE_LINES))
    return lines[-1].end() if lines else 0


def _lede_town(ent: Span, lede_end: int) -> bool:
    """ "in Pine Hollow Heights" in the lede, tagged LOC: the story's town, when the gazetteer knows
    one by that name ("at the Birch Gardens" is a place in town; a school "in Miami Gardens"
    further down is where a victim studied)."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ == "in" and ent.end_char <= lede_end


def _headline_town(doc: Doc, countries: set[str], admin1: str | None) -> PlaceHit | None:
    """A town of the state named as a modifier in the headline ("Sandy man shoots wife")."""
    first = next((line for line in doc_text(doc).splitlines() if line.strip()), "")
    for name, start, end in _modifier_towns(doc):
        if end > len(first) + doc_text(doc).find(first) or not admin1:
            break
        city = _modifier_city(doc, name, start, end, countries, admin1)
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
    for name, start, end in sorted(named + [town[:3] for town in towns_with_state(head)], key=lambda t: t[1]):
        if state_code(name) or name.lower() in NOT_PLACES or name.split()[0].lower() in MODIFIER_STOP:
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
    """The city of "Miami-Dade" or "Elmvale Larch": the first name, joined to the county's by a
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
    return get_gazetteer().own_population(name, city.geonameid) >= max(least, MODIFIER_MIN_POPULATION)


def _state_hit(doc: Doc, admin1: str | None) -> PlaceHit | None:
    """Only the state is known: the state itself (precision admin1), at the words that name it."""
    gaz = get_gazetteer()
    code = gaz.state_code(admin1) if admin1 else None
    if code is None:
        return None
    location = Location(name=admin1, country="US", admin1=admin1, precision="admin1")
    spans = [(e.start_char, e.end_char) for e in doc.ents if state_code(e.text) == code]
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
    # most ("Elm County deputies" over the "Larch County Detention Center" a suspect is held in).
    counties: dict[str, PlaceHit] = {}
    votes: Counter[str] = Counter()
    for match in COUNTY_NAME.finditer(doc_text(doc)):
        county = _county_in(match, admin1)
        if county is not None:
            counties.setdefault(county.name, _county_hit(county, match))
            votes[county.name] += 1
    return counties[votes.most_common(1)[0][0]] if votes else PlaceHit(location, start, end)


def article_county_hit(doc: Doc) -> PlaceHit | None:
    """The first county the article names that the gazetteer knows ("Elm County deputies"), in
    whichever state has the biggest county of that name, else a county the headline or lede names
    without the word as a modifier ("Gwinnett shooting"): for a story that names no town and no
    state (the caller marks the state a guess)."""
    for match in COUNTY_NAME.finditer(doc_text(doc)):
        for name in county_names(match):
            county = _known_county(name)
            if county is not None:
                return _county_hit(county, match)
    for name, start, end in _modifier_towns(doc):
        county = _known_county(f"{name} County") if not get_gazetteer().cities_named(name) else None
        if county is not None:
            return PlaceHit(county, start, end)
    return None


def county_force_hit(doc: Doc, admin1: str | None) -> PlaceHit | None:
    """The county in ``admin1`` whose police or sheriff the article names first: the scene lies in
    that county, outside the towns with forces of their own."""
    if admin1 is None:
        return None
    key = ("crosswire.county_force", admin1)
    if key not in doc.user_data:
        doc.user_data[key] = _county_force_hit(doc, admin1)
    return doc.user_data[key]


def _county_force_hit(doc: Doc, admin1: str) -> PlaceHit | None:
    for match in COUNTY_FORCE.finditer(doc_text(doc)):
        county = _county_in(match, admin1)
        if county is not None and county.lat is not None:
            return _county_hit(county, match)
    return None


def _county_hit(county: Location, match: re.Match) -> PlaceHit:
    """The county at the words that name it: the end of the match ("Road. Elm County")."""
    end = match.end(2)
    return PlaceHit(county, end - len(county.text or county.name), end)


def _known_county(name: str) -> Location | None:
    gaz = get_gazetteer()
    county = gaz.lookup(name, countries={"US"}) if gaz.county_states(name) else None
    return county if county is not None and county.precision == "county" else None


def _county_in(match: re.Match, admin1: str) -> Location | None:
    gaz = get_gazetteer()
    for name in county_names(match):
        if admin1 in gaz.county_states(name):
            found = gaz.lookup(name, countries={"US"}, admin1=admin1)
            if found is not None and found.precision == "county" and found.admin1 == admin1:
                return found
    return None


def _county_states(match: re.Match) -> set[str]:
    gaz = get_gazetteer()
    return next((states for name in county_names(match) if (states := gaz.county_states(name))), set())
