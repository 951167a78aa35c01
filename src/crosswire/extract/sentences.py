"""Reading one sentence: its event trigger, figures, anchored dates, places, actors and speaker.

The mention builder (``mentions.py``) then decides which sentences tell the same incident.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from crosswire.extract import lexicon as lx
from crosswire.extract.figures import Figure, read_figures
from crosswire.extract.figures.scope import describes_an_incident, describing_clause_above
from crosswire.extract.figures.words import LEGAL_STEPS
from crosswire.extract.modality import is_definite, is_hypothetical, is_negated, names_a_person
from crosswire.extract.place_names import resolve_place_name
from crosswire.extract.place_words import AFTERMATH_WORDS
from crosswire.extract.places import PlaceHit, find_places
from crosswire.extract.senses import natural_death, other_sense
from crosswire.extract.sentence_dates import SEQUENCE_PREPOSITIONS, sentence_dates
from crosswire.extract.spans import is_headline, sentence_ents, sentence_of, sentence_text, token_at
from crosswire.model import Actor, DateValue, Location

# Person-like entity labels that can act as perpetrators or be named as victims.
ACTOR_LABELS = {"ORG", "NORP", "PERSON"}
NAME_LABELS = {"FAC", "ORG", "PERSON", "EVENT"}
# Offices whose holders speak in every story of their town: "Mayor Jane Roe", "Police Chief Jon Reyes",
# "Sgt. Ann Lee said". Not "Officer" or "Deputy": those are often the ones shot.
OFFICIAL_TITLES = frozenset(
    "mayor chief sheriff superintendent commissioner spokesman spokeswoman spokesperson lt lieutenant sgt "
    "sergeant capt captain gov governor sen senator rep president judge prosecutor coroner councilman "
    "councilwoman alderman attorney".split()
)
SUBJECT_BEFORE_NAME = re.compile(r"(?:\d+\s*-?\s*year\s*-?\s*old|\bidentified\b.*\bas)\s*$")
# Words that are no trigger unless the sentence also reports a figure ("death penalty", "fire").
NEEDS_FIGURE = {
    "strike",
    "shell",
    "drone",
    "rocket",
    "missile",
    "battle",
    "fighting",
    "dead",
    "death",
    "gun",
    "burn",
    "wound",
    "injure",
    "graze",
}
FIRE_OBJECTS = {"shot", "round", "bullet", "weapon", "gun"}
FIRED_AT = {"at", "into", "on"}
CASUALTY_COUNTS = {"shot", "killed", "injured"}
CASUALTY_WORDS = {"shot", "killed", "dead", "wounded", "injured", "hurt"}
AIRBORNE = {"plane", "warplane", "aircraft", "jet", "drone", "helicopter", "missile", "rocket", "airstrike", "bomber"}
WEAPON_NOUNS = {"grenade", "bomb", "missile", "rocket", "ied", "explosive", "gun"}
EXPLOSIVE_WORDS = {"explosive", "explosion", "bomb", "blast", "dynamite", "grenade", "device", "ied"}
BLASTED_PRONOUNS = {"him", "her", "them", "himself", "herself", "me", "us"}
AMMUNITION_NOUNS = {"casing", "casings", "cartridge", "cartridges"}
GUN_CONTEXT = lx.FIREARMS | lx.GUNFIRE | {"shooter", "buckshot"}
POSSESSION_VERBS = {
    "seize",
    "find",
    "confiscate",
    "discover",
    "recover",
    "possess",
    "carry",
    "store",
    "make",
    "hide",
    "buy",
    "sell",
    "smuggle",
    "have",
    "own",
    "display",
    "show",
}
# Businesses a story names by the word before them ("Copperleaf lounge"); places.VENUE_NOUNS are the
# wider set of venue words a place hit keeps.
NAMED_BUSINESS_NOUNS = {"nightclub", "club", "bar", "lounge", "tavern", "pub", "restaurant", "cafe", "motel", "hotel"}
# Verbs of police sent to an incident as it happened ("called to the home for a shooting").
SUMMONING_VERBS = frozenset({"call", "dispatch", "summon", "respond"})
# What a police spokesman answers, unlike a call to a scene.
PRESS_REQUESTS = {"request", "question", "inquiry", "message", "email", "comment"}
# Who is summoned to the scene of an incident.
RESPONDERS = {"police", "officer", "deputy", "trooper", "medic", "paramedic", "firefighter", "emt", "investigator"}
# Nouns that refer back to an incident without naming its kind ("the incident happened ...").
REFERENCE_NOUNS = {"incident", "crime", "scene", "tragedy"}
# "It happened Sunday in the 600 block": a verb that places or dates the incident already told.
REFERENCE_VERBS = {"happen", "occur", "unfold", "erupt"}
# Where a story sets an earlier attack beside its own: "on the same block", "at the same corner".
SAME_SPOT_NOUNS = frozenset({"block", "street", "corner", "intersection", "spot"})


@dataclass(slots=True)
class Reading:
    """What one sentence says about incidents."""

    sent: Span
    event: tuple[str, str] | None = None
    trigger: Token | None = None
    definite: bool = False
    refers_back: bool = False
    hypothetical: bool = False
    negated: bool = False
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateValue] = field(default_factory=list)
    # dates of the sentence not tied to the trigger, nor to a verb of speech: a fallback
    loose_dates: list[DateValue] = field(default_factory=list)
    # days written against an incident word: "the July 5 shooting", "Saturday's shooting"
    incident_days: list[DateValue] = field(default_factory=list)
    # dates of a later step or a statement ("arrested in August 2023"): the incident is no later
    step_dates: list[DateValue] = field(default_factory=list)
    places: list[PlaceHit] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)  # persons the story is about: told by age, or identified
    speaker: str | None = None
    background_marker: bool = False
    recalls_older: bool = False  # set months or years before the story ("a year earlier")
    distinct_marker: bool = False
    series_marker: bool = False  # counts the incident among others of a spell
    totals_several: bool = False  # counts the victims of several incidents together (a roundup)
    follow_up: bool = False

    @property
    def start(self) -> int:
        return self.sent.start_char

    @property
    def place(self) -> Location | None:
        return self.places[0].location if self.places else None


def read_sentence(sent: Span, published: dt.date | None, countries: set[str], admin1: str | None = None) -> Reading:
    """Read one sentence (spaCy span) against the article's date, countries and state/region."""
    reading = Reading(sent=sent)
    text = sentence_text(sent)
    if lx.HISTORY_RE.search(text):
        return reading  # "In the 14th century the Black Death spread, killing millions": history, not news
    lowered = text.lower()
    reading.figures, reading.totals_several = read_figures(sent)
    _find_trigger(reading, lowered)
    reading.refers_back = _responders_arrive(sent) or any(
        t.lemma_.lower() in REFERENCE_NOUNS or (t.lemma_.lower() in REFERENCE_VERBS and t.pos_ == "VERB") for t in sent
    )
    reading.background_marker = any(m in lowered for m in lx.BACKGROUND_MARKERS)
    reading.recalls_older = _recalls_older(sent, text, reading.trigger)
    reading.distinct_marker = (
        any(m in lowered for m in lx.DISTINCT_MARKERS)
        or bool(lx.DISTINCT_OPENING_RE.match(text))
        or bool(lx.OTHERS_SAME_TIME_RE.search(text))
        or _on_the_same_spot(reading.trigger)
    )
    reading.series_marker = bool(lx.SERIES_RE.search(text))
    reading.follow_up = _tells_a_follow_up(sent, lowered)
    dates, loose, reading.incident_days, reading.step_dates = sentence_dates(
        sent, reading.trigger, published, direct_only=reading.follow_up
    )
    if reading.trigger is not None or reading.refers_back:
        reading.places = _places(sent, reading, countries, admin1)
        if reading.trigger is None and _still_on_scene(sent):
            # "Officers were still at the scene late Tuesday": the day of the investigation
            reading.loose_dates = dates + loose
        else:
            reading.dates, reading.loose_dates = dates, loose
    else:
        # a sentence about something else may still date the incident ("victims arrived at 1 a.m. Monday")
        reading.loose_dates = dates + loose
    ents = sentence_ents(sent)
    reading.actors = _actors(sent, ents)
    reading.names = sorted(
        {e.text for e in ents if e.label_ in NAME_LABELS and len(e.text) > 2 and not _is_official(e)}
        | _venue_names(sent)
    )
    reading.people = sorted({e.text for e in ents if e.label_ == "PERSON" and _is_subject(e)})
    reading.speaker = _speaker(sent)
    return reading


