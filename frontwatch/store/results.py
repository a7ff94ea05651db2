"""Small records that the store returns besides documents and events."""

from __future__ import annotations

from pydantic import Field

from frontwatch.records import Record


class StoredPlace(Record):
    """One distinct resolved place and how many of the selected events happened there."""

    id: int
    name: str | None
    geonames_id: int | None = None
    lat: float
    lon: float
    country: str | None = None
    admin1: str | None = None
    events: int


class StoreStats(Record):
    """What the summary table prints: documents, and events by type and status."""

    documents: int
    events: int
    by_type: dict[str, int] = Field(default_factory=dict)
    by_status: dict[str, int] = Field(default_factory=dict)
