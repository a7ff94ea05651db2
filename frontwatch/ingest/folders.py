"""Folders of reports and the ``manifest.jsonl`` files that describe them.

A folder is walked recursively in name order, so that runs are repeatable; hidden
files and folders are skipped, and so are files without a report suffix (a
Telegram export's folder holds photos and stickers beside ``result.json``).
Symbolic links to folders are not followed, which rules out endless loops.

A ``manifest.jsonl`` gives per-file metadata for the files in its own folder: one
JSON object per line with ``file`` (a name relative to the folder) and any of
``published``, ``outlet``, ``url``, ``language``, ``title``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from frontwatch.errors import InputError
from frontwatch.ingest.decoding import decode, load
from frontwatch.ingest.formats import SUFFIXES
from frontwatch.ingest.metadata import Metadata, MetadataError
from frontwatch.records import Problem

MANIFEST = "manifest.jsonl"
#: A manifest is a few lines per report; this bounds a mistaken one.
_MANIFEST_MAX_BYTES = 20_000_000


def walk(folder: Path) -> Iterator[Path | Problem]:
    """The report files under ``folder`` in name order, and a problem per unreadable folder."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        yield Problem(path=str(folder), message=f"cannot read folder: {reason}")
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name == MANIFEST:
            continue
        path = folder / entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from walk(path)
        elif Path(entry.name).suffix.lower() in SUFFIXES:
            yield path


class Manifests:
    """Manifest rows by file, each folder's manifest read once, when first needed."""

    def __init__(self) -> None:
        self._rows: dict[Path, Metadata] = {}
        self._read: set[Path] = set()

    def load(self, folder: Path) -> list[Problem]:
        """Read the folder's manifest if not yet done; its bad lines as problems."""
        folder = folder.resolve()
        if folder in self._read:
            return []
        self._read.add(folder)
        path = folder / MANIFEST
        if not path.is_file():
            return []
        try:
            content = decode(load(path, _MANIFEST_MAX_BYTES), str(path))
        except InputError as error:
            return [Problem(path=error.path, message=error.message)]
        return list(self._rows_of(content, folder, path))

    def get(self, path: Path) -> Metadata | None:
        return self._rows.get(path.resolve())

    def _rows_of(self, content: str, folder: Path, path: Path) -> Iterator[Problem]:
        for number, line in enumerate(content.split("\n"), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict) or not isinstance(row.get("file"), str):
                    raise MetadataError("not a JSON object with a `file` name")
                self._rows[(folder / row["file"]).resolve()] = Metadata.from_mapping(row)
            except json.JSONDecodeError as error:
                yield Problem(path=str(path), message=f"line {number}: malformed JSON: {error.msg}")
            except (MetadataError, RecursionError) as error:
                yield Problem(path=str(path), message=f"line {number}: {error}")
