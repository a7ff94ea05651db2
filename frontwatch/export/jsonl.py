"""JSON Lines: one contract event record per line, the same as ``frontwatch extract``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TextIO

from frontwatch.records import Document, Event


def write(events: Iterable[Event], out: TextIO, documents: Mapping[str, Document]) -> int:
    written = 0
    for event in events:
        out.write(event.to_json())
        out.write("\n")
        written += 1
    return written
