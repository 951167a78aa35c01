"""Word senses: when a word of violence tells of something else.

A general news feed is full of the everyday senses of the words a shooting story uses: "Elmvale
beat Millbrook 3-1", "sales beat forecasts", "the market rally", "the cameras captured the moment",
"officers were executing a search warrant", "the rivals attacked each other's policies", "he died
of a heart attack", "the duvet nearly killed him". ``other_sense`` tells them from the sense of an
incident by the words around the trigger, as a reader does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Token

from crosswire.extract import lexicon as lx
from crosswire.extract.figures.people import is_person
from crosswire.extract.figures.words import NEARLY_WORDS

__all__ = ["natural_death", "other_sense"]

# "the death penalty", "a bomb threat", "an assault rifle", "protest laws", "a shooting range": the
# word names a kind of thing, not an incident.
NAMING_HEADS = frozenset("penalty threat squad warning law bill legislation rifle weapon ad range drill".split())
RIOT_UNITS = frozenset({"police", "gear", "shield", "officer", "unit"})
NAMED_BY = frozenset({"penalty", "threat"})
# "3-1", "6-4, 3-6": a game's score; "9-1-1" and "I-75" are none.
SCORE_RE = re.compile(r"(?<![\w-])\d{1,2}-\d{1,2}(?![\w-])")
# Words a game's result is told with as well as a fight's.
CONTEST_LEMMAS = frozenset({"beat", "rally", "clash", "battle", "fight", "fighting"})
# Verbs that are acts against people only when people are on the receiving end: "beat a man" and
# "captured the suspect", but "beat forecasts", "captured the moment", "executed a warrant".
ACTS_ON_PEOPLE = frozenset({"beat", "capture", "execute", "execution"})
PERSONAL_PRONOUNS = frozenset(
    {"him", "her", "them", "me", "us", "himself", "herself", "themselves", "he", "she", "they"}
)
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# "attacked each other's policies": what is attacked is a view, not a body.
VIEWS = frozenset(
    "policy plan proposal record idea view claim comment remark stance position decision agenda bill "
    "law argument statement character credibility reputation".split()
)
# "a heart attack", "a panic attack": an attack of the body.
BODILY_ATTACKS = frozenset({"heart", "panic", "asthma", "anxiety"})
TOLL_LEMMAS = frozenset({"kill", "die"})
# "the market rally", "a rally in bank shares": prices rise.
MARKET_WORDS = frozenset(
    "market stock share bond price index currency dollar euro oil gold equity investor trader sensex nifty "
    "dow nasdaq".split()
)
# "detention center", "detained migrants": where and whom the authorities hold, not an arrest told.
HOLDING_PLACES = frozenset({"center", "centre", "facility", "camp", "cell", "unit", "hearing", "pond"})
# "protests exploded into violence", "sales exploded": growth, not a blast.
GROWING_THINGS = frozenset(
    "protest sale demand price population popularity interest growth number anger outrage violence unrest "
    "tension".split()
)
# A death from illness ("an outbreak of the plague killed two") is no incident.
ILLNESS_NOUNS = frozenset(
    "plague disease illness outbreak epidemic pandemic virus infection cancer flu influenza cholera measles "
    "ebola covid tuberculosis malaria".split()
)


def other_sense(token: Token) -> bool:
    """Whether a trigger word is used in a sense that tells of no incident."""
    lemma = token.lemma_.lower()
    if token.dep_ == "compound" and token.head.lemma_.lower() in NAMING_HEADS:
        return True
    if lemma == "riot" and token.dep_ == "compound" and token.head.lemma_.lower() in RIOT_UNITS:
        return True  # "riot police fired tear gas": the police are no riot
    if any(c.dep_ == "compound" and c.lemma_.lower() in NAMED_BY for c in token.children):
        return True
    if lemma in CONTEST_LEMMAS and SCORE_RE.search(token.sent.text):
        return True  # "rallied to beat Sam Doe 6-4, 3-6, 7-5": a game
    test = _SENSE_TESTS.get(lemma)
    return test is not None and test(token)


def natural_death(lemmas: set[str], sent_tokens: Iterable[Token]) -> bool:
    """Whether a sentence tells a death from illness: "an outbreak of the plague killed two", "died
    of a heart attack"."""
    if lemmas & ILLNESS_NOUNS:
        return True
    return any(t.lemma_.lower() == "attack" and _bodily(t) for t in sent_tokens)


