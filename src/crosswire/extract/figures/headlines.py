"""Figures a headline gives in its own shorthand: "2 dead, 3 hurt", lists of victims, a group and its fate."""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosswire.extract.figures.fates import (
    counterfactual,
    fired_at,
    in_care_phrase,
    intended,
    is_negated,
    other_cause,
)
from crosswire.extract.figures.hit import Hit, add_counts
from crosswire.extract.figures.hits import condition_subset, is_not_count
from crosswire.extract.figures.people import is_age_noun, is_person
from crosswire.extract.figures.scope import is_roundup
from crosswire.extract.figures.words import (
    AGE_UNITS,
    ATTESTING_WORDS,
    ATTRIBUTION_WORDS,
    CASUALTY_FIELDS,
    GRADE_NOUNS,
    GROUP_NOUNS,
    HEADLINE_SHOOTS,
    HEADLINE_STATES,
    HEADLINE_WOUNDS,
    KILL_FORMS,
    LEGAL_STEPS,
    LIST_JOINS,
    NOUN_MODIFIER_POS,
    OTHER_CAUSES,
    PERSON_NOUNS,
    PLURAL_PEOPLE,
    REFLEXIVE_OBJECTS,
    TOLL_FIELDS,
)
from crosswire.extract.numbers import parse_quantity
from crosswire.extract.spans import is_headline, sentence_ents
from crosswire.model import CountValue


def with_headline_hits(sent: Span, hits: list[Hit]) -> list[Hit]:
    """The hits, with those of headline grammar the parser misreads as nouns: "Eight shot in
    overnight melee", "4-year-old shot by brother", "Boy, 3, wounded in shooting", "Boy stable
    after shooting"."""
    if not is_headline(sent):
        return hits
    # "Teen dead after double shooting": the state may add what the other figures leave out
    told = {h.field for h in hits if h.field in CASUALTY_FIELDS}
    for tok in sent:
        care = in_care_phrase(tok)
        field = _headline_state(sent, tok, care)
        if field is None or fired_at(tok):
            continue
        # "6-year-old fatally shot", "Teen critically injured": the person stands before the adverb
        manner = tok.nbor(-1) if tok.i > sent.start and tok.nbor(-1).tag_ == "RB" else None
        if manner is not None and manner.lower_ == "fatally" and field == "injured":
            field = "killed"
        state = tok if manner is None else manner
        group = _headline_group(sent, state) if state.i > sent.start else None
        # "3 killed, 2 in critical condition": the wounded beside the dead
        beside_dead = care and told <= {"killed"}
        # "3 Men, 1 Woman Injured": the list says more than the one group the parse counted
        if told and field != "killed" and not beside_dead and (group is None or field not in told):
            continue
        if group is not None and field in told and not _lists_more(group[0], field, hits):
            continue
        if group is not None:
            value, first = group
            # "Two men in critical condition": those whose condition is told, of all the hurt
            value = condition_subset(value) if care and first.like_num else value
            weak = field == "injured" and tok.lower_ in {"shot", "stabbed"}
            single = not first.like_num
            hit = Hit(field, value, first, first.idx, tok.idx + len(tok), single=single, weak=weak, counted=not single)
            # "Father, daughter found dead": the parse saw one of the people the headline lists
            kept = [h for h in hits if h.field != field]
            return [*kept, hit, *_headline_fatally(tok, hit)]
    return hits


def with_listed_subjects(sent: Span, hits: list[Hit]) -> list[Hit]:
    """ "Boy, girl walk into hospital with gunshot wounds": the parser takes the first of a
    headline's listed subjects for an interjection and reads the last alone; each listed before it
    is one more, where the list opens the headline and the parse found none of them."""
    if not is_headline(sent):
        return hits
    return [_with_subjects_before(sent, h, hits) for h in hits]


