"""The words the figure reader knows: what befalls people, who counts as a person, what a roundup says."""

from __future__ import annotations

import calendar
import re

from crosswire.extract import lexicon as lx
from crosswire.extract import numbers as nb

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

# Shot, stabbed or gunned down without a word of death: a reader counts them as wounded (or dead: "shot").
WEAK_VERBS: dict[str, str] = {"shoot": "injured", "stab": "injured", "graze": "injured", "gun": "injured"}

# What a shot sends flying: "hit by a stray bullet", "struck by shrapnel", "bullet fragments hit her".
GUNFIRE_WORDS = lx.GUNFIRE | {"bullets", "round", "rounds", "pellets", "shrapnel", "fragment", "fragments"}

# "taken to a hospital", "sent two men to the hospital": wounded, unless they died there (weak).
HOSPITAL_VERBS = {"take", "rush", "transport", "send", "airlift", "fly", "carry", "drive", "bring", "land", "put"}

HOSPITAL_NOUNS = {"hospital", "hospitals", "clinic"}
# Who died where they were taken: "taken to a hospital, where they died".
TAKEN_PRONOUNS = frozenset({"he", "she", "they"})
# Where the wounded of one incident are taken apart: "died at separate hospitals" is no several incidents.
CARE_PLACES = {"hospital", "clinic", "ambulance", "helicopter", "vehicle", "car"}
# "went to the hospital for treatment", "drove herself to the hospital": the one who went is wounded.
SELF_CARE_VERBS = {"go", "walk", "drive", "arrive", "head"}
# "five people went to the hospital": who, counted, goes there after a shooting is wounded (not
# "detectives", "relatives")
PATIENT_NOUNS = {"people", "persons", "victims", "others", "men", "women", "teens", "teenagers", "boys", "girls"}

# Verbs of finding someone: "found with gunshot wounds" says nothing of whether they lived.
FOUND_VERBS = {"find", "discover", "locate"}
# Participles of what befell the people found ("found shot", "found stabbed to death", "found killed").
FOUND_STATES = WEAK_VERBS.keys() | {"kill"}
# "three bodies were recovered": a body is found, or recovered
FINDING_VERBS = FOUND_VERBS | {"recover"}
# "Two bodies found in burned car": the dead, told without a death word ("bodies" when the tagger
# leaves the plural as its own lemma)
BODY_NOUNS = frozenset({"body", "bodies"})

# Parts of speech no person, pronoun or age ("the 4-year-old") is tagged with.
NEVER_A_PERSON = frozenset({"VERB", "AUX", "ADP", "DET", "CCONJ", "SCONJ", "PUNCT", "PART", "SPACE", "SYM", "ADV"})

# "in critical condition", "listed in stable condition", "left in critical condition": alive and hurt,
# whatever the grade.
CONDITION_VERBS = {"be", "remain", "list", "stay", "report", "leave"}
# "upgraded to stable condition": a condition changed to.
CHANGED_CONDITION_VERBS = {"upgrade", "downgrade"}
# "both were stable", "she remains critical": a patient's condition told by itself.
CONDITIONS = {"stable", "critical"}
# "are said to be in fair condition": what is said of the subject is told by the infinitive.
HEARSAY_VERBS = {"say", "report", "believe", "think", "describe"}

# "remains in the hospital": still a patient (a visitor "was in the hospital").
STAYING_VERBS = {"remain", "stay"}

# "Four people are recovering": the subject was hurt and lives.
RECOVERY_VERBS = {"recover", "recuperate"}
# "is expected to survive": what the hurt are expected to do.
EXPECTED_RECOVERIES = RECOVERY_VERBS | {"survive", "live"}
# "expected to be okay": how the hurt are expected to be.
WELL_WORDS = {"okay", "ok", "fine", "alright"}
# "appear to have minor injuries": verbs that hand their subject to the infinitive after them.
SEEMING_VERBS = {"appear", "seem"}

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
    "slain": "killed",
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "missing": "missing",
    "arrested": "arrested",
    "detained": "detained",
    "hospitalized": "injured",
    "hospitalised": "injured",
    "airlifted": "injured",
    "paralyzed": "injured",  # "a shooting left him paralyzed"
    "paralysed": "injured",
    "kidnapped": "kidnapped",
    "abducted": "kidnapped",
}

