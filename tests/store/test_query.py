"""Event queries: each filter of EventQuery, paging and order, counts, places and stats."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from frontwatch.records import Actor, Document, Event, EventQuery, Evidence, TimeSpan
from frontwatch.store import Store

FOLLOW_UP = (
    "Russian assault groups tried to re-enter Kupiansk from the north on Tuesday but "
    "were beaten back, the 2nd Corps Khartia said in a statement on Telegram; 50% of "
    "the town remains contested."
)


@pytest.fixture
def filled(store: Store, report: Document, make_events: Callable[[str], list[Event]]) -> Store:
    """The report, plus a follow-up with a Russian clash at Kupiansk two days later."""
    store.add(report, make_events(report.id))
    follow_up = Document(
        id="kupiansk-2025-12-16",
        text=FOLLOW_UP,
        outlet="Kharkiv Regional News",
        published="2025-12-16",
        language="en",
    )
    kupiansk = make_events(follow_up.id)[0].location
    clash = Event(
        id="e1",
        doc_id=follow_up.id,
        type="clash",
        actor=Actor(side="RU", name="Russian assault groups"),
        location=kupiansk,
        time=TimeSpan(
            text="on Tuesday", date_start="2025-12-16", date_end="2025-12-16", precision="day"
        ),
        sources=["2nd Corps Khartia"],
        evidence=Evidence(sentence=FOLLOW_UP, start=0, end=len(FOLLOW_UP)),
    )
    store.add(follow_up, [clash])
    return store


def kinds(events: list[Event]) -> list[str]:
    return [event.type for event in events]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EventQuery(), ["casualties", "capture", "strike", "clash", "negotiation"]),
        (EventQuery(date_from="2025-12-14"), ["casualties", "strike", "clash"]),
        (EventQuery(date_from="2025-12-09", date_to="2025-12-10"), ["casualties"]),
        (EventQuery(date_to="2025-12-13"), ["casualties", "capture"]),
        (EventQuery(bbox=(37.0, 49.0, 38.5, 50.5)), ["capture", "clash"]),
        (EventQuery(bbox=(39.0, 46.5, 40.5, 48.0)), ["strike"]),
        (EventQuery(types=["strike", "negotiation"]), ["strike", "negotiation"]),
        (EventQuery(statuses=["claimed"]), ["casualties", "strike"]),
        (EventQuery(sides=["RU"]), ["clash"]),
        (EventQuery(source="deepstate"), ["casualties", "capture"]),
        (EventQuery(source="khartia"), ["clash"]),
        (EventQuery(source="Frontline Digest"), ["casualties", "capture", "strike", "negotiation"]),
        (EventQuery(text="RAIL TERMINAL"), ["strike"]),
        (EventQuery(text="50%"), ["clash"]),
        (EventQuery(text="_"), []),
        (EventQuery(doc_id="kupiansk-2025-12-16"), ["clash"]),
        (EventQuery(types=["capture", "clash"], sides=["UA"], date_from="2025-12-01"), ["capture"]),
        (EventQuery(limit=2), ["casualties", "capture"]),
        (EventQuery(limit=2, offset=3), ["clash", "negotiation"]),
    ],
)
def test_each_filter_selects_the_right_events(
    filled: Store, query: EventQuery, expected: list[str]
) -> None:
    assert kinds(filled.events(query)) == expected
    assert filled.count(query.model_copy(update={"limit": None, "offset": 0})) == len(
        filled.events(query.model_copy(update={"limit": None, "offset": 0}))
    )


def test_count_ignores_paging(filled: Store) -> None:
    assert filled.count() == 5
    assert filled.count(EventQuery(limit=1, offset=1)) == 5
    assert filled.count(EventQuery(statuses=["claimed", "hypothetical"])) == 3


def test_counts_by_day_count_dated_events_on_their_first_day(filled: Store) -> None:
    assert filled.counts_by_day() == [
        ("2025-12-08", "casualties", 1),
        ("2025-12-13", "capture", 1),
        ("2025-12-14", "strike", 1),
        ("2025-12-16", "clash", 1),
    ]
    assert filled.counts_by_day(EventQuery(sides=["UA"], date_from="2025-12-13")) == [
        ("2025-12-08", "casualties", 1),
        ("2025-12-13", "capture", 1),
        ("2025-12-14", "strike", 1),
    ]


def test_places_are_distinct_with_their_event_counts(filled: Store) -> None:
    places = filled.places()
    assert [(p.name, p.events) for p in places] == [
        ("Kupiansk", 2),
        ("Pokrovsk", 1),
        ("Rostov-on-Don", 1),
    ]
    kupiansk = places[0]
    assert (kupiansk.geonames_id, kupiansk.country, kupiansk.admin1) == (704617, "UA", "Kharkiv")
    assert kupiansk.lat == pytest.approx(49.7106)
    assert [p.name for p in filled.places(EventQuery(types=["strike"]))] == ["Rostov-on-Don"]


def test_stats_give_documents_and_events_by_type(filled: Store) -> None:
    stats = filled.stats()
    assert stats.documents == 2
    assert stats.events == 5
    assert stats.by_type == {
        "capture": 1,
        "casualties": 1,
        "clash": 1,
        "negotiation": 1,
        "strike": 1,
    }
    assert stats.by_status == {"claimed": 2, "hypothetical": 1, "reported": 2}
