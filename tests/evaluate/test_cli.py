"""``frontwatch eval GOLD PRED``: the table, the JSON and the error listing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from frontwatch.cli import app
from frontwatch.errors import GoldError

REPORT = (
    "Ukrainian units retook Volokhiv Yar on Friday and moved on towards Kupyansk, "
    "where fighting went on through the weekend."
)
LOCATIONS = {
    "Volokhiv Yar": {"canonical": "Volokhiv Yar", "lat": 49.60132, "lon": 36.97828},
    "Kupyansk": {"canonical": "Kupyansk", "lat": 49.71003, "lon": 37.61581},
}


def event(type: str, place: str, day: str, **extra: object) -> dict:
    return {
        "type": type,
        "actor": {"side": "UA"},
        "location": {"name": place, "precision": "exact", **LOCATIONS[place]},
        "time": {"text": None, "date_start": day, "date_end": day, "precision": "day"},
        "status": "reported",
        "quantities": {},
        **extra,
    }


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold = tmp_path / "gold.jsonl"
    doc = {"id": "kharkiv-1", "text": REPORT, "published": "2022-09-11", "language": "en"}
    events = [
        event("capture", "Volokhiv Yar", "2022-09-09"),
        event("clash", "Kupyansk", "2022-09-10"),
    ]
    gold.write_text(json.dumps({"doc": doc, "events": events}) + "\n", encoding="utf-8")
    evidence = {"sentence": REPORT, "start": 0, "end": len(REPORT)}
    predicted = [
        event(
            "capture", "Volokhiv Yar", "2022-09-08", id="p1", doc_id="kharkiv-1", evidence=evidence
        ),
        event("advance", "Kupyansk", "2022-09-10", id="p2", doc_id="kharkiv-1", evidence=evidence),
    ]
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(e) + "\n" for e in predicted), encoding="utf-8")
    return gold, pred


def test_eval_prints_the_table(files: tuple[Path, Path]) -> None:
    result = CliRunner().invoke(app, ["eval", str(files[0]), str(files[1])])
    assert result.exit_code == 0, result.output
    assert "capture" in result.output and "F1" in result.output
    assert "0.500" in result.output


def test_eval_json_gives_the_figures(files: tuple[Path, Path]) -> None:
    result = CliRunner().invoke(app, ["eval", str(files[0]), str(files[1]), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["overall"]["f1"] == 0.5
    assert data["per_type"]["capture"]["recall"] == 1.0
    assert data["date"]["value"] == 0.0


def test_eval_errors_lists_misses_and_false_alarms(files: tuple[Path, Path]) -> None:
    result = CliRunner().invoke(app, ["eval", str(files[0]), str(files[1]), "--errors"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert any(line.split()[:2] == ["miss", "clash"] and "Kupyansk" in line for line in lines)
    assert any("false alarm" in line and "advance Kupyansk" in line for line in lines)
    assert any("wrong date" in line for line in lines)


def test_a_malformed_gold_file_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": {"id": "x", "text": "y"}, "events": [{"type": "raid"}]}\n')
    result = CliRunner().invoke(app, ["eval", str(gold), str(gold)])
    assert result.exit_code != 0
    assert isinstance(result.exception, GoldError), "main() prints a FrontwatchError as one line"
    assert "gold.jsonl:1: event 1: type" in str(result.exception)