# Participles of a casualty the parser may take for nouns after "each" ("were each shot").
PARTICIPLE_STATES: dict[str, str] = {
    "shot": "injured",
    "stabbed": "injured",
    "killed": "killed",
    "wounded": "injured",
    "injured": "injured",
    "hurt": "injured",
}
# Words that give each of a group the same fate: "were each shot", "were both killed".
DISTRIBUTIVES = frozenset({"each", "both", "all"})

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
# The fields a headline's tally lists ("4 killed, 11 wounded", "6 shot").
TOLL_FIELDS = CASUALTY_FIELDS | {"shot"}

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

# What may stand between a number and the people it counts: "4 Teen Girls".
NOUN_MODIFIER_POS = {"ADJ", "NOUN", "PROPN"}

# What joins the people a headline lists: "Boy, Woman Shot", "Father And Daughter Wounded".
LIST_JOINS = {",", "and", "&"}

AGE_UNITS = {"year", "month", "week", "day"}

REFLEXIVES = {"himself", "herself"}

REFLEXIVE_OBJECTS = REFLEXIVES | {"self"}

KILL_FORMS = {"kill", "kills", "killed", "killing"}

SHOOT_FORMS = {"shoot", "shoots", "shot"}
# A headline's verbs of a shooting in the present, which the parser often takes for plural nouns
# ("Toddler shoots mother", "Shooting wounds four").
HEADLINE_SHOOTS = {"shoots"}
HEADLINE_WOUNDS = {"wounds", "injures"}

# Steps of the law after a shooting, and the words of charging someone: a headline's person
# "arrested in shooting" or "charged in killing" is the suspect.
LEGAL_STEPS = lx.LEGAL_STEP_LEMMAS | {"charge", "accuse", "jail", "suspect"}
# "was arrested", "has been charged", "was booked into jail": what the law does to one alive
HELD_LEMMAS = frozenset({"arrest", "charge", "book", "jail", "detain", "arraign", "indict"})
# "was previously arrested": a step taken before the shooting, which tells nothing of how it ended
BEFORE_WORDS = frozenset({"previously", "earlier", "before", "once", "already"})

# How far into a headline an attribution's colon may stand ("Sheriff's office: ").
ATTRIBUTION_WORDS = 5

# "shoots own leg": a body part one shoots of one's own.
BODY_PARTS = {"leg", "foot", "hand", "arm", "thigh", "knee", "finger", "toe", "shoulder", "hip", "ankle"}

# "a bullet grazed the boy's head": the parts of a body a shot names in place of the person it hit
STRUCK_PARTS = BODY_PARTS | {
    "head", "face", "neck", "chest", "back", "abdomen", "stomach", "torso", "buttock", "groin", "eye",
    "jaw", "cheek", "wrist", "elbow", "ear", "shin", "calf", "forearm",
}  # fmt: skip

GUN_WORDS = lx.FIREARMS | {"weapon"}

MORE_WORDS = {"more", "another", "other", "additional", "further"}
# "two more people were shot": a count of those besides the ones told of before, not of them all
ADDED_WORDS = {"more", "additional", "further"}

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
    niece boyfriend girlfriend fiance fiancee detective sergeant deputy roommate neighbor mom moms dad dads
    grandma grandpa musician musicians partygoer partygoers occupant occupants graduate graduates
    freshman freshmen sophomore sophomores housemate housemates roommates flatmate flatmates husbands wives
    uncles aunts cousins nephews nieces sheriff
    neighbour terrorist terrorists them they those toddler tourist tourists troop trooper
    troopers troops us victim victims villager villagers we whom woman women worker workers
    worshiper worshipers worshipper worshippers youth youths
    """.split()
)

# A pupil named by the grade before it: "eighth grader", "a fifth-grader".
GRADE_NOUNS = frozenset({"grader", "graders"})

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
    floor floors door doors corridor corridors mirror mirrors elevator elevators error errors motor
    motors trailer trailers water river rivers shoulder shoulders finger fingers liver trigger triggers
    holster holsters cylinder cylinders quarter quarters border borders tower towers shelter shelters
    theater theaters dinner paper papers letter letters number numbers chapter weather winter summer
    interior exterior murder murders degree manslaughter revolver revolvers silver spree matter matters
    danger dangers helicopter helicopters misdemeanor misdemeanors liquor headquarters folder newspaper
    newspapers manner color behavior character characters reminder knee knees factor factors cruiser
    cruisers firecracker firecrackers perimeter stretcher deer career tree trees marker markers flower
    flowers anger melee refrigerator coffee terror detector detectors disaster horror wrist powder browser
    millimeter armor waist beer fundraiser dresser register hammer cancer levee disorder shower gender
    transfer soccer dumpster flyer drawer fee fees committee foyer diaper scanner pepper odor fist tractor
    """.split()
)

