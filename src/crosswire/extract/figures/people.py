"""Whether a word names people, and how many: one person, an age, a headline's bare noun, a list."""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosswire.extract.figures.words import (
    AGE_UNITS,
    GROUP_NOUNS,
    KILLING_VERBS,
    KIN_NOUNS,
    NAME_SUFFIX_WORDS,
    NEGATING_DETS,
    NEW_PERSON_DETS,
    NON_PERSON,
    OBJECT_PRONOUNS,
    PERSON_NOUNS,
    PERSON_SUFFIXES,
    REFLEXIVES,
    SEXED_PAIRS,
    SINGLE_DETS,
    SINGLE_PRONOUNS,
    STATE_FIELDS,
)
from crosswire.extract.numbers import parse_quantity
from crosswire.extract.spans import is_headline, sentence_of


def word_before(span: Span) -> str:
    """The lower-case word before the span, or "" at the start of the text."""
    return span.doc[span.start - 1].lower_ if span.start > 0 else ""


def is_person(noun: Token) -> bool:
    """Whether a noun names a person ("man", "officers", "Mexicans", "bystander")."""
    word = noun.lower_
    if word in NON_PERSON or noun.lemma_.lower() in NON_PERSON:
        return False
    if word in PERSON_NOUNS or noun.lemma_.lower() in PERSON_NOUNS or noun.ent_type_ == "NORP":
        return True
    if word == "olds":
        return is_age_noun(noun)  # "two 16-year-olds"
    return word.endswith(PERSON_SUFFIXES) and noun.pos_ == "NOUN"


def conj_root(arg: Token) -> Token:
    """The first of a list of people the token is joined to (itself when it heads none)."""
    tok = arg
    while (tok.dep_ == "conj" or listed_after_comma(tok)) and tok.head.i != tok.i:
        if tok.dep_ == "conj" and tok.tag_ == "NN" and tok.head.pos_ == "VERB":
            # "shooting a 7-year-old and her father": the parser joins the second object to the verb
            first = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
            return first if first is not None else tok.head
        tok = tok.head
        if _home_of_a_name(tok) and arg.ent_type_ == "PERSON":
            # "Jon Reyes, 23, of Elmvale, Sam Doe, 31, ...": the next name is joined to the town
            tok = tok.head.head
    if tok.i != arg.i and _name_of_the_one_before(tok):
        tok = tok.head  # "his mother, Ann Roe, two women and a girl": the list goes on from the mother
    # "two of his children and his wife": the parser joins the wife to the children, whom the
    # number counts; she is one more of those the number heads, not one of the children
    number = _partitive_number(tok) if tok.i != arg.i else None
    return number if number is not None else tok


