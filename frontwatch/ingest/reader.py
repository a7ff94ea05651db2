"""The ingest stage's entry point: paths in, documents and problems out, in order.

Metadata precedence, highest first: what the document itself carries (front
matter, JSON fields, feed and page metadata, message dates), then its row in the
folder's ``manifest.jsonl``, then the caller's ``meta`` (the command line's
flags, meant for files that carry nothing). The language is detected only when
none of the three gives it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from frontwatch.errors import InputError
from frontwatch.ingest.decoding import DEFAULT_MAX_BYTES, decode, load, read_limited
from frontwatch.ingest.folders import MANIFEST, Manifests, walk
from frontwatch.ingest.formats import READERS, by_content, by_suffix
from frontwatch.ingest.language import detect_language
from frontwatch.ingest.metadata import Metadata, fill
from frontwatch.records import Document, Problem

STDIN = "-"
#: How problems with standard input name it: "-: empty file" would puzzle a reader.
STDIN_NAME = "standard input"
#: Problems are printed on one line; a runaway message (a huge bad value) is cut.
_MAX_MESSAGE = 300


def read(
    paths: Sequence[str | Path],
    meta: Metadata | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | Problem]:
    """Documents from files, folders and ``-`` (standard input), and a problem per bad input.

    One bad file (or line, or message) gives one problem and the rest still proceed.
    A ``manifest.jsonl`` is metadata, never a report, even when named explicitly.
    """
    manifests = Manifests()
    for given in paths:
        if str(given) == STDIN:
            yield from _stdin(meta, max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            for item in walk(path):
                if isinstance(item, Problem):
                    yield item
                else:
                    yield from _file(item, meta, max_bytes, manifests)
        elif path.exists() or path.is_symlink():
            if path.name != MANIFEST:
                yield from _file(path, meta, max_bytes, manifests)
        else:
            yield Problem(path=str(path), message="no such file or folder")


def read_bytes(
    data: bytes, origin: str, meta: Metadata | None = None, fmt: str | None = None
) -> Iterator[Document | Problem]:
    """Documents from the bytes of one input; ``fmt`` (a key of ``READERS``) or detected."""
    try:
        content = decode(data, origin)
        for item in READERS[fmt or by_content(content)](content, origin):
            yield _finish(item, meta)
    except InputError as error:
        yield _problem(error.path, error.message)


def _file(
    path: Path, meta: Metadata | None, max_bytes: int, manifests: Manifests
) -> Iterator[Document | Problem]:
    for problem in manifests.load(path.parent):
        yield _problem(problem.path, problem.message)
    fallback = meta if (row := manifests.get(path)) is None else row.over(meta)
    try:
        data = load(path, max_bytes)
    except InputError as error:
        yield _problem(error.path, error.message)
        return
    yield from read_bytes(data, str(path), fallback, by_suffix(path))


def _stdin(meta: Metadata | None, max_bytes: int) -> Iterator[Document | Problem]:
    try:
        data = read_limited(sys.stdin.buffer, STDIN_NAME, max_bytes)
    except InputError as error:
        yield _problem(error.path, error.message)
        return
    for item in read_bytes(data, STDIN, meta):
        yield _problem(STDIN_NAME, item.message) if isinstance(item, Problem) else item


def _finish(item: Document | Problem, fallback: Metadata | None) -> Document | Problem:
    if isinstance(item, Problem):
        return _problem(item.path, item.message)
    document = fill(item, fallback)
    if document.language is None and (language := detect_language(document.text)):
        document = document.model_copy(update={"language": language})
    return document


def _problem(path: str, message: str) -> Problem:
    line = " ".join(message.split())
    if len(line) > _MAX_MESSAGE:
        line = line[: _MAX_MESSAGE - 1] + "…"
    return Problem(path=path, message=line)