def _venue_names(sent: Span) -> set[str]:
    """ "at Copperleaf lounge": the name of a venue, the word before its kind, that the model tagged as no entity."""
    names = set()
    for noun in (t for t in sent if t.lower_ in NAMED_BUSINESS_NOUNS and t.i > sent.start):
        name = sent.doc[noun.i - 1]
        if name.pos_ == "PROPN" and name.is_title and name.i > sent.start and not name.ent_type_:
            names.add(name.text)
    return names


def _still_on_scene(sent: Span) -> bool:
    """ "Police remained at the scene Friday", "were still on the scene": a later hour of the work there."""
    return any(t.lower_ in {"still", "remained", "remain", "remains"} for t in sent) and not any(
        t.lemma_.lower() in REFERENCE_VERBS for t in sent
    )


def _is_official(ent: Span) -> bool:
    """A person named with an office ("Mayor Jane Roe"): a voice of the authorities, not a party."""
    if ent.label_ != "PERSON" or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if before.text == "." and before.i > 0:  # "Sgt. Ann Lee" may split the abbreviation's point off
        before = ent.doc[before.i - 1]
    return before.lower_.rstrip(".") in OFFICIAL_TITLES


def _find_trigger(reading: Reading, lowered: str) -> None:
    """Pick the most severe trigger of the sentence and judge whether it really happened."""
    candidates: list[tuple[int, int, int, int, tuple[str, str], Token]] = []
    for phrase, event in lx.PHRASE_TRIGGERS.items():
        at = lowered.find(phrase)
        if at >= 0:
            token = token_at(reading.sent, reading.sent.start_char + at)
            if token is not None:
                candidates.append((lx.PRIORITY[event], _told_now(token), 1, -token.i, event, token))
    for token in reading.sent:
        event = _token_event(token, bool(reading.figures))
        if event is not None:
            # among equally severe triggers the verb carries the clause's date and place
            told_now = _told_now(token)
            candidates.append((lx.PRIORITY[event], told_now, int(token.pos_ == "VERB"), -token.i, event, token))
    candidates += _title_case_triggers(reading.sent, {c[-1].i for c in candidates})
    if not candidates:
        word = _hidden_trigger(reading)
        if word is not None:
            candidates.append((lx.PRIORITY[lx.ATTACK], 1, 0, -word.i, lx.ATTACK, word))
    real = [c for c in candidates if not is_negated(c[-1])]
    if not real:
        reading.negated = bool(candidates)
        return
    occurred = [c for c in real if not is_hypothetical(c[-1])]
    if occurred and _toll_without_violence(reading.sent, [c[-1] for c in occurred]):
        return
    if not occurred:
        # A planned or prevented attack is still news: a disrupted plot.
        reading.hypothetical = True
        if any(_governed_by(c[-1], {"prevent", "foil", "thwart", "avert", "disrupt"}) for c in real):
            token = max(real)[-1]
            reading.event, reading.trigger = lx.DISRUPTED, token
        return
    *_, reading.event, reading.trigger = max(occurred)
    reading.definite = is_definite(reading.trigger)


