"""A region of the war's countries written by any spelling of its capital, or with
"oblast" cut to "obl.": the region, not the city and a stray word."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "surface", "region"),
    [
        (
            "Shelling was reported across Zaporozhye Oblast overnight.",
            "Zaporozhye Oblast",
            "Zaporizhzhia Oblast",
        ),
        ("Air defence was active over Nikolaev Oblast.", "Nikolaev Oblast", "Mykolaiv Oblast"),
        (
            "Power went out in Dnepropetrovsk region.",
            "Dnepropetrovsk region",
            "Dnipropetrovsk Oblast",
        ),
        ("A drone fell in Rovno Oblast on Monday.", "Rovno Oblast", "Rivne Oblast"),
        ("Troops were seen in Chernigov Oblast.", "Chernigov Oblast", "Chernihiv Oblast"),
    ],
)
def test_a_region_by_a_spelling_of_its_capital(
    places_in, text: str, surface: str, region: str
) -> None:
    place = places_in(text)[surface]
    assert place.name == region
    assert place.precision == "admin"


@pytest.mark.parametrize(
    ("text", "surface", "region"),
    [
        ("Destroyed bridge near Maryinka, Donetsk Obl.", "Donetsk Obl", "Donetsk Oblast"),
        ("Vovchansk, Kharkivska obl., after the strike", "Kharkivska obl", "Kharkiv Oblast"),
        ("Shebekino, Belgorodskaya obl., Russia", "Belgorodskaya obl", "Belgorod Oblast"),
    ],
)
def test_an_oblast_cut_to_obl(places_in, text: str, surface: str, region: str) -> None:
    assert places_in(text)[surface].name == region


def test_a_village_addressed_by_a_region_spelled_after_its_capital(places_in) -> None:
    found = places_in("Rabotino, Zaporozhye Oblast, Ukraine")
    assert found["Rabotino"].name == "Robotyne"
    assert found["Zaporozhye Oblast"].name == "Zaporizhzhia Oblast"


def test_the_capital_alone_is_still_the_city(places_in) -> None:
    assert places_in("Missiles struck Zaporozhye on Sunday.")["Zaporozhye"].precision == "exact"
