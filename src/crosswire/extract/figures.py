"""Reading casualty and arrest figures out of one sentence.

A figure is a quantity ("at least 143", "nearly 200", "dozens", "a man") that counts people, tied
through the dependency parse to a word that says what happened to them ("killed", "wounded",
"arrested", "the death toll"). Quantities read as intervals (DESIGN.md "Figures are intervals").
Precision beats recall here: a wrong number in a ledger is worse than a missing one, so a quantity
is kept only when both the counted noun and the casualty word are clear.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from crosswire.extract import lexicon as lx
from crosswire.extract import numbers as nb
from crosswire.extract.numbers import QUANTITY_RE, parse_quantity, value_of
from crosswire.extract.spans import doc_text, is_headline, semicolon_between, sentence_ents, sentence_text
from crosswire.model import RETRACTED, SUPERSEDED, CountValue

__all__ = ["Figure", "find_figures", "parse_quantity"]

# Verbs (lemmas) whose object or passive subject is the counted group.
VERB_FIELDS: dict[str, str] = {
    "kill": "killed",
    "slay": "killed",
    "murder": "killed",
    "execute": "killed",
    "behead": "killed",
    "assassinate": "killed",
    "massacre": "killed",
    "slaughter": "killed",
    "injure": "injured",
    "wound": "injured",
    "hurt": "injured",
    "hospitalize": "injured",
    "hospitalise": "injured",
    "maim": "injured",
    "arrest": "arrested",
    "apprehend": "arrested",
    "nab": "arrested",
    "detain": "detained",
    "capture": "detained",
    "charge": "charged",
    "indict": "charged",
    "kidnap": "kidnapped",
    "abduct": "kidnapped",
}
# Shot or stabbed without a word of death: a reader counts them as wounded.
WEAK_VERBS: dict[str, str] = {"shoot": "injured", "stab": "injured", "graze": "injured"}
GUNFIRE_WORDS = lx.GUNFIRE | {"bullets", "round", "rounds", "pellets"}
# "taken to a hospital", "sent two men to the hospital": wounded, unless they died there (weak).
HOSPITAL_VERBS = {"take", "rush", "transport", "send", "airlift", "fly", "carry", "drive", "bring", "land", "put"}
HOSPITAL_NOUNS = {"hospital", "hospitals", "clinic"}
# Verbs of finding someone: "found with gunshot wounds" says nothing of whether they lived.
FOUND_VERBS = {"find", "discover", "locate"}
# Parts of speech no person, pronoun or age ("the 4-year-old") is tagged with.
NEVER_A_PERSON = frozenset({"VERB", "AUX", "ADP", "DET", "CCONJ", "SCONJ", "PUNCT", "PART", "SPACE", "SYM", "ADV"})
# "in critical condition", "listed in stable condition": alive and hurt, whatever the grade.
CONDITION_VERBS = {"be", "remain", "list", "stay", "report"}
# "remains in the hospital": still a patient (a visitor "was in the hospital").
STAYING_VERBS = {"remain", "stay"}
# "Four people are recovering": the subject was hurt and lives.
RECOVERY_VERBS = {"recover", "recuperate"}
# Verbs whose infinitive tells an aim, not what happened ("tried to kill", "threatened to shoot").
INTENT_VERBS = {"try", "attempt", "intend", "mean", "plan", "plot", "threaten", "want", "vow", "seek", "conspire"}
INTENT_NOUNS = {"effort", "attempt", "bid", "plan", "plot", "threat", "intent", "intention", "scheme"}
# Verbs that kill only "to death" ("beaten to death"); alone they count no one.
BEAT_VERBS = {"beat", "burn", "strangle", "choke", "bludgeon", "stomp", "hack"}
# Intransitive or stative words whose subject is the counted group ("three people died").
SUBJECT_FIELDS: dict[str, str] = {"die": "killed", "perish": "killed", "drown": "killed", "succumb": "killed"}
# Adjectives and participles right after a count, or as a complement ("three dead", "found dead").
STATE_FIELDS: dict[str, str] = {
    "dead": "killed",
    "deceased": "killed",
    "killed": "killed",
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "missing": "missing",
    "arrested": "arrested",
    "detained": "detained",
    "hospitalized": "injured",
    "hospitalised": "injured",
    "kidnapped": "kidnapped",
    "abducted": "kidnapped",
}
# Nouns that count their "of" object ("the arrests of seven people", "the deaths of three").
NOUN_FIELDS: dict[str, str] = {
    "death": "killed",
    "killing": "killed",
    "murder": "killed",
    "wounding": "injured",
    "arrest": "arrested",
    "detention": "detained",
    "abduction": "kidnapped",
    "kidnapping": "kidnapped",
}
# Nouns that, with "no", report a zero ("no injuries were reported").
ZERO_NOUNS: dict[str, str] = {
    "injury": "injured",
    "death": "killed",
    "fatality": "killed",
    "casualty": "injured",
    "arrest": "arrested",
}
CASUALTY_FIELDS = {"killed", "injured"}
SINGLE_PRONOUNS = {"he", "she"}
OBJECT_PRONOUNS = {"him", "her"}
SINGLE_DETS = {"the", "this", "that"}
NEGATING_DETS = {"neither", "nor", "no"}
NEW_PERSON_DETS = {"a", "an", "another"}
NAME_SUFFIX_WORDS = {"jr", "sr", "ii", "iii", "iv"}
# Nouns of PERSON_NOUNS that name a group even in the singular.
GROUP_NOUNS = {"family", "staff", "personnel", "other"}
# Plurals of PERSON_NOUNS that do not end in "s".
PLURAL_PEOPLE = {"people", "men", "women", "children", "police", "youth"}
# What may stand between a number and the people it counts: "3 Teen Boys".
NOUN_MODIFIER_POS = {"ADJ", "NOUN", "PROPN"}
# What joins the people a headline lists: "Girl, Teen Shot", "Mother And Son Wounded".
LIST_JOINS = {",", "and", "&"}
AGE_UNITS = {"year", "month", "week", "day"}
REFLEXIVES = {"himself", "herself"}
REFLEXIVE_OBJECTS = REFLEXIVES | {"self"}
KILL_FORMS = {"kill", "kills", "killed", "killing"}
SHOOT_FORMS = {"shoot", "shoots", "shot"}
# "shoots own leg": a body part one shoots of one's own.
BODY_PARTS = {"leg", "foot", "hand", "arm", "thigh", "knee", "finger", "toe", "shoulder", "hip", "ankle"}
GUN_WORDS = lx.FIREARMS | {"weapon"}
MORE_WORDS = {"more", "another", "other", "additional", "further"}
ZERO_PRONOUNS = {"nobody", "none"}

PERSON_NOUNS = set(
    """
    accomplice accomplices adult adults agent agents assailant assailants attacker attackers
    babies baby bailiff bailiffs bandmate bandmates boy boys brother brothers bystander bystanders child
    children citizen citizens civilian civilians classmate classmates clerk clerks cop cops customer
    customers daughter daughters demonstrator demonstrators
    deputies deputy employee employees family fan fans female females fighter fighters friend
    friends girl girls guard guards guest guests gunman gunmen hostage hostages individual
    individuals infant inmate inmates insurgent insurgents jihadist jihadists journalist
    journalists juvenile juveniles kid kids male males man member members men migrant migrants
    militant militants minor minors national nationals officer officers other others passenger
    passengers passerby passersby patron patrons pedestrian pedestrians people person personnel persons pilgrim
    player players athlete athletes teacher teachers rapper rappers homeowner homeowners motorist motorists
    cyclist cyclists jogger joggers bartender bartenders cashier cashiers nurse nurses doctor doctors coach
    coaches veteran veterans newborn newborns grandson grandsons granddaughter granddaughters stepson
    stepdaughter stepfather stepmother grandchild grandchildren stepchild stepchildren sibling siblings
    parent parents grandparent grandparents spouse
    pilgrims policeman policemen policewoman prisoner prisoners protester protesters protestor
    protestors rebel rebels refugee refugees relative relatives resident residents sister
    sisters soldier soldiers son sons staff student students suspect suspects teen teenager
    teenagers teens husband wife mother father grandmother grandfather uncle aunt cousin nephew
    niece boyfriend girlfriend fiance fiancee detective sergeant deputy roommate neighbor
    neighbour terrorist terrorists them they those toddler tourist tourists troop trooper
    troopers troops us victim victims villager villagers we whom woman women worker workers
    worshiper worshipers worshipper worshippers youth youths
    """.split()
)
PERSON_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "goer", "goers", "ee", "ees")
# Words a suffix would take for people, and things that can be "captured" or "held".
NON_PERSON = set(
    """
    animal animals area areas attack attacks bomb bombs building buildings bullet bullets caliber calibers car
    cars cat cats center centers chamber chambers charge charges cities city computer computers
    container containers corner corners count counter counters counts day days dog dogs dollar
    dollars drone drones grenade grenades gun guns home homes horse horses hour hours house
    houses incident incidents kg kilogram kilograms lb meter meters metre metres mile miles
    minute minutes missile missiles month months order orders pistol pistols pound pounds rifle
    rifles rocket rockets round rounds shell shells shot shots time times ton tonne tonnes tons
    town towns vehicle vehicles village villages weapon weapons week weeks year years
    """.split()
)
AGE_AFTER_RE = re.compile(
    r"^(?:[\s-]*(?:years?|months?|weeks?|days?)[\s-]*(?:old|of\s+age)\b|\s+(?:or|and)\s+(?:younger|older|under|over|up)\b)",
    re.I,
)
AGE_BEFORE = {"aged", "age", "ages"}
NOT_COUNT_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
# What a headline says befell its subject, in the words it drops the auxiliary before.
HEADLINE_STATES: dict[str, str] = {
    "shot": "injured",
    "stabbed": "injured",
    "wounded": "injured",
    "injured": "injured",
    "hurt": "injured",
    "grazed": "injured",
    "stable": "injured",
    "critical": "injured",
    "killed": "killed",
    "dead": "killed",
    "dies": "killed",
    "died": "killed",
    "slain": "killed",
}
# A toll told as superseded: "initially reported", "early reports said", "at first".
INITIAL_REPORT_RE = re.compile(r"\b(?:initially|originally|early reports?|first reported|at first)\b", re.I)
# "... but that proved to be incorrect": the first figure was wrong, and none replaces it.
RETRACTION_RE = re.compile(r"\b(?:incorrect|inaccurate|untrue|not true|erroneous|mistaken|false|wrong)\b", re.I)
# "... was later raised to five", "has since risen to 12": the figure a superseded one became.
REVISED_RE = re.compile(
    r"\b(?:raised|revised|increased|updated|lowered|rose|risen|climbed|grew|jumped|dropped|fell)\s+to\s+"
    r"(?P<n>\d[\d,]*|" + "|".join(sorted(nb.UNITS, key=len, reverse=True)) + r")\b",
    re.I,
)
# "Accidental shooting takes life of Elmvale man", "the crash claimed the life of": one dead.
LIFE_TAKING_VERBS = {"take", "claim"}
# "took her life": the possessive that says whose.
LIFE_OWNERS = {"his", "her"}
NEARLY_WORDS = {"nearly", "almost"}
# "in critical condition": a wounded person's state (the dead have none).
CARE_STATES = {"critical", "serious", "stable", "grave", "fair", "good", "guarded"}
# Tags of a verb with a tense: a subject of its own is due ("died", "dies").
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
# Deaths of causes other than an attack ("died in a crash"); an accident or a fire may be a shooting or an arson.
OTHER_CAUSES = {"crash", "wreck", "collision", "overdose", "illness", "disease", "cancer", "stroke", "fall"}
# "could have died" did not happen; "may have been shot" perhaps did
COUNTERFACTUAL_MODALS = {"could", "would", "should"}
# Modals of what may yet happen, or might: "might hurt himself", "could die".
UNREALISED_MODALS = {"might", "may", "could", "would", "will", "shall"}
VEHICLES = {"car", "truck", "vehicle", "motorcycle", "train", "bus", "traffic", "boating", "plane", "auto"}
DEATH_NOUNS = {"death", "murder", "killing", "slaying", "homicide"}
MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
MULTIPLE_NOUNS = {
    "homicide": "killed",
    "murder": "killed",
    "killing": "killed",
    "slaying": "killed",
    "shooting": "injured",
    "stabbing": "injured",
}
WOUND_NOUNS = {"wound", "wounds", "injury", "injuries"}
WOUND_WORDS = WOUND_NOUNS | {"wounded", "injured", "hurt"}
# "a fatal shooting", "a deadly stabbing", "a shooting death": at least one dead.
FATAL_WORDS = {"fatal", "deadly"}
FATAL_NOUNS = {"shooting", "stabbing", "attack", "assault"}
FIND_VERBS = {"find", "locate", "discover"}
SURVIVOR_WORDS = {"surviving", "survivor", "injured", "wounded"}
STRIKE_VERBS = {"strike", "hit"}
# Verbs that say someone was hit, not whether they lived: their count is "shot", maybe fatally.
WEAK_LEMMAS = WEAK_VERBS.keys() | HOSPITAL_VERBS | STRIKE_VERBS
# "suffered a gunshot wound", "sustained injuries", "received a wound to the leg"
WOUND_TAKING_VERBS = {"suffer", "sustain", "receive"}
GUNSHOT_WORDS = {"gunshot", "bullet"}
SHOT_WORDS = {"shot", "shooting", "shootings"}
SHOOTING_NOUNS = {"shooting", "gunshot"}
SHOT_OR_SHOOTING = SHOT_WORDS | SHOOTING_NOUNS
ORDINALS = dict(zip("second third fourth fifth sixth seventh eighth ninth tenth".split(), range(2, 11), strict=True))
# Verb forms a headline's parse takes for plural nouns: "Shooting wounds four", "Crash kills two".
MISREAD_VERBS = {"wounds": "injured", "kills": "killed", "injures": "injured"}
# Every word that can give a figure its field, by itself or with the words it needs ("taken to a
# hospital", "in critical condition", "took his own life"): a sentence without one counts no one.
FIELD_CUES = frozenset(
    VERB_FIELDS.keys()
    | WEAK_VERBS.keys()
    | SUBJECT_FIELDS.keys()
    | STATE_FIELDS.keys()
    | NOUN_FIELDS.keys()
    | ZERO_NOUNS.keys()
    | HEADLINE_STATES.keys()
    | MISREAD_VERBS.keys()
    | MULTIPLE_NOUNS.keys()
    | DEATH_NOUNS
    | WOUND_WORDS
    | FATAL_WORDS
    | SHOT_OR_SHOOTING
    | GUNSHOT_WORDS
    | GUNFIRE_WORDS
    | HOSPITAL_NOUNS
    | RECOVERY_VERBS
    | CARE_STATES
    | SURVIVOR_WORDS
    | KILL_FORMS
    | SHOOT_FORMS
    | REFLEXIVE_OBJECTS
    | STRIKE_VERBS
    | HOSPITAL_VERBS
    | {"custody", "hostage", "life", "condition", "survive", "fatally", "casualties", "fatalities", "treat", "save"}
)
# A line this short may be a headline's count whose field the next line gives.
SHORT_LINE = 3
# A figure whose verb has several incidents ("three shootings injured five", "hurt in two
# shootings", "a string of attacks") or a rate ("every year") totals more than one incident.
ROUNDUP_INCIDENTS = {"shooting", "stabbing", "incident", "attack", "homicide", "murder", "killing", "robbery"}
AREA_WIDE = {"citywide", "statewide", "nationwide", "countywide"}
ROUNDUP_SERIES = {"string", "series", "spate", "rash", "wave"}
ROUNDUP_PERIODS = {"year", "month", "week"}
RUNNING_PERIODS = {"year", "month"}
# "a father of five", "mother of 3": the number counts a parent's children.
PARENT_NOUNS = {"father", "mother", "dad", "mom", "parent", "grandfather", "grandmother", "grandma", "grandpa"}
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
DAY_PART = r"(?:early |late )?"
SO_FAR_RE = re.compile(
    r"\b(?:so far|to date|year to date)\b"
    # "nearly 50 shot since June 21": a tally since a day of the calendar, not since the shooting
    r"|\bsince (?:the (?:start|beginning) of\b|(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\b)"
    # "among 11 people shot from Tuesday afternoon to early Wednesday": the victims are a few of a
    # day's tally (a shooting that ran past midnight is no "among")
    rf"|\bamong\b[^.;]*?\b(?:from|between) {DAY_PART}{WEEKDAY}\b[^.;]*?\b(?:to|through|until|and) {DAY_PART}{WEEKDAY}"
    # "27 wounded over an eight-hour stretch", "eight people were shot in a five-hour span", "two
    # teens shot in 24-hour span"
    r"|\b(?:over|in|within|during) (?:an? )?[\w-]*(?:hour|day|night|week)s?[ -]?(?:long )?"
    r"(?:stretch|span|period|time ?frame|window)\b"
    # "within a span of four hours", "six people shot in four hours"
    r"|\b(?:over|in|within|during) (?:an? (?:span|stretch|period) of )?(?:\d+|two|three|four|five|six|seven|eight"
    r"|nine|ten|twelve) (?:hours|days|nights|weeks)\b"
    # "two children hurt and killed by gun violence in one week": a tally of the week
    r"|\b(?:in|within) (?:one|a single) (?:week|weekend|month)\b",
    re.I,
)
# Month names and periods that set a clause in another time than the story's.
MONTH_WORDS = {name.lower() for name in (*calendar.month_name, *calendar.month_abbr) if name} | {"sept"}
PAST_PERIODS = {"year", "month", "week", "summer", "winter", "spring", "fall"}
# "after a man was killed Monday, another was shot": a clause of what came before.
EARLIER_MARKS = {"after", "since"}
GAP_UNITS = {"minute", "hour", "day", "week", "month", "year"}
ROUNDUP_RATE_DETS = {"every", "each", "per", "a"}
# "listed in stable condition", "expected to recover": those the sentence counts will live.
SURVIVING_RE = re.compile(
    r"\b(?:stable|non-?life[- ]threatening|not life[- ]threatening|expected to (?:survive|recover|make a full recovery)"
    r"|treated and released|released from the hospital)\b",
    re.IGNORECASE,
)
# "One Confirmed Dead", "2 Reported Injured", "Father, daughter found dead": a word between a
# headline's people and their state
ATTESTING_WORDS = {"confirmed", "reported", "found"}
# "two officers, four others": a comma and a number of these add people to the count before them.
OTHERS_WORDS = {"others", "more"}
# Nouns a number may count that are no people, however the parser attaches the number.
TALLY_NOUNS = {"times", "shots", "rounds", "bullets", "casings", "shells"}
# "called 911", "dial 999": a number that is dialled counts no one
DIAL_VERBS = {"call", "dial", "text"}


@dataclass(slots=True)
class Figure:
    """One count figure of a sentence: ``field`` from model.COUNT_FIELDS, the interval value, and
    the char offsets (in ``sent.doc.text``) of the shortest span it was read from."""

    field: str
    value: CountValue
    start: int
    end: int


@dataclass(slots=True)
class _Hit:
    """A quantity tied to a field, before coordinated counts are added up."""

    field: str
    value: CountValue
    arg: Token
    start: int
    end: int
    more: bool = False
    single: bool = False  # one person named or referred to, no number
    weak: bool = False  # wounded only because "shot" or "stabbed": may include the dead
    # the tokens of the people a list's hit counts: their own hits are the same dead read again
    covers: frozenset[int] = frozenset()
    counted: bool = False  # the number is written ("three", "a double homicide"), not one person told of


def find_figures(sent: Span) -> list[Figure]:
    """All count figures of victims and suspects in one sentence.

    sent (Span): a parsed sentence.
    RETURNS (list[Figure]): one figure per field and group; coordinated counts of the same field
        ("seven ... and one ...", "four ... and two more ...") are added up into one figure.
    """
    if len(sent) > SHORT_LINE and not any(t.lower_ in FIELD_CUES or t.lemma_.lower() in FIELD_CUES for t in sent):
        return []
    hits: list[_Hit] = []
    for match in QUANTITY_RE.finditer(sentence_text(sent)):
        hits += _hits_for_match(sent, match)
    hits += _ordinal_hits(sent, {h.arg.i for h in hits})
    hits += _article_hits(sent, {h.arg.i for h in hits})
    hits += _single_hits(sent, {h.arg.i for h in hits})
    hits += _zero_hits(sent)
    hits += _death_of_hits(sent, {h.arg.i for h in hits})
    hits = _without_listed_twice(hits)
    hits += _multiple_hits(sent)
    hits += _twin_hits(sent, {h.arg.i for h in hits})
    hits += _fatal_hits(sent, {h.arg.i for h in hits})
    hits = _with_headline_hits(sent, hits)
    hits = [h for h in hits if not _is_roundup(sent, h)]
    hits = [h for h in hits if not _told_of_that_place_before(h, hits) and not _told_before_another(h, hits)]
    hits = _split_partitive_fatally(_drop_wounds_of_the_dead(hits))
    hits = _one_of_them_fatally(sent, hits)
    _split_fatally(hits)
    _shot_less_dead(hits)
    _wounded_less_one_of_them(hits)
    _wounded_less_included_dead(hits)
    if _ranks_the_hurt(sent):
        # "The most seriously injured, a woman shot in the face, ...": one of the wounded, not all
        for hit in hits:
            if hit.field == "injured":
                hit.value = _condition_subset(hit.value)
    # after the shot are split into dead and wounded: "shoots 4, killing 2, then himself" has 2 wounded
    hits = _headline_kill_list(sent, hits)
    hits += _others_after_comma(sent, hits)
    if not any(h.field == "killed" for h in hits):
        hits += _murder_suicide_hits(sent)  # a floor under the dead the sentence counts, if it counts none
    figures = _combine(hits)
    if INITIAL_REPORT_RE.search(sentence_text(sent)):
        # "Police had initially reported four dead": a toll the report itself has moved on from
        revisions = list(REVISED_RE.finditer(doc_text(sent.doc), sent.start_char, sent.end_char))
        superseded = [f for f in figures if not any(f.start <= r.start() < f.end for r in revisions)]
        mark = (
            f"{SUPERSEDED}, {RETRACTED}" if RETRACTION_RE.search(sentence_text(sent)) and not revisions else SUPERSEDED
        )
        for fig in superseded:
            q = fig.value.qualifier
            fig.value = replace(fig.value, qualifier=f"{q}, {mark}" if q else mark)
        if len(superseded) == len(figures):
            figures += _revised(superseded, revisions)
    if SURVIVING_RE.search(sentence_text(sent)):
        for fig in figures:
            fig.value = replace(fig.value, survives=True)
    return figures


def _revised(superseded: list[Figure], revisions: list[re.Match]) -> list[Figure]:
    """ "originally reported that four were injured; that number was later raised to five": the
    figure the report moved on to, when the sentence tells of one field only."""
    if len({f.field for f in superseded}) != 1:
        return []
    first = superseded[0]
    for match in revisions:
        value = parse_quantity(match.group("n")) if match.start() >= first.end else None
        if value is not None:
            return [Figure(first.field, value, match.start(), match.end())]
    return []


def _is_roundup(sent: Span, hit: _Hit) -> bool:
    """A figure that totals several incidents or a period: no one incident's count."""
    span = sent.doc.char_span(hit.start, hit.end, alignment_mode="expand")
    near = [c for t in span or () for c in t.children]
    # "hurt in two shootings", "in a string of attacks": follow prepositions two steps down
    for _ in range(2):
        near += [g for c in near if c.dep_ in {"prep", "pobj", "conj"} for g in c.children if g not in near]
    # "the man was shot earlier this month" is the story's own victim
    many = hit.value.low > 1
    if many and SO_FAR_RE.search(sentence_text(sent)):
        return True  # "So far in 2017, at least 47 people have been killed"
    if many and _caused_by_series(hit):
        return True  # "A spate of gunfire left 20 people wounded": several incidents' toll
    return any(_is_roundup_word(t) or (many and _is_running_total(t)) for t in near)


