"""Places of incidents: toponyms found in sentences and resolved through the gazetteer.

A place of an incident is a name the text introduces with a locative word ("in", "near",
"on the outskirts of") or a dateline. Names used as actors ("U.S. forces", "Russia has said")
and nationality adjectives are not places. "City, Region" chains read the region to choose
the city; a venue or a street attaches to the city the same phrase names.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from crosswire.extract.gazetteer import (
    ADMIN1_SUFFIXES,
    MAJOR_CITY_POPULATION,
    STATE_REGION_WORDS,
    Gazetteer,
    get_gazetteer,
    same_place_km,
)
from crosswire.extract.numbers import parse_number
from crosswire.extract.place_names import CONTEXT_CITY_POPULATION, resolve_place_name, unknown_place
from crosswire.extract.place_words import (
    ACTOR_HEADS,
    AFTERMATH_VERBS,
    AFTERMATH_WORDS,
    CASE_VERSUS,
    CAUGHT_VERBS,
    CITY_TAILS,
    CORNER_WORDS,
    DIRECTIONS,
    EVENTS_OF_A_PLACE,
    HEADINGS,
    HOME_NOUNS,
    INCIDENT_NOUNS,
    JOINABLE,
    LOCATIVE_WORDS,
    MISLABELS,
    NEIGHBOURHOOD_NAME,
    NEIGHBOURHOOD_NOUNS,
    NOT_PLACES,
    NOT_TOWN_WORDS,
    OF_HEADS,
    ONE_OF_THE_CITY,
    ORDINAL_STREET,
    PLACE_LABELS,
    RESIDENCE_VERBS,
    SETTING_WORDS,
    SIDE_PREFIX,
    STREET_PLURALS,
    STREET_WORDS,
    TIME_LABELS,
    TOWN_OF,
    TOWNSHIP_WORDS,
    VENUE_NOUNS,
    WEAK_WORDS,
    WEEKDAY_NAMES,
)
from crosswire.extract.spans import doc_text, sentence_ents
from crosswire.model import Location

__all__ = [
    "Gazetteer",
    "PlaceHit",
    "find_places",
    "get_gazetteer",
    "same_place_km",
]

LOGGER = logging.getLogger(__name__)

CORNER_REACH = 6
# Words of a corner's second street named bare before its incident ("the Elm and Martin Luther shootout").
CORNER_NAME_WORDS = 2

# Words a place name cut from a title-case run keeps at least ("South Philly"), so that a lone
# capitalised adjective ("Accidental Shooting Hurts ...") is no place.
MIN_CUT_NAME_TOKENS = 2

TITLE_CASE_MIN_WORDS = 3

MAX_SETTING_WORDS = 5

MAX_CHAIN_TOKENS = 4

# "about 30 miles north of", "some twenty miles southwest of": written right before a town's name.
DISTANCE_OF = re.compile(
    r"\b((?:\d+|[a-z]+)(?:[- ][a-z]+)?)[- ]miles? (north|south|east|west|northeast|northwest|southeast|southwest)"
    r"(?:ern)? of\s*$",
    re.IGNORECASE,
)
KM_PER_MILE = 1.609344
KM_PER_DEGREE = 111.2  # of latitude, and of longitude at the equator

# "the Elmvale suburbs", "Elmvale's western suburbs": a city named for the suburbs around it.
SUBURB_NOUNS = {"suburb", "suburbs"}
# "the Elmvale nightclub": nouns after a name that make it a venue's; a neighbourhood's, a village's
# or a district's may be a town's own ("the Pine Hollow village").
NAMED_VENUE_NOUNS = VENUE_NOUNS - NEIGHBOURHOOD_NOUNS - {"village", "district"}


@dataclass(slots=True)
class PlaceHit:
    """A resolved place and the offsets (in ``sent.doc.text``) of the words it came from."""

    location: Location
    start: int
    end: int


# -- locative test ------------------------------------------------------------------------
def _locative_word(sent: Span, start: int) -> Token | None:
    """The locative word that introduces the name starting at token ``start``, if any."""
    doc = sent.doc
    i, skipped = start - 1, 0
    while i >= sent.start and skipped <= MAX_SETTING_WORDS:
        tok = doc[i]
        low = tok.lower_
        if tok.is_space:
            i -= 1
            continue
        if low == "of" and i > sent.start and doc[i - 1].lower_ in OF_HEADS:
            i, skipped = i - 1, skipped + 1
            continue
        if low in LOCATIVE_WORDS and low not in WEAK_WORDS:
            return tok
        if low in {"on", "off"} and i + 1 < start and doc[i + 1].lower_ == "the":
            # "on the outskirts of", "off the coast of" but not "on Russia" (a target).
            return tok
        if low in SETTING_WORDS or tok.pos_ in {"ADJ", "DET", "NUM"} or tok.ent_type_ == "NORP":
            i, skipped = i - 1, skipped + 1
            continue
        return None
    return None


def _is_actor(span: Span) -> bool:
    """A name standing for a government or its people: "U.S. forces", "Moscow officials"."""
    root = span.root
    head = root.head
    if root.dep_ in {"compound", "amod", "nmod", "poss"} and span.end <= head.i <= span.end + 2:
        # "in a Memphis nightclub" places the nightclub; "U.S. forces" is an actor.
        if head.lower_ in VENUE_NOUNS or head.lower_ in OF_HEADS or head.ent_type_ in TIME_LABELS:
            return False  # "in Elmvale Monday night": the parse hangs the town on the time
        if head.lemma_.lower() in EVENTS_OF_A_PLACE:
            return False  # "killed in Iran unrest": where the unrest was
        return head.lower_ in ACTOR_HEADS or head.pos_ == "NOUN"
    return False


# -- candidates -----------------------------------------------------------------------------
def _candidates(sent: Span) -> list[Span]:
    """Entities that may be places, plus proper-noun runs right after a locative word."""
    spans = []
    doc = sent.doc
    for ent in sentence_ents(sent):
        if ent.label_ in PLACE_LABELS or ent.label_ in MISLABELS:
            while len(ent) > 1 and ent[-1].lower_ in WEEKDAY_NAMES:
                ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)  # "Elmvale Saturday": the town
            if ent.end < sent.end and doc[ent.end].lower_.rstrip(".") in TOWNSHIP_WORDS:
                ent = Span(doc, ent.start, ent.end + 1, label=ent.label_)  # "Maple Twp park"
            spans.extend(_split_at_locative(ent))
    taken = {t.i for e in spans for t in e}
    for tok in sent:
        if tok.i in taken or tok.pos_ != "PROPN" or not tok.is_title:
            continue
        if tok.i > sent.start and doc[tok.i - 1].pos_ == "PROPN":
            continue
        end = tok.i + 1
        # "in Elmvale Monday night": a day or time that follows ends the name
        while end < sent.end and _name_goes_on(doc[end], taken):
            end += 1
            if doc[end - 1].lower_ in STREET_WORDS:
                break  # "Alder Street Sunday night": the street ends the name
        # Unlabelled runs count only if the gazetteer knows them (see _place_hit).
        spans.append(Span(doc, tok.i, end, label="PROPN_RUN"))
    return _joined_names(sorted((s for s in spans if not _party_to_a_case(s)), key=lambda s: s.start))


def _party_to_a_case(span: Span) -> bool:
    """ "Baker v. Wingo", "the State vs. Roe": a party to a court case, not a place."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in CASE_VERSUS


