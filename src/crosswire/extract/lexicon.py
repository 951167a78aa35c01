"""Word lists the event extractor reads: news vocabulary, kept out of the logic.

Each trigger lemma maps to an ACLED (event_type, sub_event_type). PRIORITY orders event types
when one sentence carries several triggers ("arrested in connection with Friday's shooting"
is about the shooting): the incident is the most severe thing the sentence reports.
"""

from __future__ import annotations

import re

VAC = "Violence against civilians"
BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
RIOTS = "Riots"
PROTESTS = "Protests"
STRATEGIC = "Strategic developments"

ATTACK = (VAC, "Attack")
ABDUCTION = (VAC, "Abduction/forced disappearance")
SEXUAL_VIOLENCE = (VAC, "Sexual violence")
ARMED_CLASH = (BATTLES, "Armed clash")
SUICIDE_BOMB = (EXPLOSIONS, "Suicide bomb")
IED = (EXPLOSIONS, "Remote explosive/landmine/IED")
AIRSTRIKE = (EXPLOSIONS, "Air/drone strike")
SHELLING = (EXPLOSIONS, "Shelling/artillery/missile attack")
GRENADE = (EXPLOSIONS, "Grenade")
MOB_VIOLENCE = (RIOTS, "Mob violence")
VIOLENT_DEMO = (RIOTS, "Violent demonstration")
PEACEFUL_PROTEST = (PROTESTS, "Peaceful protest")
ARRESTS = (STRATEGIC, "Arrests")
DISRUPTED = (STRATEGIC, "Disrupted weapons use")
PROPERTY = (STRATEGIC, "Looting/property destruction")
OTHER_DEVELOPMENT = (STRATEGIC, "Other")

# Lemmas of trigger words (verbs and nouns), lower case.
TRIGGERS: dict[str, tuple[str, str]] = {
    # attacks on people
    "shooting": ATTACK,
    "shoot": ATTACK,
    "gunfire": ATTACK,
    "gunshot": ATTACK,
    "gunman": ATTACK,
    "gunmen": ATTACK,
    "massacre": ATTACK,
    "attack": ATTACK,
    "assault": ATTACK,
    "stab": ATTACK,
    "stabbing": ATTACK,
    "kill": ATTACK,
    "killing": ATTACK,
    "murder": ATTACK,
    "homicide": ATTACK,
    "slay": ATTACK,
    "beat": ATTACK,
    "beating": ATTACK,
    "execute": ATTACK,
    "execution": ATTACK,
    "gun": ATTACK,
    "fire": ATTACK,
    "wound": ATTACK,
    "graze": ATTACK,  # "a bullet grazed a boy"
    "crossfire": ATTACK,  # "caught in crossfire"
    "injure": ATTACK,
    "die": ATTACK,
    "dead": ATTACK,
    "death": ATTACK,
    "rampage": ATTACK,
    "ambush": ATTACK,
    "siege": ATTACK,
    "torture": ATTACK,
    "kidnap": ABDUCTION,
    "kidnapping": ABDUCTION,
    "abduct": ABDUCTION,
    "abduction": ABDUCTION,
    "hostage": ABDUCTION,
    "rape": SEXUAL_VIOLENCE,
    # fighting between armed groups
    "firefight": ARMED_CLASH,
    "clash": ARMED_CLASH,
    "shootout": ARMED_CLASH,
    "gunbattle": ARMED_CLASH,
    "battle": ARMED_CLASH,
    "fighting": ARMED_CLASH,
    # explosions
    "bombing": IED,
    "bomb": IED,
    "explosion": IED,
    "blast": IED,
    "explode": IED,
    "ied": IED,
    "airstrike": AIRSTRIKE,
    "strike": AIRSTRIKE,
    "drone": AIRSTRIKE,
    "shelling": SHELLING,
    "shell": SHELLING,
    "missile": SHELLING,
    "rocket": SHELLING,
    "grenade": GRENADE,
    # crowds
    "riot": VIOLENT_DEMO,
    "lynch": MOB_VIOLENCE,
    "lynching": MOB_VIOLENCE,
    "pogrom": MOB_VIOLENCE,
    "protest": PEACEFUL_PROTEST,
    "rally": PEACEFUL_PROTEST,
    "demonstration": PEACEFUL_PROTEST,
    # strategic developments
    "arrest": ARRESTS,
    "detain": ARRESTS,
    "detention": ARRESTS,
    "raid": ARRESTS,
    "capture": ARRESTS,
    "apprehend": ARRESTS,
    "torch": PROPERTY,
    "arson": PROPERTY,
    "vandalize": PROPERTY,
    "loot": PROPERTY,
    "looting": PROPERTY,
    "burn": PROPERTY,
    "set fire": PROPERTY,
    # "foiled a plot"; "prevent" and "disrupt" tell of a disrupted attack only with the attack
    # they govern ("prevented an attack"), not alone ("to prevent the disease from spreading")
    "foil": DISRUPTED,
    "thwart": DISRUPTED,
    "advisory": OTHER_DEVELOPMENT,
}

