"""The other ways reports write a region of the war's countries.

Ukraine's and Russia's oblasts are named after their capitals, and a report writes
the oblast the way it writes the city: "Nikolaev Oblast", "Dnepropetrovsk oblast",
"Rovno region", "Saporischschja Oblast". The curated region table carries the
national and the commonest English names; GeoNames already carries every spelling
of the capital, so the index gives the region each of them with its region word,
rather than the table listing a dozen spellings per oblast by hand. Unlisted,
"Zaporozhye Oblast" was the city and a stray word. Tables and datasets cut the word
itself to "obl." ("Donetsk obl.", "Kharkivska obl."), which the index reads too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontwatch.geo.keys import key
from frontwatch.geo.sources import CYRILLIC_COUNTRIES, cities_within

if TYPE_CHECKING:  # the gazetteer builds on this module
    from frontwatch.geo.gazetteer import Place

#: The last word of a region's name that says it is named after its capital
#: ("Zaporizhzhia Oblast", "Krasnodar Krai", "Gomel Region"), and the words a report
#: may write after any spelling of the capital to name it.
NAMED_AFTER_CAPITAL = {
    "oblast": ("oblast", "region", "province"),
    "region": ("oblast", "region", "province"),
    "krai": ("krai", "kray", "region"),
}
#: The word for an oblast, and its abbreviation.
OBLAST, OBLAST_CUT = "oblast", "obl"


def add_region_spellings(places: list[Place], names: dict[str, list[int]]) -> None:
    """Point every spelling of a region's capital, with a region word, at the region,
    and every name of a region written with "oblast" at it with "obl" too."""
    capitals = _capitals(places, names)
    spellings: dict[int, set[str]] = {city: set() for city in capitals.values()}
    for name_key, ids in names.items():
        for i in ids:
            if i in spellings:
                spellings[i].add(name_key)
    for region, city in capitals.items():
        words = NAMED_AFTER_CAPITAL[key(places[region].name).rsplit(" ", 1)[-1]]
        for spelling in spellings[city]:
            for word in words:
                _point(names, f"{spelling} {word}", [region])
    cut = {
        f"{name_key[: -len(OBLAST)]}{OBLAST_CUT}": regions
        for name_key, ids in names.items()
        if name_key.endswith(f" {OBLAST}")
        and (regions := [i for i in ids if _a_region_of_the_war(places[i])])
    }
    for name_key, regions in cut.items():
        _point(names, name_key, regions)


def _point(names: dict[str, list[int]], name_key: str, regions: list[int]) -> None:
    entries = names.setdefault(name_key, [])
    entries.extend(r for r in regions if r not in entries)


def _a_region_of_the_war(place: Place) -> bool:
    """Whether a place is a first-level region of Ukraine, Russia or Belarus."""
    return place.kind == "admin" and not place.unit and place.country in CYRILLIC_COUNTRIES


def _capitals(places: list[Place], names: dict[str, list[int]]) -> dict[int, int]:
    """Each region named after its capital, by index, with its capital's index: the
    largest town of the region's name inside it or inside a city that is a region of
    its own within it (Kyiv for Kyiv Oblast)."""
    found: dict[int, int] = {}
    for index, place in enumerate(places):
        if not _a_region_of_the_war(place):
            continue
        stem, _, word = key(place.name).rpartition(" ")
        if word not in NAMED_AFTER_CAPITAL or not stem:
            continue
        towns = [
            i
            for i in names.get(stem, ())
            if places[i].kind == "settlement"
            and places[i].country == place.country
            and _within(places[i], place)
        ]
        if towns:
            found[index] = max(towns, key=lambda i: places[i].population)
    return found


def _within(town: Place, region: Place) -> bool:
    own = (town.country or "", town.admin1 or "")
    return cities_within().get(own, own) == (region.country, region.admin1)