def _name_goes_on(tok: Token, taken: set[int]) -> bool:
    """Whether a proper-noun run goes on with this word (a day or a time ends it)."""
    return tok.pos_ == "PROPN" and tok.i not in taken and tok.ent_type_ not in TIME_LABELS


def _joined_names(spans: list[Span]) -> list[Span]:
    """ "in Auburn Gresham", tagged "Auburn" and a person "Gresham": two candidates side by side
    that the gazetteer knows as one place are that place."""
    gaz = get_gazetteer()
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.end == span.start and prev.label_ in JOINABLE and span.label_ in JOINABLE:
            joined = Span(span.doc, prev.start, span.end, label="GPE")
            found = gaz.lookup(joined.text)
            if found is not None and found.precision in ("city", "county") and found.lat is not None:
                out[-1] = joined
                continue
        out.append(span)
    return out


def _skip_space(sent: Span, i: int) -> int:
    """The index of the first token at or after ``i`` that is not whitespace."""
    while i < sent.end and sent.doc[i].is_space:
        i += 1
    return i


def _split_at_locative(ent: Span) -> list[Span]:
    """ "Kant near Bishkek" tagged as one entity -> "Kant", "Bishkek"."""
    for tok in ent[1:-1]:
        if tok.lower_ in {"near", "in", "outside"}:
            doc = ent.doc
            return [
                Span(doc, ent.start, tok.i, label=ent.label_),
                Span(doc, tok.i + 1, ent.end, label="GPE"),
            ]
    return [ent]


