"""``frontwatch export``: events from the store to a file a GIS or spreadsheet opens."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from frontwatch.cli.app import DEFAULT_DB, app
from frontwatch.export import FORMATS, ExportError, write
from frontwatch.records import EVENT_TYPES, STATUS_PRECEDENCE, EventQuery
from frontwatch.store import Store


def _iso_date(value: str | None, flag: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as error:
        raise ExportError(f"{flag} {value!r}: not a date (use YYYY-MM-DD)") from error


def _chosen(values: list[str] | None, allowed: Iterable[str], flag: str) -> list[str]:
    """Typer cannot offer choices for repeatable options, so they are checked here."""
    known = tuple(allowed)
    for value in values or []:
        if value not in known:
            raise ExportError(f"{flag} {value!r}: choose from {', '.join(known)}")
    return list(values or [])


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help=f"One of: {', '.join(FORMATS)}.")
    ],
    out: Annotated[
        str, typer.Option("--out", metavar="FILE", help="File to write, or - for standard output.")
    ],
    db: Annotated[
        str, typer.Option("--db", metavar="DB", help="Store file (or a postgresql+psycopg:// URL).")
    ] = str(DEFAULT_DB),
    types: Annotated[
        list[str] | None,
        typer.Option("--type", metavar="TYPE", help="Event type, e.g. strike (repeatable)."),
    ] = None,
    statuses: Annotated[
        list[str] | None,
        typer.Option("--status", metavar="STATUS", help="Status, e.g. reported (repeatable)."),
    ] = None,
    sides: Annotated[
        list[str] | None,
        typer.Option("--side", metavar="SIDE", help="Actor side, e.g. UA or RU (repeatable)."),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", metavar="DATE", help="Only events whose dates reach this day."),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", metavar="DATE", help="Only events that begin by this day."),
    ] = None,
) -> None:
    """Write the stored events (optionally filtered) as GeoJSON, CSV, KML, Parquet, JSONL or JSON.

    Files are written whole or not at all: a failed export leaves no partial file.
    """
    _chosen([fmt], FORMATS, "--format")
    query = EventQuery(
        types=_chosen(types, EVENT_TYPES, "--type"),
        statuses=_chosen(statuses, STATUS_PRECEDENCE, "--status"),
        sides=[side.upper() for side in sides or []],
        date_from=_iso_date(since, "--since"),
        date_to=_iso_date(until, "--until"),
    )
    with Store(db, readonly=True) as store:
        events = store.events(query)
        documents = {d.id: d for d in store.documents({e.doc_id for e in events})}
    written = write(events, fmt, sys.stdout if out == "-" else Path(out), documents)
    target = "standard output" if out == "-" else out
    print(f"frontwatch: wrote {written} events as {fmt} to {target}", file=sys.stderr)