def _caused_by_series(hit: _Hit) -> bool:
    """Whether the verb that counts the hit has a series of incidents for its subject ("a spate of
    gunfire left 20 people wounded", "a wave of shootings left six hurt")."""
    verb = _verb_of(hit.arg)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    return any(c.lemma_.lower() in ROUNDUP_SERIES for c in subjects)


def _told_of_that_place_before(hit: _Hit, hits: list[_Hit]) -> bool:
    """ "Four were wounded a block away from where five were wounded in a December shooting", "shot
    on the same corner where two men were killed last year": a count of what happened there
    another time, beside the sentence's own."""
    verb = _verb_of(hit.arg)
    if verb is None or not any(c.lower_ == "where" for c in verb.children):
        return False
    if not _counts_outside(verb, hits):
        return False  # "the club where five were wounded in a December shooting": the story's own count
    return any(_another_time(t) for t in verb.subtree)


def _told_before_another(hit: _Hit, hits: list[_Hit]) -> bool:
    """ "A day after a man was killed on Elm Street, another man was shot nearby": the dead of a
    clause of what happened a while before are an earlier incident's, when the sentence counts
    victims of its own."""
    verb = _verb_of(hit.arg)
    mark = next((c for c in verb.children if c.lower_ in EARLIER_MARKS), None) if verb is not None else None
    if mark is None or verb.dep_ != "advcl":
        return False
    # "a day after", "24 hours after": time passed between them ("after two were shot, two more
    # were wounded" may be one spree)
    if not any(t.lemma_.lower() in GAP_UNITS for t in verb.doc[verb.left_edge.i : mark.i]):
        return False
    return _counts_outside(verb, hits)


def _counts_outside(verb: Token, hits: list[_Hit]) -> bool:
    """Whether the sentence counts people outside the verb's clause: victims of its own."""
    clause = {t.i for t in verb.subtree}
    return any(h.arg.i not in clause for h in hits)


def _verb_of(tok: Token) -> Token | None:
    """The verb whose clause holds the token (itself, if a verb)."""
    return next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX")), None)


def _another_time(tok: Token) -> bool:
    """A month, a year or a time ago: "in a December shooting", "in 2015", "last year", "months ago"."""
    if tok.tag_ == "NNP" and tok.lower_ in MONTH_WORDS:
        return True
    if tok.like_num and len(tok.text) == 4 and tok.text.startswith(("19", "20")):
        return True
    if tok.lower_ in PAST_PERIODS and any(c.lower_ in ("last", "previous") for c in tok.children):
        return True
    return tok.lower_ == "ago"


