"""The typer application that every command module registers itself on."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from frontwatch.records import Problem

app = typer.Typer(
    name="frontwatch",
    help="Turn war reporting into a verified, mapped record of events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

benchmark_app = typer.Typer(help="Measure speed and memory on a real corpus.", no_args_is_help=True)
app.add_typer(benchmark_app, name="benchmark")

#: A SQLite file path or a SQLAlchemy URL; a str, because a Path would fold "//" in URLs.
DEFAULT_DB = "frontwatch.db"

T = TypeVar("T")


def report_problem(problem: Problem | str) -> None:
    """One line on standard error: the file and what is wrong with it."""
    print(f"frontwatch: {problem}", file=sys.stderr)


def progress(items: Iterable[T], label: str, total: int | None = None) -> Iterator[T]:
    """A progress bar on standard error, shown only when it is a terminal."""
    if not sys.stderr.isatty():
        yield from items
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)
