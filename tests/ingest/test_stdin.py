"""Standard input (``-``): the format is told by the content."""

from __future__ import annotations

import io
import json
import sys

import pytest

from frontwatch.ingest import Metadata, read

TEXT = (
    "Partisans set fire to a relay cabinet on the railway near Melitopol, the resistance "
    "movement said, halting supply trains for several hours."
)


@pytest.fixture
def stdin(monkeypatch):
    def feed(data: bytes) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))

    return feed


def test_plain_text(stdin):
    stdin(TEXT.encode())
    [document] = read(["-"], Metadata(published="2023-10-02"))
    assert document.text == TEXT
    assert document.origin == "-"
    assert document.published == "2023-10-02"


def test_json_lines(stdin):
    stdin((json.dumps({"id": "m1", "text": TEXT}) + "\n" + json.dumps({"text": "x y"})).encode())
    first, second = read(["-"])
    assert (first.id, first.origin, second.origin) == ("m1", "-#line=1", "-#line=2")


def test_telegram_export(stdin):
    export = {
        "name": "Southern Watch",
        "type": "public_channel",
        "id": 99,
        "messages": [{"id": 7, "type": "message", "date": "2023-10-02T10:00:00", "text": TEXT}],
    }
    stdin(json.dumps(export, indent=1).encode())
    [document] = read(["-"])
    assert (document.id, document.outlet) == ("tg-99-7", "Southern Watch")


def test_feed(stdin):
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>South</title>'
        f"<item><title>Rail sabotage</title><description>{TEXT}</description></item>"
        "</channel></rss>"
    )
    stdin(feed.encode())
    [document] = read(["-"])
    assert (document.outlet, document.title, document.text) == ("South", "Rail sabotage", TEXT)


def test_html(stdin):
    stdin(f"<!doctype html><html><body><article><p>{TEXT}</p></article></body></html>".encode())
    [document] = read(["-"])
    assert document.text == TEXT


def test_oversized_input(stdin):
    stdin(TEXT.encode())
    [problem] = read(["-"], max_bytes=40)
    assert problem.path == "standard input"
    assert problem.message == "too large: over the limit of 40 bytes"


def test_problems_name_standard_input(stdin):
    stdin(b'{"text": "Shelling of Nikopol", \n')
    [problem] = read(["-"])
    assert str(problem).startswith("standard input: line 1: malformed JSON")


def test_empty_input(stdin):
    stdin(b"")
    [problem] = read(["-"])
    assert str(problem) == "standard input: empty file"
