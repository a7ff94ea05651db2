"""Fixtures for the extractor's tests: the parser loaded once, and a tiny gazetteer.

The tests hand the extractor places the way the geoparser would (character spans
with coordinates), so that they test extraction alone and stay fast.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from spacy.language import Language

from frontwatch.events import Extractor
from frontwatch.geo.resolve import COARSE_KINDS
from frontwatch.nlp import load_model
from frontwatch.records import Document, Event, PlaceMention

#: name as written → (canonical, lat, lon, country, kind, geonames id)
PLACES: dict[str, tuple[str, float, float, str, str, int | None]] = {
    "Kupiansk": ("Kupiansk", 49.71003, 37.61581, "UA", "settlement", 703656),
    "Kupyansk": ("Kupiansk", 49.71003, 37.61581, "UA", "settlement", 703656),
    "Izium": ("Izium", 49.21, 37.25, "UA", "settlement", 707688),
    "Izyum": ("Izium", 49.21, 37.25, "UA", "settlement", 707688),
    "Balakliia": ("Balakliia", 49.46, 36.86, "UA", "settlement", 713716),
    "Balakliya": ("Balakliia", 49.46, 36.86, "UA", "settlement", 713716),
    "Bakhmut": ("Bakhmut", 48.59, 38.0, "UA", "settlement", 712165),
    "Rostov-on-Don": ("Rostov-on-Don", 47.23, 39.72, "RU", "settlement", 501175),
    "Rostov": ("Rostov-on-Don", 47.23, 39.72, "RU", "settlement", 501175),
    "Pokrovsk": ("Pokrovsk", 48.28, 37.18, "UA", "settlement", 704508),
    "Myrnohrad": ("Myrnohrad", 48.30, 37.26, "UA", "settlement", 709161),
    "Vovchansk": ("Vovchansk", 50.29, 36.94, "UA", "settlement", 686967),
    "Kharkiv": ("Kharkiv", 49.98, 36.25, "UA", "settlement", 706483),
    "Odesa": ("Odesa", 46.48, 30.73, "UA", "settlement", 698740),
    "Novorossiysk": ("Novorossiysk", 44.72, 37.77, "RU", "settlement", 518255),
    "Belgorod": ("Belgorod", 50.61, 36.58, "RU", "settlement", 578072),
    "Istanbul": ("Istanbul", 41.01, 28.95, "TR", "settlement", 745044),
    "Geneva": ("Geneva", 46.20, 6.14, "CH", "settlement", 2660646),
    "Crimea": ("Crimea", 45.3, 34.4, "UA", "area", None),
    "Ukraine": ("Ukraine", 49.0, 32.0, "UA", "country", 690791),
    "Russia": ("Russia", 60.0, 100.0, "RU", "country", 2017370),
}
#: first-level regions of the places that tests need them for
ADMIN1 = {
    "Kharkiv": "Kharkiv Oblast",
    "Odesa": "Odesa Oblast",
    "Kupiansk": "Kharkiv Oblast",
    "Pokrovsk": "Donetsk Oblast",
    "Myrnohrad": "Donetsk Oblast",
}
PATTERN = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, PLACES), key=len, reverse=True)) + r")\b"
)

Extract = Callable[..., list[Event]]


def places_of(text: str) -> list[PlaceMention]:
    found = []
    for match in PATTERN.finditer(text):
        name, lat, lon, country, kind, geonames_id = PLACES[match.group(1)]
        precision = COARSE_KINDS.get(kind, "exact")
        found.append(
            PlaceMention(
                start=match.start(),
                end=match.end(),
                text=match.group(1),
                name=name,
                geonames_id=geonames_id,
                lat=lat,
                lon=lon,
                country=country,
                admin1=ADMIN1.get(name),
                precision=precision,
                kind=kind,
            )
        )
    return found


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(exclude=("ner",))


@pytest.fixture(scope="module")
def extract(nlp: Language) -> Extract:
    """Events of a text written for a test, published on ``published`` (None: unknown)."""
    extractor = Extractor()

    def run(text: str, published: str | None = "2025-12-13", doc_id: str = "t") -> list[Event]:
        document = Document(id=doc_id, text=text, published=published, language="en")
        return extractor.extract(document, nlp(text), places_of(text))

    return run


@pytest.fixture(scope="module")
def one(extract: Extract) -> Extract:
    """The single event of a text (fails when there is not exactly one)."""

    def run(text: str, published: str | None = "2025-12-13") -> Event:
        events = extract(text, published)
        assert len(events) == 1, [(e.type, e.location and e.location.name) for e in events]
        return events[0]

    return run
