"""The offline report: one file, the same front end, data that cannot escape its block."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from frontwatch.web import render_report
from frontwatch.web.page import script_json, server_page

SCRIPT = re.compile(r"<script([^>]*)>(.*?)</script>", re.S)


def render(web_corpus, tmp_path: Path) -> str:
    events = [event for _, found in web_corpus for event in found]
    documents = {doc.id: doc for doc, _ in web_corpus}
    return render_report(events, documents, tmp_path / "out" / "report.html").read_text("utf-8")


def test_report_carries_every_event_and_the_cited_documents(web_corpus, tmp_path: Path) -> None:
    html = render(web_corpus, tmp_path)
    blocks = {attrs: body for attrs, body in SCRIPT.findall(html) if "application/json" in attrs}
    data = json.loads(blocks[' type="application/json" id="fw-data"'])
    assert data["columns"]["count"] == len(data["events"]) == 12
    assert data["columns"]["id"] == [event["id"] for event in data["events"]]
    assert {doc["id"] for doc in data["documents"]} == {doc.id for doc, _ in web_corpus}
    hostile = next(doc for doc in data["documents"] if doc["id"] == "pokrovsk-evil")
    assert hostile["text"].startswith("</script><script>window.__pwned=1</script>")
    basemap = json.loads(blocks[' type="application/json" id="fw-basemap"'])
    assert {f["properties"]["layer"] for f in basemap["features"]} == {"country", "admin1", "coast"}


def test_report_text_cannot_close_its_script_block(web_corpus, tmp_path: Path) -> None:
    html = render(web_corpus, tmp_path)
    assert "__pwned=1</script>" not in html
    assert "<img src=x" not in html
    assert "javascript:window" in html, "the hostile URL is kept as data"
    opened = len(re.findall(r"<script[\s>]", html))
    assert opened == html.count("</script>")


def test_report_policy_allows_exactly_its_own_inline_scripts(web_corpus, tmp_path: Path) -> None:
    html = render(web_corpus, tmp_path)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert policy is not None
    directives = dict(
        [*part.split(" ", 1), ""][:2] for part in policy.group(1).replace("&#x27;", "'").split("; ")
    )
    assert directives["default-src"] == "'none'"
    assert "unsafe-inline" not in directives["script-src"]
    executable = [body for attrs, body in SCRIPT.findall(html) if "application/json" not in attrs]
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in executable
    }
    assert hashes == set(directives["script-src"].split())


def test_title_is_escaped(web_corpus, tmp_path: Path) -> None:
    events = [event for _, found in web_corpus for event in found]
    out = render_report(events, [], tmp_path / "r.html", title="<b>Kherson</b> & co")
    html = out.read_text("utf-8")
    assert "<title>&lt;b&gt;Kherson&lt;/b&gt; &amp; co</title>" in html


def test_server_page_links_the_same_scripts() -> None:
    page = server_page()
    assert '<script src="static/js/app.js"></script>' in page
    assert "fw-data" not in page


@given(
    st.recursive(
        st.text() | st.integers() | st.none(),
        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
    )
)
def test_script_json_round_trips_and_never_holds_markup(value) -> None:
    text = script_json(value)
    assert json.loads(text) == value
    assert "<" not in text and ">" not in text and "&" not in text
