"""CSV with ACLED's column names first (see ``table``), one row per event."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import TextIO

from frontwatch.export.table import COLUMNS, row
from frontwatch.records import Document, Event


def write(events: Iterable[Event], out: TextIO, documents: Mapping[str, Document]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS))
    writer.writeheader()
    written = 0
    for event in events:
        writer.writerow(row(event, documents.get(event.doc_id)))
        written += 1
    return written
