"""Bad inputs: each gives one-line problems naming the file, and the other files proceed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwatch.ingest import read

GOOD = (
    "Ukrainian forces repelled an attack on Robotyne at dawn, the southern defence forces "
    "said, adding that two Russian armoured vehicles were destroyed."
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8

BAD = {
    "empty.txt": (b"", "empty file"),
    "blank.md": (b" \n\t\n  ", "empty file"),
    "chart.txt": (PNG, "binary file, not text"),
    "zeros.html": (b"\x00" * 4000, "binary file, not text"),
    "big.txt": (GOOD.encode() * 40, "too large: 5,920 bytes, over the limit of 5,000 bytes"),
    "lines.jsonl": (b'{"text": "Shelling of Kherson", \n', "line 1: malformed JSON"),
    "feed.rss": (b"<rss><channel><item><title>Torn</ti", "malformed XML"),
    "page.html": (b"<html><body><script>var x = 1;</script></body></html>", "malformed or empty"),
    "result.json": (json.dumps({"id": 5, "messages": [{"id": 1}]}).encode(), "messages[0]"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_file_gives_problems_and_the_rest_proceed(tmp_path, write, split, name):
    content, message = BAD[name]
    paths = [write("before.txt", GOOD), write(name, content), write("after.txt", GOOD + " Again.")]
    documents, problems = split(list(read(paths, max_bytes=5_000)))
    assert [d.origin for d in documents] == [str(paths[0]), str(paths[2])]
    assert problems, name
    assert any(message in problem.message for problem in problems)
    for problem in problems:
        assert problem.path == str(paths[1])
        assert "\n" not in problem.message
        assert str(problem).startswith(str(paths[1]) + ": ")


def test_size_is_checked_before_reading(write, monkeypatch):
    path = write("huge.txt", GOOD)

    def no_reading(self, *args, **kwargs):
        raise AssertionError("an oversized file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    [problem] = read([path], max_bytes=10)
    assert problem.message == f"too large: {len(GOOD)} bytes, over the limit of 10 bytes"


def test_an_unreadable_file(write, monkeypatch):
    path = write("locked.txt", GOOD)
    opener = Path.open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return opener(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    [problem] = read([path])
    assert str(problem) == f"{path}: cannot read: permission denied"


def test_a_missing_path(tmp_path):
    [problem] = read([tmp_path / "nowhere.txt"])
    assert problem.message == "no such file or folder"


def test_a_json_file_that_is_not_an_export(ingest):
    [problem] = ingest("notes.json", json.dumps([{"text": GOOD}]))
    assert problem.message == "not a Telegram Desktop export: no `messages` list"


def test_a_runaway_message_is_cut_to_one_short_line(ingest):
    [problem] = ingest("x.jsonl", json.dumps({"text": GOOD, "published": "x" * 5_000}))
    assert len(problem.message) <= 300
