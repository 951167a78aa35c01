"""What the words around a place name say of it: a police force and its town ("Elmvale police"),
a county, a station or paper named after a town, a street, a town where a suspect was caught or
a victim lives rather than the scene."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from crosswire.extract.gazetteer import get_gazetteer
from crosswire.extract.place_words import CAUGHT_VERBS, STREET_WORDS
from crosswire.extract.places import bare_name, street_end, told_of_elsewhere
from crosswire.extract.spans import doc_text

__all__ = [
    "article_surnames",
    "county_names",
    "elsewhere_than_the_scene",
    "names_hospital",
    "names_outlet",
    "names_street",
    "police_towns",
    "stands_for_a_government",
    "state_code",
    "towns_with_state",
    "where_caught",
]

# "talks with Washington", "sanctions against Moscow": a capital dealt with is a government.
DEALT_WITH = frozenset({"with", "against", "between"})
# "Beijing's strategy", "Moscow's response": what a government has and does.
GOVERNMENT_DOINGS = frozenset(
    "strategy policy plan decision response position stance demand warning approach government leadership "
    "leader regime".split()
)
# "Paris saw riots", "the capital witnessed clashes": a city where things happen is a place.
SCENE_VERBS = frozenset({"see", "witness", "experience", "record", "host"})

# "Maricopa County deputies", "Cuyahoga Co.": a county name that only one state has says which state the story is in.
COUNTY_NAME = re.compile(r"(?<![-\w])((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\.? ){1,3})(County\b|Parish\b|Co\.)")

# "Lafayette teen", "DeLand police": a town named as the modifier of a local-news noun.
MODIFIED_NOUNS = (
    r"(?:[Pp]olice|PD|[Tt]eens?|[Tt]eenager|[Mm]an|[Ww]oman|[Mm]en|[Ww]omen|[Bb]oy|[Gg]irl|[Cc]hild|[Tt]oddler"
    r"|[Rr]esidents?|(?:[a-z]+ )?(?:[Ss]hootings?|[Hh]omicides?)|[Ff]ire [Dd]epartment)\b"
)

# "Elmvale, Ohio, police", "Elmvale, OH man": the town's state between the town and the noun
# (checked to be a state: "Friday, Mesa police" is Mesa's police).
POLICE_NOUNS = {"police", "Police", "PD"}

TOWN_STATE_MODIFIER = re.compile(
    rf"(?<![-\w])([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?), ([A-Z][a-z]+\.?(?: [A-Z][a-z]+)?|[A-Z]{{2}}),? ({MODIFIED_NOUNS})"
)

# "Chicago Police", "The Elmvale Police Department", "Pine Hollow police": a town's own police.
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

# Broadcasters and papers that carry a place in their name ("NBC 4 New York", "Texas Tribune").
MEDIA_BRANDS = {"NBC", "CBS", "ABC", "FOX", "CW", "PBS", "NPR", "CNN", "NEWS"}

CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-?TV)?$")  # an American station's call letters
# A site's address in a page title's tail: "KLTV.com", "WTVM.com-Columbus".
SITE_ADDRESS = re.compile(r"[\w-]+\.(?:com|net|org|tv)\b", re.IGNORECASE)
# How far after its address a site's name lists the towns it serves.
SITE_NAME_TOKENS = 8

MEDIA_NOUNS = {"Times", "Post", "Tribune", "Herald", "Journal", "Gazette", "Chronicle", "Examiner", "Courier"}

DISTANCE_UNITS = {"miles", "mile", "kilometers", "kilometres", "km"}

# "is from Pine Hollow", "was visiting from Jacksonville": where someone comes from.
ORIGIN_WORDS = {"is", "was", "are", "were", "hails", "visiting", "came", "moved", "traveled", "travelled"}

# "an employee of the", "worked as an officer for the", "retired from the": a force that employed
# someone ("shots fired by", "a warrant served by", "working with" the police tell of its work).
EMPLOYED_BY = re.compile(
    r"\b(?:employee|employed|worked|retired|resigned|hired)(?: [\w-]+){0,4}? (?:for|of|from|at) (?:the )?$",
    re.IGNORECASE,
)
# How many characters before a force's name its employer words may stand.
EMPLOYER_REACH = 40

# Dependencies a place name climbs to reach its verb ("in Atlanta, Georgia" -> "arrested").
CLIMB_DEPS = {"pobj", "prep", "appos", "conj", "compound"}

MAX_PLACE_CLIMB = 4

# A name given to a street: "Larch Avenue", "the 4100 block of Quarry".
STREET_NAME = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Court|Place)\b"
    r"|\bblock of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)


def police_towns(text: str) -> list[tuple[str, int, int]]:
    """The towns whose police the text names ("Zanesville police", "IMPD"), with the offsets of the
    words; a force named as someone's employer ("a former employee of the Elmvale Police
    Department") investigates nothing of the story."""
    towns = [(m.group(1), m.start(1), m.end(1)) for m in TOWN_POLICE.finditer(text) if not _employer(text, m.start(1))]
    towns += [(name, start, end) for name, start, end, noun in towns_with_state(text) if noun in POLICE_NOUNS]
    towns.sort(key=lambda town: town[1])
    return towns + [(FORCE_INITIALS[m.group(1)], m.start(), m.end()) for m in FORCE_INITIALS_RE.finditer(text)]


