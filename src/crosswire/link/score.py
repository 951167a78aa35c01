"""Pair score: how strongly two mentions read as one incident.

The score is a sum of evidence, positive for and negative against; ``VETO`` marks a pair that
can never be one incident (different countries, a background incident against a main incident
of another date). Two mentions link when their score reaches ``LINK_THRESHOLD``.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from rapidfuzz import fuzz

from crosswire.link.features import (
    GENERIC_NAMES,
    INSTITUTION_WORDS,
    NAME_SUFFIXES,
    Features,
)
from crosswire.model import CountValue, Location, haversine_km, normalize_name

__all__ = [
    "LINK_THRESHOLD",
    "VETO",
    "date_gap",
    "is_follow_up",
    "places_agree",
    "score_pair",
    "shared_people",
    "text_similarity",
    "ties_across_time",
]

VETO = float("-inf")
LINK_THRESHOLD = 4.0
NEAR_KM = 30.0
# Two places farther apart than this are different incidents even in one admin1.
FAR_KM = 80.0
# Hard dates this many days apart never describe one incident.
MAX_HARD_GAP = 10
# Dates this many days apart, one of them only a publication window, need the people of a follow-up.
MAX_LOOSE_GAP = 90
# Words of the agencies that answer every incident of a town (not the venues where one happened).
SERVICE_WORDS = frozenset(
    "police sheriff sheriffs department dept hospital hospitals medical coroner coroners examiner jail "
    "prosecutor prosecutors attorney court courthouse fire ems swat patrol bureau trooper troopers".split()
)
# Both stories give the ages of the people they tell of, and none is within a year of the other's.
AGES_APART = -2.5
# Both tell of a child of the same age: a child's age is rare among a town's shootings, and the stories
# of one incident repeat it ("a 3-year-old boy"); the ages of grown-ups are many and shared by chance.
SAME_CHILD = 1.5
CHILD_AGE = 12
# A later story that retells the incident in the same rare words (well above the cosine where the
# text score is capped), with one person's name in common, is a follow-up whatever the dates.
RETOLD_SIMILARITY = 0.55
NAME_MATCH = 90  # rapidfuzz ratio for two spellings of one name
NAME_WEIGHT = 4.0  # the score of one shared full name
# Full names shared that tie a later report to an incident whatever the dates.
FOLLOW_UP_PEOPLE = 2
TRIGGER_STRONG, TRIGGER_WEAK = 90, 75
MIN_NAME_CHARS = 4
# Distinct names read at once: far more than one linking batch holds, little memory.
NAME_CACHE = 65536
STREET_LEVEL = frozenset({"venue", "neighbourhood"})
TOWN_LEVEL = frozenset({"city", "county"})
SHARED_TOWN = 1.0  # both name the same town, though not as their first
NEIGHBOUR_TOWN = 1.5  # two towns within NEAR_KM
SAME_KIND = 0.3  # both of one kind of event (an attack, an armed clash)
SHARED_COUNTY = 1.0  # a town that cannot be located, in the county of the other's town
# One place holds the other (a state its town, a city its neighbourhood): no evidence against.
NESTED_PLACE = 0.5
# Up to this many other shooting days in the town around theirs, one town and day keep their full weight.
QUIET_TOWN_CROWD = 1
BUSY_TOWN_FLOOR = 1.0
# Two house numbers or blocks on two streets of one town: two scenes.
STREETS_APART = -3.0
# Cosine of the tf-idf word vectors: two stories of one incident repeat its details.
TEXT_NEUTRAL = 0.1  # below this the texts share only what any two shooting stories share
TEXT_WEIGHT = 20.0
TEXT_CAP = 6.0
TEXT_FLOOR = -2.0  # sharing no rare word is weak evidence: short reports say little
FULL_REPORT_WORDS = 30  # distinctive words of a report that tells more than its headline


def date_gap(a: Features, b: Features) -> int | None:
    """Days between the two date intervals (0 when they overlap), or None if either is unknown."""
    if a.earliest is None or b.earliest is None:
        return None
    if a.latest < b.earliest:
        return (b.earliest - a.latest).days
    if b.latest < a.earliest:
        return (a.earliest - b.latest).days
    return 0


def shared_people(a: Features, b: Features) -> int:
    """How many private persons' full names the two mentions share."""
    return sum(1 for x in sorted(a.people) if any(_same_person(x, y) == 1.0 for y in b.people))