# Trigger words that tell only of a toll, not of who caused it: with an accident's word and no
# weapon ("died in a crash", "a fire killed three") they tell of no incident.
TOLL_WORDS = frozenset({"kill", "die", "dead", "death", "injure"})
ACCIDENT_NOUNS = frozenset(
    {
        "crash",
        "collision",
        "wreck",
        "fire",
        "blaze",
        "drowning",
        "overdose",
        "avalanche",
        "earthquake",
        "flood",
        "flooding",
        "storm",
        "tornado",
        "hurricane",
        "lightning",
        "landslide",
        "derailment",
    }
)
WEAPON_WORDS = frozenset({"gun", "gunfire", "gunshot", "shooting", "shot", "bullet", "rifle", "pistol", "handgun"})

# Multi-word triggers matched on the lower-cased sentence text.
PHRASE_TRIGGERS: dict[str, tuple[str, str]] = {
    "opened fire": ATTACK,
    "open fire": ATTACK,
    "shots fired": ATTACK,
    "shots were fired": ATTACK,
    "shots rang out": ATTACK,
    "gunshots rang out": ATTACK,
    "gunfire rang out": ATTACK,
    "gunfire erupted": ATTACK,
    "gunfire broke out": ATTACK,
    "stray bullet": ATTACK,
    "stray round": ATTACK,
    "by a bullet": ATTACK,
    "by gunfire": ATTACK,
    # a hunter shot by a hunter: the news says "hunting accident" and often nothing else
    "hunting accident": ATTACK,
    "gun accident": ATTACK,
    "accidental discharge": ATTACK,
    "gun battle": ARMED_CLASH,
    "suicide bomber": SUICIDE_BOMB,
    "suicide bombing": SUICIDE_BOMB,
    "car bomb": IED,
    "set fire": PROPERTY,
    "set on fire": PROPERTY,
    "set ablaze": PROPERTY,
    "travel advisory": OTHER_DEVELOPMENT,
    "avoid travel": OTHER_DEVELOPMENT,
    "not to travel": OTHER_DEVELOPMENT,
    "taken into custody": ARRESTS,
}

# Forms a Title Case headline hides from the tagger ("Girl Dies After Being Shot At Party" is all
# proper nouns to it): read by their lower-case spelling.
HEADLINE_TRIGGER_FORMS = frozenset(
    "shoots shot shooting kills killed dies died slain stabbed stabs wounded wounds injured injures".split()
)

# Higher wins when one sentence has several triggers.
PRIORITY: dict[tuple[str, str], int] = {
    SUICIDE_BOMB: 90,
    IED: 85,
    AIRSTRIKE: 84,
    SHELLING: 84,
    GRENADE: 83,
    ARMED_CLASH: 80,
    ATTACK: 70,
    ABDUCTION: 65,
    SEXUAL_VIOLENCE: 65,
    MOB_VIOLENCE: 60,
    VIOLENT_DEMO: 55,
    PROPERTY: 50,
    PEACEFUL_PROTEST: 40,
    DISRUPTED: 35,
    ARRESTS: 30,
    OTHER_DEVELOPMENT: 10,
}

# Lemmas that make an event hypothetical, planned or denied: it did not (yet) happen.
HYPOTHETICAL_GOVERNORS = {
    "plan",
    "plot",
    "threaten",
    "want",
    "urge",
    "call",
    "fear",
    "risk",
    "warn",
    "prepare",
    "intend",
    "aim",
    "seek",
    "try",
    "attempt",
    "could",
    "would",
    "should",
    "might",
    "may",
    "will",
    "must",
    "prevent",
    "foil",
    "thwart",
    "avert",
    "disrupt",
    "worry",
    "worried",
    "concern",
    "concerned",
    "afraid",
    "threat",
    "danger",
    "possibility",
}
MODALS = {"will", "would", "could", "might", "may", "should", "must", "can", "shall"}

# A trigger referring back to an incident already introduced ("the attack", "Friday's shooting").
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}

# Phrases tying a follow-up (arrests, charges) to the incident it is about.
FOLLOW_UP_LINKS = (
    "in connection with",
    "in relation to",
    "over the",
    "for the",
    "in the attack",
    "in the shooting",
    "linked to",
    "suspected of",
    "accused of",
    "charged with",
    # the incident named as the charge: "filed charges of negligent homicide Thursday",
    # "on suspicion of assault", "was in jail Friday, charged in the death of"
    "charged in the",
    "charges of",
    "suspicion of",
    "booked into",
)
# Whole words only: a gun "discharged in the firehouse" was not charged in anything.
FOLLOW_UP_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, FOLLOW_UP_LINKS)) + r")\b")

