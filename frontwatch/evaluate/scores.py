"""The figures of an evaluation, as a typed record that prints as a table or as JSON.

Counts are kept beside the ratios so that figures from several runs or sets can
be added up honestly, and a ratio with nothing to measure is ``None``, not 0 or 1.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, Field, computed_field
from rich.table import Table


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


class Counts(BaseModel):
    """Matching counts for one event type, or for all of them."""

    gold: int = 0
    predicted: int = 0
    #: Gold events that found a prediction (recall's numerator).
    matched_gold: int = 0
    #: Predictions that found a gold event (precision's numerator).
    matched_predicted: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        return _ratio(self.matched_predicted, self.predicted)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        return _ratio(self.matched_gold, self.gold)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        """Harmonic mean; 0 when either side has events but nothing matched."""
        if not self.gold and not self.predicted:
            return None
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


class Accuracy(BaseModel):
    """Agreement on one field over the matched pairs."""

    agree: int = 0
    pairs: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value(self) -> float | None:
        return _ratio(self.agree, self.pairs)


class EventBrief(BaseModel):
    """Enough of one event to find it in its report: for ``--errors``."""

    doc: str
    type: str
    side: str | None
    status: str
    place: str | None
    precision: str | None
    date: str | None


class Mismatch(BaseModel):
    """A matched pair that disagrees on side, status or date."""

    gold: EventBrief
    predicted: EventBrief
    #: Which of ``side``, ``status`` and ``date`` disagree.
    fields: list[str]


class Scores(BaseModel):
    """Contract §8's figures for one gold set and one set of predictions."""

    documents: int
    overall: Counts
    per_type: dict[str, Counts]
    side: Accuracy
    status: Accuracy
    date: Accuracy
    #: Predictions naming a document that the gold does not have (not scored).
    ignored_predictions: int = 0
    misses: list[EventBrief] = Field(default_factory=list)
    false_alarms: list[EventBrief] = Field(default_factory=list)
    mismatches: list[Mismatch] = Field(default_factory=list)

    def figures(self) -> dict[str, float | None]:
        """The headline figures by name, as the gate and the issue's targets use them."""
        return {
            "precision": self.overall.precision,
            "recall": self.overall.recall,
            "f1": self.overall.f1,
            "side_accuracy": self.side.value,
            "status_accuracy": self.status.value,
            "date_accuracy": self.date.value,
        }

    def as_dict(self, errors: bool = False) -> dict[str, Any]:
        """Figures always; the per-event lists only when asked (they can be long)."""
        exclude = None if errors else {"misses", "false_alarms", "mismatches"}
        return self.model_dump(mode="json", exclude=exclude)

    def to_json(self, errors: bool = False) -> str:
        return json.dumps(self.as_dict(errors), indent=2, ensure_ascii=False)

    def table(self) -> Table:
        """Precision, recall and F1 per type, then the accuracies on matched pairs."""
        table = Table(title=f"Events against gold ({self.documents} documents)")
        for column in ("type", "gold", "predicted", "matched", "precision", "recall", "F1"):
            table.add_column(column, justify="left" if column == "type" else "right")
        for name, counts in sorted(self.per_type.items()):
            table.add_row(name, *_count_cells(counts))
        table.add_section()
        table.add_row("all", *_count_cells(self.overall), style="bold")
        table.add_section()
        for label, accuracy in (("side", self.side), ("status", self.status), ("date", self.date)):
            table.add_row(
                f"{label} accuracy", "", "", str(accuracy.pairs), "", "", _cell(accuracy.value)
            )
        return table


def _count_cells(counts: Counts) -> list[str]:
    matched = f"{counts.matched_gold}/{counts.matched_predicted}"
    return [
        str(counts.gold),
        str(counts.predicted),
        matched,
        _cell(counts.precision),
        _cell(counts.recall),
        _cell(counts.f1),
    ]


def _cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"
