"""``frontwatch serve``: the map and timeline in a browser, over a store."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated

import typer

from frontwatch.cli.app import DEFAULT_DB, app, benchmark_app
from frontwatch.errors import FrontwatchError

LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1", "[::1]"]


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    db: Annotated[
        str, typer.Option("--db", help="The store to show (file or database URL).")
    ] = DEFAULT_DB,
    host: Annotated[
        str, typer.Option(help="Address to listen on; the default lets only this computer in.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8765,
) -> None:
    """Serve the events of a store on a map with a timeline, read-only.

    Open http://127.0.0.1:8765/ afterwards. The API's schema is at /openapi.json.
    """
    try:
        import uvicorn

        from frontwatch.api import create_app
    except ModuleNotFoundError as error:
        raise FrontwatchError(
            f"the web app needs the 'web' extra ({error.name} is missing): "
            "pip install 'frontwatch[web]'"
        ) from None
    allowed = LOOPBACK_NAMES if is_loopback(host) else None
    web = create_app(db, allowed_hosts=allowed, warm=True)
    typer.echo(f"frontwatch: serving {db} at http://{host}:{port}/ (Ctrl+C stops)", err=True)
    uvicorn.run(web, host=host, port=port, log_level="warning", server_header=False)


@benchmark_app.command("web")
def benchmark_web(
    events: Annotated[int, typer.Option(help="Synthetic events in the store.", min=100)] = 50_000,
    rate: Annotated[float, typer.Option(help="API requests per second.", min=1)] = 200.0,
    requests: Annotated[int, typer.Option(help="API requests in all.", min=10)] = 2_000,
    screenshot: Annotated[
        Path, typer.Option(help="Where to save a screenshot of the loaded page.")
    ] = Path("test-artifacts/screenshots/benchmark-web.png"),
) -> None:
    """First render and brush update in headless Chromium, API p99 at a steady rate.

    Targets: first render <= 2 s, brush <= 200 ms, API p99 <= 100 ms at 200 req/s.
    """
    from statistics import median

    from frontwatch.api.benchmark import run

    figures = run(events, rate, requests, screenshot=screenshot)
    rows = (
        ("first render (median)", median(figures.first_render_ms), 2000.0, "ms"),
        ("brush update (median)", median(figures.brush_ms), 200.0, "ms"),
        ("API p99", figures.p99(), 100.0, "ms"),
    )
    typer.echo(
        f"store: {figures.events:,} events built in {figures.store_seconds:.1f} s; "
        f"server prepared the page data in {figures.warm_seconds:.2f} s"
    )
    typer.echo("first render runs (ms): " + ", ".join(f"{v:.0f}" for v in figures.first_render_ms))
    typer.echo("brush runs (ms): " + ", ".join(f"{v:.0f}" for v in figures.brush_ms))
    typer.echo(
        f"API ({figures.load_tool}): {figures.api_requests} requests at "
        f"{figures.api_rate:.0f} req/s, "
        f"{figures.api_errors} errors, "
        f"p50 {median(figures.api_latencies_ms):.1f} ms"
    )
    for label, value, target, unit in rows:
        verdict = "ok" if value <= target else "OVER TARGET"
        typer.echo(f"{label:24} {value:8.1f} {unit}  (target <= {target:.0f} {unit}) {verdict}")
    typer.echo(f"screenshot: {figures.screenshot}")
