"""Reading one sentence: its event trigger, figures, anchored dates, places, actors and speaker.

The mention builder (``mentions.py``) then decides which sentences tell the same incident.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from crosswire.extract import lexicon as lx
from crosswire.extract.dates import find_dates
from crosswire.extract.figures import Figure, read_figures
from crosswire.extract.figures.words import LEGAL_STEPS, PERSON_NOUNS
from crosswire.extract.place_names import resolve_place_name
from crosswire.extract.place_words import AFTERMATH_WORDS
from crosswire.extract.places import PlaceHit, find_places
from crosswire.extract.senses import natural_death, other_sense
from crosswire.extract.spans import doc_text, is_headline, semicolon_between, sentence_ents, sentence_text
from crosswire.model import Actor, DateValue, Location

# "not", and "didn't" as the tokenizer splits it: "he didn't appear to clash with anyone"
NEGATIONS = frozenset({"no", "not", "never", "n't", "n\u2019t"})
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
# Verbs an "if" after which asks whether: "police asked if anyone saw the shooting".
ASKING_VERBS = frozenset({"ask", "know", "wonder", "see", "determine", "check", "confirm", "be", "clear"})
# Nouns an infinitive after which is a possibility: "a chance to strike", "an opening to attack".
CHANCE_NOUNS = frozenset({"chance", "opportunity", "opening"})
TAKEN_CHANCES = frozenset({"take", "seize", "use", "grab"})
FIRE_OBJECTS = {"shot", "round", "bullet", "weapon", "gun"}
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
# How far up the parse a verb of planning or fearing still makes a trigger hypothetical.
HYPOTHETICAL_DEPTH = 5
# Prepositions by which a clause refers to a deed already done: "a charge in the shooting death",
# "no details about the shooting", "no charges following a fatal shooting".
REFERRING_PREPS = frozenset({"in", "about", "following", "after", "during", "behind", "since", "regarding", "over"})
# Verbs of a call the police took: "got the call of shots fired", "the call came in".
RECEIVED_CALLS = frozenset({"come", "get", "receive", "take", "answer", "field"})
# Verbs that say whether a deed took place: "the attack never happened" denies the deed itself.
OCCURRING_VERBS = frozenset({"happen", "occur", "take", "exist", "carry", "commit", "stage", "launch"})
# Words asking about a deed, not whether it was done: "unclear why he opened fire".
DEED_QUESTIONS = frozenset({"why", "when", "where", "how"})
# Subjects of a clause that names a doer sought: "find whoever opened fire", "determine who shot him".
DOER_SOUGHT = {"who", "whoever", "whom"}
# Verbs of the police looking for a suspect: "wanted in", "sought for" a crime already done.
WANTED_VERBS = {"want", "seek"}
# The roles of a noun whose described incident is the sentence's own news ("Teen shot Sunday dies").
SUBJECT_ROLES = {"nsubj", "nsubjpass", "ROOT"}
# A dated sentence this long before the article's date recalls an older incident.
OLDER_INCIDENT_DAYS = 60
# A date set against an incident word dates it: the kinds of incident, the words that tell only
# what came of it (a death may come days later), the words that name no incident (those and a
# weapon or a person), the modifiers that may stand between "Sunday night's" and "shooting",
# and how far back a following date still reaches.
VIOLENT_TYPES = {lx.VAC, lx.BATTLES, lx.EXPLOSIONS, lx.RIOTS}
CONSEQUENCES = {"die", "dead", "death", "wound", "injure"}
NOT_THE_INCIDENT = {"gun", "gunman", "gunmen", "fire", "bomb", "grenade", "missile", "rocket"} | CONSEQUENCES
MODIFIER_POS = {"ADJ", "NOUN", "PROPN", "PART", "NUM"}
INCIDENT_MODIFIERS = 3
INCIDENT_REACH = 20
CLAUSE_BREAKS = {";", ":", "—", "(", ")"}
# A date with a clock time in it or right beside it ("Around 4 p.m. Monday, officials say ...") is
# when something happened, not when it was said.
CLOCK_START_RE = re.compile(r"\d")
CLOCK_RE = re.compile(r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b", re.I)
CLOCK_REACH = 32
# Nouns of what follows an incident: their dates are not the incident's ("Monday's news conference").
FOLLOW_UP_NOUNS = {
    "conference",
    "briefing",
    "statement",
    "interview",
    "hearing",
    "arraignment",
    "appearance",
    "trial",
    "sentencing",
    "vigil",
    "funeral",
    "memorial",
    "autopsy",
    "bail",
    "bond",
    "verdict",
    "meeting",
    "plea",
    "deliberation",
}
# Businesses a story names by the word before them ("Copperleaf lounge"); places.VENUE_NOUNS are the
# wider set of venue words a place hit keeps.
NAMED_BUSINESS_NOUNS = {"nightclub", "club", "bar", "lounge", "tavern", "pub", "restaurant", "cafe", "motel", "hotel"}
# "were in court Monday": a day at a hearing; "was taken into custody Tuesday": a day of the arrest.
COURT_ROOMS = {"court", "courtroom", "courthouse", "custody"}
# "was listed in critical condition Monday", "remained in stable condition", "was in stable condition
# Saturday": a report of how one fared.
STATUS_VERBS = {"list", "remain", "be"}
# "was found guilty Wednesday": the complement that makes a verb a court's step.
COURT_COMPLEMENTS = {"guilty"}
# "called to a shooting", "called about shots fired", "called out to a home invasion"
SUMMONED_TO = frozenset({"to", "about", "out"})
# Verbs of police sent to an incident as it happened ("called to the home for a shooting").
SUMMONING_VERBS = frozenset({"call", "dispatch", "summon", "respond"})
# What a police spokesman answers, unlike a call to a scene.
PRESS_REQUESTS = {"request", "question", "inquiry", "message", "email", "comment"}
# Who is summoned to the scene of an incident.
RESPONDERS = {"police", "officer", "deputy", "trooper", "medic", "paramedic", "firefighter", "emt", "investigator"}
# Verbs of what follows an incident: their dates are not the incident's.
FOLLOW_UP_VERBS = {
    "declare",
    "schedule",
    "announce",
    "charge",
    "appear",
    "sentence",
    "hold",
    "arrest",
    "arraign",
    "plead",
    "release",
    "identify",
    "bury",
    "attend",
    "rule",
    "file",
    "update",
    "post",
    "learn",
    "convict",
    "indict",
    "acquit",
    "testify",
    "surrender",
    "obtain",
    "close",
    "reopen",
    "order",
    "mourn",
    "tow",
    "impound",
    "seize",
    "issue",
    "search",
    "book",
}
# "After two shootings on Memorial Day, gunfire broke out again": a phrase that tells what came before.
SEQUENCE_PREPOSITIONS = {"after", "before", "following"}
# Of those, the ones that open what happened before the main clause's event.
CAME_FIRST_MARKS = SEQUENCE_PREPOSITIONS - {"before"}
MEANWHILE_MARKS = {"while", "as"}
# Triggers that tell what came of an attack: "died Tuesday after a shooting on Sunday" is one incident.
CONSEQUENCE_LEMMAS = {"die", "dead", "death", "succumb"}
# Incident nouns no charge is named by: "shooting Friday" is one incident, "murder Sunday" may be a charge.
NEVER_CHARGES = {"shooting", "shootout", "stabbing"}
# "will be at the school on Monday": what is to come.
FUTURE_AUXILIARIES = {"will", "'ll", "shall"}
# Nouns that refer back to an incident without naming its kind ("the incident happened ...").
REFERENCE_NOUNS = {"incident", "crime", "scene", "tragedy"}
# "It happened Sunday in the 600 block": a verb that places or dates the incident already told.
REFERENCE_VERBS = {"happen", "occur", "unfold", "erupt"}


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
    reading.recalls_older = bool(lx.RECALLED_TIME_RE.search(text))
    reading.distinct_marker = (
        any(m in lowered for m in lx.DISTINCT_MARKERS)
        or bool(lx.DISTINCT_OPENING_RE.match(text))
        or bool(lx.OTHERS_SAME_TIME_RE.search(text))
    )
    reading.series_marker = bool(lx.SERIES_RE.search(text))
    reading.follow_up = _tells_a_follow_up(sent, lowered)
    dates, loose, reading.incident_days, reading.step_dates = _sentence_dates(
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
            token = _token_at(reading.sent, reading.sent.start_char + at)
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
    real = [c for c in candidates if not _is_negated(c[-1])]
    if not real:
        reading.negated = bool(candidates)
        return
    occurred = [c for c in real if not _is_hypothetical(c[-1])]
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
    reading.definite = _is_definite(reading.trigger)


def _toll_without_violence(sent: Span, triggers: list[Token]) -> bool:
    """ "Two people died in a crash", "a house fire killed three", "an outbreak of the plague killed
    two", "he died of a heart attack": deaths and injuries told by an accident's or an illness's word
    and no act of violence are no incident."""
    if not all(t.lemma_.lower() in lx.TOLL_WORDS for t in triggers):
        return False
    lemmas = {t.lemma_.lower() for t in sent if t.pos_ in ("NOUN", "PROPN")}
    if lemmas & lx.WEAPON_WORDS:
        return False
    return bool(lemmas & lx.ACCIDENT_NOUNS) or natural_death(lemmas, sent)


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


def _describing_clause(token: Token) -> Token | None:
    """The verb of a clause around the token that tells who someone is by an incident: "a boy who
    was killed last year", "relatives of a child fatally shot last year". A headline's "Teen shot
    Sunday dies" tells its subject's own incident, and "a shooting that wounded two" the incident
    itself: neither describes someone."""
    for verb in (token, *token.ancestors):
        if verb.dep_ not in ("relcl", "acl") or verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.TRIGGERS:
            continue
        noun = verb.head
        # "left two others wounded": the participle tells the incident's own toll
        toll_left = verb.dep_ == "acl" and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "leave"
        if not toll_left and noun.dep_ not in SUBJECT_ROLES and noun.lemma_.lower() not in lx.TRIGGERS:
            return verb
    return None


def _dates_someone_s_past(token: Token, value: DateValue, trigger: Token | None, published: dt.date | None) -> bool:
    """A date long past in a clause that describes someone by another incident ("wounded Sunday at
    the home of a boy who was killed last year"): it dates that incident, not the sentence's. A
    recent day ("the death of Jon Reyes, who was shot Sunday") may be the story's own."""
    if trigger is None or published is None or not value.is_resolved:
        return False
    if (published - value.latest).days <= OLDER_INCIDENT_DAYS:
        return False
    clause = _describing_clause(token)
    return clause is not None and clause != trigger and trigger not in clause.subtree


def _token_event(token: Token, has_figure: bool) -> tuple[str, str] | None:
    lemma = token.lemma_.lower()
    if token.pos_ not in ("NOUN", "VERB", "PROPN", "ADJ"):
        return None
    if lemma == "fire":
        # "fired shots", "fired at the car": shooting; "fire" alone may be a blaze or a dismissal.
        objects = {c.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "prep")}
        return lx.ATTACK if token.pos_ == "VERB" and objects & (FIRE_OBJECTS | {"at", "into", "on"}) else None
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


