"""Schema versions: new stores are stamped, older ones migrated, newer ones refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from frontwatch.errors import StoreError
from frontwatch.store import Store, migrations


def versions(path: Path) -> list[int]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT version FROM schema_version ORDER BY version")
        return [version for (version,) in rows]


def test_a_new_store_is_at_the_latest_version(db_path: Path) -> None:
    Store(db_path).close()
    assert versions(db_path) == [m.version for m in migrations.MIGRATIONS]


def test_an_empty_sqlite_file_is_migrated_from_version_zero(db_path: Path) -> None:
    sqlite3.connect(db_path).close()
    assert db_path.exists()
    with Store(db_path) as store:
        assert store.stats().documents == 0
    assert versions(db_path) == [1]


def _add_outlet_index(connection: Connection) -> None:
    connection.execute(text("CREATE INDEX ix_documents_outlet ON documents (outlet)"))


def test_a_store_at_an_older_version_gets_the_pending_migrations(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store(db_path).close()
    second = migrations.Migration(2, "index documents by outlet", _add_outlet_index)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, second))

    Store(db_path).close()
    assert versions(db_path) == [1, 2]
    with sqlite3.connect(db_path) as connection:
        indexes = {row[1] for row in connection.execute("PRAGMA index_list(documents)")}
    assert "ix_documents_outlet" in indexes

    Store(db_path).close()
    assert versions(db_path) == [1, 2]


def test_a_store_from_a_newer_frontwatch_is_refused(db_path: Path) -> None:
    Store(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO schema_version VALUES (99, 'from the future', '2031-01-01T00:00:00')"
        )
    for readonly in (False, True):
        with pytest.raises(StoreError, match=r"schema version 99, newer than"):
            Store(db_path, readonly=readonly)


def test_a_read_only_open_does_not_migrate(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store(db_path).close()
    second = migrations.Migration(2, "index documents by outlet", _add_outlet_index)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, second))
    with pytest.raises(StoreError, match="needs migrating"):
        Store(db_path, readonly=True)
    assert versions(db_path) == [1]
