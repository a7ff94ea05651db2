"""The villages by the border that the team lists, and reading them in reports."""

from __future__ import annotations

import pytest

from frontwatch.geo.border_villages import border_villages
from frontwatch.geo.evaluate import km

#: GeoNames admin1 codes of the Russian regions on the Ukrainian border listed.
BORDER_REGIONS = {"09", "10", "41"}
SUDZHA = (51.19, 35.27)


def test_every_village_lies_by_the_border_in_its_region() -> None:
    villages = list(border_villages())
    assert len(villages) >= 30
    for village in villages:
        assert village.country == "RU"
        assert village.admin1 in BORDER_REGIONS
        assert 49.9 < village.lat < 53.0 and 31.5 < village.lon < 38.5, village.name
        assert village.secondary, "a GeoNames place of the name nearby must win"


def test_each_village_is_listed_once() -> None:
    points = [(v.name, v.admin1) for v in border_villages()]
    assert len(points) == len(set(points))


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Russian forces said they had retaken Malaya Loknya, north of Sudzha.", "Malaya Loknya"),
        ("Ukrainian troops entered Goncharovka on the edge of Sudzha.", "Goncharovka"),
        ("Zaoleshenka, Kursk Oblast, Russia", "Zaoleshenka"),
        ("Саперы продолжают разминирование в Малой Локне.", "Малой Локне"),
    ],
)
def test_a_kursk_village_of_the_2024_fighting_is_placed_near_sudzha(
    places_in, sentence, surface
) -> None:
    found = places_in(sentence)[surface]
    assert (found.country, found.admin1) == ("RU", "Kursk Oblast")
    assert km(found.lat, found.lon, *SUDZHA) < 25
    assert found.precision == "exact"


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        (
            "Shelling damaged houses in Zhuravlyovka, Belgorod region, the governor said.",
            "Zhuravlyovka",
            "Zhuravlyovka",
        ),
        (
            "Дрон атаковал автомобиль в Мокрой Орловке Грайворонского округа.",
            "Мокрой Орловке",
            "Mokraya Orlovka",
        ),
        ("Губернатор: обстреляны Журавлевка и Стрелецкое.", "Журавлевка", "Zhuravlyovka"),
    ],
)
def test_a_belgorod_border_village_is_read_in_its_region(
    places_in, sentence, surface, name
) -> None:
    found = places_in(sentence)[surface]
    assert found.name == name
    assert (found.country, found.admin1) == ("RU", "Belgorod Oblast")
