"""``frontwatch extract`` and ``frontwatch run`` end to end on realistic reports."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

from frontwatch.records import Event

REPORT = (
    "Ukrainian forces retook the village of Klishchiivka south of Bakhmut on Sunday, "
    "the General Staff said. Russian troops tried to regain positions near Andriivka "
    "but were repelled.\n"
)


def write_report(folder: Path, name: str = "report.txt", text: str = REPORT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_extract_prints_contract_events_for_every_sample_report(
    invoke: Callable[..., Result], samples_dir: Path
) -> None:
    result = invoke("extract", str(samples_dir), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    events = [Event.model_validate_json(line) for line in result.stdout.splitlines()]
    assert len({e.doc_id for e in events}) == 5
    assert len({e.id for e in events}) == len(events)


def test_extract_keeps_the_ids_of_json_lines_documents(invoke: Callable[..., Result]) -> None:
    line = json.dumps({"id": "brief-17", "text": REPORT, "published": "2023-09-18"})
    result = invoke("extract", "-", "--format", "jsonl", input=line + "\n")
    assert result.exit_code == 0, result.stderr
    events = [Event.model_validate_json(row) for row in result.stdout.splitlines()]
    assert events and {e.doc_id for e in events} == {"brief-17"}


def test_run_stores_once_and_a_second_run_changes_nothing(
    invoke: Callable[..., Result], tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    write_report(folder)
    first = invoke("run", str(folder), "--db", "store.db", "--published", "2023-09-18")
    assert first.exit_code == 0, first.stderr
    with sqlite3.connect(tmp_path / "store.db") as db:
        before = db.execute("select count(*) from events").fetchone()[0]
    second = invoke("run", str(folder), "--db", "store.db", "--published", "2023-09-18")
    assert second.exit_code == 0, second.stderr
    with sqlite3.connect(tmp_path / "store.db") as db:
        assert db.execute("select count(*) from events").fetchone()[0] == before > 0
        assert db.execute("select count(*) from documents").fetchone()[0] == 1


def test_run_after_ingest_adds_the_events(invoke: Callable[..., Result], tmp_path: Path) -> None:
    report = write_report(tmp_path / "reports")
    assert invoke("ingest", str(report), "--db", "s.db", "--published", "2023-09-18").exit_code == 0
    with sqlite3.connect(tmp_path / "s.db") as db:
        assert db.execute("select count(*) from events").fetchone()[0] == 0
    assert invoke("run", str(report), "--db", "s.db", "--published", "2023-09-18").exit_code == 0
    with sqlite3.connect(tmp_path / "s.db") as db:
        assert db.execute("select count(*) from events").fetchone()[0] > 0


def test_a_bad_file_is_named_the_others_are_stored_and_the_exit_is_non_zero(
    invoke: Callable[..., Result], tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    write_report(folder)
    (folder / "broken.jsonl").write_text('{"id": "x", "text": \n', encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    result = invoke("run", str(folder), "--db", "store.db")
    assert result.exit_code == 1
    problems = [line for line in result.stderr.splitlines() if line.startswith("frontwatch:")]
    assert any("broken.jsonl" in line for line in problems)
    assert any("empty.txt" in line for line in problems)
    assert "Traceback" not in result.stderr
    with sqlite3.connect(tmp_path / "store.db") as db:
        assert db.execute("select count(*) from documents").fetchone()[0] == 1


def test_a_missing_path_is_one_line_and_non_zero(invoke: Callable[..., Result]) -> None:
    result = invoke("extract", "no-such-folder")
    assert result.exit_code != 0
    assert "no-such-folder" in result.stderr
    assert "Traceback" not in result.stderr
