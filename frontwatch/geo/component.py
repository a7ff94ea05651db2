"""The gazetteer matcher as a spaCy component: ``nlp.add_pipe("frontwatch_places")``.

It sets ``doc.spans["places"]`` (label: the place kind) and ``doc._.places`` (the
:class:`~frontwatch.records.PlaceMention` records), so a spaCy pipeline gets the
geoparser's places without a separate call.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from frontwatch.geo.parser import Geoparser

if not Doc.has_extension("places"):
    Doc.set_extension("places", default=None)


class PlacesComponent:
    def __init__(self, geoparser: Geoparser) -> None:
        self.geoparser = geoparser

    def __call__(self, doc: Doc) -> Doc:
        places = self.geoparser.parse(doc.text, doc=doc)
        spans = []
        for place in places:
            span = doc.char_span(place.start, place.end, label=place.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["places"] = spans
        doc._.places = places
        return doc


@Language.factory("frontwatch_places", default_config={"mode": "fast"})
def make_places(nlp: Language, name: str, mode: str) -> PlacesComponent:
    """The geoparser over the pipeline's own tokens (``mode`` only matters without them)."""
    return PlacesComponent(Geoparser(mode=mode))
