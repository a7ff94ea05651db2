"""Each export format, opened by the tools analysts use: GDAL (pyogrio) and pandas."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pyogrio
import pytest

from frontwatch.export import FORMATS, ExportError, write
from frontwatch.records import Document, Event

ACLED_COLUMNS = [
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "time_precision",
    "source",
    "notes",
    "fatalities",
]


def export(tmp_path: Path, fmt: str, events: list[Event], document: Document) -> Path:
    path = tmp_path / f"events{FORMATS[fmt].suffix}"
    assert write(events, fmt, path, {document.id: document}) == len(events)
    return path


def test_geojson_opens_in_gdal_with_every_event(
    tmp_path: Path, events: list[Event], document: Document, read_ogr: Any
) -> None:
    path = export(tmp_path, "geojson", events, document)
    layer = read_ogr(path)
    assert layer.driver == "GeoJSON"
    assert list(layer.frame["event_type"]) == [
        "capture",
        "strike",
        "casualties",
        "negotiation",
        "capture",
    ]
    assert [g is None for g in layer.geometries] == [False, False, False, True, False]
    kupiansk = layer.geometries[0]
    assert (kupiansk.x, kupiansk.y) == pytest.approx((37.6156, 49.7106))

    collection = json.loads(path.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    unplaced = collection["features"][3]
    assert unplaced["geometry"] is None
    assert Event.model_validate(unplaced["properties"]["record"]) == events[3]
    strike = collection["features"][1]["properties"]
    assert strike["sub_event_type"] == "rail"
    assert strike["source"] == "Russian Telegram channels; Frontline Digest"


def test_csv_has_acled_columns_first_and_opens_in_pandas(
    tmp_path: Path, events: list[Event], document: Document
) -> None:
    frame = pd.read_csv(export(tmp_path, "csv", events, document))
    assert set(ACLED_COLUMNS) <= set(frame.columns)
    assert list(frame.columns[:3]) == ["event_id_cnty", "event_date", "event_date_end"]
    capture, strike, casualties, talks, _ = frame.to_dict("records")
    assert capture["actor1"] == "Ukrainian forces (77th Brigade)"
    assert capture["location"] == "Kupiansk"
    assert capture["event_date"] == "2025-12-12"
    assert capture["year"] == 2025
    assert strike["sub_event_type"] == "rail"
    assert strike["actor2"] == "Russian forces"
    assert strike["geo_precision"] == "near"
    assert casualties["fatalities"] == 1000
    assert casualties["fatalities_qualifier"] == "at_least"
    assert casualties["time_precision"] == "week"
    assert casualties["notes"] == events[2].evidence.sentence
    assert pd.isna(talks["latitude"]) and pd.isna(talks["actor1"])
    assert talks["url"] == document.url


def test_parquet_keeps_types_and_the_full_record(
    tmp_path: Path, events: list[Event], document: Document
) -> None:
    frame = pd.read_parquet(export(tmp_path, "parquet", events, document))
    assert len(frame) == 5
    assert frame["latitude"].dtype == "float64"
    assert frame["fatalities"].iloc[2] == 1000
    assert pd.isna(frame["latitude"].iloc[3])
    assert [Event.model_validate_json(r) for r in frame["record"]] == events


def test_an_empty_parquet_export_still_has_its_columns(tmp_path: Path, document: Document) -> None:
    frame = pd.read_parquet(export(tmp_path, "parquet", [], document))
    assert len(frame) == 0
    assert set(ACLED_COLUMNS) <= set(frame.columns)


def test_kml_is_well_formed_styled_and_opens_in_gdal(
    tmp_path: Path, events: list[Event], document: Document, read_ogr: Any
) -> None:
    path = export(tmp_path, "kml", events, document)
    namespace = {"k": "http://www.opengis.net/kml/2.2"}
    root = ET.parse(path).getroot()
    marks = root.findall(".//k:Placemark", namespace)
    assert len(marks) == 5
    assert marks[0].findtext("k:styleUrl", namespaces=namespace) == "#capture"
    assert marks[3].findtext("k:styleUrl", namespaces=namespace) == "#negotiation-doubtful"
    hostile = marks[4].findtext("k:description", namespaces=namespace) or ""
    assert '<script>alert("x")</script> & "Kupiansk is ours"' in hostile
    assert "\x0b" not in hostile
    assert "<script>" not in path.read_text(encoding="utf-8")

    drivers = pyogrio.list_drivers()
    driver = "LIBKML" if "LIBKML" in drivers else "KML"
    assert driver in drivers
    layer = read_ogr(path)
    assert layer.driver == driver
    located = [g for g in layer.geometries if g is not None]
    assert len(located) == 4
    assert located[1].x == pytest.approx(39.7233)
    assert set(layer.frame["event_type"]) >= {"capture", "strike", "casualties"}


def test_jsonl_lines_are_contract_records(
    tmp_path: Path, events: list[Event], document: Document
) -> None:
    lines = export(tmp_path, "jsonl", events, document).read_text(encoding="utf-8").splitlines()
    assert [Event.model_validate_json(line) for line in lines] == events


def test_json_is_one_array_of_contract_records(
    tmp_path: Path, events: list[Event], document: Document
) -> None:
    records = json.loads(export(tmp_path, "json", events, document).read_text(encoding="utf-8"))
    assert [Event.model_validate(record) for record in records] == events
    assert json.loads(export(tmp_path, "json", [], document).read_text(encoding="utf-8")) == []


def test_documents_may_arrive_while_events_stream(events: list[Event], document: Document) -> None:
    """``frontwatch extract`` learns each document just before yielding its events."""
    documents: dict[str, Document] = {}

    def streamed() -> Iterator[Event]:
        documents[document.id] = document
        yield from events

    stream = io.StringIO()
    write(streamed(), "csv", stream, documents)
    stream.seek(0)
    assert set(pd.read_csv(stream)["outlet"]) == {"Frontline Digest"}


@pytest.mark.parametrize("fmt", ["geojson", "csv", "kml", "jsonl", "json"])
def test_text_formats_write_to_an_open_stream(fmt: str, events: list[Event]) -> None:
    stream = io.StringIO()
    assert write(events, fmt, stream) == 5
    assert "Kupiansk" in stream.getvalue()


def test_parquet_needs_a_byte_stream(events: list[Event]) -> None:
    with pytest.raises(ExportError, match="binary"):
        write(events, "parquet", io.StringIO())
    raw = io.BytesIO()
    text = io.TextIOWrapper(raw)
    assert write(events, "parquet", text) == 5
    assert len(pd.read_parquet(io.BytesIO(raw.getvalue()))) == 5


def test_a_failed_export_leaves_the_old_file_and_no_part_file(
    tmp_path: Path, events: list[Event]
) -> None:
    path = tmp_path / "events.csv"
    path.write_text("yesterday's export\n", encoding="utf-8")

    def broken() -> object:
        yield from events[:3]
        raise RuntimeError("the store went away")

    for fmt in FORMATS:
        with pytest.raises(RuntimeError):
            write(broken(), fmt, path)  # type: ignore[arg-type]
    assert path.read_text(encoding="utf-8") == "yesterday's export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv"]


def test_bad_formats_and_destinations(tmp_path: Path, events: list[Event]) -> None:
    with pytest.raises(ExportError, match="unknown export format 'shapefile'"):
        write(events, "shapefile", tmp_path / "events.shp")
    with pytest.raises(ExportError, match="is a folder"):
        write(events, "csv", tmp_path)
    with pytest.raises(ExportError, match="does not exist"):
        write(events, "csv", tmp_path / "missing" / "events.csv")
