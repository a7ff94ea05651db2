"""Contract §8 figures on small gold and prediction sets written for these tests."""

from __future__ import annotations

import json

import pytest

from frontwatch.evaluate import GoldDocument, score
from frontwatch.records import Document

REPORT = (
    "Ukrainian troops entered Izyum on Saturday after encircling the town, officials in "
    "Kyiv said. Russian commanders announced a regrouping of their units away from Izyum. "
    "Shelling hit the outskirts of Kherson overnight."
)


def gold_doc(doc_id: str, events: list, text: str = REPORT) -> GoldDocument:
    return GoldDocument(document=Document(id=doc_id, text=text), events=events, origin="test:1")


@pytest.fixture
def izyum_gold(gold_event) -> list[GoldDocument]:
    return [
        gold_doc(
            "izyum",
            [
                gold_event("capture", "UA", "Izyum", "2022-09-10", status="claimed"),
                gold_event("encirclement", "UA", "Izyum", "2022-09-10", status="claimed"),
                gold_event("strike", "RU", "Kherson", "2022-09-09", "2022-09-10", precision="near"),
            ],
        )
    ]


def test_a_perfect_prediction_scores_one_everywhere(izyum_gold, predicted_event) -> None:
    preds = [
        predicted_event("izyum", "capture", "UA", "Izyum", "2022-09-10", status="claimed"),
        predicted_event("izyum", "encirclement", "UA", "Izyum", "2022-09-10", status="claimed"),
        predicted_event("izyum", "strike", "RU", "Kherson", "2022-09-10", precision="near"),
    ]
    scores = score(izyum_gold, preds)
    assert scores.figures() == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "side_accuracy": 1.0,
        "status_accuracy": 1.0,
        "date_accuracy": 1.0,
    }
    assert not scores.misses and not scores.false_alarms and not scores.mismatches


def test_misses_false_alarms_and_per_type_figures(izyum_gold, predicted_event) -> None:
    preds = [
        predicted_event("izyum", "capture", "UA", "Izyum", "2022-09-10", status="claimed"),
        predicted_event("izyum", "clash", "UA", "Izyum", "2022-09-10"),
        predicted_event("izyum", "strike", "RU", "Kherson", "2022-09-12"),
        predicted_event("izyum", "strike", "RU", "Bakhmut", "2022-09-10"),
    ]
    scores = score(izyum_gold, preds)
    assert scores.overall.gold == 3 and scores.overall.predicted == 4
    assert scores.overall.precision == pytest.approx(2 / 4)
    assert scores.overall.recall == pytest.approx(2 / 3)
    assert scores.overall.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert scores.per_type["capture"].f1 == 1.0
    assert scores.per_type["encirclement"].recall == 0.0
    assert scores.per_type["encirclement"].precision is None
    assert scores.per_type["clash"].precision == 0.0
    assert scores.per_type["strike"].precision == 0.5
    assert scores.per_type["strike"].recall == 1.0
    assert scores.date.agree == 1 and scores.date.pairs == 2
    assert [m.type for m in scores.misses] == ["encirclement"]
    assert sorted(f.place for f in scores.false_alarms) == ["Bakhmut", "Izyum"]
    assert scores.mismatches[0].fields == ["date"]


def test_capture_scored_against_the_losers_withdrawal(gold_event, predicted_event) -> None:
    gold = [gold_doc("izyum", [gold_event("capture", "UA", "Izyum", "2022-09-10")])]
    pred = [predicted_event("izyum", "withdrawal", "RU", "Izyum", "2022-09-10")]
    scores = score(gold, pred)
    assert scores.overall.f1 == 1.0
    assert scores.side.value == 1.0, "the loser's withdrawal states the winner's side"
    assert scores.per_type["capture"].recall == 1.0
    assert scores.per_type["withdrawal"].precision == 1.0


def test_side_status_and_date_accuracy_on_matched_pairs(gold_event, predicted_event) -> None:
    gold = [
        gold_doc(
            "bakhmut",
            [
                gold_event("advance", "UA", "Bakhmut", "2023-05-08", "2023-05-13", "reported"),
                gold_event("withdrawal", "RU", "Bakhmut", "2023-05-12", status="claimed"),
                gold_event("withdrawal", "RU", "Chasiv Yar", status="hypothetical"),
            ],
        )
    ]
    preds = [
        predicted_event("bakhmut", "advance", "RU", "Bakhmut", "2023-05-10", status="reported"),
        predicted_event("bakhmut", "withdrawal", "RU", "Bakhmut", "2023-05-11", status="reported"),
        predicted_event("bakhmut", "withdrawal", "RU", "Chasiv Yar", status="hypothetical"),
    ]
    scores = score(gold, preds)
    assert scores.overall.f1 == 1.0
    assert (scores.side.agree, scores.side.pairs) == (2, 3)
    assert (scores.status.agree, scores.status.pairs) == (2, 3)
    assert (scores.date.agree, scores.date.pairs) == (2, 3)


def test_predictions_are_filed_by_id_file_name_or_text_hash(gold_event, predicted_event) -> None:
    gold = [
        GoldDocument(
            document=Document(id="003_bakhmut", text=REPORT),
            events=[gold_event("strike", "RU", "Kherson")],
            file="003_bakhmut.txt",
            origin="gold.jsonl:1",
        )
    ]
    preds = [
        predicted_event(Document.content_id(REPORT), "strike", "RU", "Kherson"),
        predicted_event("003_bakhmut.txt", "strike", "RU", "Kherson"),
        predicted_event("another-report", "strike", "RU", "Kherson"),
    ]
    scores = score(gold, preds)
    assert scores.overall.predicted == 2
    assert scores.overall.matched_gold == 1
    assert scores.ignored_predictions == 1


def test_matching_stays_within_a_document(gold_event, predicted_event) -> None:
    gold = [
        gold_doc("first", [gold_event("strike", "RU", "Kherson")], text="One report."),
        gold_doc("second", [], text="Another report."),
    ]
    scores = score(gold, [predicted_event("second", "strike", "RU", "Kherson")])
    assert scores.overall.matched_gold == 0
    assert [m.doc for m in scores.misses] == ["first"]
    assert [f.doc for f in scores.false_alarms] == ["second"]


def test_nothing_to_measure_is_none_not_zero(izyum_gold) -> None:
    scores = score(izyum_gold, [])
    assert scores.overall.recall == 0.0
    assert scores.overall.precision is None
    assert scores.overall.f1 == 0.0
    assert scores.status.value is None


def test_json_and_table_carry_the_same_figures(izyum_gold, predicted_event) -> None:
    preds = [predicted_event("izyum", "capture", "UA", "Izyum", "2022-09-10", status="claimed")]
    scores = score(izyum_gold, preds)
    data = json.loads(scores.to_json())
    assert data["overall"]["recall"] == pytest.approx(1 / 3)
    assert data["status"]["value"] == 1.0
    assert "misses" not in data
    assert len(json.loads(scores.to_json(errors=True))["misses"]) == 2
    table = scores.table()
    assert [c.header for c in table.columns][-1] == "F1"
    assert table.row_count == len(scores.per_type) + 4
