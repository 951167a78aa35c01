"""A story's toll read across its sentences, once its sentences are grouped into a mention.

One sentence rarely gives the whole toll: a story names its dead one by one ("Jon Reyes was
killed ... Ann Roe was also killed"), counts an attacker who killed himself apart from his
victims, tells of "two others" besides those it counted, or says later that a wounded victim
died. ``settle_tolls`` adds the claims those sentences make together, each quoting the sentence
where the count is complete.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Span, Token

from crosswire.extract.figures import Figure
from crosswire.extract.figures.people import is_person
from crosswire.extract.figures.words import MORE_WORDS, OFFSPRING_NOUNS, PARENT_NOUNS, SINGLE_PRONOUNS
from crosswire.extract.numbers import parse_number
from crosswire.extract.sentences import Reading
from crosswire.extract.spans import is_headline, sentence_quote
from crosswire.model import ONE_MORE, SUPERSEDED, Claim, CountValue, Mention

# The words a figure was read from (none where its offsets fall outside the sentence's document).
FigureWords = Span | tuple[()]
# "Ann Roe-Lake": the last part of a name, however it is written, stands for the person.
NAME_PARTS_RE = re.compile(r"[\s-]+")
# Words that bring in a person besides those told of before ("another", "also", "a second").
BESIDES_WORDS = MORE_WORDS | {ONE_MORE, "second", "third"}
# "a 2-year-old", "a two-year-old boy": the age a story tells a person by, in digits or words.
AGE_TOLD_RE = re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]old\b", re.I)
# The fields of a story's victims: how many were shot, and how each fared.
VICTIM_FIELDS = {"killed", "injured", "shot"}
# "one of the victims", "two of the wounded": the people of a story's count of the hurt
HURT_GROUP_NOUNS = frozenset({"victim", "wounded", "injured", "people", "person"})


def settle_tolls(mention: Mention, readings: list[Reading]) -> None:
    """Add to ``mention`` the counts its sentences ``readings`` tell together."""
    _dead_told_one_by_one(mention)
    _attacker_dead_besides(mention, readings)
    _parent_besides_the_young(mention, readings)
    _others_besides(mention, readings)
    _wounded_who_died(mention, readings)
    _some_of_the_wounded_died(mention, readings)


def _dead_told_one_by_one(mention: Mention) -> None:
    """ "Jon Reyes was shot and killed ..." and later "Ann Roe was also killed": a story that names its
    dead one by one and counts none of them tells of as many as it named, each "also" one more.

    The claim quotes the last "also" sentence, where the count is complete, and says how it was read.
    """
    killed = [c for c in mention.claims_for("killed") if not c.value.is_superseded]
    more = [c for c in killed if c.value.qualifier == ONE_MORE]
    if not more or any(c.value.counted for c in killed):
        return
    if not any(c.value.qualifier != ONE_MORE and c.start < more[0].start for c in killed):
        return  # "also" with no one told of before: one more than those of another story
    n = 1 + len({c.start for c in more})
    last = max(more, key=lambda c: c.start)
    value = CountValue(n, n, n, f"{n} told of one by one", counted=False)
    mention.claims.append(Claim("killed", value, last.quote, last.start, last.end, mention.doc_id, last.speaker))


def _attacker_dead_besides(mention: Mention, readings: list[Reading]) -> None:
    """ "The gunman killed three officers" and later "the gunman was killed by police": the one who
    opened fire is one more dead than the victims he killed, when no count of the story has him.

    The claim quotes the sentence of the attacker's death and says how it was read.
    """
    victims = [f for r in readings for f in r.figures if f.role == "victims" and f.value.is_exact]
    deaths = [r for r in readings if any(f.role == "attacker" for f in r.figures)]
    if not victims or not deaths:
        return
    most = max(victims, key=lambda f: f.value.low)
    n = most.value.low
    if any(c.value.low > n for c in mention.claims_for("killed")):
        return  # a count of the story already takes in more than the victims
    reading = deaths[0]
    quote, start, end = sentence_quote(reading.sent)
    value = CountValue(n + 1, n + 1, n + 1, f"{n} killed and the attacker", counted=most.value.counted)
    mention.claims.append(Claim("killed", value, quote, start, end, mention.doc_id, reading.speaker))


def _parent_besides_the_young(mention: Mention, readings: list[Reading]) -> None:
    """ "Both boys, Tom and Ann Reyes's sons, died of their wounds." and then "Their mother died
    at the hospital.": a parent and the young, told dead in sentences of their
    own, are one more dead than the young, when no count of the story takes them all in.

    The claim quotes the parent's sentence and says how it was read.
    """
    young = [(r, f) for r in readings for f in r.figures if _dead_kin(r, f, OFFSPRING_NOUNS) and f.value.counted]
    parents = [r for r in readings for f in r.figures if _dead_kin(r, f, PARENT_NOUNS) and _one_told_of(f)]
    if not young or not parents:
        return
    told, most = max(young, key=lambda pair: pair[1].value.low)
    reading = next((r for r in parents if r.sent.start != told.sent.start), None)
    n = most.value.low + 1
    if reading is None or any(c.value.low >= n for c in mention.claims_for("killed")):
        return
    quote, start, end = sentence_quote(reading.sent)
    value = CountValue(n, n, n, f"{most.value.low} of the young and a parent", counted=True)
    mention.claims.append(Claim("killed", value, quote, start, end, mention.doc_id, reading.speaker))


def _one_told_of(figure: Figure) -> bool:
    """One person told of ("their father"), not a number written out."""
    return figure.value.low == 1 and not figure.value.counted


def _dead_kin(reading: Reading, figure: Figure, kin: set[str]) -> bool:
    """Whether an exact count of the dead is of ``kin`` alone: "the two children", not "a man and
    his two children"."""
    if figure.field != "killed" or not figure.value.is_exact or figure.value.is_superseded:
        return False
    people = {t.lemma_.lower() for t in _figure_words(reading, figure) if is_person(t)}
    return bool(people) and people <= kin