def _with_subjects_before(sent: Span, hit: Hit, hits: list[Hit]) -> Hit:
    person = hit.arg
    if not hit.single or hit.field not in CASUALTY_FIELDS or person.dep_ not in {"nsubj", "nsubjpass"}:
        return hit
    group = _person_group(sent, person)
    if group is None:
        return hit
    value, first = _with_people_listed_before(sent, *group)
    opens = first.i == sent.start or first.nbor(-1).text == ":"
    if value.low <= group[0].low or not opens or any(first.i <= h.arg.i < person.i for h in hits):
        return hit
    return Hit(hit.field, value, first, first.idx, hit.end, weak=hit.weak, counted=True)


def headline_subject_fate(sent: Span, hits: list[Hit]) -> list[Hit]:
    """ "12-year-old girl riding bike on Birch Lane killed in shooting", "Teen shot near the
    campus dies", "5-year-old playing with rifle shot and killed": the one person a headline opens
    with, a phrase about what they were doing, then their death. The parser seldom ties a death
    word that far back to its person; the phrase between must name no one else and no count."""
    if not is_headline(sent) or any(h.field == "killed" for h in hits):
        return hits
    opening = _opening_person(sent)
    if opening is None:
        return hits
    first, last = opening
    for tok in sent.doc[last.i + 1 : sent.end]:
        if _fate(tok) == "killed":
            break
        if not _about_the_person(tok):
            return hits
    else:
        return hits
    if intended(tok) or counterfactual(tok) or is_negated(tok) or other_cause("killed", tok):
        return hits
    # "Teen shot near the campus dies": the one shot is the one who died, no wounded besides
    kept = [h for h in hits if not first.i <= h.arg.i <= last.i]
    return [*kept, Hit("killed", CountValue(1, 1, 1, None), first, first.idx, tok.idx + len(tok), single=True)]


def _opening_person(sent: Span) -> tuple[Token, Token] | None:
    """The first and last word of the one person a headline opens with ("12-year-old girl",
    "Teen", "Elmvale High student"), after an attribution ("Sheriff: ")."""
    start = sent.start
    colon = next((t for t in sent[:ATTRIBUTION_WORDS] if t.text == ":"), None)
    if colon is not None:
        start = colon.i + 1
    end = start
    while end < sent.end and _in_person_phrase(sent.doc[end]):
        end += 1
    if end == start:
        return None
    first, last = sent.doc[start], sent.doc[end - 1]
    if any(t.like_num and not _is_age_number(t) for t in sent.doc[start:end]):
        return None  # "3 teens walking home shot": a count is the other readers' to take
    if _age_word(last):
        return first, last
    if not is_person(last) or last.lower_ in GROUP_NOUNS | PLURAL_PEOPLE or last.tag_ in {"NNS", "NNPS"}:
        return None
    return first, last


def _in_person_phrase(tok: Token) -> bool:
    """A word of a headline's opening noun phrase: not yet the participle or state after it
    (which the parser may tag a noun: "5-year-old playing with rifle", "Teen shot near")."""
    if tok.lower_ in HEADLINE_STATES or tok.tag_ in {"VBG", "VBN", "VBD", "VBZ"} or tok.lower_.endswith("ing"):
        return False
    # the parser takes a headline's opening "Boy" for an interjection
    return tok.pos_ in NOUN_MODIFIER_POS or tok.text == "-" or tok.like_num or (tok.pos_ == "INTJ" and is_person(tok))


def _age_word(tok: Token) -> bool:
    """The "old" of an age written out ("6-year-old", "Two-Year-Old"), however it was tagged."""
    doc = tok.doc
    if tok.lower_ != "old" or tok.i < 2 or doc[tok.i - 1].text != "-":
        return False
    return doc[tok.i - 2].lower_.rstrip("s") in AGE_UNITS


def _fate(tok: Token) -> str | None:
    """The field a headline's state word tells ("dies", "killed", "shot dead"), "fatally shot" a death."""
    before = tok.nbor(-1).lower_ if tok.i > 0 else ""
    if tok.lower_ == "shot" and before == "fatally":
        return "killed"  # "fatally shoots uncle" is the one who fired
    if before == "for":
        return None  # "left for dead": alive
    return HEADLINE_STATES.get(tok.lower_)


