"""Files that are not usable stores give one-line StoreErrors that name the file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from frontwatch.errors import StoreError
from frontwatch.records import Document, Event
from frontwatch.store import Store


def one_line(error: pytest.ExceptionInfo[StoreError]) -> str:
    message = str(error.value)
    assert "\n" not in message
    return message


def test_a_text_file_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Kupiansk: counteroffensive notes, not a database\n" * 40)
    with pytest.raises(StoreError) as error:
        Store(path)
    assert one_line(error) == f"{path}: not a SQLite database"
    assert path.read_text().startswith("Kupiansk")


def test_a_truncated_store_is_refused(tmp_path: Path, db_path: Path) -> None:
    Store(db_path).close()
    broken = tmp_path / "broken.db"
    broken.write_bytes(db_path.read_bytes()[:150])
    with pytest.raises(StoreError) as error:
        Store(broken)
    assert one_line(error).startswith(f"{broken}: ")


def test_a_folder_or_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Store(tmp_path)
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "absent.db", create=False)
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "absent.db", readonly=True)
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "no-folder" / "store.db")
    assert not (tmp_path / "absent.db").exists()


def test_a_read_only_store_refuses_writes(
    db_path: Path, report: Document, make_events: Callable[[str], list[Event]]
) -> None:
    Store(db_path).close()
    with Store(db_path, readonly=True) as store:
        with pytest.raises(StoreError) as error:
            store.add(report, make_events(report.id))
        assert one_line(error) == f"{db_path}: the store was opened read-only"
        assert store.count() == 0


def test_a_store_locked_by_another_writer(
    db_path: Path, report: Document, make_events: Callable[[str], list[Event]]
) -> None:
    Store(db_path).close()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with Store(db_path, timeout=0.1) as store:
            assert store.count() == 0
            with pytest.raises(StoreError) as error:
                store.add(report, make_events(report.id))
            assert one_line(error).startswith(f"{db_path}: the store is locked by another")
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Store(db_path) as store:
        assert store.add(report, make_events(report.id))


def test_an_unknown_database_url(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="driver is not installed"):
        Store("mysql+nosuchdriver://analyst:secret@db.example.org/frontwatch")
    with pytest.raises(StoreError) as error:
        Store("mysql+nosuchdriver://analyst:secret@db.example.org/frontwatch")
    assert "secret" not in str(error.value)
