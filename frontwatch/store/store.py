"""The store: documents with their events, places and sources, in one database.

Every document goes in with all its events in a single transaction, so a crash,
a ``kill -9`` or a bad event leaves the document either complete or absent.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from frontwatch.errors import StoreError
from frontwatch.records import Document, Event, EventQuery
from frontwatch.store import migrations, rows
from frontwatch.store.engine import WRITE, describe, open_engine
from frontwatch.store.query import ordered_page, where
from frontwatch.store.results import StoredPlace, StoreStats
from frontwatch.store.schema import documents, event_sources, events, places, sources

#: Documents read per round trip by :meth:`Store.documents`.
PAGE = 500


class Store:
    """A frontwatch store in a SQLite file (the default) or a PostgreSQL database.

    ``target`` is a file path or a SQLAlchemy URL such as
    ``postgresql+psycopg://user@host/frontwatch``. The schema is created or
    migrated on open; ``readonly`` (for the web server) never writes and refuses a
    store that needs migrating; ``create=False`` refuses a missing file instead of
    starting an empty store.
    """

    def __init__(
        self,
        target: str | Path,
        *,
        readonly: bool = False,
        create: bool = True,
        timeout: float = 5.0,
    ) -> None:
        self.readonly = readonly
        self._engine, self.label = open_engine(
            target, readonly=readonly, create=create, timeout=timeout
        )
        try:
            with self._guard():
                self._open()
        except BaseException:
            self._engine.dispose()
            raise

    def _open(self) -> None:
        """Check the schema version with a read; take the write lock only to migrate."""
        known = migrations.MIGRATIONS
        with self._engine.connect() as connection:
            version = migrations.current_version(connection)
        migrations.check_version(version, self.label, known)
        if version == migrations.latest(known):
            return
        if self.readonly:
            raise StoreError(
                f"{self.label}: the store has schema version {version} and needs migrating; "
                "open it once for writing (for example with `frontwatch ingest`)"
            )
        with self._writing() as connection:
            migrations.migrate(connection, self.label, known)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._engine.dispose()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Database errors become one-line store errors that name the store."""
        try:
            yield
        except StoreError as error:
            if str(error).startswith(self.label):
                raise
            raise StoreError(f"{self.label}: {error}") from error
        except SQLAlchemyError as error:
            raise StoreError(f"{self.label}: {describe(error)}") from error

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        if self.readonly:
            raise StoreError(f"{self.label}: the store was opened read-only")
        with self._engine.connect() as connection:
            connection.execution_options(**{WRITE: True})
            with connection.begin():
                yield connection

    # -- writing ---------------------------------------------------------------

    def add(self, document: Document, events: Sequence[Event], *, extracted: bool = True) -> bool:
        """Store a document with its events in one transaction; False if nothing changed.

        ``extracted=False`` stores a document read but not yet run through the
        extractor (``frontwatch ingest``); a later ``add`` with its events
        (``frontwatch run``) completes it. A document already stored with its
        events is never changed.
        """
        if events and not extracted:
            raise ValueError("a document stored with events has been extracted")
        try:
            with self._guard(), self._writing() as connection:
                state = _extracted(connection, document.id)
                if state is None:
                    row = rows.document_row(document, extracted)
                    connection.execute(insert(documents), [row])
                elif state or not extracted:
                    return False
                else:
                    connection.execute(
                        update(documents)
                        .where(documents.c.id == document.id)
                        .values(extracted=True)
                    )
                _insert_events(connection, document, events)
        except StoreError as error:
            cause = error.__cause__
            if not isinstance(cause, IntegrityError):
                raise
            if self.is_extracted(document.id):
                return False  # another writer stored it between our check and insert
            raise StoreError(
                f"{self.label}: document {document.id!r} not stored: {describe(cause)}"
            ) from cause
        return True

    # -- reading ---------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        with self._guard(), self._engine.connect() as connection:
            return _extracted(connection, doc_id) is not None

    def is_extracted(self, doc_id: str) -> bool:
        """Whether the document is stored with its events (not merely ingested)."""
        with self._guard(), self._engine.connect() as connection:
            return bool(_extracted(connection, doc_id))

    def document(self, doc_id: str) -> Document | None:
        with self._guard(), self._engine.connect() as connection:
            row = connection.execute(select(documents).where(documents.c.id == doc_id)).first()
        return rows.document_from_row(row) if row is not None else None

    def documents(self, ids: Iterable[str] | None = None) -> Iterator[Document]:
        """Documents by id, read a page at a time so a large store is never all in memory."""
        wanted = sorted(set(ids)) if ids is not None else None
        last = ""
        while True:
            statement = select(documents).where(documents.c.id > last)
            if wanted is not None:
                chunk = [i for i in wanted if i > last][:PAGE]
                if not chunk:
                    return
                statement = statement.where(documents.c.id.in_(chunk))
            statement = statement.order_by(documents.c.id).limit(PAGE)
            with self._guard(), self._engine.connect() as connection:
                page = connection.execute(statement).all()
            if not page:
                return
            yield from (rows.document_from_row(row) for row in page)
            last = page[-1].id

    def events(self, query: EventQuery | None = None) -> list[Event]:
        """Events matching the query, by start date (undated last), then id."""
        statement = ordered_page(where(select(events.c.record), query), query)
        with self._guard(), self._engine.connect() as connection:
            records: Sequence[Any] = connection.execute(statement).scalars().all()
        return [Event.model_validate_json(str(record)) for record in records]

    def count(self, query: EventQuery | None = None) -> int:
        """How many events match, ignoring the query's limit and offset."""
        statement = where(select(func.count()).select_from(events), query)
        with self._guard(), self._engine.connect() as connection:
            return int(connection.execute(statement).scalar_one())

    def counts_by_day(self, query: EventQuery | None = None) -> list[tuple[str, str, int]]:
        """(day, type, n) for dated events, counted on the day each event's range starts."""
        day = func.substr(events.c.date_start, 1, 10).label("day")
        statement = (
            where(
                select(day, events.c.type, func.count()).where(events.c.date_start.is_not(None)),
                query,
            )
            .group_by(day, events.c.type)
            .order_by(day, events.c.type)
        )
        with self._guard(), self._engine.connect() as connection:
            found = connection.execute(statement).all()
        return [(str(row[0]), str(row[1]), int(row[2])) for row in found]

    def places(self, query: EventQuery | None = None) -> list[StoredPlace]:
        """Distinct places of the matching events, most events first."""
        n = func.count(events.c.id).label("n")
        statement = (
            where(select(places, n).join(events, events.c.place_id == places.c.id), query)
            .group_by(*places.c)
            .order_by(n.desc(), places.c.canonical, places.c.id)
        )
        with self._guard(), self._engine.connect() as connection:
            found = connection.execute(statement).all()
        return [
            StoredPlace(
                id=row.id,
                name=row.canonical,
                geonames_id=row.geonames_id,
                lat=row.lat,
                lon=row.lon,
                country=row.country,
                admin1=row.admin1,
                events=row.n,
            )
            for row in found
        ]

    def stats(self) -> StoreStats:
        with self._guard(), self._engine.connect() as connection:
            n_docs = int(
                connection.execute(select(func.count()).select_from(documents)).scalar_one()
            )
            by_type = _tally(connection, events.c.type)
            by_status = _tally(connection, events.c.status)
        return StoreStats(
            documents=n_docs,
            events=sum(by_type.values()),
            by_type=dict(sorted(by_type.items())),
            by_status=dict(sorted(by_status.items())),
        )


