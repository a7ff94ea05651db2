"""Scoring place descriptions, and the captions that name their event's town."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.errors import GoldError
from frontwatch.geo.evaluate import kind_of_file, score_places, town_spans
from frontwatch.records import PlaceMention


@pytest.mark.parametrize(
    ("caption", "town", "named"),
    [
        ("Russian troops moving through Kamyanka at dawn.", "Kam'yanka", ["Kamyanka"]),
        ("Damage to houses in Kupyansk after shelling.", "Kupiansk", ["Kupyansk"]),
        ("Crater next to the dam in Nova Kakhovka.", "Nova Kakhovka", ["Nova Kakhovka"]),
        ("Shelling of Kupiansk. Shelling of Kupiansk", "Kupiansk", ["Kupiansk", "Kupiansk"]),
        ("Destroyed school, no town given.", "Izium", []),
    ],
)
def test_a_caption_names_its_town_in_any_spelling(
    caption: str, town: str, named: list[str]
) -> None:
    assert [caption[start:end] for start, end in town_spans(caption, town)] == named


def _mention(text: str, caption: str, lat: float, lon: float) -> PlaceMention:
    start = caption.index(text)
    return PlaceMention(start=start, end=start + len(text), text=text, name=text, lat=lat, lon=lon)


def test_the_mention_of_a_captions_town_is_scored_by_its_distance() -> None:
    """Izium at its own point is within 25 km; a namesake 300 km off is not; a caption
    that names no town, or a row without one, is not counted."""
    rows = [
        {"town": "Izium", "country": "Ukraine", "lat": 49.21, "lon": 37.26,
         "text": "Mass grave found in Izium."},
        {"town": "Izium", "country": "Ukraine", "lat": 49.21, "lon": 37.26,
         "text": "Izium railway bridge destroyed."},
        {"town": "Izium", "country": "Ukraine", "lat": 49.21, "lon": 37.26,
         "text": "Destroyed bridge over the river."},
        {"town": "", "country": "Ukraine", "lat": 49.21, "lon": 37.26,
         "text": "Convoy seen in Izium."},
    ]  # fmt: skip
    points = {
        "Mass grave found in Izium.": (49.21, 37.26),
        "Izium railway bridge destroyed.": (47.0, 34.0),
    }

    def parse(text: str) -> list[PlaceMention]:
        return [_mention("Izium", text, *points[text])] if text in points else []

    scores = score_places(rows, parse).summary()
    assert scores["captions"] == 2
    assert scores["captions_within_25"] == 1
    assert scores["captions_acc_25km"] == 0.5


def test_a_row_missing_a_field_is_named_before_scoring() -> None:
    rows = [
        {"town": "Izium", "country": "Ukraine", "lat": 49.2, "lon": 37.3},
        {"town": "Lyman", "country": "Ukraine", "text": "Shelling of Lyman."},
    ]
    assert kind_of_file(Path("places.jsonl"), rows[:1]) == "places"
    with pytest.raises(GoldError, match=r"places\.jsonl: row 2 "):
        kind_of_file(Path("places.jsonl"), rows)