def _is_roundup_word(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if tok.lower_ in AREA_WIDE:
        return True  # "41 other people were wounded in gun violence citywide"
    if tok.tag_ == "NNS" and lemma in ROUNDUP_INCIDENTS or lemma in ROUNDUP_SERIES:
        return True
    if tok.tag_ == "NNS" and any(c.lower_ == "separate" for c in tok.children):
        return True  # "wounded in four separate bloody scenes": several incidents
    if tok.tag_ in {"NNP", "NNPS"} and tok.lower_.endswith("s") and tok.lower_[:-1] in ROUNDUP_INCIDENTS:
        return True  # a title-case headline's "Shootings", tagged a name
    return lemma in ROUNDUP_PERIODS and any(c.lower_ in ROUNDUP_RATE_DETS for c in tok.children)


def _is_running_total(tok: Token) -> bool:
    """ "21 adults have been shot this year": a total so far, not one shooting's toll."""
    return tok.lemma_.lower() in RUNNING_PERIODS and any(c.lower_ == "this" for c in tok.children)


def _hits_for_match(sent: Span, match: re.Match) -> list[_Hit]:
    value = value_of(match)
    start, end = sent.start_char + match.start(), sent.start_char + match.end()
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if value is None or span is None or _is_not_count(sent, span, start, end):
        return []
    anchor = span[-1]
    if span.text.lower().startswith(("one ", "one")) and anchor.i > 0 and anchor.nbor(-1).lower_ == "no":
        return []  # "no one" is read by _zero_hits
    arg, noun = _argument(anchor)
    if noun is not None and noun.lower_ in MISREAD_VERBS and noun.i < anchor.i:
        # "Early morning shooting wounds four": the count is the verb's object, not its noun
        first, last = min(start, noun.idx), max(end, noun.idx + len(noun))
        return [_Hit(MISREAD_VERBS[noun.lower_], value, anchor, first, last, counted=True)]
    if noun is not None and not _is_person(noun):
        return []
    if value.high == 0 and any(c.lower_ == "of" for c in anchor.children):
        return []  # "none of the guards was hurt" is silent on everyone else
    # "two more attackers", "another two": this count adds to an earlier one of the same field.
    near = [c for t in (arg, *span) for c in t.children]
    more = any(t.lower_ in MORE_WORDS for t in near) or _word_before(span) in MORE_WORDS
    more = more or (span.end < len(span.doc) and span.doc[span.end].lower_ in MORE_WORDS)
    hits = []
    for field, word in _fields_of(arg, span):
        first, last = min(start, word.idx), max(end, word.idx + len(word))
        # "Two victims remain in critical condition": those whose condition is told, of all the hurt
        told = _condition_subset(value) if field == "injured" and _in_condition(word) else value
        hits.append(_Hit(field, told, arg, first, last, more, weak=_is_weak(field, word, arg), counted=True))
    return hits


def _ranks_the_hurt(sent: Span) -> bool:
    """ "the most seriously injured", "the worst wounded": the sentence picks some of the hurt."""
    return any(
        tok.lower_ in WOUND_WORDS and any(d.tag_ in {"RBS", "JJS"} for d in tok.subtree if d.i < tok.i) for tok in sent
    )


def _condition_subset(value: CountValue) -> CountValue:
    return CountValue(value.stated, value.low, None, value.qualifier or "at least")


def _word_before(span: Span) -> str:
    return span.doc[span.start - 1].lower_ if span.start > 0 else ""


def _is_not_count(sent: Span, span: Span, start: int, end: int) -> bool:
    """Ages, dates, times, money, measures, ordinals: numbers that count no one."""
    doc = sent.doc
    if any(t.like_url for t in span) or (start > sent.start_char and doc_text(doc)[start - 1].isalnum()):
        return True  # a digit inside a link or a code ("pic.twitter.com/x9")
    # Doc.text re-joins every token of the article on each access; 21 tokens hold >= 20 chars.
    tail = doc[span.end - 1 : span.end + 20]
    following = tail.text[end - tail.start_char : end - tail.start_char + 20]
    if AGE_AFTER_RE.match(following) or _word_before(span) in AGE_BEFORE:
        return True
    if span.end < len(doc) and doc[span.end].lower_ in TALLY_NOUNS:
        return True  # "shot about 10 times", "fired 30 rounds"
    if any(t.ent_type_ in NOT_COUNT_ENTS for t in span):
        return True
    anchor = span[-1]
    if anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in DIAL_VERBS:
        return True
    # "Jane Doe, 35, died": a bare number set off by commas after a name is an age.
    before, after = doc[span.start - 1] if span.start else None, doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ == "of" and before.i and doc[before.i - 1].lower_ in PARENT_NOUNS:
        return True  # "Father of 5 killed": his children, not the dead
    if before is not None and before.text == "," and after is not None and after.text == ",":
        prev = doc[before.i - 1] if before.i else None
        if prev is not None and prev.pos_ == "PROPN" and anchor.dep_ in {"appos", "npadvmod", "amod", "nummod"}:
            return True
    return anchor.head.lower_ in {"%", "percent", "per"} and anchor.head != anchor


def _argument(anchor: Token) -> tuple[Token, Token | None]:
    """The token that stands for the counted group, and the noun naming who is counted."""
    tok = anchor
    while tok.dep_ in {"compound", "quantmod", "nummod"} and tok.head.like_num and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "nummod" and tok.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return tok.head, tok.head
    if tok.dep_ == "nummod" and tok.head.lower_ == "more":
        return tok.head, None  # "three dead and two more who were hurt": more people, unnamed
    of_objects = [g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return tok, (of_objects[0] if of_objects else None)


def _is_person(noun: Token) -> bool:
    word = noun.lower_
    if word in NON_PERSON or noun.lemma_.lower() in NON_PERSON:
        return False
    if word in PERSON_NOUNS or noun.lemma_.lower() in PERSON_NOUNS or noun.ent_type_ == "NORP":
        return True
    return word.endswith(PERSON_SUFFIXES) and noun.pos_ == "NOUN"


def _fields_of(arg: Token, span: Span) -> list[tuple[str, Token]]:
    """Each field the sentence gives the counted group, with the word that says so."""
    found: list[tuple[str, Token]] = []
    doc = arg.doc
    nxt = doc[max(arg.i, span.end - 1) + 1] if max(arg.i, span.end - 1) + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "ADV" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ in STATE_FIELDS:
        nxt = doc[nxt.i + 1]  # "left one dead and four seriously wounded"
    # "Two gunmen killed a guard": a participle with an object of its own is an active verb.
    active = nxt is not None and any(c.dep_ == "dobj" for c in nxt.children)
    if nxt is not None and nxt.lower_ in STATE_FIELDS and nxt.head.i <= nxt.i and not active:
        # "left three dead and five wounded"
        found.append((STATE_FIELDS[nxt.lower_], nxt))
    else:
        found += _from_head(arg)
    found += _with_wounds(arg) + _left_in_care(arg)
    for child in arg.children:
        if child.dep_ in {"relcl", "acl", "amod"}:
            found += _from_modifier(child)
    found += [f for m in _shared_participles(arg) for f in _from_modifier(m)]
    found = found or _state_after_the_list(arg)
    found += [f for p in _detached_participles(arg) for f in _verb_fields(p, True)]
    found = found or _victims_of_shooting(arg)
    seen: set[str] = set()
    return [
        (f, w)
        for f, w in found
        if not _intended(w)
        and not _other_cause(f, w)
        and not _counterfactual(w)
        and (not _unrealised(w) or _not_saved(w))
        and not (f in seen or seen.add(f))
    ]


def _state_after_the_list(arg: Token) -> list[tuple[str, Token]]:
    """ "found two women and a man dead": the state after the last of the listed people is also
    that of those before it that have none of their own ("four wounded and one dead" do)."""
    return [
        (STATE_FIELDS[c.lower_], c)
        for conj in arg.conjuncts
        if conj.i > arg.i
        for c in conj.children
        if c.dep_ == "amod" and c.i > conj.i and c.lower_ in STATE_FIELDS
    ]


def _victims_of_shooting(arg: Token) -> list[tuple[str, Token]]:
    """ "found two shooting victims": shot, maybe fatally (unless the sentence says more)."""
    if arg.lemma_.lower() != "victim":
        return []
    return [("injured", c) for c in arg.children if c.dep_ == "compound" and c.lower_ in SHOOTING_NOUNS][:1]


def _left_in_care(arg: Token) -> list[tuple[str, Token]]:
    """ "left two dead and three others in the hospital", "left a man in critical condition": wounded."""
    verb = arg.head
    if arg.dep_ not in {"dobj", "conj"} or verb.lemma_.lower() != "leave" or verb.pos_ != "VERB":
        return []
    holders = [arg] if arg.dep_ == "conj" else [arg, verb]
    return [
        ("injured", g)
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pobj" and _in_care(g)
    ][:1]


def _in_care(noun: Token) -> bool:
    """ "the hospital", "critical condition": where and how the wounded are."""
    lemma = noun.lemma_.lower()
    return lemma == "hospital" or (lemma == "condition" and any(c.lower_ in CARE_STATES for c in noun.children))


def _with_wounds(arg: Token) -> list[tuple[str, Token]]:
    """ "three men walked in with gunshot wounds", "left eight people with wounds": wounded."""
    holders, verb = [arg], None
    if arg.dep_ in {"nsubj", "nsubjpass", "dobj"} and arg.head.pos_ == "VERB" and not _is_negated(arg.head):
        verb = arg.head
        # the parse often hangs the "with" on the place before it: "walked into a store with wounds"
        places = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        holders += [verb, *places]
    wounds = [
        g
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj" and g.lower_ in WOUND_NOUNS
    ]
    if not wounds:
        return []
    # "all four were found with gunshot wounds": found so, they may have been dead; so may "a call about a
    # man with a gunshot wound", whom no verb shows doing anything
    return [("shot" if verb is None or verb.lemma_.lower() in FOUND_VERBS else "injured", wounds[0])]


def _other_cause(field: str, word: Token) -> bool:
    """ "died in a car crash", "died of an overdose", "hurt in one of the crashes", "recovered
    from the fall": a death or a wound no attack caused is no toll."""
    if field not in CASUALTY_FIELDS:
        return False
    causes = [
        g
        for c in word.children
        if c.dep_ == "prep" and c.lower_ in {"in", "of", "from", "after"}
        for g in c.children
        if g.dep_ in {"pobj", "pcomp"}  # "died after crashing into a guardrail"
    ]
    # "hurt in one of the crashes"
    of = [c for g in causes if g.pos_ in {"NUM", "PRON"} for c in g.children if c.lower_ == "of"]
    causes += [p for c in of for p in c.children if p.dep_ == "pobj"]
    if any(g.lemma_.lower() in OTHER_CAUSES for g in causes):
        return True
    if any(g.lemma_.lower() == "cause" and any(a.lower_ == "natural" for a in g.children) for g in causes):
        return True  # "died of natural causes"
    # "killed in a motorcycle accident" (a hunting accident may be a shooting); "a train kills a woman"
    vehicle_accident = any(
        g.lemma_.lower() == "accident" and any(c.lemma_.lower() in VEHICLES for c in g.children) for g in causes
    )
    agent = [c for c in word.children if c.dep_ == "nsubj"] + [
        g for c in word.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    return vehicle_accident or any(a.lemma_.lower() in VEHICLES for a in agent)


def _counterfactual(word: Token) -> bool:
    """ "he could have died", "two would have been killed": what did not happen."""
    aux = {c.lemma_.lower() for c in word.children if c.dep_ in {"aux", "auxpass"}}
    # "could’ve died": the curly contraction is often parsed as a noun, still it is "have"
    have = bool(aux & {"have", "'ve"}) or any(c.lower_ in {"'ve", "\u2019ve"} for c in word.children)
    return bool(aux & COUNTERFACTUAL_MODALS) and have


def _unrealised(word: Token) -> bool:
    """ "he might hurt himself", "the boy could die": a fear or a danger, not what befell anyone
    ("where he would later die" is told of the past)."""
    aux = {c.lemma_.lower() for c in word.children if c.dep_ in {"aux", "auxpass"}}
    if not aux & UNREALISED_MODALS or aux & {"have", "'ve"}:
        return False
    return not ("would" in aux and any(c.lower_ in {"later", "eventually", "soon"} for c in word.children))


def _intended(word: Token) -> bool:
    """ "tried to kill two officers", "no sign that he meant to hurt or kill anyone": an aim, no toll."""
    verb = _conj_root(word) if word.dep_ == "conj" else word
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in INTENT_NOUNS:
        return True  # "in an effort to kill himself", "a plot to kill the mayor"
    if verb.dep_ != "xcomp":
        return False
    # "he was going to kill his wife": an aim, like "planned to"
    return verb.head.lemma_.lower() in INTENT_VERBS or verb.head.lower_ == "going"


def _shared_participles(arg: Token) -> list[Token]:
    """ "three men and one woman suffering from gunshot wounds": a participle after the last of
    coordinated groups tells what befell them all, though the parse hangs it on the last."""
    conjuncts = [c for c in arg.conjuncts if c.i > arg.i]
    if not conjuncts:
        return []
    return [c for c in max(conjuncts, key=lambda t: t.i).children if c.dep_ == "acl" and c.i > arg.i]


def _detached_participles(arg: Token) -> list[Token]:
    """ "Police identified the teenager fatally shot May 4": a participle right after the object
    that tells what befell it, though the parse hangs it on the verb as a clause of its own."""
    if arg.dep_ != "dobj":
        return []
    return [
        c
        for c in arg.head.children
        if c.dep_ in {"advcl", "ccomp"}
        and c.tag_ in {"VBN", "VBD"}  # a past form with no subject of its own is the participle
        and c.left_edge.i == arg.right_edge.i + 1
        and not any(g.dep_.startswith("nsubj") for g in c.children)
    ]


def _from_head(arg: Token) -> list[tuple[str, Token]]:
    head, dep = arg.head, arg.dep_
    if dep == "nsubj" and head.dep_ == "auxpass" and head.head.pos_ == "VERB":
        # "another man was critically injured", parsed with "was" as the man's head
        head, dep = head.head, "nsubjpass"
    if dep == "conj" or _listed_after_comma(arg):
        root = _conj_root(arg)
        return _from_head(root) if root.i != arg.i else []
    if dep == "pobj":
        return _from_preposition(arg)
    if dep == "npadvmod" and any(c.lower_ == "fatally" for c in arg.children):
        return [("killed", next(c for c in arg.children if c.lower_ == "fatally"))]
    if dep not in {"nsubj", "nsubjpass", "dobj", "attr"} or head.pos_ not in {"VERB", "AUX", "ADJ"}:
        return []
    if dep == "dobj" and _second_object_with_clause(arg):
        return []
    if dep in {"dobj", "nsubjpass"} and _not_saved(head):
        return [("killed", head)]
    if _is_negated(head) or _is_open_question(head) or semicolon_between(arg, head):
        return []
    toll = _toll_field(head)
    if toll is not None and dep in {"attr", "dobj"}:
        return [toll]
    passive = dep in {"nsubjpass", "dobj"} or _elliptic_passive(arg, head)
    return _verb_fields(head, passive, dep) + _outcome_of_reduced_relative(head)


def _second_object_with_clause(arg: Token) -> bool:
    """ "shot him with a gun the two found": the parser hangs "the two" on "shot" as a second
    object; a verb has one, and a number with a clause of its own after another object is that
    clause's subject."""
    earlier = any(c.dep_ == "dobj" and c.i < arg.i for c in arg.head.children)
    return earlier and any(c.dep_ in {"acl", "relcl"} for c in arg.children)


def _outcome_of_reduced_relative(participle: Token) -> list[tuple[str, Token]]:
    """ "One of two men shot late Monday dies": the parser reads "men shot" as a clause and leaves
    the verb after it without a subject; that verb tells what befell the one counted."""
    outer = participle.head
    if participle.dep_ != "ccomp" or participle.tag_ not in {"VBN", "VBD"} or outer.pos_ != "VERB":
        return []
    if outer.i < participle.i or any(c.dep_.startswith("nsubj") for c in outer.children):
        return []
    return [f for f in _verb_field(outer, False) if f[0] == "killed"]


def _conj_root(arg: Token) -> Token:
    tok = arg
    while (tok.dep_ == "conj" or _listed_after_comma(tok)) and tok.head.i != tok.i:
        if tok.dep_ == "conj" and tok.tag_ == "NN" and tok.head.pos_ == "VERB":
            # "shooting a 7-year-old and her father": the parser joins the second object to the verb
            first = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
            return first if first is not None else tok.head
        tok = tok.head
    return tok


def _listed_after_comma(tok: Token) -> bool:
    """ "A man, his wife and their two children": the parser takes "his wife" for another name of
    the man; someone's relative after a comma, that the list goes on from with a person of its
    own ("and their two children"), is one more of the list. "Jon Reyes, her husband, was shot"
    names him twice (no list goes on), and so does "Alex Roe, a neighbor and close friend"."""
    if tok.dep_ != "appos" or not _is_person(tok) or not _person_or_name(tok.head):
        return False
    if not any(c.dep_ == "poss" for c in tok.children):
        return False
    return any(
        c.dep_ == "conj" and ((_person_or_name(c) and _introduced(c)) or c.lower_ in REFLEXIVES) for c in tok.children
    )


def _introduced(tok: Token) -> bool:
    """A person brought in with a word of its own: "a friend", "their two children", a name."""
    return tok.ent_type_ == "PERSON" or any(c.dep_ in {"det", "poss", "nummod"} for c in tok.children)


def _person_or_name(tok: Token) -> bool:
    return _is_person(tok) or tok.ent_type_ == "PERSON"


def _elliptic_passive(arg: Token, verb: Token) -> bool:
    """ "four attackers killed and four officers wounded": a participle with a subject and no
    auxiliary of its own reads as passive; so does a headline's "Four men shot on Elm Street"
    (no full stop), where the tagger takes the participle for a past tense."""
    if arg.dep_ != "nsubj" or verb.tag_ not in {"VBN", "VBD"}:
        return False
    if _fired_at(verb) or (verb.tag_ == "VBD" and not is_headline(verb.sent)):
        return False
    return not any(c.dep_ in {"aux", "dobj"} for c in verb.children)


def _fired_at(verb: Token) -> bool:
    """ "Gunman shot at officers", "shot at a car": fired at someone; "Four shot at party": hit there."""
    # "at fleeing driver" parses as a clause whose object is the target
    objects = [g for c in verb.children if c.lower_ == "at" for g in c.children if g.dep_ in {"pobj", "pcomp"}]
    targets = [*objects, *(g for o in objects if o.dep_ == "pcomp" for g in o.children if g.dep_ == "dobj")]
    return any(t.pos_ == "PRON" or t.lemma_.lower() in VEHICLES or _is_person(t) for t in targets)


def _verb_fields(verb: Token, passive: bool, role: str = "nsubj") -> list[tuple[str, Token]]:
    """Fields of a verb for its patient (passive) or its subject (active), with conjoined verbs
    that share the subject ("no one was killed or injured", "shot and killed")."""
    own = _verb_field(verb, passive)
    # A conjoined verb shares the argument only when it has none of the same kind itself.
    kinds = {"dobj"} if role == "dobj" else {"nsubj", "nsubjpass"}
    conj = [
        f
        for c in verb.children
        if (c.dep_ == "conj" or _comma_joined(verb, c))
        and c.pos_ in {"VERB", "ADJ"}
        and not _has_own(c, kinds)
        # "was inside the home and was not hurt": a denied state befell no one
        and not any(g.dep_ == "neg" for g in c.children)
        # "a girl ran into the room and was hit by a bullet": its own auxiliary makes it passive
        for f in _verb_field(c, passive or (role == "nsubj" and any(g.dep_ == "auxpass" for g in c.children)))
    ]
    if own and own[0][1].lemma_ in WEAK_VERBS:
        # "shot and killed", "shot and wounded": the second verb says how the shot fared
        for outcome in ("killed", "injured"):
            told = [f for f in conj if f[0] == outcome and f[1].lemma_ not in WEAK_VERBS]
            if told:
                return told
    return own + [f for f in conj if f[0] not in {o[0] for o in own}] if own or conj else []


def _has_own(verb: Token, kinds: set[str]) -> bool:
    """Whether the verb has an argument of these kinds, also where the parser hangs the subject
    on its auxiliary ("and another man was injured", "man" under "was")."""
    return any(
        g.dep_ in kinds or (g.dep_ in {"aux", "auxpass"} and any(a.dep_ in kinds for a in g.children))
        for g in verb.children
    )


def _comma_joined(verb: Token, other: Token) -> bool:
    """ "Boy shot, killed in Elmvale": a headline's comma joins two participles like "and"."""
    return other.dep_ == "advcl" and other.i == verb.i + 2 and verb.nbor(1).text == "," and other.tag_ == "VBN"


def _verb_field(verb: Token, passive: bool) -> list[tuple[str, Token]]:
    lemma = verb.lemma_.lower()
    complement = [c for c in verb.children if c.dep_ in {"acomp", "oprd", "xcomp", "advmod", "dobj"}]
    for c in complement:
        # The quote must reach whichever comes last: "found dead", "fatally shot".
        last = c if c.i > verb.i else verb
        if c.lower_ in STATE_FIELDS and c.dep_ != "dobj" and c.lower_ != "killed":
            return [(STATE_FIELDS[c.lower_], last)]
        # "fatally shot", "found shot" say what befell the patient, never the shooter.
        if passive and c.lower_ == "fatally" and (lemma in WEAK_VERBS or VERB_FIELDS.get(lemma) == "injured"):
            return [("killed", last)]
        if passive and c.dep_ in {"xcomp", "oprd"} and c.lemma_.lower() in WEAK_VERBS and c.tag_ == "VBN":
            # "found shot", "found stabbed to death"; "believed to have shot" is the shooter
            return [] if _active_infinitive(c) else _verb_field(c, True)
    death = _to_death(verb)
    if death is not None and (lemma in WEAK_VERBS or lemma in BEAT_VERBS) and passive:
        return [("killed", death)]  # "stabbed to death", "beaten to death"
    if lemma in SUBJECT_FIELDS:
        return [(SUBJECT_FIELDS[lemma], verb)]
    if lemma == "lose" and any(c.lower_ in {"life", "lives"} for c in verb.children):
        return [("killed", verb)]
    if lemma in WOUND_TAKING_VERBS and any(c.lemma_ in {"injury", "wound"} for c in verb.subtree):
        return [("injured", verb)]
    if _in_condition(verb) or lemma in RECOVERY_VERBS and not any(c.dep_ == "dobj" for c in verb.children):
        return [("injured", verb)]
    if _fights_for_life(verb):
        return [("injured", verb)]
    if not passive:
        return []
    if lemma in HOSPITAL_VERBS and _to_hospital(verb):
        return [("injured", verb)]
    if lemma in STRIKE_VERBS and _gunfire_subject(verb):
        return [("injured", verb)]  # "a bullet struck the boy": shot, maybe fatally (weak)
    if lemma in VERB_FIELDS:
        return [(VERB_FIELDS[lemma], verb)]
    if lemma in WEAK_VERBS:
        return [(WEAK_VERBS[lemma], verb)]
    return _phrase_field(verb)


def _active_infinitive(verb: Token) -> bool:
    """ "to have shot" (the subject fired), not "to have been shot"."""
    deps = {(c.dep_, c.lower_) for c in verb.children}
    return ("aux", "to") in deps and not any(dep == "auxpass" for dep, _ in deps)


def _gunfire_subject(verb: Token) -> bool:
    """Whether a gun or a bullet does the verb: "a round hit him", "a gun that went off, striking him"."""
    for _ in range(2):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ in {"that", "which"} and verb.dep_ == "relcl":
            subjects = [verb.head]
        if subjects:
            return subjects[0].lemma_.lower() in GUNFIRE_WORDS | GUN_WORDS
        if verb.dep_ not in {"advcl", "conj"}:
            return False
        verb = verb.head  # "went off, striking": the clause's subject is the one it hangs on
    return False


def _in_condition(verb: Token) -> bool:
    """ "is in critical condition", "was listed in stable condition", "remains in the hospital":
    a patient's condition."""
    if verb.lemma_.lower() not in CONDITION_VERBS:
        return False
    objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    if verb.lemma_.lower() in STAYING_VERBS and any(g.lower_ in HOSPITAL_NOUNS for g in objects):
        return True
    return any(g.lemma_.lower() == "condition" for g in objects)


def _fights_for_life(verb: Token) -> bool:
    """ "is fighting for his life", "another was clinging to life": wounded, maybe mortally."""
    lives = {("fight", "for"), ("cling", "to")}
    return any(
        (verb.lemma_.lower(), c.lower_) in lives and any(g.lower_ == "life" for g in c.children)
        for c in verb.children
        if c.dep_ == "prep"
    )


def _to_hospital(verb: Token) -> bool:
    """ "taken to a hospital", "lands four in the hospital", "put two in the hospital"."""
    # the parse may hang the place on the object: "lands [four men in hospital]"
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    places = [
        g for h in holders for c in h.children if c.lower_ in {"to", "in"} for g in c.children if g.dep_ == "pobj"
    ]
    return any(
        p.lower_ in HOSPITAL_NOUNS
        or p.lemma_ == "center"
        and any(c.lower_ in {"medical", "trauma"} for c in p.children)
        for p in places
    )


def _to_death(verb: Token) -> Token | None:
    """The word "death" of "shot to death", else None."""
    deaths = [g for c in verb.children if c.lower_ == "to" for g in c.children if g.lower_ == "death"]
    return deaths[0] if deaths else None


def _phrase_field(verb: Token) -> list[tuple[str, Token]]:
    """ "taken into custody", "taken to hospital", "held hostage", "held in custody"."""
    lemma = verb.lemma_.lower()
    words = {g.lower_ for c in verb.children for g in c.subtree}
    if lemma in {"take", "hold"} and "hostage" in words:
        return [("kidnapped", verb)]
    if lemma == "take" and "custody" in words:
        return [("arrested", verb)]
    if lemma == "hold" and "custody" in words:
        return [("detained", verb)]
    if lemma in {"take", "rush", "transport", "airlift"} and "hospital" in words:
        return [("injured", verb)]
    if lemma == "treat" and words & (WOUND_NOUNS | {"released"}):
        return [("injured", verb)]  # "treated for gunshot wounds", "treated and released"
    if lemma == "release" and words & HOSPITAL_NOUNS:
        return [("injured", verb)]  # "released from the hospital": wounded, and alive
    if lemma in STRIKE_VERBS and words & GUNFIRE_WORDS:
        return [("injured", verb)]  # "hit by a stray bullet": shot, maybe fatally (weak)
    return []


def _from_modifier(mod: Token) -> list[tuple[str, Token]]:
    """ "four suspects, who were charged", "11 people detained", "three injured people"."""
    if mod.dep_ == "amod":
        if mod.lower_ in STATE_FIELDS and any(c.lower_ == "fatally" for c in mod.children):
            return [("killed", mod)]  # "a fatally wounded officer"
        return [(STATE_FIELDS[mod.lower_], mod)] if mod.lower_ in STATE_FIELDS else []
    if _is_negated(mod):
        return []
    rel_subject = [c for c in mod.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if mod.dep_ == "acl" and not rel_subject:
        return _verb_fields(mod, mod.tag_ == "VBN")
    if rel_subject and rel_subject[0].lower_ in {"who", "that"}:
        return _verb_fields(mod, rel_subject[0].dep_ == "nsubjpass")
    return []


def _from_preposition(arg: Token) -> list[tuple[str, Token]]:
    """ "the arrests of seven people", "the death toll rose to 12", "a toll of 12"."""
    prep = arg.head
    owner = prep.head
    if prep.lower_ == "of" and owner.lemma_.lower() in NOUN_FIELDS:
        return [(NOUN_FIELDS[owner.lemma_.lower()], owner)]
    if prep.lower_ == "of" and owner.lower_ in {"shooting", "shootings"}:
        # "the fatal shooting of one man", "the shooting of three people" (shot: maybe fatally)
        fatal = any(c.lower_ in FATAL_WORDS for c in owner.children)
        return [("killed" if fatal else "injured", owner)]
    if prep.lower_ == "of" and owner.lemma_.lower() == "toll":
        return [_toll_of(owner)]
    if prep.lower_ in {"to", "at"}:
        toll = _toll_field(owner)
        return [toll] if toll is not None else []
    return []


def _toll_field(verb: Token) -> tuple[str, Token] | None:
    for c in verb.children:
        if c.dep_.startswith("nsubj") and c.lemma_.lower() == "toll":
            return _toll_of(c)
    return None


def _toll_of(toll: Token) -> tuple[str, Token]:
    # "the injury toll" is rare; "the toll" and "the death toll" count the dead.
    kinds = {c.lemma_.lower() for c in toll.children if c.dep_ in {"compound", "amod"}}
    return ("injured", toll) if kinds & {"injury", "casualty"} else ("killed", toll)


def _is_negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _not_saved(verb: Token) -> bool:
    """ "doctors could not save her", "were unable to save him", "he could not be saved": the
    news's way of saying the person died."""
    if verb.lemma_.lower() != "save":
        return False
    if _is_negated(verb):
        return True
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False
    if head.lemma_.lower() in {"unable", "fail"}:
        return True
    return head.lemma_.lower() == "able" and (_is_negated(head) or _is_negated(head.head))


def _is_open_question(verb: Token) -> bool:
    """ "not able to say if the man had died", "unknown whether anyone was hurt": no fact told."""
    return any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in verb.children)


def _article_hits(sent: Span, taken: set[int]) -> list[_Hit]:
    """ "A man was killed", "another was wounded": an article or "another" counting one person."""
    hits: list[_Hit] = []
    for tok in sent:
        word = tok.lower_
        # "A Millbrook, Ohio, teen" after a headline: the parser may make the article part of the name
        article = tok.dep_ == "det" or (tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and word != "another")
        if word in {"a", "an", "another"} and article and _article_person(tok.head).tag_ == "NN":
            arg = _article_person(tok.head)
            if arg.i in taken or not _is_person(arg) or arg.lower_ in GROUP_NOUNS:
                continue
        elif word == "another" and tok.dep_ in {"nsubj", "nsubjpass"}:
            arg = tok
        else:
            continue
        # "a man, woman and child": the article counts each bare noun joined to its own
        n = 1 + len(_bare_conjuncts(arg))
        for field, w in _fields_of(arg, sent.doc[tok.i : tok.i + 1]):
            start = min(tok.idx, w.idx)
            end = max(arg.idx + len(arg), w.idx + len(w))
            one, weak = CountValue(n, n, n, None), _is_weak(field, w, arg)
            more = word == "another" or _also(w)
            hits.append(_Hit(field, one, arg, start, end, more, word != "another", weak))
    return hits


def _article_person(head: Token) -> Token:
    """The noun an article counts: "A Millbrook, Ohio, boy", where the parser hangs it on the town."""
    while head.pos_ == "PROPN" and head.dep_ in {"nmod", "compound"} and head.head.i > head.i:
        head = head.head
    return head


def _bare_conjuncts(arg: Token) -> list[Token]:
    """Person nouns joined to ``arg`` that have no determiner or number of their own ("a gang
    member and brother of the suspect" is one person told twice)."""
    found = []
    for conj in arg.conjuncts:
        if conj.i > arg.i and _is_person(conj) and conj.tag_ == "NN":
            if not any(c.dep_ in {"det", "nummod", "poss"} or c.lower_ == "of" for c in conj.children):
                found.append(conj)
    return found


def _also(word: Token) -> bool:
    """ "a shooting that also injured a woman": one more besides whom the sentence told of."""
    return any(c.lower_ == "also" for c in word.children)


def _ordinal_hits(sent: Span, taken: set[int]) -> list[_Hit]:
    """ "A fourth victim was found shot", "an 8th teen was injured": at least that many were hurt."""
    hits: list[_Hit] = []
    for tok in sent:
        if tok.tag_ != "NN" or tok.i in taken or tok.i == 0 or tok.nbor(-1).ent_type_ != "ORDINAL":
            continue
        ordinal = next((c for c in tok.children if c.dep_ == "amod" and c.ent_type_ == "ORDINAL"), None)
        if ordinal is None or not _is_person(tok):
            continue
        rank = ORDINALS.get(ordinal.lower_) or (int(ordinal.text[:-2]) if ordinal.text[:-2].isdigit() else None)
        if rank is None or rank < 2:
            continue
        # "the second victim died" counts victims, not the dead; "a third person has died" the dead
        for field, w in _fields_of(tok, sent.doc[tok.i : tok.i + 1]):
            start, end = min(ordinal.idx, w.idx), max(tok.idx + len(tok), w.idx + len(w))
            at_least = CountValue(rank, rank, None, "at least")
            if field in ("injured", "shot"):
                # "a fourth victim was injured": four were hurt, some of them maybe fatally (shot)
                hits.append(_Hit("injured", at_least, tok, start, end, weak=True, counted=True))
            elif field == "killed" and _news_of_another_death(tok, w):
                hits.append(_Hit("killed", at_least, tok, start, end, counted=True))
    return hits


def _news_of_another_death(person: Token, verb: Token) -> bool:
    """ "A third person has died", "Third person dies": the dead now number three. Not "the second
    victim died" (the victims are counted) nor "two were hurt and a third person died"."""
    if verb.lemma_.lower() != "die" or any(
        c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in person.children
    ):
        return False
    return verb.tag_ == "VBZ" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _single_hits(sent: Span, taken: set[int]) -> list[_Hit]:
    """ "John Doe died", "he was pronounced dead", "the boy was shot", "shot himself": one victim
    named or referred to without a number. Only deaths and wounds: a named suspect "arrested" is
    too often the same one counted again in a later report."""
    hits: list[_Hit] = []
    for tok in sent:
        if tok.i in taken or tok.pos_ in NEVER_A_PERSON:
            continue
        first = tok.left_edge
        # "a mother and her son": a conjoined person counts when the first one would
        root = _conj_root(tok) if tok.dep_ == "conj" or _listed_after_comma(tok) else tok
        # the words that tell what befell the person: the list's first when the parser dropped the "and"
        told = _named_before_dropped_and(tok) if root is tok else None
        root = _conj_root(told) if told is not None else root
        told = told or tok
        # "the accidental shooting of 12-year-old boy": the one the incident noun is of
        of_incident = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in SHOT_WORDS
        # "13-year-old seriously wounded in shooting": a headline's victim the parse makes its root
        # (or its bare person told dead or wounded: "College student from Elmvale killed in shooting")
        headline_victim = root.dep_ == "ROOT" and is_headline(sent) and (_is_age_noun(root) or _told_state(root))
        # "Woman killed, man hurt in shooting": the headline's next victim, hung on the first clause
        headline_victim = headline_victim or (root.dep_ == "dep" and _headline_person(root))
        described = (root.dep_ == "pobj" or headline_victim) and any(
            (c.dep_ == "acl" and c.tag_ == "VBN") or (headline_victim and c.dep_ == "amod" and c.lower_ in STATE_FIELDS)
            for c in root.children
        )
        # "two children and their father": the father is one more, whoever heads the list
        one_more = root is not tok and _group_size(root) > 0 and _is_one_person(tok)
        # "Accidental shooting kills turkey hunter": a headline drops the article
        bare = root is tok and tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and _headline_noun_person(tok)
        if (
            (root.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} or of_incident or described)
            and (_is_single_person(tok) or bare)
            and (_is_one_person(root) or one_more or bare)
        ) or _unsaved_pronoun(tok):
            fields = [(f, w) for f, w in _fields_of(told, sent.doc[told.i : told.i + 1]) if f in CASUALTY_FIELDS]
        elif _is_single_person(tok) and (orphan := _orphaned_verb(tok)) is not None:
            passive = any(c.dep_ == "auxpass" for c in orphan.children)
            fields = [(f, w) for f, w in _verb_field(orphan, passive=passive) if f in CASUALTY_FIELDS]
        elif _stranded_headline_person(tok):
            fields = [(f, w) for f, w in _verb_fields(tok.head, True) if f in CASUALTY_FIELDS]
        else:
            fields = _reflexive_fields(tok)
            if fields:
                first = min([tok, *(a for a in tok.ancestors if a.i < tok.i)][:3], key=lambda t: t.i)
        for field, w in fields:
            start, end = min(first.idx, w.idx), max(tok.idx + len(tok), w.idx + len(w))
            # "the boy was shot" may be the one who died: weak like a counted "shot"
            one, weak = CountValue(1, 1, 1, None), _is_weak(field, w, tok)
            more = tok.lower_ not in SINGLE_PRONOUNS and _also(w)
            hits.append(_Hit(field, one, tok, start, end, more, single=True, weak=weak))
    return hits


def _unsaved_pronoun(tok: Token) -> bool:
    """ "doctors could not save him": the one person the pronoun stands for died."""
    return tok.dep_ == "dobj" and tok.lower_ in OBJECT_PRONOUNS and _not_saved(tok.head)


def _named_before_dropped_and(tok: Token) -> Token | None:
    """ "killing Ann Roe, 18, and Bob Moe, 20": after an age in commas the parser leaves "and" on
    the first name and hangs the second elsewhere; the second is one more of the list."""
    if tok.ent_type_ != "PERSON" or tok.dep_ == "compound" or tok.left_edge.i <= tok.sent.start:
        return None
    cc = tok.doc[tok.left_edge.i - 1]
    first = cc.head
    if cc.dep_ != "cc" or cc.lower_ != "and" or first.i >= cc.i or first.ent_type_ != "PERSON":
        return None
    return None if any(c.dep_ == "conj" for c in first.children) else first


def _told_state(person: Token) -> bool:
    """A headline's bare person with a word of death or wound hung on it ("student killed",
    "youth dead"); "shot" or "grazed" are left to the headline's state words."""
    if not _headline_person(person):
        return False
    told = (c for c in person.children if c.dep_ in {"acl", "amod"} and c.lower_ in STATE_FIELDS)
    return any(c.lemma_ not in WEAK_VERBS for c in told)


def _stranded_headline_person(tok: Token) -> bool:
    """ "Boy, 14, fatally shot in Elmvale": a headline's person the parser hangs on the participle
    as an interjection, the participle left without a subject; "12-year-old accidentally shot in
    Elmvale": an age it hangs on the participle as an adjective (and may tag the participle a past)."""
    verb = tok.head
    hung_as_interjection = tok.dep_ in {"intj", "dep", "npadvmod"} and verb.tag_ == "VBN"
    hung_as_adjective = tok.dep_ == "amod" and verb.tag_ in {"VBN", "VBD"} and tok.i < verb.i
    # the parse is checked first: finding the token's sentence costs more than the rest
    if not (hung_as_interjection or hung_as_adjective):
        return False
    if not is_headline(tok.sent) or any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    if hung_as_interjection:
        return tok.lower_ in PERSON_NOUNS and tok.lower_ not in GROUP_NOUNS
    return _is_age_noun(tok)


def _orphaned_verb(tok: Token) -> Token | None:
    """ "a day after 24-year-old John Roe of Elmvale died from his wounds": the parser takes the
    person for the object of "after" (or joins it to the clause before: "..., but 4-year-old was
    hit") and leaves the verb right after the phrase without a subject; it is the person's verb."""
    end = tok.right_edge.i + 1
    verb = tok.doc[end] if end < len(tok.doc) else None
    if verb is not None and verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i and verb.head.pos_ == "VERB":
        verb = verb.head  # "..., but 4-year-old was hit": the parser joined the person to the clause before
    elif verb is not None and verb.tag_ not in FINITE_TAGS:
        return None
    if tok.dep_ not in ("pobj", "conj") or verb is None or verb.pos_ != "VERB":
        return None
    return None if any(c.dep_.startswith("nsubj") for c in verb.children) else verb


def _death_of_hits(sent: Span, taken: set[int]) -> list[_Hit]:
    """ "the death of 5-year-old Ann Roe", "the teen's death", "the murder of a Lakeside man": one dead."""
    hits = []
    for tok in sent:
        if tok.lemma_.lower() not in DEATH_NOUNS and not _life_taken(tok):
            continue
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if tok.tag_ == "NNS":
            hits += _deaths_of_listed(tok, of)
            continue
        if tok.tag_ != "NN":
            continue
        owners = [c for c in tok.children if c.dep_ == "poss"]
        # a headline drops the article: "Teen gunshot death", "death of teen driver"
        named = [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.lower_ in PERSON_NOUNS]
        for person in of + owners + [c for c in named if _headline_noun_person(c)]:
            one_person = _is_one_person(person) or _is_age_noun(person) or _headline_noun_person(person)
            one_person = one_person or _whose_life_was_taken(tok, person)
            if person.i not in taken and one_person:
                first, last = min(tok, person, key=lambda t: t.i), max(tok, person, key=lambda t: t.i)
                one = CountValue(1, 1, 1, None)
                hits.append(_Hit("killed", one, person, first.idx, last.idx + len(last), single=True))
                break
    return hits


def _headline_noun_person(tok: Token) -> bool:
    """A person a headline names without its article: "Teen gunshot death", "death of teen driver"."""
    if not _bare_in_headline(tok):
        return False
    person = tok.lower_ in PERSON_NOUNS or (tok.tag_ == "NN" and _is_person(tok))
    # "Several people shot": a plural, with an "s" or without, is no one person
    plural = tok.tag_ in {"NNS", "NNPS"} or tok.lower_.endswith("s")
    return person and tok.lower_ not in GROUP_NOUNS and not plural


def _life_taken(tok: Token) -> bool:
    """ "Accidental shooting takes life of Quapaw man", "the crash that claimed the life of"."""
    return tok.lower_ == "life" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIFE_TAKING_VERBS


def _whose_life_was_taken(life: Token, owner: Token) -> bool:
    """ "the shooting that took her life": one dead, told by a pronoun; not "took his own life" (the
    one who fired, counted as such) nor "nearly took her life" or "could have taken his life"."""
    if not _life_taken(life) or owner.lower_ not in LIFE_OWNERS or _own_life(life):
        return False
    verb = life.head
    spared = any(c.dep_ == "advmod" and c.lower_ in NEARLY_WORDS for c in verb.children)
    return not spared and not any(c.dep_ == "aux" and c.lower_ in COUNTERFACTUAL_MODALS for c in verb.children)


def _deaths_of_listed(deaths: Token, of: list[Token]) -> list[_Hit]:
    """ "the deaths of a mother, her daughter", "Deaths of Adult, Child", "the deaths of a man and his
    two sons": each person listed is one dead, each group counted by its number."""
    listed = [p for first in of for p in (first, *_listed_after(first))]
    sizes = [_group_size(p) or int(_is_one_noun_person(p) or _is_age_noun(p)) for p in listed]
    if len(listed) < 2 or not all(sizes):
        return []
    n, last = sum(sizes), max(listed, key=lambda t: t.i)
    covers = frozenset(p.i for p in listed)
    # the deaths of those it names: a list of several counts them
    end = last.idx + len(last)
    return [_Hit("killed", CountValue(n, n, n, None), listed[0], deaths.idx, end, covers=covers, counted=n > 1)]


def _group_size(noun: Token) -> int:
    """The number counting a plural person noun ("two sons"), 0 when none does."""
    if not _is_person(noun):
        return 0
    numbers = [parse_quantity(c.text) for c in noun.children if c.dep_ == "nummod"]
    return next((v.low for v in numbers if v is not None and v.is_exact), 0)


def _without_listed_twice(hits: list[_Hit]) -> list[_Hit]:
    """A list's hit, without the hits of the people it lists."""
    lists = [h for h in hits if h.covers]
    return [h for h in hits if h.covers or not any(h.field == x.field and h.arg.i in x.covers for x in lists)]


def _is_one_noun_person(tok: Token) -> bool:
    return _is_person(tok) and tok.tag_ in {"NN", "NNP"}


def _listed_after(first: Token) -> list[Token]:
    """The people joined to ``first`` by "and", a comma, or set beside it ("mother, daughter")."""
    found = []
    for child in first.children:
        if child.dep_ in {"conj", "appos"}:
            found += [child, *_listed_after(child)]
    return found


def _multiple_hits(sent: Span) -> list[_Hit]:
    """ "a double homicide", "a quadruple shooting": the count is in the adjective."""
    hits = []
    for tok in sent:
        n = MULTIPLES.get(tok.lower_)
        field = MULTIPLE_NOUNS.get(tok.head.lemma_.lower()) if tok.dep_ in {"amod", "compound"} else None
        if n and field:
            value = CountValue(n, n, n, None)
            if field == "injured" and any(c.lower_ in FATAL_WORDS and c.i > tok.i for c in tok.head.children):
                field = "killed"  # "a double fatal shooting": both died ("a fatal double shooting": one at least)
            weak = field == "injured"
            hits.append(_Hit(field, value, tok.head, tok.idx, tok.head.idx + len(tok.head), weak=weak, counted=True))
    return hits


def _murder_suicide_hits(sent: Span) -> list[_Hit]:
    """ "an apparent murder-suicide": one killed and the killer dead by his own hand, two at least."""
    hits = []
    for tok in sent:
        if tok.lower_ != "suicide" or tok.i < 2 or sent.doc[tok.i - 1].text not in {"-", "/"}:
            continue
        murder = sent.doc[tok.i - 2]
        attempted = murder.i > 0 and sent.doc[murder.i - 1].lower_ in {"attempted", "failed"}
        doubted = any(_is_negated(a) or _is_open_question(a) or _unrealised(a) for a in tok.ancestors)
        if murder.lower_ != "murder" or attempted or doubted:
            continue  # "police do not believe it was a murder-suicide", "it could be a murder-suicide"
        value = CountValue(2, 2, None, "at least")
        hits.append(_Hit("killed", value, tok, murder.idx, tok.idx + len(tok), counted=True))
    return hits


def _twin_hits(sent: Span, taken: set[int]) -> list[_Hit]:
    """ "killed his twin daughters": twins are two ("a twin brother" is one, and no count)."""
    hits = []
    for tok in sent:
        people = tok.head
        if tok.lower_ != "twin" or tok.dep_ not in {"amod", "compound"} or people.tag_ != "NNS":
            continue
        if people.i in taken or not _is_person(people):
            continue
        for field, word in _fields_of(people, sent.doc[tok.i : people.i + 1]):
            start, end = min(tok.idx, word.idx), max(people.idx + len(people), word.idx + len(word))
            hits.append(_Hit(field, CountValue(2, 2, 2, None), people, start, end, counted=True))
    return hits


def _fatal_hits(sent: Span, taken: set[int]) -> list[_Hit]:
    """ "a fatal shooting", "charged in the shooting death": someone died, how many it leaves open."""
    hits = []
    for tok in sent:
        if tok.lower_ not in FATAL_WORDS and tok.lower_ not in FATAL_NOUNS:
            continue
        head = tok.head
        while tok.lower_ in FATAL_WORDS and head.dep_ == "compound" and head.pos_ == "PROPN":
            head = head.head  # "a fatal Maple Heights shooting": the town's name stands between
        fatal = tok.dep_ == "amod" and tok.lower_ in FATAL_WORDS and head.lemma_.lower() in FATAL_NOUNS
        death = tok.dep_ in {"compound", "amod"} and tok.lower_ in FATAL_NOUNS and head.lemma_.lower() == "death"
        noun = _misparsed_incident_noun(sent, tok)
        if noun is not None:
            head, fatal = noun, True
        if not (fatal or death) or head.i in taken or (head.tag_ != "NN" and noun is None):
            continue
        if any(c.lower_ == "of" or c.dep_ == "poss" for c in head.children):
            continue  # "the shooting death of Ann Roe" counts her, exactly
        if any(c.ent_type_ == "ORDINAL" for c in head.children):
            continue  # "the city's third fatal shooting this year" counts shootings
        first, last = min(tok, head, key=lambda t: t.i), max(tok, head, key=lambda t: t.i)
        at_least_one = CountValue(1, 1, None, "at least")
        hits.append(_Hit("killed", at_least_one, head, first.idx, last.idx + len(last)))
    return hits


def _misparsed_incident_noun(sent: Span, tok: Token) -> Token | None:
    """The incident noun of a headline the parser reads as a verb: "charged in shooting death" (a
    shooting of a death), "arrested in fatal Maple Heights shooting" ("fatal" on the town's name)."""
    after = tok.nbor() if tok.i + 1 < sent.end else None
    if tok.lower_ in FATAL_NOUNS and after is not None and after.head == tok and after.lower_ == "death":
        return after
    if tok.lower_ in FATAL_WORDS and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
        following = (t for t in sent[tok.i + 1 - sent.start :] if t.pos_ != "PROPN")
        noun = next(following, None)
        if noun is not None and noun.lower_ in FATAL_NOUNS and noun.i > tok.head.i:
            return noun
    return None


def _with_headline_hits(sent: Span, hits: list[_Hit]) -> list[_Hit]:
    """The hits, with those of headline grammar the parser misreads as nouns: "Eight shot in
    overnight melee", "4-year-old shot by brother", "Boy, 3, wounded in shooting", "Boy stable
    after shooting"."""
    if not is_headline(sent):
        return hits
    # "Teen dead after double shooting": the state may add what the other figures leave out
    told = {h.field for h in hits if h.field in CASUALTY_FIELDS}
    for tok in sent:
        field = HEADLINE_STATES.get(tok.lower_)
        if field == "injured" and _headline_outcome(sent, tok) == "killed":
            field = "killed"  # "Teen Shot Dead", "Boy shot and killed", "Teen shot, killed"
        if field is None or _fired_at(tok):
            continue
        # "6-year-old fatally shot", "Teen critically injured": the person stands before the adverb
        manner = tok.nbor(-1) if tok.i > sent.start and tok.nbor(-1).tag_ == "RB" else None
        if manner is not None and manner.lower_ == "fatally" and field == "injured":
            field = "killed"
        state = tok if manner is None else manner
        group = _headline_group(sent, state) if state.i > sent.start else None
        # "3 Men, 1 Woman Injured": the list says more than the one group the parse counted
        if told and field != "killed" and (group is None or field not in told):
            continue
        if group is not None and field in told and not _lists_more(group[0], field, hits):
            continue
        if group is not None:
            value, first = group
            weak = field == "injured" and tok.lower_ in {"shot", "stabbed"}
            single = not first.like_num
            hit = _Hit(field, value, first, first.idx, tok.idx + len(tok), single=single, weak=weak, counted=not single)
            # "Father, daughter found dead": the parse saw one of the people the headline lists
            kept = [h for h in hits if h.field != field]
            return [*kept, hit, *_headline_fatally(tok, hit)]
    return hits


def _headline_outcome(sent: Span, tok: Token) -> str | None:
    """The state a headline gives right after "shot": "Shot Dead", "shot and killed", "shot, killed"."""
    after = list(sent[tok.i + 1 - sent.start : tok.i + 3 - sent.start])
    if after and after[0].lower_ in {"and", ","}:
        after = after[1:]
    return HEADLINE_STATES.get(after[0].lower_) if after else None


def _headline_kill_list(sent: Span, hits: list[_Hit]) -> list[_Hit]:
    """ "Man kills woman, her son, himself", "Gunman kills 3 bandmates, self", "killing 2, then
    himself": the people a headline's kill verb lists, each one dead, however the parser reads
    the list (it seldom reads a headline's commas as a list)."""
    if not is_headline(sent):
        return hits
    for tok in sent:
        if tok.lower_ not in KILL_FORMS or _intended(tok) or _counterfactual(tok) or _is_negated(tok):
            continue
        if _other_cause("killed", tok):  # "Freight train kills woman"
            continue
        listed = _listed_people(sent, tok.i + 1)
        if listed is None:
            continue
        value, last = listed
        if not _lists_more(value, "killed", hits):
            continue
        # "killed family, self": a family listed tells no number
        grouped = any(t.lemma_.lower() in GROUP_NOUNS for t in sent.doc[tok.i : last.i + 1])
        hit = _Hit("killed", value, tok, tok.idx, last.idx + len(last), counted=value.low > 1 and not grouped)
        if not _is_roundup(sent, hit):
            return [h for h in hits if h.field != "killed"] + [hit]
    return hits


def _listed_people(sent: Span, i: int) -> tuple[CountValue, Token] | None:
    """The people listed from token ``i`` on ("woman, her son, himself", "3 bandmates, self"),
    up to the first word that is neither a person nor a list's joint; None unless two or more
    are listed or the one listed is the killer himself ("Kills Himself")."""
    total, items, last = 0, 0, None
    while i < sent.end:
        tok = sent.doc[i]
        if last is not None and (tok.lower_ in LIST_JOINS or tok.lower_ == "then"):
            i += 1
            continue
        item = _list_item(sent, i)
        if item is None:
            break
        n, i = item
        total, items, last = total + n, items + 1, sent.doc[i - 1]
    if last is None or (i < sent.end and sent.doc[i].lower_ in HEADLINE_STATES):
        return None  # "1 killed, 2 women hurt": the people after the comma are another state's
    if items == 1 and last.lower_ not in REFLEXIVE_OBJECTS:
        return None  # one person alone is the parser's to read: a list is what it misses
    return CountValue(total, total, total, None), last


def _list_item(sent: Span, i: int) -> tuple[int, int] | None:
    """One listed person or group starting at token ``i``: (how many, the index after it)."""
    doc, count = sent.doc, 1
    if doc[i].lower_ in REFLEXIVE_OBJECTS:
        return 1, i + 1
    if doc[i].pos_ in {"DET", "PRON"}:
        i += 1  # "her son", "the gunman"
    if i < sent.end and doc[i].like_num and not _is_age_number(doc[i]):
        value = parse_quantity(doc[i].text)
        if value is None or not value.is_exact:
            return None
        count, i = value.low, i + 1
        if i == sent.end or doc[i].lower_ in LIST_JOINS:
            return count, i  # "killing 2, then himself"
    # the whole phrase is one item: "14-year-old friend", "four family members"
    j, person, counted = i, None, doc[i - 1].like_num
    while j < sent.end and (doc[j].pos_ in NOUN_MODIFIER_POS or doc[j].text == "-" or doc[j].like_num):
        if _is_person(doc[j]) or _is_age_noun(doc[j]):
            person = doc[j]
        j += 1
    if person is None or (not counted and (person.tag_ in {"NNS", "NNPS"} or person.lower_ in PLURAL_PEOPLE)):
        return None  # "kids killing kids": people not counted
    return count, j


def _is_age_number(tok: Token) -> bool:
    """The number of an age ("4-year-old"), not a count."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lemma_.lower() in AGE_UNITS


def _lists_more(value: CountValue, field: str, hits: list[_Hit]) -> bool:
    """Whether a headline's list of people ("Father, daughter") counts more than the parse found."""
    found = [h.value for h in hits if h.field == field]
    return value.is_exact and all(v.is_exact and v.low < value.low for v in found)


def _headline_fatally(state: Token, hit: _Hit) -> list[_Hit]:
    """ "4 shot, one fatally": of the shot, that many died and the others are wounded."""
    for c in state.children:
        dead = parse_quantity(c.text) if c.dep_ == "appos" and c.like_num else None
        if dead is None or not any(g.lower_ == "fatally" for g in c.children):
            continue
        if hit.field != "injured" or not (dead.is_exact and hit.value.is_exact) or dead.low > hit.value.low:
            return []
        wounded = hit.value.low - dead.low
        hit.value, hit.weak = CountValue(wounded, wounded, wounded, None), False
        end = max(g.idx + len(g) for g in c.subtree)
        return [_Hit("killed", dead, c, c.idx, end, counted=True)]
    return []


def _headline_group(sent: Span, state: Token) -> tuple[CountValue, Token] | None:
    """Who a headline's state word is about: the count, age or person word right before it."""
    before = sent.doc[state.i - 1]
    if before.lower_ in ATTESTING_WORDS and before.i > sent.start:
        before = before.nbor(-1)  # "One Confirmed Dead"
    number = sent.doc[before.i : before.i + 1]
    if before.like_num and not _is_not_count(sent, number, before.idx, before.idx + len(before)):
        value = parse_quantity(before.text)
        return (value, before) if value is not None and value.low > 0 else None
    if _is_age_noun(before):
        return CountValue(1, 1, 1, None), before.left_edge
    # "Boy, 3, wounded": the age set off by commas after the person
    if before.text == "," and state.i - 4 >= sent.start and sent.doc[state.i - 3].text == ",":
        before = sent.doc[state.i - 4] if sent.doc[state.i - 2].like_num else before
    group = _person_group(sent, before)
    if group is None:
        return None
    value, first = group
    # "10-Year-Old Girl, Teen Shot", "Mother And Son Wounded": each person listed is one more
    while first.i - 2 >= sent.start and first.nbor(-1).lower_ in LIST_JOINS:
        other = _person_group(sent, first.nbor(-2))
        if other is None:
            break
        value, first = _add(value, other[0]), other[1]
    return value, first


def _person_group(sent: Span, noun: Token) -> tuple[CountValue, Token] | None:
    """The people a headline noun names: "Teen" is one, "3 Teen Boys" three, "Boys" unknown,
    "Jon Reyes" one."""
    name = _headline_name(sent, noun)
    if name is not None:
        return CountValue(1, 1, 1, None), name
    if not _is_person(noun) or noun.lower_ in GROUP_NOUNS:
        return None
    counted = _number_before(sent, noun)
    if counted is not None:
        # "Four People Shot in Elm City", "3 Teen Boys Shot": the number before the people counts them
        value = parse_quantity(counted.text)
        return (value, counted) if value is not None and value.low > 0 else None
    if noun.lower_.endswith("s") or noun.lower_ in PLURAL_PEOPLE:
        return None
    return CountValue(1, 1, 1, None), _phrase_first(sent, noun)


def _headline_name(sent: Span, last: Token) -> Token | None:
    """The first word of a person's name ending at ``last`` ("Jon Reyes Killed In Shooting"): a
    PERSON, or two capitalised proper nouns no place or organisation, however the tagger read them
    (it may take the state word into the name: "Cole Dead")."""
    if last.pos_ != "PROPN" or not last.is_title:
        return None
    if last.ent_type_ == "PERSON":
        name = next((e for e in sentence_ents(sent) if e.start <= last.i < e.end), None)
        return sent.doc[name.start] if name is not None and name.end <= last.i + 2 else None
    first = last
    while first.i - 1 >= sent.start and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).is_title:
        first = first.nbor(-1)
    words = sent.doc[first.i : last.i + 1]
    if len(words) < 2 or any(t.ent_type_ or t.lower_ in PERSON_NOUNS for t in words):
        return None
    return first


def _phrase_first(sent: Span, noun: Token) -> Token:
    """The first word of a headline person's phrase ("10-Year-Old Girl" starts at "10")."""
    first = noun
    while first.i - 1 >= sent.start and first.nbor(-1).lower_ not in LIST_JOINS:
        prev = first.nbor(-1)
        # "17-month-old child": an age's number is joined to the rest by its hyphen
        if prev.pos_ not in NOUN_MODIFIER_POS and prev.text != "-" and not (prev.like_num and first.text == "-"):
            break
        first = prev
    return first


def _number_before(sent: Span, noun: Token) -> Token | None:
    """The number that opens the noun's phrase, over up to two modifiers ("3 Teen Boys")."""
    for i in range(noun.i - 1, max(sent.start, noun.i - 3) - 1, -1):
        tok = sent.doc[i]
        if tok.like_num:
            # "7 year old girl": an age, not a count
            return None if tok.nbor(1).lemma_.lower() in AGE_UNITS else tok
        if tok.pos_ not in NOUN_MODIFIER_POS:
            return None
    return None


def _drop_wounds_of_the_dead(hits: list[_Hit]) -> list[_Hit]:
    """ "he was taken to a hospital, where he died": one person is shot and dies; a reader counts
    one dead, not one dead and one wounded."""
    dead = [h.arg for h in hits if h.single and h.field == "killed"]
    if not dead:
        return hits
    # "a teen was killed, and his father was also shot": "also" brings in one more victim
    return [
        h
        for h in hits
        if not (h.single and h.field == "injured" and not _one_more(h, dead) and not _someone_else(h.arg, dead))
    ]


def _one_more(hit: _Hit, dead: list[Token]) -> bool:
    """ "a teen was killed, and his father was also shot", not "her brother, also hit, died at the scene"."""
    return hit.more and hit.arg not in dead


def _someone_else(arg: Token, dead: list[Token]) -> bool:
    """ "A teen was killed and a child was injured": a person the sentence brings in with "a" or
    "another" after the dead, or beside another newcomer, is not the one who died ("a man was
    taken to a hospital, where he died" is one)."""
    name = _name_of(arg)
    if name:
        # "killed John Smith and wounded Mary Jones": two names, two people
        return all((d.i < arg.i and not _name_of(d)) or _name_of(d) not in (None, name) for d in dead)
    if _headline_person(arg) and all(_headline_person(d) and (d.i < arg.i or d.lower_ != arg.lower_) for d in dead):
        # "Woman killed, man hurt in shooting", "Boy wounded, stepfather killed": a headline names
        # each victim anew
        return True
    # "another 3-year-old was hurt and Ann Roe was killed": the named dead is someone else
    return _brought_in(arg) and all(d.i < arg.i or (d != arg and (_brought_in(d) or _name_of(d))) for d in dead)


def _brought_in(tok: Token) -> bool:
    """ "a child", "another man", "the other man", "the other": a person the sentence brings in anew."""
    return _the_other(tok) or any(
        (c.dep_ == "det" and c.lower_ in NEW_PERSON_DETS) or (c.dep_ == "amod" and c.lower_ == "other")
        for c in tok.children
    )


def _name_of(tok: Token) -> str | None:
    """The person's name a token ends, as written ("Mary Jones"), or None."""
    tok = _suffixed(tok) or tok
    if tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN":
        return None
    return next((e.text for e in tok.doc.ents if e.start <= tok.i < e.end), None)


def _suffixed(tok: Token) -> Token | None:
    """The name a generational suffix the parser made the head of ends ("Emerson Ware, Jr.")."""
    if tok.lower_.rstrip(".") not in NAME_SUFFIX_WORDS:
        return None
    return next((c for c in reversed(list(tok.lefts)) if c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)


def _is_single_person(tok: Token) -> bool:
    """A pronoun, a person's name, or "the victim", "his son", "a 4-year-old"."""
    if any(c.lower_ in NEGATING_DETS for c in tok.children):
        return False  # "neither the driver nor ..."
    if tok.lower_ in SINGLE_PRONOUNS or (tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN") or _suffixed(tok):
        return True
    if tok.lower_ in REFLEXIVES and tok.dep_ == "conj":
        return True
    if tok.lower_ in OBJECT_PRONOUNS and any(c.dep_ == "conj" and _is_person(c) for c in tok.children):
        return True  # "left him and his two daughters dead": the first of a list of people
    if tok.pos_ == "PROPN" and any(c.dep_ == "amod" and _is_age_noun(c) for c in tok.children):
        return True  # "43-year-old Ann Roe", whatever entity the tagger made of the name
    if tok.pos_ == "PROPN" and any(c.dep_ == "appos" and c.tag_ == "NN" and _is_person(c) for c in tok.children):
        return True  # "Irish Campbell, a bystander,", whatever entity the tagger made of the name
    if _is_age_noun(tok) or _the_other(tok) or _age_before_participle(tok):
        return True
    if _headline_person(tok):
        return True
    if tok.tag_ != "NN" or not _is_person(tok) or tok.lower_ in GROUP_NOUNS:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in SINGLE_DETS) for c in _with_prefix(tok).children)


def _with_prefix(tok: Token) -> Token:
    """ "his ex-wife": the parser hangs "his" on "ex", a word of its own; the person's words start there."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "ex":
        return doc[tok.i - 2]
    return tok


def _the_other(tok: Token) -> bool:
    """ "One died, and the other was wounded": the other one of two."""
    return tok.lower_ == "other" and tok.dep_ in {"nsubj", "nsubjpass"} and any(c.lower_ == "the" for c in tok.children)


def _bare_in_headline(tok: Token) -> bool:
    """A noun of a headline with no article, possessive or number of its own."""
    return is_headline(tok.sent) and not any(c.dep_ in {"det", "poss", "nummod"} for c in tok.children)


def _headline_person(tok: Token) -> bool:
    """Headline grammar drops the article: "Girl dies in shooting", "Man Shot On Elm Street"."""
    if tok.lower_ not in PERSON_NOUNS or tok.lower_ in GROUP_NOUNS:
        return False
    singular = tok.tag_ == "NN" or (tok.tag_ == "NNP" and not tok.ent_type_ and not tok.lower_.endswith("s"))
    return singular and _bare_in_headline(tok)


def _is_one_person(tok: Token) -> bool:
    """A single person as _is_single_person, or one counted by its article ("a mother")."""
    if _is_single_person(tok):
        return True
    dets = {c.lower_ for c in tok.children if c.dep_ in {"det", "preconj"}}
    return bool(dets & {"a", "an"}) and not dets & NEGATING_DETS and _is_person(tok) and tok.tag_ == "NN"


def _is_age_noun(tok: Token) -> bool:
    """ "a 4-year-old", "the 17-year-old": an age standing for the person."""
    return tok.lower_ == "old" and tok.pos_ in {"NOUN", "ADJ"} and any(c.lemma_ in AGE_UNITS for c in tok.children)


def _age_before_participle(tok: Token) -> bool:
    """ "a 6-year-old playing in the yard was shot": the parser makes the participle the noun the age
    describes, so the participle stands for the person."""
    aged = any(c.dep_ == "amod" and _is_age_noun(c) for c in tok.children)
    # an object or place of its own tells a participle ("riding an ATV") from a noun ("shooting victim")
    acting = any(c.dep_ in {"dobj", "prep"} for c in tok.children)
    return tok.lower_.endswith("ing") and aged and acting


def _reflexive_fields(tok: Token) -> list[tuple[str, Token]]:
    """ "shot himself", "killed herself", "turned the gun on himself", "took his own life"."""
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.lower_ in REFLEXIVES and tok.dep_ == "dobj" and not _is_negated(verb) and not _intended(verb):
        if _unrealised(verb):
            return []  # "he might hurt himself": a fear, not a wound
        if lemma in WEAK_VERBS or lemma in VERB_FIELDS:
            fields = [f for f in _verb_field(verb, True) if f[0] in CASUALTY_FIELDS]
            return fields or [("injured", verb)] if lemma in WEAK_VERBS else fields
    shot = tok.nbor(-1) if tok.i > 0 and tok.lower_ in REFLEXIVE_OBJECTS else None
    if shot is not None and shot.lower_ in {"shot", "shoots"}:
        # "a 17-year-old shot himself", "officer shoots self", however the parse reads them
        fatally = any(c.lower_ == "fatally" for c in shot.children) or (
            shot.i > 0 and shot.nbor(-1).lower_ == "fatally"
        )
        return [] if _is_negated(shot) else [("killed" if fatally else "injured", shot)]
    if tok.lower_ in REFLEXIVES and tok.dep_ == "pobj" and verb.lower_ == "on":
        turn = verb.head
        if turn.lemma_.lower() == "turn" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in GUN_WORDS for c in turn.children
        ):
            # "turned the gun on himself in an attempted suicide": he lived
            survived = any(t.lower_ in {"attempted", "failed"} and t.head.lower_ == "suicide" for t in turn.subtree)
            return [("injured" if survived else "killed", tok)]
    if tok.lower_ == "life" and tok.dep_ == "dobj" and lemma == "take" and any(c.lower_ == "own" for c in tok.children):
        return [("killed", tok)]
    if tok.lemma_.lower() in BODY_PARTS and tok.i >= 2 and tok.nbor(-1).lower_ == "own":
        # "Carter County man shoots own leg", "shot his own foot", however the parse reads them
        shooter = tok.nbor(-2)
        if shooter.lower_ in {"his", "her"} and tok.i >= 3:
            shooter = tok.nbor(-3)
        if shooter.lower_ in SHOOT_FORMS and not _is_negated(shooter):
            return [("injured", shooter)]
    return []


def _zero_hits(sent: Span) -> list[_Hit]:
    """ "No one was injured", "nobody was hurt", "no injuries were reported": a figure of zero."""
    hits: list[_Hit] = []
    for tok in sent:
        fields: list[tuple[str, Token]] = []
        if tok.lower_ == "one" and tok.i > 0 and tok.nbor(-1).lower_ == "no" or tok.lower_ in ZERO_PRONOUNS:
            # "none of the guards was hurt" is silent on everyone else
            partitive = any(c.lower_ == "of" for c in tok.children)
            if tok.dep_ in {"nsubj", "nsubjpass"} and not partitive:
                passive = tok.dep_ == "nsubjpass" or _elliptic_passive(tok, tok.head)
                fields = _verb_fields(tok.head, passive)
            first = tok.nbor(-1) if tok.lower_ == "one" else tok
        elif tok.lower_ == "no" and tok.dep_ == "det" and tok.head.lemma_.lower() in ZERO_NOUNS:
            first, noun = tok, tok.head
            fields = [(ZERO_NOUNS[noun.lemma_.lower()], noun)]
        for field, w in fields:
            start, end = min(first.idx, w.idx), max(tok.idx + len(tok), w.idx + len(w))
            hits.append(_Hit(field, CountValue(0, 0, 0, None), tok, start, end, counted=True))
    return hits


def _is_weak(field: str, word: Token, arg: Token) -> bool:
    if field != "injured":
        return False
    also = _also(word)
    if word.lemma_.lower() in WOUND_TAKING_VERBS and any(c.lower_ in GUNSHOT_WORDS for c in word.subtree):
        return True  # "received a gunshot wound to the head": shot, and maybe dead of it
    if _found_wounded(word, arg) or _is_wound_word(word) and _refers_back(arg) and not also:
        return True
    # "shot" counts however the parse tags it ("a 17-year-old shot himself" read as a noun)
    if word.lemma_.lower() not in WEAK_LEMMAS and word.lower_ not in SHOT_OR_SHOOTING:
        return False
    # "His brother was also shot": someone besides the dead told of before, so wounded ("he was
    # also shot in the arm" may be the dead man again).
    return arg.lower_ in SINGLE_PRONOUNS or not also


def _refers_back(arg: Token) -> bool:
    """ "the boy was wounded", "she suffered a serious injury": someone told of before, who may
    be the one the report says died; "the other victim", "his brother" are someone else."""
    if any(c.lower_ in MORE_WORDS | SURVIVOR_WORDS or c.ent_type_ == "ORDINAL" for c in arg.children):
        return False
    return arg.lower_ in SINGLE_PRONOUNS or any(c.dep_ == "det" and c.lower_ in SINGLE_DETS for c in arg.children)


def _is_wound_word(word: Token) -> bool:
    """ "wounded", "suffered an injury", "with a gunshot wound": a wound, and nothing of surviving it."""
    return word.lower_ in WOUND_WORDS or word.lemma_.lower() == "suffer"


def _found_wounded(word: Token, arg: Token) -> bool:
    """ "Officers found two men suffering from gunshot wounds": whom police find wounded may die
    of the wounds, so they count as shot, not as wounded."""
    if not _is_wound_word(word):
        return False
    root = _conj_root(arg)
    verb = root.head
    if root.dep_ == "nsubj" and verb.dep_ in {"ccomp", "xcomp"}:
        verb = verb.head  # "found a man suffering from ...": the parse makes him the participle's subject
    elif root.dep_ != "dobj":
        return False
    return verb.lemma_.lower() in FIND_VERBS


def _split_partitive_fatally(hits: list[_Hit]) -> list[_Hit]:
    """ "He shot two children, one of them fatally": one dead and one wounded, not two dead."""
    out = list(hits)
    for h in hits:
        if h.field != "killed" or not h.value.is_exact:
            continue
        parts = [
            c for c in h.arg.children if c.dep_ == "appos" and c.like_num and any(g.lower_ == "of" for g in c.children)
        ]
        fatally = any(c.lower_ == "fatally" for c in (*h.arg.head.children, *(g for p in parts for g in p.children)))
        m = nb.parse_number(parts[0].text) if parts and fatally else None
        if m is not None and m < h.value.stated:
            n = h.value.stated - m
            out.append(_Hit("injured", CountValue(n, n, n, None), h.arg, h.start, h.end, counted=h.counted))
            h.value = CountValue(m, m, m, None)
    return out


def _one_of_them_fatally(sent: Span, hits: list[_Hit]) -> list[_Hit]:
    """ "He shot three officers, one fatally", "- one fatally -": of those the verb counts, that
    many died and the rest were wounded, however the parser hangs the number and the adverb."""
    for tok in sent:
        after = tok.nbor(1) if tok.i + 1 < sent.end else None
        if after is None or after.lower_ != "fatally" or not tok.like_num or tok.dep_ == "npadvmod":
            continue  # "Two men were shot, one fatally" is read by _split_fatally
        dead = nb.parse_number(tok.text)
        told = [h for h in hits if h.arg.i < tok.i and h.field in {"shot", "injured", "killed"} and h.value.is_exact]
        if dead is None or not told or told[-1].value.stated <= dead:
            continue
        hit = told[-1]
        if hit.field != "killed" and any(h.arg == tok for h in hits):
            continue  # "4 shot, one fatally": already read as the dead among the shot
        hits = [h for h in hits if h.arg != tok]  # the number read again as a victim of its own
        rest = hit.value.stated - dead
        if hit.field == "killed":  # the adverb was read as the verb's: "fatally shot three"
            hit.value = CountValue(dead, dead, dead, None)
            return [*hits, _Hit("injured", CountValue(rest, rest, rest, None), hit.arg, hit.start, hit.end)]
        if hit.field == "injured":
            hit.value, hit.weak = CountValue(rest, rest, rest, None), False
        end = after.idx + len(after)
        return [*hits, _Hit("killed", CountValue(dead, dead, dead, None), tok, tok.idx, end, counted=True)]
    return hits


def _shot_less_dead(hits: list[_Hit]) -> None:
    """ "Four men were found shot, and one was pronounced dead": the shot include the dead, so
    the wounded are the shot less a bare count of dead that follows them."""
    for w in hits:
        if not (w.weak and w.value.is_exact):
            continue
        dead = [
            h
            for h in hits
            if h.field == "killed"
            and h.start > w.start
            and h.value.is_exact
            and h.arg.pos_ in {"NUM", "PRON"}
            and h.arg.dep_ != "npadvmod"  # "one fatally" is read by _split_fatally
            and h.arg.lower_ not in REFLEXIVES  # "before turning the gun on himself": the one who fired
        ]
        k = sum(h.value.stated for h in dead)
        if dead and k <= w.value.stated:
            n = w.value.stated - k
            w.value = CountValue(n, n, n, None)
            w.weak = False


def _wounded_less_one_of_them(hits: list[_Hit]) -> None:
    """ "One of four women wounded in the shooting has died": three wounded and one dead."""
    for k in hits:
        if k.field != "killed" or not k.value.is_exact:
            continue
        group = {g.i for c in k.arg.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
        for h in hits:
            if h.field == "injured" and h.arg.i in group and h.value.is_exact and k.value.stated <= h.value.stated:
                n = h.value.stated - k.value.stated
                h.value, h.weak = CountValue(n, n, n, None), False


def _wounded_less_included_dead(hits: list[_Hit]) -> None:
    """ "Three people were injured, including a girl who died": two wounded and one dead."""
    for k in hits:
        including = next((a for a in k.arg.ancestors if a.lower_ == "including"), None)
        if k.field != "killed" or not k.value.is_exact or including is None:
            continue
        for h in hits:
            group = h.field == "injured" and h.value.is_exact and including.head in (h.arg, h.arg.head)
            if group and h.start < k.start and k.value.stated <= h.value.stated:
                n = h.value.stated - k.value.stated
                h.value, h.weak = CountValue(n, n, n, None), False


def _split_fatally(hits: list[_Hit]) -> None:
    """ "Two men were shot, one fatally": the wounded are the shot less the dead."""
    fatal = [h for h in hits if h.field == "killed" and h.arg.dep_ == "npadvmod"]
    for f in fatal:
        for h in hits:
            if h.field == "injured" and h.arg.head == f.arg.head and h.value.is_exact and f.value.is_exact:
                n = h.value.stated - f.value.stated
                if n >= 0:
                    h.value = CountValue(n, n, n, None)
                    h.weak = False


def _others_after_comma(sent: Span, hits: list[_Hit]) -> list[_Hit]:
    """ "wounded two officers, four others": the others the comma adds to a counted group, which
    the parser leaves out of the verb's object."""
    doc, taken, extra = sent.doc, {h.arg.i for h in hits}, []
    for hit in hits:
        i = hit.arg.i
        if not hit.counted or i + 3 >= sent.end or doc[i + 1].text != "," or doc[i + 3].lower_ not in OTHERS_WORDS:
            continue
        value = parse_quantity(doc[i + 2].text) if doc[i + 2].like_num else None
        others = doc[i + 3]
        if value is not None and value.is_exact and others.i not in taken:
            end = others.idx + len(others)
            extra.append(_Hit(hit.field, value, others, doc[i + 2].idx, end, more=True, counted=True))
    return extra


def _combine(hits: list[_Hit]) -> list[Figure]:
    """Add up coordinated counts of one field; keep every other figure apart."""
    merged: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: h.start):
        prev = next((m for m in reversed(merged) if (m.field, m.weak) == (hit.field, hit.weak)), None)
        if prev is None and hit.more:
            # "a woman was shot, and a man also was shot": one more of those the sentence told of
            prev = next((m for m in reversed(merged) if m.field == hit.field), None)
        if prev is not None and (prev.arg.i == hit.arg.i or _apposed(prev.arg, hit.arg)):
            continue  # one quantity read twice (a word and its article, "one of them, John Doe")
        if prev is not None and _told_again(hit):
            # "shot a woman before turning the gun on himself, leaving police to find the two dead"
            prev.value = max(prev.value, hit.value, key=lambda v: v.low)
            prev.counted = prev.counted or hit.counted
            continue
        if prev is not None and (
            hit.more
            or _coordinated(prev.arg, hit.arg)
            or _and_himself(prev, hit)
            or _killer_killed(prev, hit)
            or _two_newcomers(prev, hit)
        ):
            prev.value = _add(prev.value, hit.value)
            prev.counted = prev.counted or hit.counted
            prev.start, prev.end, prev.arg = min(prev.start, hit.start), max(prev.end, hit.end), hit.arg
            continue
        merged.append(hit)
    # "three people were shot" may include the dead: kept as "shot" for the reconciler to settle
    # "three other people were also shot": others than the victims told of before, the dead among them
    figures = [
        Figure("shot" if h.weak and not h.more else h.field, replace(h.value, counted=h.counted), h.start, h.end)
        for h in merged
    ]
    # A document stands by its largest figure, and a claim is one per sentence and field: the
    # breakdown ("four injured, two of them seriously") must not displace its total.
    best: dict[str, Figure] = {}
    for f in figures:
        if f.field not in best or (f.value.low, f.value.stated) > (best[f.field].value.low, best[f.field].value.stated):
            best[f.field] = f
    return [f for f in figures if best[f.field] is f]


