"""The distance from a point to the war's front lines."""

from __future__ import annotations

import pytest

from frontwatch.geo.fronts import front_km


@pytest.mark.parametrize(
    ("town", "lat", "lon"),
    [("Bakhmut", 48.594, 37.999), ("Kupiansk", 49.710, 37.616), ("Orikhiv", 47.576, 35.783)],
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
