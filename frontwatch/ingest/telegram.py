"""Telegram Desktop channel exports (``result.json``): each text message a document.

Service messages (channel created, pinned message ...) and media without a caption
are skipped. A message without its ``id``, ``date`` or ``text`` is a problem named by
its place in the ``messages`` list; the other messages are still read.

Links: ``https://t.me/<username>/<id>`` when the export names the channel's
username (Telegram Desktop omits it; some tools add it). Otherwise channels and
supergroups get ``https://t.me/c/<channel id>/<id>``, the link Telegram itself
gives for a message, which opens for anyone who can see the channel; other chats
have no message links, so their url stays ``None``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from frontwatch.errors import InputError
from frontwatch.ingest.metadata import MetadataError, build
from frontwatch.records import Document, Problem

_LINKED_TYPES = ("public_channel", "private_channel", "public_supergroup", "private_supergroup")
_REQUIRED = ("id", "date", "text")


def parse(text: str, origin: str) -> Iterator[Document | Problem]:
    try:
        export = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(origin, f"malformed JSON: {error.msg} (line {error.lineno})") from error
    except RecursionError as error:
        raise InputError(origin, "malformed JSON: nested too deeply") from error
    if not isinstance(export, dict) or not isinstance(export.get("messages"), list):
        raise InputError(origin, "not a Telegram Desktop export: no `messages` list")
    channel = export.get("id")
    if isinstance(channel, bool) or not isinstance(channel, int | str) or channel == "":
        raise InputError(origin, "Telegram export without the chat's `id`")
    read_any = False
    for index, message in enumerate(export["messages"]):
        try:
            document = _document(export, message, origin)
        except MetadataError as error:
            read_any = True
            yield Problem(path=origin, message=f"messages[{index}]: {error}")
            continue
        if document is not None:
            read_any = True
            yield document
    if not read_any:
        raise InputError(origin, "the Telegram export has no messages with text")


def _document(export: dict[str, Any], message: object, origin: str) -> Document | None:
    if not isinstance(message, dict):
        raise MetadataError("not a message object")
    if message.get("type", "message") != "message":
        return None
    if "text" not in message and "text_entities" in message:
        message = {**message, "text": message["text_entities"]}
    missing = [name for name in _REQUIRED if message.get(name) is None]
    if missing:
        raise MetadataError("missing " + ", ".join(f"`{name}`" for name in missing))
    text = _flatten(message["text"])
    if not text.strip():
        return None
    number = message["id"]
    if isinstance(number, bool) or not isinstance(number, int | str):
        raise MetadataError(f"message id {number!r} is not a number")
    return build(
        {
            "id": f"tg-{export['id']}-{number}",
            "text": text,
            "outlet": export.get("name"),
            "url": _link(export, number),
            "published": message["date"],
        },
        f"{origin}#message={number}",
    )


def _flatten(text: object) -> str:
    """A message's text: a string, or a list of strings and entity objects with their text."""
    if isinstance(text, str):
        return text
    if not isinstance(text, list):
        raise MetadataError("`text` is neither a string nor a list of parts")
    parts = []
    for part in text:
        value = part.get("text") if isinstance(part, dict) else part
        if not isinstance(value, str):
            raise MetadataError(f"a `text` part of type {type(part).__name__} has no text")
        parts.append(value)
    return "".join(parts)


def _link(export: dict[str, Any], number: int | str) -> str | None:
    username = export.get("username")
    if isinstance(username, str) and username.strip("@ "):
        return f"https://t.me/{username.strip('@ ')}/{number}"
    if export.get("type") in _LINKED_TYPES:
        return f"https://t.me/c/{export['id']}/{number}"
    return None