_AGE_UNIT = r"[\s-]*(?:years?|months?|weeks?|days?)[\s-]*(?:old|of\s+age)\b"
# "20-year-old", "aged 21 or older", and the first of "19- and 20-year-old brothers": an age
AGE_AFTER_RE = re.compile(
    rf"^(?:{_AGE_UNIT}|\s+(?:or|and)\s+(?:younger|older|under|over|up)\b"
    rf"|-\s+(?:and|or|to)\s+(?:an?\s+)?\d+{_AGE_UNIT})",
    re.I,
)

AGE_BEFORE = {"aged", "age", "ages"}
# What joins the numbers of a list of ages ("aged 21, 22, and 24", "ages 3 to 10").
AGE_LIST_JOINS = {",", "and", "or", "to", "-", "through"}

NOT_COUNT_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
# Words before an hour of the day: "about 1 this morning", "at 3 Sunday".
CLOCK_WORDS = frozenset({"at", "about", "around", "approximately", "by", "until", "till", "before", "after", "since"})
# Words that open a day after a count the tagger joins to it: "two early Sunday", "four Monday night".
DAY_OPENERS = frozenset({"early", "late", "last", "this", "overnight"} | {d.lower() for d in calendar.day_name})

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
    "hospitalized": "injured",
    "hospitalised": "injured",
    "airlifted": "injured",
    "paralyzed": "injured",  # "Teen paralyzed in Elmvale shooting"
    "paralysed": "injured",
    "killed": "killed",
    "dead": "killed",
    "dies": "killed",
    "died": "killed",
    "slain": "killed",
}

# A toll told as superseded: "initially reported", "early reports said", "at first".
INITIAL_REPORT_RE = re.compile(
    r"\b(?:initially|originally|(?:early|initial|preliminary) reports?|first reported|at first)\b", re.I
)

# "... but that proved to be incorrect": the first figure was wrong, and none replaces it.
# ... and "still fighting for his life": the one told dead is alive.
RETRACTION_RE = re.compile(
    r"\b(?:incorrect|inaccurate|untrue|not true|erroneous|mistaken|false|wrong"
    r"|still (?:alive|fighting for (?:his|her|their) li(?:fe|ves)))\b",
    re.I,
)
# "Despite earlier reports that the boy had died, ...": a toll the sentence goes on to call wrong.
CONTRARY_REPORT_RE = re.compile(
    r"\b(?:despite|contrary to)\s+(?:the\s+)?(?:early|earlier|initial|previous|prior)\s+reports?\b", re.I
)

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
# The dependencies of a clause's subject, active or passive.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# "a man who shot them": the words that open a clause about the noun before
RELATIVE_PRONOUNS = frozenset({"who", "that"})

# Deaths of causes other than an attack ("died in a crash"); an accident or a fire may be a shooting or an arson.
FIRES = {"fire", "blaze"}
OTHER_CAUSES = {
    *("crash", "wreck", "collision", "rollover", *FIRES),
    *("overdose", "illness", "disease", "cancer", "stroke", "fall", "emergency"),
}
# Verbs that tell a state a cause may have brought about: "are dead", "is in the hospital".
STATE_VERBS = frozenset({"be", "remain", "die"})
# What someone does to a fire that makes it an attack: "the fire the gunman set".
ARSON_VERBS = {"set", "start", "light", "ignite"}

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
WOUND_LEMMAS = {"wound", "injury"}

WOUND_WORDS = WOUND_NOUNS | {"wounded", "injured", "hurt"}

# "raising the death toll to two", "brings the toll to 12": the verb names the toll's new figure
TOLL_RAISING_VERBS = frozenset({"raise", "bring", "push", "lift", "increase"})