def _employer(text: str, start: int) -> bool:
    return bool(EMPLOYED_BY.search(text[max(0, start - EMPLOYER_REACH) : start]))


def towns_with_state(text: str) -> list[tuple[str, int, int, str]]:
    """Towns written with their state before a local-news noun ("Elmvale, Ohio, police"), with
    the offsets of the town's name and the noun."""
    gaz = get_gazetteer()
    found = []
    for match in TOWN_STATE_MODIFIER.finditer(text):
        state = match.group(2)
        if state_code(state) or (len(state) == 2 and gaz.state_code(state, abbreviations=True)):
            found.append((match.group(1), match.start(1), match.end(1), match.group(3)))
    return found


def county_names(match: re.Match) -> list[str]:
    """The names a ``COUNTY_NAME`` match may give, longest first: "the Maricopa County" or "Sheriff
    Maricopa County" may be "Maricopa County"."""
    words = match.group(1).split()
    return [" ".join([*words[i:], match.group(2)]) for i in range(len(words))]


def elsewhere_than_the_scene(ent) -> bool:
    """ "The driver is from Pine Hollow", "visiting from Jacksonville", "90 miles south of Kansas City":
    a home or a landmark;
    "police arrested him in Atlanta, Georgia, where he fled": where the suspect was caught."""
    before = [t.lower_ for t in ent.doc[max(0, ent.start - 3) : ent.start]]
    home = len(before) >= 2 and before[-1] == "from" and before[-2] in ORIGIN_WORDS
    # "a cousin who grew up in Elmvale", "recovering at a home in Millbrook"
    home = home or told_of_elsewhere(ent.root.head)
    bearing = len(before) == 3 and before[-1] == "of" and before[-3] in DISTANCE_UNITS
    return home or bearing or where_caught(ent)


def where_caught(ent) -> bool:
    """Whether the name is where a verb of arrest or flight took place ("arrested him in Atlanta")."""
    word = ent.root
    for _ in range(MAX_PLACE_CLIMB):
        if word.head.i == word.i or word.dep_ not in CLIMB_DEPS:
            return False
        word = word.head
        if word.pos_ in {"VERB", "AUX"}:
            return word.lemma_.lower() in CAUGHT_VERBS
    return False


