"""A ``kill -9`` in the middle of a large ingest leaves every document whole or absent."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import frontwatch
from frontwatch.records import EventQuery
from frontwatch.store import Store

#: Stores synthetic reports of 20 to 199 events each, printing each stored number;
#: every document's title is how many events it was stored with.
WRITER = """
import sys
from frontwatch.records import Document, Event, Evidence, Location, TimeSpan
from frontwatch.store import Store

place = Location(name="Kupiansk", canonical="Kupiansk", lat=49.71, lon=37.62, country="UA")
with Store(sys.argv[1]) as store:
    for n in range(1_000_000):
        size = 20 + (n * 37) % 180
        text = f"Report {n}: Russian artillery shelled positions near Kupiansk overnight."
        document = Document(id=f"report-{n:06d}", title=str(size), text=text)
        events = [
            Event(
                id=f"e{i}",
                doc_id=document.id,
                type="strike",
                actor={"side": "RU"},
                location=place,
                time=TimeSpan(date_start="2025-12-13", date_end="2025-12-13", precision="day"),
                sources=[f"channel {i % 7}"],
                evidence=Evidence(sentence=text, start=0, end=len(text)),
            )
            for i in range(size)
        ]
        store.add(document, events)
        print(n, flush=True)
"""

STORED_BEFORE_KILL = 25


def test_documents_are_whole_or_absent_after_kill_9(db_path: Path) -> None:
    root = Path(frontwatch.__file__).resolve().parents[1]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]),
    }
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    watchdog = threading.Timer(120, writer.kill)
    watchdog.start()
    try:
        assert writer.stdout is not None
        printed = 0
        for line in writer.stdout:
            printed = int(line) + 1
            if printed >= STORED_BEFORE_KILL:
                break
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    finally:
        watchdog.cancel()
        if writer.poll() is None:
            writer.kill()
    assert writer.returncode == -signal.SIGKILL, writer.stderr.read() if writer.stderr else ""
    assert printed >= STORED_BEFORE_KILL

    with Store(db_path) as store:
        stored = list(store.documents())
        assert len(stored) >= printed
        for document in stored:
            assert document.title is not None
            assert store.count(EventQuery(doc_id=document.id)) == int(document.title), document.id
        assert store.count() == sum(int(d.title or 0) for d in stored)

        late = stored[0].model_copy(update={"id": "after-the-kill"})
        assert store.add(late, [])
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        dangling = connection.execute(
            "SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents)"
        ).fetchone()
        assert dangling == (0,)