# "a fatal shooting", "a deadly stabbing", "a shooting death": at least one dead.
FATAL_WORDS = {"fatal", "deadly"}
# "fatally shot", "mortally wounded": hit, and died of it
FATAL_ADVERBS = frozenset({"fatally", "mortally"})

FATAL_NOUNS = {"shooting", "stabbing", "attack", "assault"}

# Nouns of an incident that leaves someone dead by its name alone: "arrest made in homicide".
KILLING_NOUNS = {"homicide", "murder", "slaying"}
# Who a killing's name marks as dead: "the homicide victim".
VICTIM_NOUNS = {"victim"}
# Their modifiers that leave the death open: "attempted murder", "a possible homicide".
UNREALISED_KILLING = {"attempted", "possible", "potential", "suspected", "alleged"}

SURVIVOR_WORDS = {"surviving", "survivor", "injured", "wounded"}

STRIKE_VERBS = {"strike", "hit"}

# How badly the wounded were hurt: those told so are some of the wounded, maybe all.
SEVERITY_ADVERBS = {"critically", "seriously", "severely", "gravely", "badly"}

# Verbs that say someone was hit, not whether they lived: their count is "shot", maybe fatally.
# ... and "dropped off at the hospital": wounded, unless they died there.
# ... but one grazed by a bullet lives: a graze is no wound one dies of
WEAK_LEMMAS = (WEAK_VERBS.keys() - {"graze"}) | HOSPITAL_VERBS | STRIKE_VERBS | {"drop"}

# "suffered a gunshot wound", "sustained injuries", "received a wound to the leg"
WOUND_TAKING_VERBS = {"suffer", "sustain", "receive"}
# "had minor injuries", "two cyclists reported injuries": their object is the subject's wounds.
WOUND_HOLDING_VERBS = {"have", "report", "nurse"}

GUNSHOT_WORDS = {"gunshot", "bullet"}
# Wounds one lives with ("minor injuries"), and how badly some were hurt ("seriously injured").
MILD_WOUNDS = frozenset({"minor", "superficial", "moderate", "slight"})
SEVERE_WOUNDS = frozenset({"serious", "seriously", "critical", "critically", "severe", "severely", "grave", "gravely"})

SHOT_WORDS = {"shot", "shooting", "shootings"}
# "caught in crossfire", "during the shooting", "when shots rang out": gunfire around one struck
AMID_GUNFIRE = frozenset(SHOT_WORDS | GUNFIRE_WORDS | {"crossfire", "shots", "gunshots"})

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
    | EXPECTED_RECOVERIES
    | WELL_WORDS
    | CONDITIONS
    | CARE_STATES
    | SURVIVOR_WORDS
    | KILL_FORMS
    | SHOOT_FORMS
    | REFLEXIVE_OBJECTS
    | STRIKE_VERBS
    | HOSPITAL_VERBS
    | FATAL_ADVERBS
    | {
        "custody",
        "hostage",
        "life",
        "lives",
        "condition",
        "survive",
        "casualties",
        "fatalities",
        "treat",
        "save",
        "away",
    }
    | BODY_NOUNS
)

# A line this short may be a headline's count whose field the next line gives.
SHORT_LINE = 3

# A figure whose verb has several incidents ("three shootings injured five", "hurt in two
# shootings", "a string of attacks") or a rate ("every year") totals more than one incident.
ROUNDUP_INCIDENTS = {"shooting", "stabbing", "incident", "attack", "homicide", "murder", "killing", "robbery"}

AREA_WIDE = {"citywide", "statewide", "nationwide", "countywide"}

ROUNDUP_SERIES = {"string", "series", "spate", "rash", "wave"}
# What a series of several incidents is of: "a spate of gunfire", "a string of robberies".
SERIES_INCIDENTS = ROUNDUP_INCIDENTS | {"gunfire", "violence", "crime", "assault", "carjacking", "burglary"}

ROUNDUP_PERIODS = {"year", "month", "week"}

RUNNING_PERIODS = {"year", "month"}

# "over the past three years", "in the last decade": a span that holds many incidents.
SPANS_OF_YEARS = {"years", "decade", "decades"}

# Family ties: "the mother and son", "his brother and sister" are two people, however few articles.
KIN_NOUNS = frozenset(
    """mother father mom dad son daughter brother sister aunt uncle husband wife grandmother grandfather
    grandma grandpa grandson granddaughter nephew niece cousin boyfriend girlfriend stepfather stepmother
    stepson stepdaughter""".split()
)

