"""Grouping an article's sentence readings into incident mentions.

An article has one main incident (what it is about), may report other current incidents in other
places ("a market was torched in X; migrants were beaten in Y"), and may recall older incidents
for comparison (background). Sentences join the main incident unless they are dated far from it,
placed elsewhere, or marked as a separate incident.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from crosswire.extract import lexicon as lx
from crosswire.extract.dates import WEEKDAYS, find_dates
from crosswire.extract.figures.words import CARE_STATES
from crosswire.extract.gazetteer import normalize
from crosswire.extract.places import same_place_km
from crosswire.extract.sentence_dates import OLDER_INCIDENT_DAYS, VIOLENT_TYPES, dates_a_later_step, in_a_tied_attack
from crosswire.extract.sentences import Reading
from crosswire.extract.spans import is_headline, sentence_ents, sentence_quote, sentence_text
from crosswire.extract.tolls import settle_tolls
from crosswire.model import COUNT_FIELDS, Claim, DateValue, Location, Mention

# A year written out ("in August 2023"): a date told with it lies where it says.
YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
# Two places closer than this are one place for telling incidents apart.
SAME_PLACE_KM = 30.0
# Words that tell a death and nothing of how it came.
PLAIN_DEATH_LEMMAS = frozenset({"die", "death", "dead"})
# Words that tell a death was a crime's or a weapon's, or may have been: "slayings", "suspicious
# deaths", "three indicted in the death of", "police said", "died of his wounds", "a hunting
# accident", "died after she was strangled" (violence that no trigger word tells).
CRIME_LEMMAS = frozenset(
    "slaying slay homicide murder manslaughter suspect suspicious indict charge arrest police deputy sheriff "
    "wound hunting hunter strangle strangulation bludgeon smother suffocate poison knife trauma foul".split()
)
# Event types weak enough to yield to a more specific one found later in the article.
WEAK_EVENTS = {lx.ARRESTS, lx.DISRUPTED, lx.OTHER_DEVELOPMENT}
RESOLVED_PRECISIONS = {"city", "county", "admin1"}
# Words naming what kind of municipality a town is: "Mt. Laurel Borough" is Mount Laurel.
MUNICIPALITY_WORDS = ("borough", "township", "village")
COARSE_PRECISIONS = {"month", "year"}
# A sentence opening on one of these as its subject tells of the person the sentence before told of.
CONTINUING_PRONOUNS = {"he", "she", "they"}
# "The shooting happened on Birch Lane": a trigger among a sentence's first words names the incident
# just told.
OPENING_WORDS = 3
# How far into the article, and how long before publication, a date may still date the incident.
LEDE_SENTENCES = 8
# A line with fewer words than this is page furniture ("UPDATE", "2:25", a byline), not the lede.
PROSE_WORDS = 4
LEDE_DAYS = 7
# A story that dates its incident nowhere else may write its day out this long before it was posted.
CALENDAR_DAY_REACH = 60
# "— Mara Quinn (@maraquinn) March 25, 2024": a post the page embeds, stamped with the day it was posted.
EMBEDDED_POST_RE = re.compile(r"\(@\w+\)")
# A roundup totals its incidents' victims in its headline or the sentences right after it.
ROUNDUP_LEDE = 3
# "Nobody was arrested", "none of them was indicted": a subject that denies the step.
DENYING_SUBJECTS = {"nobody", "none"}
# Attacks told this many days before the story's own are other attacks (a night and its small
# hours are one day apart).
APART_DAYS = 2
# The trigger's victims: "two men were shot", "shot two men" ("another man died" is its subject).
VICTIM_DEPS = frozenset({"nsubjpass", "dobj"})
OTHER_WORDS = frozenset({"other", "another"})
# How long after the incident its follow-ups (a death, an arrest, a hearing) are still dated.
FOLLOWED_WITHIN_DAYS = 14
# "Police are investigating", "officers are on the scene": work still going on as the story is
# posted; "a boy is dead", "two are in critical condition", "she is facing life-threatening
# injuries": the victims' state as it is posted.
ONGOING_RE = re.compile(
    r"\b(?:are|is) (?:still )?(?:investigating|on (?:the )?scene|at the scene|searching for|looking for)\b"
    r"|\b(?:is|are) (?:now )?dead\b"
    rf"|\b(?:is|are) (?:listed |reported |said to be )?in (?:{'|'.join(sorted(CARE_STATES))}) condition\b"
    r"|\b(?:is|are) (?:facing|suffering(?: from)?) (?:non-?)?life[- ]threatening (?:injur(?:y|ies)|wounds?)\b",
    re.I,
)
# The headline and the story's first four lines: where it tells what goes on as it is posted.
ONGOING_SENTENCES = 5
# An hour after midnight and before noon: "around 3:30 a.m.", "just after midnight", "an early morning shooting".
_HOUR = r"(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*"
SMALL_HOURS_RE = re.compile(rf"\b(?:{_HOUR}a\.\s?m\.|{_HOUR}am\b|midnight|early[- ]morning)", re.I)
# A sentence about what is still to come: its weekdays are coming days, not past ones.
FUTURE_RE = re.compile(
    r"\b(?:will|won't|is to|are to|planned|scheduled|set for|expected to|plans? to|is going to|are going to)\b", re.I
)


@dataclass(slots=True)
class Draft:
    """Sentences gathered for one mention while reading the article."""

    role: str
    readings: list[Reading] = field(default_factory=list)
    # The article says it is another incident ("another shooting"), not only that it lies elsewhere.
    told_apart: bool = False

    @property
    def event(self) -> tuple[str, str]:
        events = [r.event for r in self.readings if r.event is not None]
        return max(events, key=lambda e: lx.PRIORITY[e]) if events else lx.OTHER_DEVELOPMENT

    @property
    def place(self) -> Location | None:
        event = self.event
        for reading in self.readings:
            if not _of_incident(reading, event, self.role):
                continue  # where a suspect was caught
            place = reading.place
            if place is not None and place.precision in RESOLVED_PRECISIONS | {"country"}:
                return place
        return None

    @property
    def attack_day(self) -> DateValue | None:
        """The first day said of the attack itself, not of a hearing or an arrest that followed."""
        attack = (r for r in self.readings if r.event is not None and r.event not in WEAK_EVENTS and not r.follow_up)
        return _first_day(attack)

    @property
    def date(self) -> DateValue | None:
        return _first_day(self.readings)


def _first_day(readings: Iterable[Reading]) -> DateValue | None:
    return next((value for reading in readings for value in reading.dates if value.is_day), None)


@dataclass(slots=True)
class _Story:
    """The drafts an article's readings fall into, in order: its main incident, the related ones
    it tells apart, the older ones it recalls (by year), and the people it names in passing."""

    published: dt.date | None
    main: Draft | None = None
    related: list[Draft] = field(default_factory=list)
    background: dict[str, Draft] = field(default_factory=dict)
    people: set[str] = field(default_factory=set)
    series: bool = False  # the story has counted its incident among others of a spell
    # the incident the story told apart last, while the sentences after it go on telling it
    apart: Draft | None = None
    # the older incident the sentence before recalled, while the sentences after it name its people
    recalled: Draft | None = None

    def take(self, reading: Reading) -> None:
        self.series = self.series or (self.main is not None and reading.series_marker)
        if self.apart is not None and _goes_on(reading):
            # "Meanwhile, a man was fatally shot ... He was pronounced dead at a hospital."
            self.apart.readings.append(reading)
            return
        self.apart = None
        if self.recalled is not None and _names_only_the_recalled(reading, self.recalled, self.main):
            # "Last fall, Ann Roe was hit by gunfire outside a diner on Oct. 3 ... Roe died of her wounds"
            self.recalled.readings.append(reading)
            return
        self.recalled = None
        if reading.event is None:
            self._take_untriggered(reading)
            return
        # a date on another verb of the sentence counts when the trigger's own clause has none
        year_key = _background_key(reading, self.published, self.main, reading.dates or reading.loose_dates)
        if year_key is not None:
            self._recall(year_key, reading)
        elif self.main is None:
            self.main = Draft("main", [reading])
        elif (
            (reading.distinct_marker and not reading.definite)
            or _attack_days_before(reading, self.main)
            or (self.series and _attack_on_other_day(reading, self.main))
            or _one_more_on_other_day(reading, self.main)
        ):
            self.apart = Draft("related", [reading], told_apart=True)
            self.related.append(self.apart)
        elif _is_elsewhere(reading, self.main):
            _place_into(self.related, reading)
        else:
            self.main.readings.append(reading)

    def _take_untriggered(self, reading: Reading) -> None:
        """No trigger of its own, but a toll, a claim of responsibility or "the incident" continue the story."""
        continues = reading.refers_back or reading.figures or reading.actors
        older = _background_key(reading, self.published, self.main, reading.loose_dates)
        if self.main is not None and continues and not reading.negated:
            if older is None:
                self.main.readings.append(reading)
            elif reading.figures:  # "In March, a truck drove into a crowd, injuring 22": an older toll
                self._recall(older, reading)
        elif older is None:
            self.people.update(_people_told_of(reading))

    def _recall(self, key: str, reading: Reading) -> None:
        self.recalled = self.background.setdefault(key, Draft("background"))
        self.recalled.readings.append(reading)

    def drafts(self) -> list[Draft]:
        return ([self.main] if self.main else []) + self.related + list(self.background.values())


def build_mentions(doc_id: str, readings: list[Reading], published: dt.date | None) -> list[Mention]:
    """Turn the article's sentence readings, in order, into Mention records."""
    if _deaths_without_violence(readings):
        return []
    story = _Story(published)
    for reading in readings:
        story.take(reading)
    _headline_names_the_story(story, readings)
    drafts = story.drafts()
    mentions = [_to_mention(doc_id, d, published) for d in drafts]
    told_apart = {m.mention_id for m, d in zip(mentions, drafts, strict=True) if d.told_apart}
    roundup = any(r.totals_several for r in readings[:ROUNDUP_LEDE])
    for mention in mentions:
        mention.roundup = roundup
    if story.main is not None:
        mentions = _dated_main(mentions, story, readings, published)
    for mention in mentions:
        _weekdays_in_told_week(mention)
        _days_over_periods(mention)
    if story.main is not None:
        main_id = mentions[0].mention_id
        # A mention split off only for its place may be the main story misplaced (a victim's
        # home town, a town within the county); one the article calls another incident is not.
        for mention in mentions[1:]:
            if mention.mention_id in told_apart:
                mention.distinct_from.append(main_id)
    return mentions


