"""The main job: the bundled demo corpus turned into a store, exports and a map.

The corpus in ``corpus/`` was written by the frontwatch team, in its own words,
about the events of the shared sample reports, in every input format frontwatch
reads; running it exercises the whole flow on a fresh machine with no network.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path

from frontwatch import export, ingest
from frontwatch.jobs import Summary, run_into
from frontwatch.records import Problem
from frontwatch.store import Store
from frontwatch.web import render_report

EXPORT_FORMATS: tuple[str, ...] = ("geojson", "csv", "kml", "parquet")


@dataclass
class DemoResult:
    summary: Summary
    db: str | Path
    outputs: list[Path] = field(default_factory=list)


def run_demo(db: str | Path, out_dir: Path, on_problem: Callable[[Problem], None]) -> DemoResult:
    """Build the store from the demo corpus, then write every export and the HTML report."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with as_file(files("frontwatch.demo") / "corpus") as corpus, Store(db) as store:
        summary = run_into(store, ingest.read([str(corpus)]), on_problem)
        events = store.events()
        documents = {d.id: d for d in store.documents()}
    result = DemoResult(summary=summary, db=db)
    for fmt in EXPORT_FORMATS:
        path = out_dir / f"events.{fmt}"
        export.write(events, fmt, path, documents)
        result.outputs.append(path)
    report = out_dir / "report.html"
    render_report(events, documents, report, title="frontwatch demo")
    result.outputs.append(report)
    return result


__all__ = ["EXPORT_FORMATS", "DemoResult", "run_demo"]
