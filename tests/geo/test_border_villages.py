"""The villages by the border that the team lists, and reading them in reports."""

from __future__ import annotations

import pytest

from frontwatch.geo.border_villages import border_villages
from frontwatch.geo.evaluate import km

#: GeoNames admin1 codes of the regions on the Ukrainian border listed, with a box
#: around the districts listed in each: Belgorod, Bryansk, Kursk and Rostov oblasts,
#: and Belarus's Gomel Region.
BORDER_REGIONS = {
    ("RU", "09"): (49.9, 51.6, 35.0, 39.3),
    ("RU", "10"): (51.9, 53.0, 31.5, 34.6),
    ("RU", "41"): (50.9, 52.0, 34.0, 37.0),
    ("RU", "61"): (47.0, 50.0, 38.2, 41.0),
    ("BY", "02"): (51.2, 53.0, 27.5, 31.9),
}
SUDZHA = (51.19, 35.27)


def test_every_village_lies_by_the_border_in_its_region() -> None:
    villages = list(border_villages())
    assert len(villages) >= 300
    assert {(v.country, v.admin1) for v in villages} == set(BORDER_REGIONS)
    for village in villages:
        south, north, west, east = BORDER_REGIONS[(village.country, village.admin1)]
        assert south < village.lat < north and west < village.lon < east, village.name
        assert village.secondary, "a GeoNames place of the name nearby must win"


def test_each_village_is_listed_once() -> None:
    """Namesakes in one region are listed apart (Belgorod Oblast has a Bely Kolodez in
    the Shebekino and the Veydelevka districts), but no village twice."""
    villages = list(border_villages())
    for i, village in enumerate(villages):
        for other in villages[i + 1 :]:
            if other.name == village.name:
                assert km(village.lat, village.lon, other.lat, other.lon) > 15, village.name


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


def test_a_korenevo_district_village_is_placed_by_korenevo(places_in) -> None:
    found = places_in("Russian marines said they had cleared Snagost, south of Korenevo.")[
        "Snagost"
    ]
    assert (found.country, found.admin1) == ("RU", "Kursk Oblast")
    assert km(found.lat, found.lon, 51.41, 34.91) < 15


def test_a_rostov_oblast_village_by_the_luhansk_border_is_placed(places_in) -> None:
    """Rostov Oblast's districts on the Luhansk Oblast border are listed too: drones
    and their debris fall there village by village."""
    found = places_in("Drone debris fell on a farm in Dolotinka, Rostov Oblast, overnight.")[
        "Dolotinka"
    ]
    assert (found.country, found.admin1) == ("RU", "Rostov Oblast")
    # Millerovo, the district's seat and its air base.
    assert km(found.lat, found.lon, 48.92, 40.40) < 15


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


@pytest.mark.parametrize(
    ("sentence", "surface", "name", "region"),
    [
        (
            "Shelling set fire to a barn in Strelitskoe, Belgorod Oblast.",
            "Strelitskoe",
            "Streletskoye",
            "Belgorod Oblast",
        ),
        (
            "Two drones fell near Zaolishenka, Kursk Oblast.",
            "Zaolishenka",
            "Zaoleshenka",
            "Kursk Oblast",
        ),
        (
            "Russian vehicles were filmed in Kholmiech, Gomel Region.",
            "Kholmiech",
            "Kholmech",
            "Gomel Region",
        ),
    ],
)
def test_a_listed_village_is_read_by_its_consonants_in_a_stated_region(
    places_in, sentence, surface, name, region
) -> None:
    """Spellings that differ from the listed name only in vowels, as Ukrainian and
    Russian forms of a name do, find the village in the region the text states."""
    found = places_in(sentence)[surface]
    assert found.name == name
    assert found.admin1 == region


@pytest.mark.parametrize(
    ("sentence", "surface", "region", "district_seat"),
    [
        (
            "Shelling damaged a school in Vesyolaya Lopan, Belgorod Oblast.",
            "Vesyolaya Lopan",
            "Belgorod Oblast",
            (50.60, 36.59),
        ),
        (
            "В Весёлой Лопани осколками повреждены два частных дома.",
            "Весёлой Лопани",
            "Belgorod Oblast",
            (50.60, 36.59),
        ),
        (
            "Дрон атаковал автомобиль в Ближней Игуменке, водитель ранен.",
            "Ближней Игуменке",
            "Belgorod Oblast",
            (50.60, 36.59),
        ),
        (
            "A drone hit a house in Desyatukha in Bryansk Oblast's Starodub district.",
            "Desyatukha",
            "Bryansk Oblast",
            (52.59, 32.76),
        ),
        (
            "Shelling cut the power line to Stechna, Bryansk Oblast, on Tuesday.",
            "Stechna",
            "Bryansk Oblast",
            (52.55, 33.26),
        ),
        (
            "Drones struck a grain store in Bobrava, Belgorod Oblast, overnight.",
            "Bobrava",
            "Belgorod Oblast",
            (50.84, 35.85),
        ),
        (
            "Debris from a downed drone fell on Malaya Kamenka, Rostov Oblast, the governor said.",
            "Malaya Kamenka",
            "Rostov Oblast",
            (48.32, 40.26),
        ),
    ],
)
def test_a_village_of_a_border_district_is_placed_by_its_seat(
    places_in, sentence, surface, region, district_seat
) -> None:
    """Vesyolaya Lopan and Blizhnyaya Igumenka lie in the district around Belgorod,
    Desyatukha by Starodub, Stechna by Pogar, Bobrava by Rakitnoye, Malaya Kamenka by
    Kamensk-Shakhtinsky."""
    found = places_in(sentence)[surface]
    assert (found.country, found.admin1, found.precision) == ("RU", region, "exact")
    assert km(found.lat, found.lon, *district_seat) < 30


@pytest.mark.parametrize(
    ("sentence", "surface", "point"),
    [
        (
            "Satellite images showed a Russian field camp near Kholmech in Belarus's Gomel region.",
            "Kholmech",
            (52.15, 30.63),
        ),
        (
            "A new military camp appeared near Dublin, Gomel Oblast, Belarus.",
            "Dublin",
            (51.73, 30.32),
        ),
        ("Колонна российской техники прошла через Комарин к границе.", "Комарин", (51.44, 30.57)),
        (
            "Satellite images showed a tent camp by Veliky Bokov, southwest of Mozyr.",
            "Veliky Bokov",
            (51.99, 29.14),
        ),
    ],
)
def test_a_gomel_region_village_is_placed_in_belarus(places_in, sentence, surface, point) -> None:
    """Kholmech lies on the Dnieper below Rechytsa, Dublin and Komarin in Brahin
    district by the Ukrainian border, Veliky Bokov by the Mozyr training ground;
    Ireland's capital keeps its name elsewhere."""
    found = places_in(sentence)[surface]
    assert (found.country, found.admin1) == ("BY", "Gomel Region")
    assert km(found.lat, found.lon, *point) < 5


def test_a_belarusian_village_of_the_list_leaves_irelands_capital_alone(places_in) -> None:
    found = places_in("Police in Dublin said the man was arrested on Friday.")["Dublin"]
    assert found.country == "IE"