def _others_besides(mention: Mention, readings: list[Reading]) -> None:
    """ "Two victims were hospitalized." and then "Three others were treated for wounds at the scene.": the
    others are wounded besides those of the sentence before; together they are the story's count.

    The claim quotes the sentence of the others and says how it was read.
    """
    for before, after in pairwise(readings):
        if not _next_sentence(before.sent, after.sent) or is_headline(before.sent):
            continue
        if any(f.field == "killed" for f in before.figures):
            continue  # "Of the six shot, one died." then "Five others ...": others than the dead
        others = next((f for f in after.figures if f.field == "injured" and f.others and f.value.is_exact), None)
        told = next((f for f in before.figures if _counted_wounded(f)), None)
        if others is None or told is None or _rest_of_a_group(_figure_words(after, others)):
            continue
        n = told.value.low + others.value.low
        if any(c.value.low >= n for c in mention.claims_for("injured")):
            continue  # a count of the story already takes them all in
        quote, start, end = sentence_quote(after.sent)
        value = CountValue(n, n, n, f"{told.value.low} and {others.value.low} others", counted=True)
        mention.claims.append(Claim("injured", value, quote, start, end, mention.doc_id, after.speaker))


def _rest_of_a_group(words: FigureWords) -> bool:
    """ "the other four": the rest of a group the story has counted, not people besides it."""
    nouns = {t.head if t.dep_ in ("nummod", "amod", "det") else t for t in words}
    marks = [{(c.dep_, c.lower_) for c in noun.children} for noun in nouns]
    return any(("amod", "other") in told and ("det", "the") in told for told in marks)


