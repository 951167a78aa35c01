"""The language an article is written in: the one its record declares, else py3langid's reading.

The extract stage reads English (the model is en_core_web_sm): an article in another language is
stored and shown, but not read for incidents, and the ingest summary says how many there were.
"""

from __future__ import annotations

from functools import cache

# Below this many letters (a bare headline, a site's name) no language is told apart reliably.
MIN_LETTERS = 40
# The identifier's share of belief, normalised over its 97 languages, that names a language.
MIN_CONFIDENCE = 0.9
# The opening of an article tells its language; reading further only costs time.
SAMPLE_CHARS = 2000


@cache
def identifier():
    """py3langid's identifier, loaded once (0.7 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def declared_language(value: str | None) -> str | None:
    """The ISO 639-1 code of a record's ``language`` ("en", "en-US", "English", "eng"); None when unknown."""
    if not value or not value.strip():
        return None
    import pycountry

    code = value.strip().replace("_", "-").split("-")[0]
    try:
        language = pycountry.languages.lookup(code)
    except LookupError:
        return None
    return getattr(language, "alpha_2", None)


def text_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in; None when too short to tell or unsure."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    language, confidence = identifier().classify(sample)
    return language if confidence >= MIN_CONFIDENCE else None
