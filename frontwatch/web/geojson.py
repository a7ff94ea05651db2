"""Events as GeoJSON features, for the API, the page and the offline report.

Two shapes: ``full`` carries the whole contract record in ``properties`` (for
other GIS tools), ``compact`` only what a map draws (type, status, side, place,
dates), for tools that want many events in a small file. The page itself loads
the still smaller column form of :mod:`frontwatch.web.columns`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from frontwatch.records import Event

Detail = Literal["full", "compact"]


def geometry(event: Event) -> dict[str, Any] | None:
    location = event.location
    if location is None or location.lat is None or location.lon is None:
        return None
    return {"type": "Point", "coordinates": [location.lon, location.lat]}


def compact_properties(event: Event) -> dict[str, Any]:
    location = event.location
    return {
        "id": event.id,
        "doc_id": event.doc_id,
        "type": event.type,
        "status": event.status,
        "side": event.actor.side if event.actor else None,
        "place": (location.canonical or location.name) if location else None,
        "date_start": event.time.date_start,
        "date_end": event.time.date_end or event.time.date_start,
    }


def feature(event: Event, detail: Detail = "full") -> dict[str, Any]:
    properties = compact_properties(event) if detail == "compact" else event.model_dump(mode="json")
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": geometry(event),
        "properties": properties,
    }


def feature_collection(events: Iterable[Event], detail: Detail = "full") -> dict[str, Any]:
    """A FeatureCollection; events with no coordinates keep ``geometry: null`` (RFC 7946 §3.2)
    so that the timeline still counts them."""
    return {"type": "FeatureCollection", "features": [feature(e, detail) for e in events]}