def _chain_region(sent: Span, span: Span) -> Span | None:
    """The "Region" of "City, Region" ("Gary, Ind.", "Krasnogorsk, Moscow Oblast")."""
    doc = sent.doc
    i = _skip_space(sent, span.end)
    if i + 1 >= sent.end or doc[i].text != ",":
        return None
    i = _skip_space(sent, i + 1) - 1
    first = doc[i + 1]
    if first.ent_type_ in {"GPE", "LOC"}:
        end = i + 1
        while end < sent.end and doc[end].ent_type_ in {"GPE", "LOC"} and end - i <= MAX_CHAIN_TOKENS:
            end += 1
            if doc[end - 1].ent_iob_ == "B" and end - 1 > i + 1:
                end -= 1
                break
        # "Moscow Oblast" where the model tagged only "Moscow"; a US state needs no suffix, and
        # "Elm County, North Carolina state that ..." is a verb
        if (
            end < sent.end
            and doc[end].lower_ in ADMIN1_SUFFIXES
            and not get_gazetteer().state_code(doc[i + 1 : end].text)
        ):
            end += 1
        region = doc[i + 1 : end]
        return None if _names_the_next_noun(region) else region
    gaz = get_gazetteer()
    if first.is_title or first.is_upper:
        if gaz.state_code(first.text, abbreviations=True) and ("." in first.text or first.is_upper):
            return doc[i + 1 : i + 2]
    end = i + 1
    while end < sent.end and end - i <= MAX_CHAIN_TOKENS and (doc[end].is_title or doc[end].is_upper):
        end += 1
    for stop in range(end, i + 1, -1):
        if gaz.region(doc[i + 1 : stop].text) is not None:
            return doc[i + 1 : stop]
    return None


def _names_the_next_noun(region: Span) -> bool:
    """ "in Elmwood, Millbrook police said": a town that modifies the noun after it ("Millbrook police")
    starts another phrase; it is no region of the place before the comma. A state or a country
    ("Gary, Ind., police") stays the region."""
    last = region[-1]
    if last.dep_ != "compound" or last.head.i < region.end:
        return False
    gaz = get_gazetteer()
    return gaz.state_code(region.text, abbreviations=True) is None and gaz.country_code(region.text) is None


def _venue_city(sent: Span, span: Span) -> Span | None:
    """The city a venue or street is placed in by the same phrase ("X in Krasnogorsk")."""
    doc = sent.doc
    i = _skip_space(sent, span.end)
    if i < sent.end and doc[i].text == ",":
        i = _skip_space(sent, i + 1)
    if i < sent.end and doc[i].lower_ in {"in", "near", "outside", "at"}:
        for ent in sentence_ents(sent):
            if ent.start > i and ent.start <= i + MAX_SETTING_WORDS and ent.label_ in {"GPE", "LOC"}:
                corner = doc[i].lower_ in {"near", "at"} and _joined_to_a_name(sent, ent)
                return None if corner else ent  # "Quarry Street, near Larch and Pine": a corner, no town
    return None


def _joined_to_a_name(sent: Span, span: Span) -> bool:
    """Whether "and" and another capitalised name follow the span ("Craig and Lamb")."""
    doc = sent.doc
    return span.end + 1 < sent.end and doc[span.end].lower_ == "and" and doc[span.end + 1].is_title


def _reference_end(sent: Span, end: int) -> int:
    """Extend over a reference point that follows the place ("Kant near Bishkek")."""
    doc = sent.doc
    nxt = _skip_space(sent, end)
    after = _skip_space(sent, nxt + 1)
    if after < sent.end and doc[nxt].lower_ in {"near", "outside"} and doc[after].is_title:
        end = after
        while end < sent.end and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
    return end


def _attach_venues(sent: Span, hits: list[PlaceHit], countries: set[str], admin1: str | None) -> list[PlaceHit]:
    """A venue the gazetteer cannot place goes to the city the sentence names, if any."""
    located = [h for h in hits if h.location.precision in {"city", "county"}]
    out = []
    for hit in hits:
        if hit.location.precision not in {"venue", None}:
            out.append(hit)
            continue
        if located:
            town = _town_in_county(sent.doc, hit, located[0].location)
            if town is not None:
                out.append(town)
            continue
        streets = [(h.start, h.end) for h in hits if h.location.precision in {"venue", None}]
        city, named_at = _sentence_city(sent, countries, admin1, streets)
        city = city or _sheriffs_county(sent.doc, hit, _article_city_of(sent.doc, countries, admin1))
        town = _town_in_county(sent.doc, hit, city) if city is not None else None
        away = _distance_from(sent, named_at) if city is not None and named_at is not None else None
        if away is not None and city.lat is not None:
            hit.location = _away_from(hit.location, city, *away)
        elif town is not None:
            hit = town
        elif city is not None and city.precision == "admin1":
            # Only the state is known: the street lies in it, and no town is made up for it.
            hit.location.country, hit.location.admin1 = city.country, city.admin1
        elif city is not None:
            hit.location = Location(**{**city.as_dict(), "text": hit.location.text})
        out.append(hit)
    return out


