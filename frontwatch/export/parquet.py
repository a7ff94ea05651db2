"""Parquet: the flat columns of the CSV with real types, plus the full record as JSON.

Rows go out in row groups of :data:`BATCH` so a large export is never all in
memory; the schema is fixed, so an empty export still has every typed column.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import islice
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from frontwatch.export.table import COLUMNS, row
from frontwatch.records import Document, Event

BATCH = 10_000
_TYPES = {str: pa.string(), float: pa.float64(), int: pa.int64()}
SCHEMA = pa.schema(
    [pa.field(name, _TYPES[kind]) for name, kind in COLUMNS.items()]
    + [pa.field("record", pa.string())]
)


def _flat(event: Event, document: Document | None) -> dict[str, Any]:
    flat: dict[str, Any] = row(event, document)
    flat["record"] = event.to_json()
    return flat


def write(events: Iterable[Event], out: BinaryIO, documents: Mapping[str, Document]) -> int:
    written = 0
    items = iter(events)
    with pq.ParquetWriter(out, SCHEMA) as writer:
        while batch := [_flat(e, documents.get(e.doc_id)) for e in islice(items, BATCH)]:
            writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
            written += len(batch)
        if not written:
            writer.write_table(SCHEMA.empty_table())
    return written