def _blasts_with_a_gun(word: Token) -> bool:
    """ "a shotgun blast", "blasted her in the face", "a man was blasted in the chest": a blast of
    a gun, or a person blasted where no explosive is, tells of a shot."""
    if word.pos_ != "VERB":
        return any(c.lemma_.lower() in GUN_CONTEXT for c in word.children if c.dep_ in {"compound", "amod"})
    if any(t.lemma_.lower() in GUN_CONTEXT for t in word.sent):
        return True
    people = {"dobj", "nsubjpass"}
    person = any(c.dep_ in people and (c.lower_ in BLASTED_PRONOUNS or _names_a_person(c)) for c in word.children)
    return person and not any(t.lemma_.lower() in EXPLOSIVE_WORDS for t in word.sent if t.i != word.i)


def _names_a_person(noun: Token) -> bool:
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PERSON_NOUNS


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


def _token_at(sent: Span, char: int) -> Token | None:
    for token in sent:
        if token.idx <= char < token.idx + len(token.text):
            return token
    return None


def _is_negated(token: Token) -> bool:
    """A trigger under "not", "no", "never". Not a deed the clause only asks about or refers to:
    "it was not clear why he opened fire", "police do not know who shot him", "will not file
    charges in the shooting" tell a deed done."""
    if _deed_in_view(token) or _deed_denied_a_quality(token):
        return False
    for t in [token, *list(token.ancestors)[:2]]:
        if semicolon_between(token, t):
            break  # "boy shot in arm; adults not cooperative": another clause's "not"
        if any(c.dep_ in ("neg", "det") and c.lower_ in NEGATIONS for c in t.children):
            return True
        if t is token and any(_denied_subject(c) for c in t.children):
            return True  # "No shots were fired"
        if _clause_of_the_doer(t) or _asked_about(t) or (t is token and _own_clause(t)):
            return False
    return False


