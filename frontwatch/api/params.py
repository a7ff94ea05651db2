"""Query parameters of the event endpoints, turned into one :class:`EventQuery`."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import HTTPException, Query

from frontwatch.records import EventQuery, EventType, Status

BBOX_HELP = "west,south,east,north in degrees, e.g. 35.5,47.5,38.5,50.5"


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    parts = text.split(",")
    try:
        west, south, east, north = (float(part) for part in parts)
    except ValueError:
        raise HTTPException(422, f"bbox must be four numbers: {BBOX_HELP}") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise HTTPException(422, f"bbox is outside the globe or upside down: {BBOX_HELP}")
    return west, south, east, north


def event_query(
    date_from: Annotated[
        dt.date | None, Query(description="Events whose date range ends on or after this day.")
    ] = None,
    date_to: Annotated[
        dt.date | None, Query(description="Events whose date range starts on or before this day.")
    ] = None,
    bbox: Annotated[str | None, Query(description=BBOX_HELP)] = None,
    type: Annotated[list[EventType], Query(description="Event types (repeatable).")] = [],  # noqa: B006  (FastAPI copies defaults; a list is how it declares a repeatable one)
    status: Annotated[list[Status], Query(description="Statuses (repeatable).")] = [],  # noqa: B006
    side: Annotated[
        list[str], Query(description="Actor sides: UA, RU or another ISO code (repeatable).")
    ] = [],  # noqa: B006
    source: Annotated[str | None, Query(description="A cited source, e.g. DeepState.")] = None,
    q: Annotated[str | None, Query(description="Words in the evidence sentence.")] = None,
    doc_id: Annotated[str | None, Query(description="Only events of this document.")] = None,
    limit: Annotated[int | None, Query(ge=1, le=1_000_000)] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> EventQuery:
    return EventQuery(
        date_from=date_from.isoformat() if date_from else None,
        date_to=date_to.isoformat() if date_to else None,
        bbox=parse_bbox(bbox) if bbox else None,
        types=list(type),
        statuses=list(status),
        sides=side,
        source=source,
        text=q,
        doc_id=doc_id,
        limit=limit,
        offset=offset,
    )
