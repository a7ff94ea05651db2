"""Quantities (contract §7): words and digits, qualifiers, units."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "key", "value", "qualifier"),
    [
        (
            "Ukrainian forces killed over 1,000 soldiers of the Russian army around Kupiansk.",
            "killed",
            1000,
            "at_least",
        ),
        (
            "Ukrainian units trapped approximately 200 Russian soldiers in Kupiansk.",
            "trapped",
            200,
            "approx",
        ),
        (
            "Ukrainian forces encircled about two hundred Russian soldiers in Kupiansk.",
            "trapped",
            200,
            "approx",
        ),
        ("Russian strikes killed up to 15 civilians in Kharkiv.", "killed", 15, "at_most"),
        (
            "Ukrainian drones wounded at least 12 Russian soldiers near Bakhmut.",
            "wounded",
            12,
            "at_least",
        ),
        ("Dozens of Russian soldiers surrendered near Kupiansk.", "captured", 24, "at_least"),
        ("Hundreds of Russian troops were killed near Pokrovsk.", "killed", 200, "at_least"),
        (
            "Ukrainian forces killed a thousand Russian soldiers near Pokrovsk.",
            "killed",
            1000,
            "exact",
        ),
    ],
)
def test_people(one, text: str, key: str, value: float, qualifier: str) -> None:
    quantity = one(text).quantities[key]
    assert (quantity.value, quantity.qualifier) == (value, qualifier)


def test_kilometres_win_over_their_conversion(one) -> None:
    event = one("Ukrainian troops pushed toward Kupiansk, gaining 76 kilometers (some 47 miles).")
    assert event.quantities["distance_km"].value == 76
    assert event.quantities["distance_km"].qualifier == "exact"


def test_miles_become_kilometres(one) -> None:
    event = one("Ukrainian brigades advanced just over three miles south of Bakhmut.")
    quantity = event.quantities["distance_km"]
    assert (quantity.value, quantity.qualifier) == (4.8, "at_least")


def test_days_are_a_duration(one) -> None:
    event = one("Ukrainian forces advanced toward Kupiansk in just three days.")
    assert event.quantities["duration_days"].value == 3


def test_equipment_is_counted(one) -> None:
    event = one("Ukrainian drones destroyed 14 Russian tanks near Pokrovsk.")
    assert event.quantities["count"].value == 14


def test_years_are_not_quantities(one) -> None:
    event = one("Ukrainian forces retook Vovchansk in 2024.")
    assert event.quantities == {}
