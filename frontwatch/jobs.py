"""The whole flows that the commands run: reports in, store or stream out.

Kept apart from the CLI so that a notebook, the demo and the tests run exactly
what ``frontwatch run`` runs, and apart from :mod:`frontwatch.pipeline` because
these functions also decide what happens to bad input (reported, skipped, never
stored by halves).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from frontwatch.records import Document, Event, Problem
from frontwatch.store import Store

if TYPE_CHECKING:
    from frontwatch.pipeline import Pipeline


@dataclass
class Summary:
    """What one run did, for the closing table and the exit status."""

    documents_added: int = 0
    documents_unchanged: int = 0
    events: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def split_problems(
    items: Iterable[Document | Problem], summary: Summary, on_problem: Callable[[Problem], None]
) -> Iterator[Document]:
    """Documents pass through; problems are recorded and reported as they come."""
    for item in items:
        if isinstance(item, Problem):
            summary.problems.append(item)
            on_problem(item)
        else:
            yield item


def ingest_into(
    store: Store, items: Iterable[Document | Problem], on_problem: Callable[[Problem], None]
) -> Summary:
    """Store documents without extracting events (``frontwatch ingest``)."""
    summary = Summary()
    for document in split_problems(items, summary, on_problem):
        _count(summary, store.add(document, [], extracted=False), [])
    return summary


def run_into(
    store: Store,
    items: Iterable[Document | Problem],
    on_problem: Callable[[Problem], None],
    pipeline: Pipeline | None = None,
) -> Summary:
    """Ingest, extract and store each document with its events in one transaction.

    Documents already stored with their events are skipped before any parsing, so
    running again over the same folder is cheap and changes nothing.
    """
    summary = Summary()
    documents = split_problems(items, summary, on_problem)
    pending = (d for d in documents if not _already_done(store, d, summary))
    for document, events in (pipeline or _pipeline()).pipe(pending):
        _count(summary, store.add(document, events, extracted=True), events)
    return summary


def store_results(
    store: Store,
    results: Iterable[tuple[Document, list[Event]] | Problem],
    on_problem: Callable[[Problem], None],
) -> Summary:
    """Store what workers extracted elsewhere (the Dask scale-out), one document at a time."""
    summary = Summary()
    for result in results:
        if isinstance(result, Problem):
            summary.problems.append(result)
            on_problem(result)
        else:
            document, events = result
            _count(summary, store.add(document, events, extracted=True), events)
    return summary


def extract_stream(
    items: Iterable[Document | Problem],
    on_problem: Callable[[Problem], None],
    pipeline: Pipeline | None = None,
) -> tuple[Summary, Iterator[tuple[Document, list[Event]]]]:
    """Events per document without a store (``frontwatch extract``)."""
    summary = Summary()
    documents = split_problems(items, summary, on_problem)
    return summary, (pipeline or _pipeline()).pipe(documents)


def _pipeline() -> Pipeline:
    """Imported on first use: spaCy takes seconds to import, and ``--help`` should not wait."""
    from frontwatch.pipeline import Pipeline

    return Pipeline()


def _already_done(store: Store, document: Document, summary: Summary) -> bool:
    if store.is_extracted(document.id):
        summary.documents_unchanged += 1
        return True
    return False


def _count(summary: Summary, added: bool, events: list[Event]) -> None:
    if added:
        summary.documents_added += 1
        summary.events.update(e.type for e in events)
    else:
        summary.documents_unchanged += 1
