"""The quantities of a sentence that count victims or suspects: numbers, articles, named persons, deaths of."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from crosswire.extract.figures.fates import (
    among_the_hurt,
    count_joined_to_a_day,
    counts_a_time,
    elliptic_passive,
    fields_from_head,
    fields_of,
    headline_subject_in_care,
    in_condition,
    is_negated,
    is_open_question,
    is_recovery,
    is_weak,
    left_in_state,
    lives_taken,
    not_saved,
    other_cause,
    own_life,
    reflexive_fields,
    severe,
    told_also,
    unrealised,
    verb_fields,
    wounds_taken,
)
from crosswire.extract.figures.hit import Hit
from crosswire.extract.figures.people import (
    conj_root,
    group_size,
    headline_noun_person,
    headline_person,
    is_age_noun,
    is_one_noun_person,
    is_one_person,
    is_person,
    is_single_person,
    listed_after,
    listed_after_comma,
    number_on,
    word_before,
)
from crosswire.extract.figures.scope import conjoined_verbs
from crosswire.extract.figures.words import (
    ADDED_WORDS,
    AGE_AFTER_RE,
    AGE_BEFORE,
    AGE_LIST_JOINS,
    CASUALTY_FIELDS,
    CLOCK_WORDS,
    COUNTERFACTUAL_MODALS,
    DEATH_NOUNS,
    DIAL_VERBS,
    FATAL_NOUNS,
    FATAL_WORDS,
    FINITE_TAGS,
    GROUP_NOUNS,
    GUNFIRE_WORDS,
    KILLING_NOUNS,
    LIFE_OWNERS,
    LIFE_TAKING_VERBS,
    MISREAD_VERBS,
    MORE_WORDS,
    MULTIPLE_NOUNS,
    MULTIPLES,
    NEARLY_WORDS,
    NEVER_A_PERSON,
    NOT_COUNT_ENTS,
    OBJECT_PRONOUNS,
    ORDINALS,
    OTHERS_WORDS,
    PARENT_NOUNS,
    PERSON_NOUNS,
    RECOVERY_VERBS,
    REFLEXIVES,
    RELATIVE_PRONOUNS,
    SEVERITY_ADVERBS,
    SHOT_WORDS,
    SINGLE_PRONOUNS,
    SPANS_OF_YEARS,
    STATE_FIELDS,
    STRIKE_VERBS,
    SUBJECTS,
    SURVIVOR_WORDS,
    TALLY_NOUNS,
    UNREALISED_KILLING,
    UNREALISED_MODALS,
    WEAK_VERBS,
    WOUND_WORDS,
    ZERO_NOUNS,
    ZERO_PRONOUNS,
)
from crosswire.extract.numbers import value_of
from crosswire.extract.spans import doc_text, is_headline, semicolon_between, sentence_of, verb_of
from crosswire.model import CountValue

# Where a headline puts a person noun it drops the article of ("Accidental shooting kills turkey hunter").
BARE_HEADLINE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Where a bare count stands for the people it counts: "six were shot", "kills six and himself".
BARE_COUNT_DEPS = SUBJECTS | {"dobj"}
# "were both killed": a "both" the parser hangs on the verb counts the verb's subject
FLOATING_DEPS = {"dep", "advmod"}
GROUP_PRONOUNS = {"them", "us"}
# "two of them", "one of those": some of the people told of before
BACK_PRONOUNS = frozenset({"them", "those", "whom"})
# "both critically", "neither seriously", "some seriously": words that take a part, or all, of a
# group told before
PART_WORDS = frozenset({"both", "neither", "none", "all", "each", "some", "several", "many", "most", "few"})
# How far up from a victim's verb the one who fired is looked for ("accused of shooting ...").
SUBJECT_CLIMB = 3


def hits_for_match(sent: Span, match: re.Match) -> list[Hit]:
    """The hits of one quantity the sentence writes ("three", "at least 12", "dozens")."""
    value = value_of(match)
    start, end = sent.start_char + match.start(), sent.start_char + match.end()
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if value is None or span is None or is_not_count(sent, span, start, end):
        return []
    anchor = span[-1]
    if span.text.lower().startswith(("one ", "one")) and anchor.i > 0 and anchor.nbor(-1).lower_ == "no":
        return []  # "no one" is read by zero_hits
    arg, noun = _argument(anchor)
    part_of = part_of_a_count(anchor)
    part_fields = fields_from_head(part_of) if part_of is not None else []
    if part_fields:
        # "One of three people shot Sunday has died": the part is what the noun's own verb says
        return [
            Hit(field, value, anchor, min(start, word.idx), max(end, word.idx + len(word)), counted=True)
            for field, word in part_fields
        ]
    # "Early morning shooting wounds four": the count is the verb's object, not its noun; so is
    # one the parser hangs on a verb it took for a noun before it ("Shooting Kills Three")
    misread = noun if noun is not None else anchor.head
    if misread.lower_ in MISREAD_VERBS and misread.i < anchor.i:
        first, last = min(start, misread.idx), max(end, misread.idx + len(misread))
        return [Hit(MISREAD_VERBS[misread.lower_], value, anchor, first, last, counted=True)]
    if noun is not None and lives_taken(noun) and not other_cause("killed", noun.head) and not _over_years(noun.head):
        # "the shooting claimed two lives": the lives counted are the dead
        first, last = min(start, noun.head.idx), max(end, noun.idx + len(noun))
        return [Hit("killed", value, noun, first, last, counted=True)]
    if noun is not None and not is_person(noun):
        return []
    if value.high == 0 and any(c.lower_ == "of" for c in anchor.children):
        return []  # "none of the guards was hurt" is silent on everyone else
    # "two more attackers", "another two": this count adds to an earlier one of the same field.
    near = [c for t in (arg, *span) for c in t.children]
    more = any(t.lower_ in MORE_WORDS for t in near) or word_before(span) in MORE_WORDS
    more = more or (span.end < len(span.doc) and span.doc[span.end].lower_ in MORE_WORDS)
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    adds = value.is_exact and (after in ADDED_WORDS or any(t.lower_ in ADDED_WORDS for t in arg.children))
    hits = []
    # "two of the wounded", "two of those killed": some of the hurt or the dead
    hurt = _some_of_the_hurt(arg)
    # "One of three people shot has died": the dying is the part's, not the three's
    parted = anchor.dep_ == "nummod" and _whole_of_a_part(anchor) and bool(fields_from_head(arg))
    for field, word in fields_of(arg, span):
        if parted and word.i == arg.head.i:
            continue
        if value.high == 0 and field == "injured" and _told_how_badly(word):
            continue  # "none suffered life-threatening injuries": some may be hurt less
        first, last = min(start, word.idx), max(end, word.idx + len(word))
        told = _of_the_hurt(field, word, value)
        if field == "injured" and hurt is not None:
            told = condition_subset(told)  # "two of the wounded remained hospitalized": some of them
        weak = is_weak(field, word, arg)
        # "a man was wounded and three others were treated": others than those the sentence told of
        # (a headline's parse is too loose to tell whom they are other than)
        others = arg.lower_ in OTHERS_WORDS and not weak and not is_headline(sent)
        hits.append(Hit(field, told, arg, first, last, more or others, weak=weak, counted=True, adds=adds))
    # "a handgun near one of the deceased": a place by one of them counts no one
    placed = arg.dep_ == "pobj" and arg.head.lower_ != "of"
    field = STATE_FIELDS.get(hurt.lower_, "injured") if hurt is not None else None
    if field not in {"injured", "killed"} or placed or is_negated(arg.head):
        return hits
    first, last = min(start, hurt.idx), max(end, hurt.idx + len(hurt))
    rest = _rest_of_the_group(sent, arg) if value.is_exact else None
    if rest is not None:
        # "two of the wounded were taken to A, and the other to B": the wounded are three, "the
        # other" among them (``covers``: its own hit is one of them read again)
        others, size = rest
        total = value.low + size
        hits = [h for h in hits if h.field != field]
        covers = frozenset({arg.i, others.i})
        hits.append(Hit(field, CountValue(total, total, total), arg, first, last, covers=covers, counted=True))
    elif not hits:
        # "two of the injured women are sisters", "two of those killed were brothers": the count
        # is some of the hurt or the dead, whatever else the sentence tells
        hits.append(Hit(field, condition_subset(value), arg, first, last, counted=True))
    return hits


def _over_years(verb: Token) -> bool:
    """ "a feud that has taken three lives in ten years": a toll of a span of years."""
    return any(t.lower_ in SPANS_OF_YEARS for t in verb.subtree)


def _rest_of_the_group(sent: Span, count: Token) -> tuple[Token, int] | None:
    """ "the other" after "two of the wounded", and how many it counts: the rest of the group, one
    or as many as it says ("the other two"); None where the sentence tells no rest ("the others")."""
    for tok in sent[count.i - sent.start + 1 :]:
        if tok.lower_ != "other" or tok.dep_ not in SUBJECTS:
            continue
        if not any(c.lower_ == "the" for c in tok.children):
            continue
        numbered = any(c.dep_ == "nummod" for c in tok.children)
        size = number_on(tok) if numbered else 1
        return (tok, size) if size else None
    return None


def ranks_the_hurt(sent: Span) -> bool:
    """ "the most seriously injured", "the worst wounded": the sentence picks some of the hurt."""
    return any(
        tok.lower_ in WOUND_WORDS and any(d.tag_ in {"RBS", "JJS"} for d in tok.subtree if d.i < tok.i) for tok in sent
    )


def _how_badly(word: Token) -> bool:
    """ "critically injured", "seriously wounded": the wound's degree is told (not of "one of them"
    before the adverb, however the parser hangs it: "four were shot, one of them critically")."""
    return any(c.dep_ == "advmod" and c.lower_ in SEVERITY_ADVERBS and not _after_a_part(c) for c in word.children)


def _after_a_part(adverb: Token) -> bool:
    """ "..., one of them critically", "both critically", "neither seriously": the adverb right after
    a number or a quantifier (and "of them")."""
    doc, i = adverb.doc, adverb.i
    # a number right before it counts the wounded the adverb tells of: "four seriously wounded"
    quantifier = i >= 1 and doc[i - 1].lower_ in PART_WORDS
    part = (
        i >= 3 and (doc[i - 3].like_num or doc[i - 3].lower_ in PART_WORDS) and word_past_a_part(doc[i - 3]) == adverb
    )
    return quantifier or part


def word_past_a_part(count: Token) -> Token | None:
    """The word after a number, past an "of them" ("three of them fatally")."""
    doc, i = count.doc, count.i + 1
    if i + 2 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].lower_ in BACK_PRONOUNS:
        i += 2
    return doc[i] if i < len(doc) else None


def _of_the_hurt(field: str, word: Token, value: CountValue) -> CountValue:
    """The count as told of the hurt: "two victims remain in critical condition", "both were in
    critical condition", "left two in critical condition" count those whose condition is told, of
    all the hurt; so do counts of how badly ("three others critically injured" are those of the
    worst wounds), and counts of those expected to survive ("both of those victims are expected to
    survive"), unless the sentence counted them shot first ("two men were shot and are expected to
    survive" are all the hurt)."""
    expect = word.head
    expected = expect.lemma_.lower() == "expect" and is_recovery(word)
    # ... but "all are expected to recover" is every one of them
    expected = expected and any(c.dep_ in SUBJECTS and not _all_alone(c) for c in expect.children)
    told_of_some = in_condition(word) or _how_badly(word) or word.lemma_.lower() == "condition" or expected
    return condition_subset(value) if field == "injured" and told_of_some else value


def _all_alone(subject: Token) -> bool:
    """ "all are expected to survive": every one of those counted, not some of them."""
    return subject.lower_ == "all" and not any(subject.children)


def _some_of_the_hurt(count: Token) -> Token | None:
    """The word that says so, for "two of the wounded", "two of the three survivors", "two of the
    injured women", "two of those wounded", "two of the dead": some of the hurt or the dead."""
    hurt = STATE_FIELDS.keys() | SURVIVOR_WORDS
    groups = [g for c in count.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    words = [w for g in groups for w in (g, *(c for c in g.children if c.dep_ in {"amod", "acl"}))]
    return next((w for w in words if w.lower_ in hurt or w.lemma_ in hurt), None)


def some_of_a_group(hits: list[Hit]) -> None:
    """ "A boy was among the wounded", "among the dead were two teachers": those counted are some of
    the wounded or the dead, so at least that many."""
    for hit in hits:
        verb = hit.arg.head
        if (
            hit.field in {"injured", "killed"}
            and hit.arg.dep_ in SUBJECTS | {"attr"}
            and among_the_hurt(verb) is not None
        ):
            hit.value = condition_subset(hit.value)


def condition_subset(value: CountValue) -> CountValue:
    """A count of the wounded in some condition: part of them, so at least that many."""
    return CountValue(value.stated, value.low, None, value.qualifier or "at least")


def is_not_count(sent: Span, span: Span, start: int, end: int) -> bool:
    """Ages, dates, times, money, measures, ordinals: numbers that count no one."""
    doc = sent.doc
    if any(t.like_url for t in span) or (start > sent.start_char and doc_text(doc)[start - 1].isalnum()):
        return True  # a digit inside a link or a code ("pic.twitter.com/x9")
    # Doc.text re-joins every token of the article on each access; 31 tokens hold >= 30 chars.
    tail = doc[span.end - 1 : span.end + 30]
    following = tail.text[end - tail.start_char : end - tail.start_char + 30]
    if AGE_AFTER_RE.match(following) or word_before(span) in AGE_BEFORE or _in_an_age_list(span):
        return True
    if span.end < len(doc) and doc[span.end].lower_ in TALLY_NOUNS:
        return True  # "shot about 10 times", "fired 30 rounds"
    if any(t.ent_type_ in NOT_COUNT_ENTS for t in span) and not (_counts_an_age(span) or _counts_before_a_day(span)):
        return True
    anchor = span[-1]
    if anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in DIAL_VERBS:
        return True
    # "Jane Doe, 35, died": a bare number set off by commas after a name is an age.
    before, after = doc[span.start - 1] if span.start else None, doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ == "of" and before.i and doc[before.i - 1].lower_ in PARENT_NOUNS:
        return True  # "Father of 5 killed": his children, not the dead
    if anchor.lower_ == "one" and after is not None and after.lower_ == "another":
        return True  # "shot one another": the people are counted where they are named
    if _age_of_one_of_two(anchor):
        return True
    if before is not None and before.text == "," and after is not None and after.text == ",":
        prev = doc[before.i - 1] if before.i else None
        if prev is not None and prev.pos_ == "PROPN" and anchor.dep_ in {"appos", "npadvmod", "amod", "nummod"}:
            return True
    return anchor.head.lower_ in {"%", "percent", "per"} and anchor.head != anchor


def _age_of_one_of_two(number: Token) -> bool:
    """ "two teens, one 16 and the other 17": the age of each of the two, and the "one" before the
    first, however the parse joins the numbers."""
    if number.lower_ == "one" and number.dep_ == "nummod":
        return _aged_one(number.head)
    the_other = number.text.isdigit() and any(c.lower_ == "other" for c in number.children)
    return _aged_one(number) or (the_other and any(_aged_one(t) for t in number.sent if t.i < number.i))


def _aged_one(number: Token) -> bool:
    """ "one 16": an age in digits, set after "one"."""
    return number.text.isdigit() and any(c.lower_ == "one" and c.dep_ == "nummod" for c in number.children)


def _counts_an_age(span: Span) -> bool:
    """ "two 16-year-old boys": the tagger takes the count and the age after it for one date."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or not after.like_num or span[-1].ent_type_ != "DATE":
        return False
    return AGE_AFTER_RE.match(doc[after.i : after.i + 6].text[len(after.text) :]) is not None


def _counts_before_a_day(span: Span) -> bool:
    """ "killed two early Sunday", "shot four Monday night": the tagger takes the count and the
    day after it for one date, though no day is counted."""
    # "about 1 this morning", "at 3 Sunday": an hour of that day
    clock = word_before(span) in CLOCK_WORDS or span[0].lower_ in CLOCK_WORDS
    return count_joined_to_a_day(span[-1]) and not clock


def _in_an_age_list(span: Span) -> bool:
    """ "aged 21, 22, and 24": a number further on in a list of ages."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_.startswith("NN"):
        return False  # "ages 15 and 18, and two women": a number before a noun counts it
    i = span.start - 1
    while i >= 0 and (doc[i].like_num or doc[i].lower_ in AGE_LIST_JOINS):
        i -= 1
    return i >= 0 and i < span.start - 1 and doc[i].lower_ in AGE_BEFORE


def _argument(anchor: Token) -> tuple[Token, Token | None]:
    """The token that stands for the counted group, and the noun naming who is counted."""
    tok = anchor
    while tok.dep_ in {"compound", "quantmod", "nummod"} and tok.head.like_num and tok.head != tok:
        if any(t.is_punct for t in tok.doc[min(tok.i, tok.head.i) + 1 : max(tok.i, tok.head.i)]):
            break  # "Two dead, six injured": two counts, however the parse joins them
        tok = tok.head
    # "several people were wounded": a vague count is parsed as an adjective of its noun
    counts_noun = tok.dep_ == "nummod" or (tok.dep_ == "amod" and not tok.like_num)
    # "2 Hurt in shooting": a state word the tagger took for a noun is no one counted; nor is a
    # noun before the count ("Deputies: 2 dead, 4 hurt"), but for a verb read as one ("wounds four")
    before = tok.head.i < tok.i and tok.head.lower_ not in MISREAD_VERBS
    noun = tok.head.pos_ in {"NOUN", "PROPN", "PRON"} and tok.head.lower_ not in STATE_FIELDS and not before
    if counts_noun and noun and not _stated_before_noun(tok, tok.head) and not counts_a_time(tok):
        counted = _possessed(tok.head)
        return counted, counted
    if tok.dep_ == "nummod" and tok.head.lower_ == "more":
        return tok.head, None  # "three dead and two more who were hurt": more people, unnamed
    # "one of the four died", "two of the wounded": a number or a state alone after "of" counts
    # people told of before, unnamed
    of_objects = [g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    unnamed = of_objects and (of_objects[0].like_num or of_objects[0].lower_ in STATE_FIELDS)
    return tok, (of_objects[0] if of_objects and not unnamed else None)


def part_of_a_count(anchor: Token) -> Token | None:
    """ "One of three people shot Sunday has died": without "the", the parser chains the part and
    the whole as numbers of one noun ("One" -> "three" -> "people"); for the part, that noun."""
    whole = anchor.head
    if anchor.dep_ != "quantmod" or not whole.like_num or whole.dep_ != "nummod" or not _whole_of_a_part(whole):
        return None
    return whole.head


def _whole_of_a_part(count: Token) -> bool:
    """Whether the count is the whole of "one of three people": a part and "of" hang on it."""
    of = [c for c in count.children if c.dep_ == "quantmod" and c.lower_ == "of"]
    return bool(of) and any(c.dep_ == "quantmod" and c.like_num and c.i < of[0].i for c in count.children)


def _possessed(noun: Token) -> Token:
    """ "two sheriff's deputies": a plural count on one owner counts what is owned."""
    if noun.dep_ == "poss" and noun.tag_ in {"NN", "NNP"} and noun.head.tag_ == "NNS":
        return noun.head
    return noun


def _stated_before_noun(count: Token, noun: Token) -> bool:
    """ "Two injured, gunman dead", "1 Dead, 3 Hurt Elmvale Diner Shooting": the count
    has its state, and the punctuation or the headline's run of names ends it; the noun after is
    another's, however the parse hangs the count on it."""
    between = count.doc[count.i + 1 : noun.i]
    if len(between) < 2 or between[0].lower_ not in STATE_FIELDS:
        return False
    return any(t.is_punct for t in between) or is_headline(sentence_of(count))


def article_hits(sent: Span, taken: set[int]) -> list[Hit]:
    """ "A man was killed", "another was wounded": an article or "another" counting one person."""
    hits: list[Hit] = []
    for tok in sent:
        word = tok.lower_
        # "A Millbrook, Ohio, teen" after a headline: the parser may make the article part of the name
        article = tok.dep_ == "det" or (tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and word != "another")
        if word in {"a", "an", "another"} and article and _article_person(tok.head).tag_ == "NN":
            arg = _article_person(tok.head)
            # "left one clerk dead and another injured Sunday night": the parse may make "another"
            # the article of the time
            if not is_person(arg) and word == "another" and left_in_state(tok):
                arg = tok
            elif arg.i in taken or not is_person(arg) or arg.lower_ in GROUP_NOUNS:
                continue
        elif word == "another" and (tok.dep_ in {"nsubj", "nsubjpass"} or _another_object(tok) or _left_before(tok)):
            arg = tok
        else:
            continue
        # "a man, woman and child": the article counts each bare noun joined to its own
        n = 1 + len(_bare_conjuncts(arg))
        for field, w in fields_of(arg, sent.doc[tok.i : tok.i + 1]):
            start = min(tok.idx, w.idx)
            end = max(arg.idx + len(arg), w.idx + len(w))
            one, weak = CountValue(n, n, n, None), is_weak(field, w, arg)
            more = (word == "another" and not _other_than_the_doer(arg)) or told_also(w)
            hits.append(Hit(field, one, arg, start, end, more, word != "another", weak))
    return hits


def _another_object(tok: Token) -> bool:
    """ "killed a man and wounded another": "another" stands for one more of the people the first
    verb's object names."""
    if tok.dep_ != "dobj" or tok.head.dep_ != "conj" or tok.head.pos_ != "VERB":
        return False
    first = conjoined_verbs(tok.head)[-1]
    return any(c.dep_ == "dobj" and is_person(c) for c in first.children)


def _left_before(tok: Token) -> bool:
    """ "left one clerk dead and another injured on Sunday": the parse may hang "another" on the verb
    rather than join it to the clerk; it is one more of the people "left" names before it."""
    if left_in_state(tok):
        return True
    verb = tok.head
    if tok.dep_ not in {"conj", "dobj"} or verb.pos_ != "VERB" or verb.lemma_.lower() != "leave":
        return False
    return any(c.dep_ == "dobj" and c.i < tok.i and is_person(c) for c in verb.children)


def _other_than_the_doer(person: Token) -> bool:
    """ "Police say an Elmvale teen shot another teen", "the woman charged with wounding another
    woman": "another" sets the one hit apart from the one who fired, the subject of the same noun,
    not from victims told of before."""
    if person.dep_ not in {"dobj", "pobj"}:
        return False
    verb = person.head
    for _ in range(SUBJECT_CLIMB):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects:
            return any(s.lemma_.lower() == person.lemma_.lower() for s in subjects)
        if verb.head == verb:
            return False
        verb = verb.head  # "accused of shooting another man": the gerund's doer is the accused
    return False


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
        if conj.i > arg.i and is_person(conj) and conj.tag_ == "NN":
            if not any(c.dep_ in {"det", "nummod", "poss"} or c.lower_ == "of" for c in conj.children):
                found.append(conj)
    return found


def age_list_hits(sent: Span, taken: set[int]) -> list[Hit]:
    """ "killed his sons, ages 3 and 4": people the sentence counts by the ages it lists for them."""
    hits: list[Hit] = []
    for tok in sent:
        if tok.i in taken or tok.tag_ != "NNS" or not is_person(tok) or group_size(tok):
            continue
        ages = next((c for c in tok.children if c.dep_ == "appos" and c.lower_ in AGE_BEFORE), None)
        # the parser hangs the list's numbers on "ages" in more than one way
        listed = [t for t in ages.subtree if t.like_num and t.i > ages.i] if ages is not None else _bare_ages(tok)
        if len(listed) < 2:
            continue
        n, last = len(listed), listed[-1]
        for field, w in fields_of(tok, sent.doc[tok.i : tok.i + 1]):
            start, end = min(tok.idx, w.idx), max(last.idx + len(last), w.idx + len(w))
            weak = is_weak(field, w, tok)
            hits.append(Hit(field, CountValue(n, n, n, None), tok, start, end, weak=weak, counted=True))
    return hits


def _bare_ages(people: Token) -> list[Token]:
    """ "her sons, 7 and 8,": the ages set off by commas right after the people, with no "ages"."""
    first = next((c for c in people.children if c.dep_ == "appos" and c.like_num), None)
    if first is None or people.i + 2 != first.i or people.nbor(1).text != ",":
        return []
    listed = [first, *first.conjuncts]
    return listed if all(t.like_num for t in listed) else []


def ordinal_hits(sent: Span, taken: set[int]) -> list[Hit]:
    """ "A fourth victim was found shot", "an 8th teen was injured", "a fourth shooting victim was
    found": at least that many were hurt."""
    hits: list[Hit] = []
    for tok in sent:
        if tok.tag_ != "NN" or tok.i in taken:
            continue
        ordinal = next((c for c in tok.children if c.dep_ == "amod" and c.ent_type_ == "ORDINAL"), None)
        if ordinal is None or not is_person(tok) or _maybe(tok):
            continue
        rank = _rank(ordinal)
        if rank is None or rank < 2:
            continue
        # "the second victim died" counts victims, not the dead; "a third person has died" the dead
        for field, w in fields_of(tok, sent.doc[tok.i : tok.i + 1]):
            start, end = min(ordinal.idx, w.idx), max(tok.idx + len(tok), w.idx + len(w))
            at_least = CountValue(rank, rank, None, "at least")
            if field in ("injured", "shot"):
                # "a fourth victim was injured": four were hurt, some of them maybe fatally (shot)
                hits.append(Hit("injured", at_least, tok, start, end, weak=True, counted=True, ranked=True))
            elif field == "killed" and _news_of_another_death(tok, w):
                hits.append(Hit("killed", at_least, tok, start, end, counted=True, ranked=True))
    return hits


def one_more_hits(sent: Span, hits: list[Hit]) -> list[Hit]:
    """ "Two people are dead and a third is wounded": an ordinal that stands for a person, after a
    count of one fewer, is one person more. Otherwise "the third" is one of a group: "Four men were
    shot, and the third died", "The third died at a hospital"."""
    told = {h.value.stated for h in hits if h.counted}
    taken = {h.arg.i for h in hits}
    found: list[Hit] = []
    for tok in sent:
        rank = _rank(tok)
        if rank is None or tok.i in taken or not _bare_ordinal_person(tok):
            continue
        more = rank - 1 in told
        for field, w in fields_of(tok, sent.doc[tok.i : tok.i + 1]):
            start, end = min(tok.idx, w.idx), max(tok.idx + len(tok), w.idx + len(w))
            found.append(Hit(field, CountValue(1, 1, 1, None), tok, start, end, more=more, single=True))
    return found


def gapped_hits(sent: Span, hits: list[Hit]) -> list[Hit]:
    """ "One was shot in the hip, the other in the wrist", "..., another in the knee, and a third in the
    elbow": a clause that drops its verb tells of one more person whom the verb before befell."""
    taken = {h.arg.i for h in hits}
    found: list[Hit] = []
    for tok in sent:
        if tok.i in taken or not _gapped_person(tok):
            continue
        verb = verb_of(tok.head)
        told = [h for h in hits if h.arg.dep_ == "nsubjpass" and h.arg.head == verb] if verb is not None else []
        # "two girls were treated at Elmvale General, one hit in the knee and the other in the elbow": the
        # other of a pair already counted
        pair = tok.lower_ == "other" and any(h.value.low > 1 for h in hits)
        if told and not pair:
            one, first, end = CountValue(1, 1, 1, None), told[0], tok.idx + len(tok)
            found.append(Hit(first.field, one, tok, tok.idx, end, more=True, single=True, weak=first.weak))
    return found


def _gapped_person(tok: Token) -> bool:
    """ "the other", "another (man)", "a third", standing for a person, with a place on the body and no
    verb of its own after it ("..., the other in the wrist")."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    gapped = tok.dep_ in {"dep", "appos", "conj", "npadvmod"} and after is not None and after.dep_ == "prep"
    if not gapped or any(c.pos_ in {"VERB", "AUX"} for c in tok.children):
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
    return (
        tok.lower_ == "another"
        or (tok.lower_ == "other" and "the" in dets)
        or (is_person(tok) and "another" in dets)
        or (tok.lower_ in ORDINALS and bool(dets & {"a", "an"}))
    )


def _rank(ordinal: Token) -> int | None:
    """The rank an ordinal tells: "fourth", "4th"."""
    return ORDINALS.get(ordinal.lower_) or (int(ordinal.text[:-2]) if ordinal.text[:-2].isdigit() else None)


def _bare_ordinal_person(tok: Token) -> bool:
    """ "a fourth is wounded", "a fourth wounded", "killed two and wounded a third", "the third
    died": an article and the ordinal, with no noun after it; not a share ("a third of the town")."""
    return (
        tok.pos_ in {"ADJ", "NOUN"}
        and tok.dep_ in {"nsubj", "nsubjpass", "advmod", "dobj", "conj"}
        and any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in tok.children)
        and not any(c.lower_ == "of" for c in tok.children)
    )


def _maybe(person: Token) -> bool:
    """ "there may be a fourth victim": one told of as a possibility."""
    return any(c.dep_ == "aux" and c.lower_ in UNREALISED_MODALS for c in person.head.children)


def _news_of_another_death(person: Token, verb: Token) -> bool:
    """ "A third person has died", "Third person dies": the dead now number three. Not "the second
    victim died" (the victims are counted) nor "two were hurt and a third person died"."""
    if verb.lemma_.lower() != "die" or any(
        c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in person.children
    ):
        return False
    return verb.tag_ == "VBZ" or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def single_hits(sent: Span, taken: set[int]) -> list[Hit]:
    """ "John Doe died", "he was pronounced dead", "the boy was shot", "shot himself": one victim
    named or referred to without a number. Only deaths and wounds: a named suspect "arrested" is
    too often the same one counted again in a later report."""
    hits: list[Hit] = []
    for tok in sent:
        if tok.i in taken or tok.pos_ in NEVER_A_PERSON or _subject_nearer(tok):
            continue
        first, fields = _single_fields(sent, tok)
        for field, w in fields:
            start, end = min(first.idx, w.idx), max(tok.idx + len(tok), w.idx + len(w))
            # "the boy was shot" may be the one who died: weak like a counted "shot"
            one, weak = CountValue(1, 1, 1, None), is_weak(field, w, tok)
            more = tok.lower_ not in SINGLE_PRONOUNS and told_also(w)
            hits.append(Hit(field, one, tok, start, end, more, single=True, weak=weak))
    return hits


def _subject_nearer(tok: Token) -> bool:
    """ "Suspect named in Elmvale shooting, 2 dead, 5 hurt": a count set off after the person, right
    before the verb, is its subject; the parse hangs a word of the clause before on the verb as another."""
    if tok.dep_ not in SUBJECTS or tok.head.i < tok.i:
        return False
    count = tok.doc[tok.head.i - 1]
    if count.i <= tok.i or count.dep_ not in SUBJECTS or count.head != tok.head or not count.like_num:
        return False
    return any(t.is_punct for t in tok.doc[tok.i + 1 : count.i])


def _single_fields(sent: Span, tok: Token) -> tuple[Token, list[tuple[str, Token]]]:
    """The casualty fields that befall the one person ``tok`` may stand for, with the first word
    of the phrase that tells it."""
    if _age_before_its_state(tok):
        return tok.left_edge, [(STATE_FIELDS[tok.head.lower_], tok.head)]
    single, unsaved = is_single_person(tok), _unsaved_pronoun(tok)
    # only a person word, or a pronoun doctors could not save, has its fate told by its place in the clause
    if single or unsaved or (tok.dep_ in BARE_HEADLINE_DEPS | {"pobj"} and headline_noun_person(tok)):
        fields = _person_fields(sent, tok, single, unsaved)
        if fields is not None:
            return tok.left_edge, fields
    if _stranded_headline_person(tok):
        # "12-year-old accidentally shot": the patient; "8-year-old suffers a fatal wound": the subject
        passive = tok.head.tag_ != "VBZ"
        return tok.left_edge, [(f, w) for f, w in verb_fields(tok.head, passive) if f in CASUALTY_FIELDS]
    fields = reflexive_fields(tok)
    if not fields:
        return tok, []
    return min([tok, *(a for a in tok.ancestors if a.i < tok.i)][:3], key=lambda t: t.i), fields


def _age_before_its_state(tok: Token) -> bool:
    """ "a shooting that left a 6-year-old dead": the parser takes the state for the noun the age
    describes; the age stands for the person, in that state."""
    state = tok.head
    return is_age_noun(tok) and tok.dep_ == "amod" and state.lower_ in STATE_FIELDS and state.dep_ in {"dobj", "oprd"}


def _person_fields(sent: Span, tok: Token, single: bool, unsaved: bool) -> list[tuple[str, Token]] | None:
    """What befell the person ``tok`` names, told by its place in the clause; None where the
    sentence tells it otherwise, if at all (a headline's stranded verb, a reflexive)."""
    # "a mother and her son": a conjoined person counts when the first one would
    clause_of_its_own = _opens_a_headline_clause(tok)
    root = conj_root(tok) if (tok.dep_ == "conj" or listed_after_comma(tok)) and not clause_of_its_own else tok
    # the words that tell what befell the person: the list's first when the parser dropped the "and"
    told = named_before_dropped_and(tok) if root is tok else None
    root = conj_root(told) if told is not None else root
    told = told or tok
    # "the accidental shooting of 12-year-old boy": the one the incident noun is of
    of_incident = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in SHOT_WORDS
    # "13-year-old seriously wounded in shooting": a headline's victim the parse makes its root
    # (or its bare person told dead or wounded: "College student from Elmvale killed in shooting")
    headline_victim = (root.dep_ == "ROOT" or clause_of_its_own) and is_headline(sent)
    headline_victim = headline_victim and (is_age_noun(root) or _told_state(root))
    # "Woman killed, man hurt in shooting": the headline's next victim, hung on the first clause
    headline_victim = headline_victim or (root.dep_ == "dep" and headline_person(root))
    # ... or "the name of a 15-year-old who was shot": a passive relative clause on the person
    described = (root.dep_ == "pobj" or headline_victim) and any(
        (c.dep_ == "acl" and c.tag_ == "VBN")
        or (c.dep_ == "relcl" and any(g.dep_ == "auxpass" for g in c.children))
        or (headline_victim and c.dep_ == "amod" and c.lower_ in STATE_FIELDS)
        for c in root.children
    )
    described = described or (headline_victim and _recovering(root))
    # "Teen in critical condition after shooting": a headline's person in the care it tells
    described = described or ((headline_noun_person(root) or is_age_noun(root)) and headline_subject_in_care(root))
    # "two children and their father": the father is one more, whoever heads the list
    # ... and "kills five and himself": the count alone stands for its people
    counted = group_size(root) > 0 or (root.like_num and root.dep_ in BARE_COUNT_DEPS)
    one_more = root is not tok and counted and is_one_person(tok)
    # "Accidental shooting kills turkey hunter": a headline drops the article
    bare = root is tok and tok.dep_ in BARE_HEADLINE_DEPS and headline_noun_person(tok)
    if (
        (root.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} or of_incident or described)
        and (single or bare)
        and (is_one_person(root) or one_more or bare)
    ) or unsaved:
        # "Ann Roe was found with gunshot wounds": shot, maybe fatally
        return [(f, w) for f, w in fields_of(told, sent.doc[told.i : told.i + 1]) if f in CASUALTY_FIELDS | {"shot"}]
    # "Charges filed after girl is shot": a headline's bare person, the verb after it left without a subject
    headline_object = tok.dep_ == "pobj" and headline_noun_person(tok)
    if (single or headline_object) and (orphan := _orphaned_verb(tok)) is not None:
        passive = any(c.dep_ == "auxpass" for c in orphan.children)
        return [(f, w) for f, w in verb_fields(orphan, passive) if f in CASUALTY_FIELDS]
    if single and _set_beside_the_hour(tok):
        hour = tok.head
        return [(f, w) for f, w in verb_fields(hour.head, hour.dep_ == "nsubjpass") if f in CASUALTY_FIELDS]
    return None


def _opens_a_headline_clause(tok: Token) -> bool:
    """ "Man shot in knee; teen hit by fragments": after a headline's semicolon a person starts a
    clause of its own, whatever the parser joined it to."""
    head = tok.head
    return (
        tok.dep_ in {"conj", "appos", "dep"}
        and head.i < tok.i
        and semicolon_between(head, tok)
        and is_headline(sentence_of(tok))
    )


def _set_beside_the_hour(tok: Token) -> bool:
    """ "About 6:20 a.m., Ann Roe, 35, was shot": the parser takes the hour for the subject and sets
    the person beside it."""
    hour = tok.head
    return tok.dep_ == "appos" and hour.ent_type_ in {"TIME", "DATE"} and hour.dep_ in SUBJECTS and hour.i < tok.i


def _unsaved_pronoun(tok: Token) -> bool:
    """ "doctors could not save him": the one person the pronoun stands for died."""
    return tok.dep_ == "dobj" and tok.lower_ in OBJECT_PRONOUNS and not_saved(tok.head)


def named_before_dropped_and(tok: Token) -> Token | None:
    """ "killing Ann Roe, 18, and Bob Moe, 20": after an age in commas the parser leaves "and" on
    the first name and hangs the second elsewhere; the second is one more of the list."""
    if tok.ent_type_ != "PERSON" or tok.dep_ == "compound" or tok.left_edge.i <= sentence_of(tok).start:
        return None
    cc = tok.doc[tok.left_edge.i - 1]
    first = cc.head
    if cc.dep_ != "cc" or cc.lower_ != "and" or first.i >= cc.i or first.ent_type_ != "PERSON":
        return None
    return None if any(c.dep_ == "conj" for c in first.children) else first


def _told_state(person: Token) -> bool:
    """A headline's bare person with a word of death or wound hung on it ("student killed",
    "youth dead"); "shot" or "grazed" are left to the headline's state words."""
    if not headline_person(person):
        return False
    told = (c for c in person.children if c.dep_ in {"acl", "amod"} and c.lower_ in STATE_FIELDS)
    return any(c.lemma_ not in WEAK_VERBS for c in told) or _recovering(person) or _hit_by_gunfire(person)


def _hit_by_gunfire(person: Token) -> bool:
    """ "Girl hit by stray bullet": a headline's person struck, by the participle's agent, with gunfire."""
    return any(
        c.dep_ == "acl" and c.lemma_.lower() in STRIKE_VERBS and any(g.lower_ in GUNFIRE_WORDS for g in c.subtree)
        for c in person.children
    )


def _recovering(person: Token) -> bool:
    """ "Woman recovering after accidental shooting": a headline's person told to be recovering."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in RECOVERY_VERBS for c in person.children)


def _stranded_headline_person(tok: Token) -> bool:
    """ "Boy, 14, fatally shot in Elmvale": a headline's person the parser hangs on the participle
    as an interjection, the participle left without a subject; "12-year-old accidentally shot in
    Elmvale": an age it hangs on the participle as an adjective (and may tag the participle a past),
    or on the headline's present ("8-year-old suffers gunshot wound")."""
    verb = tok.head
    hung_as_interjection = tok.dep_ in {"intj", "dep", "npadvmod"} and verb.tag_ == "VBN"
    hung_as_adjective = tok.dep_ == "amod" and verb.tag_ in {"VBN", "VBD", "VBZ"} and tok.i < verb.i
    # the parse is checked first: it rules out most words before the sentence is looked at
    if not (hung_as_interjection or hung_as_adjective):
        return False
    if not is_headline(sentence_of(tok)) or any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    if hung_as_interjection:
        return tok.lower_ in PERSON_NOUNS and tok.lower_ not in GROUP_NOUNS
    return is_age_noun(tok)


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
    # "Charges filed after girl is shot": the parse may make the phrase that holds the person the
    # verb's subject, though it names no one
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj") and (c.i > tok.i or is_person(c))]
    return None if subjects else verb


def death_of_hits(sent: Span, taken: set[int]) -> list[Hit]:
    """ "the death of 5-year-old Ann Roe", "the teen's death", "the murder of a Lakeside man": one dead."""
    hits = []
    for tok in sent:
        if tok.lemma_.lower() not in DEATH_NOUNS and not _life_taken(tok) and not lives_taken(tok):
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
        for person in of + owners + [c for c in named if headline_noun_person(c)]:
            one_person = is_one_person(person) or is_age_noun(person) or headline_noun_person(person)
            one_person = one_person or _whose_life_was_taken(tok, person)
            if person.i not in taken and one_person:
                first, last = min(tok, person, key=lambda t: t.i), max(tok, person, key=lambda t: t.i)
                one = CountValue(1, 1, 1, None)
                hits.append(Hit("killed", one, person, first.idx, last.idx + len(last), single=True))
                break
    return hits


def _life_taken(tok: Token) -> bool:
    """ "Accidental shooting takes life of Pine Hollow man", "the crash that claimed the life of"."""
    return tok.lower_ == "life" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIFE_TAKING_VERBS


def _whose_life_was_taken(life: Token, owner: Token) -> bool:
    """ "the shooting that took her life": one dead, told by a pronoun; not "took his own life" (the
    one who fired, counted as such) nor "nearly took her life" or "could have taken his life"."""
    if not _life_taken(life) or owner.lower_ not in LIFE_OWNERS or own_life(life):
        return False
    verb = life.head
    spared = any(c.dep_ == "advmod" and c.lower_ in NEARLY_WORDS for c in verb.children)
    return not spared and not any(c.dep_ == "aux" and c.lower_ in COUNTERFACTUAL_MODALS for c in verb.children)


def _deaths_of_listed(deaths: Token, of: list[Token]) -> list[Hit]:
    """ "the deaths of a mother, her daughter", "Deaths of Adult, Child", "the deaths of a man and his
    two sons": each person listed is one dead, each group counted by its number."""
    listed = [p for first in of for p in (first, *listed_after(first))]
    sizes = [group_size(p) or int(is_one_noun_person(p) or is_age_noun(p)) for p in listed]
    if len(listed) < 2 or not all(sizes):
        return []
    n, last = sum(sizes), max(listed, key=lambda t: t.i)
    covers = frozenset(p.i for p in listed)
    # the deaths of those it names: a list of several counts them
    end = last.idx + len(last)
    return [Hit("killed", CountValue(n, n, n, None), listed[0], deaths.idx, end, covers=covers, counted=n > 1)]


def without_listed_twice(hits: list[Hit]) -> list[Hit]:
    """A list's hit, without the hits of the people it lists."""
    lists = [h for h in hits if h.covers]
    return [h for h in hits if h.covers or not any(h.field == x.field and h.arg.i in x.covers for x in lists)]


def without_self_told_twice(hits: list[Hit]) -> list[Hit]:
    """ "The 16-year-old then shot himself and died": one death told by the reflexive and by
    the subject it stands for; the subject's hit counts it."""
    killed = [h for h in hits if h.field == "killed"]
    dead = {h.arg.i for h in killed if not h.covers} | {i for h in killed for i in h.covers}
    return [
        h for h in hits if not (h.field == "killed" and h.arg.lower_ in REFLEXIVES and _subject_index(h.arg) in dead)
    ]


def _subject_index(tok: Token) -> int | None:
    subject = subject_of(tok)
    return None if subject is None else subject.i


def subject_of(tok: Token) -> Token | None:
    """The subject of the clause a word stands in, through verbs joined by "and"; for a "who" clause,
    the noun it hangs on ("a neighbor who fired at them, then turned the rifle on himself")."""
    verb = verb_of(tok)
    verbs = conjoined_verbs(verb) if verb is not None else []
    if verb is not None and verb.dep_ == "dep" and len(verbs) == 1:
        # "a neighbor who fired at them, then turned the rifle on himself": the parse may leave the second
        # verb unattached; it goes on with the subject of the verb before it
        verbs += [t for t in reversed(verb.doc[verb.sent.start : verb.i]) if t.pos_ == "VERB"][:1]
    for v in verbs:
        subject = next((c for c in v.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return v.head if subject.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl" else subject
    return None


def multiple_hits(sent: Span) -> list[Hit]:
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
            hits.append(Hit(field, value, tok.head, tok.idx, tok.head.idx + len(tok.head), weak=weak, counted=True))
    return hits


def murder_suicide_hits(sent: Span) -> list[Hit]:
    """ "an apparent murder-suicide": one killed and the killer dead by his own hand, two at least."""
    hits = []
    for tok in sent:
        if tok.lower_ != "suicide" or tok.i < 2 or sent.doc[tok.i - 1].text not in {"-", "/"}:
            continue
        murder = sent.doc[tok.i - 2]
        attempted = murder.i > 0 and sent.doc[murder.i - 1].lower_ in {"attempted", "failed"}
        doubted = any(is_negated(a) or is_open_question(a) or unrealised(a) for a in tok.ancestors)
        if murder.lower_ != "murder" or attempted or doubted:
            continue  # "police do not believe it was a murder-suicide", "it could be a murder-suicide"
        value = CountValue(2, 2, None, "at least")
        hits.append(Hit("killed", value, tok, murder.idx, tok.idx + len(tok), counted=True))
    return hits


def twin_hits(sent: Span, taken: set[int]) -> list[Hit]:
    """ "killed his twin daughters", "an elderly couple was found dead", "a couple of men were
    shot": twins are two, and so is a couple ("a twin brother" is one, and no count)."""
    hits = []
    for tok in sent:
        people = tok if _a_couple(tok) else tok.head if _twins(tok) else None
        if people is None or people.i in taken:
            continue
        for field, word in fields_of(people, sent.doc[tok.i : people.i + 1]):
            start, end = min(tok.idx, word.idx), max(people.idx + len(people), word.idx + len(word))
            weak = is_weak(field, word, people)  # "his twin sons were shot" may be dead
            hits.append(Hit(field, CountValue(2, 2, 2, None), people, start, end, weak=weak, counted=True))
    return hits


def _twins(tok: Token) -> bool:
    """ "twin daughters", "his twin sons": the twin people a word "twin" stands on."""
    people = tok.head
    return tok.lower_ == "twin" and tok.dep_ in {"amod", "compound"} and people.tag_ == "NNS" and is_person(people)


def _a_couple(tok: Token) -> bool:
    """ "a couple", "a couple of men"; not "a couple rounds" or "a couple of times", which count
    no one."""
    if tok.lower_ != "couple" or tok.tag_ != "NN":
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    of = [g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return (after is None or not after.tag_.startswith("NN")) and all(is_person(g) for g in of)


def fatal_hits(sent: Span, taken: set[int]) -> list[Hit]:
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
        if any(c.lower_ == "of" or (c.dep_ == "poss" and not _dates_it(c)) for c in head.children):
            continue  # "the shooting death of Ann Roe" counts her, exactly; "Friday's" names no one
        if any(c.ent_type_ == "ORDINAL" for c in head.children):
            continue  # "the city's third fatal shooting this year" counts shootings
        first, last = min(tok, head, key=lambda t: t.i), max(tok, head, key=lambda t: t.i)
        at_least_one = CountValue(1, 1, None, "at least")
        hits.append(Hit("killed", at_least_one, head, first.idx, last.idx + len(last)))
    return hits


def _dates_it(possessor: Token) -> bool:
    """ "Friday's fatal shooting", "last night's": the possessor is the incident's time, not its
    victim (the model tags an age, "the 7-year-old's", a date too)."""
    return possessor.ent_type_ in {"DATE", "TIME"} and possessor.lower_ != "old"


def killing_hits(sent: Span, taken: set[int]) -> list[Hit]:
    """A headline's "Arrest made in homicide", "Elmvale death ruled homicide": someone was killed,
    how many it leaves open. Not "homicide detectives", "attempted murder" or "the city's third
    homicide"; nor in prose, where the words name crimes in general ("crimes including murder",
    "efforts to reduce homicide") or charges as often as a death."""
    if not is_headline(sent):
        return []
    hits = []
    for tok in sent:
        if tok.lower_ not in KILLING_NOUNS or tok.tag_ != "NN" or tok.dep_ == "compound" or tok.i in taken:
            continue
        if any(c.lower_ in UNREALISED_KILLING or c.ent_type_ == "ORDINAL" or c.dep_ == "neg" for c in tok.children):
            continue
        if any(c.lower_ == "of" or c.dep_ == "poss" or c.like_num for c in tok.children):
            continue  # "the murder of Ann Roe" counts her; "the city's homicides" are many
        hits.append(Hit("killed", CountValue(1, 1, None, "at least"), tok, tok.idx, tok.idx + len(tok)))
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


def zero_hits(sent: Span) -> list[Hit]:
    """ "No one was injured", "nobody was hurt", "no injuries were reported": a figure of zero."""
    hits: list[Hit] = []
    for tok in sent:
        fields: list[tuple[str, Token]] = []
        if tok.lower_ == "one" and tok.i > 0 and tok.nbor(-1).lower_ == "no" or tok.lower_ in ZERO_PRONOUNS:
            # "none of the guards was hurt" is silent on everyone else
            partitive = any(c.lower_ == "of" for c in tok.children)
            if tok.dep_ in {"nsubj", "nsubjpass"} and not partitive:
                passive = tok.dep_ == "nsubjpass" or elliptic_passive(tok, tok.head)
                fields = verb_fields(tok.head, passive)
            first = tok.nbor(-1) if tok.lower_ == "one" else tok
        elif tok.lower_ == "no" and tok.dep_ == "det" and tok.head.lemma_.lower() in ZERO_NOUNS:
            first, noun = tok, tok.head
            fields = [(ZERO_NOUNS[noun.lemma_.lower()], noun)]
        for field, w in fields:
            if field == "injured" and _told_how_badly(w):
                continue  # "no one was seriously hurt": some may be hurt less
            start, end = min(first.idx, w.idx), max(tok.idx + len(tok), w.idx + len(w))
            hits.append(Hit(field, CountValue(0, 0, 0, None), tok, start, end, counted=True))
    return hits


def _told_how_badly(word: Token) -> bool:
    """ "seriously hurt", "suffered life-threatening injuries", "no serious injuries"."""
    return severe(word) or any(severe(w) for w in wounds_taken(word))


def both_hits(sent: Span, taken: set[int]) -> list[Hit]:
    """ "Both were killed", "both men died", "shot both of them", "Jon Reyes and Ann Roe were both
    pronounced dead": "both" counts two, told again where the people are counted one by one too."""
    hits, two = [], CountValue(2, 2, 2, None)
    for tok in sent:
        group = _group_of_both(tok) if tok.lower_ == "both" else None
        floating = group is not None and group.head == tok.head and tok.dep_ in FLOATING_DEPS
        if group is None or (group.i in taken and not floating):
            continue
        first, last = min(tok.i, group.i), max(tok.i, group.i)
        # a floated "both" stands for itself, after the pair it tells again: its subject's own hit
        # is another reading of the pair
        arg = tok if floating else group
        for field, word in fields_of(group, sent.doc[first : last + 1]):
            start, end = min(tok.idx, word.idx, arg.idx), max(word.idx + len(word), arg.idx + len(arg))
            told, weak = _of_the_hurt(field, word, two), is_weak(field, word, group)
            hits.append(Hit(field, told, arg, start, end, weak=weak, counted=True, ranked=True))
    return hits


def _group_of_both(both: Token) -> Token | None:
    """The people "both" counts: itself as a pronoun ("both were shot", "both of the victims"), the
    noun it quantifies ("both men"), or the subject of the verb it floats on ("were both killed");
    never the first of a pair it announces ("both the driver and the passenger": the pair counts)."""
    if both.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        named = [g for c in both.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return both if all(g.lower_ in GROUP_PRONOUNS or is_person(g) for g in named) else None
    if both.dep_ == "det":
        return both.head if both.head.tag_ == "NNS" and is_person(both.head) else None
    if both.dep_ in FLOATING_DEPS and both.head.pos_ in {"VERB", "AUX"}:
        subjects = [c for c in both.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return subjects[0] if subjects else None
    return None
