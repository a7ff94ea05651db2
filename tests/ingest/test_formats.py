"""Format choice: by suffix, else by content; a file named explicitly is read whatever it is."""

from __future__ import annotations

import json

from frontwatch.ingest import read, read_bytes

TEXT = (
    "A Russian missile hit a grain terminal in Izmail overnight, the Odesa regional "
    "administration said, damaging silos and two trucks."
)


def test_an_explicit_file_without_a_suffix_is_read_by_content(write):
    feed = (
        '<rss version="2.0"><channel><title>Danube Watch</title>'
        f"<item><title>Izmail terminal hit</title><description>{TEXT}</description></item>"
        "</channel></rss>"
    )
    [document] = read([write("danube-latest", feed)])
    assert (document.outlet, document.title, document.text) == (
        "Danube Watch",
        "Izmail terminal hit",
        TEXT,
    )


def test_an_explicit_log_file_is_text(write):
    [document] = read([write("notes.log", TEXT)])
    assert document.text == TEXT


def test_read_bytes_with_a_given_format():
    data = json.dumps({"id": "upload-1", "text": TEXT}).encode()
    [document] = read_bytes(data, "upload", fmt="jsonl")
    assert (document.id, document.origin, document.language) == ("upload-1", "upload#line=1", "en")


def test_read_bytes_detects_the_format():
    [document] = read_bytes(f"<html><body><p>{TEXT}</p></body></html>".encode(), "upload")
    assert document.text == TEXT
