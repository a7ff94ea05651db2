"""An :class:`~frontwatch.records.EventQuery` as SQL conditions on the events table.

Each filter uses an indexed column where one exists; the source filter matches
the names an event cites and the outlet that published its document, since an
analyst filtering on "Reuters" means both.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, or_, select

from frontwatch.records import EventQuery
from frontwatch.store.schema import documents, event_sources, events, sources


def conditions(query: EventQuery | None) -> list[ColumnElement[bool]]:
    if query is None:
        return []
    found: list[ColumnElement[bool]] = []
    if query.date_from:
        # date_end holds date_start when a record has no end: overlap is two comparisons.
        found.append(events.c.date_end >= query.date_from)
    if query.date_to:
        found.append(events.c.date_start <= query.date_to)
    if query.bbox is not None:
        west, south, east, north = query.bbox
        found.append(events.c.lat.between(south, north))
        if west <= east:
            found.append(events.c.lon.between(west, east))
        else:  # the box crosses the antimeridian
            found.append(or_(events.c.lon >= west, events.c.lon <= east))
    if query.types:
        found.append(events.c.type.in_(query.types))
    if query.statuses:
        found.append(events.c.status.in_(query.statuses))
    if query.sides:
        found.append(events.c.actor_side.in_(query.sides))
    if query.source:
        cited = (
            select(event_sources.c.event_id)
            .join(sources, sources.c.id == event_sources.c.source_id)
            .where(
                event_sources.c.event_id == events.c.id,
                sources.c.name.icontains(query.source, autoescape=True),
            )
        )
        published = select(documents.c.id).where(
            documents.c.id == events.c.doc_id,
            documents.c.outlet.icontains(query.source, autoescape=True),
        )
        found.append(or_(exists(cited), exists(published)))
    if query.text:
        found.append(events.c.evidence_sentence.icontains(query.text, autoescape=True))
    if query.doc_id:
        found.append(events.c.doc_id == query.doc_id)
    return found


def where(statement: Select[Any], query: EventQuery | None) -> Select[Any]:
    found = conditions(query)
    return statement.where(and_(*found)) if found else statement


def ordered_page(statement: Select[Any], query: EventQuery | None) -> Select[Any]:
    """Date order (undated events last), then id, then the query's page."""
    statement = statement.order_by(events.c.date_start.asc().nulls_last(), events.c.id)
    if query is not None and query.offset:
        statement = statement.offset(query.offset)
    if query is not None and query.limit is not None:
        statement = statement.limit(query.limit)
    return statement
