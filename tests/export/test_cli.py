"""``frontwatch export``: from a store to a file, with filters, and one-line errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from frontwatch.cli import app, main
from frontwatch.records import Document, Event
from frontwatch.store import Store


@pytest.fixture
def db(tmp_path: Path, document: Document, events: list[Event]) -> Path:
    path = tmp_path / "front.db"
    with Store(path) as store:
        store.add(document, events)
    return path


def run(*args: str) -> None:
    result = CliRunner().invoke(app, ["export", *args])
    if result.exception is not None:
        raise result.exception
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("fmt", ["geojson", "csv", "kml", "parquet", "jsonl", "json"])
def test_every_format_is_written_from_the_store(tmp_path: Path, db: Path, fmt: str) -> None:
    out = tmp_path / f"front.{fmt}"
    run("--db", str(db), "--format", fmt, "--out", str(out))
    assert out.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_filters_select_what_is_exported(tmp_path: Path, db: Path) -> None:
    out = tmp_path / "strikes.csv"
    run("--db", str(db), "--format", "csv", "--out", str(out), "--type", "strike")
    assert pd.read_csv(out)["event_type"].tolist() == ["strike"]

    run(
        "--db", str(db), "--format", "csv", "--out", str(out),
        "--type", "capture", "--type", "casualties", "--side", "ua", "--since", "2025-12-10",
    )  # fmt: skip
    frame = pd.read_csv(out)
    assert frame["event_type"].tolist() == ["casualties", "capture", "capture"]
    assert set(frame["outlet"]) == {"Frontline Digest"}

    geojson = tmp_path / "early.geojson"
    run("--db", str(db), "--format", "geojson", "--out", str(geojson), "--until", "2025-12-09")
    features = json.loads(geojson.read_text(encoding="utf-8"))["features"]
    assert [f["properties"]["event_type"] for f in features] == ["casualties"]


def test_a_missing_store_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.db"
    out = tmp_path / "events.csv"
    argv = ["frontwatch", "export", "--db", str(missing), "--format", "csv", "--out", str(out)]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "nowhere.db: no such store" in error
    assert not out.exists() and not missing.exists()


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--since", "last Tuesday", "--since 'last Tuesday': not a date"),
        ("--type", "shelling", "--type 'shelling': choose from capture,"),
        ("--status", "confirmed", "--status 'confirmed': choose from denied,"),
        ("--format", "shapefile", "--format 'shapefile': choose from geojson,"),
    ],
)
def test_a_bad_option_is_one_line_and_exit_2(
    tmp_path: Path,
    db: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    option: str,
    value: str,
    message: str,
) -> None:
    out = tmp_path / "events.csv"
    argv = ["frontwatch", "export", "--db", str(db), "--format", "csv", "--out", str(out)]
    monkeypatch.setattr(sys, "argv", [*argv, option, value])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and message in error
    assert not out.exists()
