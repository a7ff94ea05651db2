"""Regions written with their word first: "Oblast Kherson", "Kraj Krasnodar".

German, Polish and Czech copy, and the incident tables compiled from it, put the
word for a region before its name, often in that language's spelling of the name
("Oblast Charkiw", "Kraj Krasnojarsk"). Read word by word, "Oblast Kherson" is the
city, and "Oblast Charkov" nothing at all, so the address loses the one thing it
states: which region its village is in. The word says a region is meant, so the
name after it is read as the region it names: a region's own name, the city that
gives an oblast its name (the region around it, for a city that is a region of its
own), or, when the name is unknown, the region one slip away.
"""

from __future__ import annotations

from collections.abc import Callable

from frontwatch.geo.gazetteer import Gazetteer, Place
from frontwatch.geo.keys import key
from frontwatch.geo.match import Match
from frontwatch.geo.misspelt_regions import COUNTRIES, nearest_region, region_place
from frontwatch.geo.sources import cities_within
from frontwatch.geo.tokens import Token, capitalised

#: Words written before a region's name, lowercased.
PREFIX_WORDS = frozenset({"oblast", "oblast'", "krai", "kraj", "kray", "respublika"})


def region_first(
    gazetteer: Gazetteer,
    text: str,
    tokens: list[Token],
    i: int,
    name_at: Callable[[int], Match | None],
) -> Match | None:
    """The region named by a region word at ``i`` and the name after it;
    ``name_at`` finds the gazetteer name that opens at a token."""
    if i + 1 >= len(tokens) or tokens[i].text.lower() not in PREFIX_WORDS:
        return None
    word = tokens[i + 1]
    if not capitalised(word) or word.start - tokens[i].end > 1:
        return None
    found = name_at(i + 1)
    if found is not None:
        regions = _regions_named(gazetteer, found)
        last = found.last
    else:
        nearest = nearest_region(gazetteer, word.text) if word.text.isalpha() else None
        regions = (nearest,) if nearest else ()
        last = i + 1
    if not regions:
        return None
    start, end = tokens[i].start, tokens[last].end
    return Match(start, end, text[start:end], key(text[start:end]), regions, i, last)


def _regions_named(gazetteer: Gazetteer, name: Match) -> tuple[Place, ...]:
    """The Ukrainian, Russian and Belarusian regions a name may stand for after a
    region word: regions of the name, and the regions named after its towns (for a
    city that is a region of its own, the region around it)."""
    found: dict[tuple[str, str], Place] = {}
    for place in name.candidates:
        if place.country not in COUNTRIES or not place.admin1:
            continue
        if place.kind == "admin":
            found.setdefault((place.country, place.admin1), place)
        elif place.kind == "settlement":
            code = cities_within().get((place.country, place.admin1), (place.country, place.admin1))
            region = region_place(gazetteer, *code)
            if region is not None and key(region.name).startswith((key(place.name), name.key)):
                found.setdefault(code, region)
    return tuple(found.values())
