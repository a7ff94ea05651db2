"""The main job on the bundled corpus: store, exports, report, summary."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from typer.testing import Result

from frontwatch.store import Store


def test_demo_builds_the_store_the_exports_and_the_report(
    invoke: Callable[..., Result], tmp_path: Path
) -> None:
    result = invoke("demo")
    assert result.exit_code == 0, result.stderr
    out = tmp_path / "frontwatch-demo"
    with Store(tmp_path / "frontwatch.db") as store:
        stats = store.stats()
        events = store.events()
    assert stats.documents >= 12
    assert {"capture", "strike", "encirclement"} <= {e.type for e in events}
    assert {"reported", "claimed", "unverified", "hypothetical", "denied"} >= {
        e.status for e in events
    }
    located = [e for e in events if e.location and e.location.lat is not None]
    geojson = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    assert sum(f["geometry"] is not None for f in geojson["features"]) == len(located)
    assert len(pd.read_csv(out / "events.csv")) == len(events)
    assert len(pd.read_parquet(out / "events.parquet")) == len(events)
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" in report and "Kupiansk" in report
    assert "events in all" in result.stderr


def test_demo_twice_changes_nothing(invoke: Callable[..., Result], tmp_path: Path) -> None:
    assert invoke("demo").exit_code == 0
    with Store(tmp_path / "frontwatch.db") as store:
        before = store.stats()
    assert invoke("demo").exit_code == 0
    with Store(tmp_path / "frontwatch.db") as store:
        assert store.stats() == before