def _wounded_who_died(mention: Mention, readings: list[Reading]) -> None:
    """ "Reyes was listed in critical condition at Elm County Medical Center." and "Jon Reyes
    died Sunday": a story of one victim, told wounded before being told dead, tells of one dead
    and none wounded.

    Every casualty the story tells of is one person, and one of them died, not the one who opened
    fire. The wounded claims stay, as what the report said before; a claim of none wounded quotes
    the death.
    """
    told = [(r, f) for r in readings for f in r.figures if f.field in VICTIM_FIELDS]
    deaths = [(r, f) for r, f in told if f.field == "killed" and not f.value.is_superseded]
    wounded = [f for _, f in told if f.field == "injured"]
    if not deaths or not wounded or not all(_one_told_of(f) and f.role != "attacker" for _, f in told):
        return
    words = {id(f): _figure_words(r, f) for r, f in told}
    if not _one_victim(told, words, readings) or not _wounded_told_again(wounded, told, words):
        return
    mention.claims = [
        _as_died_since(c) if c.field == "injured" and isinstance(c.value, CountValue) else c for c in mention.claims
    ]
    reading = min(deaths, key=lambda pair: pair[0].start)[0]
    quote, start, end = sentence_quote(reading.sent)
    # the story's whole count of the wounded, none left, not one victim told of: a later report
    # of it outranks an earlier count, as a count would
    value = CountValue(0, 0, 0, "the one wounded died", counted=True)
    mention.claims.append(Claim("injured", value, quote, start, end, mention.doc_id, reading.speaker))


def _some_of_the_wounded_died(mention: Mention, readings: list[Reading]) -> None:
    """ "Gunfire left four people wounded." and then "One of them later died.": the dead are some
    of the wounded the story counted last, so the wounded are fewer by them.

    The count before stays, superseded; the claim of the rest quotes the sentence of the death and
    says how it was read.
    """
    told = [r for r in readings if any(f.field in VICTIM_FIELDS for f in r.figures)]
    for before, after in pairwise(told):
        died = next((f for f in after.figures if f.field == "killed" and _part_told_before(after, f)), None)
        wounded = [f for f in before.figures if f.field in VICTIM_FIELDS]
        if died is None or len(wounded) != 1 or not _counted_wounded(wounded[0]):
            continue
        n = wounded[0].value.low - died.value.low
        if n < 0:
            continue
        _, told_at, _ = sentence_quote(before.sent)
        qualifier = f"{SUPERSEDED}: {died.value.low} of them died"
        mention.claims = [
            replace(c, value=replace(c.value, qualifier=qualifier)) if _counts_there(c, "injured", told_at) else c
            for c in mention.claims
        ]
        quote, start, end = sentence_quote(after.sent)
        how = f"{wounded[0].value.low} wounded, {died.value.low} of them since dead"
        value = CountValue(n, n, n, how, counted=True)
        mention.claims.append(Claim("injured", value, quote, start, end, mention.doc_id, after.speaker))


def _part_told_before(reading: Reading, figure: Figure) -> bool:
    """ "One of them later died", "two of the wounded have died": an exact count of some of the
    people the story told of before."""
    if not figure.value.is_exact or figure.value.is_superseded:
        return False
    words = _figure_words(reading, figure)
    return any(t.lower_ == "of" and any(_back_to_the_hurt(o) for o in t.children if o.dep_ == "pobj") for t in words)


def _back_to_the_hurt(noun: Token) -> bool:
    if noun.lower_ in {"them", "those"}:
        return True
    return bool({noun.lower_, noun.lemma_.lower()} & HURT_GROUP_NOUNS) and any(c.lower_ == "the" for c in noun.children)


def _counts_there(claim: Claim, field: str, start: int) -> bool:
    """Whether the claim is a live count of ``field`` told in the sentence that starts at ``start``."""
    value = claim.value
    return claim.field == field and claim.start == start and isinstance(value, CountValue) and not value.is_superseded


def _as_died_since(claim: Claim) -> Claim:
    """A wounded claim the story's death has overtaken, still saying what it said ("at least"); one
    the report had already moved on from keeps its own word for why."""
    if claim.value.is_superseded:
        return claim
    said = claim.value.qualifier
    qualifier = f"{said}; {SUPERSEDED}: the one wounded died" if said else f"{SUPERSEDED}: the one wounded died"
    return replace(claim, value=replace(claim.value, qualifier=qualifier))


