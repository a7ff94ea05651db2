"""Whole-pipeline golden file: the demo corpus's events, reviewed by a person.

When extraction changes on purpose, regenerate with
``FRONTWATCH_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py`` and read the
diff of ``tests/golden/demo_events.jsonl`` before committing it: every changed line
is a changed event that an analyst would see.
"""

from __future__ import annotations

import json
import os
from importlib.resources import as_file, files
from pathlib import Path

from frontwatch.ingest import read
from frontwatch.pipeline import Pipeline
from frontwatch.records import Document

GOLDEN = Path(__file__).parent / "golden" / "demo_events.jsonl"


def demo_events() -> list[str]:
    with as_file(files("frontwatch.demo") / "corpus") as corpus:
        documents = [d for d in read([corpus]) if isinstance(d, Document)]
    lines = []
    for document, events in Pipeline().pipe(documents):
        for event in events:
            row = event.model_dump(mode="json")
            row["file"] = Path(document.origin or "").name
            lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return lines


def test_demo_corpus_events_match_the_reviewed_golden_file() -> None:
    lines = demo_events()
    if os.environ.get("FRONTWATCH_UPDATE_GOLDEN"):
        GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8").splitlines()
    assert lines == expected, "extraction changed: review and regenerate (see module docstring)"
