"""The store's tables, declared once for SQLite and PostgreSQL alike.

Only portable SQLAlchemy Core types are used (no SQLite-only or PostgreSQL-only
SQL), so the same :data:`metadata` creates the same schema on either backend.
Events keep the columns that queries filter and sort on, and the full contract
record as JSON so that what comes out is exactly what went in.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

#: One row per applied migration; the store's version is the highest one.
schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", String(32), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("title", Text),
    Column("url", Text),
    Column("outlet", Text),
    Column("published", String(32)),
    Column("language", String(16)),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    #: False for a document ingested without extraction; ``frontwatch run`` fills it in.
    Column("extracted", Boolean, nullable=False),
    Column("stored_at", String(32), nullable=False),
)

#: Distinct resolved places; ``key`` is the GeoNames id when there is one, else
#: the canonical name and rounded coordinates (see ``frontwatch.store.rows``).
places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(255), nullable=False, unique=True),
    Column("canonical", Text),
    Column("geonames_id", BigInteger),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    Column("country", String(8)),
    Column("admin1", Text),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(255), nullable=False, unique=True),
)

events = Table(
    "events",
    metadata,
    Column("id", String(255), primary_key=True),
    Column(
        "doc_id",
        String(128),
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("type", String(32), nullable=False),
    Column("status", String(16), nullable=False),
    Column("actor_side", String(8)),
    Column("actor_name", Text),
    Column("target_side", String(8)),
    Column("target_name", Text),
    Column("target_kind", String(32)),
    Column("place_id", Integer, ForeignKey("places.id")),
    Column("location_name", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", String(16)),
    Column("time_text", Text),
    Column("date_start", String(32)),
    #: The end of the query range: the record's ``date_end``, or ``date_start`` when
    #: the record has none, so that date overlap is two plain comparisons.
    Column("date_end", String(32)),
    Column("time_precision", String(16), nullable=False),
    Column("confidence", Float),
    Column("quantities", JSON, nullable=False),
    Column("evidence_sentence", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    #: The contract record as JSON text: read back with pydantic's own JSON parser,
    #: which is several times faster than decoding to dicts first.
    Column("record", Text, nullable=False),
    Index("ix_events_date", "date_start", "id"),
    Index("ix_events_date_end", "date_end"),
    Index("ix_events_type_date", "type", "date_start"),
    Index("ix_events_status", "status"),
    Index("ix_events_actor_side", "actor_side"),
    Index("ix_events_lat_lon", "lat", "lon"),
    Index("ix_events_doc", "doc_id"),
    Index("ix_events_place", "place_id"),
)

event_sources = Table(
    "event_sources",
    metadata,
    Column(
        "event_id",
        String(255),
        ForeignKey("events.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("source_id", Integer, ForeignKey("sources.id"), primary_key=True),
    Index("ix_event_sources_source", "source_id"),
)
