"""GeoJSON: a FeatureCollection with one Point per event.

Events without coordinates stay in the collection with a ``null`` geometry (valid
per RFC 7946), so a GeoJSON export holds the same events as a CSV one. Features
are written one at a time so that a large export is never all in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from frontwatch.export.table import row
from frontwatch.records import Document, Event


def feature(event: Event, document: Document | None) -> dict[str, Any]:
    location = event.location
    geometry = None
    if location is not None and location.lat is not None and location.lon is not None:
        geometry = {"type": "Point", "coordinates": [location.lon, location.lat]}
    properties: dict[str, Any] = row(event, document)
    properties["record"] = event.model_dump(mode="json")
    return {"type": "Feature", "id": event.id, "geometry": geometry, "properties": properties}


def write(events: Iterable[Event], out: TextIO, documents: Mapping[str, Document]) -> int:
    out.write('{"type": "FeatureCollection", "features": [\n')
    written = 0
    for event in events:
        if written:
            out.write(",\n")
        out.write(json.dumps(feature(event, documents.get(event.doc_id)), ensure_ascii=False))
        written += 1
    out.write("\n]}\n")
    return written