def _sheriffs_county(doc: Doc, hit: PlaceHit, city: Location | None) -> Location | None:
    """ "ELMVALE, Wis." over "the Elm County Sheriff's Office ... in Pine Hollow": a town the
    gazetteer lacks, in a story whose county force is another county's than the article's city,
    lies in that county; the city is the station's home, not the scene's. Parts of the city
    itself ("in Englewood" with "Cook County deputies") stay in the city."""
    if city is None or city.precision != "city" or hit.location.precision is not None:
        return city
    # Imported here: article_places builds on this module's sentence-level readers.
    from crosswire.extract.article_places import county_force_hit

    force = county_force_hit(doc, city.admin1)
    if force is None or city.lies_in_county(force.location):
        return city
    return force.location


def _town_in_county(doc: Doc, hit: PlaceHit, county: Location) -> PlaceHit | None:
    """ "in Pine Hollow, a small town in Elm County": a place name the gazetteer lacks, in a story
    set in a county, is a small town of that county; it keeps its own name, the county as admin2."""
    name = TOWN_OF.sub("", hit.location.name or "").strip()
    words = name.lower().split()
    # "near Willow Point": a name of two words or more the model took for a facility may be the town
    unplaced = hit.location.precision is None or (hit.location.precision == "venue" and len(words) > 1)
    if county.precision != "county" or not unplaced or not words:
        return None
    if words[-1] in VENUE_NOUNS | NEIGHBOURHOOD_NOUNS | NOT_TOWN_WORDS | STREET_WORDS:
        return None
    at = doc_text(doc).find(name, hit.start, hit.end)
    tokens = doc.char_span(at, at + len(name), alignment_mode="expand") if at >= 0 else None
    if tokens is None or any(t.pos_ != "PROPN" for t in tokens):
        return None
    if _title_case(tokens.sent) and doc_text(doc).count(name) < 2:
        # "Shooting near Elm Grove Identified": a headline capitalises every word, so a name read
        # there counts only where the story names it again.
        return None
    return PlaceHit(_in_county(Location(name=name, text=hit.location.text), county), hit.start, hit.end)


def _in_county(town: Location, county: Location) -> Location:
    """A town the gazetteer lacks, as a town of ``county``: its own name, the county as admin2."""
    place = {"country": county.country, "admin1": county.admin1, "admin2": county.admin2 or county.name}
    return Location(**{**town.as_dict(), **place, "precision": "city"})


def _title_case(sent: Span) -> bool:
    """A headline in title case: every word but the short function words capitalised."""
    words = [t for t in sent if t.is_alpha and not t.is_stop and t.lower_ not in LOCATIVE_WORDS]
    return len(words) >= TITLE_CASE_MIN_WORDS and all(t.text[0].isupper() for t in words)


def _distance_from(sent: Span, named_at: Span) -> tuple[float, str] | None:
    """The miles and the compass point of "about 30 miles north of" written before a town's name."""
    before = doc_text(sent.doc)[sent.start_char : named_at.start_char]
    match = DISTANCE_OF.search(before)
    miles = parse_number(match.group(1)) if match is not None else None
    return (float(miles), match.group(2).lower()) if miles else None


def _away_from(place: Location, city: Location, miles: float, point: str) -> Location:
    """ "his home in Pine Hollow, some 40 miles west of Tulsa": the place the gazetteer lacks
    lies that far from the town, in its state: the point there, not the town's own."""
    km = miles * KM_PER_MILE
    north = (1 if "north" in point else -1 if "south" in point else 0) * km
    east = (1 if "east" in point else -1 if "west" in point else 0) * km
    if north and east:
        north, east = north / math.sqrt(2), east / math.sqrt(2)
    lat = city.lat + north / KM_PER_DEGREE
    lon = city.lon + east / (KM_PER_DEGREE * math.cos(math.radians(city.lat)))
    where = {"country": city.country, "admin1": city.admin1, "lat": round(lat, 5), "lon": round(lon, 5)}
    return Location(**{**place.as_dict(), **where, "precision": place.precision or "city"})


def _sentence_city(
    sent: Span, countries: set[str], admin1: str | None, streets: list[tuple[int, int]]
) -> tuple[Location | None, Span | None]:
    """The first town the sentence names, outside the streets it names ("the 7700 block of Utica"
    names a street, not Utica, New York), with the words that name it."""
    for ent in sentence_ents(sent):
        if ent.label_ not in {"GPE", "LOC"} or bare_name(ent).lower() in article_neighbourhoods(sent.doc):
            continue
        if any(start <= ent.start_char and ent.end_char <= end for start, end in streets):
            continue
        if names_a_corner(ent) or street_end(sent, ent) is not None:
            continue  # "the 3200 blocks of Larch and Quarry Avenues": streets, not towns
        if _home_of_a_person(ent):
            continue
        city = resolve_place_name(ent.text, None, countries, admin1)
        if city is not None and city.precision in {"city", "county"}:
            return city, ent
    return None, None


