"""Numbers stated for an event (contract §7): value, qualifier and what they count.

A number's meaning comes from its noun: kilometres and miles are distances (miles
converted, and dropped when the report also gives kilometres), days are durations,
people are killed, wounded, captured or trapped according to the event they belong
to, and equipment items are a ``count``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from frontwatch.events.numbers import PLURALS, SCALES, UNITS, plural_value, word_value
from frontwatch.records import Qualifier, Quantity

KM_PER_MILE = 1.609344
DISTANCE = {
    "kilometer": 1.0,
    "kilometre": 1.0,
    "km": 1.0,
    "mile": KM_PER_MILE,
    "meter": 0.001,
    "metre": 0.001,
    "m": 0.001,
}
DURATION = {"day": 1.0, "week": 7.0, "month": 30.0}
AREA = {"kilometer": 1.0, "kilometre": 1.0, "km": 1.0, "mile": 2.589988}
AT_LEAST = (
    "more than",
    "over",
    "at least",
    "upwards of",
    "in excess of",
    "no fewer than",
    "no less than",
    "just over",
    "just above",
    "above",
    "north of",
)
APPROX = (
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "nearly",
    "almost",
    "an estimated",
    "estimated",
    "close to",
    "circa",
    "around some",
    "or so",
)
AT_MOST = (
    "up to",
    "fewer than",
    "less than",
    "under",
    "at most",
    "no more than",
    "below",
    "just under",
    "as many as",
)
EXACT = ("just", "exactly", "only", "precisely")


@dataclass(frozen=True)
class Amount:
    """A number in a sentence with the word it counts."""

    value: float
    qualifier: Qualifier
    #: "distance_km", "duration_days", "area_km2", "count" or "person".
    measure: str
    #: The token that says what is counted (for finding the event it belongs to).
    noun: Token
    #: Kilometres given in the text (beat a converted figure for the same distance).
    stated_km: bool = False

    def quantity(self) -> Quantity:
        value = round(self.value, 1) if self.value % 1 else self.value
        return Quantity(value=value, qualifier=self.qualifier)


def _is_number(token: Token) -> bool:
    lower = token.lower_
    if lower in ("a", "an"):
        return token.i + 1 < len(token.doc) and token.nbor(1).lower_ in (*SCALES, "dozen")
    return (
        (
            token.like_num
            and not lower.isalpha()
            and not token.text.endswith(("st", "nd", "rd", "th"))
        )
        or lower in UNITS
        or lower in SCALES
    )


def _qualifier(first: Token, sent_start: int) -> Qualifier:
    before = " ".join(t.lower_ for t in first.doc[max(sent_start, first.i - 3) : first.i])
    cues: tuple[tuple[tuple[str, ...], Qualifier], ...] = (
        (AT_LEAST, "at_least"),
        (AT_MOST, "at_most"),
        (APPROX, "approx"),
        (EXACT, "exact"),
    )
    for words, qualifier in cues:
        if any(before.endswith(w) for w in words):
            return qualifier
    return "exact"


def _measure(
    noun: Token, person_words: frozenset[str], equipment: frozenset[str]
) -> tuple[str, float] | None:
    lemma = noun.lemma_.lower()
    previous = noun.doc[noun.i - 1].lower_ if noun.i > 0 else ""
    if previous in ("square", "sq") and lemma in AREA:
        return "area_km2", AREA[lemma]
    if lemma in DISTANCE:
        return "distance_km", DISTANCE[lemma]
    if lemma in DURATION:
        return "duration_days", DURATION[lemma]
    if lemma in person_words:
        return "person", 1.0
    if lemma in equipment:
        return "count", 1.0
    return None


def amounts(
    sent: Span, person_words: frozenset[str], equipment: frozenset[str], taken: set[int]
) -> list[Amount]:
    """Every counted number of the sentence; ``taken`` holds token indices of dates."""
    found: list[Amount] = []
    tokens = list(sent)
    n = 0
    while n < len(tokens):
        token = tokens[n]
        if token.i in taken or not (_is_number(token) or token.lower_ in PLURALS):
            n += 1
            continue
        group = [token]
        while n + 1 < len(tokens) and _is_number(tokens[n + 1]) and tokens[n + 1].i not in taken:
            n += 1
            group.append(tokens[n])
        n += 1
        text = " ".join(t.lower_ for t in group)
        plural = plural_value(group[-1].lower_) if len(group) == 1 else None
        value = plural if plural is not None else word_value(text)
        if value is None or (len(group) == 1 and group[0].lower_ in ("a", "an", "one")):
            continue
        nxt = group[-1].nbor(1) if group[-1].i + 1 < len(group[-1].doc) else None
        if nxt is not None and nxt.lower_ in ("%", "percent", "per"):
            continue
        noun = _noun(group[-1])
        if noun is None:
            continue
        measure = _measure(noun, person_words, equipment)
        if measure is None:
            continue
        qualifier = "at_least" if plural is not None else _qualifier(group[0], sent.start)
        found.append(
            Amount(
                value * measure[1],
                qualifier,
                measure[0],
                noun,
                stated_km=noun.lemma_.lower() in ("kilometer", "kilometre", "km"),
            )
        )
    return found


def _noun(number: Token) -> Token | None:
    """The noun a number counts: its head ("200 soldiers") or the noun after "of"."""
    if number.dep_ == "nummod" or number.head.pos_ in ("NOUN", "PROPN"):
        head = number.head
        if head.lower_ == "of":
            return None
        return head if head.i != number.i else None
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if number.i + 1 < len(number.doc) and number.nbor(1).pos_ == "NOUN":
        return number.nbor(1)
    return None
