"""Reading reports: text, Markdown, HTML, JSON Lines, RSS/Atom, Telegram exports, folders, stdin.

``read(paths, meta=Metadata(...), max_bytes=...)`` yields a ``Document`` per report
and a ``Problem`` per bad input, in input order; a user's bad file never raises.
Each format has its own module (``text``, ``webpage``, ``jsonl``, ``feeds``,
``telegram``), all reached through ``formats``; ``decoding`` turns bytes into text
and ``metadata`` checks and normalises every field, whatever its source. The
metadata precedence (own, then manifest, then ``meta``) is documented in
:mod:`frontwatch.ingest.reader`.
"""

from frontwatch.ingest.decoding import DEFAULT_MAX_BYTES
from frontwatch.ingest.language import detect_language
from frontwatch.ingest.metadata import Metadata, MetadataError, normalise_date
from frontwatch.ingest.reader import read, read_bytes

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Metadata",
    "MetadataError",
    "detect_language",
    "normalise_date",
    "read",
    "read_bytes",
]