def _told_again(hit: _Hit) -> bool:
    """A count with "the" ("the two dead", "the three victims"): the people already told of."""
    return hit.counted and not hit.more and any(c.dep_ == "det" and c.lower_ == "the" for c in hit.arg.children)


def _two_newcomers(a: _Hit, b: _Hit) -> bool:
    """ "a man was shot in the back, while a boy suffered a gunshot wound": each "a" brings in one
    more person, each in a clause of its own."""
    return a.single and b.single and _brought_in(a.arg) and _brought_in(b.arg) and a.arg.head != b.arg.head


def _and_himself(a: _Hit, b: _Hit) -> bool:
    """ "shot his daughter to death and then killed himself": the gunman is one more dead."""
    if a.field != "killed":
        return False
    reflexive = [h for h in (a, b) if h.arg.lower_ in REFLEXIVES or _own_life(h.arg)]
    return len(reflexive) == 1


def _own_life(tok: Token) -> bool:
    """ "took his own life": the one who took it, one more dead."""
    return tok.lower_ == "life" and any(c.lower_ == "own" for c in tok.children)


def _killer_killed(a: _Hit, b: _Hit) -> bool:
    """ "The man killed his wife before he was shot dead by deputies": the killer, told of by a
    pronoun in a clause of the killing, is one more dead."""
    if a.field != "killed" or b.field != "killed" or b.arg.lower_ not in SINGLE_PRONOUNS:
        return False
    killing, clause = a.arg.head, b.arg.head
    return a.arg.dep_ == "dobj" and clause.dep_ == "advcl" and clause.head.i == killing.i


