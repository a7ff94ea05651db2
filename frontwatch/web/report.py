"""The offline HTML report: the web app's page with its data inside, in one file."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from frontwatch.records import Document, Event
from frontwatch.web.columns import event_columns
from frontwatch.web.page import inline_page


def report_data(events: list[Event], documents: Iterable[Document]) -> dict[str, object]:
    """What the page would otherwise fetch from the API: the events as columns for the map
    and the timeline, full events for the cards, and the documents they cite (only
    those, to keep the file small)."""
    cited = {event.doc_id for event in events}
    return {
        "columns": event_columns(events),
        "events": [event.model_dump(mode="json") for event in events],
        "documents": [doc.model_dump(mode="json") for doc in documents if doc.id in cited],
    }


def render_report(
    events: Iterable[Event],
    documents: Iterable[Document] | Mapping[str, Document],
    out: Path,
    title: str = "frontwatch report",
) -> Path:
    """Write a self-contained HTML report that opens offline by double-click.

    ``documents`` may be a list or a mapping by id (as the demo keeps them)."""
    docs = documents.values() if isinstance(documents, Mapping) else documents
    page = inline_page(title, report_data(list(events), docs))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out
