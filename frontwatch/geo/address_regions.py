"""A region written by its centre city after a place: "Synkivka, Kharkiv, Ukraine".

Incident tables (ACLED's, CIR's) and analysts' captions give a Ukrainian or Russian
place's oblast by the city the oblast is named after. Read as the city, that
mention lands on the city, tens of kilometres from anything the report means, or,
when a village of the name lies by the place before it ("Tokmak, Zaporizhzhia"),
on that village. It is the region when the place before it lies in that region and
the address ends with the name or with a country; in a list of towns ("Chuhuiv,
Kharkiv and Izium") the city stays the city, and so it does after a place inside it
("Saltivka, Kharkiv": a quarter of the city).
"""

from __future__ import annotations

from frontwatch.geo.gazetteer import POINT_KINDS, Gazetteer, Place
from frontwatch.geo.keys import key
from frontwatch.geo.misspelt_regions import COUNTRIES, region_place
from frontwatch.geo.recognize import REGION_CITY_POPULATION
from frontwatch.geo.resolve import Resolved, approx_km
from frontwatch.geo.sources import cities_within

#: Kinds of the place before that may lie inside the region: a town, or a district
#: ("Kupiansk, Kupianskyi, Kharkiv, Ukraine").
_INSIDE_KINDS = POINT_KINDS | {"admin"}
#: A place this close (km) to the city's point lies in the city: a quarter, not a
#: village of the region.
CITY_QUARTER_KM = 10.0
#: What may follow the name for an address to end there.
_ENDINGS = (".", ";", ":", ")", "\n")


def read_as_regions(text: str, resolved: list[Resolved], gazetteer: Gazetteer) -> list[Resolved]:
    """The resolved names, with each centre city that ends an address read as its region."""
    read = list(resolved)
    for i in range(1, len(read)):
        before, here = read[i - 1], read[i]
        if text[before.match.end : here.match.start].strip() != ",":
            continue
        if before.best.kind not in _INSIDE_KINDS or not _ends_address(text, read, i):
            continue
        region = _region_named_by_city(gazetteer, here)
        if (
            region is not None
            and before.best != region
            and (before.best.country, before.best.admin1) == (region.country, region.admin1)
            and not _inside_the_city(before.best, here)
        ):
            others = [(s, p) for s, p in here.ranked if p is not region]
            read[i] = Resolved(here.match, [(here.ranked[0][0], region), *others], here.support)
    return read


def _ends_address(text: str, resolved: list[Resolved], i: int) -> bool:
    """Whether the address ends at name ``i``: the text or sentence ends, or a
    country's name follows after a comma."""
    rest = text[resolved[i].match.end :]
    if not rest.strip() or rest.lstrip(" ").startswith(_ENDINGS):
        return True
    if i + 1 < len(resolved):
        after = resolved[i + 1]
        between = text[resolved[i].match.end : after.match.start].strip()
        return between == "," and after.best.kind == "country"
    return False


def _inside_the_city(place: Place, city: Resolved) -> bool:
    return (
        city.best.kind == "settlement"
        and approx_km(place, city.best.lat, city.best.lon) <= CITY_QUARTER_KM
    )


def _region_named_by_city(gazetteer: Gazetteer, resolved: Resolved) -> Place | None:
    """The region named after a large city the name may be ("Kharkiv": Kharkiv
    Oblast); for a city that is a region of its own, the region around it."""
    for place in resolved.match.candidates:
        if (
            place.kind != "settlement"
            or place.country not in COUNTRIES
            or place.population < REGION_CITY_POPULATION
            or key(place.name) != resolved.match.key
            or not place.admin1
        ):
            continue
        own = (place.country, place.admin1)
        code = cities_within().get(own, own)
        region = region_place(gazetteer, *code)
        if region is not None and key(region.name).startswith(resolved.match.key):
            return region
    return None
