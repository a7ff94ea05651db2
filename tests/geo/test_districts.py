"""Raions and hromadas under their official adjectives, their centres' names and in
Cyrillic, placed at their centroids with precision ``admin``."""

from __future__ import annotations

import pytest

from frontwatch.geo.evaluate import km

KUPIANSK = (49.71, 37.62)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Shelling hit Kupianskyi raion overnight.", "Kupianskyi raion"),
        ("Shelling hit the Kupiansk district overnight.", "Kupiansk district"),
        ("Russian sources claimed gains in Kupyanskiy rayon.", "Kupyanskiy rayon"),
        ("Обстріли тривали: Куп’янський район.", "Куп’янський район"),
    ],
)
def test_a_raion_under_each_of_its_names(places_in, sentence, surface) -> None:
    place = places_in(sentence)[surface]
    assert place.name == "Kupianskyi raion"
    assert (place.kind, place.precision, place.admin1) == ("admin", "admin", "Kharkiv Oblast")
    assert km(place.lat, place.lon, *KUPIANSK) < 50


def test_a_hromada_by_its_centre(places_in) -> None:
    place = places_in("The Kupiansk community was left without power.")["Kupiansk community"]
    assert place.name == "Kupianska hromada"
    assert km(place.lat, place.lon, *KUPIANSK) < 20


def test_a_district_in_an_address_is_not_lost(places_in) -> None:
    """Before raions were known, "Izium" at the start of an address fell away."""
    found = places_in("Izium district, Kharkiv region")
    assert found["Izium district"].admin1 == "Kharkiv Oblast"


def test_a_raion_by_its_bare_adjective_in_an_incident_table(places_in) -> None:
    found = places_in("Novoselivka, Bakhmutskyi, Donetsk, Ukraine")
    assert found["Bakhmutskyi"].name == "Bakhmutskyi raion"
