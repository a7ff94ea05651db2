"""``frontwatch benchmark web``: the web app under a large store, in a real browser.

Measures what the issue sets targets for: the page's first render and a brush update
in headless Chromium, and the API's 99th-percentile latency under a steady request
rate on loopback. The server runs in its own process (the real ``frontwatch serve``)
so that the load generator does not share its interpreter.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from frontwatch.api.synthetic import synthetic_store
from frontwatch.errors import FrontwatchError

CHROMIUM = "/usr/bin/chromium"
WRK = Path("/usr/bin/wrk")
#: wrk's Lua hooks: cycle through the paths, each connection pausing so that all of
#: them together keep to the requested rate.
WRK_SCRIPT = """
local paths = {%s}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/" .. paths[(n %% #paths) + 1])
end
delay = function() return %d end
"""
WRK_CONNECTIONS = 8
#: What each connection's cycle costs beside its pause (the answer and wrk's own
#: millisecond timer), measured here at 2-5 ms: without it the load falls
#: 5-8 % short of the requested rate. wrk reports the rate it reached.
WRK_CYCLE_MS = 5
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
#: Requests the load test cycles through: what the page and typical API users ask.
API_PATHS = (
    "api/events?limit=50&type=strike&date_from=2024-01-01",
    "api/events?limit=100&bbox=37,48,38.5,49&status=reported",
    "api/counts?type=capture&type=advance",
    "api/events?limit=20&q=Pokrovsk&side=RU",
    "api/documents/synthetic-00042",
    "api/stats",
)


@dataclass
class WebFigures:
    events: int
    store_seconds: float = 0.0
    warm_seconds: float = 0.0
    first_render_ms: list[float] = field(default_factory=list)
    brush_ms: list[float] = field(default_factory=list)
    api_latencies_ms: list[float] = field(default_factory=list)
    api_errors: int = 0
    api_rate: float = 0.0
    api_p99_ms: float | None = None
    load_tool: str = "httpx"
    api_requests: int = 0
    screenshot: Path | None = None

    def p99(self) -> float:
        if self.api_p99_ms is not None:
            return self.api_p99_ms
        return statistics.quantiles(self.api_latencies_ms, n=100)[98]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def running_server(db: Path, port: int) -> Iterator[str]:
    """``frontwatch serve`` in a child process, stopped on exit."""
    command = [sys.executable, "-c", "from frontwatch.cli import main; main()", "serve"]
    child = subprocess.Popen(
        [*command, "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            if child.poll() is not None:
                problem = child.communicate()[1].strip()
                raise FrontwatchError(f"the web app did not start: {problem}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(base + "api/stats", timeout=2).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise FrontwatchError("the web app did not answer within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()


def browser_timings(base: str, figures: WebFigures, runs: int, screenshot: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for run in range(runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.goto(base)
                page.wait_for_selector("body[data-ready=true]", timeout=60_000)
                ready = page.evaluate("performance.getEntriesByName('fw:ready')[0].startTime")
                figures.first_render_ms.append(float(ready))
                box = page.locator(".fw-overlay").bounding_box()
                if box is None:
                    raise FrontwatchError("the page has no timeline to brush")
                y = box["y"] + box["height"] / 2
                left = box["x"] + box["width"] * (0.3 + 0.1 * run)
                page.mouse.move(left, y)
                page.mouse.down()
                page.mouse.move(left + box["width"] * 0.2, y, steps=5)
                page.mouse.up()
                page.wait_for_function(
                    "performance.getEntriesByName('fw:painted').length >= 2", timeout=60_000
                )
                painted = page.evaluate(
                    "performance.getEntriesByName('fw:painted').at(-1).duration"
                )
                figures.brush_ms.append(float(painted))
                if run == runs - 1:
                    page.wait_for_timeout(300)
                    page.screenshot(path=screenshot)
                    figures.screenshot = screenshot
                page.close()
        finally:
            browser.close()


async def _load(base: str, rate: float, count: int, budget: float, figures: WebFigures) -> None:
    """Open-loop load: a request every 1/rate s whatever the answers do, so that slow
    answers show up as latency instead of slowing the load down."""
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=10) as client:

        async def one(path: str) -> None:
            started = time.perf_counter()
            try:
                response = await client.get(path)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            figures.api_latencies_ms.append((time.perf_counter() - started) * 1000)
            figures.api_errors += not ok

        start = time.perf_counter()
        tasks = []
        for index in range(count):
            due = start + index / rate
            if due - start > budget:
                break
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            tasks.append(asyncio.create_task(one(API_PATHS[index % len(API_PATHS)])))
        await asyncio.gather(*tasks)
        figures.api_rate = len(tasks) / (time.perf_counter() - start)


def wrk_load(base: str, rate: float, seconds: int, figures: WebFigures) -> None:
    """Load with wrk (a C load generator), paced by its Lua ``delay`` hook; a Python
    client cannot itself send 200 requests a second steadily on a busy 2-core machine."""
    pause_ms = max(0, round(1000 * WRK_CONNECTIONS / rate) - WRK_CYCLE_MS)
    paths = ", ".join(f'"{path}"' for path in API_PATHS)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % (paths, pause_ms))
    try:
        done = subprocess.run(
            [
                str(WRK),
                "-t1",
                f"-c{WRK_CONNECTIONS}",
                f"-d{seconds}s",
                "--latency",
                "-s",
                script.name,
                base,
            ],
            capture_output=True,
            text=True,
            timeout=seconds + 30,
            check=True,
        )
    finally:
        Path(script.name).unlink()
    figures.load_tool = "wrk"
    units = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    for line in done.stdout.splitlines():
        words = line.split()
        if words[:1] == ["99%"]:
            value = words[1].rstrip("usm")
            figures.api_p99_ms = float(value) * units[words[1][len(value) :]]
        elif words[:1] == ["50%"]:
            value = words[1].rstrip("usm")
            figures.api_latencies_ms = [float(value) * units[words[1][len(value) :]]]
        elif words[:1] == ["Requests/sec:"]:
            figures.api_rate = float(words[1])
        elif "requests in" in line:
            figures.api_requests = int(words[0])
        elif line.strip().startswith("Non-2xx"):
            figures.api_errors = int(words[-1])


def run(
    n_events: int = 50_000,
    rate: float = 200.0,
    requests: int = 2_000,
    runs: int = 3,
    screenshot: Path = Path("test-artifacts/screenshots/benchmark-web.png"),
) -> WebFigures:
    """Build the store, serve it, and measure; bounded by ``requests`` and 60 s of load."""
    if not Path(CHROMIUM).exists():
        raise FrontwatchError(f"{CHROMIUM} is missing: install Debian's chromium package")
    figures = WebFigures(events=n_events)
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="frontwatch-bench-") as folder:
        db = Path(folder) / "store.db"
        started = time.perf_counter()
        synthetic_store(db, n_events).close()
        figures.store_seconds = time.perf_counter() - started
        with running_server(db, free_port()) as base:
            started = time.perf_counter()
            httpx.get(base + "api/events.columns", timeout=120).raise_for_status()
            figures.warm_seconds = time.perf_counter() - started
            browser_timings(base, figures, runs, screenshot)
            if WRK.exists():
                wrk_load(base, rate, max(1, round(requests / rate)), figures)
            else:
                asyncio.run(_load(base, rate, requests, 60.0, figures))
                figures.api_requests = len(figures.api_latencies_ms)
    return figures
