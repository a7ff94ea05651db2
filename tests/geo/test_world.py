"""Continents, countries and first-level regions: placed where readers put them."""

from __future__ import annotations

import pytest

from frontwatch.geo.evaluate import km


def test_a_continent_is_a_continent_not_a_namesake_village(places_in) -> None:
    places = places_in("Aid agencies warned that grain shortages would spread across Africa.")
    africa = places["Africa"]
    assert africa.kind == "continent"
    assert africa.precision == "country"
    assert africa.geonames_id is not None


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        (
            "The envoy's first trip to the Middle East since January ended without a "
            "deal, officials in Washington said.",
            "Middle East",
            "Middle East",
        ),
        (
            "Aid convoys waited at the border as the Gaza ceasefire held, officials in Cairo said.",
            "Gaza",
            "Gaza Strip",
        ),
    ],
)
def test_a_name_after_the_article_is_the_area(places_in, text, surface, name) -> None:
    """English gives a town no article: not Middle East, a Baltimore quarter, nor Gaza,
    a Mozambican province."""
    place = places_in(text)[surface]
    assert place.name == name
    assert place.kind == "area"


def test_southeast_asia_does_not_become_a_village_called_asia(places_in) -> None:
    places = places_in("Shipments of the drones were traced to suppliers in Asia and Europe.")
    assert {places["Asia"].kind, places["Europe"].kind} == {"continent"}


@pytest.mark.parametrize(
    ("sentence", "surface", "centre"),
    [
        # The contiguous states' centre, near Lebanon, Kansas.
        (
            "Washington approved the package; the United States will ship it.",
            "United States",
            (39.8, -98.6),
        ),
        # Australia's geographic centre, not the whole-degree point south of it.
        ("Australia pledged armoured vehicles to Kyiv.", "Australia", (-25.6, 134.4)),
        # Inside Kuwait, not in the Saudi desert west of it.
        ("Kuwait pledged fuel for Ukraine's grid.", "Kuwait", (29.3, 47.6)),
    ],
)
def test_countries_sit_at_their_centre(places_in, sentence, surface, centre) -> None:
    place = places_in(sentence)[surface]
    assert place.precision == "country"
    assert km(place.lat, place.lon, *centre) < 50


@pytest.mark.parametrize(
    ("sentence", "surface", "centre"),
    [
        # Kentucky's fringe exclave on the Mississippi is not the state.
        ("Volunteers from Kentucky drove the ambulances to Lviv.", "Kentucky", (37.8, -85.7)),
        ("A donor in Virginia paid for the generators.", "Virginia", (37.5, -78.8)),
        ("Families in Florida collected winter clothes for Kharkiv.", "Florida", (28.65, -82.45)),
    ],
)
def test_a_state_is_placed_near_its_centre(places_in, sentence, surface, centre) -> None:
    place = places_in(sentence)[surface]
    assert place.kind == "admin"
    assert km(place.lat, place.lon, *centre) < 150


@pytest.mark.parametrize(
    ("sentence", "surface", "centre"),
    [
        # North of Lake Superior, not at the map label by James Bay, 470 km east.
        (
            "A steelworks in Ontario will roll plate for the Leopard hulls.",
            "Ontario",
            (49.5, -85.0),
        ),
        # Inland, not at the label off Vancouver Island.
        (
            "Firefighters from British Columbia trained crews in Zhytomyr.",
            "British Columbia",
            (54.0, -125.0),
        ),
    ],
)
def test_a_province_is_placed_near_its_centre(places_in, sentence, surface, centre) -> None:
    place = places_in(sentence)[surface]
    assert place.kind == "admin"
    assert km(place.lat, place.lon, *centre) < 150


def test_initials_are_not_the_country_with_that_code(places_in) -> None:
    places = places_in("The play by J.M. Barrie opened in Kyiv; B.B. King records sold out.")
    assert set(places) == {"Kyiv"}


def test_dotted_initialisms_that_news_uses_are_countries(places_in) -> None:
    places = places_in("The U.S. and U.K. envoys met in Odesa.")
    assert (places["U.S."].country, places["U.K."].country) == ("US", "GB")


def test_dotted_initialism_of_a_large_city_is_the_city(places_in) -> None:
    places = places_in("Two L.A. firefighters flew to Kyiv last week.")
    assert (places["L.A."].name, places["L.A."].country) == ("Los Angeles", "US")


def test_dotted_letters_after_a_persons_name_are_no_city(places_in) -> None:
    places = places_in("The defence lawyer, Jane Smith, Q.C., argued the case in Toronto.")
    assert set(places) == {"Toronto"}


def test_countries_listed_together_are_countries_not_towns_of_the_next(places_in) -> None:
    """ "Iraq, Iran" is no address: GeoNames also calls the Iranian city of Arāk
    "Iraq", and a list of countries keeps Georgia the country."""
    places = places_in("Envoys from Turkey, Georgia, Iraq, Iran and Jordan met in Geneva.")
    assert (places["Iraq"].country, places["Iraq"].precision) == ("IQ", "country")
    assert places["Georgia"].country == "GE"


@pytest.mark.parametrize(
    ("text", "country", "precision"),
    [
        ("Aid convoys reached Mali, Niger, Nigeria and Cameroon.", "NE", "country"),
        ("The outbreak hit Minna, Niger, Nigeria, last week.", "NG", "admin"),
    ],
)
def test_a_country_after_a_country_in_a_list_is_no_region_of_the_next(
    places_in, text, country, precision
) -> None:
    """Nigeria has a Niger State: after a town it is the state, in a list of
    countries the country."""
    niger = places_in(text)["Niger"]
    assert (niger.country, niger.precision) == (country, precision)
