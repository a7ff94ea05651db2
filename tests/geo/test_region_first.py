"""Regions written with their word first ("Oblast Kherson", "Kraj Krasnodar"), as
German, Polish and Czech copy and the tables compiled from it write them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("written", "region"),
    [
        ("Oblast Kherson", "Kherson Oblast"),  # the city that names the oblast
        ("Oblast Donezk", "Donetsk Oblast"),  # in German spelling
        ("Oblast Mykolajiw", "Mykolaiv Oblast"),  # unknown spelling, one slip away
        ("Kraj Krasnodar", "Krasnodar Krai"),
        ("Oblast Moskau", "Moscow Oblast"),  # a city that is a region of its own
        ("Oblast Sverdlovsk", "Sverdlovsk Oblast"),  # named after the city's old name
    ],
)
def test_a_region_word_before_the_name(places_in, written: str, region: str) -> None:
    found = places_in(f"Shelling was reported in {written} on Tuesday.")
    assert found[written].name == region
    assert found[written].precision == "admin"


def test_the_region_first_still_places_the_village_before_it(places_in) -> None:
    """Kharkiv Oblast has the Novoselivka nearest the front; the address says
    Kherson's."""
    found = places_in("Novoselivka, Oblast Kherson, Ukraine: artillery hit a farm.")
    assert found["Novoselivka"].admin1 == "Kherson Oblast"


def test_a_region_word_before_no_region_name_is_nothing(places_in) -> None:
    found = places_in("The Oblast Smith committee met on Monday.")
    assert not any("Oblast" in text for text in found)
