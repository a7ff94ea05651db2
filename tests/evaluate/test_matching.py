"""Which prediction pairs with which gold event: types, places, one-to-one assignment."""

from __future__ import annotations

import math

import pytest

from frontwatch.evaluate.matching import (
    assign,
    date_agrees,
    haversine_km,
    matches,
    places_match,
)
from frontwatch.records import Location, TimeSpan

KM_PER_DEGREE_LAT = haversine_km(0.0, 0.0, 1.0, 0.0)


def north_of(lat: float, lon: float, km: float) -> tuple[float, float]:
    return lat + km / KM_PER_DEGREE_LAT, lon


def test_haversine_gives_real_distances() -> None:
    kyiv, kharkiv = (50.45466, 30.5238), (49.98177, 36.25475)
    assert haversine_km(*kyiv, *kharkiv) == pytest.approx(411, abs=3)
    assert haversine_km(*kyiv, *kyiv) == 0.0


@pytest.mark.parametrize(("km", "expected"), [(24.9, True), (25.1, False), (80.0, False)])
def test_places_match_within_25_km(km: float, expected: bool) -> None:
    lat, lon = north_of(48.59419, 37.99886, km)
    gold = Location(canonical="Bakhmut", lat=48.59419, lon=37.99886, precision="exact")
    pred = Location(canonical="Somewhere", lat=lat, lon=lon, precision="exact")
    assert places_match(gold, pred) is expected


def test_areas_of_the_same_name_match_wherever_their_points_are() -> None:
    gold = Location(canonical="Kherson Oblast", lat=46.75, lon=33.35, precision="admin")
    far_point = Location(canonical="kherson oblast", lat=47.20, lon=34.90, precision="admin")
    other_area = Location(canonical="Zaporizhzhia Oblast", lat=47.20, lon=34.90, precision="admin")
    city = Location(canonical="Kherson Oblast", lat=47.20, lon=34.90, precision="exact")
    assert places_match(gold, far_point)
    assert not places_match(gold, other_area)
    assert not places_match(gold, city), "a settlement-level place is judged by distance only"


def test_an_event_without_a_place_matches_nothing(gold_event, predicted_event) -> None:
    gold = gold_event("equipment_loss", "UA", None)
    pred = predicted_event("d", "equipment_loss", "UA", None)
    assert not matches(gold, pred)


def test_capture_matches_withdrawal_of_the_other_side(gold_event, predicted_event) -> None:
    retaken = gold_event("capture", "UA", "Izyum", "2022-09-10")
    pulled_out = predicted_event("d", "withdrawal", "RU", "Izyum", "2022-09-10")
    same_side = predicted_event("d", "withdrawal", "UA", "Izyum", "2022-09-10")
    no_side = predicted_event("d", "withdrawal", None, "Izyum", "2022-09-10")
    assert matches(retaken, pulled_out)
    assert matches(
        gold_event("withdrawal", "RU", "Izyum"), predicted_event("d", "capture", "UA", "Izyum")
    )
    assert not matches(retaken, same_side)
    assert not matches(retaken, no_side)


def test_different_types_do_not_match(gold_event, predicted_event) -> None:
    assert not matches(
        gold_event("strike", "RU", "Kherson"), predicted_event("d", "clash", "RU", "Kherson")
    )


def test_each_gold_event_takes_at_most_one_prediction(gold_event, predicted_event) -> None:
    gold = [gold_event("encirclement", "UA", "Balakliya", "2022-09-08")]
    preds = [
        predicted_event("d", "encirclement", "UA", "Balakliya", "2022-09-08"),
        predicted_event("d", "encirclement", "UA", "Balakliya", "2022-09-08"),
    ]
    assert len(assign(gold, preds)) == 1


def test_assignment_maximises_pairs_whatever_the_order(gold_event, predicted_event) -> None:
    # Chasiv Yar lies about 12 km west of Bakhmut. The first prediction fits both gold
    # events (best Chasiv Yar); the second, 20 km further west, fits only Chasiv Yar.
    # Taking the closest pair first would leave Bakhmut unmatched.
    gold = [gold_event("clash", "UA", "Chasiv Yar"), gold_event("clash", "UA", "Bakhmut")]
    lat, lon = 48.58768, 37.83409 - 20 / (KM_PER_DEGREE_LAT * math.cos(math.radians(48.59)))
    preds = [
        predicted_event("d", "clash", "UA", "Chasiv Yar"),
        predicted_event("d", "clash", "UA", "a field west of Chasiv Yar", lat=lat, lon=lon),
    ]
    assert assign(gold, preds) == [(0, 1), (1, 0)]
    assert assign(gold, preds[::-1]) == [(0, 0), (1, 1)]


def test_ties_prefer_the_pair_that_agrees_on_side_status_and_date(
    gold_event, predicted_event
) -> None:
    gold = [
        gold_event("strike", "UA", "Kherson", "2022-09-05", status="claimed"),
        gold_event("strike", "RU", "Kherson", "2022-09-07", status="reported"),
    ]
    preds = [
        predicted_event("d", "strike", "RU", "Kherson", "2022-09-07", status="reported"),
        predicted_event("d", "strike", "UA", "Kherson", "2022-09-05", status="claimed"),
    ]
    assert assign(gold, preds) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        (("2022-09-05", "2022-09-11"), ("2022-09-10", "2022-09-10"), True),
        (("2022-09-10", "2022-09-10"), ("2022-09-11", "2022-09-11"), False),
        (("2022-09-08", "2022-09-10"), ("2022-09-10T14:00:00", None), True),
        ((None, None), (None, None), True),
        ((None, None), ("2022-09-10", "2022-09-10"), False),
        (("2022-09-10", "2022-09-10"), (None, None), False),
    ],
)
def test_dates_agree_when_ranges_overlap(gold, pred, expected) -> None:
    assert (
        date_agrees(
            TimeSpan(date_start=gold[0], date_end=gold[1]),
            TimeSpan(date_start=pred[0], date_end=pred[1]),
        )
        is expected
    )
