"""Fixtures for the ingest tests: write a report into a temporary folder and read it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from frontwatch.ingest import read
from frontwatch.records import Document, Problem

Items = list[Document | Problem]


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """Write text (UTF-8 unless an encoding is given) or bytes to ``tmp_path / name``."""

    def write_file(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode(encoding)
        path.write_bytes(data)
        return path

    return write_file


@pytest.fixture
def ingest(write: Callable[..., Path]) -> Callable[..., Items]:
    """Write one file and read it back: every document and problem, in order."""

    def ingest_file(name: str, content: str | bytes, encoding: str = "utf-8", **options: Any):
        return list(read([write(name, content, encoding)], **options))

    return ingest_file


@pytest.fixture
def split() -> Callable[[Items], tuple[list[Document], list[Problem]]]:
    """Documents and problems apart, each in input order."""

    def split_items(items: Items) -> tuple[list[Document], list[Problem]]:
        documents = [item for item in items if isinstance(item, Document)]
        problems = [item for item in items if isinstance(item, Problem)]
        return documents, problems

    return split_items
