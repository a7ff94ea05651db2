"""``frontwatch ingest``: reports into the store, without extraction."""

from __future__ import annotations

import typer

from frontwatch import ingest as ingest_stage
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
from frontwatch.jobs import ingest_into
from frontwatch.store import Store


@app.command()
def ingest(
    paths: Paths,
    db: Db = DEFAULT_DB,
    published: Published = None,
    outlet: Outlet = None,
    url: Url = None,
    language: Language = None,
    max_mb: MaxMb = 50.0,
) -> None:
    """Read reports (text, Markdown, HTML, JSON Lines, RSS/Atom, Telegram exports) into the store.

    Each document is stored whole or not at all; a document already stored is left as it is.
    Bad files are named on standard error, the rest are still read, and the exit status is 1.
    """
    items = ingest_stage.read(
        paths, metadata(published, outlet, url, language), max_bytes=int(max_mb * 1e6)
    )
    with Store(db) as store:
        summary = ingest_into(store, progress(items, "ingesting"), report_problem)
    print_summary(summary, db)
    if not summary.ok:
        raise typer.Exit(1)
