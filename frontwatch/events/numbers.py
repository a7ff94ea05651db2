"""Numbers as reports write them: "1,000", "two hundred", "a thousand", "dozens".

Hand-written because the need is small and exact: spaCy marks number-like tokens
(``like_num``) but does not give their value, and the word-number packages on PyPI
handle neither "dozens"/"hundreds" as lower bounds nor the qualifiers of §7.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0,
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
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
    "dozen": 12,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
#: Plural scales are lower bounds: "hundreds" is at least two hundred.
PLURALS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2_000_000}
NUMERAL = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def word_value(words: str) -> float | None:
    """The value of a number written in words or digits ("two hundred", "1,000", "1.5 million")."""
    total = 0.0
    current = 0.0
    seen = False
    for word in words.lower().replace("-", " ").split():
        if word in ("and", "of"):
            continue
        if NUMERAL.match(word):
            current += float(word.replace(",", ""))
        elif word in UNITS:
            current += UNITS[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def plural_value(word: str) -> float | None:
    return PLURALS.get(word.lower())