def _extracted(connection: Connection, doc_id: str) -> bool | None:
    """None for an unknown document, else whether its events are stored."""
    statement = select(documents.c.extracted).where(documents.c.id == doc_id)
    found = connection.execute(statement).scalar_one_or_none()
    return None if found is None else bool(found)


def _tally(connection: Connection, column: Any) -> dict[str, int]:
    found = connection.execute(select(column, func.count()).group_by(column)).all()
    return {str(row[0]): int(row[1]) for row in found}


def _insert_events(connection: Connection, document: Document, items: Sequence[Event]) -> None:
    """Places and sources first (shared, insert-if-missing), then events and their links."""
    event_rows: list[dict[str, Any]] = []
    place_rows: dict[str, dict[str, Any]] = {}
    place_keys: list[str | None] = []
    links: list[tuple[str, str]] = []
    for event in items:
        row = rows.event_row(document, event)
        key = rows.place_key(event)
        if key is not None and event.location is not None:
            place_rows.setdefault(key, rows.place_row(event.location, key))
        place_keys.append(key)
        event_rows.append(row)
        links.extend((row["id"], name) for name in dict.fromkeys(event.sources))
    if not event_rows:
        return
    place_ids = _ensure(connection, places, "key", list(place_rows.values()))
    for row, key in zip(event_rows, place_keys, strict=True):
        row["place_id"] = place_ids[key] if key is not None else None
    connection.execute(insert(events), event_rows)
    names = list(dict.fromkeys(name for _, name in links))
    source_ids = _ensure(connection, sources, "name", [{"name": n} for n in names])
    if links:
        connection.execute(
            insert(event_sources),
            [{"event_id": e, "source_id": source_ids[name]} for e, name in links],
        )


def _ensure(
    connection: Connection, table: Any, key: str, new: list[dict[str, Any]]
) -> dict[str, int]:
    """Insert rows whose ``key`` is not stored yet; return every given key's id.

    ``ON CONFLICT DO NOTHING`` exists with the same meaning in SQLite and
    PostgreSQL, and makes concurrent writers of the same place safe.
    """
    if not new:
        return {}
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    connection.execute(dialect.insert(table).on_conflict_do_nothing(index_elements=[key]), new)
    column = table.c[key]
    wanted = [row[key] for row in new]
    found = connection.execute(select(column, table.c.id).where(column.in_(wanted)))
    return {str(row[0]): int(row[1]) for row in found}
