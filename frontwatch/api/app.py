"""The read-only JSON API over a store, and the page that uses it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

import frontwatch
from frontwatch.api.cache import PageColumns
from frontwatch.api.params import event_query
from frontwatch.api.responses import ResponseCache
from frontwatch.api.security import ReadOnlyGuard
from frontwatch.errors import StoreError
from frontwatch.records import EventQuery
from frontwatch.store import Store
from frontwatch.web.columns import event_columns
from frontwatch.web.geojson import feature_collection
from frontwatch.web.page import STATIC, server_page

Query_ = Annotated[EventQuery, Depends(event_query)]


class JSONText(Response):
    """A response whose body is JSON already serialised (by pydantic, faster than a
    round trip through dicts)."""

    media_type = "application/json"


def open_store(target: Store | str | Path) -> Store:
    """The store to serve, read-only; a missing file is an error, never a new empty store."""
    if isinstance(target, Store):
        return target
    return Store(target, readonly=True, create=False)


def create_app(
    store_target: Store | str | Path,
    allowed_hosts: list[str] | None = None,
    warm: bool = False,
) -> FastAPI:
    """The web app. ``allowed_hosts`` refuses other Host headers, which keeps a page on
    another site from reaching a server on 127.0.0.1 through DNS rebinding; ``warm``
    prepares the page's data at once rather than at the first visit."""
    store = open_store(store_target)
    page_columns = PageColumns(store)
    if warm:
        page_columns.warm()
    app = FastAPI(
        title="frontwatch",
        version=frontwatch.__version__,
        description="Read-only access to the events that frontwatch extracted from war reporting.",
        docs_url=None,
        redoc_url=None,
    )

    @app.exception_handler(StoreError)
    def store_failed(_request: Request, error: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=503)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page() -> HTMLResponse:
        return HTMLResponse(server_page())

    @app.get("/api/events", summary="Events per the contract, filtered")
    def events(query: Query_) -> JSONText:
        return JSONText("[" + ",".join(event.to_json() for event in store.events(query)) + "]")

    @app.get("/api/events.geojson", summary="Events as a GeoJSON FeatureCollection")
    def events_geojson(
        query: Query_,
        detail: Annotated[
            Literal["full", "compact"],
            Query(description="compact: only what a map draws (id, type, status, side, dates)"),
        ] = "full",
    ) -> Response:
        body = json.dumps(feature_collection(store.events(query), detail), separators=(",", ":"))
        return Response(body, media_type="application/geo+json")

    @app.get(
        "/api/events.columns",
        summary="Events as columns, the compact form the map page loads",
        description=(
            "One array per field (id, type, status, side, doc, lon, lat, start, end); "
            "type, status, side and doc are positions in the types, statuses, sides and "
            "docs lists; start and end are days since 1970-01-01."
        ),
    )
    def events_columns(query: Query_) -> Response:
        if query == EventQuery():
            return JSONText(page_columns.body())
        body = json.dumps(event_columns(store.events(query)), separators=(",", ":"))
        return JSONText(body)

    @app.get("/api/counts", summary="Number of events per day and type")
    def counts(query: Query_) -> list[dict[str, Any]]:
        return [
            {"day": day, "type": kind, "count": n} for day, kind, n in store.counts_by_day(query)
        ]

    @app.get("/api/documents", summary="Stored documents, without their text")
    def documents() -> list[dict[str, Any]]:
        return [doc.model_dump(mode="json", exclude={"text"}) for doc in store.documents()]

    @app.get("/api/documents/{doc_id}", summary="One document with its text")
    def document(doc_id: str) -> dict[str, Any]:
        doc = store.document(doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return doc.model_dump(mode="json")

    @app.get("/api/places", summary="Places that events are located at")
    def places() -> list[dict[str, Any]]:
        return [jsonable(place) for place in store.places()]

    @app.get("/api/stats", summary="Counts of what the store holds")
    def stats() -> dict[str, Any]:
        return dict(jsonable(store.stats()))

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(ResponseCache, fingerprint=store.count)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(ReadOnlyGuard)
    return app


def jsonable(value: Any) -> Any:
    """Store rows may be records or plain mappings; the API answers plain JSON either way."""
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if hasattr(value, "_asdict"):
        return value._asdict()
    return value