def _toll_without_violence(sent: Span, triggers: list[Token]) -> bool:
    """ "Two people died in a crash", "a house fire killed three", "an outbreak of the plague killed
    two", "he died of a heart attack": deaths and injuries told by an accident's or an illness's word
    and no act of violence are no incident."""
    if not all(t.lemma_.lower() in lx.TOLL_WORDS for t in triggers):
        return False
    lemmas = _noun_lemmas(sent)
    if lemmas & lx.WEAPON_WORDS:
        return False
    return bool(lemmas & lx.ACCIDENT_NOUNS) or natural_death(lemmas, sent)


def _noun_lemmas(sent: Span) -> set[str]:
    return {t.lemma_.lower() for t in sent if t.pos_ in ("NOUN", "PROPN")}


def _title_case_triggers(sent: Span, taken: set[int]) -> list[tuple[int, int, int, int, tuple[str, str], Token]]:
    """ "Two Women Shot on Quarry Street; One Arrested After 2014 Shooting": the words a Title Case
    headline hides from the tagger, a verb form ranking as a verb, so the headline's own news
    outranks the noun of what came before."""
    if not _is_title_case_line(sent):
        return []
    return [
        (lx.PRIORITY[lx.ATTACK], _told_now(t), int(not t.lower_.endswith("ing")), -t.i, lx.ATTACK, t)
        for t in sent
        if t.pos_ == "PROPN" and t.lower_ in lx.HEADLINE_TRIGGER_FORMS and t.i not in taken
    ]


