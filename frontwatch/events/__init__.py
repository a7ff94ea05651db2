"""Event extraction: typed, placed, dated and attributed events from parsed reports.

``Extractor().extract(document, spacy_doc, places)`` reads the events of one report
by the contract (``shared/spec/events.md``). The rules are data (``data/``) compiled by
:mod:`frontwatch.events.registry`; each other module answers one question about a
trigger: its roles, side, place, time, status, sources, numbers, confidence.
"""

from frontwatch.events.extractor import Extractor

__all__ = ["Extractor"]
