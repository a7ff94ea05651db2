"""The event endpoints: filters, GeoJSON and counts over a store of hand-written reports."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from frontwatch.records import Event


def ids(client: TestClient, query: str) -> set[str]:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 200, response.text
    return {event["id"] for event in response.json()}


def test_every_event_comes_back_as_a_contract_record(client: TestClient, web_corpus) -> None:
    response = client.get("/api/events")
    assert response.headers["content-type"] == "application/json"
    events = [Event.model_validate(record) for record in response.json()]
    assert len(events) == sum(len(found) for _, found in web_corpus)
    retook = next(e for e in events if e.id == "kharkiv-0909:e1")
    assert retook.type == "capture"
    assert retook.location is not None and retook.location.canonical == "Balakliia"
    assert retook.evidence.sentence.startswith("Ukrainian troops retook Balakliia")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=strike", {"rostov-0724:e1"}),
        ("type=strike&type=encirclement", {"rostov-0724:e1", "vuhledar-1002:e1"}),
        ("status=denied", {"bakhmut-0513:e3"}),
        ("status=hypothetical&side=UA", {"kharkiv-0909:e3"}),
        ("source=DeepState", {"vuhledar-1002:e1"}),
        ("q=Klishchiivka", {"bakhmut-0513:e1"}),
        ("doc_id=vuhledar-1002", {"vuhledar-1002:e1", "vuhledar-1002:e2"}),
        # Rostov-on-Don and nothing in Ukraine.
        ("bbox=38.5,46.5,40.5,48", {"rostov-0724:e1", "rostov-0724:e2"}),
        # Date ranges overlap: the week-long withdrawal counts, the undated forecast does not.
        ("date_from=2022-09-09&date_to=2022-09-30", {"kharkiv-0909:e2"}),
        ("date_from=2024-09-30&date_to=2024-10-01&type=withdrawal", {"vuhledar-1002:e2"}),
    ],
)
def test_filters_select_the_right_events(client: TestClient, query: str, expected: set) -> None:
    assert ids(client, query) == expected


def test_limit_and_offset_page_through_the_same_order(client: TestClient) -> None:
    every = [e["id"] for e in client.get("/api/events").json()]
    first = [e["id"] for e in client.get("/api/events?limit=5").json()]
    rest = [e["id"] for e in client.get("/api/events?limit=100&offset=5").json()]
    assert first + rest == every


@pytest.mark.parametrize(
    "query",
    [
        "bbox=30,45,40",
        "bbox=a,b,c,d",
        "bbox=30,50,40,45",
        "type=bombing",
        "status=rumoured",
        "date_from=last-week",
        "limit=0",
        "offset=-1",
    ],
)
def test_bad_parameters_are_refused_with_a_reason(client: TestClient, query: str) -> None:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 422
    assert response.json()["detail"]


def test_geojson_puts_events_at_longitude_latitude(client: TestClient) -> None:
    response = client.get("/api/events.geojson?type=strike")
    assert response.headers["content-type"] == "application/geo+json"
    collection = response.json()
    assert collection["type"] == "FeatureCollection"
    (feature,) = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [39.7233, 47.2313]}
    assert feature["properties"]["target"]["kind"] == "rail"
    assert feature["properties"]["evidence"]["sentence"].startswith("Overnight, a swarm")


def test_compact_geojson_carries_only_what_the_map_draws(client: TestClient) -> None:
    features = client.get("/api/events.geojson?detail=compact&doc_id=kharkiv-0909").json()[
        "features"
    ]
    by_id = {f["id"]: f["properties"] for f in features}
    assert by_id["kharkiv-0909:e2"] == {
        "id": "kharkiv-0909:e2",
        "doc_id": "kharkiv-0909",
        "type": "withdrawal",
        "status": "unverified",
        "side": "RU",
        "place": "Izium",
        "date_start": "2022-09-03",
        "date_end": "2022-09-09",
    }
    assert by_id["kharkiv-0909:e3"]["date_start"] is None


def test_columns_carry_every_event_for_the_page(client: TestClient, web_corpus) -> None:
    response = client.get("/api/events.columns")
    assert response.headers["content-type"] == "application/json"
    columns = response.json()
    assert columns["count"] == sum(len(found) for _, found in web_corpus)
    assert len(columns["id"]) == len(columns["lon"]) == len(columns["start"]) == columns["count"]
    row = columns["id"].index("bakhmut-0513:e3")
    assert columns["statuses"][columns["status"][row]] == "denied"
    assert columns["types"][columns["type"][row]] == "withdrawal"


def test_columns_take_the_same_filters(client: TestClient) -> None:
    columns = client.get("/api/events.columns?status=hypothetical").json()
    assert sorted(columns["id"]) == ["kharkiv-0909:e3", "rostov-0724:e3"]
    assert columns["statuses"] == ["hypothetical"]


def test_counts_by_day_and_type(client: TestClient) -> None:
    counts = client.get("/api/counts?date_from=2025-07-01").json()
    assert {"day": "2025-07-23", "type": "strike", "count": 1} in counts
    assert {"day": "2025-07-23", "type": "casualties", "count": 1} in counts
    assert all(row["day"] >= "2025-07-01" for row in counts)
