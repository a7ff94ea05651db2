"""Property: whatever bytes or JSON arrive, reading yields documents and problems, never raises."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontwatch.ingest import read
from frontwatch.records import Document, Problem

SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".json", ".xml", ".rss", ""]
SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=8,
)
# Documents and exports with the right keys and odd values reach deeper than random keys;
# their values are mostly flat, which keeps generating them cheap.
fields = scalars | st.lists(scalars, max_size=3)
documents = st.fixed_dictionaries(
    {"text": fields},
    optional={k: fields for k in ("id", "title", "url", "outlet", "published", "language")},
)
parts = st.lists(st.text(max_size=20) | st.fixed_dictionaries({"type": scalars, "text": scalars}))
message_keys = st.sampled_from(["id", "type", "date", "text", "text_entities"])
exports = st.fixed_dictionaries(
    {"messages": st.lists(st.dictionaries(message_keys, fields | parts), max_size=4)},
    optional={k: fields for k in ("id", "name", "type", "username")},
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("random")


def check(items: list) -> None:
    assert all(isinstance(item, Document | Problem) for item in items)
    for item in items:
        if isinstance(item, Problem):
            assert "\n" not in item.message


@SETTINGS
@given(data=st.binary(max_size=2_000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes(folder, data, suffix):
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    check(list(read([path])))


@SETTINGS
@given(value=json_values | documents | exports, suffix=st.sampled_from([".jsonl", ".json"]))
def test_random_json(folder, value, suffix):
    path = folder / f"input{suffix}"
    path.write_text(json.dumps(value), encoding="utf-8")
    check(list(read([path])))


@SETTINGS
@given(rows=st.lists(documents | json_values, max_size=5))
def test_random_json_lines(folder, rows):
    path = folder / "input.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    check(list(read([path])))


@SETTINGS
@given(data=st.binary(max_size=2_000))
def test_random_standard_input(monkeypatch, data):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    check(list(read(["-"])))
