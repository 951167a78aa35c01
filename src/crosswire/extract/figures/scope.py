"""Counts that are no one incident's: roundups of several shootings, running totals, another time's toll."""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosswire.extract.figures.hit import Hit
from crosswire.extract.figures.words import (
    AREA_WIDE,
    AVENGING_NOUNS,
    CARE_PLACES,
    EARLIER_MARKS,
    GAP_UNITS,
    MONTH_WORDS,
    MOURNING_NOUNS,
    MOURNING_VERBS,
    ONE_EVENT_NOUNS,
    PAST_PERIODS,
    ROUNDUP_INCIDENTS,
    ROUNDUP_PERIODS,
    ROUNDUP_RATE_DETS,
    ROUNDUP_SERIES,
    RUNNING_PERIODS,
    SERIES_INCIDENTS,
    SO_FAR_RE,
    TALLY_PERIOD_DETS,
    TALLY_PERIODS,
    TIME_NOUNS,
    TIME_SHIFTS,
    TOLL_FIELDS,
    YEAR_TALLY_RE,
)
from crosswire.extract.lexicon import SPEECH_VERBS
from crosswire.extract.numbers import parse_number
from crosswire.extract.spans import sentence_text, verb_of

# A clause that tells of a noun of the sentence: "a boy who was killed", "a boy killed last year".
DESCRIBING_CLAUSES = frozenset({"relcl", "acl"})
# "two years ago", "months ago": long enough before that the dead were another incident's
LONG_AGO_UNITS = frozenset({"year", "month", "decade"})


def is_roundup(sent: Span, hit: Hit) -> bool:
    """A figure that totals several incidents or a period: no one incident's count."""
    span = sent.doc.char_span(hit.start, hit.end, alignment_mode="expand")
    near = [c for t in span or () for c in t.children]
    # "hurt in two shootings", "in a string of attacks": follow prepositions two steps down
    for _ in range(2):
        near += [g for c in near if c.dep_ in {"prep", "pobj", "conj"} for g in c.children if g not in near]
    # "the man was shot earlier this month" is the story's own victim
    many = hit.value.low > 1
    if many and SO_FAR_RE.search(sentence_text(sent)):
        return True  # "So far in 2019, 38 people have died by gunfire"
    if many and _year_tally(sent, hit):
        return True  # "Last year in Houston, some 2,900 people were shot"
    if _caused_by_several(hit, many):
        return True  # "A spate of gunfire left 20 people wounded": several incidents' toll
    return any(_is_roundup_word(t) or (many and _is_running_total(t)) for t in near)


def _year_tally(sent: Span, hit: Hit) -> bool:
    """ "55 people were shot in the city last year": the count's own clause spans a year (or "the
    same period"), in no incident it names ("in a shooting last year") and at no venue ("at the
    celebration")."""
    verb = verb_of(hit.arg)
    if verb is None or not YEAR_TALLY_RE.search(sentence_text(sent)):
        return False
    clause = list(verb.subtree)
    above = {a.i for a in verb.ancestors}
    periods = [t for t in sent if t.lower_ in TALLY_PERIODS and any(c.lower_ in TALLY_PERIOD_DETS for c in t.children)]
    # the period dates the count's clause, or a clause the count's is part of ("the city tallied
    # 219 people shot during the same period"), not a clause of its own ("sought ... last year"),
    # nor one within the count's ("wounded near the spot where a boy was killed last year")
    spans_year = any(
        (t in clause and describing_clause_above(t, below=verb) is None) or _dates_a_clause_above(t, above)
        for t in periods
    )
    at_a_venue = any(t.dep_ == "prep" and t.lower_ == "at" and t.head.i == verb.i and not _at_a_time(t) for t in clause)
    # one incident named ("in a shooting"), not several ("killed by accidental shootings")
    named = any(t.lemma_.lower() in ROUNDUP_INCIDENTS | ONE_EVENT_NOUNS and t.tag_ != "NNS" for t in sent)
    return spans_year and not at_a_venue and not named


def describing_clause_above(token: Token, below: Token | None = None) -> Token | None:
    """The verb of the nearest relative or participle clause that holds the token ("a boy [who
    was] killed last year"), looking no higher than ``below``."""
    for above in (token, *token.ancestors):
        if above == below:
            return None
        if above.dep_ in DESCRIBING_CLAUSES and above.pos_ == "VERB":
            return above
    return None


