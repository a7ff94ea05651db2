"""The geocode command's output shape, the evaluation command and the cached index."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from frontwatch.cli import app
from frontwatch.errors import InputError
from frontwatch.geo import gazetteer, sources
from frontwatch.geo.evaluate import description, kind_of

FIELDS = {
    "start",
    "end",
    "text",
    "name",
    "geonames_id",
    "lat",
    "lon",
    "country",
    "admin1",
    "precision",
    "score",
}


def test_geocode_jsonl_output_shape(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    rows = [
        {"id": "a", "text": "Shelling was reported near Kupiansk and in Izium.", "outlet": "x"},
        {"id": "b", "text": "No places here at all."},
    ]
    docs.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["geocode", str(docs), "--format", "jsonl", "--mode", "fast"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [line["id"] for line in lines] == ["a", "b"]
    first = lines[0]["places"]
    assert [p["text"] for p in first] == ["Kupiansk", "Izium"]
    assert all(set(p) == FIELDS for p in first)
    assert first[0]["precision"] == "near"
    assert lines[1]["places"] == []


def test_geocode_names_the_broken_line_of_a_json_lines_file(tmp_path: Path) -> None:
    docs = tmp_path / "reports.jsonl"
    good = json.dumps({"id": "a", "text": "Drones struck Sumy overnight."})
    docs.write_text(f"{good}\n\nsent from my phone\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["geocode", str(docs), "--mode", "fast"])
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError), "main() prints it as one line"
    assert str(result.exception).startswith(f"{docs}: line 3: not JSON")


def test_geocode_plain_text_from_stdin() -> None:
    result = CliRunner().invoke(
        app, ["geocode", "-", "--mode", "fast"], input="Drones hit Odesa.\n"
    )
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout.strip().splitlines()[-1])
    assert line["places"][0]["name"] == "Odesa"


def test_geoeval_on_both_file_kinds(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps(
            {
                "id": "1",
                "text": "Floods hit Kharkiv and Poltava.",
                "toponyms": [
                    {"start": 11, "end": 18, "name": "Kharkiv", "lat": 49.98, "lon": 36.25},
                    {"start": 23, "end": 30, "name": "Poltava", "lat": 49.59, "lon": 34.55},
                ],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    places = tmp_path / "places.jsonl"
    places.write_text(
        json.dumps(
            {
                "id": "p",
                "text": "caption",
                "town": "Izium",
                "province": "Kharkiv oblast",
                "country": "Ukraine",
                "date": "2022-09-10",
                "lat": 49.21,
                "lon": 37.26,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    args = ["geoeval", str(corpus), str(places), "--no-baseline", "--json", "--mode", "fast"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["corpus.jsonl"]["frontwatch"]["f1"] == 1.0
    assert scores["corpus.jsonl"]["frontwatch"]["acc_161km"] == 1.0
    assert scores["places.jsonl"]["frontwatch"]["acc_25km"] == 1.0


def test_evaluation_file_kind_and_description() -> None:
    row = {"town": "Izium", "province": "", "country": "Ukraine", "lat": 1.0, "lon": 2.0}
    assert kind_of(row) == "places"
    assert description(row) == "Izium, Ukraine"


def test_index_is_cached_under_its_version(monkeypatch, tmp_path: Path) -> None:
    index = gazetteer.load()
    path = gazetteer.index_path()
    assert path.is_file()
    assert index.version in path.name
    monkeypatch.setenv("FRONTWATCH_CACHE", str(tmp_path))
    assert gazetteer.cache_dir() == tmp_path
    # Another set of sources gives another version, hence another file.
    assert (
        gazetteer.version(None) != gazetteer.version(sources.shared_dir())
        or sources.shared_dir() is None
    )


def test_index_builds_without_the_shared_folder(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sources, "geonames_cities", lambda: iter(()))
    path = tmp_path / "small.sqlite"
    gazetteer.build(None, path)
    small = gazetteer.Gazetteer(path)
    assert small.candidates("donbas")[0].kind == "area"
    assert small.candidates("kharkiv region")[0].admin1 == "07"
