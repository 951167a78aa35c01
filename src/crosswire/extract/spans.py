"""Per-document caches of spaCy views that spaCy rebuilds on every access.

``Doc.ents`` builds a new tuple of ``Span`` objects on each call, and ``Span.ents`` calls it
again for every sentence, so an article of 60 sentences read by four rules built its entity
list 240 times. ``sentence_ents`` builds it once per document and slices it per sentence. ``Doc.text`` likewise
re-joins every token on each access; rules that read it per sentence made long articles cost the
square of their length, so ``doc_text`` joins once per document and ``sentence_text`` slices it.
The helpers built on them (``sentence_quote``, ``token_at``) serve every stage of extraction.
``Token.sent`` walks the parse to find the sentence's edges on every access; ``sentence_of`` looks
it up among the document's sentences, listed once.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

__all__ = [
    "doc_ents",
    "doc_text",
    "is_headline",
    "semicolon_between",
    "sentence_ents",
    "sentence_of",
    "sentence_quote",
    "sentence_text",
    "token_at",
]

# Key in ``Doc.user_data``; a tuple so it cannot clash with spaCy's own string keys.
ENTS_KEY = ("crosswire", "ents")
TEXT_KEY = ("crosswire", "text")
SENTS_KEY = ("crosswire", "sents")
HEADLINE_KEY = ("crosswire", "headlines")


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document."""
    cached = doc.user_data.get(TEXT_KEY)
    if cached is None or cached[1] != len(doc):
        cached = (doc.text, len(doc))
        doc.user_data[TEXT_KEY] = cached
    return cached[0]


def sentence_text(sent: Span) -> str:
    """``sent.text``, sliced from the document's text joined once (a dozen rules read each sentence's text)."""
    return doc_text(sent.doc)[sent.start_char : sent.end_char]


def doc_ents(doc: Doc) -> tuple[tuple[int, ...], tuple[Span, ...]]:
    """The document's entities (in order) and their start token indices, built once per document."""
    cached = doc.user_data.get(ENTS_KEY)
    if cached is None or cached[2] != len(doc):
        ents = tuple(doc.ents)
        cached = (tuple(e.start for e in ents), ents, len(doc))
        doc.user_data[ENTS_KEY] = cached
    return cached[0], cached[1]


def sentence_ents(sent: Span) -> list[Span]:
    """The entities that lie wholly inside ``sent``: the same list as ``sent.ents``, at a slice's cost."""
    starts, ents = doc_ents(sent.doc)
    found = []
    for ent in ents[bisect_left(starts, sent.start) :]:
        if ent.end > sent.end:
            break  # as spaCy does: an entity crossing the end closes the list
        found.append(ent)
    return found


def sentence_of(tok: Token) -> Span:
    """``tok.sent``, from the document's sentences listed once."""
    doc = tok.doc
    cached = doc.user_data.get(SENTS_KEY)
    if cached is None or cached[2] != len(doc):
        sents = tuple(doc.sents)
        cached = (tuple(s.start for s in sents), sents, len(doc))
        doc.user_data[SENTS_KEY] = cached
    starts, sents = cached[0], cached[1]
    return sents[bisect_right(starts, tok.i) - 1]


def is_headline(sent: Span) -> bool:
    """A line without closing punctuation: headline grammar drops the auxiliary."""
    known = sent.doc.user_data.setdefault(HEADLINE_KEY, {})
    key = (sent.start, sent.end)
    if key not in known:
        last = next((t for t in reversed(sent) if not t.is_space), None)
        known[key] = last is not None and last.text not in {".", "!", "?", '"', "\u201d"}
    return known[key]


def semicolon_between(a: Token, b: Token) -> bool:
    """ "3 shot near park; 1 dies": a semicolon starts another clause, whatever the parser says.
    Semicolons that set a list's items apart ("Jon Reyes, 36; Ann Roe, 40; and Tim Hale, 19")
    start none."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ";" and not _sets_items_apart(t) for t in a.doc[lo:hi])


def _sets_items_apart(semicolon: Token) -> bool:
    """Whether the list goes on from the semicolon to a last item after "; and", with no verb
    between: a semicolon then sets one item of a list apart from the next."""
    doc = semicolon.doc
    for t in doc[semicolon.i : semicolon.sent.end]:
        if t.pos_ in {"VERB", "AUX"}:
            return False
        if t.text == ";" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "and":
            return True
    return False


def verb_of(tok: Token) -> Token | None:
    """The verb whose clause holds the token (itself, if a verb)."""
    return next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX")), None)


def token_at(sent: Span, char: int) -> Token | None:
    """The sentence's token that holds the character at ``char``."""
    for token in sent:
        if token.idx <= char < token.idx + len(token.text):
            return token
    return None


def sentence_quote(sent: Span) -> tuple[str, int, int]:
    """The sentence as quoted: verbatim, without the line breaks spaCy keeps at its end."""
    quote = sentence_text(sent).rstrip()
    return quote, sent.start_char, sent.start_char + len(quote)
