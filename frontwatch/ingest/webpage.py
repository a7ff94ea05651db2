"""HTML pages: the article's main text and metadata through trafilatura.

trafilatura strips navigation, footers and comments, and reads the title, the
publication date, the canonical URL and the site name from meta tags. The date
search is limited to the page's metadata: its "extensive" search would take a
date mentioned in the story's body for the publication date.
"""

from __future__ import annotations

from collections.abc import Iterator

import trafilatura
from lxml.etree import LxmlError
from trafilatura.settings import Document as Page

from frontwatch.errors import InputError
from frontwatch.ingest.metadata import MetadataError, build
from frontwatch.records import Document, Problem

_DATE_SEARCH = {"extensive_search": False, "original_date": True}


def parse(text: str, origin: str) -> Iterator[Document | Problem]:
    try:
        page = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            favor_recall=True,
            include_comments=False,
            date_extraction_params=_DATE_SEARCH,
        )
    except (LxmlError, ValueError) as error:
        raise InputError(origin, f"malformed HTML: {error}") from error
    if not isinstance(page, Page) or not page.text or not page.text.strip():
        raise InputError(origin, "malformed or empty HTML: no text could be extracted")
    fields = {
        "title": page.title,
        "url": page.url,
        "outlet": page.sitename,
        "published": page.date,
        "text": _without_headline(page.text, page.title),
    }
    try:
        yield build(fields, origin)
    except MetadataError as error:
        raise InputError(origin, str(error)) from error


def html_to_text(fragment: str) -> str:
    """Readable text of an HTML fragment (a feed entry's content), paragraphs kept apart."""
    if "<" not in fragment:
        return fragment.strip()
    page = f"<html><body>{fragment}</body></html>"
    try:
        text = trafilatura.extract(page, favor_recall=True, include_comments=False)
    except (LxmlError, ValueError):
        text = None
    return (text or trafilatura.html2txt(page)).strip()


def _without_headline(body: str, title: str | None) -> str:
    """The body without the page's ``<h1>``, which repeats the title that is kept apart."""
    first, _, rest = body.partition("\n")
    return rest if title and first.strip() == title.strip() and rest.strip() else body