def _phrase_start(word: Token, name_start: int) -> int:
    """Token index where the words naming the place begin: "a concert hall near Moscow"."""
    head = word.head
    if head.i < word.i and (head.lower_ in VENUE_NOUNS or head.ent_type_ in {"FAC", "ORG"}):
        return min([head.i] + [t.i for t in head.lefts])
    return min(word.i, name_start)


def _hit(
    sent: Span, words_start: int, span: Span, region: Span | None, countries: set[str], admin1: str | None
) -> PlaceHit:
    doc = sent.doc
    end_tok = _reference_end(sent, region.end if region is not None else span.end)
    # "the Town of Maple Bend", "the City of Maple Bend": the town's own name follows.
    name = TOWN_OF.sub("", span.text) or span.text
    if len(span) > 1 and span[0].is_lower and span[0].lower_ in DIRECTIONS:
        name = span[1:].text  # "north Harris County", "southeast DC": a part of the place named
    part = _state_part_before(sent, span)
    if part is not None:
        location = get_gazetteer().lookup(f"{part} {name}", countries=countries)
    else:
        location = resolve_place_name(name, region.text if region is not None else None, countries, admin1)
    if (location is None or location.precision is None) and len(span) > 1 and span[0].lower_ in DIRECTIONS:
        # "West Philadelphia" is a part of Philadelphia.
        location = _city_part_of(span[1:].text, region, countries, admin1) or location
    if (location is None or location.precision is None) and len(span) > 1 and span[-1].lower_ in CITY_TAILS:
        # "New Orleans East" is a part of New Orleans; "York City" is York.
        location = _city_part_of(span[:-1].text, region, countries, admin1) or location
    owner = next((t.i for t in span[1:] if t.tag_ == "POS"), None)
    if owner is not None and (location is None or location.precision in (None, "admin1")):
        # "San Francisco's Mission District" is a part of San Francisco.
        location = _city_part_of(sent.doc[span.start : owner].text, region, countries, admin1) or location
    if location is None:
        region_loc = get_gazetteer().lookup(region.text) if region is not None else None
        location = unknown_place(name, countries, region_loc, admin1)
        if span.label_ == "FAC" or _named_venue(sent, span):
            location.precision = "venue"
    if location.precision is None and span.label_ in {"GPE", "LOC"} and region is not None:
        # "in Pine Hollow, Tennessee", "in Elmvale, Larch County": a town the gazetteer lacks, placed by the text
        location = _town_of_region(location, region, countries, admin1)
    # "in the Elmvale suburbs": the words keep the suburbs, so that a town the story names outranks them
    end_tok = max(end_tok, _suburbs_end(sent, span) or 0)
    start_char = doc[words_start].idx
    end_char = doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
    location.text = doc[words_start:end_tok].text
    return PlaceHit(location, start_char, end_char)


def _named_venue(sent: Span, span: Span) -> bool:
    """ "outside the Elmvale nightclub": a name the gazetteer lacks, between "the" and a venue's
    noun, names the venue, not a town."""
    doc = sent.doc
    if span.start <= sent.start or span.end >= sent.end or doc[span.start - 1].lower_ != "the":
        return False
    return doc[span.end].lower_ in NAMED_VENUE_NOUNS


def _suburbs_end(sent: Span, span: Span) -> int | None:
    """Where "in the Elmvale suburbs", "in Elmvale's western suburbs" or "an Elmvale suburb" ends:
    the city names the suburbs around it, not the place itself ("suburban Elmvale" is Elmvale, a
    suburb); None when the name is not followed by its suburbs."""
    doc = sent.doc
    i = span.end
    if i < sent.end and doc[i].tag_ == "POS":
        i += 1
    if i < sent.end and doc[i].pos_ == "ADJ":
        i += 1
    return i + 1 if i < sent.end and doc[i].lower_ in SUBURB_NOUNS else None


def _state_part_before(sent: Span, span: Span) -> str | None:
    """ "in western New York", "upstate New York": the part of a state the word before names, where
    the model tagged only the state's name (a name that is also a city's)."""
    if span.start <= sent.start or get_gazetteer().state_code(span.text) is None:
        return None
    before = sent.doc[span.start - 1]
    return before.lower_ if before.is_lower and before.lower_ in STATE_REGION_WORDS else None


