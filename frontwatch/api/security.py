"""The web app's guard: read-only methods and strict browser security headers.

Written as one small ASGI middleware rather than several Starlette ones so that
every response, including 404s, 405s and static files, gets the same headers, and
a HEAD request is answered by the GET route without its body.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: Scripts and styles only from files the app serves, never inline; data: images for Leaflet.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
ALLOWED_METHODS = ("GET", "HEAD")


class ReadOnlyGuard:
    """Refuse every method but GET and HEAD (so also CORS preflights) and add the headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        if scope["method"] not in ALLOWED_METHODS:
            refusal = JSONResponse(
                {"detail": "frontwatch's web API is read-only: use GET"},
                status_code=405,
                headers={"Allow": ", ".join(ALLOWED_METHODS)},
            )
            await refusal(scope, receive, send_secured)
            return
        if head:
            scope = {**scope, "method": "GET"}
        await self.app(scope, receive, send_secured)
