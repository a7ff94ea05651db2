"""Ukrainian and Russian names in their case forms: "у Харкові", "под Угледаром".

Both languages decline place names. Telegram channels and Ukrainian and Russian
outlets write "обстріляли Харків" but "у Харкові", "біля Куп'янська", "в
Белгородской области", and the gazetteer holds nominatives only. A Cyrillic name
not found as written is read back to its nominative forms with pymorphy3's
Ukrainian and Russian dictionaries; they also guess the forms of names they do not
list from their endings, which is what village names need. Writing case endings by
hand would repeat, worse, what those dictionaries hold.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from frontwatch.geo.keys import key

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer

#: Readings of a word kept per language: the rest are ever less likely.
READINGS = 3
#: Nominative forms tried per word, and words a declined name may run to.
FORMS = 6
WORDS = 3

_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04FF'’ʼ]+$")


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC_WORD.match(word)) and any(c.isalpha() for c in word)


@cache
def _analyzers() -> tuple[MorphAnalyzer, MorphAnalyzer]:
    from pymorphy3 import MorphAnalyzer

    return MorphAnalyzer(lang="uk"), MorphAnalyzer(lang="ru")


#: Case endings of town names in -ськ and -цьк (-ск, -цк in Russian), which the
#: dictionaries read as an adjective's when one is spelled alike ("Покровська" is
#: Pokrovsk's genitive, and the feminine of "покровський").
_SK_TOWN = re.compile(r"^(.*(?:ськ|цьк))(?:а|у|ом|ові)$|^(.*(?:ск|цк))(?:а|у|ом|е)$")


#: Case endings of a Ukrainian possessive adjective in -ів, which declines as
#: -ового, -овому, -овим ("біля Часового Яру", Chasiv Yar; "у Волоховому Яру"). The
#: dictionaries know no such adjective of a village and read it as -овий.
_POSSESSIVE = re.compile(r"^(.{3,})ов(?:ого|ому|им|ім)$")


@lru_cache(maxsize=10_000)
def instrumental(word: str) -> bool:
    """Whether every likely reading of a word is in the instrumental case, which
    "з" governs when it means "with" ("з Макроном"), not "from" ("з Харкова")."""
    readings = [r for analyzer in _analyzers() for r in analyzer.parse(word)[:READINGS]]
    return bool(readings) and all(r.tag.case == "ablt" for r in readings)


@lru_cache(maxsize=50_000)
def nominatives(word: str) -> tuple[str, ...]:
    """The word's nominative forms, likeliest first, in lowercase. An adjective keeps
    its gender ("Херсонську" gives "херсонська", as in "Херсонська область")."""
    lower = word.lower()
    town = _SK_TOWN.match(lower)
    forms: list[str] = [town.group(1) or town.group(2)] if town else []
    for analyzer in _analyzers():
        for reading in analyzer.parse(word)[:READINGS]:
            inflected = reading.inflect({"nomn"})
            for form in (inflected.word if inflected else "", reading.normal_form):
                if form and form not in forms:
                    forms.append(form)
    possessive = _POSSESSIVE.match(lower)
    if possessive:
        forms[FORMS:] = [possessive.group(1) + "ів"]
    return tuple(forms[: FORMS + 1])


def forms(word: str) -> tuple[str, ...]:
    """The word's nominatives, likeliest first, then the word as written."""
    return tuple(dict.fromkeys((*nominatives(word), word.lower())))


def nominative_keys(word: str) -> list[str]:
    """The keys a word may be looked up by: a Cyrillic one's at each of its forms
    ("Покровському": pokrovski, pokrovske, ...), any other's as written."""
    if is_cyrillic(word):
        return list(dict.fromkeys(key(form) for form in forms(word)))
    return [key(word)]


#: Letters only Ukrainian writes, and letters only Russian writes: a word with either
#: is read in its own language alone.
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
_RUSSIAN_LETTERS = frozenset("ыэъёЫЭЪЁ")
#: How sure a dictionary must be of a reading to take it.
WORD_SCORE = 0.5


def _dictionaries_of(text: str) -> tuple[MorphAnalyzer, ...]:
    """The dictionaries to read a text with: a dictionary reading another language's
    word guesses, so a text with letters of one language is read in that one only."""
    uk, ru = _analyzers()
    letters = set(text)
    if letters & _UKRAINIAN_LETTERS:
        return (uk,)
    if letters & _RUSSIAN_LETTERS:
        return (ru,)
    return (uk, ru)


def reads_as_a_word(word: str) -> bool:
    """Whether a capitalised word reads first as something other than a noun in its
    language ("Того", that; "Мали", had): a name spelled so needs a word of place
    before it."""
    for analyzer in _dictionaries_of(word):
        best = analyzer.parse(word)[0]
        if best.score >= WORD_SCORE and best.tag.POS not in ("NOUN", None):
            return True
    return False


def reads_as_a_name(word: str) -> bool:
    """Whether no dictionary knows a word but as a place's name: the Russian one
    tags it so ("Купянск"), or neither knows it ("Угледар"). The Ukrainian
    dictionary reads place names as plain nouns, as it does "перемога" (victory)."""
    if _tagged_a_place(word):
        return True
    return not any(d.word_is_known(word.lower()) for d in _analyzers())


def a_common_word(word: str) -> bool:
    """Whether every dictionary of the word's language knows it, and none as a place's
    name: "Дружба" (friendship), "Воля" (will), not "Суджа", which the Russian one
    tags as a place, nor "Костянтинівка", which it does not know."""
    dictionaries = _dictionaries_of(word)
    if _analyzers()[1] in dictionaries and _tagged_a_place(word):
        return False
    return all(d.word_is_known(word.lower()) for d in dictionaries)


def _tagged_a_place(word: str) -> bool:
    """Whether the Russian dictionary reads the word as a place's name (its "Geox"
    tag); the Ukrainian one tags none."""
    return any("Geox" in reading.tag for reading in _analyzers()[1].parse(word)[:READINGS])


def adjective_before_noun(word: str, following: str) -> bool:
    """Whether a capitalised word may read as an adjective and the lowercase word
    after it reads as a noun, the pair a noun phrase ("Білому домі", "Белом доме").
    The dictionary reads a capitalised adjective as a surname first ("Білий"), so any
    reading counts."""
    if not following[:1].islower():
        return False
    return any(
        any(p.tag.POS == "ADJF" for p in analyzer.parse(word.lower()))
        and analyzer.parse(following)[0].tag.POS == "NOUN"
        for analyzer in _dictionaries_of(word + following)
    )
