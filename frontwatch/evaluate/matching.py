"""Which predicted event is which gold event (contract §8).

Two events can match when their types agree (a ``capture`` also matches a
``withdrawal`` by the other side) and their places are within 25 km, or both are
areas (``admin``/``country`` precision) of the same name. An event without a
usable place can match nothing: §8 defines a match by its location, and §3 asks
for events a reader can put on a map.

Among the possible pairs, each gold event takes at most one prediction. The
assignment maximises the number of pairs first, so that a figure never depends
on the order of the events, and then prefers pairs that also agree on side,
status and date, then nearer places.
"""

from __future__ import annotations

import math
from typing import Protocol

import numpy as np

from frontwatch.records import Actor, Location, TimeSpan

MATCH_RADIUS_KM = 25.0
AREA_PRECISIONS = frozenset({"admin", "country"})
EARTH_RADIUS_KM = 6371.0088


class Scorable(Protocol):
    """What scoring reads from a gold or a predicted event (read-only, so both fit)."""

    @property
    def type(self) -> str: ...
    @property
    def actor(self) -> Actor | None: ...
    @property
    def location(self) -> Location | None: ...
    @property
    def time(self) -> TimeSpan: ...
    @property
    def status(self) -> str: ...


def side(event: Scorable) -> str | None:
    return event.actor.side if event.actor else None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; a one-line formula, not worth a dependency."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def distance_km(gold: Location | None, pred: Location | None) -> float | None:
    """How far apart two places are, or None when one has no coordinates."""
    if gold is None or pred is None or gold.lat is None or gold.lon is None:
        return None
    if pred.lat is None or pred.lon is None:
        return None
    return haversine_km(gold.lat, gold.lon, pred.lat, pred.lon)


def same_area(gold: Location | None, pred: Location | None) -> bool:
    """Both are areas (oblast, region, country) and name the same one."""
    if gold is None or pred is None:
        return False
    if gold.precision not in AREA_PRECISIONS or pred.precision not in AREA_PRECISIONS:
        return False
    names = [(loc.canonical or loc.name or "").strip().casefold() for loc in (gold, pred)]
    return bool(names[0]) and names[0] == names[1]


def types_match(gold: Scorable, pred: Scorable) -> bool:
    """Equal types, or a capture seen from the side that lost the place."""
    if gold.type == pred.type:
        return True
    if {gold.type, pred.type} != {"capture", "withdrawal"}:
        return False
    gold_side, pred_side = side(gold), side(pred)
    return gold_side is not None and pred_side is not None and gold_side != pred_side


def places_match(gold: Location | None, pred: Location | None) -> bool:
    distance = distance_km(gold, pred)
    return (distance is not None and distance <= MATCH_RADIUS_KM) or same_area(gold, pred)


def matches(gold: Scorable, pred: Scorable) -> bool:
    return types_match(gold, pred) and places_match(gold.location, pred.location)


def side_agrees(gold: Scorable, pred: Scorable) -> bool:
    """Sides agree; a capture matched to the loser's withdrawal agrees by construction."""
    if gold.type != pred.type:
        return True
    return side(gold) == side(pred)


def date_agrees(gold: TimeSpan, pred: TimeSpan) -> bool:
    """The ranges overlap; two undated events agree, a dated and an undated one do not."""
    gold_range, pred_range = _date_range(gold), _date_range(pred)
    if gold_range is None or pred_range is None:
        return gold_range is None and pred_range is None
    return gold_range[0] <= pred_range[1] and pred_range[0] <= gold_range[1]


def _date_range(time: TimeSpan) -> tuple[str, str] | None:
    """ISO dates compare as strings; a datetime is cut to its day."""
    start = (time.date_start or time.date_end or "")[:10]
    end = (time.date_end or time.date_start or "")[:10]
    if not start:
        return None
    return min(start, end), max(start, end)


def agreement(gold: Scorable, pred: Scorable) -> float:
    """Tie-breaker between possible pairs: 0..4, higher is better."""
    distance = distance_km(gold.location, pred.location)
    closeness = (
        1.0 - min(distance, MATCH_RADIUS_KM) / MATCH_RADIUS_KM if distance is not None else 1.0
    )
    return (
        side_agrees(gold, pred)
        + (gold.status == pred.status)
        + date_agrees(gold.time, pred.time)
        + closeness
    )


def assign(gold: list[Scorable], predicted: list[Scorable]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), one-to-one, as many as possible."""
    candidates = {
        (g, p): agreement(gold[g], predicted[p])
        for g in range(len(gold))
        for p in range(len(predicted))
        if matches(gold[g], predicted[p])
    }
    if not candidates:
        return []
    return _optimal(candidates, len(gold), len(predicted))


def _optimal(
    candidates: dict[tuple[int, int], float], n_gold: int, n_pred: int
) -> list[tuple[int, int]]:
    """Maximum-weight assignment whose weights make one more pair worth more than any tie-break.

    scipy is imported here, not at module level, so that the command line starts fast.
    """
    from scipy.optimize import linear_sum_assignment

    scale = 1.0 / (5.0 * (min(n_gold, n_pred) + 1))
    weights = np.zeros((n_gold, n_pred))
    for (g, p), bonus in candidates.items():
        weights[g, p] = 1.0 + scale * bonus
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return sorted((int(g), int(p)) for g, p in zip(rows, cols, strict=True) if (g, p) in candidates)
