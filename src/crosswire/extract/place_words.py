"""The words the place reader knows: what introduces a place ("in", "near", "outside"), what a
venue, a street or a neighbourhood is called, what names an actor rather than a place, and what
tells of a place other than the scene (a hospital, a jail, a home town)."""

from __future__ import annotations

import calendar
import re

from crosswire.extract.gazetteer import COMPASS_WORDS

# The points of the compass: "the north of X", "north of X".
COMPASS_POINTS = frozenset("north south east west northeast northwest southeast southwest".split())

PLACE_LABELS = {"GPE", "LOC", "FAC"}

RESIDENCE_VERBS = {"live", "reside", "stay"}

# Labels the small model sometimes gives a town after "in" ("in Kant" as a PERSON).
MISLABELS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "PROPN_RUN"}

LOCATIVE_WORDS = {
    "in",
    "at",
    "near",
    "outside",
    "across",
    "inside",
    "around",
    "throughout",
    "from",
    "to",
    "into",
    "within",
    "nearby",
    "toward",
    "towards",
    "on",
    "off",
    "along",
    "of",
}

# Words that may stand between a locative word and the name ("in the Russian capital Moscow",
# "on the outskirts of", "in the city of", "in central", "in unincorporated").
SETTING_WORDS = COMPASS_WORDS | set(
    "a an area block border capital center centre city county downtown edge greater heart hundred nearby "
    "neighboring neighbouring old outlying outskirts part parts port province region regional rural "
    "small state streets suburb suburban suburbs the town unincorporated upstate village".split()
)

# Nouns for venues and streets whose words a place hit keeps ("a concert hall near Moscow").
VENUE_NOUNS = {
    "hall",
    "venue",
    "market",
    "home",
    "house",
    "residence",
    "school",
    "mall",
    "church",
    "mosque",
    "synagogue",
    "temple",
    "station",
    "store",
    "shop",
    "restaurant",
    "bar",
    "club",
    "nightclub",
    "apartment",
    "apartments",
    "flat",
    "building",
    "complex",
    "street",
    "road",
    "avenue",
    "block",
    "park",
    "airport",
    "airbase",
    "base",
    "hospital",
    "hotel",
    "office",
    "camp",
    "checkpoint",
    "parking",
    "lot",
    "theater",
    "theatre",
    "stadium",
    "arena",
    "cafe",
    "factory",
    "plant",
    "prison",
    "jail",
    "campus",
    "university",
    "college",
    "motel",
    "village",
    "neighborhood",
    "neighbourhood",
    "district",
    "hostel",
    "dormitory",
    "compound",
    "square",
}

# "of" is locative only after one of these ("the outskirts of X", not "the president of X").
OF_HEADS = COMPASS_POINTS | set(
    "area block capital center centre city county district downtown edge heart neighborhood "
    "neighbourhood outside outskirts part parts province region section state streets "
    "suburb suburbs town village".split()
)

# "to" and "from" are locative for a journey; they count only after these verbs' nouns.
WEAK_WORDS = {"to", "from", "into", "toward", "towards", "on", "off", "of"}

# Nouns a name modifies when it stands for an actor ("U.S. forces", "Moscow officials").
ACTOR_HEADS = {
    "forces",
    "force",
    "troops",
    "officials",
    "official",
    "government",
    "authorities",
    "military",
    "army",
    "soldiers",
    "custody",
    "embassy",
    "citizens",
    "citizen",
    "media",
    "leaders",
    "leader",
    "president",
    "ministry",
    "administration",
    "envoy",
    "diplomats",
    "nationals",
    "intelligence",
    "agents",
    "agency",
    "court",
    "prosecutors",
    "lawmakers",
}

# Capitalised words that are never places after "in": "in May", "on Friday".
NOT_PLACES = set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    # where a bullet hit, capitalised in a Title Case headline: "Shoots Girl in Stomach"
    "head face neck chest back stomach abdomen arm arms hand hands shoulder leg legs foot feet hip thigh "
    "knee buttocks groin torso side "
    # a quarter of a city a headline shortens: "shooting in NE Millbrook", cut off as "in NE..."
    "ne nw se sw".split()
)

