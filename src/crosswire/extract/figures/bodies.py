"""Bodies found: "three bodies were found in the home", "deputies found the body of a teen": the dead,
told without a death word."""

from __future__ import annotations

from spacy.tokens import Span, Token

from crosswire.extract.figures.fates import is_negated
from crosswire.extract.figures.hit import Hit
from crosswire.extract.figures.words import BODY_NOUNS, FINDING_VERBS, ZERO_PRONOUNS
from crosswire.extract.numbers import parse_quantity
from crosswire.model import CountValue

__all__ = ["found_body_hits"]

# "the bodies were found": two dead at least, as many as the text names
TWO_OR_MORE = CountValue(2, 2, None, "or more")


def found_body_hits(sent: Span, taken: set[int]) -> list[Hit]:
    """ "A body was found", "found the bodies of two women", "Two bodies found in a field
    by a creek": the bodies found are the dead (a body camera or a student body is no one)."""
    hits = []
    for body in sent:
        if body.lemma_.lower() not in BODY_NOUNS or body.pos_ not in {"NOUN", "PROPN"} or body.i in taken:
            continue
        verb = _finding_verb(body)
        if verb is None or is_negated(verb) or any(c.lower_ in ZERO_PRONOUNS | {"no"} for c in body.children):
            continue
        numbers = [c for c in body.children if c.dep_ == "nummod"]
        value = _count(body, numbers)
        if value is None:
            continue
        first, last = min(body, verb, *numbers, key=lambda t: t.i), max(body, verb, key=lambda t: t.i)
        counted, end = bool(numbers), last.idx + len(last)
        hits.append(Hit("killed", value, body, first.idx, end, single=not counted and value.high == 1, counted=counted))
    return hits


def _finding_verb(body: Token) -> Token | None:
    """The verb that finds the body: "was found", "found the body", or a headline's bare "found"."""
    head = body.head
    if body.dep_ in {"nsubjpass", "dobj"} and head.lemma_.lower() in FINDING_VERBS:
        return head
    finds_nothing_else = not any(c.dep_ == "dobj" for c in head.children)
    if body.dep_ == "nsubj" and head.lemma_.lower() in FINDING_VERBS and finds_nothing_else:
        return head  # "Body found near river": a headline drops the auxiliary
    found = [c for c in body.children if c.dep_ == "acl" and c.lemma_.lower() in FINDING_VERBS]
    return found[0] if found else None


def _count(body: Token, numbers: list[Token]) -> CountValue | None:
    if numbers:
        return parse_quantity(numbers[0].text)
    if body.tag_ in {"NNS", "NNPS"}:
        return TWO_OR_MORE
    return CountValue(1, 1, 1, None)
