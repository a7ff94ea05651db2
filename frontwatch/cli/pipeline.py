"""``frontwatch extract`` and ``frontwatch run``: the whole pipeline over reports."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated

import typer

from frontwatch import export, ingest
from frontwatch.cli.app import app, progress, report_problem
from frontwatch.cli.options import (
    DEFAULT_DB,
    Db,
    Language,
    MaxMb,
    Outlet,
    Paths,
    Published,
    Url,
    metadata,
)
from frontwatch.cli.summary import print_summary
from frontwatch.jobs import extract_stream, run_into, store_results
from frontwatch.records import Document, Event
from frontwatch.scale import pipe_distributed
from frontwatch.store import Store


class StreamFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    geojson = "geojson"


@app.command()
def extract(
    paths: Paths,
    format: Annotated[
        StreamFormat, typer.Option("--format", "-f", help="Output format.")
    ] = StreamFormat.jsonl,
    published: Published = None,
    outlet: Outlet = None,
    url: Url = None,
    language: Language = None,
    max_mb: MaxMb = 50.0,
) -> None:
    """Print the events of reports on standard output, without a store.

    JSON Lines input keeps each document's id as its events' doc_id.
    """
    items = ingest.read(paths, metadata(published, outlet, url, language), int(max_mb * 1e6))
    summary, pairs = extract_stream(progress(items, "extracting"), report_problem)
    documents: dict[str, Document] = {}

    def events() -> Iterator[Event]:
        for document, found in pairs:
            documents[document.id] = document
            yield from found

    export.write(events(), format.value, sys.stdout, documents)
    if not summary.ok:
        raise typer.Exit(1)


@app.command()
def run(
    paths: Paths,
    db: Db = DEFAULT_DB,
    published: Published = None,
    outlet: Outlet = None,
    url: Url = None,
    language: Language = None,
    max_mb: MaxMb = 50.0,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Extract on Dask: processes, threads, or a scheduler address (tcp://host:8786)."
        ),
    ] = None,
) -> None:
    """Ingest reports, extract their events and store both.

    Each document is stored with all its events in one transaction; running again
    over the same reports changes nothing. With --scheduler, Dask workers read and
    extract while this process alone writes the store.
    """
    meta = metadata(published, outlet, url, language)
    with Store(db) as store:
        if scheduler:
            results = pipe_distributed(paths, meta, int(max_mb * 1e6), scheduler=scheduler)
            summary = store_results(store, progress(results, "extracting"), report_problem)
        else:
            items = ingest.read(paths, meta, int(max_mb * 1e6))
            summary = run_into(store, progress(items, "extracting"), report_problem)
    print_summary(summary, db)
    if not summary.ok:
        raise typer.Exit(1)
