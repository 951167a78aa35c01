"""extract: cleaned article text -> incident mentions with their claims.

``Extractor`` holds the loaded spaCy pipeline; ``pipe`` streams documents through ``nlp.pipe``
in batches so the model, not our code, sets the pace.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from crosswire.extract.mentions import build_mentions, sentence_quote
from crosswire.extract.nlp import load_nlp
from crosswire.extract.places import article_admin1, article_countries, dateline_place
from crosswire.extract.sentences import read_sentence
from crosswire.model import Claim, CleanText, Document, Mention

__all__ = ["Extractor", "published_of"]

LOGGER = logging.getLogger(__name__)
# spaCy refuses longer texts; no news article comes near this.
MAX_CHARS = 200_000


def published_of(doc: Document, clean: CleanText):
    """The article's date: from its metadata, else from what the cleaner found in the page."""
    return doc.published or clean.published


class Extractor:
    """Reads incident mentions out of cleaned articles with one loaded spaCy pipeline."""

    def __init__(self, nlp=None, *, batch_size: int = 64, n_process: int = 1):
        self.nlp = nlp if nlp is not None else load_nlp()
        self.batch_size = batch_size
        self.n_process = n_process

    def extract(self, doc: Document, clean: CleanText) -> list[Mention]:
        """Mentions of one document."""
        spacy_doc = self.nlp(clean.text[:MAX_CHARS])
        return self.mentions_from(spacy_doc, doc, clean)

    def pipe(self, items: Iterable[tuple[Document, CleanText]]) -> Iterator[tuple[Document, CleanText, list[Mention]]]:
        """Stream (document, clean text) pairs through the model in batches, in input order."""
        texts = ((clean.text[:MAX_CHARS], (doc, clean)) for doc, clean in items)
        stream = self.nlp.pipe(texts, as_tuples=True, batch_size=self.batch_size, n_process=self.n_process)
        for spacy_doc, (doc, clean) in stream:
            yield doc, clean, self.mentions_from(spacy_doc, doc, clean)

    @staticmethod
    def mentions_from(spacy_doc, doc: Document, clean: CleanText) -> list[Mention]:
        """Mentions from an already parsed document."""
        published = published_of(doc, clean)
        countries = article_countries(spacy_doc)
        admin1 = article_admin1(spacy_doc)
        readings = [read_sentence(sent, published, countries, admin1) for sent in spacy_doc.sents]
        mentions = build_mentions(doc.doc_id, readings, published)
        if mentions and mentions[0].role == "main" and not mentions[0].claims_for("place"):
            claim = _dateline_claim(spacy_doc, doc.doc_id)
            if claim is not None:
                mentions[0].claims.append(claim)
        return mentions


def _dateline_claim(spacy_doc, doc_id: str) -> Claim | None:
    """The dateline ("SPRINGFIELD, Ill. -") places the main incident when its sentences name no place."""
    location = dateline_place(spacy_doc.text)
    if location is None or not location.text:
        return None
    at = spacy_doc.text.find(location.text)
    for sent in spacy_doc.sents:
        if sent.start_char <= at < sent.end_char:
            quote, start, end = sentence_quote(sent)
            return Claim("place", location, quote, start, end, doc_id)
    return None