def _home_of_a_name(tok: Token) -> bool:
    """The town of "Jon Reyes of Elmvale": a place after "of" that a person's name heads."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON":
        return False
    return of.head.ent_type_ == "PERSON" and of.head.pos_ == "PROPN"


def _name_of_the_one_before(tok: Token) -> bool:
    """A name set beside the one person noun before it, that names the same one ("his mother, Ann
    Roe"); names beside a plural ("four residents - Jon Reyes, Ann Roe, ...") are the ones it counts."""
    return tok.dep_ == "appos" and tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and is_one_noun_person(tok.head)


def _partitive_number(noun: Token) -> Token | None:
    """The number of "two of his children" where ``noun`` is the children."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or not is_person(noun):
        return None
    number = noun.head.head
    return number if number.like_num and number.i < noun.i else None


def listed_after_comma(tok: Token) -> bool:
    """ "A man, his wife and their two children": the parser takes "his wife" for another name of
    the man; someone's relative after a comma, that the list goes on from with a person of its
    own ("and their two children"), is one more of the list. "Jon Reyes, her husband, was shot"
    names him twice (no list goes on), and so does "Alex Roe, a neighbor and close friend".
    Likewise a name after a name, that the list goes on from: "Ann Roe, 34, Jon Reyes, 19, and
    Sam Doe, 12, were wounded"."""
    if tok.dep_ == "appos" and (_names_in_a_list(tok) or _new_people_in_a_list(tok)):
        return True
    # "four of her nephews, her grown son and herself": the list goes on from a count too
    if tok.dep_ != "appos" or not is_person(tok) or not (_person_or_name(tok.head) or group_size(tok.head)):
        return False
    if not any(c.dep_ == "poss" for c in tok.children):
        return False
    return any(
        c.dep_ == "conj" and ((_person_or_name(c) and _introduced(c)) or c.lower_ in REFLEXIVES) for c in tok.children
    )


def _names_in_a_list(tok: Token) -> bool:
    """A person's name the parser sets beside another's, with a third name joined on by "and",
    also after more names set each beside the one before ("Ann Roe, 34, Jon Reyes, 19, Sam Doe,
    27, and Tom Hale, 12")."""
    names = (tok, tok.head)
    # one of them may be a name the tagger took for an organisation ("Dan Lotts, 24, Ann Roe, 16, ...")
    if not all(_may_name_a_person(t) for t in names):
        return False
    if not any(t.ent_type_ == "PERSON" for t in names):
        return False
    # the name joined by "and" hangs on this name, or on the first name after this one
    later = [*tok.children, *(c for c in tok.head.children if c.i > tok.i)]
    joined = any(c.dep_ == "conj" and _may_name_a_person(c) for c in later)
    return joined or any(c.dep_ == "appos" and _names_in_a_list(c) for c in tok.children)


def _other_kin(tok: Token) -> bool:
    """The second of two family ties, or of a man and a woman, joined by "and" under one article
    ("the aunt and uncle", "the man and woman"): another person, where "a friend and neighbor" may
    be one."""
    first = tok.head
    kin = tok.lower_ in KIN_NOUNS and first.lower_ in KIN_NOUNS
    if tok.dep_ != "conj" or not (kin or frozenset({tok.lower_, first.lower_}) in SEXED_PAIRS):
        return False
    # "a mother and son" is counted by its article (article_hits)
    told_before = any(c.dep_ in {"det", "poss"} and c.lower_ not in NEW_PERSON_DETS for c in first.children)
    return tok.lower_ != first.lower_ and told_before


def _may_name_a_person(tok: Token) -> bool:
    """A name the tagger made a person, an organisation or nothing of: not a place or a date."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in {"", "ORG", "PERSON"}


def _name_joined_to_a_person(tok: Token) -> bool:
    """A name joined by "and" to one person: a person's name, or a person brought in with "a",
    "another" or "the" ("Maxwell and another teenager")."""
    if not _may_name_a_person(tok) or tok.dep_ == "compound":
        return False
    joined = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(
        (t.pos_ == "PROPN" and t.ent_type_ == "PERSON")
        or (is_one_noun_person(t) and any(c.dep_ == "det" for c in t.children))
        for t in joined
    )


def _new_people_in_a_list(tok: Token) -> bool:
    """ "a 16-year-old girl, a 21-year-old woman and a 23-year-old man": the parser sets the second
    beside the first as another word for it, yet each is brought in anew with "a" or a number,
    and the list goes on from the second with "and" and another (or with more set each beside
    the one before). After a plural the list tells who they were ("three others, two men and a
    woman"), so the first must be one person."""
    first = tok.head
    if first.tag_ != "NN" or not all(_brought_in_anew(t) for t in (tok, first)):
        return False
    return any(
        (c.dep_ == "conj" and _brought_in_anew(c)) or (c.dep_ == "appos" and _new_people_in_a_list(c))
        for c in tok.children
    )


def _brought_in_anew(tok: Token) -> bool:
    """A person noun with "a", "an", "another" or a number of its own: "a man", "two women"."""
    if not is_person(tok) or tok.pos_ == "PROPN":
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in NEW_PERSON_DETS) or (c.dep_ == "nummod" and c.like_num) for c in tok.children
    )


