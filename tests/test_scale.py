"""The Dask scale-out gives the same events as the single-process pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.ingest import Metadata, read
from frontwatch.pipeline import Pipeline
from frontwatch.records import Document, Problem
from frontwatch.scale import pipe_distributed

REPORTS = {
    "a.txt": "Russian forces shelled Kherson overnight, the regional governor said on Monday.",
    "b.txt": "Ukrainian troops advanced near Robotyne and pushed towards Verbove, officials said.",
    "c.txt": "",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("scheduler", ["sync", "threads"])
def test_distributed_matches_local_and_reports_problems(folder: Path, scheduler: str) -> None:
    meta = Metadata(published="2023-08-21")
    results = list(pipe_distributed([str(folder)], meta, scheduler=scheduler, files_per_task=1))
    problems = [r for r in results if isinstance(r, Problem)]
    assert [Path(p.path).name for p in problems] == ["c.txt"]
    distributed = {doc.id: events for doc, events in (r for r in results if isinstance(r, tuple))}
    documents = [d for d in read([folder], meta) if isinstance(d, Document)]
    local = {doc.id: events for doc, events in Pipeline().pipe(documents)}
    assert distributed == local
    assert sum(map(len, local.values())) > 0