def _denied_subject(word: Token) -> bool:
    """ "No shots were fired": the deed itself denied. "No one was hurt" and "no officers were
    injured" deny a toll (zero), which the figures keep."""
    if word.dep_ not in ("nsubj", "nsubjpass") or word.lower_ == "one" or _names_a_person(word):
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in word.children)


def _asked_about(verb: Token) -> bool:
    """A clause asking why, when, where or how a deed was done, or what led to it ("does not know
    what sparked the shooting"): the deed itself is taken as done."""
    if verb.pos_ != "VERB":
        return False
    return any(
        (c.dep_ == "advmod" and c.lower_ in DEED_QUESTIONS) or (c.dep_ == "nsubj" and c.lower_ == "what")
        for c in verb.children
    )


def _deed_denied_a_quality(noun: Token) -> bool:
    """ "The shooting was not a homicide", "the two shooting deaths were not connected": a deed in
    view that the clause denies a quality, not the deed; "the attack never happened" denies it."""
    if noun.dep_ in ("compound", "amod"):
        noun = noun.head  # "the two shooting deaths": the deed is named by the words together
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or not _is_definite(noun):
        return False
    # "the shooting was not reported until Monday": what was not done is the telling
    return noun.head.lemma_.lower() not in OCCURRING_VERBS | lx.SPEECH_VERBS