def _introduced(tok: Token) -> bool:
    """A person brought in with a word of its own: "a friend", "their two children", a name."""
    return tok.ent_type_ == "PERSON" or any(c.dep_ in {"det", "poss", "nummod"} for c in tok.children)


def _person_or_name(tok: Token) -> bool:
    return is_person(tok) or tok.ent_type_ == "PERSON"


def headline_noun_person(tok: Token) -> bool:
    """A person a headline names without its article: "Teen gunshot death", "death of teen driver"."""
    if not _bare_in_headline(tok):
        return False
    person = tok.lower_ in PERSON_NOUNS or (tok.tag_ == "NN" and is_person(tok))
    # "Several people shot": a plural, with an "s" or without, is no one person
    plural = tok.tag_ in {"NNS", "NNPS"} or tok.lower_.endswith("s")
    return person and tok.lower_ not in GROUP_NOUNS and not plural


def group_size(noun: Token) -> int:
    """The number counting a plural person noun ("two sons"), 0 when none does."""
    # a person under its "of" is counted by this number: _partitive_number finds it from below
    if noun.like_num and any(
        _partitive_number(p) is not None for c in noun.children if c.lower_ == "of" for p in c.children
    ):
        value = parse_quantity(noun.text)  # "two of his children"
        return value.low if value is not None and value.is_exact else 0
    return number_on(noun) if is_person(noun) else 0


def number_on(noun: Token) -> int:
    """The exact number written on a noun ("two sons", "the other two"), 0 when none is."""
    numbers = [parse_quantity(c.text) for c in noun.children if c.dep_ == "nummod"]
    return next((v.low for v in numbers if v is not None and v.is_exact), 0)


def is_one_noun_person(tok: Token) -> bool:
    """Whether the token is a person noun in the singular."""
    return is_person(tok) and tok.tag_ in {"NN", "NNP"}


def listed_after(first: Token) -> list[Token]:
    """The people joined to ``first`` by "and", a comma, or set beside it ("mother, daughter")."""
    found = []
    for child in first.children:
        if child.dep_ in {"conj", "appos"}:
            found += [child, *listed_after(child)]
    return found


def brought_in(tok: Token) -> bool:
    """ "a child", "another man", "the other man", "the other": a person the sentence brings in anew."""
    return _the_other(tok) or any(
        (c.dep_ == "det" and c.lower_ in NEW_PERSON_DETS) or (c.dep_ == "amod" and c.lower_ == "other")
        for c in tok.children
    )


def name_of(tok: Token) -> str | None:
    """The person's name a token ends, as written ("Mary Jones"), or None."""
    tok = _suffixed(tok) or tok
    if tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN":
        return None
    return next((e.text for e in tok.doc.ents if e.start <= tok.i < e.end), None)


def _suffixed(tok: Token) -> Token | None:
    """The name a generational suffix the parser made the head of ends ("Sam Doe, Jr.")."""
    if tok.lower_.rstrip(".") not in NAME_SUFFIX_WORDS:
        return None
    return next((c for c in reversed(list(tok.lefts)) if c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)


def is_single_person(tok: Token) -> bool:
    """A pronoun, a person's name, or "the victim", "his son", "a 4-year-old"; not "neither the driver nor ..."."""
    return _names_one_person(tok) and not any(c.lower_ in NEGATING_DETS for c in tok.children)


def _left_dead(pronoun: Token) -> bool:
    """ "shot him dead", "found her dead": the verb leaves its object pronoun dead."""
    return any(c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} and c.lower_ == "dead" for c in pronoun.head.children)


