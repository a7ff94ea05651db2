"""The distance from a point to the war's front lines, and the namesakes it tells apart."""

from __future__ import annotations

import pytest

from frontwatch.geo.evaluate import km
from frontwatch.geo.fronts import front_km, within_km_of_a_front


@pytest.mark.parametrize(
    ("town", "lat", "lon"),
    [
        ("Bakhmut", 48.594, 37.999),
        ("Kupiansk", 49.710, 37.616),
        ("Orikhiv", 47.576, 35.783),
        # North of Kharkiv, the front of summer 2022 and of the offensive of May 2024.
        ("Lyptsi", 50.209, 36.421),
        # Kherson's right bank, held by Russia from March to November 2022.
        ("Kyselivka", 47.002, 32.470),
    ],
)
def test_front_towns_lie_on_a_line(town: str, lat: float, lon: float) -> None:
    assert front_km(lat, lon) < 1, town


def test_a_point_between_two_front_towns_lies_on_the_line() -> None:
    """Halfway from Soledar to Bakhmut, 12 km apart, is on the front, not 6 km off."""
    assert front_km((48.692 + 48.594) / 2, (38.071 + 37.999) / 2) < 0.5


@pytest.mark.parametrize(
    ("town", "lat", "lon", "at_least"),
    [
        ("Lviv", 49.839, 24.029, 300),
        ("Poltava", 49.589, 34.551, 60),
        ("Dnipro", 48.467, 35.040, 70),
    ],
)
def test_towns_behind_the_lines_are_far_from_them(
    town: str, lat: float, lon: float, at_least: float
) -> None:
    assert front_km(lat, lon) > at_least, town


@pytest.mark.parametrize("reach", [5.0, 25.0, 100.0, 500.0])
def test_whether_a_point_is_within_reach_of_a_front_agrees_with_its_distance(reach: float) -> None:
    """The quick answer for places far away must be the one the full measure gives,
    near the lines' ends and corners as much as on the other side of the world."""
    points = [
        (48.594, 37.999),  # Bakhmut, on a line
        (50.45, 30.52),  # Kyiv, behind the lines of 2022
        (49.84, 24.03),  # Lviv, far west of every line
        (52.97, 36.06),  # Orel, north of the border line
        (44.95, 34.10),  # Simferopol, south of the Dnipro line
        (51.2, 30.0),  # the Belarusian border north of Kyiv
        (39.96, -83.0),  # Columbus, Ohio
        (-33.87, 151.21),  # Sydney
    ]
    for lat, lon in points:
        assert within_km_of_a_front(lat, lon, reach) == (front_km(lat, lon) <= reach), (lat, lon)


@pytest.mark.parametrize(
    ("sentence", "surface", "oblast"),
    [
        (
            "Ukrainian marines held a foothold in Krynky on the left bank for months.",
            "Krynky",
            "Kherson Oblast",
        ),
        (
            "The village of Urozhaine was recaptured by Ukrainian forces.",
            "Urozhaine",
            "Donetsk Oblast",
        ),
    ],
)
def test_a_place_fought_over_is_the_namesake_on_a_front(
    places_in, sentence: str, surface: str, oblast: str
) -> None:
    """Poltava Oblast's Velyki Krynky is also called Krynky, and Crimea's Urozhaine is the
    larger village of that name; the fighting was at the Kherson and Donetsk ones."""
    assert places_in(sentence)[surface].admin1 == oblast


def test_a_namesake_by_the_lyptsi_front_is_the_one_meant(places_in) -> None:
    """Kharkiv Oblast has a dozen villages called Vesele; the one shelled day after day
    lies by Lyptsi, on the front north of Kharkiv in 2022 and again from 2024."""
    place = places_in("Shelling hit Vesele, Kharkiv Oblast, on Monday.")["Vesele"]
    assert km(place.lat, place.lon, 50.209, 36.421) < 15


def test_a_namesake_by_the_lyman_front_is_the_one_meant(places_in) -> None:
    """Sumy Oblast's Yampil is the larger town; the one shelled from April to September
    2022 lay on the front east of Lyman, by Siversk."""
    sentence = "Thermobaric rockets hit Yampil overnight, near the power substation."
    place = places_in(sentence)["Yampil"]
    assert place.admin1 == "Donetsk Oblast"
    assert km(place.lat, place.lon, 48.936, 37.956) < 5


def test_a_village_a_few_km_from_a_line_is_as_much_on_it_as_a_register_centroid(places_in) -> None:
    """Donetsk Oblast's Stavky by Lyman lies 5 km from the line drawn through the
    towns; the register's other Stavky is known only by its hromada's centroid, which
    falls on the 2014 line. The line cannot tell 5 km from 0, so the village with a
    point of its own is the one meant."""
    place = places_in("Drone footage of destroyed armour in Stavky, Donetsk Oblast, Ukraine.")[
        "Stavky"
    ]
    assert km(place.lat, place.lon, 49.047, 37.832) < 5


def test_a_mykolaiv_oblast_namesake_on_the_kherson_line_is_the_one_meant(places_in) -> None:
    """Of Mykolaiv Oblast's Novohryhorivkas, the one shelled in 2022 lay on the line
    before Kherson, not 100 km behind it by Voznesensk."""
    sentence = "Footage filmed in Novohryhorivka, Mykolaiv Oblast, Ukraine."
    place = places_in(sentence)["Novohryhorivka"]
    assert km(place.lat, place.lon, 46.885, 32.376) < 15


@pytest.mark.parametrize(
    ("sentence", "surface", "country", "oblast"),
    [
        # Kyrgyzstan's Tokmok, also written Tokmak, is the larger town; guns and
        # troops are at the Zaporizhzhia Oblast one.
        ("Ukrainian forces shelled an ammunition depot in Tokmak.", "Tokmak", "UA", None),
        # A front-line weapon names the front as the fighting does.
        ("A TOS-1 launcher was filmed in Tokmak.", "Tokmak", "UA", None),
        # Artillery reaches tens of km: Kharkiv Oblast's Zolochiv, not Lviv Oblast's.
        ("Artillery pounded Zolochiv for a third day.", "Zolochiv", "UA", "Kharkiv Oblast"),
        # What the war leaves, with no long-range weapon named, is by a front too.
        ("Houses were destroyed in Dolyna overnight.", "Dolyna", "UA", "Donetsk Oblast"),
        ("Fighting raged near Ostrovskoye.", "Ostrovskoye", "UA", "Donetsk Oblast"),
    ],
)
def test_a_place_of_the_fighting_or_its_damage_is_by_a_front(
    places_in, sentence: str, surface: str, country: str, oblast: str | None
) -> None:
    place = places_in(sentence)[surface]
    assert place.country == country
    if oblast:
        assert place.admin1 == oblast


@pytest.mark.parametrize(
    ("sentence", "surface", "lat", "lon"),
    [
        # A drone reaches anywhere: the larger Zolochiv, in Lviv Oblast.
        ("A drone hit a warehouse in Zolochiv.", "Zolochiv", 49.81, 24.90),
        ("A missile struck a road bridge in Zatoka.", "Zatoka", 46.14, 30.53),
        # A town of 15,000 some 25 km behind the front keeps its name against the
        # Donetsk Oblast villages of the name nearer it.
        ("Shelling damaged a school in Mykolaivka.", "Mykolaivka", 48.86, 37.77),
    ],
)
def test_the_front_does_not_pull_a_long_range_strike_or_a_town_near_it(
    places_in, sentence: str, surface: str, lat: float, lon: float
) -> None:
    place = places_in(sentence)[surface]
    assert km(place.lat, place.lon, lat, lon) < 10