# Markers that an article tells apart a second, separate incident.
DISTINCT_MARKERS = (
    "a second shooting",
    "another shooting",
    "a separate shooting",
    "in a separate",
    # "in an unrelated shooting", not "standing with an unrelated woman" (no kin of the victim)
    "an unrelated shooting",
    "an unrelated incident",
    "an unrelated attack",
    "an unrelated case",
    "an unrelated homicide",
    "a second attack",
    "another attack",
    "separately,",
    "in another incident",
)
# A sentence opening on another time of the same days: "Earlier Tuesday, a woman was shot ...",
# "Later that night, ...", "Meanwhile, ...". With a new victim it tells a separate incident.
DISTINCT_OPENING_RE = re.compile(
    r"^\W*(?:meanwhile\b|(?:earlier|later)\s+(?:on\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|that (?:day|night|morning|evening)"
    r"|in the (?:day|evening|morning|night)))",
    re.IGNORECASE,
)
# Others hurt at the same time are another incident's: "two other youths were killed that same
# night", "another man was shot the same evening across town".
OTHERS_SAME_TIME_RE = re.compile(
    r"\b(?:an)?other\b.*\b(?:that|the) same (?:day|night|morning|afternoon|evening|weekend)\b",
    re.IGNORECASE,
)

# A story counting its incident among others of a spell: "This is the third shooting in the city in
# two days", "the second homicide within 24 hours", "the latest in a string of shootings". Attacks
# the story tells after it on other days are those others.
SERIES_RE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:shooting|homicide|killing|murder|slaying|incident)s?\s+(?:in|within|this|since|during|of)\b"
    r"|\blatest\s+in\s+an?\s+(?:string|series|spate|rash|wave)\s+of\b",
    re.IGNORECASE,
)

# A clause recalling an older incident for comparison: "the deadliest since ...".
BACKGROUND_MARKERS = (
    "since the",
    "deadliest",
    "worst since",
    "anniversary of",
    "recalling the",
    "reminiscent of",
    "similar to the",
)

# A clause set months or years before the story, relative to it rather than to the calendar: "A year
# earlier, a man was killed there", "two others died in a fire years ago", "the shooting came eight
# months after a bystander was killed". Days and weeks only with "came ... after": "two days later"
# and "a week before he was shot" still tell the story itself.
_SPAN = r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a\s+few|\d+)\s+)"
# "just", "a little more than", "less than": how loosely the span is told
_HEDGE = r"(?:(?:just|only|nearly|about|almost|roughly|over|under|a\s+little|less\s+than|more\s+than)\s+)*"
_ORDINAL_WORDS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth)"
RECALLED_TIME_RE = re.compile(
    rf"\b(?:{_SPAN}?(?:months|years|decades)\s+ago|{_SPAN}(?:months?|years?|decades?)\s+(?:earlier|before|prior)"
    rf"|(?:came|comes|occurred|happened|took\s+place)\s+{_HEDGE}"
    rf"{_SPAN}(?:days?|weeks?|months?|years?)\s+after"
    # a decade of the last century: "during the 1980s"
    rf"|(?:in|during)\s+the\s+(?:early\s+|late\s+|mid-?)?1\d\d0s)\b",
    re.IGNORECASE,
)
# History, not news: "In the 14th century the Black Death spread", "centuries ago". Not the 20th or
# 21st century: "the deadliest in the 20th century" measures the story against the past.
HISTORY_RE = re.compile(
    rf"\b(?:(?:in|during|by)\s+the\s+(?:early\s+|late\s+|mid-?)?(?:1?\d(?:st|nd|rd|th)|{_ORDINAL_WORDS})"
    rf"\s+century|centuries\s+ago)\b",
    re.IGNORECASE,
)

# Verbs that attribute a statement to a speaker.
SPEECH_VERBS = {
    "say",
    "tell",
    "report",
    "announce",
    "confirm",
    "state",
    "add",
    "claim",
    "write",
    "note",
    "allege",
    "according",
}

# "turned himself in", "hurt herself": the object that turns an act back on the one who did it.
REFLEXIVE_PRONOUNS = frozenset({"himself", "herself", "themselves", "myself", "yourself", "itself"})
# Verbs of letting off a shot: "fired at the car", "discharged his weapon", "a handgun discharged".
LETTING_OFF = frozenset({"fire", "discharge"})
# Firearms by name: "loaded a shotgun before blasting the boy" tells of a shot, not a bomb.
FIREARMS = {"gun", "rifle", "pistol", "handgun", "shotgun", "firearm", "revolver"}
# What a gun fires, and its report: "struck by gunfire", "a bullet hit her", "a gunshot wound".
GUNFIRE = {"gunfire", "gunshot", "bullet", "shotgun"}
# Lemmas of the steps of the law that follow an incident, often months on: a story of an arrest, a
# plea, a trial or court documents may come long after the shooting it is about.
LEGAL_STEP_LEMMAS = frozenset(
    "plead plea sentence sentencing convict conviction indict indictment arraign arraignment trial arrest "
    "verdict jury juror guilty acquit acquittal testify testimony lawsuit sue court document".split()
)

# Verbs whose subject claims responsibility.
CLAIM_VERBS = {"claim"}
RESPONSIBILITY_WORDS = {"responsibility", "responsible"}
