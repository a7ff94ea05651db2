"""Documents, places and the schema: what the event card and other tools read."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_document_list_leaves_the_text_out(client: TestClient) -> None:
    documents = client.get("/api/documents").json()
    assert {doc["id"] for doc in documents} >= {"kharkiv-0909", "rostov-0724"}
    assert all("text" not in doc for doc in documents)


def test_one_document_has_its_text_for_the_evidence_view(client: TestClient) -> None:
    doc = client.get("/api/documents/bakhmut-0513").json()
    assert doc["outlet"] == "Donbas Monitor"
    event = client.get("/api/events?doc_id=bakhmut-0513&type=clash").json()[0]
    start, end = event["evidence"]["start"], event["evidence"]["end"]
    assert doc["text"][start:end] == event["evidence"]["sentence"]


def test_unknown_document_is_a_404(client: TestClient) -> None:
    response = client.get("/api/documents/no-such-report")
    assert response.status_code == 404
    assert "no-such-report" in response.json()["detail"]


def test_places_count_their_events(client: TestClient) -> None:
    places = {place["name"]: place for place in client.get("/api/places").json()}
    assert places["Bakhmut"]["events"] == 2
    assert places["Vuhledar"]["lat"] == 47.7808


def test_stats_sum_up_the_store(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 5
    assert stats["by_status"]["denied"] == 1


def test_openapi_schema_describes_the_filters(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events.geojson", "/api/counts", "/api/places"} <= set(
        schema["paths"]
    )
    parameters = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"date_from", "date_to", "bbox", "type", "status", "side", "source", "q"} <= parameters
