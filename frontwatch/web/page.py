"""The one HTML page of the front end, served by the web app or inlined into a report.

The server page links its scripts and styles; the report inlines the same files and
its data, so both run the same code. The scripts are classic scripts, not ES
modules, because browsers refuse to load module files from ``file://`` and the
report must open by double-click.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from functools import cache
from pathlib import Path
from string import Template
from typing import Any

STATIC = Path(__file__).resolve().parent / "static"
BASEMAP = STATIC / "basemap" / "basemap.geojson"
STYLES = (
    "vendor/leaflet/leaflet.css",
    "app.css",
)
SCRIPTS = (
    "vendor/leaflet/leaflet.js",
    "vendor/supercluster/supercluster.min.js",
    "js/style.js",
    "js/state.js",
    "js/table.js",
    "js/data.js",
    "js/map.js",
    "js/timeline.js",
    "js/filters.js",
    "js/card.js",
    "js/app.js",
)
#: What the served page fetches before it can draw (the same URLs as js/data.js).
DATA_URLS = ("api/events.columns", "static/basemap/basemap.geojson")
#: Ids of the ``<script type="application/json">`` blocks that the page reads in a report.
DATA_ID = "fw-data"
BASEMAP_ID = "fw-basemap"


@cache
def template() -> Template:
    return Template((Path(__file__).resolve().parent / "page.html").read_text(encoding="utf-8"))


@cache
def asset(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


def script_json(value: Any) -> str:
    """JSON that cannot end its ``<script>`` element: every ``<``, ``>`` and ``&`` inside
    strings (the only place JSON allows them) becomes a ``\\u`` escape, so report text
    such as ``</script><script>`` stays data."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(raw, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def server_page(title: str = "frontwatch") -> str:
    """The page as the web app serves it: assets by URL, data from the API.

    The data is preloaded from the head, so that the browser downloads it while it
    still parses the scripts that will ask for it."""
    styles = "\n".join(f'<link rel="stylesheet" href="static/{name}">' for name in STYLES)
    scripts = "\n".join(f'<script src="static/{name}"></script>' for name in SCRIPTS)
    preload = "\n".join(
        f'<link rel="preload" href="{url}" as="fetch" crossorigin="anonymous">' for url in DATA_URLS
    )
    return template().substitute(
        csp="",
        title=html.escape(title),
        styles=styles,
        preload=preload,
        data="",
        scripts=scripts,
    )


def _inline(tag: str, body: str) -> str:
    if f"</{tag}" in body.lower() or "<!--" in body:
        raise ValueError(f"an asset cannot be inlined in <{tag}>: it contains an end tag")
    return f"<{tag}>\n{body}\n</{tag}>"


def inline_page(title: str, data: Any) -> str:
    """The page with its assets and ``data`` inlined, and a CSP that allows exactly those
    inline scripts and styles, so that even an opened report runs nothing else."""
    styles = [asset(name) for name in STYLES]
    scripts = [asset(name) for name in SCRIPTS]
    policy = "; ".join(
        (
            "default-src 'none'",
            "script-src " + " ".join(csp_hash(f"\n{body}\n") for body in scripts),
            "style-src " + " ".join(csp_hash(f"\n{body}\n") for body in styles),
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    blocks = (
        f'<script type="application/json" id="{DATA_ID}">{script_json(data)}</script>\n'
        f'<script type="application/json" id="{BASEMAP_ID}">{basemap_json()}</script>'
    )
    return template().substitute(
        csp=f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}">',
        title=html.escape(title),
        styles="\n".join(_inline("style", body) for body in styles),
        preload="",
        data=blocks,
        scripts="\n".join(_inline("script", body) for body in scripts),
    )


@cache
def basemap_json() -> str:
    return script_json(json.loads(BASEMAP.read_text(encoding="utf-8")))
