"""Reading numbers as news writes them: "143", "2,000", "twenty-five", "a dozen", "dozens".

``parse_number`` reads one exact number; the model's ``VAGUE`` maps the words that stand for a number
without giving it to the interval a reader would take them for; ``parse_quantity`` reads a whole quantity
phrase ("at least 143", "2,000-4,000") as an interval (DESIGN.md "Figures are intervals").
Figure and date extraction both use these.
"""

from __future__ import annotations

import re

from crosswire.model import VAGUE, CountValue

UNITS = {
    "zero": 0,
    "none": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# "a dozen" is exact in news use; "dozen" alone only appears after a number ("two dozen").
DOZEN = {"dozen": 12}
NUMBER_WORDS = {**UNITS, **TENS, **SCALES, **DOZEN}

DIGITS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
DECIMAL_SCALE_RE = re.compile(r"^(\d+(?:\.\d+)?)\s+(thousand|million)$")
WORD_SPLIT_RE = re.compile(r"[\s-]+")


_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_DCORE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:thousand|million))?"
# Digits must not touch ":" "/" "." or other digits, so times, dates and decimals stay out; the
# first number of a range may be followed by "-", the last may not ("2024-03-22").
_BEFORE = r"(?<![\d:/.,$#£€-])"
_AFTER_FIRST = r"(?![\d:/%]|[.,]\d)"
_AFTER_LAST = r"(?![\d:/%]|[.,/-]\d)"
_WNUM = rf"(?:(?:half\s+)?a\s+dozen|a\s+pair|(?:{_WORDS})(?:[\s-]+(?:{_WORDS}))*)"
_NUM = rf"(?:{_BEFORE}{_DCORE}{_AFTER_LAST}|\b{_WNUM}\b)"
_NUM_FIRST = rf"(?:{_BEFORE}{_DCORE}{_AFTER_FIRST}|\b{_WNUM}\b)"
_NUM_LAST = rf"(?:{_DCORE}{_AFTER_LAST}|\b{_WNUM}\b)"
_VAGUE = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in VAGUE), key=len, reverse=True))

# Qualifier -> how it turns the stated number N into an interval.
QUALIFIERS: dict[str, str] = {
    "at least": "min",
    "no fewer than": "min",
    "no less than": "min",
    "not less than": "min",
    "a minimum of": "min",
    "more than": "above",
    "over": "above",
    "upwards of": "above",
    "in excess of": "above",
    "nearly": "near",
    "almost": "near",
    "close to": "near",
    "just under": "near",
    "fewer than": "below",
    "less than": "below",
    "about": "approx",
    "around": "approx",
    "some": "approx",
    "approximately": "approx",
    "roughly": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "up to": "upto",
    "as many as": "upto",
    "at most": "upto",
    "no more than": "upto",
}
_QUAL = "|".join(sorted((q.replace(" ", r"\s+") for q in QUALIFIERS), key=len, reverse=True))
# Where a quantity can start: a word's first letter, or a digit ("between" may follow letters).
# Said up front, it lets the regex engine pass over the inside of words at once instead of trying
# every alternative at each letter; the matches are the same, found in half the time.
_QUANTITY_START = r"(?:(?<!\w)|(?=\d|between))"
QUANTITY_RE = re.compile(
    rf"{_QUANTITY_START}(?:\b(?P<qual>{_QUAL})\s+)?(?P<body>"
    rf"between\s+(?P<b1>{_NUM})\s+and\s+(?P<b2>{_NUM})"
    rf"|(?P<r1>{_NUM_FIRST})(?:(?<=\d)\s*[-–—]\s*|\s+(?:to|or)\s+)(?P<r2>{_NUM_LAST})(?!\s+or\s+more)"
    rf"|(?P<open>{_NUM})(?:\s+or\s+more\b|\+|-plus\b)"
    rf"|\b(?P<vague>{_VAGUE})\b"
    rf"|(?P<num>{_NUM}))",
    re.IGNORECASE,
)


def parse_number(text: str) -> int | None:
    """One exact number written in digits or words ("1,100", "twenty-five", "a dozen"), else None.

    text (str): the number alone, any case.
    RETURNS (int | None): its value, or None when the text is not a plain number.
    """
    text = text.strip().lower()
    if not text:
        return None
    if DIGITS_RE.match(text):
        return int(text.replace(",", ""))
    scaled = DECIMAL_SCALE_RE.match(text)
    if scaled:
        return round(float(scaled.group(1)) * SCALES[scaled.group(2)])
    return _parse_words(text)


def _parse_words(text: str) -> int | None:
    words = [w for w in WORD_SPLIT_RE.split(text) if w and w != "and"]
    if words == ["half", "a", "dozen"]:
        return 6
    if words and words[0] in {"a", "an"}:
        # "a dozen", "a hundred": the article stands for one
        words[0] = "one"
    if words == ["one", "pair"]:
        return 2  # "a pair of officers", read only with its article
    if not words or any(w not in NUMBER_WORDS and not DIGITS_RE.match(w) for w in words):
        return None
    total = current = 0
    for word in words:
        value = int(word.replace(",", "")) if DIGITS_RE.match(word) else NUMBER_WORDS[word]
        if word in SCALES or word in DOZEN:
            current = max(current, 1) * value
            if value >= 1000:
                total, current = total + current, 0
        else:
            current += value
    return total + current


def parse_quantity(text: str) -> CountValue | None:
    """Read a quantity phrase ("at least 143", "dozens", "2,000-4,000", "a dozen") as an interval.

    text (str): the phrase alone.
    RETURNS (CountValue | None): the interval, or None when the text is not a quantity.
    """
    match = QUANTITY_RE.fullmatch(text.strip())
    return value_of(match) if match else None


def value_of(match: re.Match) -> CountValue | None:
    qual = re.sub(r"\s+", " ", match.group("qual").lower()) if match.group("qual") else None
    if match.group("b1") or match.group("r1"):
        low = parse_number(match.group("b1") or match.group("r1"))
        high = parse_number(match.group("b2") or match.group("r2"))
        if low is None or high is None or high < low:
            return None
        return _qualify(qual, low, low, high)
    if match.group("open"):
        n = parse_number(match.group("open"))
        return None if n is None else CountValue(n, n, None, qual or "or more")
    if match.group("vague"):
        word = re.sub(r"\s+", " ", match.group("vague").lower())
        low, high = VAGUE[word]
        return CountValue(low, low, high, word if qual is None else f"{qual} {word}")
    n = parse_number(match.group("num"))
    return None if n is None else _qualify(qual, n, n, n)


def _qualify(qual: str | None, stated: int, low: int, high: int) -> CountValue:
    # Integer arithmetic: 1.1 * 200 in floats is 220.00000000000003, whose ceiling is 221.
    kind = QUALIFIERS.get(qual or "")
    if kind == "min":
        return CountValue(stated, low, None, qual)
    if kind == "above":
        return CountValue(stated, high + 1, None, qual)
    if kind == "near":
        return CountValue(stated, -(-85 * high // 100), high, qual)
    if kind == "below":
        return CountValue(stated, 0, max(low - 1, 0), qual)
    if kind == "approx":
        return CountValue(stated, 9 * low // 10, -(-11 * high // 10), qual)
    if kind == "upto":
        return CountValue(stated, 0, high, qual)
    return CountValue(stated, low, high, None)