def is_follow_up(a: Features, b: Features) -> bool:
    """Whether one mention may be a later report (arrest, funeral, trial) of the other's incident.

    A reader ties a story weeks later to the shooting when it names the same private persons (two
    full names: one alone may be a police chief quoted in every story, unless both stories are
    about that person: "Jon Reyes, 24,", or retell the incident in the same rare words) and no
    other place (a story about that person may name none); or an undated story of a plea or a
    trial retells it in its rare words, in its town.
    """
    if _tells_law_of(a, b) or _tells_law_of(b, a):
        return True
    shared = shared_people(a, b) if a.people and b.people else 0
    if shared == 0:
        return False
    if a.place is None or b.place is None:
        return shared >= FOLLOW_UP_PEOPLE or _shares_subject(a, b)
    retold = text_similarity(a, b) >= RETOLD_SIMILARITY
    return (shared >= FOLLOW_UP_PEOPLE or _shares_subject(a, b) or retold) and places_agree(a.place, b.place) > 0


def _tells_law_of(story: Features, report: Features) -> bool:
    """An undated story of a plea or a trial that retells the report's incident in its rare words, in its town."""
    if not story.undated_story_of_the_law or story.place is None or report.place is None:
        return False
    return text_similarity(story, report) >= RETOLD_SIMILARITY and places_agree(story.place, report.place) > 0


def ties_across_time(a: Features, b: Features) -> bool:
    """Whether the two may be one incident told weeks apart: a follow-up naming its people, or
    reports of one mass shooting's toll ("49 killed") in one place within ``MAX_LOOSE_GAP`` days."""
    return is_follow_up(a, b) or _shares_rare_toll(a, b)


def _shares_rare_toll(a: Features, b: Features) -> bool:
    if not (a.rare_tolls & b.rare_tolls) or a.place is None or b.place is None:
        return False
    gap = date_gap(a, b)
    return (gap is None or gap <= MAX_LOOSE_GAP) and places_agree(a.place, b.place) > 0


def _shares_subject(a: Features, b: Features) -> bool:
    """Whether both stories are about one person (each tells the name with an age, or identifies it)."""
    return any(_same_person(x, y) == 1.0 for x in sorted(a.subjects) for y in b.subjects)


def _date_score(a: Features, b: Features) -> float:
    gap = date_gap(a, b)
    if gap is None:
        return 0.0
    if gap > 1 and ties_across_time(a, b):
        return 0.0
    if a.hard_date and b.hard_date:
        if gap > MAX_HARD_GAP:
            return VETO
        exact = a.earliest == a.latest == b.earliest == b.latest
        if gap > 1:
            return -0.5 * gap
        # one day in a city with a shooting every night tells little
        return (2.5 if exact else 2.0 if gap == 0 else 1.0) * _quiet(a, b)
    if gap > MAX_LOOSE_GAP:
        return VETO  # months apart, and no person in common to tie the later story to the incident
    if _told_before_it_happened(a, b) or _told_before_it_happened(b, a):
        return VETO
    # A publication-based window is weak evidence either way: follow-up stories come weeks later.
    return 0.5 if gap == 0 else -0.2 * min(gap, 20)


def _told_before_it_happened(undated: Features, dated: Features) -> bool:
    """Whether an undated report came out before the day the other report's incident happened."""
    published = undated.mention.published
    return not undated.hard_date and dated.hard_date and published is not None and published < dated.earliest


