"""Russian counts: the numbers of a sentence (digits, number words, "десятки"), with the qualifier
written before them, each given to the count word of its clause ("погибли 40 человек")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from crosswire.extract.numbers import parse_quantity
from crosswire.extract.russian import words as ru
from crosswire.model import CountValue

__all__ = ["Token", "read_counts"]

# A count word and its number stand this close: "погибли 40 человек", "40 человек погибли".
MAX_GAP = 4
CLAUSE_BREAKS = frozenset(",;:()—–")
DIGITS = re.compile(r"\d{1,6}")
# A number is no count when a month, a year or a time follows it ("22 марта", "30 лет", "в 10 часов").
NOT_COUNT_AFTER = frozenset({"год", "час", "минута", "километр", "метр", "процент", "рубль", "доллар", "%"})
NOT_COUNT_AFTER_TEXT = frozenset(ru.MONTHS_GENITIVE)


@dataclass(slots=True)
class Token:
    """One word of a sentence as natasha reads it: its lemma in lower case, "ё" written "е"."""

    text: str
    lemma: str
    pos: str
    feats: dict[str, str]

    @property
    def lower(self) -> str:
        return self.text.lower().replace("ё", "е")


@dataclass(slots=True)
class Quantity:
    """A number of a clause: the positions of its first and last word, and its value."""

    first: int
    last: int
    value: CountValue


def read_counts(tokens: list[Token]) -> list[tuple[str, CountValue]]:
    """The counts of a sentence, clause by clause: each number goes to the nearest count word of
    its clause; a count word with no number tells of one ("погиб мужчина") or nobody ("никто не
    пострадал")."""
    figures = []
    for clause in _clauses(tokens):
        quantities = _quantities(clause)
        words = [i for i, t in enumerate(clause) if t.lemma in ru.FIELD_LEMMAS and not _negated(clause, i)]
        counted: set[int] = set()
        joined: set[int] = set()  # numbers added to the one before them
        for quantity in quantities:
            if quantity.first in joined:
                continue
            word = _count_word_of(quantity, words, clause)
            if word is not None:
                value, more = _with_joined(quantity, clause, quantities, words)
                joined.update(q.first for q in more)
                figures.append((ru.FIELD_LEMMAS[clause[word].lemma], value))
                counted.add(word)
        told = {ru.FIELD_LEMMAS[clause[i].lemma] for i in counted}
        for i in words:
            name = ru.FIELD_LEMMAS[clause[i].lemma]
            if i not in counted and name not in told and (value := _uncounted(clause, i)) is not None:
                figures.append((name, value))
                told.add(name)
        figures += [(ru.FIELD_LEMMAS[clause[i].lemma], CountValue(0, 0, 0)) for i in _nobody(clause)]
    return figures


def _with_joined(
    quantity: Quantity, clause: list[Token], quantities: list[Quantity], words: list[int]
) -> tuple[CountValue, list[Quantity]]:
    """The count with the people joined to it by "и": "трое учащихся и учительница" is 4, "двое
    полицейских и трое мирных жителей" is 5; not when the joined ones have a count word of their
    own ("3 человека погибли и еще 2 пострадали"). Returns the value and the numbers it took in."""
    counted_end = _phrase_end(clause, quantity.last + 1)
    if not (_names_people(clause, quantity.last + 1, counted_end) and _word(clause, counted_end) == "и"):
        return quantity.value, []
    k = counted_end + 1 + (_word(clause, counted_end + 1) == "еще")
    joined = next((q for q in quantities if q.first == k and q.value.is_exact), None)
    start = joined.last + 1 if joined else k
    end = _phrase_end(clause, start)
    if not _names_people(clause, start, end) or any(i >= start for i in words):
        return quantity.value, []
    if joined is None and clause[end - 1].feats.get("Number") != "Sing":
        return quantity.value, []
    n = joined.value.stated if joined else 1
    value = quantity.value
    high = None if value.high is None else value.high + n
    return replace(value, stated=value.stated + n, low=value.low + n, high=high), [joined] if joined else []


def _phrase_end(clause: list[Token], i: int, longest: int = 3) -> int:
    """Where the run of adjectives and nouns from ``i`` ends (at most ``longest`` words)."""
    end = i
    while end < len(clause) and end - i < longest and clause[end].pos in ("ADJ", "NOUN"):
        end += 1
    return end


def _names_people(clause: list[Token], start: int, end: int) -> bool:
    """Whether the words name people: ending in a noun of a living being ("жителей") or an
    adjective standing for one ("военных", "раненых"), with no noun of a thing."""
    words = clause[start:end]
    if not words or any(t.pos == "NOUN" and t.feats.get("Animacy") == "Inan" for t in words):
        return False
    return words[-1].pos == "ADJ" or words[-1].feats.get("Animacy") == "Anim"


def _word(clause: list[Token], i: int) -> str | None:
    return clause[i].lower if i < len(clause) else None


def _clauses(tokens: list[Token]) -> Iterable[list[Token]]:
    clause: list[Token] = []
    for token in tokens:
        if token.pos == "PUNCT" and token.text in CLAUSE_BREAKS:
            if clause:
                yield clause
            clause = []
        else:
            clause.append(token)
    if clause:
        yield clause


def _quantities(clause: list[Token]) -> list[Quantity]:
    """The numbers of a clause as intervals, with the qualifier words before them."""
    found = []
    i = 0
    while i < len(clause):
        last, value = _number_at(clause, i)
        if value is None:
            i += 1
            continue
        found.append(Quantity(i, last, _qualified(clause, i, value)))
        i = last + 1
    return found


def _number_at(clause: list[Token], i: int) -> tuple[int, CountValue | None]:
    token = clause[i]
    after = clause[i + 1] if i + 1 < len(clause) else None
    if after is not None and (after.lemma in NOT_COUNT_AFTER or after.lower in NOT_COUNT_AFTER_TEXT):
        return i, None
    if i > 0 and clause[i - 1].text in ("№", "N"):
        return i, None  # "школа № 12"
    if DIGITS.fullmatch(token.text):
        n = int(token.text)
        return i, CountValue(n, n, n)
    if token.lemma in ru.NUMBER_LEMMAS and token.pos == "NUM" or token.lemma in ("двое", "трое", "оба"):
        total, last = 0, i
        while last < len(clause) and clause[last].lemma in ru.NUMBER_LEMMAS:
            total += ru.NUMBER_LEMMAS[clause[last].lemma]
            last += 1
        return last - 1, CountValue(total, total, total)
    plural = token.feats.get("Number") == "Plur" or token.lemma == "несколько"
    if token.lemma in ru.VAGUE_LEMMAS and plural:
        low, high = ru.VAGUE_LEMMAS[token.lemma]
        return i, CountValue(low, low, high, token.lower)
    return i, None


def _qualified(clause: list[Token], i: int, value: CountValue) -> CountValue:
    """The value with the qualifier written before it ("не менее 139"), read as the English reader
    reads its English counterpart ("at least 139")."""
    if not value.is_exact:
        return value
    for width in range(ru.QUALIFIER_WORDS, 0, -1):
        words = " ".join(t.lower for t in clause[max(0, i - width) : i])
        english = ru.QUALIFIERS.get(words) if i - width >= 0 else None
        if english is None:
            continue
        changed = i - width > 0 and clause[i - width - 1].lemma in ru.CHANGE_VERBS
        if words == "до" and changed:
            return value  # "возросло до 144": the figure reached
        return parse_quantity(f"{english} {value.stated}") or value
    return value


def _count_word_of(quantity: Quantity, words: list[int], clause: list[Token]) -> int | None:
    """The count word a number belongs to: the nearest in its clause within ``MAX_GAP`` tokens, or
    a toll noun's ("число погибших ... 144") anywhere after it; never the group it is one of."""
    best, best_gap = None, MAX_GAP + 1
    for i in words:
        if i > 0 and clause[i - 1].lower == "из":
            continue  # "один из пострадавших скончался": the group the number is taken from
        if i > quantity.last:
            gap = i - quantity.last
        else:
            gap = quantity.first - i
            if i > 0 and clause[i - 1].lemma in ru.TOLL_NOUNS:
                gap = min(gap, 1)
        if gap < best_gap:
            best, best_gap = i, gap
    return best


def _negated(clause: list[Token], i: int) -> bool:
    return i > 0 and clause[i - 1].lower == "не"


def _nobody(clause: list[Token]) -> list[int]:
    """Count words said of nobody: "никто не пострадал", "пострадавших нет"."""
    return [
        i
        for i, t in enumerate(clause)
        if t.lemma in ru.FIELD_LEMMAS
        and (
            (_negated(clause, i) and any(c.lemma in ru.NOBODY for c in clause[max(0, i - 3) : i]))
            or (i + 1 < len(clause) and clause[i + 1].lower == "нет")
        )
    ]


def _uncounted(clause: list[Token], i: int) -> CountValue | None:
    """One person, told by a verb in the singular and no number: "погиб мужчина", "ранен водитель"."""
    token = clause[i]
    singular_verb = token.pos == "VERB" and token.feats.get("Number") == "Sing"
    return CountValue(1, 1, 1, counted=False) if singular_verb else None
