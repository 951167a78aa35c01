"""The records of the figure reader: a figure it gives out, and a hit before coordinated counts are added up."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from crosswire.model import CountValue


@dataclass(slots=True)
class Figure:
    """One count figure of a sentence: ``field`` from model.COUNT_FIELDS, the interval value, and
    the char offsets (in ``sent.doc.text``) of the shortest span it was read from."""

    field: str
    value: CountValue
    start: int
    end: int
    # "attacker": the death of the one who opened fire ("the gunman was killed by police");
    # "victims": the dead an attacker killed, the attacker not among them ("he killed three officers")
    role: str | None = None
    # "three others were treated": people besides those told of before, in this sentence or the last
    others: bool = False


@dataclass(slots=True)
class Hit:
    """A quantity tied to a field, before coordinated counts are added up."""

    field: str
    value: CountValue
    arg: Token
    start: int
    end: int
    more: bool = False
    single: bool = False  # one person named or referred to, no number
    weak: bool = False  # wounded only because "shot" or "stabbed": may include the dead
    # the tokens of the people a list's hit counts: their own hits are the same dead read again
    covers: frozenset[int] = frozenset()
    counted: bool = False  # the number is written ("three", "a double homicide"), not one person told of
    ranked: bool = False  # counted by rank ("a fifth victim"): those told of before are among them
    adds: bool = False  # "two more people", "three additional victims": besides those told of before


def add_counts(a: CountValue, b: CountValue) -> CountValue:
    """Two counts of different people added up ("seven ... and one ...")."""
    high = None if a.high is None or b.high is None else a.high + b.high
    return CountValue(a.stated + b.stated, a.low + b.low, high, a.qualifier or b.qualifier)
