"""Scoring a geoparser on annotated corpora, beside a baseline.

Two kinds of file: geoparsing corpora (``text`` with ``toponyms`` spans and
coordinates: detection P/R/F1 by span overlap, accuracy within 161 km and 25 km of
matched spans) and place-description files (``town``, ``province``, ``country`` and
the true point: share resolved within 25 km). The kind is told by the fields.

A place-description row may carry its event's caption, the report's own words
(``text``). Where the caption names the town, the mention of it is scored too: the
share placed within 25 km of the event, end to end from the words as a report
writes them ("Russian troops in Kamianka"), with no stated region to lean on.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from frontwatch.errors import GoldError
from frontwatch.geo.keys import key, keys
from frontwatch.records import PlaceMention

Parse = Callable[[str], list[PlaceMention]]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass
class CorpusScores:
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    within_161: int = 0
    within_25: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, float | int]:
        matched = self.matched or 1
        return {
            **asdict(self),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "acc_161km": round(self.within_161 / matched, 4),
            "acc_25km": round(self.within_25 / matched, 4),
            # End to end: every gold toponym counts; a missed one is a miss.
            "e2e_acc_161km": round(self.within_161 / self.gold, 4) if self.gold else 0.0,
        }


@dataclass
class PlaceScores:
    descriptions: int = 0
    resolved: int = 0
    within_25: int = 0
    captions: int = 0
    captions_within_25: int = 0
    misses: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, float | int]:
        n = self.descriptions or 1
        return {
            "descriptions": self.descriptions,
            "resolved": self.resolved,
            "within_25": self.within_25,
            "acc_25km": round(self.within_25 / n, 4),
            "captions": self.captions,
            "captions_within_25": self.captions_within_25,
            "captions_acc_25km": round(self.captions_within_25 / (self.captions or 1), 4),
        }


def read_jsonl(path: Path) -> Iterator[dict]:
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"{path}: cannot read: {error}") from error
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldError(f"{path}:{number}: not JSON: {error.msg}") from error
        if not isinstance(row, dict):
            raise GoldError(f"{path}:{number}: not a JSON object")
        yield row


def kind_of(row: dict) -> str:
    if "toponyms" in row and "text" in row:
        return "geoparsing"
    if {"town", "country", "lat", "lon"} <= row.keys():
        return "places"
    raise GoldError(
        "unknown evaluation file: expected 'text'+'toponyms' or 'town'+'country'+'lat'+'lon'"
    )


def kind_of_file(path: Path, rows: list[dict]) -> str:
    """The kind of an evaluation file, which every row must share: a row of another
    kind, or lacking a field, is named by its number before any scoring starts."""
    kind = kind_of(rows[0])
    for number, row in enumerate(rows, 1):
        try:
            same = kind_of(row) == kind
        except GoldError:
            same = False
        if not same:
            raise GoldError(f"{path}: row {number} is not a {kind} row like the first")
    return kind


def score_geoparsing(rows: Iterable[dict], parse: Parse) -> CorpusScores:
    scores = CorpusScores()
    for row in rows:
        # Toponyms the annotators could not place are left out of every count.
        gold = [t for t in row["toponyms"] if t.get("lat") is not None and t.get("lon") is not None]
        predicted = parse(row["text"])
        scores.documents += 1
        scores.gold += len(gold)
        scores.predicted += len(predicted)
        used: set[int] = set()
        for toponym in gold:
            for index, place in enumerate(predicted):
                if index in used or place.end <= toponym["start"] or place.start >= toponym["end"]:
                    continue
                used.add(index)
                scores.matched += 1
                distance = km(place.lat, place.lon, toponym["lat"], toponym["lon"])
                scores.within_161 += distance <= 161
                scores.within_25 += distance <= 25
                break
    return scores


def description(row: dict) -> str:
    """'Town, Province, Country' from the fields that are given."""
    parts = [row.get("town") or "", row.get("province") or "", row.get("country") or ""]
    return ", ".join(p.strip() for p in parts if p and p.strip())


#: A capitalised word, as a caption writes a place's name or a part of it.
_NAME_WORD = re.compile(r"[A-ZА-ЯІЇЄҐЁ][\w'’ʼ-]*")


def town_spans(caption: str, town: str) -> list[tuple[int, int]]:
    """Where a caption names the town, as one capitalised word or two, by the folded
    key the gazetteer files names under: spellings that differ only by an apostrophe,
    a hyphen or "y" for "i" count ("Kamyanka" for Kam'yanka, "Kupyansk" for
    Kupiansk)."""
    wanted = keys(town)
    words = list(_NAME_WORD.finditer(caption))
    spans = []
    for first, second in zip(words, [*words[1:], None], strict=False):
        if (
            second is not None
            and caption[first.end() : second.start()].isspace()
            and key(caption[first.start() : second.end()]) in wanted
        ):
            spans.append((first.start(), second.end()))
            continue
        if key(first.group()) in wanted:
            spans.append(first.span())
    return spans


def _score_caption(row: dict, parse: Parse, scores: PlaceScores) -> None:
    caption, town = row.get("text"), row.get("town")
    if not caption or not town:
        return
    spans = town_spans(caption, town)
    if not spans:
        return
    scores.captions += 1
    named = [
        p for p in parse(caption) if any(p.start < end and p.end > start for start, end in spans)
    ]
    if named and km(named[0].lat, named[0].lon, row["lat"], row["lon"]) <= 25:
        scores.captions_within_25 += 1


def score_places(rows: Iterable[dict], parse: Parse) -> PlaceScores:
    scores = PlaceScores()
    for row in rows:
        _score_caption(row, parse, scores)
        text = description(row)
        scores.descriptions += 1
        places = parse(text)
        if not places:
            scores.misses.append(text)
            continue
        scores.resolved += 1
        first = places[0]
        if km(first.lat, first.lon, row["lat"], row["lon"]) <= 25:
            scores.within_25 += 1
        else:
            scores.misses.append(text)
    return scores
