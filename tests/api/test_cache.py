"""Cached answers last exactly as long as the store holds the same events."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from frontwatch.api import create_app
from frontwatch.api import responses as responses_module
from frontwatch.store import Store


def test_answers_follow_the_store_when_a_report_is_added(
    tmp_path: Path, web_corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    (first_doc, first_events), (second_doc, second_events) = web_corpus[:2]
    store = Store(tmp_path / "growing.db")
    store.add(first_doc, first_events)
    clock = [1000.0]
    monkeypatch.setattr(responses_module.time, "monotonic", lambda: clock[0])
    with TestClient(create_app(store)) as client:
        before = client.get("/api/events").json()
        compact = client.get("/api/events.geojson?detail=compact").json()["features"]
        columns = client.get("/api/events.columns").json()
        assert len(before) == len(compact) == columns["count"] == len(first_events)
        store.add(second_doc, second_events)
        clock[0] += 5
        after = client.get("/api/events").json()
        compact = client.get("/api/events.geojson?detail=compact").json()["features"]
        columns = client.get("/api/events.columns").json()
        assert len(after) == len(compact) == columns["count"]
        assert columns["count"] == len(first_events) + len(second_events)
    store.close()
