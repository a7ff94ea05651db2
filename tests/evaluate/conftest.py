"""Fixtures for the evaluation tests: small events built the way gold and extractor write them."""

from __future__ import annotations

from collections.abc import Callable
from itertools import count
from typing import Any

import pytest

from frontwatch.evaluate import GoldEvent
from frontwatch.records import Actor, Event, Evidence, Location, TimeSpan

#: A few real places (GeoNames cities500 coordinates) that the tests put events in.
PLACES: dict[str, tuple[float, float]] = {
    "Kupyansk": (49.71003, 37.61581),
    "Izyum": (49.20697, 37.27679),
    "Balakliya": (49.45595, 36.84433),
    "Bakhmut": (48.59419, 37.99886),
    "Chasiv Yar": (48.58768, 37.83409),
    "Kherson": (46.63695, 32.61458),
}


def _location(place: str | None, precision: str, lat: float | None, lon: float | None) -> Any:
    if place is None:
        return None
    if lat is None or lon is None:
        lat, lon = PLACES.get(place, (None, None))
    return Location(name=place, canonical=place, lat=lat, lon=lon, precision=precision)


def _time(start: str | None, end: str | None) -> TimeSpan:
    precision = "unknown" if start is None else "day"
    return TimeSpan(date_start=start, date_end=end or start, precision=precision)


@pytest.fixture
def gold_event() -> Callable[..., GoldEvent]:
    """``gold_event("capture", "UA", "Izyum", start="2022-09-10")`` and so on."""

    def make(
        type: str,
        side: str | None,
        place: str | None,
        start: str | None = None,
        end: str | None = None,
        status: str = "reported",
        precision: str = "exact",
        lat: float | None = None,
        lon: float | None = None,
    ) -> GoldEvent:
        return GoldEvent.model_validate(
            {
                "type": type,
                "actor": Actor(side=side),
                "location": _location(place, precision, lat, lon),
                "time": _time(start, end),
                "status": status,
            }
        )

    return make


@pytest.fixture
def predicted_event(gold_event: Callable[..., GoldEvent]) -> Callable[..., Event]:
    """``gold_event``'s arguments after a document id; adds the id and evidence an
    extractor gives."""
    counter = count()

    def make(doc_id: str, *args: Any, **kwargs: Any) -> Event:
        fields = gold_event(*args, **kwargs).model_dump(exclude={"note"})
        return Event.model_validate(
            {
                **fields,
                "id": f"e{next(counter)}",
                "doc_id": doc_id,
                "evidence": Evidence(sentence="...", start=0, end=3),
            }
        )

    return make
