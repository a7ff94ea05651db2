"""A cache of whole API answers, valid while the store holds the same events.

The server never writes, and a store changes only by whole documents being added,
so an answer stays right until the number of events changes. That number is read
at most once a second; the cache is bounded in entries and bytes. Analysts and
dashboards repeat the same few queries, which then cost a dictionary lookup.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

import anyio.to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

Entry = tuple[int, list[tuple[bytes, bytes]], bytes]


class ResponseCache:
    def __init__(
        self,
        app: ASGIApp,
        fingerprint: Callable[[], object],
        max_entries: int = 512,
        max_bytes: int = 64 << 20,
        recheck_seconds: float = 1.0,
    ) -> None:
        self.app = app
        self.fingerprint = fingerprint
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.recheck_seconds = recheck_seconds
        self._entries: OrderedDict[bytes, Entry] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self._key: object = None
        self._checked = 0.0

    def _current(self) -> None:
        """Forget every answer when the store has changed (checked at most once a second,
        in a worker thread so that the check never holds up other requests)."""
        now = time.monotonic()
        if now - self._checked < self.recheck_seconds:
            return
        key = self.fingerprint()
        with self._lock:
            self._checked = now
            if key != self._key:
                self._entries.clear()
                self._size = 0
                self._key = key

    def _remember(self, url: bytes, entry: Entry) -> None:
        size = len(entry[2])
        if size > self.max_bytes // 4:
            return
        with self._lock:
            self._entries[url] = entry
            self._size += size
            while len(self._entries) > self.max_entries or self._size > self.max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self._size -= len(dropped[2])

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or not scope["path"].startswith("/api/")
        ):
            await self.app(scope, receive, send)
            return
        if time.monotonic() - self._checked >= self.recheck_seconds:
            await anyio.to_thread.run_sync(self._current)
        url = scope["path"].encode() + b"?" + scope["query_string"]
        with self._lock:
            hit = self._entries.get(url)
            if hit is not None:
                self._entries.move_to_end(url)
        if hit is not None:
            status, headers, body = hit
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def send_and_keep(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and start.get("status") == 200:
                    self._remember(url, (200, list(start["headers"]), b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, send_and_keep)