def _own_clause(verb: Token) -> bool:
    """ "did not realize the gun was loaded and accidentally shot herself": a verb joined with a
    tense of its own is its own clause; "did not stop and shoot" shares the "not"."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and verb.head.tag_ not in ("VBD", "VBZ")


def _hidden_trigger(reading: Reading) -> Token | None:
    """A trigger the tagger missed: "Four shot at sports bar" (its toll tells an attack, though
    "shot" was read as a noun), "Girl Dies After Being Shot At Party" (Title Case, all proper nouns)."""
    sent = reading.sent
    casualties = [f for f in reading.figures if f.field in CASUALTY_COUNTS]
    if casualties:
        word = next((t for t in sent if t.lower_ in CASUALTY_WORDS), None)
        if word is not None:
            return None if other_sense(word) else word
        if is_headline(sent):
            # "Man hit by bullet at gun show": the words a headline's toll was read from tell the attack
            return _token_at(sent, casualties[0].end - 1)
    if not _is_title_case_line(sent):
        return None
    return next((t for t in sent if t.pos_ == "PROPN" and t.lower_ in lx.HEADLINE_TRIGGER_FORMS), None)


def _is_title_case_line(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(words) and is_headline(sent) and all(t.text[0].isupper() for t in words)


def _governed_by(token: Token, lemmas: set[str]) -> bool:
    return any(a.lemma_.lower() in lemmas for a in list(token.ancestors)[:3])


def _is_hypothetical(token: Token) -> bool:
    """A trigger under a modal or a verb of planning/fearing/urging did not happen (yet).

    Not when a clause of the doer lies between them: "trying to find whoever opened fire", "tried to
    stop the man, who had shot two people": the try is the search, the shooting was done.
    """
    if _on_a_condition(token) or _a_chance_to(token):
        return True
    if _deed_in_view(token):
        return False
    chain = [token, *list(token.ancestors)[:HYPOTHETICAL_DEPTH]]
    for below, t in zip([None, *chain], chain, strict=False):
        if _has_modal(t):
            return True
        if t is not token and t.lemma_.lower() in lx.HYPOTHETICAL_GOVERNORS and not _real_despite(t, below, token):
            return True
        if _clause_of_the_doer(t) or (t is token and _done_after(t)):
            return False
    return False


def _deed_in_view(noun: Token) -> bool:
    """A particular deed ("the shooting", "a fatal shooting", "Sunday's attack") that a clause
    refers to: what the clause may do or will do, the deed was done ("will face a charge in the
    shooting death", "would not give details about the shooting")."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    if noun.head.lower_ not in REFERRING_PREPS and not _prior_to(noun.head):
        return False
    return _is_definite(noun) or any(c.dep_ in ("amod", "compound") for c in noun.children)


def _done_after(verb: Token) -> bool:
    """ "Deputies tried to subdue him and then shot him", "tried to talk to the man, then shot him":
    a deed joined to the try, done after it, not a part of what was tried."""
    if verb.dep_ == "conj":
        return verb.head.lemma_.lower() in lx.HYPOTHETICAL_GOVERNORS and not _has_modal(verb.head)
    return verb.dep_ == "dep" and any(c.lower_ == "then" for c in verb.children)


def _has_modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() in lx.MODALS for c in verb.children)


