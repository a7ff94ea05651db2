"""Reading gold files, and the team's development gold of the five sample reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwatch.errors import GoldError
from frontwatch.evaluate import load_gold, load_predictions
from frontwatch.records import EVENT_TYPES, QUANTITY_KEYS, STATUS_PRECEDENCE

GOLD = Path(__file__).resolve().parents[2] / "gold" / "samples.jsonl"
PRECISIONS = {"exact", "near", "admin", "country"}
TIME_PRECISIONS = {"day", "week", "month", "year", "unknown"}

REPORT = "Russian forces shelled Kherson overnight, the regional governor said.\n"
EVENT = {
    "type": "strike",
    "actor": {"side": "RU"},
    "location": {
        "name": "Kherson",
        "canonical": "Kherson",
        "lat": 46.63695,
        "lon": 32.61458,
        "precision": "exact",
    },
    "time": {"text": "overnight", "date_start": "2024-03-02", "date_end": "2024-03-02"},
    "status": "claimed",
    "quantities": {},
}


def write_lines(path: Path, *lines: object) -> Path:
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
        encoding="utf-8",
    )
    return path


def test_a_line_with_text_is_used_as_it_is(tmp_path: Path) -> None:
    line = {"doc": {"id": "kh-1", "text": REPORT, "published": "2024-03-02"}, "events": [EVENT]}
    [doc] = load_gold(write_lines(tmp_path / "gold.jsonl", line))
    assert doc.document.text == REPORT
    assert doc.events[0].location.canonical == "Kherson"
    assert doc.origin.endswith("gold.jsonl:1")


def test_a_line_naming_a_file_reads_the_text_from_the_texts_folder(tmp_path: Path) -> None:
    texts = tmp_path / "reports"
    texts.mkdir()
    (texts / "kherson.txt").write_text(REPORT, encoding="utf-8")
    line = {"doc": {"file": "kherson.txt", "published": "2024-03-02"}, "events": [EVENT]}
    [doc] = load_gold(write_lines(tmp_path / "gold.jsonl", line), texts_dir=texts)
    assert doc.document.id == "kherson"
    assert doc.document.text == REPORT.strip()
    assert {"kherson", "kherson.txt"} <= doc.aliases()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"doc": {"id": "a", "text": "x"}, "events": [', "gold.jsonl:2: malformed JSON"),
        ({"events": []}, "gold.jsonl:2: a gold line needs a 'doc' object"),
        ({"doc": {"id": "a", "text": "x"}}, "gold.jsonl:2: a gold line needs an 'events' list"),
        ({"doc": {"id": "a"}, "events": []}, "neither 'text' nor 'file'"),
        ({"doc": {"file": "missing.txt"}, "events": []}, "cannot read the report text"),
        ({"doc": {"id": "a", "text": "x"}, "events": [{**EVENT, "type": "raid"}]}, "event 1: type"),
        ({"doc": {"id": "a", "text": "x"}, "events": [{**EVENT, "status": "rumour"}]}, "status"),
        (
            {
                "doc": {"id": "a", "text": "x"},
                "events": [{k: v for k, v in EVENT.items() if k != "status"}],
            },
            "status: Field required",
        ),
        ({"doc": {"id": "first", "text": "x"}, "events": []}, "'first' appears twice"),
    ],
)
def test_malformed_gold_names_the_file_and_line(tmp_path: Path, line: object, message: str) -> None:
    first = {"doc": {"id": "first", "text": REPORT}, "events": [EVENT]}
    path = write_lines(tmp_path / "gold.jsonl", first, line)
    with pytest.raises(GoldError, match=message) as caught:
        load_gold(path, texts_dir=tmp_path)
    assert str(caught.value).startswith(str(path))


def test_an_empty_gold_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n", encoding="utf-8")
    with pytest.raises(GoldError, match="no gold documents"):
        load_gold(path)


def test_predictions_must_be_contract_events(tmp_path: Path) -> None:
    good = {
        **EVENT,
        "id": "e1",
        "doc_id": "kh-1",
        "evidence": {"sentence": "s", "start": 0, "end": 1},
    }
    assert load_predictions(write_lines(tmp_path / "pred.jsonl", good))[0].type == "strike"
    with pytest.raises(GoldError, match=r"pred.jsonl:2: not a contract event: evidence"):
        load_predictions(
            write_lines(tmp_path / "pred.jsonl", good, EVENT | {"id": "e2", "doc_id": "x"})
        )


@pytest.fixture(scope="module")
def sample_gold(samples_dir: Path):
    return load_gold(GOLD, texts_dir=samples_dir)


def test_the_sample_gold_covers_every_sample_report(sample_gold, sample_manifest) -> None:
    assert {doc.file for doc in sample_gold} == set(sample_manifest)
    for doc in sample_gold:
        assert doc.document.published == sample_manifest[doc.file]["published"]
        assert len(doc.document.text) > 1000
        assert doc.events, f"{doc.file} has no gold events"


def test_every_sample_gold_event_follows_the_contract(sample_gold) -> None:
    for doc in sample_gold:
        published = doc.document.published
        for event in doc.events:
            where = f"{doc.file}: {event.type} at {event.location}"
            assert event.type in EVENT_TYPES, where
            assert event.status in STATUS_PRECEDENCE, where
            assert event.actor is not None and event.actor.side in {"UA", "RU", None}, where
            location = event.location
            assert location is not None and location.precision in PRECISIONS, where
            assert location.canonical and location.lat is not None and location.lon is not None
            assert 40 < location.lat < 60 and 25 < location.lon < 55, where
            assert event.time.precision in TIME_PRECISIONS, where
            if event.time.date_start is None:
                assert event.time.precision == "unknown", where
            else:
                assert event.time.date_start <= event.time.date_end <= published, where
            assert set(event.quantities) <= set(QUANTITY_KEYS), where
            assert event.note, where


def test_the_gold_copies_no_sentence_from_the_reports(samples_dir: Path) -> None:
    gold = " ".join(GOLD.read_text(encoding="utf-8").split()).casefold()
    run = 60
    for report in sorted(samples_dir.glob("*.txt")):
        text = " ".join(report.read_text(encoding="utf-8").split()).casefold()
        copied = {text[i : i + run] for i in range(len(text) - run + 1)} & {
            gold[i : i + run] for i in range(len(gold) - run + 1)
        }
        assert not copied, f"{report.name}: {sorted(copied)[:1]}"
