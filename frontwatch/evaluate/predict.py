"""Running the whole pipeline on gold documents, for ``frontwatch eval`` without predictions."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from frontwatch.evaluate.gold import GoldDocument
from frontwatch.records import Document, Event


def predict(
    gold_docs: Sequence[GoldDocument],
    track: Callable[[Iterable[Any], str, int], Iterable[Any]] | None = None,
) -> list[Event]:
    """Every event the pipeline finds in the gold documents' texts.

    ``track`` wraps the stream (the CLI passes its progress bar). The pipeline is
    imported here, not at module level, because it loads spaCy and the gazetteer:
    scoring a prediction file should not pay for that.
    """
    from frontwatch.pipeline import Pipeline

    documents: list[Document] = [gold.document for gold in gold_docs]
    pairs: Iterable[tuple[Document, list[Event]]] = Pipeline().pipe(documents)
    if track is not None:
        pairs = track(pairs, "extracting", len(documents))
    return [event for _, found in pairs for event in found]
