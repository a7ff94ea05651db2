"""Scoring predicted events against gold documents, document by document (contract §8)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from frontwatch.evaluate.gold import GoldDocument
from frontwatch.evaluate.matching import Scorable, assign, date_agrees, side, side_agrees
from frontwatch.evaluate.scores import Accuracy, Counts, EventBrief, Mismatch, Scores
from frontwatch.records import Event


def score(gold_docs: Sequence[GoldDocument], predicted_events: Iterable[Event]) -> Scores:
    """Match predictions to gold per document and add up the figures.

    A prediction is filed under the gold document whose id, file name or text
    hash its ``doc_id`` names; predictions for other documents are counted as
    ignored, not as false alarms, so that a prediction file may cover more
    reports than the gold does.
    """
    owner = {alias: gold.document.id for gold in gold_docs for alias in gold.aliases()}
    by_doc: dict[str, list[Event]] = defaultdict(list)
    ignored = 0
    for event in predicted_events:
        doc_id = owner.get(event.doc_id)
        if doc_id is None:
            ignored += 1
        else:
            by_doc[doc_id].append(event)

    tally = _Tally()
    for gold in gold_docs:
        tally.document(gold.document.id, gold.events, by_doc.get(gold.document.id, []))
    return tally.scores(len(gold_docs), ignored)


class _Tally:
    """Running counts over documents."""

    def __init__(self) -> None:
        self.overall = Counts()
        self.per_type: dict[str, Counts] = defaultdict(Counts)
        self.side, self.status, self.date = Accuracy(), Accuracy(), Accuracy()
        self.misses: list[EventBrief] = []
        self.false_alarms: list[EventBrief] = []
        self.mismatches: list[Mismatch] = []

    def document(
        self, doc_id: str, gold: Sequence[Scorable], predicted: Sequence[Scorable]
    ) -> None:
        pairs = assign(list(gold), list(predicted))
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        for index, event in enumerate(gold):
            hit = index in matched_gold
            self._count(event.type, gold=1, matched_gold=int(hit))
            if not hit:
                self.misses.append(_brief(doc_id, event))
        for index, event in enumerate(predicted):
            hit = index in matched_pred
            self._count(event.type, predicted=1, matched_predicted=int(hit))
            if not hit:
                self.false_alarms.append(_brief(doc_id, event))
        for g, p in pairs:
            self._compare(doc_id, gold[g], predicted[p])

    def _count(self, event_type: str, **increments: int) -> None:
        for counts in (self.overall, self.per_type[event_type]):
            for field, step in increments.items():
                setattr(counts, field, getattr(counts, field) + step)

    def _compare(self, doc_id: str, gold: Scorable, pred: Scorable) -> None:
        verdicts = {
            "side": side_agrees(gold, pred),
            "status": gold.status == pred.status,
            "date": date_agrees(gold.time, pred.time),
        }
        for name, agrees in verdicts.items():
            accuracy: Accuracy = getattr(self, name)
            accuracy.pairs += 1
            accuracy.agree += agrees
        wrong = [name for name, agrees in verdicts.items() if not agrees]
        if wrong:
            self.mismatches.append(
                Mismatch(gold=_brief(doc_id, gold), predicted=_brief(doc_id, pred), fields=wrong)
            )

    def scores(self, documents: int, ignored: int) -> Scores:
        return Scores(
            documents=documents,
            overall=self.overall,
            per_type=dict(self.per_type),
            side=self.side,
            status=self.status,
            date=self.date,
            ignored_predictions=ignored,
            misses=self.misses,
            false_alarms=self.false_alarms,
            mismatches=self.mismatches,
        )


def _brief(doc_id: str, event: Scorable) -> EventBrief:
    location = event.location
    start, end = event.time.date_start, event.time.date_end
    date = None if start is None else (start if end in (None, start) else f"{start}..{end}")
    return EventBrief(
        doc=doc_id,
        type=event.type,
        side=side(event),
        status=event.status,
        place=(location.canonical or location.name) if location else None,
        precision=location.precision if location else None,
        date=date,
    )