def places_agree(a: Location, b: Location) -> float:
    """Place evidence: + for one city/nearby, - for different cities, VETO for other countries."""
    if a.country and b.country and a.country != b.country:
        return VETO
    if _town_of_county(a, b) or _town_of_county(b, a):
        return 3.0
    if _guessed_county(a, b) or _guessed_county(b, a):
        return 0.0
    if a.lat is not None and b.lat is not None and a.lon is not None and b.lon is not None:
        km = haversine_km((a.lat, a.lon), (b.lat, b.lon))
        if km <= NEAR_KM:
            # a suburb and its neighbour are near, yet two towns: less than one town named twice
            return NEIGHBOUR_TOWN if _two_towns(a, b) else 3.0
        if _named_as_its_state(a, b) or _named_as_its_state(b, a):
            return NESTED_PLACE
        if km > FAR_KM:
            return -4.0
    if a.admin1 and b.admin1 and normalize_name(a.admin1) != normalize_name(b.admin1):
        return -4.0
    fine = {"city", "county", "venue", "neighbourhood"}
    if _floating_street(a, b) or _floating_street(b, a):
        return 0.0  # "Elm Street" of an unnamed town may well lie in the other's city
    if _street_of_town(a, b) or _street_of_town(b, a):
        return NESTED_PLACE
    if a.precision in fine and b.precision in fine:
        same = normalize_name(a.name) == normalize_name(b.name)
        if same or _one_unlocated_town(a, b):
            return 3.0
        # "Elmvale, Birch County", which the gazetteer cannot locate, against a town of that county
        return SHARED_COUNTY if _same_county(a, b) else -2.0
    return NESTED_PLACE  # one of them only names the admin1 or the country


def _named_as_its_state(place: Location, other: Location) -> bool:
    """ "Shooting at New York birthday party": the bare name a state shares with its biggest city
    may name the state, which holds the other's town ("New York City" names the city)."""
    if place.precision != "city" or not place.admin1 or not place.text or other.admin1 != place.admin1:
        return False
    return normalize_name(place.text).endswith(normalize_name(place.admin1))


def _town_of_county(town: Location, county: Location) -> bool:
    return county.precision == "county" and town.precision == "city" and town.lies_in_county(county)


def _street_of_town(street: Location, town: Location) -> bool:
    """ "East Birch Park" placed in Millbrook (a street or neighbourhood keeps its town as admin2)
    against Millbrook itself: one holds the other, no sign of two incidents. places_agree has
    already set apart two states."""
    if street.precision not in STREET_LEVEL or town.precision != "city" or not street.admin2:
        return False
    return normalize_name(street.admin2) == normalize_name(town.name)


def _guessed_county(a: Location, b: Location) -> bool:
    """A county whose state the story leaves open, which may be the namesake of the other's state:
    not where a town of another county of that state lies."""
    if a.precision != "county" or not a.state_guessed or a.admin1 == b.admin1:
        return False
    if b.precision != "city" or not b.admin1 or not b.admin2:
        return True
    return a.may_be_county_of(b)


def _one_unlocated_town(a: Location, b: Location) -> bool:
    """Two streets of one town, or a town the gazetteer cannot locate and its county: one admin2.
    A located town's admin2 is its county, which holds other towns."""
    located = (a.precision == "city" and a.lat is not None) or (b.precision == "city" and b.lat is not None)
    return not located and _one_admin2(a, b)


def _same_county(a: Location, b: Location) -> bool:
    """One of them unlocated, both in one county: maybe one town, maybe two of that county."""
    return (a.lat is None or b.lat is None) and _one_admin2(a, b)


def _one_admin2(a: Location, b: Location) -> bool:
    return bool(a.admin2 and b.admin2 and normalize_name(a.admin2) == normalize_name(b.admin2))


def _two_towns(a: Location, b: Location) -> bool:
    return a.precision == b.precision == "city" and normalize_name(a.name) != normalize_name(b.name)