def _receives(token: Token) -> list[Token]:
    """What the word is done to: a verb's object, the subject of its passive, or what it is done on
    ("beating on the doors", "beat the hell out of him"); a noun's "of" ("the capture of the suspect")."""
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS] if token.pos_ == "VERB" else []
    preps = [c for c in token.children if c.dep_ == "prep" and (token.pos_ == "VERB" or c.lower_ == "of")]
    preps += [g for p in preps for g in p.children if g.dep_ == "prep"]  # "out of him"
    return objects + [g for p in preps for g in p.children if g.dep_ == "pobj"]


def _is_someone(noun: Token) -> bool:
    if noun.lower_ in PERSONAL_PRONOUNS or noun.ent_type_ == "PERSON":
        return True
    if noun.pos_ == "PROPN" and not noun.ent_type_:
        return True  # a name the tagger did not know may be a person's
    if is_person(noun):
        return True
    # "beat two of them", "captured one of the gunmen"
    return noun.pos_ in ("NUM", "PRON") and any(
        g.dep_ == "pobj" and _is_someone(g) for c in noun.children if c.dep_ == "prep" for g in c.children
    )


def _done_to_no_one(token: Token) -> bool:
    """ "beat forecasts", "captured the moment", "executing a search warrant": a word of violence
    done to something that is no one. A capture with no one captured ("the game's captures", "to see
    the game capture out there") is no arrest; a beating told without its victim keeps its sense."""
    receivers = _receives(token)
    if not receivers:
        return token.lemma_.lower() == "capture"
    # "executing two alleged spies", "captured 20 fighters": whom the news counts are people
    counted = any(r.dep_ in OBJECT_DEPS and _counted(r) for r in receivers)
    return not counted and not any(_is_someone(r) for r in receivers)


def _counted(noun: Token) -> bool:
    """ "two alleged spies", not "the VEGA 20 graphics" (a model's name)."""
    return any(
        c.dep_ == "nummod" and c.lower_ not in ("one", "1") and (c.i == 0 or c.nbor(-1).pos_ != "PROPN")
        for c in noun.children
    )


def _bodily(token: Token) -> bool:
    return any(c.dep_ == "compound" and c.lower_ in BODILY_ATTACKS for c in token.children)


def _bodily_or_of_views(token: Token) -> bool:
    if _bodily(token):
        return True
    return token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in VIEWS for c in token.children)


def _near_miss(token: Token) -> bool:
    """ "the duvet nearly killed him", "I almost died there": no one died, and nothing tells of
    violence; "a bullet nearly killed him" still tells a shooting."""
    if not any(c.dep_ == "advmod" and c.lower_ in NEARLY_WORDS for c in token.children):
        return False
    return not any(t.lemma_.lower() in lx.WEAPON_WORDS for t in token.sent)


def _market_rally(token: Token) -> bool:
    """ "the market rally", "a rally in bank shares", "shares have been rallying": prices, not people;
    people rally ("thousands rallied outside the statehouse")."""
    if token.pos_ == "VERB":
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        return bool(subjects) and not any(
            _is_someone(s) or s.lemma_.lower() in ("thousand", "hundred", "dozen") for s in subjects
        )
    around = [c for c in token.children if c.dep_ in ("compound", "amod")]
    around += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.subtree]
    return any(t.lemma_.lower() in MARKET_WORDS for t in around)


def _held_not_arrested(token: Token) -> bool:
    """ "detained migrants", "the detention center": whom and where the authorities hold."""
    if token.dep_ == "amod":
        return True
    return token.dep_ == "compound" and token.head.lemma_.lower() in HOLDING_PLACES


def _grows(token: Token) -> bool:
    """ "protests exploding to new levels", "an explosion of interest": growth, not a blast."""
    if token.pos_ == "VERB":
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in GROWING_THINGS for c in token.children)
    return any(g.lemma_.lower() in GROWING_THINGS for g in _receives(token))


def _photo_shoot(token: Token) -> bool:
    """ "a photo shoot"; not "shoot-out", nor a headline's "Toddler shoots mother" tagged a noun."""
    if token.lower_ != "shoot" or token.pos_ != "NOUN":
        return False
    return any(c.dep_ == "compound" and not _is_someone(c) for c in token.children)


def _modifies_a_noun(token: Token) -> bool:
    """ "the advisory panel"; "a travel advisory" is read as a phrase."""
    return token.dep_ in ("amod", "compound")


# The test of each word's everyday sense.
_SENSE_TESTS: dict[str, Callable[[Token], bool]] = {
    **dict.fromkeys(ACTS_ON_PEOPLE, _done_to_no_one),
    "attack": _bodily_or_of_views,
    **dict.fromkeys(TOLL_LEMMAS, _near_miss),
    "rally": _market_rally,
    "detain": _held_not_arrested,
    "detention": _held_not_arrested,
    "explode": _grows,
    "explosion": _grows,
    "shoot": _photo_shoot,
    "advisory": _modifies_a_noun,
}
