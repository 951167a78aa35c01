"""Reading numbers as news writes them: "143", "2,000", "twenty-five", "a dozen", "dozens".

``parse_number`` reads one exact number; ``VAGUE`` maps the words that stand for a number without
giving it to the interval a reader would take them for. Figure and date extraction both use these.
"""

from __future__ import annotations

import re

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

# Words that give a number without stating it, read as the interval a reader would take.
# "a few" is 2-5 and "a handful" 3-6: a reader would not say "a few" of one, or of ten.
VAGUE: dict[str, tuple[int, int]] = {
    "a few": (2, 5),
    "a handful": (3, 6),
    "several": (3, 9),
    "dozens": (24, 99),
    "several dozen": (36, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "several hundred": (300, 999),
    "thousands": (2000, 9999),
    "several thousand": (3000, 9999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
}

DIGITS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
DECIMAL_SCALE_RE = re.compile(r"^(\d+(?:\.\d+)?)\s+(thousand|million)$")
WORD_SPLIT_RE = re.compile(r"[\s-]+")


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
    if words and words[0] in {"a", "an"}:
        # "a dozen", "a hundred": the article stands for one
        words[0] = "one"
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
