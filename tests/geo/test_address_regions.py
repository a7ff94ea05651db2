"""A region written by its centre city after a place, as incident tables write it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("caption", "town", "region"),
    [
        ("Synkivka, Kharkiv, Ukraine", "Synkivka", "Kharkiv Oblast"),
        ("Tokmak, Zaporizhzhia", "Tokmak", "Zaporizhzhia Oblast"),
        ("Brovary, Kyiv, Ukraine", "Brovary", "Kyiv Oblast"),
        ("Shebekino, Belgorod, Russia", "Shebekino", "Belgorod Oblast"),
        ("Podolsk, Moscow, Russia", "Podolsk", "Moscow Oblast"),
        ("Drone debris fell on Kupiansk, Kharkiv.", "Kupiansk", "Kharkiv Oblast"),
        ("Izium, Iziumskyi, Kharkiv, Ukraine", "Izium", "Kharkiv Oblast"),
    ],
)
def test_a_centre_city_ending_an_address_is_its_region(places_in, caption, town, region) -> None:
    found = places_in(caption)
    city = caption.split(", ")[-2 if caption.endswith("Ukraine") else 1].rstrip(".")
    assert found[town].admin1 == region
    assert found[city].name == region
    assert found[city].precision == "admin"


def test_a_village_named_like_the_city_is_not_read_beside_its_neighbour(places_in) -> None:
    """Zaporizhzhia Oblast has a village called Zaporizhzhia 10 km from Tokmak: the
    address names the oblast, and the town before it is kept."""
    found = places_in("Tokmak, Zaporizhzhia")
    assert found["Tokmak"].name == "Tokmak"
    assert found["Zaporizhzhia"].kind == "admin"


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("Strikes hit Chuhuiv, Kharkiv and Izium overnight.", "Kharkiv"),
        ("Missiles hit Kyiv, Kharkiv, Odesa.", "Kharkiv"),
        ("Zelenograd, Moscow, Russia", "Moscow"),
        ("Glide bombs struck Saltivka, Kharkiv.", "Kharkiv"),
        ("A drone hit a high-rise in Obolon, Kyiv, Ukraine.", "Kyiv"),
    ],
)
def test_a_city_in_a_list_or_holding_the_place_stays_the_city(places_in, sentence, city) -> None:
    assert places_in(sentence)[city].name == city
