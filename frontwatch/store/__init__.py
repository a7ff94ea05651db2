"""The store stage: documents, events, places and sources in SQLite or PostgreSQL."""

from frontwatch.store.results import StoredPlace, StoreStats
from frontwatch.store.store import Store

__all__ = ["Store", "StoreStats", "StoredPlace"]