def stands_for_a_government(ent) -> bool:
    """ "Washington and the Taliban held talks", "Moscow has warned", "talks with Beijing", "Beijing's
    strategy": a country's capital that acts, that others deal with, or whose policy is told, is its
    government, not a scene."""
    if not get_gazetteer().is_capital(bare_name(ent)):
        return False
    root = ent.root
    while root.dep_ == "conj":
        root = root.head  # "against the territory's government and Beijing"
    if root.dep_ == "nsubj":
        return root.head.lemma_.lower() not in SCENE_VERBS
    if root.dep_ == "poss":
        return root.head.lemma_.lower() in GOVERNMENT_DOINGS  # "Beijing's strategy", not "Moscow's concert hall"
    return root.dep_ == "pobj" and root.head.lower_ in DEALT_WITH


def names_outlet(ent) -> bool:
    """ "told NBC 4 New York", "The New York Times reported": a place in a news outlet's name
    says where the outlet is, not where the story happened."""
    doc = ent.doc
    before = [t.text for t in doc[max(0, ent.start - 2) : ent.start]]
    after = doc[ent.end].text if ent.end < len(doc) else ""
    if any(w.upper() in MEDIA_BRANDS or CALL_SIGN.match(w) for w in before) or after in MEDIA_NOUNS:
        return True
    if _after_site_address(ent):
        return True
    # "The Post counted every shooting": a paper by its short name, not Post, Texas
    return bare_name(ent) in MEDIA_NOUNS and (ent.text.startswith("The ") or before[-1:] == ["The"])


def _after_site_address(ent) -> bool:
    """ "Teen dies in hunting accident - KLTV.com - Tyler, Longview": a town the site's name lists
    after its address, on the same line."""
    for token in reversed(ent.doc[max(0, ent.start - SITE_NAME_TOKENS) : ent.start]):
        if "\n" in token.text_with_ws:
            return False
        if SITE_ADDRESS.match(token.text):
            return True
    return False


def state_code(text: str) -> str | None:
    """A state's name, with "State" or without ("New York State"), or its AP abbreviation ("Pa.",
    "Fla."); a bare two-letter word is no state."""
    gaz = get_gazetteer()
    name = text.removesuffix(" State").removesuffix(" state")
    return gaz.state_code(name) or (gaz.state_code(text, abbreviations=True) if "." in text else None)


def names_street(ent) -> bool:
    """ "Elm Avenue", "the 700 block of Elm", "at 22nd and Elm", and "the shooting on Elm" where the
    story named Elm Avenue before."""
    if street_end(ent.sent, ent) is not None:
        return True
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before == "on" and ent.text.lower() in _article_streets(ent.doc)


# "Mount Sinai Hospital", "Grady Memorial Hospital", "Jackson Medical Center": a hospital's proper name.
HOSPITAL_NAME = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?: Memorial| Regional| General| Community)? "
    r"(?:Hospital|Medical Center|Medical Centre|Trauma Center)\b"
)


def names_hospital(ent) -> bool:
    """ "taken to Mount Sinai", "died at Grady" where the story named Mount Sinai Hospital before or
    after: the hospital by its short name, not a town of that name."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before in {"to", "at"} and bare_name(ent) in _article_hospitals(ent.doc)


def _article_hospitals(doc: Doc) -> frozenset[str]:
    key = "crosswire.article_hospitals"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(m.group(1) for m in HOSPITAL_NAME.finditer(doc_text(doc)))
    return doc.user_data[key]


def article_surnames(doc: Doc) -> frozenset[str]:
    """Last names of the people the article names in full ("Sam T. Parker")."""
    key = "crosswire.article_surnames"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1)
    return doc.user_data[key]


def _article_streets(doc: Doc) -> frozenset[str]:
    """Lower-cased names the article gives a street ("Larch Avenue", "block of Quarry")."""
    key = "crosswire.article_streets"
    if key not in doc.user_data:
        names = {(m.group(1) or m.group(2)).lower() for m in STREET_NAME.finditer(doc_text(doc))}
        # "block of Larch Avenue" names Larch
        doc.user_data[key] = frozenset(
            name.rsplit(" ", 1)[0] if name.rsplit(" ", 1)[-1] in STREET_WORDS else name for name in names
        )
    return doc.user_data[key]
