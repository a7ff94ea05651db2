"""Turning documents and events into rows, and rows back into records.

Event ids: the extractor's ids are unique only within one document, so the store
namespaces them. An id that already begins with its document's id followed by a
separator (``<doc_id>:e3``, ``<doc_id>-3``, ``<doc_id>/3``) is kept as it is; any
other id is stored as ``<doc_id>:<id>``. The stored record carries the stored id,
so what the store returns can be looked up again and linked from the web app.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row

from frontwatch.errors import StoreError
from frontwatch.records import Document, Event, Location

SEPARATORS = frozenset(":-/#_.|")


def store_event_id(doc_id: str, event_id: str) -> str:
    if event_id.startswith(doc_id) and event_id[len(doc_id) : len(doc_id) + 1] in SEPARATORS:
        return event_id
    return f"{doc_id}:{event_id}"


def document_row(document: Document, extracted: bool) -> dict[str, Any]:
    row = document.model_dump(include=set(Document.model_fields))
    row["extracted"] = extracted
    row["stored_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    return row


def document_from_row(row: Row[Any]) -> Document:
    return Document.model_validate({name: getattr(row, name) for name in Document.model_fields})


def place_key(event: Event) -> str | None:
    """A place is the GeoNames entry, or failing that the name at rounded coordinates."""
    location = event.location
    if location is None or location.lat is None or location.lon is None:
        return None
    if location.geonames_id is not None:
        return f"geonames:{location.geonames_id}"
    name = location.canonical or location.name or ""
    return f"{name}|{location.lat:.4f}|{location.lon:.4f}"


def place_row(location: Location, key: str) -> dict[str, Any]:
    return {
        "key": key,
        "canonical": location.canonical or location.name,
        "geonames_id": location.geonames_id,
        "lat": location.lat,
        "lon": location.lon,
        "country": location.country,
        "admin1": location.admin1,
    }


def event_row(document: Document, event: Event) -> dict[str, Any]:
    """The filtered-on columns plus the full record (with its store id) as JSON."""
    if event.doc_id != document.id:
        raise StoreError(
            f"event {event.id!r} belongs to document {event.doc_id!r}, not {document.id!r}"
        )
    stored_id = store_event_id(document.id, event.id)
    actor, target, location, time = event.actor, event.target, event.location, event.time
    return {
        "id": stored_id,
        "doc_id": document.id,
        "type": event.type,
        "status": event.status,
        "actor_side": actor.side if actor else None,
        "actor_name": actor.name if actor else None,
        "target_side": target.side if target else None,
        "target_name": target.name if target else None,
        "target_kind": target.kind if target else None,
        "place_id": None,
        "location_name": location.name if location else None,
        "lat": location.lat if location else None,
        "lon": location.lon if location else None,
        "geo_precision": location.precision if location else None,
        "time_text": time.text,
        "date_start": time.date_start,
        "date_end": time.date_end or time.date_start,
        "time_precision": time.precision,
        "confidence": event.confidence,
        "quantities": {key: q.model_dump() for key, q in event.quantities.items()},
        "evidence_sentence": event.evidence.sentence,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        "record": event.model_copy(update={"id": stored_id}).model_dump_json(),
    }