def _dates_a_clause_above(period: Token, above: set[int]) -> bool:
    """Whether the period dates a clause the count's is part of; not a saying ("said last year that")."""
    verb = verb_of(period)
    return verb is not None and verb.i in above and verb.lemma_.lower() not in SPEECH_VERBS


def _at_a_time(prep: Token) -> bool:
    """ "at this time last year", "at that point": a time, not a venue."""
    return any(c.dep_ == "pobj" and c.lower_ in TIME_NOUNS for c in prep.children)


def _caused_by_several(hit: Hit, many: bool) -> bool:
    """Whether the verb that counts the hit has several incidents for its subject: a series ("a spate
    of gunfire left 20 people wounded") when it counts more than one, or incidents counted apart
    ("two shootings left one man dead", "three shootings that ended in the deaths of two women")."""
    verb = verb_of(hit.arg)
    if verb is None:
        return False
    verbs = conjoined_verbs(verb)
    causes = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verbs[-1].dep_ == "relcl":
        causes.append(verbs[-1].head)
    return any((many and _series_of_incidents(c)) or _incidents_counted_apart(c) for c in causes)


def _incidents_counted_apart(tok: Token) -> bool:
    """ "two shootings", "three separate attacks": more than one incident, by number."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in ROUNDUP_INCIDENTS:
        return False
    return any(c.lower_ == "separate" or (c.dep_ == "nummod" and (parse_number(c.text) or 0) > 1) for c in tok.children)


def told_of_that_place_before(hit: Hit, hits: list[Hit]) -> bool:
    """ "Four were wounded a block away from where five were wounded in a December shooting", "shot
    on the same corner where two men were killed last year": a count of what happened there
    another time, beside the sentence's own."""
    verb = verb_of(hit.arg)
    if verb is None or not any(c.lower_ == "where" for c in verb.children):
        return False
    if not _counts_outside(verb, hits):
        return False  # "the club where five were wounded in a December shooting": the story's own count
    return any(_another_time(t) for t in verb.subtree)


def told_of_another_time(hit: Hit, hits: list[Hit]) -> bool:
    """ "Four were wounded at the home of a boy killed last year", "shot outside the house of a man
    who was killed in 2015": a toll told in a clause that describes someone or something of the
    sentence, dated a year or more before, is of that other time, when the sentence counts victims of
    its own by number."""
    clause = _describing_clause(hit) if hit.field in TOLL_FIELDS else None
    if clause is None or describes_an_incident(clause):
        return False  # "a shooting that left three wounded last week": the incident itself
    # victims the sentence counts by number: "the hostage wounded last summer was shot by a deputy"
    # and "a man who was shot in 2015 died Friday" count one person twice
    others = [h for h in hits if h.counted and h.arg.i != hit.arg.i and h.field in TOLL_FIELDS]
    return _counts_outside(clause, others) and any(_years_back(t) for t in clause.subtree)


def _years_back(tok: Token) -> bool:
    """ "in 2015", "last year", "two years ago": a year or more before. A follow-up tells its own
    incident "last week" or "last summer"."""
    if _is_year_number(tok) or (tok.lower_ == "year" and _after_last(tok)):
        return True
    return tok.lower_ == "ago" and any(t.lemma_.lower() in LONG_AGO_UNITS for t in tok.subtree)


def describes_an_incident(clause: Token) -> bool:
    """Whether a relative or participle clause tells of an incident ("a shooting that left ...")."""
    return clause.head.lemma_.lower() in ROUNDUP_INCIDENTS | ONE_EVENT_NOUNS


def _describing_clause(hit: Hit) -> Token | None:
    """The verb of the relative or participle clause the hit is told in ("a boy [who was] killed
    last year"), if it is told in one."""
    own = [c for c in hit.arg.children if c.dep_ in DESCRIBING_CLAUSES and c.pos_ == "VERB" and c.idx < hit.end]
    verb = own[0] if own else verb_of(hit.arg)
    return verb if verb is not None and verb.dep_ in DESCRIBING_CLAUSES else None


def told_before_another(hit: Hit, hits: list[Hit]) -> bool:
    """ "A day after a woman was killed on Quarry Street, another woman was shot nearby": the dead of a
    clause of what happened a while before are an earlier incident's, when the sentence counts
    victims of its own."""
    verb = verb_of(hit.arg)
    mark = next((c for c in verb.children if c.lower_ in EARLIER_MARKS), None) if verb is not None else None
    if mark is None or verb.dep_ != "advcl":
        return False
    # "a day after", "24 hours after": time passed between them ("after two were shot, two more
    # were wounded" may be one spree)
    if not any(t.lemma_.lower() in GAP_UNITS for t in verb.doc[verb.left_edge.i : mark.i]):
        return False
    # victims of its own, not the suspects police arrested "two days after a clerk was killed"
    return _counts_outside(verb, [h for h in hits if h.field in TOLL_FIELDS])


