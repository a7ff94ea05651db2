"""Fixtures for the front end: the hand-written corpus, a live server and headless Chromium.

Browser tests need Debian's chromium at /usr/bin/chromium (CI installs it); without it
they are skipped with that reason. Screenshots go to test-artifacts/screenshots/, or
under $FRONTWATCH_ARTIFACTS.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from frontwatch.records import Document, Event
from frontwatch.store import Store

CORPUS = Path(__file__).resolve().parent / "data" / "corpus.jsonl"
ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def corpus() -> list[tuple[Document, list[Event]]]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return [(Document(**row["doc"]), [Event(**e) for e in row["events"]]) for row in rows]


@pytest.fixture(scope="session")
def store_file(tmp_path_factory: pytest.TempPathFactory, corpus) -> Path:
    path = tmp_path_factory.mktemp("web") / "store.db"
    with Store(path) as store:
        for document, events in corpus:
            store.add(document, events)
    return path


@pytest.fixture(scope="session")
def screenshots() -> Path:
    base = Path(os.environ.get("FRONTWATCH_ARTIFACTS", ROOT / "test-artifacts"))
    folder = base / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def server(store_file: Path) -> Iterator[str]:
    """The web app on 127.0.0.1 in a thread of the test process; yields its base URL."""
    uvicorn = pytest.importorskip("uvicorn")
    from frontwatch.api import create_app

    port = free_port()
    app = create_app(store_file, allowed_hosts=["127.0.0.1"])
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web app did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(
            f"{CHROMIUM} is missing: install Debian's chromium package to run browser tests"
        )
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Console:
    """Everything the page said that a user would count as broken."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def attach(self, page: Any) -> None:
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))


@pytest.fixture
def console() -> Console:
    return Console()


@pytest.fixture
def page(browser: Any, console: Console) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 820})
    opened = context.new_page()
    console.attach(opened)
    yield opened
    context.close()