def _told_now(token: Token) -> int:
    """0 for a word within an "after" phrase ("after two shootings on Monday, gunfire erupted
    again"): the sentence tells what came after; 1 otherwise."""
    return int(not any(a.dep_ == "prep" and a.lower_ in SEQUENCE_PREPOSITIONS for a in token.ancestors))


def _token_event(token: Token, has_figure: bool) -> tuple[str, str] | None:
    lemma = token.lemma_.lower()
    if token.pos_ not in ("NOUN", "VERB", "PROPN", "ADJ"):
        return None
    if lemma in lx.LETTING_OFF:
        # "fired shots", "fired at the car", "discharged his weapon", "the gun fired": shooting;
        # "fire" alone may be a blaze or a dismissal, "discharged" a patient let go.
        return lx.ATTACK if token.pos_ == "VERB" and (_aimed(token) or _gun_went_off(token)) else None
    event = lx.TRIGGERS.get(lemma)
    if event is None:
        return None
    if lemma == "strike" and token.pos_ == "VERB" and not _from_the_air(token):
        event = lx.ATTACK  # "he was struck by gunfire": shot, not bombed
    if lemma == "blast" and _blasts_with_a_gun(token):
        event = lx.ATTACK  # "loaded a shotgun before accidentally blasting the child": shot
    if lemma == "shell" and (token.pos_ in {"PROPN", "ADJ"} or _ammunition(token)):
        return None  # "a shell casing", "shotgun shells", "the Shell station": no shelling
    if lemma in NEEDS_FIGURE and not has_figure:
        return None
    if not has_figure and _is_generic_plural(token):
        return None  # "to mount attacks", "attacks against forces": a kind of event, not an incident
    if lemma in WEAPON_NOUNS and token.head.lemma_.lower() in POSSESSION_VERBS | {"of", "with"}:
        return None  # "seized grenades", "a quantity of grenades": a weapon, not an explosion
    if other_sense(token):
        return None
    return event


def _aimed(verb: Token) -> bool:
    """ "fired shots", "discharged his weapon", "shots were fired", "the call of shots fired", "fired
    at the car" (not "was fired on Friday")."""
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in FIRE_OBJECTS for c in verb.children):
        return True
    before = verb.doc[verb.i - 1] if verb.i > sentence_of(verb).start else None
    if before is not None and before.lemma_.lower() in FIRE_OBJECTS:
        return True  # "shots fired", however the parse hangs the words
    targets = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in FIRED_AT]
    return verb.lemma_.lower() == "fire" and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for c in targets for g in c.children
    )


