"""The closing table that ingest, run and demo print."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from sqlalchemy.engine import make_url

from frontwatch.jobs import Summary


def print_summary(summary: Summary, db: Path | str | None = None) -> None:
    console = Console(stderr=True)
    table = Table(title="frontwatch", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents added", str(summary.documents_added))
    table.add_row("documents already stored", str(summary.documents_unchanged))
    for kind, n in sorted(summary.events.items()):
        table.add_row(f"events: {kind}", str(n))
    table.add_row("events in all", str(sum(summary.events.values())))
    table.add_row("inputs with problems", str(len(summary.problems)))
    console.print(table)
    if db is not None:
        console.print(f"store: {shown(db)}")


def shown(db: Path | str) -> str:
    """The store as it may be printed: a database URL without its password."""
    if "://" not in str(db):
        return str(db)
    return make_url(str(db)).render_as_string(hide_password=True)