# "the man and woman": two people under one article, whatever else they are
SEXED_PAIRS = frozenset({frozenset({"man", "woman"}), frozenset({"boy", "girl"})})
# "a father of five", "mother of 3": the number counts a parent's children.
PARENT_NOUNS = {
    "father",
    "mother",
    "dad",
    "mom",
    "parent",
    "grandfather",
    "grandmother",
    "grandma",
    "grandpa",
    "stepfather",
    "stepmother",
}

# A parent's young: "the two children died, and the father died" tells of two generations apart.
OFFSPRING_NOUNS = {
    "child",
    "kid",
    "son",
    "daughter",
    "boy",
    "girl",
    "baby",
    "toddler",
    "infant",
    "grandchild",
    "grandson",
    "granddaughter",
    "stepchild",
    "stepson",
    "stepdaughter",
}

WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"

DAY_PART = r"(?:early |late )?"

# What says a total spans incidents apart, not one shooting of several victims ("the Elmvale
# shootings"): "in 3 shootings", "separate shootings", "across the city", "weekend shootings".
_NUMBER = r"(?i:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple)"
SEVERAL_INCIDENTS_RE = re.compile(
    # "in 3 shootings", "two Elmvale shootings", "3 separate shootings"
    rf"\b{_NUMBER}\s+(?:(?:[A-Z][\w-]*|(?i:separate|different|unrelated))\s+){{0,3}}(?i:shootings|incidents|attacks|scenes)\b"
    rf"|(?i:\b(?:separate|unrelated|citywide|countywide|spate|string|rash|wave)\b)"
    rf"|(?i:\bacross\s+(?:the\s+)?(?:city|town|county|state)\b)|\bacross\s+[A-Z][a-z]+"
    rf"|(?i:\b(?:weekend|overnight|holiday|{WEEKDAY}(?:\s+night)?)\s+(?:shootings|violence)\b)"
)

# "55 people were shot in the city last year", "the city tallied 219 people shot this year": a year's
# tally, when the sentence names no incident (``ROUNDUP_INCIDENTS``, ``ONE_EVENT_NOUNS``) it happened in.
YEAR_TALLY_RE = re.compile(r"\b(?:last|this|past) year\b|\bsame period\b", re.I)
TALLY_PERIODS = {"year", "period"}
TALLY_PERIOD_DETS = {"last", "this", "past", "same"}
# "at this time last year", "at that point": a time, not a venue.
TIME_NOUNS = {"time", "point", "moment"}
ONE_EVENT_NOUNS = {"shootout", "massacre", "spree", "rampage", "ambush", "standoff", "crash", "fight", "robbery"}

