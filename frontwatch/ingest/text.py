"""Plain text and Markdown reports: optional front matter, optional first-line title.

Front matter follows the Jekyll/Hugo convention (a YAML block between ``---``
lines at the very top) and is read with PyYAML; ``date`` is accepted for
``published`` because that is what static-site generators call it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml

from frontwatch.errors import InputError
from frontwatch.ingest.metadata import MetadataError, build
from frontwatch.records import Document, Problem

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)^(?:---|\.\.\.)[ \t]*$\n?", re.S | re.M)
_FIELDS = ("id", "title", "url", "outlet", "published", "language")
#: A first line longer than this is a sentence, not a headline.
MAX_TITLE_CHARS = 150
_SENTENCE_END = (".", ",", ";", ":", "…")
#: Headlines may ask or exclaim, but only a blank line after one tells it from a sentence.
_HEADLINE_END = ("?", "!")
_CLOSERS = "\"'”’»)] "


def parse(text: str, origin: str) -> Iterator[Document | Problem]:
    fields: dict[str, Any] = {}
    body = text
    match = _FRONT_MATTER.match(text)
    if match:
        fields = _front_matter(match.group("yaml"), origin)
        body = text[match.end() :]
    if not fields.get("title"):
        fields["title"], body = split_title(body)
    try:
        yield build({**fields, "text": body}, origin)
    except MetadataError as error:
        raise InputError(origin, str(error)) from error


def split_title(body: str) -> tuple[str | None, str]:
    """A headline on the first line, and the rest; ``(None, body)`` when there is none.

    A headline is a short first line (a Markdown ``#`` heading counts) with more text
    after it, and no sentence-final punctuation, except a question or exclamation
    mark when a blank line follows.
    """
    first, _, rest = body.strip().partition("\n")
    heading = first.strip()
    candidate = heading.lstrip("#").strip() if heading.startswith("#") else heading
    ending = candidate.rstrip(_CLOSERS)
    if (
        not rest.strip()
        or not candidate
        or len(candidate) > MAX_TITLE_CHARS
        or ending.endswith(_SENTENCE_END)
        or (ending.endswith(_HEADLINE_END) and rest.partition("\n")[0].strip())
    ):
        return None, body
    return candidate, rest


def _front_matter(block: str, origin: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(block)
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        # PyYAML raises ValueError for impossible dates ("2022-02-30") it reads as dates.
        raise InputError(origin, f"malformed front matter: {error}") from error
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(origin, "malformed front matter: not a block of `key: value` fields")
    if "published" not in data and "date" in data:
        data["published"] = data["date"]
    return {name: data[name] for name in _FIELDS if name in data}