def _about_the_person(tok: Token) -> bool:
    """A word of the phrase between a headline's person and their death: what they were doing or
    where ("riding bike on Birch Lane", "shot near the campus", "left at the clinic, then"), naming no
    one else, no count and no legal step ("arrested in shooting")."""
    if is_person(tok) or _age_word(tok) or tok.text in {";", ":"}:
        return False
    if tok.like_num or tok.lower_ in KILL_FORMS or tok.lemma_.lower() in LEGAL_STEPS | OTHER_CAUSES:
        return False  # "Man hurt in crash dies": no attack's toll
    return not (tok.ent_type_ == "PERSON")


def _headline_state(sent: Span, tok: Token, care: bool) -> str | None:
    """The field a headline's word states of the people before it: "Shot", "Dead", "Shot to Death",
    "in critical condition" (``care``: the word opens such a phrase)."""
    if care:
        # the cause the parse hangs on the headline's first word: "Man, woman in critical condition after crash"
        caused_otherwise = other_cause("injured", tok.head) or other_cause("injured", sent.root)
        return None if caused_otherwise else "injured"
    field = HEADLINE_STATES.get(tok.lower_)
    if field == "injured" and _headline_outcome(sent, tok) == "killed":
        return "killed"  # "Teen Shot Dead", "Boy shot and killed", "Teen shot, killed"
    return field


def _headline_outcome(sent: Span, tok: Token) -> str | None:
    """The state a headline gives right after "shot": "Shot Dead", "shot and killed", "shot, killed",
    "Shot to Death"."""
    after = list(sent[tok.i + 1 - sent.start : tok.i + 3 - sent.start])
    if [t.lower_ for t in after] == ["to", "death"]:
        return "killed"
    if after and after[0].lower_ in {"and", ","}:
        after = after[1:]
    return HEADLINE_STATES.get(after[0].lower_) if after else None


def headline_act_lists(sent: Span, hits: list[Hit]) -> list[Hit]:
    """ "Man kills woman, her son, himself", "Gunman kills 3 bandmates, self", "killing 2, then
    himself", "Toddler shoots mother", "Shooting wounds four": the people a headline's verb lists,
    however the parser reads the list (it seldom reads a headline's commas as a list, and often
    takes "shoots" or "wounds" for a noun)."""
    if not is_headline(sent):
        return hits
    # one person alone is the parser's to read, unless it read no one hit at all
    alone = not any(h.field in TOLL_FIELDS for h in hits)
    for tok in sent:
        field = _headline_act(tok)
        if field is None or intended(tok) or counterfactual(tok) or is_negated(tok) or other_cause(field, tok):
            continue  # "Freight train kills woman"
        listed = _listed_people(sent, tok.i + 1, alone=alone)
        if listed is None:
            continue
        value, last = listed
        if not _lists_more(value, field, hits):
            continue
        # "killed family, self": a family listed tells no number
        grouped = any(t.lemma_.lower() in GROUP_NOUNS for t in sent.doc[tok.i : last.i + 1])
        hit = Hit(field, value, tok, tok.idx, last.idx + len(last), counted=value.low > 1 and not grouped)
        if not is_roundup(sent, hit):
            # "Man shoots self after killing wife, 2 young children": each verb its own list
            hits = [h for h in hits if h.field != field] + [hit]
    return hits


def _headline_act(tok: Token) -> str | None:
    """The field a headline's verb gives its objects: "kills" the dead, "fatally shoots" too,
    "shoots" the shot, "wounds" and "injures" the wounded."""
    if tok.lower_ in KILL_FORMS:
        return "killed"
    fatally = tok.i > 0 and tok.nbor(-1).lower_ == "fatally"
    if tok.lower_ in HEADLINE_SHOOTS:
        return "killed" if fatally else "shot"
    return "injured" if tok.lower_ in HEADLINE_WOUNDS else None