def _prior_to(preposition: Token) -> bool:
    return preposition.lower_ == "to" and preposition.head.lower_ == "prior"


def _clause_of_the_doer(verb: Token) -> bool:
    """A relative clause ("the man who fired") or one asking who did it ("who shot him")."""
    if verb.dep_ == "relcl":
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in DOER_SOUGHT for c in verb.children)


def _on_a_condition(verb: Token) -> bool:
    """ "I'll sing it if it kills me", "unless they shoot first": a condition, not an event. Not the
    "if" of a question ("asked if anyone was hurt", "it is unclear if he was shot")."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    return verb.head.lemma_.lower() not in lx.SPEECH_VERBS | ASKING_VERBS


def _a_chance_to(verb: Token) -> bool:
    """ "an opening for the rivals to attack", "a chance to strike": what one may do, not what was done."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    chance = verb.head
    if not infinitive or chance.pos_ != "NOUN" or chance.lemma_.lower() not in CHANCE_NOUNS:
        return False
    return chance.head.lemma_.lower() not in TAKEN_CHANCES  # "seized the chance to attack": they did


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


def _tells_a_follow_up(sent: Span, lowered: str) -> bool:
    """ "arrested in connection with the shooting", "charged for the killing": a step after the
    incident. Police "called to the scene for the fatal shooting" came to the incident itself."""
    links = [m.group() for m in lx.FOLLOW_UP_RE.finditer(lowered)]
    if links and all(link == "for the" for link in links):
        fors = [t for t in sent if t.lower_ == "for" and t.dep_ == "prep"]
        return not fors or not all(t.head.lemma_.lower() in SUMMONING_VERBS for t in fors)
    return bool(links)


def _real_despite(governor: Token, below: Token | None, trigger: Token) -> bool:
    """Whether a verb of wishing governs a deed done all the same.

    "a teen wanted in a double murder", "seeking a man wanted for the shootings": the police want a
    suspect for what was done; only wanting the deed itself ("wants to shoot", "seek attacks") makes
    it hypothetical. "calls a patron a hero for firing on a gunman": calling someone something is
    no call for anything ("called for attacks" is).
    """
    lemma = governor.lemma_.lower()
    if lemma == "call":
        # "police were called to a shooting": summoned to a deed done, not calling for one
        summoned = below is not None and below.dep_ == "prep" and below.lower_ in SUMMONED_TO
        return summoned or _call_to_police(governor) or any(c.dep_ in ("dobj", "auxpass") for c in governor.children)
    if lemma not in WANTED_VERBS or below is None:
        return False
    return below is not trigger and below.dep_ not in ("xcomp", "ccomp", "advcl")


def _call_to_police(call: Token) -> bool:
    """ "responded to a call of shots fired", "got the call of shots fired", "the call for a
    shooting came in", "a shooting call", "a 911 call": a call the police answered, not a call for
    violence."""
    if call.pos_ != "NOUN":
        return False
    answered = call.dep_ == "pobj" and call.head.lower_ == "to"
    received = call.head.lemma_.lower() in RECEIVED_CALLS
    return answered or received or any(c.dep_ in ("compound", "nummod") for c in call.children)


def _is_definite(token: Token) -> bool:
    """'the attack', "Friday's shooting": the sentence refers to an incident already in view."""
    for child in token.children:
        if child.dep_ == "det" and child.lower_ in lx.DEFINITE_DETERMINERS:
            return True
        if child.dep_ == "poss":
            return True
    return token.dep_ in ("compound",) and _is_definite(token.head)


