"""Geoparsing: every place a report names, found and placed across spellings.

``Geoparser(mode).parse(text, doc=None)`` returns :class:`~frontwatch.records.PlaceMention`
records in text order; :func:`lookup` exposes the gazetteer to other stages; the
``frontwatch_places`` spaCy component sets ``doc.spans["places"]``.
"""

from frontwatch.geo import component  # noqa: F401  (registers the spaCy factory)
from frontwatch.geo.lookup import lookup
from frontwatch.geo.parser import MODES, Geoparser

__all__ = ["MODES", "Geoparser", "lookup"]
