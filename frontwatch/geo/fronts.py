"""How far a point lies from the war's front lines, from ``fronts.json``.

Ukraine has dozens of villages called Novoselivka, several in every oblast, and a
war report that writes "Novoselivka, Donetsk Oblast" means, almost always, the one
where the fighting was. Nothing in the name or the region tells them apart, and the
population prior picks the largest, often far from any front. The distance to the
front lines is the analyst's tie-breaker. The lines are coarse (towns tens of km
apart, joined straight), which is enough to tell a village on a front from one a
hundred km behind it.
"""

from __future__ import annotations

import json
import math
from functools import cache, lru_cache
from itertools import pairwise

import numpy as np

from frontwatch.geo.sources import DATA

#: Countries where the fighting was.
FRONT_COUNTRIES = frozenset({"UA", "RU"})
#: Kilometres per degree of latitude.
_KM_PER_DEGREE = 111.2

_Segment = tuple[float, float, float, float]


@cache
def _segments() -> tuple[_Segment, ...]:
    """Every line's consecutive towns as segments of (lat, lon, lat, lon)."""
    lines: dict[str, list[list]] = json.loads((DATA / "fronts.json").read_text("utf-8"))["lines"]
    return tuple((a[1], a[2], b[1], b[2]) for towns in lines.values() for a, b in pairwise(towns))


@cache
def _segment_columns() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The segments' ends as four arrays, so that one point is measured against all
    of them at once: the resolver asks for thousands of villages' distances."""
    lat1, lon1, lat2, lon2 = np.array(_segments(), dtype=float).T
    return lat1, lon1, lat2, lon2


@lru_cache(maxsize=65536)
def front_km(lat: float, lon: float) -> float:
    """Kilometres from (lat, lon) to the nearest front line, on a plane tangent at
    the point: a few per cent off at the distances that matter here (tens of km)."""
    lat1, lon1, lat2, lon2 = _segment_columns()
    scale = math.cos(math.radians(lat)) * _KM_PER_DEGREE
    ax, ay = (lon1 - lon) * scale, (lat1 - lat) * _KM_PER_DEGREE
    dx, dy = (lon2 - lon1) * scale, (lat2 - lat1) * _KM_PER_DEGREE
    length = dx * dx + dy * dy
    # Where a segment is a point (length 0) it is measured from its first end.
    along = -(ax * dx + ay * dy) / np.where(length == 0, 1.0, length)
    t = np.clip(np.where(length == 0, 0.0, along), 0.0, 1.0)
    return float(np.hypot(ax + t * dx, ay + t * dy).min())


@cache
def _bounds() -> tuple[float, float, float, float]:
    """South, north, west and east edges of all the lines."""
    lat1, lon1, lat2, lon2 = _segment_columns()
    lats, lons = np.concatenate([lat1, lat2]), np.concatenate([lon1, lon2])
    return float(lats.min()), float(lats.max()), float(lons.min()), float(lons.max())


def within_km_of_a_front(lat: float, lon: float, km: float) -> bool:
    """Whether (lat, lon) lies within ``km`` of a front line, as ``front_km`` measures.
    Most places a text's names may mean lie oceans away, and their latitude or
    longitude alone says so: they are answered without measuring every segment."""
    south, north, west, east = _bounds()
    gap_north_south = max(south - lat, lat - north, 0.0) * _KM_PER_DEGREE
    gap_east_west = max(west - lon, lon - east, 0.0) * math.cos(math.radians(lat)) * _KM_PER_DEGREE
    if gap_north_south > km or gap_east_west > km:
        return False
    return front_km(lat, lon) <= km