def _gun_went_off(verb: Token) -> bool:
    """ "the gun fired", "a handgun discharged at a gun show": a gun that let off a shot."""
    guns = [c for c in verb.children if c.dep_ == "nsubj"] + ([verb.head] if verb.dep_ == "acl" else [])
    return any(g.lemma_.lower() in lx.FIREARMS for g in guns)


def _blasts_with_a_gun(word: Token) -> bool:
    """ "a shotgun blast", "blasted her in the face", "a man was blasted in the chest": a blast of
    a gun, or a person blasted where no explosive is, tells of a shot."""
    if word.pos_ != "VERB":
        return any(c.lemma_.lower() in GUN_CONTEXT for c in word.children if c.dep_ in {"compound", "amod"})
    if any(t.lemma_.lower() in GUN_CONTEXT for t in sentence_of(word)):
        return True
    people = {"dobj", "nsubjpass"}
    person = any(c.dep_ in people and (c.lower_ in BLASTED_PRONOUNS or names_a_person(c)) for c in word.children)
    return person and not any(t.lemma_.lower() in EXPLOSIVE_WORDS for t in sentence_of(word) if t.i != word.i)


def _ammunition(noun: Token) -> bool:
    """ "shell casings", "spent shells": what a gun fired."""
    head = noun.head.lower_ if noun.dep_ in {"compound", "amod", "nmod"} else ""
    return head in AMMUNITION_NOUNS or any(c.lower_ in {"shotgun", "spent"} for c in noun.children)


def _from_the_air(verb: Token) -> bool:
    """Whether aircraft or missiles do the striking ("warplanes struck the village")."""
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    doers += [g for c in doers if c.dep_ == "agent" for g in c.children]
    return any(t.lemma_.lower() in AIRBORNE for t in doers)


def _is_generic_plural(token: Token) -> bool:
    """A bare plural noun with no determiner, possessive, number or name of a place before it
    names a class of events ("to mount attacks"); "the Elmvale bar shootings" are some."""
    if token.tag_ not in ("NNS", "NNPS"):
        return False
    if any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in token.subtree if t.i < token.i):
        return False
    if _charged_in(token):
        return False  # "Two men charged in shootings": the shootings they are charged in
    return not any(c.dep_ in ("det", "poss", "nummod") for c in token.children)