def _town_of_region(town: Location, region: Span, countries: set[str], admin1: str | None) -> Location:
    """A name the gazetteer lacks, set in a state or a county by the text: a town there."""
    gaz = get_gazetteer()
    if gaz.state_code(region.text, abbreviations=True) is not None:
        return Location(**{**town.as_dict(), "precision": "city"})
    county = gaz.lookup(region.text, countries=countries, admin1=admin1)
    return _in_county(town, county) if county is not None and county.precision == "county" else town


def _city_part_of(name: str, region: Span | None, countries: set[str], admin1: str | None) -> Location | None:
    """The city a part ("West Philadelphia", "New Orleans East") belongs to: only a big city's own
    name is split off so; "South Side" or "Elm Harbor City" is no part of a small town called "Side"."""
    part = resolve_place_name(name, region.text if region is not None else None, countries, admin1)
    if part is None or part.precision != "city" or (countries and part.country not in countries):
        return None
    named = [(c.population, own) for c, own in get_gazetteer().cities_named(name) if c.geonameid == part.geonameid]
    # a big city's own name, or another name of a very big one ("Southeast D.C.", "South Philly")
    big = any(size >= (CONTEXT_CITY_POPULATION if own else MAJOR_CITY_POPULATION) for size, own in named)
    return part if big else None