def avenges_another(hit: Hit) -> bool:
    """ "The attack was revenge for the killing of a teen on Quarry Street": the dead of what
    the attack avenged are an earlier incident's."""
    return any(a.dep_ == "prep" and a.head.lemma_.lower() in AVENGING_NOUNS for a in hit.arg.ancestors)


def mourned_at_the_scene(hit: Hit, hits: list[Hit]) -> bool:
    """ "Four were wounded when someone fired into a vigil honoring a man killed last week", "two hurt
    outside the funeral of a teen who was shot": the dead a gathering mourns died before it, when the
    sentence counts victims of the gathering's own. Vigils and funerals for the story's own dead are
    far more common ("mourned the death of a man gunned down with his daughter"), so a sentence that
    counts no one else keeps them."""
    if not _mourned(hit.arg):
        return False
    return any(not _mourned(other.arg) for other in hits if other is not hit and other.field in TOLL_FIELDS)


def _mourned(person: Token) -> bool:
    for word in person.ancestors:
        if word.lemma_.lower() in MOURNING_VERBS and word.pos_ == "VERB":
            return True
        if word.dep_ == "prep" and word.lower_ in {"for", "of"} and word.head.lemma_.lower() in MOURNING_NOUNS:
            return True
    return False


def _counts_outside(verb: Token, hits: list[Hit]) -> bool:
    """Whether the sentence counts people outside the verb's clause: victims of its own."""
    clause = {t.i for t in verb.subtree}
    return any(h.arg.i not in clause for h in hits)


def conjoined_verbs(verb: Token) -> list[Token]:
    """The verb and the verbs before it that it is joined to: "killed two and wounded four" gives
    "wounded", then "killed", whose subject is the subject of both."""
    verbs = [verb]
    while verbs[-1].dep_ == "conj" and verbs[-1].head.pos_ in ("VERB", "AUX"):
        verbs.append(verbs[-1].head)
    return verbs


def _another_time(tok: Token) -> bool:
    """A month, a year or a time ago: "in a December shooting", "in 2015", "last year", "months ago"."""
    if tok.tag_ == "NNP" and tok.lower_ in MONTH_WORDS:
        return True
    if _is_year_number(tok) or (tok.lower_ in PAST_PERIODS and _after_last(tok)):
        return True
    return tok.lower_ == "ago"


def _is_year_number(tok: Token) -> bool:
    """ "in 2015": a number that is a year of the calendar."""
    return tok.like_num and len(tok.text) == 4 and tok.text.startswith(("19", "20"))


def _after_last(period: Token) -> bool:
    """ "last year", "the previous summer": the period before the present one."""
    return any(c.lower_ in ("last", "previous") for c in period.children)


def _series_of_incidents(tok: Token) -> bool:
    """ "a string of shootings", "a spate of gunfire", "the latest in a series": several incidents;
    not "a series of altercations" that led to one."""
    if tok.lemma_.lower() not in ROUNDUP_SERIES:
        return False
    things = [g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return all(t.lemma_.lower() in SERIES_INCIDENTS for t in things)


def _is_roundup_word(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if tok.lower_ in AREA_WIDE:
        return True  # "29 others were hurt in shootings citywide"
    if (tok.tag_ == "NNS" and lemma in ROUNDUP_INCIDENTS) or _series_of_incidents(tok):
        return True
    if tok.tag_ == "NNS" and lemma not in CARE_PLACES and any(c.lower_ == "separate" for c in tok.children):
        return True  # "wounded in four separate bloody scenes": several incidents
    if tok.tag_ in {"NNP", "NNPS"} and tok.lower_.endswith("s") and tok.lower_[:-1] in ROUNDUP_INCIDENTS:
        return True  # a title-case headline's "Shootings", tagged a name
    # "three are shot a week" is a rate; "shot a week ago" or "a week before the trial" is a time
    rate = tok.head.lower_ not in TIME_SHIFTS
    return lemma in ROUNDUP_PERIODS and rate and any(c.lower_ in ROUNDUP_RATE_DETS for c in tok.children)


def _is_running_total(tok: Token) -> bool:
    """ "21 adults have been shot this year": a total so far, not one shooting's toll."""
    return tok.lemma_.lower() in RUNNING_PERIODS and any(c.lower_ == "this" for c in tok.children)