def _sentence_dates(
    sent: Span, trigger: Token | None, published: dt.date | None, *, direct_only: bool = False
) -> tuple[list[DateValue], list[DateValue], list[DateValue], list[DateValue]]:
    """Dates that say when the event happened, the other dates not said of a statement, the days
    written against an incident word, and the dates of a statement or a later step.

    ``direct_only``: in a follow-up ("arrested on Saturday in connection with the shooting") only a
    date attached to the trigger itself ("Friday's shooting") dates the incident.
    """
    anchored, loose, of_incident, on_trigger, earlier, steps = [], [], [], [], [], []
    for value, start, end in find_dates(sent, published):
        token = _token_at(sent, start)
        if token is None or _in_future(token) or _counterfactual(token):
            continue
        if dates_a_later_step(token, start, end) and not _written_against_incident(
            sent, value, start, end, trigger, before_only=True
        ):
            steps.append(value)
            continue  # "a news conference on Friday's shooting" still dates the shooting
        if trigger is not None and semicolon_between(token, trigger):
            continue  # "Two Women Shot on Quarry Street; One Arrested After 2014 Shooting": the other statement's date
        if trigger is None and _in_earlier_clause(token):
            earlier.append(value)
        if _dates_someone_s_past(token, value, trigger, published):
            continue
        timed = bool(CLOCK_START_RE.match(value.expression)) or _beside_clock_time(sent, start, end)
        if any(_earlier_event(a, trigger) for a in token.ancestors):
            loose.append(value)  # "after two shootings on Memorial Day, gunfire broke out again"
            continue
        if value.precision == "day" and _written_against_incident(sent, value, start, end, None):
            of_incident.append(value)
        if _date_reaches_event(token, trigger, direct_only, timed):
            anchored.append(value)
            if trigger is not None and trigger in (token, *token.ancestors):
                on_trigger.append(value)
        elif _written_against_incident(sent, value, start, end, trigger):
            anchored.append(value)
        elif not direct_only and (timed or not _said_when(token)):
            loose.append(value)
        else:
            steps.append(value)
    if of_incident and any(v not in of_incident for v in anchored):
        # "accused in a May 25 shooting ... entered pleas today": the day written against the
        # incident dates it; the clause's other day dates the plea
        loose += [v for v in anchored if v not in of_incident]
        anchored = [v for v in anchored if v in of_incident] or of_incident
    elif on_trigger and len(on_trigger) < len(anchored):
        # "a girl wounded during Saturday's shooting remained in critical condition Wednesday":
        # the day on the trigger's own words dates it; the enclosing clause's tells her state
        loose += [v for v in anchored if v not in on_trigger]
        anchored = on_trigger
    if earlier:
        # "Cleanup was underway Sunday after teenagers ransacked a store Saturday night": with no
        # incident word to hold a day, the day of what came first is the likelier incident's
        anchored = earlier + [v for v in anchored if v not in earlier]
        loose = [v for v in loose if v not in earlier]
    return anchored, loose, of_incident, steps


def _written_against_incident(
    sent: Span, value: DateValue, start: int, end: int, trigger: Token | None, *, before_only: bool = False
) -> bool:
    """A day set against the incident's word, whatever the parse says: "Saturday's fatal shooting",
    "the shooting death of a man on Saturday afternoon", "a shooting at a bar late Friday".

    Before the word, only its modifiers may stand between ("Sunday night's double homicide"); after
    it, no verb: "arrested a man in the shooting, police said Sunday" dates the statement. The word
    must be the sentence's trigger, unless the trigger only tells a consequence ("... of a teen,
    who died the next day"): "the attack avenged the killing of X on Thursday"
    dates another incident. ``before_only``: only a day written before the word counts.

    A month counts only written before the word, as its modifier ("charged in the November shooting
    death"): "killings in March" may be a tally of several.
    """
    if value.precision not in ("day", "week", "month") or not value.is_resolved:
        return False  # "a shooting last week" is set against its word too; a year is not

    def said_of(token: Token) -> bool:
        if token.lemma_.lower() == "incident" and token.pos_ == "NOUN":
            # "Thursday night's incident on Quarry Street": some incident's day; "charged with assault
            # stemming from the April 5 incident": the day of the incident the charge names
            if trigger is None or not _is_one_incident(trigger):
                return True
        return _is_incident_word(token) and (trigger is None or token == trigger or _tells_consequence(trigger))

    modifiers = 0
    for token in (t for t in sent if t.idx >= end):
        if said_of(token):
            return True
        if _hyphenated(token):
            continue  # "the Aug. 19 drive-by shooting": one modifier, however the tagger splits it
        modifiers += 1
        if token.pos_ not in MODIFIER_POS or modifiers > INCIDENT_MODIFIERS:
            break
    if before_only or value.precision == "month":
        return False
    preceding = [t for t in sent if t.idx + len(t.text) <= start]
    for token in reversed(preceding[-INCIDENT_REACH:]):
        if said_of(token):
            return _is_one_incident(token)
        if token.pos_ in ("VERB", "AUX", "SCONJ") or token.text in CLAUSE_BREAKS or token.tag_ in ("WDT", "WP"):
            return False
    return False


def _hyphenated(token: Token) -> bool:
    """A hyphen inside a word, or the part right after it ("drive-by": "-" and "by")."""
    if token.text == "-" and not token.whitespace_:
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.text == "-" and not before.whitespace_