def _neighbour_towns(a: Location | None, b: Location | None) -> bool:
    """Two towns within ``NEAR_KM`` of each other (``places_agree`` scores them ``NEIGHBOUR_TOWN``),
    not one town named twice, however busy it is."""
    if a is None or b is None or not _two_towns(a, b) or None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return haversine_km((a.lat, a.lon), (b.lat, b.lon)) <= NEAR_KM


def _floating_street(a: Location, b: Location) -> bool:
    """A street or venue placed in no town, against a town."""
    return a.precision in STREET_LEVEL and not a.admin2 and b.precision not in STREET_LEVEL


def _place_score(a: Features, b: Features) -> float:
    if a.country and b.country and a.country != b.country:
        return VETO
    if a.place is None or b.place is None:
        return -4.0 if _sites_apart(a, b) or _site_against_place(a, b) else 0.0
    best = places_agree(a.place, b.place)
    if best > 0 and a.city and a.city == b.city:
        # one town named twice: strong in a quiet town, weak in a city with shootings every night
        best = max(BUSY_TOWN_FLOOR, best * _quiet(a, b))
    if best < 0 and _sets_share_town(a.places, b.places):
        # Each article's first town differs, yet both name the other's: a suburb and its city.
        return SHARED_TOWN
    return best


def _sites_apart(a: Features, b: Features) -> bool:
    """Two stories that name no place, on the sites of two states: a local site tells its own news."""
    both = a.place is None and b.place is None and a.site_state is not None and b.site_state is not None
    return both and a.site_state != b.site_state


def _site_against_place(a: Features, b: Features) -> bool:
    """A story that names no place, on a site of one state, against a story placed in another (a
    station that relays another state's news names its people, who tie it all the same)."""
    placeless, placed = (a, b) if a.place is None else (b, a)
    state = placed.place.admin1 if placed.place is not None and not placed.place.state_guessed else None
    apart = placeless.site_state is not None and state is not None and placeless.site_state != state
    return apart and not shared_people(a, b)


def _quiet(a: Features, b: Features) -> float:
    """1 when the pair's town had few other shooting days around theirs, less the busier it was."""
    if not a.city or a.city != b.city:
        return 1.0
    return min(1.0, QUIET_TOWN_CROWD / max(1, min(a.crowd, b.crowd)))


def _sets_share_town(xs: list[Location], ys: list[Location]) -> bool:
    """Whether some town-level place of one mention is a town-level place of the other."""
    towns = [p for p in xs if p.precision in TOWN_LEVEL]
    others = [q for q in ys if q.precision in TOWN_LEVEL]
    return any(places_agree(p, q) > 0 for p in towns for q in others)


def _count_score(a: Features, b: Features) -> float:
    score = 0.0
    for name in a.counts.keys() & b.counts.keys():
        x, y = a.counts[name], b.counts[name]
        if _overlap(x, y):
            # Agreeing on "1 dead" says little; agreeing on a larger toll says more.
            score += 1.0 if x.is_exact and y.is_exact and x.low >= 3 else 0.3
            continue
        later_higher = _later_is_higher(a, b, x, y)
        score += -0.3 if later_higher else -1.5 if x.is_exact and y.is_exact else -0.8
    return score


def _overlap(x: CountValue, y: CountValue) -> bool:
    return (x.high is None or y.low <= x.high) and (y.high is None or x.low <= y.high)


def _later_is_higher(a: Features, b: Features, x: CountValue, y: CountValue) -> bool:
    """A toll that rises in the later article is the usual update, not another incident."""
    pa, pb = a.mention.published, b.mention.published
    if pa is None or pb is None or pa == pb:
        return False
    return (y.low > x.low) if pb > pa else (x.low > y.low)


def _is_institution(tokens: tuple[str, ...]) -> bool:
    return any(t in INSTITUTION_WORDS for t in tokens)


class _Name(NamedTuple):
    """What pairing one name needs, read once per name: a story's names meet hundreds of others."""

    tokens: tuple[str, ...]
    # a name that can be someone at all: not empty, not a rank, long enough, no police or hospital
    usable: bool
    institution: bool


