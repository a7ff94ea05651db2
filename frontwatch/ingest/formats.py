"""Which reader a file needs: by its suffix, else by its content.

The content check serves standard input and files with unknown suffixes; it looks
only at how the text starts, except to tell a Telegram export (one JSON object
with a ``messages`` list) from JSON Lines.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from frontwatch.ingest import feeds, jsonl, telegram, text, webpage
from frontwatch.records import Document, Problem

Reader = Callable[[str, str], Iterator[Document | Problem]]

READERS: dict[str, Reader] = {
    "text": text.parse,
    "html": webpage.parse,
    "jsonl": jsonl.parse,
    "feed": feeds.parse,
    "telegram": telegram.parse,
}

SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "telegram",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}

_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_HEAD = 4_096


def by_suffix(path: Path) -> str | None:
    return SUFFIXES.get(path.suffix.lower())


def by_content(content: str) -> str:
    """The format of a text: JSON Lines, a Telegram export, a feed, HTML, else plain text."""
    head = content[:_HEAD].lstrip().lower()
    if head.startswith("{"):
        return "telegram" if _is_export(content) else "jsonl"
    if head.startswith("<"):
        if _FEED_ROOT.search(head) or (head.startswith("<?xml") and "<html" not in head):
            return "feed"
        return "html"
    return "text"


def _is_export(content: str) -> bool:
    """A pretty-printed object (a lone ``{`` on the first line) or one with ``messages``."""
    if content.lstrip().partition("\n")[0].strip() == "{":
        return True
    try:
        value = json.loads(content)
    except (ValueError, RecursionError):
        return False
    return isinstance(value, dict) and "messages" in value