def _is_incident_word(token: Token) -> bool:
    """A word naming a violent incident (not a weapon, a person or a death), and not as the
    modifier of something else: "murder charge", "homicide detectives"."""
    lemma = token.lemma_.lower()
    event = lx.TRIGGERS.get(lemma)
    if event is None or event[0] not in VIOLENT_TYPES or lemma in NOT_THE_INCIDENT:
        return False
    if token.pos_ not in ("NOUN", "VERB"):
        return False
    return token.dep_ not in ("compound", "amod", "nmod") or token.head.lemma_.lower() in lx.TRIGGERS


def _tells_consequence(trigger: Token) -> bool:
    return trigger.lemma_.lower() in CONSEQUENCES


def _is_one_incident(token: Token) -> bool:
    """A verb, or a noun with its determiner ("a shooting", "the shooting death"): one incident,
    not the name of a charge ("two counts of assault", "charged with murder on Sunday")."""
    if token.pos_ == "VERB":
        return True
    noun = token.head if token.dep_ in ("compound", "amod", "nmod") else token
    if noun.lemma_.lower() in NEVER_CHARGES:
        return True  # a headline's "After accidental shooting Friday" drops the article
    return any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def _beside_clock_time(sent: Span, start: int, end: int) -> bool:
    """ "Saturday night, after 10:30 p.m., police said ...": a clock time right beside the date."""
    text = doc_text(sent.doc)
    before = text[max(sent.start_char, start - CLOCK_REACH) : start]
    after = text[end : min(sent.end_char, end + CLOCK_REACH)]
    return bool(CLOCK_RE.search(before) or CLOCK_RE.search(after))


def dates_a_later_step(token: Token, start: int, end: int) -> bool:
    """ "Sunday's news conference", "a vigil on Tuesday night": the date of what followed."""
    for ancestor in token.ancestors:
        if start <= ancestor.idx < end or ancestor.pos_ == "ADP":
            continue  # the date's own words ("Monday afternoon"), its preposition
        return ancestor.pos_ == "NOUN" and ancestor.lemma_.lower() in FOLLOW_UP_NOUNS
    return False


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a date word stands in."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _in_future(token: Token) -> bool:
    """ "Counselors will be at the school on Monday", "she will have to undergo surgery on Sunday":
    a plan, not the incident's day."""
    verb = _clause_verb(token)
    while verb is not None:
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children):
            return True
        verb = verb.head if verb.dep_ == "xcomp" else None
    return False


def _counterfactual(token: Token) -> bool:
    """ "She would have turned 18 on Monday", "Monday would have been her first day at work": a day
    that did not happen as told, not the incident's."""
    verb = _clause_verb(token)
    if verb is None:
        return False
    auxiliaries = {c.lower_.replace("’", "'") for c in verb.children if c.dep_ == "aux"}
    return "would" in auxiliaries and bool(auxiliaries & {"have", "'ve"})


def _said_when(token: Token) -> bool:
    """'police said Sunday': the date of a statement or a later step, not of the incident."""
    for ancestor in token.ancestors:
        if ancestor.lemma_.lower() in lx.SPEECH_VERBS or _is_later_step(ancestor):
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


def _is_later_step(verb: Token) -> bool:
    """A verb of what follows an incident: "arraigned", "made his first appearance", "lowered
    her bail", "was found guilty", "were in court Monday"."""
    if verb.lemma_.lower() in FOLLOW_UP_VERBS and not _in_progress(verb):
        return True
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in FOLLOW_UP_NOUNS:
        return True  # "an autopsy conducted Tuesday", "a vigil held Sunday night"
    if verb.lemma_.lower() == "turn" and _turned_in(verb):
        return True
    if any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children):
        return True  # "police were still trying Thursday to learn how": a state that lasts
    # "His bond was set Friday", "a vigil was held Sunday": the passive's subject may name the step
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "acomp", "nsubjpass")]
    # "took plea deals Friday": the object's own modifier may name the step
    named = [c for o in objects for c in o.children if c.dep_ == "compound"]
    if any(o.lemma_.lower() in FOLLOW_UP_NOUNS | COURT_COMPLEMENTS for o in objects + named):
        return True
    # "The families were in court Monday": a day in court; "was listed in critical condition
    # Monday": how the wounded fared since ("hospitalized in critical condition Sunday" is the day)
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "into") for g in c.children]
    rooms = COURT_ROOMS | ({"condition"} if verb.lemma_.lower() in STATUS_VERBS else set())
    return any(g.dep_ == "pobj" and g.lemma_.lower() in rooms for g in places)


