"""Which dates of a sentence say when its incident happened.

A sentence may carry several dates: the incident's ("shot Friday night"), a statement's ("police
said Sunday"), a later step's ("arraigned Tuesday"), another incident's ("after two shootings on
Memorial Day"), or a day someone did something just before ("after attending a vigil Monday
night"). ``sentence_dates`` sorts them by the parse around each date and its trigger.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from crosswire.extract import lexicon as lx
from crosswire.extract.dates import find_dates
from crosswire.extract.spans import doc_text, semicolon_between, token_at, verb_of
from crosswire.model import DateValue

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
# "were in court Monday": a day at a hearing; "was taken into custody Tuesday": a day of the arrest.
COURT_ROOMS = {"court", "courtroom", "courthouse", "custody"}
# "was listed in critical condition Monday", "remained in stable condition", "was in stable condition
# Saturday": a report of how one fared.
STATUS_VERBS = {"list", "remain", "be"}
# "was found guilty Wednesday": the complement that makes a verb a court's step.
COURT_COMPLEMENTS = {"guilty"}
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
# "five hours before the boy was shot", "a day before": what came first may fall on another day
HOURS_APART = {"hour", "day", "night"}
# "a drive-by linked to the June 2 slaying", "in retaliation for a Saturday killing": another attack
LINKING_LEMMAS = {"link", "connect", "tie", "relate"}
REVENGE_NOUNS = {"retaliation", "revenge", "retribution"}
# "will be at the school on Monday": what is to come.
FUTURE_AUXILIARIES = {"will", "'ll", "shall"}


def sentence_dates(
    sent: Span, trigger: Token | None, published: dt.date | None, *, direct_only: bool = False
) -> tuple[list[DateValue], list[DateValue], list[DateValue], list[DateValue]]:
    """Dates that say when the event happened, the other dates not said of a statement, the days
    written against an incident word, and the dates of a statement or a later step.

    ``direct_only``: in a follow-up ("arrested on Saturday in connection with the shooting") only a
    date attached to the trigger itself ("Friday's shooting") dates the incident.
    """
    anchored, loose, of_incident, on_trigger, earlier, steps = [], [], [], [], [], []
    for value, start, end in find_dates(sent, published):
        token = token_at(sent, start)
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
        if in_a_tied_attack(token, trigger):
            continue
        if value.precision == "day" and _hours_before_the_trigger(token, trigger):
            continue  # a month or a year holds the attack too: "In January, they were bowling hours before"
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
        return _is_incident_word(token) and (
            trigger is None or token == trigger or _tells_consequence(trigger) or _told_by_its_clause(token, trigger)
        )

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


def _told_by_its_clause(noun: Token, trigger: Token) -> bool:
    """ "the March 2 shooting that killed a woman": the trigger tells what the noun's incident did."""
    return trigger.dep_ == "relcl" and trigger.head == noun


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
    return any(_opens_what_came_first(ancestor) or _set_against(ancestor, token) for ancestor in token.ancestors)


def _set_against(word: Token, token: Token) -> bool:
    """ "a far quieter scene than what neighbors describe from Monday night": the time the scene of
    now is set against (not a bare day: "no later than Friday")."""
    return word.dep_ == "prep" and word.lower_ == "than" and token.head != word


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
    return any(_is_incident_noun(c) for c in token.children if c.dep_ == "pobj")


def _hours_before_the_trigger(token: Token, trigger: Token | None) -> bool:
    """ "A car alarm went off at 11 p.m. Monday, five hours before the boy was shot": a day outside
    the "hours before" clause the attack is told in dates what came first, maybe the day before
    ("was waving a knife Friday night before he was shot" tells the moment of the attack)."""
    if trigger is None or not any(c.dep_ == "mark" and c.lower_ == "before" for c in trigger.children):
        return False
    hours = any(c.dep_ == "npadvmod" and c.lemma_.lower() in HOURS_APART for c in trigger.children)
    return hours and token not in trigger.subtree


def in_a_tied_attack(token: Token, trigger: Token | None) -> bool:
    """Whether the token lies in a phrase that names the attack another one is tied to."""
    return any(_linked_event(a, trigger) for a in token.ancestors)


def _linked_event(token: Token, trigger: Token | None) -> bool:
    """ "a drive-by linked to the June 2 slaying of Jon Reyes", "in retaliation for a Saturday
    killing": a day within the phrase that names the attack this one is tied to dates that attack."""
    if token.dep_ != "prep":
        return False
    linked = token.lower_ == "to" and token.head.lemma_.lower() in LINKING_LEMMAS
    avenged = token.lower_ == "for" and token.head.lemma_.lower() in REVENGE_NOUNS
    told = [c for c in token.children if c.dep_ == "pobj"]
    if not (linked or avenged) or not any(_is_incident_noun(t) for t in told):
        return False
    # the sentence's own attack is outside the phrase, as its trigger or as what is tied
    return (trigger is not None and trigger not in token.subtree) or _is_incident_noun(_tied(token.head))


def _tied(link: Token) -> Token | None:
    """What "linked to" or "in retaliation for" ties: "the shooting linked to ...", "the shooting
    may be linked to ...", "the ambush was in retaliation for ..."."""
    if link.dep_ == "acl":
        return link.head
    verb = verb_of(link)
    return next((c for c in verb.children if c.dep_ in SUBJECT_ROLES), None) if verb is not None else None


def _is_incident_noun(token: Token | None) -> bool:
    return token is not None and token.pos_ == "NOUN" and token.lemma_.lower() in lx.TRIGGERS


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
