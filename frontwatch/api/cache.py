"""The page's one big request, kept ready: every event as columns.

Reading tens of thousands of events back into records takes seconds, and the page
asks for all of them at every load. The server is read-only but another process
may add documents to the store, so the cached body is keyed on the number of
events (the store only ever adds documents whole) and rebuilt when it changes.
"""

from __future__ import annotations

import json
import threading

from frontwatch.store import Store
from frontwatch.web.columns import event_columns


class PageColumns:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._key: int | None = None
        self._body = b""

    def body(self) -> bytes:
        key = self.store.count()
        with self._lock:
            if key != self._key:
                columns = event_columns(self.store.events())
                self._body = json.dumps(columns, separators=(",", ":")).encode("utf-8")
                self._key = key
            return self._body

    def warm(self) -> None:
        """Build the body in the background so that the first page load need not wait."""
        threading.Thread(target=self.body, name="frontwatch-warm", daemon=True).start()
