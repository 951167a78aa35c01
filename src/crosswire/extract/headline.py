"""A title-case headline read again in sentence case, for the casualties the first reading missed.

The small English model reads "Teen Fatally Shot In Elmvale" as one long name and "Injured 2
Officers & 3 Others" as two injured officers, so the headline's figures go unread or undercounted;
in sentence case it parses them as the clauses they are. Only a closed list of words is lowered
(function words and the words of casualties, people and ages), so the names a headline capitalises
keep their capitals. The lowered line has the headline's length, so the figures it yields keep
their offsets into the article, and their quotes are the article's own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from crosswire.extract import lexicon as lx
from crosswire.extract.figures import Figure, find_figures
from crosswire.extract.figures.words import HEADLINE_STATES, KILL_FORMS, PERSON_NOUNS, SHOT_WORDS
from crosswire.extract.sentences import CASUALTY_COUNTS, Reading
from crosswire.extract.spans import is_headline
from crosswire.model import VAGUE

__all__ = ["headline_to_reread", "is_title_case", "reread_headline", "sentence_case"]

# Words a headline capitalises that name a date, a country or a person when capitalised.
KEEP_CAPITALS = {"may", "us", "will", "march", "june", "july", "august", "last", "first", "new"}
CASUALTY_FORMS = {
    "dies", "died", "dead", "death", "deaths", "wounds", "injures", "injuries", "wounding", "killing",
    "shoots", "shooter", "fatal", "deadly", "accidental", "gunfire", "found", "year", "old", "month",
}  # fmt: skip
LOWERED = (
    {w for w in STOP_WORDS if w.isalpha()}
    | set(lx.TRIGGERS)
    | PERSON_NOUNS
    | set(HEADLINE_STATES)
    | KILL_FORMS
    | SHOT_WORDS
    | CASUALTY_FORMS
    | {w for w in VAGUE if w.isalpha()}
) - KEEP_CAPITALS
WORD_RE = re.compile(r"[A-Za-z][a-z]+")
# A headline in title case has at least this many words that are not function words, all capitalised.
TITLE_CASE_MIN_WORDS = 3


def reread_headline(reading: Reading, parse: Callable[[str], Doc]) -> Reading:
    """``reading`` of a title-case headline, with each casualty figure its sentence-case wording
    counts higher than the title-case wording did ("Injured 2 Officers & 3 Others" is five); any
    other reading is returned as it is."""
    wording = headline_to_reread(reading.sent)
    if wording is None:
        return reading
    # only the figures are read again: the first reading keeps the headline's event, date and place
    shift = reading.sent.start_char
    for fig in find_figures(parse(wording)[:]):
        if fig.field not in CASUALTY_COUNTS or fig.value.low <= _most(reading.figures, fig.field):
            continue
        reading.figures = [f for f in reading.figures if f.field != fig.field]
        reading.figures.append(Figure(fig.field, fig.value, fig.start + shift, fig.end + shift))
    return reading


def headline_to_reread(sent: Span) -> str | None:
    """The sentence-case wording ``reread_headline`` parses for a title-case headline; None for any other line."""
    if not is_headline(sent) or not is_title_case(sent.text):
        return None
    return sentence_case(sent.text)


def _most(figures: list[Figure], field: str) -> int:
    return max((f.value.low for f in figures if f.field == field), default=-1)


def sentence_case(line: str) -> str:
    """``line`` with its common words in lower case, the first word and names as they are."""
    return WORD_RE.sub(lambda m: _lowered(m, line), line)


def is_title_case(line: str) -> bool:
    """Whether every word of the line but the short function words is capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", line) if w.lower() not in STOP_WORDS]
    return len(words) >= TITLE_CASE_MIN_WORDS and all(w[0].isupper() for w in words)


def _lowered(match: re.Match, line: str) -> str:
    word = match.group(0)
    if not line[: match.start()].strip(" \"'“‘") or not word[1:].islower():
        return word  # the first word keeps its capital; "McAllen" or "NYPD" is a name
    lower = word.lower()
    return lower if lower in LOWERED or lower.endswith("ly") else word