def _venue_hit(sent: Span, words_start: int, name_start: int, end: int) -> PlaceHit:
    """A street or neighbourhood the gazetteer cannot place; a city is attached later."""
    doc = sent.doc
    start_char, end_char = doc[words_start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    if doc[name_start].lower_ == "the" and name_start + 1 < end:
        name_start += 1  # "in the Lower 5th Ward": the article is no part of the name
    name = doc[name_start:end].text
    location = Location(name=name, precision="venue", text=doc[words_start:end].text)
    return PlaceHit(location, start_char, end_char)


def find_places(sent: Span, *, context_countries: set[str] = frozenset(), admin1: str | None = None) -> list[PlaceHit]:
    """Places of the sentence that the text introduces as locations, in text order.

    ``context_countries`` (alpha-2) settle ambiguous names; ``admin1`` (the article's state or
    region, optional) is preferred for bare city names when a city of that name lies in it.
    """
    countries = set(context_countries)
    hits: list[PlaceHit] = []
    used: set[int] = set()
    for span in map(_before_incident_noun, _candidates(sent)):
        if span.start in used or span.label_ == "NORP" and span.root.pos_ != "PROPN":
            continue
        if bare_name(span).lower() in NOT_PLACES or span[-1].lemma_.lower() in INCIDENT_NOUNS:
            continue  # "Uncle Charged in Accidental Shooting of Nephew": the incident, capitalised, is no place
        word = _locative_word(sent, span.start)
        if word is None or _is_actor(span) or told_of_elsewhere(word) or _bare_corner(sent, span, word):
            continue
        hit = _place_hit(sent, span, word, countries, admin1)
        if hit is None:
            continue
        used.update(range(span.start, sent.doc.char_span(hit.start, hit.end, alignment_mode="expand").end))
        if not _aftermath(sent, hit):
            hits.append(hit)
    return _attach_venues(sent, hits, countries, admin1)


def told_of_elsewhere(word: Token) -> bool:
    """ "her brother, who lives in Las Vegas", "hospitalized in Jackson", "flown to Memphis",
    "recovering at his home in Baton Rouge", "a cousin who grew up in Elmvale": where someone
    lives or grew up, was treated, was held or recovers, not where it happened."""
    head = word.head
    if head.lemma_.lower() in HOME_NOUNS and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head  # "recovering at his home in Baton Rouge": what was done at home
    elsewhere = RESIDENCE_VERBS | AFTERMATH_VERBS | CAUGHT_VERBS
    return word.dep_ == "prep" and (head.lemma_.lower() in elsewhere or _grew_up(head) or _address_of_a_person(head))


def _home_of_a_person(town: Span) -> bool:
    """ "Jon Reyes Jr., of Columbus, died at the Elm Road home": where a named person lives, which
    places no street of the sentence."""
    of = town.root.head
    return town.root.dep_ == "pobj" and of.lower_ == "of" and of.head.ent_type_ == "PERSON"


def _address_of_a_person(street: Token) -> bool:
    """ "Jon Reyes, 17, of Birch Lane in Elmvale": where a named person lives."""
    of = street.head
    if street.dep_ != "pobj" or street.lower_ not in STREET_WORDS or of.lower_ != "of" or of.dep_ != "prep":
        return False
    return of.head.ent_type_ == "PERSON"


def _grew_up(verb: Token) -> bool:
    return verb.lemma_.lower() == "grow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _before_incident_noun(span: Span) -> Span:
    """ "In North Philly Shooting Following Playoff Game": a title-case headline runs the place into
    the incident noun after it; the place ends before it."""
    cut = next((t.i for t in span[1:] if t.lower_ in INCIDENT_NOUNS and t.is_title), None)
    if cut is None or cut - span.start < MIN_CUT_NAME_TOKENS:
        return span  # "Accidental Shooting of Son": no name before the incident noun
    return Span(span.doc, span.start, cut, label=span.label_)


def bare_name(span: Span) -> str:
    return span.text[4:] if span.text.lower().startswith("the ") else span.text


def _aftermath(sent: Span, hit: PlaceHit) -> bool:
    """ "taken to a hospital in X", "a court in Y": where the story went on, not where it began."""
    words = sent.doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if words is None:
        return False
    # "in an Anchorage hospital": the name modifies the hospital that follows it.
    after = sent.doc[words.end : min(words.end + 2, sent.end)]
    return any(t.lower_ in AFTERMATH_WORDS for t in words) or any(t.lower_ in AFTERMATH_WORDS for t in after)


def street_end(sent: Span, span: Span) -> int | None:
    """End token of a street the name starts ("Birch Circle", "the 100 block of Elm"), else None."""
    doc = sent.doc
    nxt = _skip_space(sent, span.end)
    if nxt < sent.end and doc[nxt].lower_ in STREET_WORDS and (doc[nxt].is_title or doc[nxt].is_upper):
        return nxt + 1
    if nxt < sent.end and doc[nxt].lower_ in STREET_PLURALS:
        return nxt + 1  # "near Birch and Ohio avenues": the second of two streets
    if span[-1].lower_ in STREET_WORDS and len(span) > 1:
        return span.end
    before = [t.lower_ for t in doc[max(sent.start, span.start - 2) : span.start]]
    if before == ["block", "of"] or (before and before[-1] == "of" and doc[span.start - 2].like_num):
        return span.end
    if len(before) == 2 and before[0] in {"at", "on"} and doc[span.start - 1].text.isdigit():
        return span.end  # "the porch of the house at 102 Elmwood": a house number, then its street
    if len(before) == 2 and before[-1] in {"on", "along", "down"} and before[0] in HEADINGS:
        return span.end  # "sped away west along Ohio": a way to drive is a street, not the state
    if len(before) == 2 and before[-1] == "and" and ORDINAL_STREET.fullmatch(before[0]):
        return span.end  # "at 22nd and Parker": a corner of two streets
    if len(before) == 2 and before[-1] == "and" and before[0].rstrip(".") in STREET_WORDS:
        return span.end  # "at Erie St. and Logan": the second street of a corner
    if _corner_of(sent, span) or _first_of_streets(sent, nxt) or _near_a_street(sent, span):
        return span.end
    return None


def _near_a_street(sent: Span, span: Span) -> bool:
    """ "outside a club on Alder near Birchwood": a name "near" a street told by its bare name
    (the place is "on" it) is a cross street told the same way; towns are "in". "On Elm Street
    near Millbrook" may name a town."""
    doc, i = sent.doc, span.start - 1
    if i <= sent.start or doc[i].lower_ != "near":
        return False
    i -= 1
    while i > sent.start and doc[i].is_title and doc[i].lower_.rstrip(".") not in STREET_WORDS:
        i -= 1
    return i < span.start - 2 and doc[i].lower_ == "on"


def _first_of_streets(sent: Span, nxt: int) -> bool:
    """ "the 4000 blocks of Alder and Cedar Avenues": the first of streets named together
    (``nxt``: the token after the name)."""
    doc = sent.doc
    if nxt >= sent.end or doc[nxt].lower_ != "and":
        return False
    rest = [t for t in doc[nxt + 1 : min(sent.end, nxt + 5)] if not t.is_space]
    plural = next((i for i, t in enumerate(rest) if t.lower_.endswith("s") and t.lower_[:-1] in STREET_WORDS), 0)
    return plural > 0 and all(t.is_title for t in rest[:plural])


def names_a_corner(span: Span) -> bool:
    """Whether a name is one of a street corner's two ("near Warren and Conner")."""
    word = _locative_word(span.sent, span.start)
    return word is not None and _bare_corner(span.sent, span, word)


def _bare_corner(sent: Span, span: Span, word: Token) -> bool:
    """ "shot at Warren and Conner", "near Elm and Fifth": two bare names joined by "and" after
    "at" or "near" name a street corner, not a town (towns are "in"); so do two names of one
    incident ("the Elm and Fifth shootout": one shooting happens in one place)."""
    if any(t.lower_.rstrip(".") in STREET_WORDS for t in span):
        return False  # "near Elm Drive and Birch Avenue": streets that say so are read as streets
    if not _joined_to_a_name(sent, span):
        return False
    return (word.lower_ in {"at", "near"} and word.i == span.start - 1) or _name_one_incident(sent, span)


def _name_one_incident(sent: Span, span: Span) -> bool:
    """Whether the name, "and" and the next name stand before one incident ("the Elm and Fifth
    shootout"); "the Elmvale and Millbrook shootings" may be two."""
    i, end = span.end + 1, min(sent.end, span.end + 1 + CORNER_NAME_WORDS)
    while i < end and sent.doc[i].is_title and sent.doc[i].lower_ not in INCIDENT_NOUNS:
        i += 1
    return i < sent.end and sent.doc[i].lower_ in INCIDENT_NOUNS  # singular: "shootings" is not one


def _corner_of(sent: Span, span: Span) -> bool:
    """ "near the intersection of Elm and Alder", "at the corner of Elm and Main": streets."""
    words = [t for t in sent.doc[max(sent.start, span.start - CORNER_REACH) : span.start] if not t.is_space]
    while words and (words[-1].is_title or words[-1].lower_ == "and"):
        words.pop()  # the first street of the pair, for the second
    return len(words) >= 2 and words[-1].lower_ == "of" and words[-2].lower_ in CORNER_WORDS


def _neighbourhood(sent: Span, span: Span) -> bool:
    """ "in the Englewood neighborhood": a part of a city, whatever town shares its name; a name
    the article calls a neighbourhood once ("in Englewood") is one throughout."""
    nxt = _skip_space(sent, span.end)
    if _part_of_the_city(doc_text(sent.doc), span.start_char):
        return False
    if nxt < sent.end and sent.doc[nxt].lower_ in NEIGHBOURHOOD_NOUNS:
        return True
    if len(span) > 1 and span[-1].lower_ == "ward":
        return True  # "in the Lower 9th Ward": a ward of a city
    return bare_name(span).lower() in article_neighbourhoods(sent.doc)


def _part_of_the_city(text: str, name_at: int) -> bool:
    """Whether a compass word stands right before the name ("a west Toledo neighborhood")."""
    return bool(ONE_OF_THE_CITY.search(text[max(0, name_at - 20) : name_at]))


def article_neighbourhoods(doc: Doc) -> frozenset[str]:
    """Lower-cased names the article calls a neighbourhood ("the Elmwood neighborhood"), and a
    neighbourhood a local site datelines the story with (``datelines.neighbourhood_dateline``)."""
    key = "crosswire.neighbourhoods"
    if key not in doc.user_data:
        text = doc_text(doc)
        names = {
            re.sub(r"^the ", "", m.group(1).lower())
            for m in NEIGHBOURHOOD_NAME.finditer(text)
            if not _part_of_the_city(text, m.start())
        }
        # "the South Side Oakdale neighborhood": Oakdale is the neighbourhood, on the South Side.
        names |= {SIDE_PREFIX.sub("", name) for name in names}
        # Imported here: datelines reads the police a story names with place_cues, built on this module.
        from crosswire.extract.datelines import neighbourhood_dateline

        dateline = neighbourhood_dateline(text)
        doc.user_data[key] = frozenset(names | {dateline} if dateline else names)
    return doc.user_data[key]


def _place_hit(sent: Span, span: Span, word: Token, countries: set[str], admin1: str | None) -> PlaceHit | None:
    gaz = get_gazetteer()
    words_start = _phrase_start(word, span.start)
    street_stop = street_end(sent, span)
    if street_stop is not None or _neighbourhood(sent, span):
        city = _venue_city(sent, sent.doc[span.start : street_stop or span.end])
        if city is not None:
            return _hit(sent, words_start, city, _chain_region(sent, city), countries, admin1)
        return _venue_hit(sent, words_start, span.start, street_stop or span.end)
    city = _venue_city(sent, span)
    if city is not None and (span.label_ == "FAC" or gaz.lookup(span.text, countries=countries) is None):
        hit = _hit(sent, words_start, city, _chain_region(sent, city), countries, admin1)
        if span.label_ in {"GPE", "LOC"}:
            # "in the Town of Maple Bend in Clark County": a town the gazetteer lacks, in that county.
            name = Location(name=span.text, text=span.text)
            return _town_in_county(sent.doc, PlaceHit(name, hit.start, hit.end), hit.location) or hit
        return hit
    if span.label_ in MISLABELS and gaz.lookup(span.text, countries=countries) is None:
        return None
    return _hit(sent, words_start, span, _chain_region(sent, span), countries, admin1)


def _article_city_of(doc: Doc, countries: set[str], admin1: str | None) -> Location | None:
    # Imported here: article_places builds on this module's sentence-level readers.
    from crosswire.extract.article_places import article_city

    return article_city(doc, countries, admin1)