def _one_victim(told: list[tuple[Reading, Figure]], words: dict[int, FigureWords], readings: list[Reading]) -> bool:
    """Whether the casualty figures, and the people the story is about ("Jon Reyes, 30,"), name
    one person at most, and their pronouns are of one: "Jon Reyes died; Mara Quinn is in critical
    condition" tells of two."""
    # a Title Case headline's words read as names ("Elmvale Boy, 9, Dies"): the body's names count
    body = [words[id(f)] for r, f in told if words[id(f)] and r.start > 0]
    names = {e.text for w in body for e in w.ents if e.label_ == "PERSON"}
    names |= {name for r in readings if r.start > 0 for name in r.people}
    surnames = {NAME_PARTS_RE.split(name)[-1].lower() for name in names}
    pronouns = {t.lower_ for w in words.values() for t in w if t.lower_ in SINGLE_PRONOUNS}
    return len(surnames) <= 1 and len(pronouns) <= 1


def _wounded_told_again(
    wounded: list[Figure], told: list[tuple[Reading, Figure]], words: dict[int, FigureWords]
) -> bool:
    """Whether each wounded figure tells again of the victim told shot or dead: referred back to
    ("she", "the child", a name the story gives them), never one who will live ("in good condition")."""
    shot_or_dead = {t.lower_ for _, f in told if f.field != "injured" for t in words[id(f)]}
    # the age of each one told dead alone ("a 15 year old is killed and a 19 year old is wounded"
    # tells two ages: neither is the dead's for sure)
    ages_of_the_dead = {
        age for _, f in told if f.field == "killed" and len(ages := _ages_told(words[id(f)])) == 1 for age in ages
    }
    for figure in wounded:
        if figure.value.survives:
            return False
        if _told_by_the_age_of(words[id(figure)], ages_of_the_dead):
            continue  # "treating a three-year-old for gunshot wounds" after "a 3-year-old died"
        person = _referred_back(words[id(figure)])
        if person is None or (_named(person) and person.lower_ not in shot_or_dead):
            return False
    return True


def _told_by_the_age_of(words: FigureWords, ages: set[int]) -> bool:
    """Whether the words tell of one person by an age the dead were told by, and of no one besides
    ("another 15-year-old was also shot" is someone else)."""
    told = _ages_told(words)
    return len(told) == 1 and told <= ages and not any(t.lower_ in BESIDES_WORDS for t in words)


def _ages_told(words: FigureWords) -> set[int]:
    """The ages the words tell people by ("a two-year-old", "the 15-year-old boy")."""
    text = "".join(t.text_with_ws for t in words)
    return {age for m in AGE_TOLD_RE.finditer(text) if (age := parse_number(m.group(1))) is not None}


def _figure_words(reading: Reading, figure: Figure) -> FigureWords:
    """The words a figure was read from, each token that its characters touch."""
    return reading.sent.doc.char_span(figure.start, figure.end, alignment_mode="expand") or ()


def _referred_back(words: FigureWords) -> Token | None:
    """The person a figure tells of, when told of before ("she", "Reyes", "the child"), not
    brought in anew ("a woman", "another victim", "the other man", "his brother"), else None."""
    if any(t.lower_ == ONE_MORE for t in words):
        return None  # "she was also shot": one more
    people = (t for t in words if (t.lower_ in SINGLE_PRONOUNS or is_person(t) or _named(t)) and not _doer_or_owner(t))
    person = next(people, None)
    if person is None or person.lower_ in SINGLE_PRONOUNS or _named(person):
        return person
    marks = {c.lower_ for c in person.children if c.dep_ in {"det", "amod", "poss"}}
    return person if marks == {"the"} else None


def _doer_or_owner(token: Token) -> bool:
    """ "Two gunmen wounded Ann Roe's uncle": the ones who did it, and the one whose kin was hurt,
    are not the wounded."""
    doer = token.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in token.head.children)
    return doer or token.dep_ == "poss"


def _named(token: Token) -> bool:
    return token.ent_type_ == "PERSON" and token.pos_ == "PROPN"


def _counted_wounded(figure: Figure) -> bool:
    """A number of wounded written out ("two victims"), not one person told of ("another victim")."""
    return figure.field == "injured" and not figure.others and figure.value.is_exact and figure.value.counted


def _next_sentence(first: Span, second: Span) -> bool:
    return all(t.is_space for t in first.doc[first.end : second.start])
