"""Lines set in the story's body that are not the story: links to other stories.

A scraped page keeps the teasers its site sets between paragraphs ("Man, 31, fatally shot on
Quarry Street", "Related: 2 dead after Birch Lane argument"): a line of its own, in headline
grammar, after the story's prose has begun. Read as the story's sentences, their tolls become the
incident's. A line the story wrote as a sentence keeps its auxiliary ("Another man was injured in
the same shooting") even when the scrape lost its full stop, and stays; so does the caption of the
story's own video and a tweet it quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Span

from crosswire.extract.spans import doc_text, sentence_text

__all__ = ["without_asides"]

# A sentence of prose ends with a full stop and has at least this many words.
PROSE_WORDS = 8
PROSE_ENDINGS = (".", '."', ".\u201d")
TWEET_RE = re.compile(r"\(@\w+\)")
SENTENCE_ENDINGS = (".", "!", "?", ":", '"', "\u201d", ")")


def without_asides(sents: Iterable[Span]) -> Iterator[Span]:
    """The sentences of a story, without the headline-grammar lines that follow its prose."""
    prose_begun = False
    for sent in sents:
        if prose_begun and _aside(sent):
            continue
        prose_begun = prose_begun or _prose(sent)
        yield sent


def _aside(sent: Span) -> bool:
    return _unpunctuated(sent) and _own_line(sent) and _headline_grammar(sent) and not _of_story(sent)


def _own_line(sent: Span) -> bool:
    """Only spaces and tabs between the sentence and the line breaks around it. Scans outward from
    the sentence rather than slicing the text before it, which would cost the square of the length."""
    text = doc_text(sent.doc)
    before = sent.start_char
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    after = sent.start_char + len(sentence_text(sent).rstrip())
    while after < len(text) and text[after] in " \t":
        after += 1
    return (before == 0 or text[before - 1] == "\n") and (after == len(text) or text[after] == "\n")


def _unpunctuated(sent: Span) -> bool:
    """No closing punctuation, read on the text: "around 2 a.m." ends a sentence, and so does a
    colon that opens a statement quoted below."""
    return not sentence_text(sent).rstrip().endswith(SENTENCE_ENDINGS)


def _headline_grammar(sent: Span) -> bool:
    """No auxiliary: "Teen shot, killed near park", not "Two others were hurt"."""
    return not any(t.pos_ == "AUX" for t in sent)


def _of_story(sent: Span) -> bool:
    """The caption of a video set in the story ("VIDEO: 2 dead in Elmvale shooting") and a reporter's
    tweet it quotes ("... - Ann Roe (@annroe) May 2, 2016") are of the story."""
    text = sentence_text(sent).strip()
    return text.lower().startswith("video") or TWEET_RE.search(text) is not None


def _prose(sent: Span) -> bool:
    return sentence_text(sent).rstrip().endswith(PROSE_ENDINGS) and sum(t.is_alpha for t in sent) >= PROSE_WORDS