@functools.lru_cache(maxsize=NAME_CACHE)
def _name(text: str) -> _Name:
    tokens = tuple(text.split())
    usable = bool(tokens) and text not in GENERIC_NAMES and len(text) >= MIN_NAME_CHARS
    # "Elmvale police", "Pine Hollow Hospital": in every story of the town
    return _Name(tokens, usable and not _serves_every_incident(tokens), _is_institution(tokens))


def _same_person(x: str, y: str) -> float:
    """1 for one person's full name, 0.6 for a likely one or a shared place/agency name, else 0.

    "jon reyes" / "jonathan reyes" / "reyes" are likely one person; a bare surname or a single
    word ("reyes", "millbrook") is weaker than a full name; "the alder police department" and
    "the birch police department" share only their head words and are nobody.
    """
    a, b = _name(x), _name(y)
    if not a.usable or not b.usable:
        return 0.0
    xt, yt = a.tokens, b.tokens
    institution = a.institution or b.institution
    if x == y or fuzz.token_sort_ratio(x, y) >= NAME_MATCH:
        return 1.0 if len(xt) >= 2 and len(yt) >= 2 and not institution else 0.6
    if institution:
        return 0.0
    if _one_name_told_shorter(xt, yt):
        return 1.0
    # Same surname, and the given names are absent or share their first letter.
    if xt[-1] == yt[-1] and len(xt[-1]) >= MIN_NAME_CHARS:
        if len(xt) == 1 or len(yt) == 1 or xt[0][0] == yt[0][0]:
            return 0.6
    return 0.0


def _one_name_told_shorter(xt: tuple[str, ...], yt: tuple[str, ...]) -> bool:
    """ "Jon Allen Reyes" and "Jon Reyes", "Sam Doe Jr." and "Sam Doe": one
    full name, its middle names or suffix left out by one story."""
    x = [t for t in xt if t not in NAME_SUFFIXES]
    y = [t for t in yt if t not in NAME_SUFFIXES]
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    if len(short) < 2 or short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long)
    return all(t in rest for t in short)  # the shorter name's words, in order, within the longer


def _serves_every_incident(tokens: tuple[str, ...]) -> bool:
    """A police force, a hospital, a coroner's or a prosecutor's office: it answers every incident of
    its town, so two stories that name it share no more than their town."""
    return any(t in SERVICE_WORDS for t in tokens)


def _name_matches(xs: set[str], ys: set[str]) -> float:
    """Sum of the matches of names in ``xs`` to names in ``ys``, the best first, each name matched
    once: "jon reyes" and "reyes" in one story are one man, and the other story's "reyes"
    matches him once, not twice."""
    pairs = sorted(((_same_person(x, y), x, y) for x in xs for y in ys), reverse=True)
    used_x: set[str] = set()
    used_y: set[str] = set()
    total = 0.0
    for match, x, y in pairs:
        if match > 0 and x not in used_x and y not in used_y:
            used_x.add(x)
            used_y.add(y)
            total += match
    return total


def _name_score(a: Features, b: Features) -> float:
    shared = _name_matches(a.names, b.names) if a.names and b.names else 0.0
    # One full name is strong evidence; a surname or a street alone is some; more names add up.
    score = NAME_WEIGHT * min(shared, 1.0) + min(max(shared - 1.0, 0.0), 2.0) * 0.75
    # Both name their victims and none match: two different incidents.
    if a.victims and b.victims and _name_matches(a.victims, b.victims) == 0:
        score -= 6.0
    return score


def _address_score(a: Features, b: Features) -> float:
    """Two venue/street-level places with different names in one city: different incidents."""
    pa, pb = a.place, b.place
    if a.street and b.street and pa.precision in TOWN_LEVEL and pb.precision in TOWN_LEVEL:
        return _street_score(a, b)
    if pa is None or pb is None or pa.precision not in ("venue", "neighbourhood"):
        return 0.0
    if pb.precision not in ("venue", "neighbourhood"):
        return 0.0
    ratio = fuzz.token_set_ratio(normalize_name(pa.name), normalize_name(pb.name))
    # "the 38th Street shooting" and "near Chestnut Avenue": one corner, if each names the other's street
    crossed = normalize_name(pa.name) in b.names or normalize_name(pb.name) in a.names  # names come normalized
    return 1.5 if ratio >= NAME_MATCH or crossed else -3.0