SO_FAR_RE = re.compile(
    r"\b(?:so far|to date|year to date)\b"
    # "nearly 50 shot since June 21": a tally since a day of the calendar, not since the shooting
    r"|\bsince (?:the (?:start|beginning) of\b|(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\b)"
    # "three of the 14 people shot since late Friday": a tally since a day of the week
    rf"|\b(?:shot|killed|wounded|injured|hurt) since {DAY_PART}{WEEKDAY}\b"
    # "among 11 people shot from Tuesday afternoon to early Wednesday": the victims are a few of a
    # day's tally (a shooting that ran past midnight is no "among")
    rf"|\bamong\b[^.;]*?\b(?:from|between) {DAY_PART}{WEEKDAY}\b[^.;]*?\b(?:to|through|until|and) {DAY_PART}{WEEKDAY}"
    # "19 wounded over a six-hour stretch", "five people were shot in a three-hour span", "three
    # men shot in 12-hour span"
    r"|\b(?:over|in|within|during) (?:an? )?[\w-]*(?:hour|day|night|week)s?[ -]?(?:long )?"
    r"(?:stretch|span|period|time ?frame|window)\b"
    # "within a span of four hours", "six people shot in four hours"
    r"|\b(?:over|in|within|during) (?:an? (?:span|stretch|period) of )?(?:\d+|two|three|four|five|six|seven|eight"
    r"|nine|ten|twelve) (?:hours|days|nights|weeks)\b"
    # "four children shot within one week": a tally of the week
    r"|\b(?:in|within) (?:one|a single) (?:week|weekend|month)\b"
    # "twin brothers among 17 killed in the deadliest weekend of the year": a few of a period's victims
    r"|\bamong (?:the )?(?:\d+|[a-z]+)(?: [a-z]+)? (?:killed|shot|wounded|dead|injured|hurt)"
    r" (?:in|over|during|this|last)(?: [\w-]+){0,3}? (?:weekend|week|month|year|holiday)\b"
    # "the first of two teens killed by gunfire over the weekend": one of a period's victims, each
    # told as a shooting of its own ("one of two killed in a weekend shooting" is one shooting)
    r"|\b(?:one|first|second|third|fourth|fifth|latest|last) of (?:the )?(?:\d+|[a-z]+) [a-z]+"
    r" (?:killed|shot|wounded|dead|injured|hurt)(?: [\w-]+){0,3}? (?:in|over|during|this|last)(?: the)?"
    r" (?:weekend|week|month|year|holiday)\b(?! shooting| attack)"
    # "five people were wounded over a bloody weekend": the weekend's tally, not one shooting's
    r"|\b(?:in|during|over) (?:a|an|the) (?:violent|bloody|deadly|busy|rough|brutal|violence-filled) "
    r"(?:weekend|week|night|month|holiday)\b(?! shooting| attack| incident)"
    # "61 people were shot in the city in March alone", "this year alone": a period's tally
    r"|\b(?:in|during|this|last) (?:the )?(?:year|month|week|weekend|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)(?: \d{4})? alone\b",
    re.I,
)

# Month names and periods that set a clause in another time than the story's.
MONTH_WORDS = {name.lower() for name in (*calendar.month_name, *calendar.month_abbr) if name} | {"sept"}

PAST_PERIODS = {"year", "month", "week", "summer", "winter", "spring", "fall"}

# "in retaliation for the killing of ...": what an attack avenged came before it.
AVENGING_NOUNS = {"retaliation", "revenge", "reprisal", "vengeance"}
# A gathering for the dead, and what it does for them: "a vigil honoring a man killed last week",
# "the funeral of a teen who was shot".
MOURNING_NOUNS = {"vigil", "funeral", "memorial", "wake", "burial", "service", "procession"}
MOURNING_VERBS = {"honor", "honour", "mourn", "remember", "memorialize", "commemorate"}

# "after a man was killed Monday, another was shot": a clause of what came before.
EARLIER_MARKS = {"after", "since"}

GAP_UNITS = {"minute", "hour", "day", "week", "month", "year"}

ROUNDUP_RATE_DETS = {"every", "each", "per", "a"}

# "a week ago", "a week before the trial": the words that make a period a span of time between two.
TIME_SHIFTS = {"ago", "earlier", "later", "before", "after", "prior"}

# "listed in stable condition", "expected to recover": those the sentence counts will live.
SURVIVING_RE = re.compile(
    r"\b(?:stable|(?:good|fair) condition|non-?life[- ]threatening|not life[- ]threatening"
    r"|expected to (?:survive|recover|make a full recovery)|treated and released|released from the hospital)\b",
    re.IGNORECASE,
)

# "Two Confirmed Dead", "3 Reported Injured", "Mother, son found dead": a word between a
# headline's people and their state
ATTESTING_WORDS = {"confirmed", "reported", "found"}

# "two officers, four others": a comma and a number of these add people to the count before them.
OTHERS_WORDS = {"others", "more"}

# The one who opened fire: killed in the end, one more dead than the victims the sentence counts.
ATTACKER_NOUNS = {"gunman", "shooter", "attacker", "assailant", "killer", "suspect"}
# Verbs of a killing: "[the gunman] shot and killed three officers".
KILLING_VERBS = {"kill", "murder", "slay"}
# Those who shoot in the line of duty: whom they kill is no attacker's victim, and may be the attacker.
FORCE_NOUNS = {"police", "officer", "deputy", "trooper", "agent", "marshal", "sheriff", "cop", "guard"}

# Nouns a number may count that are no people, however the parser attaches the number.
TALLY_NOUNS = {"times", "shots", "rounds", "bullets", "casings", "shells"}

# "called 911", "dial 999": a number that is dialled counts no one
DIAL_VERBS = {"call", "dial", "text"}
