"""A small store of hand-written war reports, one of them full of script injections."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from frontwatch.api import create_app
from frontwatch.records import Document, Event
from frontwatch.store import Store

CORPUS = Path(__file__).resolve().parents[1] / "web" / "data" / "corpus.jsonl"


@pytest.fixture(scope="session")
def corpus() -> list[tuple[Document, list[Event]]]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return [(Document(**row["doc"]), [Event(**e) for e in row["events"]]) for row in rows]


@pytest.fixture(scope="session")
def store_file(tmp_path_factory: pytest.TempPathFactory, corpus) -> Path:
    path = tmp_path_factory.mktemp("api") / "store.db"
    with Store(path) as store:
        for document, events in corpus:
            store.add(document, events)
    return path


@pytest.fixture(scope="session")
def client(store_file: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store_file)) as test_client:
        yield test_client
