"""The export stage: events to GeoJSON, CSV, KML, Parquet, JSON Lines or JSON.

Each format is one module with a ``write(events, out, documents) -> int``
function; :data:`FORMATS` is the registry, so a new format is a new module and
one line here. Exports to a path are written to a temporary file beside it and
renamed into place, so a failed export never leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from frontwatch.errors import FrontwatchError
from frontwatch.export import csv, geojson, json, jsonl, kml, parquet
from frontwatch.records import Document, Event


class ExportError(FrontwatchError):
    """An export cannot be written: unknown format, bad destination, full disk."""

    code = "export"


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str
    #: Binary formats get a byte stream; text formats a UTF-8 text stream.
    binary: bool
    write: Callable[[Iterable[Event], Any, Mapping[str, Document]], int]


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("geojson", ".geojson", False, geojson.write),
        Format("csv", ".csv", False, csv.write),
        Format("kml", ".kml", False, kml.write),
        Format("parquet", ".parquet", True, parquet.write),
        Format("jsonl", ".jsonl", False, jsonl.write),
        Format("json", ".json", False, json.write),
    )
}


def write(
    events: Iterable[Event],
    fmt: str,
    out: Path | str | TextIO,
    documents: Mapping[str, Document] | None = None,
) -> int:
    """Write events in a format to a path (atomically) or an open text stream.

    ``documents`` (by id) adds each event's outlet, URL and publication date; it
    is read as each event is written, so a caller streaming events may fill it as
    it goes. Returns the number of events written.
    """
    chosen = FORMATS.get(fmt)
    if chosen is None:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    known = documents if documents is not None else {}
    if isinstance(out, str | Path):
        return _write_file(events, chosen, Path(out), known)
    if chosen.binary:
        buffer = getattr(out, "buffer", None)
        if buffer is None:
            raise ExportError(f"{fmt} is a binary format: write it to a file")
        written = chosen.write(events, buffer, known)
        buffer.flush()
        return written
    return chosen.write(events, out, known)


def _write_file(
    events: Iterable[Event], chosen: Format, path: Path, documents: Mapping[str, Document]
) -> int:
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name")
    if not path.parent.is_dir():
        raise ExportError(f"{path}: the folder {path.parent} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".part"
        )
    except OSError as error:
        raise ExportError(f"{path}: cannot write here ({error.strerror})") from error
    try:
        mode = "wb" if chosen.binary else "w"
        encoding = None if chosen.binary else "utf-8"
        newline = None if chosen.binary else ""
        with os.fdopen(handle, mode, encoding=encoding, newline=newline) as stream:
            written = chosen.write(events, stream, documents)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"{path}: {error.strerror or error}") from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return written


def _umask() -> int:
    """The process umask (only readable by setting it), for the final file's mode."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


__all__ = ["FORMATS", "ExportError", "Format", "write"]
