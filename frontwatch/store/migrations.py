"""Schema versions and the ordered migrations that bring a store up to date.

Migration 1 creates the current schema in full, so a new store is born at the
latest version and stamped with every version at once. Each later migration only
brings *older* stores forward. To change the schema: edit ``schema.py`` and append
``Migration(N + 1, "what changed", upgrade)`` to :data:`MIGRATIONS`, where
``upgrade`` alters an existing version-N store to match (``ALTER TABLE ... ADD
COLUMN``, ``CREATE INDEX``, ``Table.create`` for a new table) with portable SQL.
Alembic would do the same job; a tuple of functions is enough for a handful of
tables and keeps the store free of a migration-script folder to package.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, func, insert, inspect, select

from frontwatch.errors import StoreError
from frontwatch.store.schema import metadata, schema_version


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    upgrade: Callable[[Connection], None]


def _create_schema(connection: Connection) -> None:
    metadata.create_all(connection)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, events, places, sources and their links", _create_schema),
)


def latest(migrations: Sequence[Migration]) -> int:
    return migrations[-1].version


def current_version(connection: Connection) -> int:
    """The store's schema version; 0 for a database without frontwatch's tables."""
    if not inspect(connection).has_table(schema_version.name):
        return 0
    version = connection.execute(select(func.max(schema_version.c.version))).scalar()
    return int(version or 0)


def check_version(version: int, label: str, migrations: Sequence[Migration]) -> None:
    """A store from a newer frontwatch must not be written by an older one."""
    if version > latest(migrations):
        raise StoreError(
            f"{label}: the store has schema version {version}, newer than this "
            f"frontwatch knows ({latest(migrations)}); upgrade frontwatch to open it"
        )


def migrate(connection: Connection, label: str, migrations: Sequence[Migration]) -> int:
    """Apply pending migrations inside the caller's transaction; return the new version."""
    version = current_version(connection)
    check_version(version, label, migrations)
    pending = [m for m in migrations if m.version > version]
    if not pending:
        return version
    if version == 0:
        migrations[0].upgrade(connection)
    else:
        for migration in pending:
            migration.upgrade(connection)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    connection.execute(
        insert(schema_version),
        [{"version": m.version, "description": m.description, "applied_at": now} for m in pending],
    )
    return latest(migrations)