def _apposed(a: Token, b: Token) -> bool:
    if _listed_after_comma(a) or _listed_after_comma(b) or OTHERS_WORDS & {a.lower_, b.lower_}:
        return False  # "two officers, four others": the others are more people, not the same told again
    if (b.dep_ == "appos" and b.head.i == a.i) or (a.dep_ == "appos" and a.head.i == b.i):
        return True
    # "One of the victims, John Doe, died": the parse makes both subjects; only a comma between
    # (a headline's comma is its "and": "Man, toddler found dead")
    if a.dep_ in {"nsubj", "nsubjpass"} and b.dep_ == a.dep_ and a.head.i == b.head.i and not is_headline(a.sent):
        first, second = sorted((a, b), key=lambda t: t.i)
        between = a.doc[first.right_edge.i + 1 : second.left_edge.i]
        return len(between) > 0 and all(t.text == "," for t in between)
    return False


def _coordinated(a: Token, b: Token) -> bool:
    """ "seven suspects and one other", or two subjects of one verb the parser left unjoined."""
    if a.dep_ in {"nsubj", "nsubjpass"} and b.dep_ == a.dep_ and a.head.i == b.head.i:
        return not semicolon_between(a, b)
    if _partition(a, b):
        return True
    # either may come first among the hits: a number's hit may start before the word it counts
    later, earlier = (b, a) if b.i > a.i else (a, b)
    dropped = _named_before_dropped_and(later)
    if dropped is not None and _conj_root(dropped).i == _conj_root(earlier).i:
        return True
    return (later.dep_ == "conj" or _listed_after_comma(later)) and _conj_root(b).i == _conj_root(a).i


def _partition(a: Token, b: Token) -> bool:
    """ "seven are recovering at home and four remain in the hospital": bare numbers, each the
    subject of its own clause of one sentence, split one group between them."""
    subjects = {"nsubj", "nsubjpass"}
    if not (a.like_num and b.like_num and a.dep_ in subjects and b.dep_ in subjects):
        return False
    return b.head.dep_ == "conj" and b.head.head.i == a.head.i and not semicolon_between(a, b)


def _add(a: CountValue, b: CountValue) -> CountValue:
    high = None if a.high is None or b.high is None else a.high + b.high
    return CountValue(a.stated + b.stated, a.low + b.low, high, a.qualifier or b.qualifier)
