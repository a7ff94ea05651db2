"""Reading gold files and prediction files for evaluation (contract §8).

Gold lines carry the document and its hand-annotated events. The team's
development gold leaves the document text out (the reports' text must not live in
the project) and names the report's ``file`` instead; the loader then reads the
text from a folder of reports. Held-out sets carry ``doc.text`` and are used as
they are.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from frontwatch.errors import GoldError
from frontwatch.ingest import read
from frontwatch.records import (
    Actor,
    Document,
    Event,
    EventType,
    Location,
    Problem,
    Quantity,
    Status,
    Target,
    TimeSpan,
)

#: Where the sample reports live beside a checkout: ``shared/`` is a sibling of the repository.
SAMPLES_RELATIVE = Path("..") / "shared" / "samples" / "reports"
REPOSITORY_ROOT = Path(__file__).resolve().parents[2]


class GoldEvent(BaseModel):
    """One annotated event: the contract's event fields without id, evidence or confidence.

    Unknown fields are ignored so that held-out sets that also carry evidence,
    ids or annotator fields load unchanged; the fields scoring reads are validated.
    """

    model_config = ConfigDict(extra="ignore")

    type: EventType
    actor: Actor | None = None
    target: Target | None = None
    location: Location | None = None
    time: TimeSpan = Field(default_factory=TimeSpan)
    status: Status
    sources: list[str] = Field(default_factory=list)
    quantities: dict[str, Quantity] = Field(default_factory=dict)
    note: str | None = None


class GoldDocument(BaseModel):
    """A document of a gold file with its events, and where it was read from."""

    document: Document
    events: list[GoldEvent]
    #: The report's file name when the text came from a folder of reports.
    file: str | None = None
    #: ``gold.jsonl:3``: the gold line, for messages.
    origin: str

    def aliases(self) -> set[str]:
        """Every id a prediction may use for this document.

        ``frontwatch eval GOLD PRED`` must accept a ``frontwatch extract`` output
        made straight from the report files, whose events name the document by
        its content hash rather than by the gold's id.
        """
        names = {self.document.id, Document.content_id(self.document.text)}
        if self.file:
            names |= {self.file, Path(self.file).stem}
        return names


def default_texts_dir(cwd: Path | None = None) -> Path:
    """The folder of sample reports: beside the current folder, else beside the repository."""
    shared = os.environ.get("FRONTWATCH_SHARED")
    candidates = [Path(shared) / "samples" / "reports"] if shared else []
    candidates += [(cwd or Path.cwd()) / SAMPLES_RELATIVE, REPOSITORY_ROOT / SAMPLES_RELATIVE]
    return next((path for path in candidates if path.is_dir()), candidates[-1])


def load_gold(path: str | Path, texts_dir: str | Path | None = None) -> list[GoldDocument]:
    """Every document of a gold file, with its text, validated line by line."""
    path = Path(path)
    folder = Path(texts_dir) if texts_dir is not None else None
    documents: list[GoldDocument] = []
    seen: set[str] = set()
    for number, row in _json_lines(path):
        origin = f"{path}:{number}"
        document = _gold_document(row, origin, folder)
        if document.document.id in seen:
            raise GoldError(f"{origin}: document id {document.document.id!r} appears twice")
        seen.add(document.document.id)
        documents.append(document)
    if not documents:
        raise GoldError(f"{path}: no gold documents")
    return documents


def load_predictions(path: str | Path) -> list[Event]:
    """Predicted events from a ``frontwatch extract --format jsonl`` file (contract §2)."""
    path = Path(path)
    events = []
    for number, row in _json_lines(path):
        try:
            events.append(Event.model_validate(row))
        except ValidationError as error:
            raise GoldError(f"{path}:{number}: not a contract event: {_first(error)}") from None
    return events


def _gold_document(row: Any, origin: str, texts_dir: Path | None) -> GoldDocument:
    if not isinstance(row, dict) or not isinstance(row.get("doc"), dict):
        raise GoldError(f"{origin}: a gold line needs a 'doc' object and an 'events' list")
    events = row.get("events")
    if not isinstance(events, list):
        raise GoldError(f"{origin}: a gold line needs an 'events' list")
    doc = dict(row["doc"])
    file = doc.pop("file", None)
    if doc.get("text") is None:
        if not file:
            raise GoldError(f"{origin}: the document has neither 'text' nor 'file'")
        doc["text"], title = _read_report(Path(file).name, texts_dir, origin)
        doc.setdefault("title", None)
        doc["title"] = doc["title"] or title
    if not doc.get("id"):
        doc["id"] = Path(file).stem if file else Document.content_id(doc["text"])
    try:
        document = Document.model_validate(doc)
    except ValidationError as error:
        raise GoldError(f"{origin}: bad document: {_first(error)}") from None
    gold_events = []
    for index, event in enumerate(events, 1):
        try:
            gold_events.append(GoldEvent.model_validate(event))
        except ValidationError as error:
            raise GoldError(f"{origin}: event {index}: {_first(error)}") from None
    return GoldDocument(document=document, events=gold_events, file=file, origin=origin)


def _read_report(name: str, texts_dir: Path | None, origin: str) -> tuple[str, str | None]:
    """The report's text as ``frontwatch ingest`` reads it (a first-line title split off).

    Reading through the ingest stage keeps the gold text, and so its content-hash id,
    identical to what ``frontwatch extract`` sees for the same file.
    """
    source = (texts_dir or default_texts_dir()) / name
    for item in read([source]):
        if isinstance(item, Problem):
            raise GoldError(f"{origin}: cannot read the report text: {item}")
        return item.text, item.title
    raise GoldError(f"{origin}: cannot read the report text {source}: no document in it")


def _json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise GoldError(f"{path}: cannot read: {error.strerror or type(error).__name__}") from None
    except UnicodeDecodeError:
        raise GoldError(f"{path}: not UTF-8 text") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldError(f"{path}:{number}: malformed JSON: {error.msg}") from None


def _first(error: ValidationError) -> str:
    """The first validation problem, as one line: where it is and what is wrong."""
    problem = error.errors()[0]
    where = ".".join(str(part) for part in problem["loc"]) or "line"
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{where}: {problem['msg']}{more}"