def _street_score(a: Features, b: Features) -> float:
    """ "at 3500 Quarry Street" and "at 4235 Birch Lane" in one town: two scenes, unless one story
    names the other's street too (a corner; the victim's home and the scene)."""
    if places_agree(a.place, b.place) <= 0 or fuzz.ratio(a.street, b.street) >= NAME_MATCH:
        return 0.0
    crossed = all(w in b.words for w in a.street.split()) or all(w in a.words for w in b.street.split())
    return 0.0 if crossed else STREETS_APART


def _trigger_score(a: Features, b: Features) -> float:
    if not a.trigger or not b.trigger:
        return 0.0
    ratio = fuzz.token_set_ratio(a.trigger.lower(), b.trigger.lower())
    return 1.5 if ratio >= TRIGGER_STRONG else 0.5 if ratio >= TRIGGER_WEAK else 0.0


def _role_score(a: Features, b: Features) -> float:
    """A background incident links only to a mention with a matching hard day or shared names
    ("since early October" and "two weeks ago in October" hold many incidents' days)."""
    if a.mention.role == "main" and b.mention.role == "main":
        return 0.0
    gap = date_gap(a, b) if a.hard_day and b.hard_day else None
    if gap is not None:
        return 0.0 if gap <= 1 else VETO
    if a.names and b.names and _name_matches(a.names, b.names) > 0:
        return -1.0
    return VETO


def text_similarity(a: Features, b: Features) -> float:
    """Cosine of the two mentions' tf-idf word vectors (0 when either has none)."""
    small, large = (a.words, b.words) if len(a.words) <= len(b.words) else (b.words, a.words)
    return sum(x * large.get(w, 0.0) for w, x in small.items())


def _text_score(a: Features, b: Features) -> float:
    if not a.words or not b.words:
        return 0.0
    # sharing no rare word says less the fewer words the shorter report has: a headline alone says little
    floor = TEXT_FLOOR * min(1.0, min(len(a.words), len(b.words)) / FULL_REPORT_WORDS)
    return max(floor, min(TEXT_CAP, TEXT_WEIGHT * (text_similarity(a, b) - TEXT_NEUTRAL)))


def _age_score(a: Features, b: Features) -> float:
    """A 15-year-old in one story and a man of 40 in the other: other people, most likely (a story's
    age may be a year off another's: a birthday, a misprint). A child of one age in both: one child."""
    if not a.ages or not b.ages:
        return 0.0
    if any(x <= CHILD_AGE for x in a.ages & b.ages):
        return SAME_CHILD
    return 0.0 if any(abs(x - y) <= 1 for x in a.ages for y in b.ages) else AGES_APART


def score_pair(a: Features, b: Features) -> float:
    """Evidence that two mentions (from different documents) tell one incident."""
    parts = [part(a, b) for part in (_role_score, _place_score, _date_score)]
    if VETO in parts:
        return VETO
    told = _count_score(a, b) + _name_score(a, b) + _address_score(a, b) + _trigger_score(a, b)
    told += _text_score(a, b) + _age_score(a, b)
    same_kind = bool(a.mention.sub_event_type) and a.mention.sub_event_type == b.mention.sub_event_type
    if told <= 0 and _neighbour_towns(a.place, b.place):
        # two neighbouring towns' news of one day that no toll, name or word ties (a hunting
        # accident and a bar shooting next door): the towns' nearness and the kind of event tie
        # only what something else ties
        return parts[0] + parts[2] + told
    return sum(parts) + told + (SAME_KIND if same_kind else 0.0)
