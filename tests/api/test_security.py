"""The server is read-only, sends strict browser headers, allows no cross-origin reads,
and hands report text over as inert data."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from frontwatch.api import create_app
from frontwatch.errors import StoreError

PATHS = ["/", "/api/events", "/api/events.geojson", "/static/js/app.js", "/api/nothing-here"]


@pytest.mark.parametrize("path", PATHS)
def test_every_response_carries_a_strict_policy(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    policy = headers["content-security-policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "img-src 'self' data:" in policy
    assert "frame-ancestors 'none'" in policy
    assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", ["/api/events", "/api/documents/pokrovsk-evil", "/"])
def test_no_cross_origin_access(client: TestClient, path: str) -> None:
    response = client.get(path, headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options(
        path,
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 405
    assert "access-control-allow-origin" not in preflight.headers


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_only_get_and_head(client: TestClient, method: str) -> None:
    response = client.request(method, "/api/events", json={"type": "strike"})
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD"
    assert response.headers["content-security-policy"]


def test_head_answers_like_get_without_a_body(client: TestClient) -> None:
    response = client.head("/api/events")
    assert response.status_code == 200
    assert response.content == b""


def test_report_text_is_data_in_json(client: TestClient) -> None:
    response = client.get("/api/documents/pokrovsk-evil")
    assert response.headers["content-type"] == "application/json"
    doc = response.json()
    assert doc["url"] == "javascript:window.__pwned=1"
    assert doc["text"].startswith("</script><script>window.__pwned=1</script>")
    event = client.get("/api/events?doc_id=pokrovsk-evil").json()[0]
    assert event["actor"]["name"] == "<svg onload=window.__pwned=1>"


def test_the_page_itself_holds_no_report_text(client: TestClient) -> None:
    page = client.get("/").text
    assert "__pwned" not in page
    assert "<script>" not in page, "every script is a file, so the CSP needs no inline script"


def test_foreign_host_names_are_refused_when_serving_on_loopback(web_store: Path) -> None:
    app = create_app(web_store, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1:8765") as local:
        assert local.get("/api/stats").status_code == 200
    with TestClient(app, base_url="http://rebound.evil.example") as rebound:
        assert rebound.get("/api/stats").status_code == 400


def test_a_missing_store_is_an_error_not_a_new_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        create_app(tmp_path / "absent.db")
    assert not (tmp_path / "absent.db").exists()