def _charged_in(noun: Token) -> bool:
    """ "charged in", "arrested in", "convicted in" the incidents: a step of the law names the
    incidents it follows."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "in":
        return False
    return preposition.head.lemma_.lower() in LEGAL_STEPS


def _hidden_trigger(reading: Reading) -> Token | None:
    """A trigger the tagger missed: "Four shot at sports bar" (its toll tells an attack, though
    "shot" was read as a noun), "Girl Dies After Being Shot At Party" (Title Case, all proper nouns)."""
    sent = reading.sent
    casualties = [f for f in reading.figures if f.field in CASUALTY_COUNTS]
    if casualties:
        word = next((t for t in sent if t.lower_ in CASUALTY_WORDS), None)
        if word is not None:
            return None if other_sense(word) else word
        lemmas = _noun_lemmas(sent)
        if is_headline(sent) and not (lemmas & lx.ACCIDENT_NOUNS and not lemmas & lx.WEAPON_WORDS):
            # "Man hit by bullet at gun show": the words a headline's toll was read from tell the
            # attack; "Man hospitalized after crash" tells an accident
            return token_at(sent, casualties[0].end - 1)
    if not _is_title_case_line(sent):
        return None
    return next((t for t in sent if t.pos_ == "PROPN" and t.lower_ in lx.HEADLINE_TRIGGER_FORMS), None)


def _recalls_older(sent: Span, text: str, trigger: Token | None) -> bool:
    """ "a year earlier", "two years ago": the sentence tells of an older time, unless the words
    date only a clause that describes someone or something of it ("four were wounded at the home
    of a boy killed two years ago")."""
    for match in lx.RECALLED_TIME_RE.finditer(text):
        token = token_at(sent, sent.start_char + match.start())
        if trigger is None or token is None or not _dates_a_describing_clause(token, trigger):
            return True
    return False


def _dates_a_describing_clause(token: Token, trigger: Token) -> bool:
    """Whether the token lies in a relative or participle clause that leaves the trigger out and
    tells of someone or something, not of an incident ("a shooting that left three hurt years ago")."""
    clause = describing_clause_above(token)
    return clause is not None and trigger not in clause.subtree and not describes_an_incident(clause)


def _is_title_case_line(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(words) and is_headline(sent) and all(t.text[0].isupper() for t in words)


def _governed_by(token: Token, lemmas: set[str]) -> bool:
    return any(a.lemma_.lower() in lemmas for a in list(token.ancestors)[:3])


def _responders_arrive(sent: Span) -> bool:
    """ "Officers were summoned at 8 a.m. Friday to a home on Elm Road", "deputies responded to the
    300 block": the police going to the scene of the incident the story tells. Not a call before
    it ("deputies had responded to the home last week"), nor an answer to the press ("police did
    not respond to a request for comment")."""
    return any(_responders_sent_to_scene(verb) for verb in sent if verb.pos_ == "VERB")


def _responders_sent_to_scene(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in SUMMONING_VERBS and lemma != "arrive":
        return False
    children = list(verb.children)
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ == "had") for c in children):
        return False
    towards = {"to"} if lemma != "arrive" else {"to", "at"}  # "officers arrived at a home on Quarry Street"
    goals = [g for c in children if c.dep_ == "prep" and c.lower_ in towards for g in c.children if g.dep_ == "pobj"]
    if not goals or any(g.lemma_.lower() in PRESS_REQUESTS for g in goals):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in RESPONDERS for c in children)


def _on_the_same_spot(trigger: Token | None) -> bool:
    """ "A man was shot on the same block last week": an attack set where the story's own incident
    happened is another one. Not "a neighbour who lived on the same block": a word of the
    attack itself must be set there."""
    if trigger is None:
        return False
    places = (
        pobj
        for verb in (trigger, *trigger.conjuncts)  # "shot and killed on the same block"
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in {"on", "in", "at"}
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )
    return any(p.lower_ in SAME_SPOT_NOUNS and any(c.lower_ == "same" for c in p.children) for p in places)


def _tells_a_follow_up(sent: Span, lowered: str) -> bool:
    """ "arrested in connection with the shooting", "charged for the killing": a step after the
    incident. Police "called to the scene for the fatal shooting" came to the incident itself."""
    links = [m.group() for m in lx.FOLLOW_UP_RE.finditer(lowered)]
    if links and all(link == "for the" for link in links):
        fors = [t for t in sent if t.lower_ == "for" and t.dep_ == "prep"]
        return not fors or not all(t.head.lemma_.lower() in SUMMONING_VERBS for t in fors)
    return bool(links)


def _places(sent: Span, reading: Reading, countries: set[str], admin1: str | None) -> list[PlaceHit]:
    if reading.hypothetical:
        return []
    hits = find_places(sent, context_countries=countries, admin1=admin1)
    if not hits and reading.trigger is not None:
        hits = _compound_places(reading.trigger, countries, admin1)
    return hits