def _in_progress(verb: Token) -> bool:
    """ "as the club was closing Saturday": what was going on when the incident happened (while
    "police were searching Tuesday for the gunman" is what followed it)."""
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    return progressive and verb.dep_ == "advcl"


def _in_earlier_clause(token: Token) -> bool:
    """Whether the word stands in a clause or phrase of what came before the sentence's main event:
    "after teenagers ransacked a store Saturday night", "after Saturday's fight"."""
    return any(_opens_what_came_first(ancestor) for ancestor in token.ancestors)


def _opens_what_came_first(word: Token) -> bool:
    if word.dep_ == "prep":
        return word.lower_ in CAME_FIRST_MARKS
    return word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CAME_FIRST_MARKS for c in word.children)


def _earlier_event(token: Token, trigger: Token | None) -> bool:
    """ "After two shootings on Memorial Day, gunfire broke out again on Wednesday": a day within an
    "after" phrase that tells another attack dates that attack, not the one the sentence tells.
    ("He died Tuesday after a shooting on Sunday" tells one: the death follows its own shooting.)"""
    if token.dep_ != "prep" or token.lower_ not in SEQUENCE_PREPOSITIONS or trigger is None:
        return False
    if trigger in token.subtree or trigger.lemma_.lower() in CONSEQUENCE_LEMMAS:
        return False
    told = [c for c in token.children if c.dep_ == "pobj"]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in lx.TRIGGERS for t in told)


def _turned_in(verb: Token) -> bool:
    """ "turned himself in Wednesday": a surrender ("a party turned violent in Raceland" is none)."""
    ins = [c for c in verb.children if c.lower_ == "in"]
    reflexive = any(c.dep_ == "dobj" and c.lower_ in lx.REFLEXIVE_PRONOUNS for c in verb.children)
    return any(c.dep_ == "prt" for c in ins) or (reflexive and any(not list(c.children) for c in ins))


def _date_reaches_event(token: Token, trigger: Token | None, direct_only: bool, timed: bool = False) -> bool:
    for ancestor in [token, *token.ancestors]:
        if trigger is not None and ancestor == trigger:
            return True
        lemma = ancestor.lemma_.lower()
        said = lemma in lx.SPEECH_VERBS and ancestor.pos_ == "VERB"
        if said and not timed and not _reports_trigger(ancestor, trigger):
            return False
        if _is_later_step(ancestor) and not _done_by_then(ancestor, trigger):
            return False
        if direct_only:
            if _act_of_another_noun(ancestor, trigger):
                return False  # "charges of homicide and failure to secure firearms Thursday": another act's day
            continue
        if trigger is not None and ancestor.pos_ in ("VERB", "AUX") and trigger in ancestor.subtree:
            return True
        if ancestor.dep_ == "ROOT":
            return trigger is None
    return False


def _done_by_then(verb: Token, trigger: Token | None) -> bool:
    """ "shot after attending a vigil on Monday night", "shot while attending a funeral Friday":
    what the victims did just before or during the incident, not a later step such as a funeral."""
    opener = verb.head if verb.dep_ == "pcomp" else verb
    if trigger is None or opener.head != trigger:
        return False
    meanwhile = any(c.dep_ == "mark" and c.lower_ in MEANWHILE_MARKS for c in opener.children)
    return meanwhile or _opens_what_came_first(opener)


def _act_of_another_noun(verb: Token, trigger: Token | None) -> bool:
    """A verb that tells of a thing other than the incident ("failure to secure firearms"), not one
    of the incident's own ("the shooting, which occurred Tuesday")."""
    if trigger is None or verb.pos_ != "VERB" or verb.lemma_.lower() in lx.TRIGGERS:
        return False
    noun = verb.head
    return noun.pos_ in ("NOUN", "PROPN") and noun.i != trigger.i and noun.lemma_.lower() not in lx.TRIGGERS


def _reports_trigger(verb: Token, trigger: Token | None) -> bool:
    """'a shooting was reported Tuesday': a passive report of the event itself dates the event."""
    return trigger is not None and any(c.dep_ == "nsubjpass" and c == trigger for c in verb.children)


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
            name = next((e for e in sentence_ents(token.sent) if e.start <= token.i < e.end), None)
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
