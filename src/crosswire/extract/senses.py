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
from crosswire.extract.spans import is_headline, sentence_of

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
# "wealth is under attack", "press freedom under attack": an idea or a good, not a body or a place.
ABSTRACTIONS = frozenset("wealth democracy freedom liberty right value science truth faith tradition culture".split())
# "a heart attack", "a panic attack": an attack of the body.
BODILY_ATTACKS = frozenset({"heart", "panic", "asthma", "anxiety"})
TOLL_LEMMAS = frozenset({"kill", "die"})
# "shot the video", "the shooting of the final scene": a camera's shots.
FILMED_THINGS = frozenset(
    "film movie video scene footage photo photograph picture commercial episode documentary pilot clip".split()
)
# "the market rally", "a rally in bank shares": prices rise.
MARKET_WORDS = frozenset(
    "market stock share bond price index currency dollar euro oil gold equity investor trader sensex nifty "
    "dow nasdaq".split()
)
# What a protest's crowd does, as told of a rally that is itself the news.
CROWD_ACTS = frozenset("protest protester demonstrator march marcher chant".split())
# "detention center", "detained migrants": where and whom the authorities hold, not an arrest told.
HOLDING_PLACES = frozenset({"center", "centre", "facility", "camp", "cell", "unit", "hearing", "pond"})
# "protests exploded into violence", "sales exploded": growth, not a blast.
GROWING_THINGS = frozenset(
    "protest sale demand price population popularity interest growth number anger outrage violence unrest "
    "tension".split()
)
# "supernova explosions", "a solar explosion": the sky's, not a bomb's.
STELLAR_WORDS = frozenset({"supernova", "star", "stellar", "solar", "cosmic"})
# What sets off a label from what it labels: "Related: Shooting on Elm St.", "WATCH — Two Hurt".
LABEL_MARKS = frozenset({":", "-", "\u2013", "\u2014", "(", "|"})
# "the strange new reality that had ambushed her", "grief ambushed him": no hand strikes.
ABSTRACT_AGENTS = frozenset(
    "reality fate life grief memory past illness sorrow fear doubt emotion feeling nostalgia truth news "
    "thought sadness depression loneliness guilt regret memories fears doubts emotions feelings thoughts".split()
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
    if lemma in CONTEST_LEMMAS and SCORE_RE.search(sentence_of(token).text):
        return True  # "rallied to beat Sam Doe 6-4, 3-6, 7-5": a game
    if _in_a_title(token) or _done_to_the_reader(token):
        return True
    test = _SENSE_TESTS.get(lemma)
    return test is not None and test(token)


def _in_a_title(token: Token) -> bool:
    """ "the games include Attack on Titan", "a study of the Black Death": a capitalised word inside a
    sentence of prose is part of a name or a title. Not after a label ("Related: Shooting on Elm
    St."), nor in a headline's Title Case."""
    if token.pos_ != "PROPN" or not token.is_title:
        return False
    sent = sentence_of(token)
    if token.i == sent.start:
        return False
    before = token.nbor(-1)
    if before.is_space or before.is_quote or before.text in LABEL_MARKS:
        return False
    # prose has lower-case words; a headline capitalises its words as a title's
    prose = any(t.is_lower and t.is_alpha and len(t) > 3 for t in sent)
    return prose and not is_headline(sent)


def _done_to_the_reader(token: Token) -> bool:
    """ "You were assaulted in that restroom": an advice column or a guide speaks to its reader; news
    does not report an incident to the one it happened to."""
    receivers = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    return bool(receivers) and all(r.lower_ in ("you", "yourself") for r in receivers)


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
    if token.pos_ == "VERB" and token.dep_ == "conj" and not objects:
        # "it was neither witnessed nor executed": the second verb shares the first's subject
        objects = [c for c in token.head.children if c.dep_ == "nsubjpass"]
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


def _bodily_or_of_words(token: Token) -> bool:
    if _bodily(token):
        return True
    if token.pos_ == "VERB":
        views = any(c.dep_ == "dobj" and c.lemma_.lower() in VIEWS for c in token.children)
        return views or _figurative_attack(token)
    return _under_attack_of_words(token) or _attack_on_words(token)


def _attack_on_words(token: Token) -> bool:
    """ "the attack on her voting record", "attacks against the plan": a view or an idea attacked."""
    targets = [g for c in token.children if c.lower_ in ("on", "against") for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in VIEWS | ABSTRACTIONS for t in targets)


def _under_attack_of_words(token: Token) -> bool:
    """ "The senator was under constant attack as the new front-runner", "her record is under attack",
    "never has wealth been under such attack": a named person, a view or an idea that is under attack
    is criticised. A person who "came under attack" on a street was set upon."""
    under = token.head
    if under.lower_ != "under" or under.head.lemma_.lower() != "be":
        return False
    subjects = [c for c in under.head.children if c.dep_ == "nsubj"]
    return any(s.ent_type_ == "PERSON" or s.lemma_.lower() in VIEWS | ABSTRACTIONS for s in subjects)


def _agent(verb: Token) -> Token | None:
    """Who does the verb: its subject, the noun a relative clause hangs on ("the reality that had
    ambushed her"), or the "by" of its passive."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.tag_ == "WDT" and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _figurative_attack(token: Token) -> bool:
    """ "the strange new reality that had ambushed her", "memories attacked him": a feeling or a
    state of things does it, not someone."""
    if token.pos_ != "VERB":
        return False
    agent = _agent(token)
    # no entity: "Grief ambushed him" opens a sentence, and the tagger reads it as a name
    return agent is not None and not agent.ent_type_ and bool({agent.lower_, agent.lemma_.lower()} & ABSTRACT_AGENTS)


def _hurt_oneself(token: Token) -> bool:
    """ "who hurt herself by stumbling through questions", "he injured himself in a fall": hurt by one's
    own doing, where no weapon is told, is a mishap or a figure of speech."""
    reflexive = any(c.dep_ == "dobj" and c.lower_ in lx.REFLEXIVE_PRONOUNS for c in token.children)
    return reflexive and not any(t.lemma_.lower() in lx.WEAPON_WORDS for t in sentence_of(token))


def _near_miss(token: Token) -> bool:
    """ "the duvet nearly killed him", "I almost died there": no one died, and nothing tells of
    violence; "a bullet nearly killed him" still tells a shooting."""
    if not any(c.dep_ == "advmod" and c.lower_ in NEARLY_WORDS for c in token.children):
        return False
    return not any(t.lemma_.lower() in lx.WEAPON_WORDS for t in sentence_of(token))


def _market_rally(token: Token) -> bool:
    """ "the market rally", "a rally in bank shares", "shares have been rallying": prices, not people;
    people rally ("thousands rallied outside the statehouse")."""
    if token.pos_ == "VERB":
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        return bool(subjects) and not any(
            _is_someone(s) or s.lemma_.lower() in ("thousand", "hundred", "dozen") for s in subjects
        )
    around = [c for c in token.children if c.dep_ in ("compound", "amod")]
    # "attributed the rally in bank stocks to ...": the parser may hang the "in" on the verb
    following = [token.nbor(1)] if token.i + 1 < len(token.doc) else []
    ins = [c for c in [*token.children, *following] if c.dep_ == "prep" and c.lower_ == "in"]
    around += [g for c in ins for g in c.subtree]
    return any(t.lemma_.lower() in MARKET_WORDS for t in around)


def _a_speaker_s_stage(token: Token) -> bool:
    """ "the president said at a rally in Elmvale": where someone spoke, told for what was said. A
    rally that is news is told by what its crowd did: it protested, marched or chanted."""
    at = token.head
    if token.dep_ != "pobj" or at.lower_ != "at" or at.head.lemma_.lower() not in lx.SPEECH_VERBS:
        return False
    return not any(t.lemma_.lower() in CROWD_ACTS for t in sentence_of(token))


def _rally_of_no_crowd(token: Token) -> bool:
    return _market_rally(token) or _a_speaker_s_stage(token)


def _held_not_arrested(token: Token) -> bool:
    """ "detained migrants", "the detention center": whom and where the authorities hold."""
    while token.dep_ == "conj":
        token = token.head  # "a processing and detention facility"
    if token.dep_ == "amod":
        return True
    return token.dep_ in ("compound", "nmod") and token.head.lemma_.lower() in HOLDING_PLACES


def _grows(token: Token) -> bool:
    """ "protests exploding to new levels", "an explosion of interest": growth, not a blast."""
    if token.pos_ == "VERB":
        if token.dep_ == "acl" and token.head.lemma_.lower() in GROWING_THINGS:
            return True  # "with protests exploding"
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in GROWING_THINGS for c in token.children)
    kinds = [c for c in token.children if c.dep_ in ("compound", "amod")]
    if any(c.lemma_.lower() in STELLAR_WORDS for c in kinds):
        return True  # "supernova explosions"
    return any(g.lemma_.lower() in GROWING_THINGS for g in _receives(token))


def _photo_shoot(token: Token) -> bool:
    """ "a photo shoot"; not "shoot-out", nor a headline's "Toddler shoots mother" tagged a noun."""
    if token.lower_ != "shoot" or token.pos_ != "NOUN":
        return False
    return any(c.dep_ == "compound" and not _is_someone(c) for c in token.children)


def _filming(token: Token) -> bool:
    """ "shot the video on Friday", "the shooting of the final scene": what is shot is a film."""
    if token.lemma_.lower() == "shoot" and token.pos_ == "NOUN":
        return _photo_shoot(token)
    return any(r.lemma_.lower() in FILMED_THINGS for r in _receives(token))


def _modifies_a_noun(token: Token) -> bool:
    """ "the advisory panel"; "a travel advisory" is read as a phrase."""
    return token.dep_ in ("amod", "compound")


# The test of each word's everyday sense.
_SENSE_TESTS: dict[str, Callable[[Token], bool]] = {
    **dict.fromkeys(ACTS_ON_PEOPLE, _done_to_no_one),
    "attack": _bodily_or_of_words,
    "ambush": _figurative_attack,
    "hurt": _hurt_oneself,
    "injure": _hurt_oneself,
    **dict.fromkeys(TOLL_LEMMAS, _near_miss),
    "rally": _rally_of_no_crowd,
    "detain": _held_not_arrested,
    "detention": _held_not_arrested,
    "explode": _grows,
    "explosion": _grows,
    "shoot": _filming,
    "shooting": _filming,
    "advisory": _modifies_a_noun,
}
