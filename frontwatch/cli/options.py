"""Options shared by the commands that read reports (ingest, extract, run)."""

from __future__ import annotations

from typing import Annotated

import typer

from frontwatch.cli.app import DEFAULT_DB
from frontwatch.ingest import Metadata

Paths = Annotated[
    list[str],
    typer.Argument(help="Report files or folders (searched recursively); - for standard input."),
]
Db = Annotated[
    str,
    typer.Option(
        "--db", help="The SQLite store file, or a database URL (postgresql+psycopg://...)."
    ),
]
Published = Annotated[
    str | None, typer.Option(help="Publication date for reports that carry none (ISO).")
]
Outlet = Annotated[str | None, typer.Option(help="Outlet name for reports that carry none.")]
Url = Annotated[str | None, typer.Option(help="URL for reports that carry none.")]
Language = Annotated[
    str | None, typer.Option(help="ISO 639-1 language for reports that carry none.")
]
MaxMb = Annotated[
    float, typer.Option("--max-mb", help="Refuse input files larger than this (megabytes).")
]

__all__ = [
    "DEFAULT_DB",
    "Db",
    "Language",
    "MaxMb",
    "Outlet",
    "Paths",
    "Published",
    "Url",
    "metadata",
]


def metadata(
    published: str | None, outlet: str | None, url: str | None, language: str | None
) -> Metadata:
    return Metadata(published=published, outlet=outlet, url=url, language=language)