# Candidate kinds that may be two halves of one place name the tagger cut apart.
JOINABLE = {"PROPN_RUN", "PERSON", "GPE", "ORG", "LOC"}

# Last words of a street name: "Birch Circle", "Maple St." name a street, not a town.
STREET_WORDS = set(
    "street st st. avenue ave ave. road rd rd. drive dr dr. lane ln ln. boulevard blvd blvd. court ct ct. "
    "circle cir place pl way parkway pkwy highway hwy pike terrace trail loop alley row expressway freeway".split()
)

STREET_PLURALS = {"streets", "avenues", "roads", "drives", "lanes", "boulevards"}

# "drove off north on Elm", "fled southbound along Quarry": the way a car goes is a street.
HEADINGS = {w + bound for w in ("north", "south", "east", "west") for bound in ("", "bound")}

# "Maple Twp", "Maple Township": the word the tagger leaves out of a township's name
TOWNSHIP_WORDS = {"twp", "township"}

# "the intersection of Elm and Alder": what names the streets that meet there
CORNER_WORDS = {"intersection", "intersections", "corner", "corners"}

# A place named only as where the wounded were taken, tried or jailed is not where it happened.
AFTERMATH_VERBS = set("hospitalize treat airlift fly transport jail book recover".split())

# Where a suspect was caught or fled to is not where it happened: "arrested in Atlanta", "fled to Georgia".
CAUGHT_VERBS = {"arrest", "capture", "apprehend", "detain", "flee", "extradite"}

# "recovering at his home in X": a home, where what was done there is told by the verb above it
HOME_NOUNS = {"home", "house", "residence"}

AFTERMATH_WORDS = set("hospital hospitals medical clinic court courthouse jail prison morgue trauma".split())

# "West Philadelphia", "south Columbia": a part of the city the rest of the name gives.
DIRECTIONS = COMPASS_WORDS | {"downtown"}

# Last words that leave the town the rest of the name gives: "New Orleans East", "York City".
CITY_TAILS = {"north", "south", "east", "west", "city"}

NEIGHBOURHOOD_NOUNS = set(
    "neighborhood neighbourhood section subdivision community apartments apartment complex housing".split()
)

# "22nd", "3rd": a numbered street.
ORDINAL_STREET = re.compile(r"\d+(?:st|nd|rd|th)")

# "the Washington Heights neighborhood", "South Austin neighbourhood".
NEIGHBOURHOOD_NAME = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) neighbou?rhood\b")

# "in a west Toledo neighborhood": a neighbourhood in that part of the city, not a neighbourhood of
# that name ("the West Englewood neighborhood" is one; so is "an Englewood neighborhood shooting")
ONE_OF_THE_CITY = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+$")

# "the Town of Maple Bend": the words before a town's own name.
TOWN_OF = re.compile(r"^(?:the\s+)?(?:town|city|village|township|borough|hamlet|community)\s+of\s+", re.IGNORECASE)

# Nouns of the incident itself, which a title-case headline capitalises like a place's name.
INCIDENT_NOUNS = set("shooting shootout homicide killing stabbing murder death attack crash".split())
# "killed in Iran unrest", "during Chile protests": a country's or a city's turmoil, named by it. An
# incident's own word ("the Elmvale shooting") is read with the trigger, in the story's state.
EVENTS_OF_A_PLACE = set("unrest violence protest clash fighting crackdown war conflict uprising turmoil".split())

# Last words of a part of a city or a stretch of land, never of a small town's name.
NOT_TOWN_WORDS = set("ward side area region county parish district valley lake river creek".split())

# "South Side", "West Side": the part of a city a neighbourhood lies in, named before it.
SIDE_PREFIX = re.compile(r"^(?:north|south|east|west|northwest|northeast|southwest|southeast) side ")

TIME_LABELS = frozenset({"DATE", "TIME"})

WEEKDAY_NAMES = frozenset(day.lower() for day in calendar.day_name)

# "Baker v. Wingo": the word between the parties to a court case.
CASE_VERSUS = {"v.", "vs.", "v", "vs", "versus"}
