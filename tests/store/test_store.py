"""Documents and events in and out of the store: exact round trip, once only, all or nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from frontwatch.errors import StoreError
from frontwatch.records import Document, Event, EventQuery
from frontwatch.store import Store


def test_a_report_and_its_events_come_back_exactly(
    store: Store, report: Document, make_events: Callable[[str], list[Event]]
) -> None:
    events = make_events(report.id)
    assert store.add(report, events) is True

    assert store.document(report.id) == report
    stored = {event.id: event for event in store.events()}
    expected = {
        f"{report.id}:{e.id}": e.model_copy(update={"id": f"{report.id}:{e.id}"}) for e in events
    }
    assert stored == expected

    casualties = stored[f"{report.id}:e3"]
    assert casualties.quantities["killed"].value == 1000
    assert casualties.quantities["killed"].qualifier == "at_least"
    assert casualties.sources == ["General Staff of Ukraine", "DeepState"]
    strike = stored[f"{report.id}:e2"]
    assert strike.target is not None and strike.target.kind == "rail"
    assert stored[f"{report.id}:e4"].location is None
    for event in stored.values():
        sentence = event.evidence.sentence
        assert report.text[event.evidence.start : event.evidence.end] == sentence


def test_event_ids_already_namespaced_by_their_document_are_kept(
    store: Store, report: Document, make_events: Callable[[str], list[Event]]
) -> None:
    events = [e.model_copy(update={"id": f"{report.id}-{e.id}"}) for e in make_events(report.id)]
    store.add(report, events)
    assert sorted(e.id for e in store.events()) == sorted(e.id for e in events)


def test_the_same_event_ids_in_two_documents_do_not_collide(
    store: Store, report: Document, make_events: Callable[[str], list[Event]]
) -> None:
    second = report.model_copy(update={"id": "kupiansk-follow-up"})
    assert store.add(report, make_events(report.id))
    assert store.add(second, make_events(second.id))
    assert store.count() == 8
    assert store.count(EventQuery(doc_id=second.id)) == 4


def test_adding_a_stored_document_again_changes_nothing(
    store: Store, report: Document, make_events: Callable[[str], list[Event]]
) -> None:
    events = make_events(report.id)
    assert store.add(report, events)
    before = store.events()

    changed = report.model_copy(update={"title": "A different headline"})
    assert store.add(changed, events[:1]) is False
    assert store.add(report, events) is False

    assert store.events() == before
    assert store.document(report.id) == report
    assert store.stats().documents == 1


def test_an_ingested_document_gets_its_events_once(
    store: Store, report: Document, make_events: Callable[[str], list[Event]]
) -> None:
    assert store.add(report, [], extracted=False)
    assert store.has_document(report.id) and not store.is_extracted(report.id)
    assert store.add(report, [], extracted=False) is False

    assert store.add(report, make_events(report.id)) is True
    assert store.is_extracted(report.id)
    assert store.add(report, make_events(report.id)) is False
    assert store.count() == 4


def test_a_bad_event_midway_stores_nothing_of_its_document(
    store: Store, report: Document, make_events: Callable[[str], list[Event]]
) -> None:
    events = make_events(report.id)
    duplicate = events[0].model_copy()
    with pytest.raises(StoreError, match=re.escape(f"{store.label}: document {report.id!r}")):
        store.add(report, [*events[:2], duplicate, *events[2:]])

    assert not store.has_document(report.id)
    assert store.count() == 0
    assert store.places() == []
    assert store.stats().documents == 0
    assert store.add(report, events) is True


def test_an_event_of_another_document_is_refused_with_the_whole_document(
    store: Store, report: Document, make_events: Callable[[str], list[Event]]
) -> None:
    events = make_events(report.id)
    stray = events[2].model_copy(update={"doc_id": "some-other-report"})
    with pytest.raises(StoreError, match="some-other-report"):
        store.add(report, [events[0], events[1], stray])
    assert not store.has_document(report.id)
    assert store.count() == 0


def test_documents_are_listed_by_id_and_can_be_picked(
    store: Store, report: Document, make_events: Callable[[str], list[Event]]
) -> None:
    ids = [f"report-{n:03d}" for n in range(7)]
    for doc_id in reversed(ids):
        store.add(report.model_copy(update={"id": doc_id}), make_events(doc_id))
    assert [d.id for d in store.documents()] == ids
    assert [d.id for d in store.documents(["report-005", "report-001", "missing"])] == [
        "report-001",
        "report-005",
    ]
    assert store.document("missing") is None
