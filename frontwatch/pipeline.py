"""The whole flow for one document: text → spaCy doc → places → events.

This is the one place where the stages meet, so that ``extract``, ``run``, the
demo and the scale-out all produce the same events from the same text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from frontwatch.events import Extractor
from frontwatch.geo import Geoparser
from frontwatch.nlp import load_model
from frontwatch.records import Document, Event

#: Components of the small English model that extraction does not need: the
#: gazetteer finds places, so the entity recogniser would only cost time.
EXCLUDED_COMPONENTS: tuple[str, ...] = ("ner",)


class Pipeline:
    """Loads the model, the gazetteer and the rules once; then turns documents into events."""

    def __init__(self, geoparser: Geoparser | None = None, extractor: Extractor | None = None):
        self.nlp = load_model(exclude=EXCLUDED_COMPONENTS)
        self.geoparser = geoparser or Geoparser()
        self.extractor = extractor or Extractor()

    def events(self, document: Document) -> list[Event]:
        return next(self.pipe([document]))[1]

    def pipe(
        self, documents: Iterable[Document], batch_size: int = 16
    ) -> Iterator[tuple[Document, list[Event]]]:
        """Events per document, in input order; spaCy batches the parsing."""
        docs = iter(documents)
        pairs = ((d.text, d) for d in docs)
        for spacy_doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            places = self.geoparser.parse(document.text, doc=spacy_doc)
            yield document, self.extractor.extract(document, spacy_doc, places)
