"""One flat row per event, with ACLED's column names first.

Analysts merge frontwatch's table with ACLED's, so the columns an ACLED user looks
for come first under ACLED's names. The values are the contract's own words
(``geo_precision`` is ``exact``/``near``/``admin``/``country``, ``time_precision`` is
``day``/``week``/...), not ACLED's numeric codes, which have no value for a
country-wide or year-long event. CSV, Parquet, GeoJSON properties and KML extended
data all use these rows, so every format says the same thing.
"""

from __future__ import annotations

import re

from frontwatch.records import Document, Event

Value = str | float | int | None

#: Column name → Python type of its values (used for Parquet's schema).
COLUMNS: dict[str, type] = {
    "event_id_cnty": str,
    "event_date": str,
    "event_date_end": str,
    "year": int,
    "time_precision": str,
    "event_type": str,
    "sub_event_type": str,
    "actor1": str,
    "actor2": str,
    "target": str,
    "location": str,
    "admin1": str,
    "country": str,
    "latitude": float,
    "longitude": float,
    "geo_precision": str,
    "geonames_id": int,
    "source": str,
    "notes": str,
    "fatalities": int,
    "fatalities_qualifier": str,
    "status": str,
    "confidence": float,
    "doc_id": str,
    "url": str,
    "outlet": str,
    "published": str,
}

SIDE_LABELS = {"UA": "Ukrainian forces", "RU": "Russian forces", "BY": "Belarusian forces"}


def side_label(side: str | None) -> str | None:
    if side is None:
        return None
    return SIDE_LABELS.get(side.upper(), f"{side} forces")


#: Words that only restate a side ("Russian troops", "the Ukrainian army"): a name
#: made of nothing else adds nothing to the side's label.
# fmt: off
_GENERIC = frozenset((
    "the", "a", "of", "afu", "armed", "forces", "force", "troops", "army", "military",
    "soldiers", "units", "unit", "defenders", "invaders", "occupiers",
    "ukraine", "ukraine's", "ukrainian", "ukrainians", "kyiv", "kyiv's",
    "russia", "russia's", "russian", "russians", "moscow", "moscow's", "kremlin",
))
# fmt: on


def actor_label(side: str | None, name: str | None) -> str | None:
    """ACLED's actor: the side's forces, with the unit or group when the report names one."""
    label = side_label(side)
    if label is None:
        return name
    if name and not set(re.findall(r"[\w']+", name.casefold())) <= _GENERIC:
        return f"{label} ({name})"
    return label


def source_label(event: Event, document: Document | None) -> str | None:
    """The sources the report cites, then the outlet that published it."""
    names = list(event.sources)
    if document is not None and document.outlet:
        names.append(document.outlet)
    return "; ".join(dict.fromkeys(names)) or None


def _number(value: float) -> int:
    return round(value)


def row(event: Event, document: Document | None = None) -> dict[str, Value]:
    location, time = event.location, event.time
    target = event.target
    killed = event.quantities.get("killed")
    return {
        "event_id_cnty": event.id,
        "event_date": time.date_start,
        "event_date_end": time.date_end,
        "year": int(time.date_start[:4]) if time.date_start else None,
        "time_precision": time.precision,
        "event_type": event.type,
        "sub_event_type": target.kind if target else None,
        "actor1": actor_label(event.actor.side, event.actor.name) if event.actor else None,
        "actor2": side_label(target.side) if target else None,
        "target": target.name if target else None,
        "location": (location.canonical or location.name) if location else None,
        "admin1": location.admin1 if location else None,
        "country": location.country if location else None,
        "latitude": location.lat if location else None,
        "longitude": location.lon if location else None,
        "geo_precision": location.precision if location else None,
        "geonames_id": location.geonames_id if location else None,
        "source": source_label(event, document),
        "notes": event.evidence.sentence,
        "fatalities": _number(killed.value) if killed else None,
        "fatalities_qualifier": killed.qualifier if killed else None,
        "status": event.status,
        "confidence": event.confidence,
        "doc_id": event.doc_id,
        "url": document.url if document else None,
        "outlet": document.outlet if document else None,
        "published": document.published if document else None,
    }
