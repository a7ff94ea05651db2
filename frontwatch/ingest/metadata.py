"""Document fields from any source, checked and normalised in one place.

Every reader hands its raw fields (from front matter, JSON, a feed entry, an HTML
page's meta tags) to :func:`build`, so that a date or a language code means the
same thing whatever format it came from, and a bad value is reported the same way.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from dateutil import parser as dateparser

from frontwatch.errors import FrontwatchError
from frontwatch.records import Document

#: The fields a source may carry besides the text; also those a fallback may fill.
FIELDS: tuple[str, ...] = ("title", "url", "outlet", "published", "language")

_TIME = re.compile(r"\d:\d")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
# Two different defaults: a component missing from a date string shows up as a
# difference between the two parses, so "September 2022" is refused rather than
# silently given today's day.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


class MetadataError(FrontwatchError):
    """A metadata value (a date, a language code, a field's type) cannot be used."""

    code = "input"


@dataclass(frozen=True)
class Metadata:
    """Fallback fields for documents whose source does not carry them.

    Used for the command line's flags and for ``manifest.jsonl`` rows; the values
    are normalised on creation so that a bad flag fails once, up front.
    """

    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    title: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "published", normalise_date(self.published))
        object.__setattr__(self, "language", normalise_language(self.language))
        for name in ("outlet", "url", "title"):
            object.__setattr__(self, name, _string(name, getattr(self, name)))

    @classmethod
    def from_mapping(cls, row: Mapping[str, Any]) -> Metadata:
        """Known fields of a manifest row; others (notes, descriptions) are ignored."""
        return cls(**{name: row.get(name) for name in FIELDS})

    def over(self, other: Metadata | None) -> Metadata:
        """These values, with ``other``'s where these are missing."""
        if other is None:
            return self
        values = {name: getattr(self, name) or getattr(other, name) for name in FIELDS}
        return dataclasses.replace(self, **values)


def normalise_date(value: object) -> str | None:
    """An ISO date, or an ISO datetime when the value states a time of day."""
    if value is None or value == "":
        return None
    if isinstance(value, date):  # datetime is a date too; YAML front matter gives both
        return value.isoformat()
    if not isinstance(value, str):
        raise MetadataError(f"published date {value!r} is not a date")
    text = value.strip()
    for iso in (date.fromisoformat, datetime.fromisoformat):
        try:
            return iso(text).isoformat()
        except ValueError:
            pass
    try:
        first, second = (dateparser.parse(text, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError) as error:
        raise MetadataError(f"published date {value!r} is not a date") from error
    if first.date() != second.date():
        raise MetadataError(f"published date {value!r} is not a full date (year, month, day)")
    return first.isoformat() if _TIME.search(text) else first.date().isoformat()


def normalise_language(value: object) -> str | None:
    """The primary ISO 639 subtag: ``en-US`` and ``EN`` both become ``en``."""
    if value is None or value == "":
        return None
    code = str(value).strip().lower().replace("_", "-").split("-")[0]
    if not _LANGUAGE.fullmatch(code):
        raise MetadataError(f"language {value!r} is not an ISO 639-1 code such as 'en' or 'uk'")
    return code


def build(fields: Mapping[str, Any], origin: str) -> Document:
    """A document from raw fields; its id is the given one, else the content hash."""
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MetadataError("no text")
    text = text.strip()
    given = fields.get("id")
    if isinstance(given, bool) or not isinstance(given, str | int | type(None)):
        raise MetadataError(f"id {given!r} is not a string")
    identifier = str(given).strip() if given is not None else ""
    return Document(
        id=identifier or Document.content_id(text),
        text=text,
        title=_string("title", fields.get("title")),
        url=_string("url", fields.get("url")),
        outlet=_string("outlet", fields.get("outlet")),
        published=normalise_date(fields.get("published")),
        language=normalise_language(fields.get("language")),
        origin=origin,
    )


def fill(document: Document, fallback: Metadata | None) -> Document:
    """The document with ``fallback``'s values where its own are missing."""
    if fallback is None:
        return document
    missing = {
        name: getattr(fallback, name)
        for name in FIELDS
        if getattr(document, name) is None and getattr(fallback, name) is not None
    }
    return document.model_copy(update=missing) if missing else document


def _string(name: str, value: object) -> str | None:
    """A text field: numbers are accepted (YAML reads ``title: 1945`` as one), lists are not."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise MetadataError(f"{name} {value!r} is not a string")
    collapsed = " ".join(str(value).split())
    return collapsed or None
