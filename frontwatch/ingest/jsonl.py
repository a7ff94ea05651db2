"""JSON Lines documents with the fields of the contract §1, one per line.

Each line stands alone: a bad line is a problem naming its number and the other
lines are still read. A given ``id`` is kept, so events refer to the caller's ids.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from frontwatch.ingest.metadata import MetadataError, build
from frontwatch.records import Document, Problem


def parse(text: str, origin: str) -> Iterator[Document | Problem]:
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield _problem(origin, number, f"malformed JSON: {error.msg} (column {error.colno})")
            continue
        except RecursionError:
            yield _problem(origin, number, "malformed JSON: nested too deeply")
            continue
        if not isinstance(row, dict):
            yield _problem(origin, number, "not a JSON object with a `text` field")
            continue
        try:
            yield build(row, f"{origin}#line={number}")
        except MetadataError as error:
            yield _problem(origin, number, str(error))


def _problem(origin: str, number: int, message: str) -> Problem:
    return Problem(path=origin, message=f"line {number}: {message}")
