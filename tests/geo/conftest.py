"""Fixtures for the geoparser tests: one gazetteer and one geoparser per session."""

from __future__ import annotations

import pytest

from frontwatch.geo import Geoparser
from frontwatch.records import PlaceMention


@pytest.fixture(scope="session")
def fast() -> Geoparser:
    return Geoparser(mode="fast")


@pytest.fixture(scope="session")
def model() -> Geoparser:
    return Geoparser(mode="model")


@pytest.fixture(scope="session")
def places_in(fast: Geoparser):
    """Parse a text in fast mode and index the places by their surface text."""

    def parse(text: str) -> dict[str, PlaceMention]:
        return {p.text: p for p in fast.parse(text)}

    return parse


@pytest.fixture(scope="session")
def places_in_doc(fast: Geoparser):
    """Parse a text as the event extractor does: with a doc from the small English
    model without its entity recogniser, and index the places by their surface text."""
    from frontwatch.nlp import load_model

    nlp = load_model(exclude=("ner",))

    def parse(text: str) -> dict[str, PlaceMention]:
        return {p.text: p for p in fast.parse(text, doc=nlp(text))}

    return parse