def _deaths_without_violence(readings: list[Reading]) -> bool:
    """ "Actor Jon Doe dies at 85", "her death was confirmed by her publicist": an article that tells
    of a death and nowhere of violence or crime (no other word of an incident, no gun, no suspect,
    no police) is an obituary or an illness's news, not an incident's."""
    triggers = [r.trigger for r in readings if r.trigger is not None]
    if any(t.lemma_.lower() not in PLAIN_DEATH_LEMMAS for t in triggers):
        return False
    told = lx.WEAPON_WORDS | CRIME_LEMMAS
    if any({t.lower_, t.lemma_.lower()} & told for r in readings for t in r.sent):
        return False
    # "after someone opened fire on their car": violence told by a phrase, with none of the words alone
    texts = [sentence_text(r.sent).lower() for r in readings]
    return not any(phrase in text for text in texts for phrase in lx.PHRASE_TRIGGERS)


def _headline_names_the_story(story: _Story, readings: list[Reading]) -> None:
    """ "Plea deal reached in 2023 Elmvale shooting death": a headline's old incident is the
    story's own when the story dates no incident of its own (it tells a plea, a trial, an arrest)."""
    if story.main is None or any(r.dates or r.loose_dates for r in story.main.readings):
        return
    for key, draft in list(story.background.items()):
        if draft.readings == readings[:1] and is_headline(readings[0].sent):
            del story.background[key]
            story.main.readings.insert(0, readings[0])