def _listed_people(sent: Span, i: int, *, alone: bool = False) -> tuple[CountValue, Token] | None:
    """The people listed from token ``i`` on ("woman, her son, himself", "3 bandmates, self"),
    up to the first word that is neither a person nor a list's joint; None unless two or more
    are listed, the one listed is the killer himself ("Kills Himself") or ``alone`` lets one do."""
    counts: list[tuple[int, Token]] = []
    while i < sent.end:
        tok = sent.doc[i]
        if counts and (tok.lower_ in LIST_JOINS or tok.lower_ == "then"):
            i += 1
            continue
        if counts and _age_after_comma(sent, i):
            i += 1  # "Shooting Wounds Boy, 16": the boy's age, not sixteen more
            continue
        item = _list_item(sent, i)
        if item is None:
            break
        n, i = item
        counts.append((n, sent.doc[i - 1]))
    following = sent.doc[i] if i < sent.end else None
    if following is not None and following.lower_ in HEADLINE_STATES:
        return None  # "1 killed, 2 women hurt": the people after the comma are another state's
    if len(counts) > 1 and _opens_a_clause(counts[-1][1], following):
        counts.pop()  # "shoots himself, father charged": the last one listed opens another clause
    if not counts:
        return None
    total, items, last = sum(n for n, _ in counts), len(counts), counts[-1][1]
    if items == 1 and last.lower_ not in REFLEXIVE_OBJECTS and not alone:
        return None  # one person alone is the parser's to read: a list is what it misses
    return CountValue(total, total, total, None), last


# Tags of a verb that opens a clause of its own after a headline's list: "father charged".
CLAUSE_VERB_TAGS = frozenset({"VBN", "VBD", "VBZ"})


def _opens_a_clause(last: Token, following: Token | None) -> bool:
    """Whether the list's last person is the subject of the verb right after it ("father charged");
    a reflexive never is ("kills daughter, himself Posted ...")."""
    if following is None or following.i != last.i + 1 or following.tag_ not in CLAUSE_VERB_TAGS:
        return False
    return last.lower_ not in REFLEXIVE_OBJECTS


def _age_after_comma(sent: Span, i: int) -> bool:
    """ "Boy, 16,": a number set off by a comma after a person is the person's age."""
    doc = sent.doc
    if i - 2 < sent.start or doc[i - 1].text != "," or not doc[i].like_num:
        return False
    after = doc[i + 1] if i + 1 < sent.end else None
    person = is_person(doc[i - 2]) or doc[i - 2].ent_type_ == "PERSON"
    return person and (after is None or after.is_punct or after.is_space)


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
        if i == sent.end or doc[i].lower_ in LIST_JOINS or doc[i].is_space or doc[i].text in {".", ":"}:
            return count, i  # "killing 2, then himself", "Shooting wounds four"
    # the whole phrase is one item: "14-year-old friend", "four family members"
    j, person, counted = i, None, doc[i - 1].like_num
    while j < sent.end and (_phrase_word(doc[j]) or doc[j].tag_ == "POS"):
        if doc[j].tag_ == "POS":
            person = None  # "ex-girlfriend's teen daughters": the one after the possessive is listed
        elif is_person(doc[j]) or is_age_noun(doc[j]):
            person = doc[j]
        j += 1
    if person is None or (not counted and (person.tag_ in {"NNS", "NNPS"} or person.lower_ in PLURAL_PEOPLE)):
        return None  # "kids killing kids": people not counted
    return count, j


def _phrase_word(tok: Token) -> bool:
    """A word of a listed person's phrase: a modifier or noun, a hyphen, a number."""
    return tok.pos_ in NOUN_MODIFIER_POS or tok.text == "-" or tok.like_num


def _is_age_number(tok: Token) -> bool:
    """The number of an age ("4-year-old"), not a count."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lemma_.lower() in AGE_UNITS


def _lists_more(value: CountValue, field: str, hits: list[Hit]) -> bool:
    """Whether a headline's list of people ("Father, daughter") counts more than the parse found."""
    found = [h.value for h in hits if h.field == field]
    return value.is_exact and all(v.is_exact and v.low < value.low for v in found)


def _headline_fatally(state: Token, hit: Hit) -> list[Hit]:
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
        return [Hit("killed", dead, c, c.idx, end, counted=True)]
    return []


