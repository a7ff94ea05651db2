"""Telegram Desktop channel exports: each text message a document with date, channel and link."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def export() -> dict:
    """A channel export the way Telegram Desktop writes it (``result.json``)."""
    return {
        "name": "Frontline Notes",
        "type": "public_channel",
        "id": 1733402190,
        "messages": [
            {
                "id": 1,
                "type": "service",
                "date": "2024-02-10T09:00:00",
                "actor": "Frontline Notes",
                "action": "create_channel",
                "text": "",
                "text_entities": [],
            },
            {
                "id": 2,
                "type": "message",
                "date": "2024-02-17T07:42:13",
                "date_unixtime": "1708148533",
                "from": "Frontline Notes",
                "text": [
                    {"type": "bold", "text": "Avdiivka:"},
                    " Ukrainian units have left the town and moved to prepared lines, the ",
                    {"type": "text_link", "text": "commander", "href": "https://example.org/c"},
                    " said overnight. ",
                    {"type": "hashtag", "text": "#Donetsk"},
                ],
                "text_entities": [],
            },
            {
                "id": 3,
                "type": "message",
                "date": "2024-02-17T08:05:00",
                "photo": "photos/photo_3.jpg",
                "text": "",
                "text_entities": [],
            },
            {
                "id": 4,
                "type": "message",
                "date": "2024-02-17T11:20:00",
                "text": "Russian aircraft dropped glide bombs on Lastochkyne and Orlivka.",
                "text_entities": [],
            },
        ],
    }


def test_text_messages_become_documents(ingest, export):
    first, second = ingest("result.json", json.dumps(export, ensure_ascii=False, indent=1))
    assert first.id == "tg-1733402190-2"
    assert first.text == (
        "Avdiivka: Ukrainian units have left the town and moved to prepared lines, "
        "the commander said overnight. #Donetsk"
    )
    assert first.outlet == "Frontline Notes"
    assert first.published == "2024-02-17T07:42:13"
    assert first.url == "https://t.me/c/1733402190/2"
    assert first.language == "en"
    assert first.origin.endswith("result.json#message=2")
    assert second.id == "tg-1733402190-4"
    assert second.published == "2024-02-17T11:20:00"


def test_a_username_gives_public_links(ingest, export):
    export["username"] = "@frontline_notes"
    first, _ = ingest("result.json", json.dumps(export))
    assert first.url == "https://t.me/frontline_notes/2"


def test_text_entities_stand_in_for_a_missing_text(ingest, export):
    message = export["messages"][3]
    del message["text"]
    message["text_entities"] = [{"type": "plain", "text": "Glide bombs hit Orlivka again."}]
    _, second = ingest("result.json", json.dumps(export))
    assert second.text == "Glide bombs hit Orlivka again."


def test_messages_with_missing_fields_are_problems(ingest, split, export):
    del export["messages"][1]["date"]
    export["messages"].append({"type": "message", "text": "Shelling near Kupiansk."})
    export["messages"].append("not a message")
    documents, problems = split(ingest("result.json", json.dumps(export)))
    assert [d.id for d in documents] == ["tg-1733402190-4"]
    assert [p.message for p in problems] == [
        "messages[1]: missing `date`",
        "messages[4]: missing `id`, `date`",
        "messages[5]: not a message object",
    ]
    assert all(p.path.endswith("result.json") for p in problems)


def test_an_export_without_messages_is_a_problem(ingest, export):
    del export["messages"]
    [problem] = ingest("result.json", json.dumps(export))
    assert problem.message == "not a Telegram Desktop export: no `messages` list"


def test_an_export_without_the_chat_id_is_a_problem(ingest, export):
    del export["id"]
    [problem] = ingest("result.json", json.dumps(export))
    assert problem.message == "Telegram export without the chat's `id`"


def test_a_truncated_export_is_a_problem_with_its_line(ingest, export):
    text = json.dumps(export, indent=1)
    [problem] = ingest("result.json", text[: len(text) // 2])
    assert problem.message.startswith("malformed JSON")
    assert "(line " in problem.message