def _compound_places(trigger: Token, countries: set[str], admin1: str | None = None) -> list[PlaceHit]:
    """'an attack on a Moscow concert hall': a city named as a modifier of the target, looked up
    first in the article's state ("Oak Park shooting" on a Detroit station's site is Michigan's)."""
    hits = []
    for token in trigger.subtree:
        if token.ent_type_ == "GPE" and token.dep_ == "compound" and token.head.pos_ == "NOUN":
            if token.head.lower_ in AFTERMATH_WORDS:
                continue  # "sent to a Millbrook hospital": where the wounded went, not where it happened
            # The whole name, not its last word: "a Colorado Springs teen" is not in "Springs".
            name = next((e for e in sentence_ents(sentence_of(token)) if e.start <= token.i < e.end), None)
            if name is None or name.end - 1 != token.i:
                continue
            # "Castillo party shooting" in an American story is no small town of Spain
            location = resolve_place_name(name.text, None, countries, admin1)
            if location is not None and location.precision in ("city", "county"):
                location.text = " ".join(t.text for t in token.head.subtree)
                hits.append(PlaceHit(location=location, start=name.start_char, end=name.end_char))
    return hits


def _actors(sent: Span, ents: list[Span] | None = None) -> list[Actor]:
    """Perpetrators and claimants: 'claimed by X', 'X claimed responsibility', 'X carried out'."""
    actors = []
    for ent in sentence_ents(sent) if ents is None else ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        role = _actor_role(ent)
        if role:
            actors.append(Actor(name=_proper_name(ent), role=role))
    return actors


def _proper_name(ent: Span) -> str:
    """The whole proper name around an entity: NER may tag "Islamic" and leave out "State"."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > ent.sent.start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    while end < ent.sent.end and doc[end].pos_ == "PROPN":
        end += 1
    return doc[start:end].text


def _actor_role(ent: Span) -> str | None:
    head = ent.root
    # climb through "the X terror group" / "X's affiliate" to the noun phrase's syntactic role
    while head.dep_ in ("compound", "poss", "appos", "amod") and head.head != head:
        head = head.head
    governor = head.head
    if head.dep_ == "pobj" and governor.dep_ == "agent":
        verb = governor.head
        if verb.lemma_.lower() in lx.CLAIM_VERBS or verb.lemma_.lower() in lx.TRIGGERS:
            return "perpetrator"
    if head.dep_ == "pobj" and governor.lower_ == "by" and governor.head.lemma_.lower() in lx.TRIGGERS:
        return "perpetrator"
    if head.dep_ == "nsubj":
        verb = governor
        objects = {c.lemma_.lower() for c in verb.subtree}
        if verb.lemma_.lower() in lx.CLAIM_VERBS and objects & lx.RESPONSIBILITY_WORDS:
            return "perpetrator"
        if verb.lemma_.lower() in ("say", "admit") and objects & lx.RESPONSIBILITY_WORDS:
            return "perpetrator"
        if verb.lemma_.lower() == "carry" and any(c.lemma_.lower() in lx.TRIGGERS for c in verb.subtree):
            return "perpetrator"
    return None


def _is_subject(ent: Span) -> bool:
    """ "Jon Reyes, 24,", "19-year-old Jon Reyes", "identified the victim as Jon Reyes": a private
    person the story is about, told by age or identified (not a spokesman, a reporter or an official)."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 3]
    told_after = len(after) == 3 and after[0].text == "," and after[1].like_num and after[2].text in {",", ")"}
    before = doc[max(0, ent.start - 6) : ent.start].text.lower()
    return " " in ent.text.strip() and (told_after or bool(SUBJECT_BEFORE_NAME.search(before)))


def _speaker(sent: Span) -> str | None:
    """Who the sentence attributes its content to: 'police said', 'according to the ministry'."""
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            objects = [c for c in token.nbor().children if c.dep_ == "pobj"]
            if objects:
                return _phrase(objects[0])
        if token.lemma_.lower() in lx.SPEECH_VERBS and token.pos_ == "VERB":
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].pos_ != "PRON":
                return _phrase(subjects[0])
    return None


def _phrase(token: Token, limit: int = 8) -> str:
    words = [t for t in token.subtree if t.dep_ not in ("punct",)]
    if len(words) > limit:
        words = [t for t in token.subtree if t.i <= token.i and t.dep_ != "punct"][-limit:]
    return " ".join(t.text for t in words).replace(" 's", "'s")
