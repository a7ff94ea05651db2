"""Fixtures shared by every test module."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from frontwatch.records import Document, Event, Evidence, Location

ROOT = Path(__file__).resolve().parent.parent


def shared_path() -> Path:
    """``../shared`` beside the checkout, or wherever FRONTWATCH_SHARED points."""
    return Path(os.environ.get("FRONTWATCH_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = shared_path()
    if not path.is_dir():
        pytest.fail(f"the shared folder is missing: {path} (set FRONTWATCH_SHARED)")
    return path


@pytest.fixture(scope="session")
def samples_dir(shared_dir: Path) -> Path:
    return shared_dir / "samples" / "reports"


@pytest.fixture(scope="session")
def sample_manifest(samples_dir: Path) -> dict[str, dict]:
    lines = (samples_dir / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["file"]: row for row in map(json.loads, lines) if row}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


#: Front-line towns that several stages' hand-written events are placed in.
PLACES = {
    "Kupiansk": Location(
        name="Kupiansk",
        canonical="Kupiansk",
        geonames_id=704617,
        lat=49.7106,
        lon=37.6156,
        admin1="Kharkiv",
        country="UA",
    ),
    "Rostov-on-Don": Location(
        name="Rostov-on-Don",
        canonical="Rostov-on-Don",
        geonames_id=501175,
        lat=47.2313,
        lon=39.7233,
        admin1="Rostov",
        country="RU",
    ),
    "Pokrovsk": Location(
        name="Pokrovsk",
        canonical="Pokrovsk",
        geonames_id=708568,
        lat=48.282,
        lon=37.1758,
        admin1="Donetsk",
        country="UA",
    ),
}


@pytest.fixture(scope="session")
def place() -> Callable[[str, str], Location]:
    """``place("Kupiansk", "exact")``: a geocoded town, as precise as the test needs."""

    def make(name: str, precision: str) -> Location:
        return PLACES[name].model_copy(update={"precision": precision})

    return make


def evidence_between(text: str, first: str, last: str) -> Evidence:
    start = text.index(first)
    end = text.index(last, start) + len(last)
    return Evidence(sentence=text[start:end], start=start, end=end)


@pytest.fixture(scope="session")
def evidence() -> Callable[[str, str, str], Evidence]:
    """``evidence(text, first, last)``: the span of ``text`` from ``first`` to the end of
    ``last``, so hand-written events cite their report without hand-counted offsets."""
    return evidence_between


WEB_CORPUS = ROOT / "tests" / "web" / "data" / "corpus.jsonl"


@pytest.fixture(scope="session")
def web_corpus() -> list[tuple[Document, list[Event]]]:
    """Hand-written war reports and their events, one of them full of script injections;
    what the API and the web page are tested against."""
    rows = [json.loads(line) for line in WEB_CORPUS.read_text(encoding="utf-8").splitlines()]
    return [(Document(**row["doc"]), [Event(**e) for e in row["events"]]) for row in rows]


@pytest.fixture(scope="session")
def web_store(
    tmp_path_factory: pytest.TempPathFactory, web_corpus: list[tuple[Document, list[Event]]]
) -> Path:
    """A SQLite store holding ``web_corpus``, built once per session (tests only read it)."""
    from frontwatch.store import Store  # imported here: most test folders never need it

    path = tmp_path_factory.mktemp("web") / "store.db"
    with Store(path) as store:
        for document, events in web_corpus:
            store.add(document, events)
    return path
