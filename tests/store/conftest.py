"""A hand-written report with realistic events, and stores to put them in.

The ``store`` fixture runs every test that uses it on SQLite and, when
FRONTWATCH_TEST_PG_URL names a PostgreSQL database (and psycopg is installed),
on PostgreSQL too, starting from an empty schema.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from frontwatch.records import (
    Actor,
    Document,
    Event,
    Evidence,
    Location,
    Quantity,
    Target,
    TimeSpan,
)
from frontwatch.store import Store

REPORT = (
    "Ukrainian troops pushed Russian units out of the northern half of Kupiansk on "
    "Saturday, DeepState said. Overnight, long-range drones set the freight rail "
    "terminal in Rostov-on-Don on fire, the Rostov regional governor reported. "
    "The General Staff in Kyiv claimed that more than 1,000 Russian soldiers were "
    "killed this week near Pokrovsk. A new round of prisoner-exchange talks could "
    "follow, one negotiator suggested."
)


@pytest.fixture
def report() -> Document:
    return Document(
        id="kupiansk-2025-12-14",
        text=REPORT,
        title="Kupiansk, Rostov and Pokrovsk: the week's front",
        url="https://frontline.example.org/2025/12/14/kupiansk",
        outlet="Frontline Digest",
        published="2025-12-14",
        language="en",
        origin="reports/kupiansk.txt",
    )


@pytest.fixture
def make_events(
    place: Callable[[str, str], Location], evidence: Callable[[str, str, str], Evidence]
) -> Callable[[str], list[Event]]:
    """Events of the report for any document id (the same report stored twice, say)."""

    def report_events(doc_id: str) -> list[Event]:
        return [
            Event(
                id="e1",
                doc_id=doc_id,
                type="capture",
                actor=Actor(side="UA", name="Ukrainian troops"),
                target=Target(side="RU"),
                location=place("Kupiansk", "exact"),
                time=TimeSpan(
                    text="on Saturday",
                    date_start="2025-12-13",
                    date_end="2025-12-13",
                    precision="day",
                ),
                status="reported",
                sources=["DeepState"],
                evidence=evidence(REPORT, "Ukrainian troops", "DeepState said."),
                confidence=0.86,
            ),
            Event(
                id="e2",
                doc_id=doc_id,
                type="strike",
                actor=Actor(side="UA", name=None),
                target=Target(side="RU", name="freight rail terminal", kind="rail"),
                location=place("Rostov-on-Don", "exact"),
                time=TimeSpan(
                    text="Overnight",
                    date_start="2025-12-14",
                    date_end="2025-12-14",
                    precision="day",
                ),
                status="claimed",
                sources=["Rostov regional governor"],
                evidence=evidence(REPORT, "Overnight", "governor reported."),
                confidence=0.74,
            ),
            Event(
                id="e3",
                doc_id=doc_id,
                type="casualties",
                actor=Actor(side="UA"),
                target=Target(side="RU", name="Russian soldiers"),
                location=place("Pokrovsk", "near"),
                time=TimeSpan(
                    text="this week",
                    date_start="2025-12-08",
                    date_end="2025-12-14",
                    precision="week",
                ),
                status="claimed",
                sources=["General Staff of Ukraine", "DeepState"],
                quantities={"killed": Quantity(value=1000, qualifier="at_least")},
                evidence=evidence(REPORT, "The General Staff", "near Pokrovsk."),
                confidence=0.55,
            ),
            Event(
                id="e4",
                doc_id=doc_id,
                type="negotiation",
                actor=None,
                location=None,
                time=TimeSpan(),
                status="hypothetical",
                evidence=evidence(REPORT, "A new round", "suggested."),
                confidence=0.3,
            ),
        ]

    return report_events


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine

    from frontwatch.store.schema import metadata

    engine = create_engine(url)
    metadata.drop_all(engine)
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    if request.param == "sqlite":
        return tmp_path / "store.db"
    url = os.environ.get("FRONTWATCH_TEST_PG_URL")
    if not url:
        pytest.skip("set FRONTWATCH_TEST_PG_URL to test the PostgreSQL backend")
    pytest.importorskip("psycopg")
    _reset_postgres(url)
    return url


@pytest.fixture
def store(store_target: str | Path) -> Iterator[Store]:
    with Store(store_target) as opened:
        yield opened
