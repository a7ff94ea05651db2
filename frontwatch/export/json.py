"""JSON: one array of contract event records, for tools that want a single document.

Records are written one at a time, so the array is never built in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TextIO

from frontwatch.records import Document, Event


def write(events: Iterable[Event], out: TextIO, documents: Mapping[str, Document]) -> int:
    out.write("[")
    written = 0
    for event in events:
        out.write(",\n" if written else "\n")
        out.write(event.to_json())
        written += 1
    out.write("\n]\n" if written else "]\n")
    return written
