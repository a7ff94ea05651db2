"""RSS and Atom feed files through feedparser: each entry a document.

The text reaches feedparser already decoded, so it is re-encoded as UTF-8 and the
content type says so; otherwise feedparser would believe the XML declaration
(``encoding="windows-1251"``) and decode the UTF-8 bytes a second time.

A feed that breaks off (malformed XML) still gives the entries before the break,
followed by a problem; feedparser's notes on mere encoding mismatches are not
problems.

An entry's id is its content hash, not its ``guid``: a feed re-published with an
edited entry keeps the guid, and the edited text must not pass for the old one.
"""

from __future__ import annotations

import calendar
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from frontwatch.errors import InputError
from frontwatch.ingest.metadata import MetadataError, build, normalise_date, normalise_language
from frontwatch.ingest.webpage import html_to_text
from frontwatch.records import Document, Problem

_HEADERS = {"content-type": "application/xml; charset=utf-8"}


def parse(text: str, origin: str) -> Iterator[Document | Problem]:
    try:
        feed = feedparser.parse(io.BytesIO(text.encode("utf-8")), response_headers=_HEADERS)
    except Exception as error:
        # feedparser's fallback (loose) parser crashes on some malformed markup with
        # assorted exceptions (a surrogate character reference raises UnicodeEncodeError);
        # whichever it is, the file is not a readable feed.
        raise InputError(origin, f"malformed XML: {error}") from error
    if not feed.entries:
        if feed.bozo:
            raise InputError(origin, f"malformed XML: {feed.bozo_exception}")
        if not feed.version:
            raise InputError(origin, "not an RSS or Atom feed")
        raise InputError(origin, "the feed has no entries")
    outlet = feed.feed.get("title")
    language = _language(feed.feed.get("language"))
    for number, entry in enumerate(feed.entries, 1):
        fields = {
            "text": html_to_text(_content(entry)),
            "title": entry.get("title"),
            "url": entry.get("link"),
            "outlet": outlet,
            "published": _published(entry),
            "language": _language(entry.get("language")) or language,
        }
        try:
            yield build(fields, f"{origin}#entry={number}")
        except MetadataError as error:
            yield Problem(path=origin, message=f"entry {number}: {error}")
    if feed.bozo and not isinstance(feed.bozo_exception, feedparser.ThingsNobodyCaresAboutButMe):
        message = f"malformed XML after entry {len(feed.entries)}: {feed.bozo_exception}"
        yield Problem(path=origin, message=message)


def _content(entry: Any) -> str:
    """The full content when the feed has it, else the summary."""
    for content in entry.get("content") or ():
        if content.get("value", "").strip():
            return str(content["value"])
    return str(entry.get("summary") or "")


def _language(value: object) -> str | None:
    """The feed's language code; a feed's malformed one is dropped, not held against its entries."""
    try:
        return normalise_language(value)
    except MetadataError:
        return None


def _published(entry: Any) -> str | None:
    """The date as the feed wrote it (keeping its UTC offset), else feedparser's UTC reading."""
    for raw, parsed in (("published", "published_parsed"), ("updated", "updated_parsed")):
        if not entry.get(raw):
            continue
        try:
            return normalise_date(entry[raw])
        except MetadataError:
            stamp = entry.get(parsed)
            if not stamp:
                return None
            return datetime.fromtimestamp(calendar.timegm(stamp), UTC).isoformat()
    return None