def _headline_group(sent: Span, state: Token) -> tuple[CountValue, Token] | None:
    """Who a headline's state word is about: the count, age or person word right before it."""
    before = sent.doc[state.i - 1]
    if before.lower_ in ATTESTING_WORDS and before.i > sent.start:
        before = before.nbor(-1)  # "Two Confirmed Dead"
    number = sent.doc[before.i : before.i + 1]
    if before.like_num and not is_not_count(sent, number, before.idx, before.idx + len(before)):
        if before.lower_ == "one" and before.i > sent.start and before.nbor(-1).lower_ == "no":
            return CountValue(0, 0, 0, None), before  # "No one hurt in Elmvale shooting"
        value = parse_quantity(before.text)
        return (value, before) if value is not None and value.low > 0 else None
    if is_age_noun(before):
        return CountValue(1, 1, 1, None), before.left_edge
    # "Boy, 3, wounded": the age set off by commas after the person
    if before.text == "," and state.i - 4 >= sent.start and sent.doc[state.i - 3].text == ",":
        before = sent.doc[state.i - 4] if sent.doc[state.i - 2].like_num else before
    group = _person_group(sent, before)
    return None if group is None else _with_people_listed_before(sent, *group)


def _with_people_listed_before(sent: Span, value: CountValue, first: Token) -> tuple[CountValue, Token]:
    """ "8-Year-Old Boy, Woman Shot", "Father And Daughter Wounded": each person listed before the
    group is one more."""
    while first.i - 2 >= sent.start and first.nbor(-1).lower_ in LIST_JOINS:
        other = _person_group(sent, _past_the_age(sent, first.nbor(-2)))
        if other is None:
            break
        value, first = add_counts(value, other[0]), other[1]
    return value, first


def _past_the_age(sent: Span, tok: Token) -> Token:
    """ "Boy, 2, man in critical condition": the person before an age set off by commas."""
    if tok.like_num and tok.i - 2 >= sent.start and tok.nbor(-1).text == "," and is_person(tok.nbor(-2)):
        return tok.nbor(-2)
    return tok


def _person_group(sent: Span, noun: Token) -> tuple[CountValue, Token] | None:
    """The people a headline noun names: "Teen" is one, "4 Teen Girls" four, "Girls" unknown,
    "Jon Reyes" one."""
    name = _headline_name(sent, noun)
    if name is not None:
        return CountValue(1, 1, 1, None), name
    if not is_person(noun) or noun.lower_ in GROUP_NOUNS:
        return None
    counted = _number_before(sent, noun)
    if counted is not None:
        # "Five People Shot in Elmvale", "4 Teen Girls Shot": the number before the people counts them
        value = parse_quantity(counted.text)
        return (value, counted) if value is not None and value.low > 0 else None
    if noun.lower_.endswith("s") or noun.lower_ in PLURAL_PEOPLE:
        return None
    return CountValue(1, 1, 1, None), _phrase_first(sent, noun)


def _headline_name(sent: Span, last: Token) -> Token | None:
    """The first word of a person's name ending at ``last`` ("Jon Reyes Killed In Shooting"): a
    PERSON, or two capitalised proper nouns no place or organisation, however the tagger read them
    (it may take the state word into the name: "Reyes Dead")."""
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


def _names_a_grade(rank: Token, noun: Token) -> bool:
    return rank.i + 1 == noun.i and noun.lemma_.lower() in GRADE_NOUNS and parse_quantity(rank.text) is None


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
    """The number that opens the noun's phrase, over up to two modifiers ("4 Teen Girls")."""
    for i in range(noun.i - 1, max(sent.start, noun.i - 3) - 1, -1):
        tok = sent.doc[i]
        if tok.like_num and _names_a_grade(tok, noun):
            continue  # "Eighth grader" is one pupil ("Sixth child dies" ranks the dead: no count of one)
        if tok.like_num:
            # "7 year old girl": an age, not a count
            return None if tok.nbor(1).lemma_.lower() in AGE_UNITS else tok
        if tok.pos_ not in NOUN_MODIFIER_POS:
            return None
    return None
