"""JSON Lines documents: the contract's fields, given ids kept, bad lines reported alone."""

from __future__ import annotations

import json

from frontwatch.records import Document

FIRST = {
    "id": "ua-gs-2024-03-02",
    "text": "Russian forces attacked near Avdiivka eleven times over the past day; all assaults "
    "were repelled, the General Staff reported.",
    "title": "General Staff morning update",
    "url": "https://example.org/gs/2024-03-02",
    "outlet": "General Staff of the AFU",
    "published": "2024-03-02T08:00:00+02:00",
    "language": "en",
    "tags": ["donetsk"],
}
SECOND = {
    "text": "Ukrainian air defence shot down most of the drones launched at Odesa overnight, "
    "the southern command said, but debris damaged a port warehouse.",
    "published": "2 March 2024",
}


def lines(*rows: object) -> str:
    return "\n".join(row if isinstance(row, str) else json.dumps(row) for row in rows) + "\n"


def test_documents_keep_their_fields_and_ids(ingest):
    first, second = ingest("feed.jsonl", lines(FIRST, SECOND))
    assert first.id == "ua-gs-2024-03-02"
    assert first.title == "General Staff morning update"
    assert first.outlet == "General Staff of the AFU"
    assert first.published == "2024-03-02T08:00:00+02:00"
    assert first.origin.endswith("feed.jsonl#line=1")
    assert second.id == Document.content_id(SECOND["text"])
    assert second.published == "2024-03-02"
    assert second.language == "en"
    assert second.origin.endswith("#line=2")


def test_numeric_ids_become_strings(ingest):
    [document] = ingest("one.jsonl", lines({**FIRST, "id": 4471}))
    assert document.id == "4471"


def test_a_bad_line_is_a_problem_and_the_others_proceed(ingest, split):
    items = ingest(
        "mixed.jsonl",
        lines(FIRST, '{"text": "Kherson was shelled again", ', "", [1, 2], {"title": "x"}, SECOND),
    )
    documents, problems = split(items)
    assert [d.id for d in documents] == ["ua-gs-2024-03-02", Document.content_id(SECOND["text"])]
    assert [p.message.split(":")[0] for p in problems] == ["line 2", "line 4", "line 5"]
    assert problems[0].message.startswith("line 2: malformed JSON")
    assert problems[1].message == "line 4: not a JSON object with a `text` field"
    assert problems[2].message == "line 5: no text"
    assert all(p.path.endswith("mixed.jsonl") for p in problems)


def test_bad_field_values_are_problems(ingest, split):
    items = ingest(
        "fields.jsonl",
        lines(
            {**SECOND, "published": "spring 2024"},
            {**SECOND, "language": "Ukrainian"},
            {**SECOND, "title": ["a", "list"]},
        ),
    )
    documents, problems = split(items)
    assert documents == []
    assert "line 1: published date 'spring 2024' is not" in problems[0].message
    assert "line 2: language 'Ukrainian' is not an ISO 639-1 code" in problems[1].message
    assert "line 3: title" in problems[2].message