def _dated_main(
    mentions: list[Mention], story: _Story, readings: list[Reading], published: dt.date | None
) -> list[Mention]:
    """The main mention (first) with the story's people and a date from the lede, a recalled day of
    another mention (which it absorbs), the posting or its first day; the mentions that remain."""
    main = mentions[0]
    main.names = sorted(set(main.names) | _in_the_story(story.people, story.main))
    _date_from_lede(main, story.main.readings + _lede(readings), published)
    absorbed = _date_from_recalled_day(main, mentions[1:])
    mentions = [m for m in mentions if m is not absorbed]
    _date_from_posting(main, story.main.readings, readings, published)
    _date_from_lone_calendar_day(main, readings, published)
    _first_day_dates_incident(main)
    return mentions


def _people_told_of(reading: Reading) -> set[str]:
    """ "Roe and Doe got into a fight": people the story names in full in a sentence that tells no
    incident are the story's people all the same; officials and speakers are not."""
    return {
        e.text
        for e in sentence_ents(reading.sent)
        if e.label_ == "PERSON" and e.text in reading.names and _full_name(e) and not _speaks(e.root)
    }


def _in_the_story(people: set[str], main: Draft) -> set[str]:
    """Those of ``people`` the incident's own sentences name ("Roe pulled out a gun")."""
    words = {t.text for reading in main.readings for t in reading.sent}
    return {person for person in people if person.split()[-1] in words}


