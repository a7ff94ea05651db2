"""Scoring extracted events against hand-annotated gold (contract §8)."""

from frontwatch.evaluate.gold import (
    GoldDocument,
    GoldEvent,
    default_texts_dir,
    load_gold,
    load_predictions,
)
from frontwatch.evaluate.predict import predict
from frontwatch.evaluate.scores import Accuracy, Counts, EventBrief, Mismatch, Scores
from frontwatch.evaluate.scoring import score

__all__ = [
    "Accuracy",
    "Counts",
    "EventBrief",
    "GoldDocument",
    "GoldEvent",
    "Mismatch",
    "Scores",
    "default_texts_dir",
    "load_gold",
    "load_predictions",
    "predict",
    "score",
]
