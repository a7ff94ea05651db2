"""Opening a database for the store: SQLite files (the default) and server URLs.

SQLite is set up for a single-file store that many readers and one writer share:
write-ahead logging so readers never block the writer, foreign keys enforced, a
busy timeout instead of instant "database is locked" failures, and explicit
``BEGIN`` statements. Python's sqlite3 module would otherwise open transactions
only before DML and run DDL outside them; taking over ``BEGIN`` (SQLAlchemy's own
recipe) makes migrations atomic and lets writers take the write lock up front
(``BEGIN IMMEDIATE``), so two writers queue instead of deadlocking.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.request import pathname2url

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from frontwatch.errors import StoreError

#: Execution option that marks a connection as about to write.
WRITE = "frontwatch_write"


def is_url(target: str | Path) -> bool:
    return isinstance(target, str) and "://" in target


def open_engine(
    target: str | Path, *, readonly: bool, create: bool, timeout: float
) -> tuple[Engine, str]:
    """An engine and the label that names the store in error messages."""
    if is_url(target):
        url = make_url(str(target))
        if url.get_backend_name() != "sqlite":
            return _server_engine(str(target)), url.render_as_string(hide_password=True)
        target = Path(url.database or "")
    path = Path(target).expanduser()
    label = str(path)
    if path.is_dir():
        raise StoreError(f"{label}: is a folder, not a store file")
    if not path.exists():
        if readonly or not create:
            raise StoreError(f"{label}: no such store (run `frontwatch run` or `ingest` first)")
        if not path.parent.is_dir():
            raise StoreError(f"{label}: the folder {path.parent} does not exist")
    return _sqlite_engine(path.resolve(), readonly=readonly, timeout=timeout), label


def _server_engine(url: str) -> Engine:
    label = make_url(url).render_as_string(hide_password=True)
    try:
        return create_engine(url, pool_pre_ping=True)
    except (ModuleNotFoundError, NoSuchModuleError) as error:
        raise StoreError(
            f"{label}: the database driver is not installed "
            f"(install frontwatch[postgres] for PostgreSQL): {error}"
        ) from error
    except ArgumentError as error:
        raise StoreError(f"{label}: not a usable database URL: {error}") from error


def _sqlite_engine(path: Path, *, readonly: bool, timeout: float) -> Engine:
    if readonly:
        url = f"sqlite+pysqlite:///file:{pathname2url(str(path))}?mode=ro&uri=true"
    else:
        url = f"sqlite+pysqlite:///{path}"
    engine = create_engine(url, connect_args={"timeout": timeout})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            cursor.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL loses no committed transaction when the process is
            # killed; only a power cut can drop the last few, never corrupt the file.
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        mode = "IMMEDIATE" if connection.get_execution_options().get(WRITE) else "DEFERRED"
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


_SQLITE_REASONS = (
    ("file is not a database", "not a SQLite database"),
    ("database is locked", "the store is locked by another process; try again later"),
    ("readonly database", "the store is read-only"),
    ("unable to open database file", "cannot open the store file"),
    ("disk i/o error", "disk I/O error while using the store"),
    ("database or disk is full", "the disk is full"),
    ("malformed", "the store file is damaged (malformed database)"),
)


def describe(error: SQLAlchemyError) -> str:
    """A one-line reason for a database error, in the user's terms where we know them."""
    original = getattr(error, "orig", None) or error
    message = str(original).strip().splitlines()[0] if str(original).strip() else repr(original)
    lowered = message.lower()
    for needle, reason in _SQLITE_REASONS:
        if needle in lowered:
            return reason
    return message