def _full_name(ent: Span) -> bool:
    words = ent.text.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _speaks(person: Token) -> bool:
    """ "activist Ann Roe, who ..., said": the person is the subject of a verb of speech."""
    verb = person
    while verb.dep_ in {"appos", "compound", "conj", "flat"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "nsubj" and verb.head.lemma_.lower() in lx.SPEECH_VERBS


def _background_key(
    reading: Reading, published: dt.date | None, main: Draft | None, dates: list[DateValue]
) -> str | None:
    """The year of the older incident this sentence recalls, or None when it is current news."""
    main_date = main.date if main else None
    shot_day = main.attack_day if main and reading.incident_days else None
    if reading.recalls_older:
        return "earlier"
    # "deposed since 2005 and hundreds were killed in 2010": the incident is the dated one
    dates = sorted(dates, key=lambda v: v.expression.lower().startswith("since"))
    for value in dates:
        if not value.is_resolved:
            continue
        expression = value.expression.lower()
        if expression.startswith("since") or reading.background_marker:
            return str(value.earliest.year)
        if published and (published - value.latest).days > OLDER_INCIDENT_DAYS:
            return str(value.earliest.year)
        if main_date and abs((value.earliest - main_date.earliest).days) > OLDER_INCIDENT_DAYS:
            return str(value.earliest.year)
        if main_date and value.precision in COARSE_PRECISIONS and value.latest < main_date.earliest:
            return str(value.earliest.year)  # "In November" of a story dated January 9
        if shot_day and value in reading.incident_days and (shot_day.earliest - value.latest).days > 1:
            return str(value.earliest.year)  # "the July 5 shooting" in the story of a Sunday ambush
        if value.precision == "year" and published is None and main_date is None:
            return str(value.earliest.year)
    return None if dates else _stepped_long_before(reading, main_date)


def _stepped_long_before(reading: Reading, main_date: DateValue | None) -> str | None:
    """ "Jon Reyes was arrested in August 2023 after he shot six people": a later step (or a statement)
    dated months before the story's dated incident puts the incident it follows months before too.
    Without a dated incident of its own the story may be about that older one; a step dated
    without its year ("awaiting a June 20 hearing") may lie ahead."""
    if main_date is None or not main_date.is_resolved:
        return None
    for value in reading.step_dates:
        with_year = value.is_resolved and YEAR_RE.search(value.expression)
        if with_year and (main_date.earliest - value.latest).days > OLDER_INCIDENT_DAYS:
            return str(value.earliest.year)
    return None


def _attack_days_before(reading: Reading, main: Draft) -> bool:
    """A new attack told after the story dated its own, on a day days before it: "A boy was shot
    Saturday ... On Monday, two women were wounded in a shooting on Quarry Street"."""
    gaps = _days_from_story_attack(reading, main)
    return bool(gaps) and all(gap >= APART_DAYS for gap in gaps)


def _attack_on_other_day(reading: Reading, main: Draft) -> bool:
    """After "This is the third shooting in the city in two days": an attack told on a day other
    than the story's own is one of the others ("two people were shot late Sunday night")."""
    gaps = _days_from_story_attack(reading, main)
    return bool(gaps) and all(gap != 0 for gap in gaps)


def _one_more_on_other_day(reading: Reading, main: Draft) -> bool:
    """ "A man was also fatally shot Thursday night" or "two other men were wounded Thursday" in a story
    of Friday's shooting: one more attack ("also") or other victims, told on a day other than the
    story's own, is another incident. Another victim who dies a day later is the story's."""
    trigger = reading.trigger
    if trigger is None:
        return False
    verbs = (trigger, trigger.head) if trigger.dep_ == "conj" else (trigger,)
    also = any(c.lower_ == "also" for v in verbs for c in v.children)
    return (also or _attacks_others(trigger)) and _attack_on_other_day(reading, main)


def _attacks_others(verb: Token) -> bool:
    """ "two other men were wounded", "shot three others": victims other than those told before."""
    victims = (c for c in verb.children if c.dep_ in VICTIM_DEPS)
    return any(v.lower_ == "others" or any(c.lower_ in OTHER_WORDS for c in v.children) for v in victims)


def _days_from_story_attack(reading: Reading, main: Draft) -> list[int]:
    """How many days before the story's own attack each day of a new attack lies (none for a
    sentence that tells no new attack: an arrest, "the shooting", "it")."""
    if reading.event in WEAK_EVENTS or reading.follow_up or reading.definite or reading.refers_back:
        return []
    own = main.attack_day
    return [(own.earliest - v.earliest).days for v in reading.dates if v.is_day] if own is not None else []


def _names_only_the_recalled(reading: Reading, recalled: Draft, main: Draft | None) -> bool:
    """An undated sentence right after an older incident is recalled, that names only people of that
    recalled sentence and none of the story's own incident, goes on telling the older one."""
    if reading.dates or reading.loose_dates or reading.distinct_marker or reading.negated:
        return False
    named = _surnames(reading.sent)
    ours = {name for r in main.readings for name in _surnames(r.sent)} if main else set()
    return bool(named) and named <= _surnames(recalled.readings[-1].sent) and not named & ours


def _surnames(sent: Span) -> set[str]:
    return {e[-1].text for e in sentence_ents(sent) if e.label_ == "PERSON"}


def _goes_on(reading: Reading) -> bool:
    """A sentence that goes on telling the incident before it: it opens on a pronoun for its victim
    ("He was taken to a hospital") or names its trigger as the one just told ("The shooting
    happened ..."), and sets no other incident apart."""
    if reading.distinct_marker or reading.negated:
        return False
    first = next((t for t in reading.sent if not t.is_punct and not t.is_space), None)
    pronoun = first is not None and first.lower_ in CONTINUING_PRONOUNS and first.dep_ in {"nsubj", "nsubjpass"}
    opens_on_trigger = reading.event is not None and reading.trigger.i - reading.sent.start < OPENING_WORDS
    return pronoun or (opens_on_trigger and reading.definite)


def _is_elsewhere(reading: Reading, main: Draft) -> bool:
    """A new incident in another place: its own trigger, a resolved place unlike the main one."""
    place = reading.place
    if place is None or reading.definite or reading.follow_up:
        return False
    main_place = main.place
    if place.precision == "country":
        # another country is another incident; a country around the main place says nothing new
        return bool(main_place and main_place.country and place.country and main_place.country != place.country)
    if place.precision not in RESOLVED_PRECISIONS:
        return False
    if main_place is None:
        weak = main.event in WEAK_EVENTS or reading.event in WEAK_EVENTS
        # "Girl hurt in shooting" over "... struck during a gunfight on Quarry Street": a headline and its
        # lede tell one story in other words
        told_by_headline = all(is_headline(r.sent) for r in main.readings)
        return not weak and not told_by_headline and not _one_kind(reading.event, main.event)
    return not same_area(place, main_place)


def _one_kind(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two events a reader takes for one kind: "killed in a shootout" and "was shot" are both
    violence, whichever of its types each word is read as."""
    return a[0] == b[0] or (a[0] in VIOLENT_TYPES and b[0] in VIOLENT_TYPES)


def same_area(a: Location, b: Location) -> bool:
    """True when one place lies within the other or both are within a few km."""
    if a.country and b.country and a.country != b.country:
        return False
    if a.precision in ("city", "county") and b.precision in ("city", "county"):
        if _town_name(a) == _town_name(b) or _town_of_county(a, b) or _town_of_county(b, a):
            return True
        km = same_place_km(a, b)
        return km is not None and km <= SAME_PLACE_KM
    if a.precision == "admin1" and b.admin1 and b.admin1 != a.admin1 and b.precision != "country":
        return False
    if b.precision == "admin1" and a.admin1 and a.admin1 != b.admin1 and a.precision != "country":
        return False
    return True


def _town_name(place: Location) -> str:
    """The town's name however written: "Mt. Laurel Borough" and "Mount Laurel" are one."""
    name = normalize(place.name)
    for word in MUNICIPALITY_WORDS:
        name = name.removesuffix(" " + word)
    return name


def _town_of_county(town: Location, county: Location) -> bool:
    """ "Five-year-old shot in Elm County" over "a child was shot in Millbrook": a town of that county
    the gazetteer places (it gives a US town its county), however far from the county's centre."""
    if county.precision != "county" or town.precision != "city" or town.lat is None:
        return False  # a name the gazetteer lacks, set in the county by the text, may be a street's
    return town.lies_in_county(county)


def _place_into(related: list[Draft], reading: Reading) -> None:
    for draft in related:
        if draft.place is not None and same_area(draft.place, reading.place):
            draft.readings.append(reading)
            return
    related.append(Draft("related", [reading]))


def _to_mention(doc_id: str, draft: Draft, published: dt.date | None) -> Mention:
    event_type, sub_event_type = draft.event
    start = draft.readings[0].start
    mention = Mention(
        mention_id=Mention.make_id(doc_id, start, draft.role),
        doc_id=doc_id,
        event_type=event_type,
        sub_event_type=sub_event_type,
        role=draft.role,
        start=start,
        trigger=sentence_quote(draft.readings[0].sent)[0],
        published=published,
    )
    seen: set[tuple[str, str, int]] = set()
    names: set[str] = set()
    for reading in draft.readings:
        for claim in _claims(doc_id, reading, draft):
            key = (claim.field, repr(claim.value), claim.start)
            if key not in seen:
                seen.add(key)
                mention.claims.append(claim)
        names.update(reading.names)
        names.update(a.name for a in reading.actors)
    mention.names = sorted(names)
    mention.legal_steps = sorted(_steps_of_the_law(draft.readings))
    _drop_unknown_places(mention)
    settle_tolls(mention, draft.readings)
    return mention


def _steps_of_the_law(readings: Iterable[Reading]) -> set[str]:
    """The steps of the law the story tells as taken: "was arrested", "pleaded guilty"; not "no
    suspect arrested", "no arrests have been made" or "nobody has been arrested"."""
    return {
        t.lemma_.lower()
        for r in readings
        for t in r.sent
        if t.lemma_.lower() in lx.LEGAL_STEP_LEMMAS and not _denied(t)
    }


def _denied(step: Token) -> bool:
    """ "not arrested", "no arrests", "no suspect was arrested", "nobody was arrested"."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in step.children):
        return True
    subjects = [c for c in step.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        c.lower_ in DENYING_SUBJECTS or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in subjects
    )


def _date_from_lede(mention: Mention, readings: list[Reading], published: dt.date | None) -> None:
    """No date tied to the event: the story's first recent date that is not a statement's dates it.

    "Officers are looking into a shooting outside a bar early Saturday" ties "Saturday" to the
    investigation in the parse; a reader still takes it as the night of the shooting. Only a
    day in the week before publication qualifies: older dates in a lede are background. A week the
    story gave ("a shooting death over the weekend") leaves the day open, for a day within it; a
    month or a year is as near as the story dates it ("arrested 40 people this year"): a day of
    the lede then tells of something else ("smog is likely to return on Wednesday").
    """
    told = [c.value for c in mention.claims_for("date") if c.value.is_resolved]
    if published is None or any(v.precision != "week" for v in told):
        return
    for reading in readings:
        for value in _fallback_dates(reading, published):
            within = all(v.earliest <= value.earliest <= v.latest for v in told)
            if value.precision == "day" and within and 0 <= (published - value.earliest).days <= LEDE_DAYS:
                _claim_day(mention, reading, value)
                return


def _date_from_posting(
    mention: Mention, incident: list[Reading], readings: list[Reading], published: dt.date | None
) -> None:
    """A story that dates nothing is news of the day it was posted when its lede has the police
    still at work ("Deputies are investigating gunfire near Quarry Street") or tells the victims'
    state as it stands ("a boy is dead", "two are in critical condition"), or when
    it tells its incident's hour after midnight ("shot around 3:30 a.m."): it was posted that
    morning or later the same day."""
    if published is None:
        return
    if any(_dates_other_day(value, published) for r in readings for value in r.dates + r.loose_dates):
        return
    at_work = ((r, ONGOING_RE.search(sentence_text(r.sent))) for r in _lede(readings)[:ONGOING_SENTENCES])
    reading, match = next(((r, m) for r, m in at_work if m is not None), (None, None))
    if reading is None and not any(c.value.is_resolved for c in mention.claims_for("date")):
        hours = (
            (r, SMALL_HOURS_RE.search(sentence_text(r.sent)))
            for r in incident
            if not FUTURE_RE.search(sentence_text(r.sent))
        )
        reading, match = next(((r, m) for r, m in hours if m is not None), (None, None))
    if reading is not None:
        _claim_day(mention, reading, DateValue(match.group(0), published, published, "day"))


def _date_from_lone_calendar_day(main: Mention, readings: list[Reading], published: dt.date | None) -> None:
    """A story whose incident nothing else dates, which writes one day out on the calendar in the
    weeks before it was posted ("Reyes followed her home on Dec. 26, the charges say"): that day is
    the incident's. A story that writes out two days leaves the date open, and so does one whose
    day dates only a later step or an older story ("charged on Jan. 4"). The day an embedded post
    was posted is the post's, not a day the story writes."""
    if published is None or any(c.value.is_resolved for c in main.claims_for("date")):
        return
    written = [
        (reading, value)
        for reading in readings
        if not EMBEDDED_POST_RE.search(sentence_text(reading.sent))
        for value in reading.dates + reading.loose_dates + reading.step_dates
        if value.is_day and value.on_calendar
    ]
    if len({value.earliest for _, value in written}) != 1:
        return
    own = [(r, v) for r, v in written if v not in r.step_dates and not (r.background_marker or r.recalls_older)]
    if own and 0 <= (published - own[0][1].earliest).days <= CALENDAR_DAY_REACH:
        _claim_day(main, *own[0])


def _dates_other_day(value: DateValue, published: dt.date) -> bool:
    """Whether a date the story gives may be another day than the one it was posted: a day, or a
    span without it ("last March"); not "Wilmington shootings in 2017", posted that year."""
    return value.is_resolved and (value.precision == "day" or not value.earliest <= published <= value.latest)


def _claim_day(mention: Mention, reading: Reading, value: DateValue) -> None:
    quote, start, end = sentence_quote(reading.sent)
    mention.claims.append(Claim("date", value, quote, start, end, mention.doc_id, reading.speaker))


def _lede(readings: list[Reading]) -> list[Reading]:
    """The story's first sentences, not counting the page's short lines around them."""
    prose = [r for r in readings if sum(t.is_alpha for t in r.sent) >= PROSE_WORDS]
    return prose[:LEDE_SENTENCES]


def _date_from_recalled_day(main: Mention, others: list[Mention]) -> Mention | None:
    """A story with no date of its own told after the incident: the day it recalls is the incident's.

    "Police seek a man in a shooting that killed two at a birthday party. Four people were shot at
    the July 26 party": an arrest or a trial months later names the day of the shooting, and that
    sentence went to the background for its age. Only a day said of the same kind of event, in no
    other place, and only when nothing else in the story dates it. The recalled incident is then
    the story's own: its tolls join the main mention too, and the recalled mention is returned so
    that the caller drops it rather than keep the shooting twice.
    """
    if any(c.value.is_resolved for c in main.claims_for("date")):
        return None
    for other in others:
        if other.role != "background" or other.event_type != main.event_type or _placed_apart(main, other):
            continue
        dated = [c for c in other.claims_for("date") if c.value.is_day]
        if main.legal_steps:  # a plea "in the shooting last July": the month is the incident's
            dated = dated or [c for c in other.claims_for("date") if c.value.precision == "month"]
        if dated:
            main.claims.append(min(dated, key=lambda c: c.start))
            main.claims.extend(c for c in other.claims if c.field in COUNT_FIELDS)
            return other
    return None


def _placed_apart(a: Mention, b: Mention) -> bool:
    places_a = [c.value for c in a.claims_for("place") if c.value.precision in RESOLVED_PRECISIONS]
    places_b = [c.value for c in b.claims_for("place") if c.value.precision in RESOLVED_PRECISIONS]
    return bool(places_a and places_b) and not any(same_area(x, y) for x in places_a for y in places_b)


def _first_day_dates_incident(mention: Mention) -> None:
    """Days that disagree: the incident is the first of them, later days date what followed it.

    "Bond was denied Tuesday for a father whose son shot himself Saturday", "friends gathered
    Wednesday at the scene of Tuesday's shooting": the shooting comes before the death, the
    arrest, the hearing, the vigil. A later day is dropped from the main incident when a day no
    more than FOLLOWED_WITHIN_DAYS before it is also claimed for it, further on in the story: a
    lede's "early Sunday" stays when a later paragraph recalls "Thursday night's incident", unless
    that first day is the night just before ("late Friday night" under "early Saturday"). A
    sentence about what is to come ("a vigil is planned for Thursday") sets no first day: its
    weekday is a coming one.
    """
    days = [c for c in mention.claims_for("date") if c.value.is_day]
    past = [c for c in days if not FUTURE_RE.search(c.quote)]
    if not past:
        return
    first = min(c.value.earliest for c in past)
    first_claims = [c for c in past if c.value.earliest == first]
    told_at = min(c.start for c in first_claims)
    night = any(c.value.at_night for c in first_claims)
    later = {
        id(c)
        for c in days
        if 0 < (c.value.earliest - first).days <= FOLLOWED_WITHIN_DAYS
        and (c.start >= told_at or (night and (c.value.earliest - first).days == 1))
    }
    if later:
        mention.claims = [c for c in mention.claims if id(c) not in later]


def _weekdays_in_told_week(mention: Mention) -> None:
    """A weekday told after the story set the incident in an earlier week is that week's.

    "charged in last week's killing of a teen ... shot Tuesday night", "wounded a week ago ... Friday
    evening" in a Friday paper: the weekday, counted back from the publication date,
    falls after the week the story names; the same weekday a week earlier lies in it.
    """
    weeks = [c for c in mention.claims_for("date") if c.value.is_resolved and c.value.precision == "week"]
    for i, claim in enumerate(mention.claims):
        value = claim.value
        if claim.field != "date" or not _counted_weekday(value):
            continue
        week_before = value.earliest - dt.timedelta(days=7)
        if any(
            week.start <= claim.start and week.value.earliest <= week_before <= week.value.latest < value.earliest
            for week in weeks
        ):
            mention.claims[i] = replace(claim, value=replace(value, earliest=week_before, latest=week_before))


def _counted_weekday(value: DateValue) -> bool:
    """A resolved day the words give by its weekday ("Wednesday night"), not on the calendar."""
    words = set(re.findall(r"[a-z]+", value.expression.lower()))
    return value.is_day and not value.on_calendar and bool(words & WEEKDAYS.keys())


def _days_over_periods(mention: Mention) -> None:
    """A day said of the incident outweighs its weeks, months and years: they either hold the day
    already or tell of something else ("a teen was shot early Sunday ... the second shooting in the
    area since last weekend")."""
    dates = [c for c in mention.claims_for("date") if c.value.is_resolved]
    if any(c.value.precision == "day" for c in dates):
        coarse = {id(c) for c in dates if c.value.precision != "day"}
        mention.claims = [c for c in mention.claims if id(c) not in coarse]


def _fallback_dates(reading: Reading, published: dt.date) -> list[DateValue]:
    """The dates a lede sentence offers the main incident when nothing dated it directly.

    Its loose dates, and the dates of its own event when that event is a shooting told in the
    lede but set apart (a headline placing it by county, the lede by town): "A man was shot
    Sunday near X" dates the story. A follow-up's own date does not ("arrested Sunday"), but
    the date it gives the incident does: "arrested in a shooting Tuesday night". A sentence that
    refers back without a trigger of its own dates the incident it points at: "Deputies were
    called to the scene Monday afternoon", even when it comes before the event sentence.
    """
    if reading.distinct_marker or reading.background_marker:
        return list(reading.loose_dates)
    dates = _incident_noun_dates(reading.sent, published) + reading.loose_dates
    if reading.event is not None and reading.event not in WEAK_EVENTS and not reading.follow_up:
        if any(v.is_day for v in reading.dates):
            # "accused in a May 25 shooting ... entered pleas today": the sentence dated its
            # incident, so its other days are the plea's
            return list(reading.dates)
        dates = reading.dates + dates
    elif reading.event is None and reading.refers_back:
        dates = reading.dates + dates
    return dates


def _incident_noun_dates(sent, published: dt.date) -> list[DateValue]:
    """Dates said of an incident noun within the sentence: "a shooting Tuesday night", "the
    shooting death of a man on Saturday afternoon" (not of the clause's verb: "arrested Sunday")."""
    dates = []
    for value, start, end in find_dates(sent, published):
        token = next((t for t in sent if t.idx <= start < t.idx + len(t.text)), None)
        if token is None or dates_a_later_step(token, start, end) or in_a_tied_attack(token, None):
            continue
        for ancestor in token.ancestors:
            if ancestor.pos_ in ("VERB", "AUX"):
                break
            event = lx.TRIGGERS.get(ancestor.lemma_.lower())
            if ancestor.pos_ == "NOUN" and event is not None and event not in WEAK_EVENTS:
                dates.append(value)
                break
    return dates


def _drop_unknown_places(mention: Mention) -> None:
    """A place the gazetteer cannot resolve only counts when the mention has no other place."""
    places = mention.claims_for("place")
    if any(c.value.precision for c in places):
        mention.claims = [c for c in mention.claims if c.field != "place" or c.value.precision]


def _of_incident(reading: Reading, event: tuple[str, str], role: str) -> bool:
    """Whether a sentence tells of the mention's incident itself, not of a later step (an arrest)."""
    return reading.event not in WEAK_EVENTS or reading.event == event or role == "background"


def _claims(doc_id: str, reading: Reading, draft: Draft) -> list[Claim]:
    quote, start, end = sentence_quote(reading.sent)

    def claim(field_name, value):
        return Claim(field_name, value, quote, start, end, doc_id, reading.speaker)

    claims = [claim(f.field, f.value) for f in reading.figures]
    # A follow-up sentence (an arrest) dates and places the arrest, not the incident.
    of_incident = _of_incident(reading, draft.event, draft.role)
    if of_incident:
        claims += [claim("date", d) for d in reading.dates]
    if of_incident and not reading.hypothetical:
        claims += [claim("place", hit.location) for hit in reading.places[:1]]
    claims += [claim(actor.role, actor) for actor in reading.actors]
    return claims
