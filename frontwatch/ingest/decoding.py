"""Bytes to text: the size limit, empty and binary files, and the charset.

UTF-8 is tried first because nearly every report is UTF-8 and it is cheap to
check; only what fails it (cp1251, KOI8-R, UTF-16 from Windows tools) goes
through charset-normalizer's detection.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

import charset_normalizer

from frontwatch.errors import InputError

DEFAULT_MAX_BYTES = 50_000_000

# Control characters that never occur in text (tab, newlines and form feed do).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
#: Share of control characters beyond which decoded "text" is taken for binary data.
_MAX_CONTROL_SHARE = 0.01
_SAMPLE = 65_536
#: Share of undecodable bytes up to which a UTF-8 file is taken as damaged, not foreign.
_MAX_DAMAGED_SHARE = 0.01


def load(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing an oversized file before reading it."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(str(path), _too_large(size, max_bytes))
        with path.open("rb") as stream:
            return read_limited(stream, str(path), max_bytes)
    except OSError as error:
        raise InputError(str(path), f"cannot read: {_reason(error)}") from error


def read_limited(stream: BinaryIO, name: str, max_bytes: int) -> bytes:
    """At most ``max_bytes`` from a stream whose size is unknown (a pipe, standard input)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(name, _too_large(None, max_bytes))
    return data


def decode(data: bytes, name: str) -> str:
    """The text of a report with Unix line ends, or an :class:`InputError` saying why not."""
    if not data.strip():
        raise InputError(name, "empty file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is None or "\x00" in text:
        text = (b"\x00" not in data and _damaged_utf8(data)) or _detect(data, name)
    sample = text[:_SAMPLE]
    if len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise InputError(name, "binary file, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(name, "empty file")
    return text


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (a pasted Windows quote, a cut-off last character).

    Charset detection would take such a file for a legacy code page and garble every
    Cyrillic letter in it; a legacy-encoded file, in turn, fails UTF-8 on nearly every
    non-ASCII byte and never passes the test here (UTF-16, with its NUL bytes, never
    comes here).
    """
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    intact = any(ord(char) > 127 and char != "\ufffd" for char in text)
    return text if intact and damaged <= _MAX_DAMAGED_SHARE * len(text) else None


def _detect(data: bytes, name: str) -> str:
    match = charset_normalizer.from_bytes(data).best()
    if match is not None:
        return str(match).lstrip("\ufeff")
    if b"\x00" in data or charset_normalizer.is_binary(data):
        raise InputError(name, "binary file, not text")
    raise InputError(name, "unknown text encoding: not UTF-8, and no other charset fits")


def _too_large(size: int | None, limit: int) -> str:
    actual = f"{_bytes(size)}, " if size is not None else ""
    return f"too large: {actual}over the limit of {_bytes(limit)}"


def _bytes(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 1_000_000 else f"{count:,} bytes"


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()
