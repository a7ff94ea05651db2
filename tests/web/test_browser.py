"""The page in real headless Chromium: map, chips, brush, card, URL state, the offline
report, and report text that tries to run scripts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from frontwatch.web import render_report

pytestmark = pytest.mark.browser

BALAKLIIA = "map=10/49.4627/36.8586"


def open_page(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", timeout=20_000)


def shown(page: Any) -> int:
    return int(page.get_attribute("#fw-count", "data-visible"))


def wait_until(page: Any, expression: str, timeout_ms: int = 10_000) -> None:
    """Poll a JavaScript expression from outside the page: Playwright's wait_for_function
    evaluates strings inside the page, which its Content-Security-Policy forbids."""
    for _ in range(timeout_ms // 50):
        if page.evaluate(expression):
            return
        page.wait_for_timeout(50)
    raise AssertionError(f"still false after {timeout_ms} ms: {expression}")


def click_event(page: Any, event_id: str) -> None:
    """Click an event's marker where the map draws it (markers are on a canvas, so there
    is no element to click)."""
    spot = page.evaluate(
        """(id) => {
            const { table, view } = FW.app;
            const row = table.row(id);
            const point = view.map.latLngToContainerPoint([table.lat[row], table.lon[row]]);
            const box = view.map.getContainer().getBoundingClientRect();
            return { x: box.left + point.x, y: box.top + point.y };
        }""",
        event_id,
    )
    page.mouse.click(spot["x"], spot["y"])


def drag_timeline(page: Any, start: float, end: float) -> None:
    """Drag across the timeline from one fraction of its width to another."""
    box = page.locator(".fw-overlay").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * start, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * (start + end) / 2, y, steps=4)
    page.mouse.move(box["x"] + box["width"] * end - 1, y, steps=4)
    page.mouse.up()


def test_page_loads_with_every_event_and_no_errors(page, server, console, screenshots) -> None:
    open_page(page, server)
    page.wait_for_selector("#fw-map[data-points]")
    assert int(page.get_attribute("#fw-map", "data-points")) > 0
    assert shown(page) == 12
    assert page.text_content("#fw-count").startswith("12 of 12 events")
    assert page.locator(".fw-legend").is_visible()
    assert "Natural Earth" in page.text_content(".leaflet-control-attribution")
    page.screenshot(path=screenshots / "page-loaded.png")
    assert console.errors == []


def test_brush_filters_the_map_and_lands_in_the_url(page, server, console, screenshots) -> None:
    open_page(page, server)
    # The right-most sixth of the timeline: only the Rostov report of July 2025.
    drag_timeline(page, 0.84, 1.0)
    wait_until(page, "document.querySelector('#fw-count').dataset.visible === '3'")
    assert "to=2025-07-23" in page.evaluate("location.hash")
    page.screenshot(path=screenshots / "brushed.png")
    page.click("#fw-all-dates")
    assert shown(page) == 12
    assert console.errors == []


def test_chips_filter_and_the_link_restores_them(page, server, console) -> None:
    open_page(page, server)
    page.click(".fw-chip[data-group=types][data-value=withdrawal]")
    page.click(".fw-chip[data-group=statuses][data-value=reported]")
    assert shown(page) == 1
    link = page.evaluate("location.href")
    assert "types=withdrawal" in link
    page.goto("about:blank")
    open_page(page, link)
    assert shown(page) == 1
    assert page.get_attribute(".fw-chip[data-value=withdrawal]", "aria-pressed") == "true"
    assert console.errors == []


def test_events_cluster_when_zoomed_out_and_split_when_clicked(page, server, console) -> None:
    open_page(page, f"{server}#map=6/48.4/37.6")
    cluster = page.locator(".fw-cluster").first
    assert int(cluster.text_content()) >= 2
    cluster.click()
    wait_until(page, "FW.app.view.map.getZoom() > 6")
    wait_until(page, "!decodeURIComponent(location.hash).includes('map=6/')")
    assert console.errors == []


def test_events_at_one_spot_fan_out_at_the_deepest_zoom(page, server, console, screenshots) -> None:
    # The strike on the Rostov rail terminal and its casualties share one point.
    open_page(page, f"{server}#map=12/47.2313/39.7233")
    badge = page.locator(".fw-cluster")
    assert badge.text_content() == "2"
    badge.click()
    page.wait_for_selector("#fw-map[data-fanned='2']")
    box = badge.bounding_box()
    # The first fanned event sits 28 px right of its cluster's centre.
    page.mouse.click(box["x"] + box["width"] / 2 + 28, box["y"] + box["height"] / 2)
    title = page.wait_for_selector(".fw-card-title").text_content()
    assert title in {"Strike", "Casualties"}
    assert page.get_attribute("#fw-map", "data-fanned") == "2", "the fan stays out"
    page.screenshot(path=screenshots / "fanned.png")
    assert console.errors == []


def test_card_shows_the_evidence_in_its_document(page, server, console, screenshots) -> None:
    open_page(page, f"{server}#{BALAKLIIA}")
    click_event(page, "kharkiv-0909:e1")
    mark = page.wait_for_selector(".fw-card .fw-evidence")
    assert mark.text_content() == (
        "Ukrainian troops retook Balakliia on Thursday after a two-day fight, local officials said."
    )
    assert page.text_content(".fw-card-title") == "Capture"
    assert "local officials" in page.text_content(".fw-fact-sources")
    assert page.get_attribute(".fw-doc-link", "href") == "https://example.org/kharkiv-push"
    assert "event=kharkiv-0909%3Ae1" in page.evaluate("location.hash")
    page.screenshot(path=screenshots / "card.png")
    assert console.errors == []


def test_hostile_report_text_stays_text(page, server, console, screenshots) -> None:
    open_page(page, f"{server}#event=pokrovsk-evil%3Ae1&map=10/48.2819/37.1758")
    page.wait_for_selector(".fw-card .fw-evidence")
    card = page.locator("#fw-card")
    assert "<img src=x onerror=window.__pwned=1>" in card.text_content()
    assert "<svg onload=window.__pwned=1>" in page.text_content(".fw-fact-actor")
    assert card.locator("img, script, svg[onload], a[href^=javascript]").count() == 0
    assert page.locator(".fw-doc-link").count() == 0, "a javascript: URL is never a link"
    click_event(page, "pokrovsk-evil:e1")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    page.screenshot(path=screenshots / "hostile-report.png")
    assert console.errors == []


def test_offline_report_works_from_a_file(
    page, web_corpus, tmp_path: Path, console, screenshots
) -> None:
    events = [event for _, found in web_corpus for event in found]
    report = render_report(events, [doc for doc, _ in web_corpus], tmp_path / "report.html")
    open_page(page, f"{report.as_uri()}#{BALAKLIIA}")
    assert shown(page) == 12
    click_event(page, "kharkiv-0909:e1")
    assert "retook Balakliia" in page.wait_for_selector(".fw-evidence").text_content()
    drag_timeline(page, 0.0, 0.05)
    wait_until(page, "document.querySelector('#fw-count').dataset.visible === '2'")
    open_page(page, f"{report.as_uri()}#event=pokrovsk-evil%3Ae1")
    page.wait_for_selector(".fw-evidence")
    assert page.evaluate("window.__pwned") is None
    page.screenshot(path=screenshots / "report.png")
    assert console.errors == []