def _names_one_person(tok: Token) -> bool:
    if tok.lower_ in SINGLE_PRONOUNS or (tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN") or _suffixed(tok):
        return True
    if tok.lower_ in REFLEXIVES and tok.dep_ == "conj":
        return True
    if _other_kin(tok):
        return True  # "the mother and son": the son is one more, though he has no article of his own
    if tok.lower_ in OBJECT_PRONOUNS and tok.dep_ == "dobj" and (tok.head.lemma_ in KILLING_VERBS or _left_dead(tok)):
        return True  # "shot his wife and killed her", "police shot him dead"
    if tok.lower_ in OBJECT_PRONOUNS and any(c.dep_ == "conj" and is_person(c) for c in tok.children):
        return True  # "left him and his two daughters dead": the first of a list of people
    if tok.pos_ == "PROPN" and any(c.dep_ == "amod" and is_age_noun(c) for c in tok.children):
        return True  # "43-year-old Ann Roe", whatever entity the tagger made of the name
    if tok.pos_ == "PROPN" and any(c.dep_ == "appos" and c.tag_ == "NN" and is_person(c) for c in tok.children):
        return True  # "Irish Campbell, a bystander,", whatever entity the tagger made of the name
    if tok.pos_ == "PROPN" and any(_age_after_comma(c) for c in tok.children):
        return True  # "Ann Roe, 18, and Jon Reyes, 20": a name with an age, whatever entity the tagger made of it
    if _name_joined_to_a_person(tok):
        return True  # "Jon Reyes and Sam Kenney", "Maxwell and another teenager", whatever entity the tagger made of it
    if is_age_noun(tok) or _the_other(tok) or _age_before_participle(tok):
        return True
    if headline_person(tok):
        return True
    if tok.tag_ != "NN" or not is_person(tok) or tok.lower_ in GROUP_NOUNS:
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
    return is_headline(sentence_of(tok)) and not any(c.dep_ in {"det", "poss", "nummod"} for c in tok.children)


def headline_person(tok: Token) -> bool:
    """Headline grammar drops the article: "Girl dies in shooting", "Man Shot On Quarry Street"."""
    if tok.lower_ not in PERSON_NOUNS or tok.lower_ in GROUP_NOUNS:
        return False
    singular = tok.tag_ == "NN" or (tok.tag_ == "NNP" and not tok.ent_type_ and not tok.lower_.endswith("s"))
    # "Officer wounded, suspect killed": the tagger may take the bare noun before a state for a verb,
    # and "Boy dies; sister hurt" the first word for an interjection
    misread = tok.tag_ in {"VB", "VBP"} and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in STATE_FIELDS
    return (singular or misread or tok.tag_ == "UH") and _bare_in_headline(tok)


def is_one_person(tok: Token) -> bool:
    """A single person as is_single_person, or one counted by its article ("a mother")."""
    if is_single_person(tok):
        return True
    dets = {c.lower_ for c in tok.children if c.dep_ in {"det", "preconj"}}
    return bool(dets & {"a", "an"}) and not dets & NEGATING_DETS and is_person(tok) and tok.tag_ == "NN"


def is_age_noun(tok: Token) -> bool:
    """ "a 4-year-old", "the 17-year-old", "two 16-year-olds": an age standing for the person."""
    if tok.lower_ not in {"old", "olds"} or tok.pos_ not in {"NOUN", "ADJ"}:
        return False
    return any(c.lemma_ in AGE_UNITS for c in tok.children)


def _age_after_comma(tok: Token) -> bool:
    """The ", 20," set beside a name: a whole number a person's age can be, between commas."""
    doc = tok.doc
    if tok.dep_ != "appos" or not tok.text.isdecimal() or not 0 < int(tok.text) < 110:
        return False
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "," and doc[tok.i + 1].is_punct


def _age_before_participle(tok: Token) -> bool:
    """ "a 6-year-old playing in the yard was shot": the parser makes the participle the noun the age
    describes, so the participle stands for the person."""
    aged = any(c.dep_ == "amod" and is_age_noun(c) for c in tok.children)
    # an object or place of its own tells a participle ("riding an ATV") from a noun ("shooting victim")
    acting = any(c.dep_ in {"dobj", "prep"} for c in tok.children)
    return tok.lower_.endswith("ing") and aged and acting
