"""Synthetic events for load tests: many plausible records, no real reports needed.

Sentences are assembled from a few templates so that evidence offsets are real and
text search has something to match; places spread over the front line area.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import get_args

from frontwatch.records import (
    Actor,
    Document,
    Event,
    EventType,
    Evidence,
    Location,
    Status,
    TimeSpan,
)
from frontwatch.store import Store

TOWNS = (
    ("Kupiansk", 49.7106, 37.6156),
    ("Lyman", 48.9886, 37.8022),
    ("Bakhmut", 48.5948, 38.0003),
    ("Toretsk", 48.3978, 37.8471),
    ("Pokrovsk", 48.2819, 37.1758),
    ("Vuhledar", 47.7808, 37.2497),
    ("Huliaipole", 47.6637, 36.2564),
    ("Orikhiv", 47.5676, 35.7849),
    ("Kherson", 46.6354, 32.6169),
    ("Vovchansk", 50.2907, 36.9410),
)
TYPES: tuple[EventType, ...] = get_args(EventType)
STATUSES: tuple[Status, ...] = (
    ("reported",) * 5 + ("claimed",) * 3 + ("unverified", "hypothetical", "denied")
)
SIDES = ("UA", "RU")
FIRST_DAY = dt.date(2022, 2, 24)
DAYS = 1400


def synthetic_store(path: Path, n_events: int, per_document: int = 50, seed: int = 7) -> Store:
    """A new store at ``path`` with ``n_events`` events in documents of ``per_document``."""
    rng = random.Random(seed)
    store = Store(path)
    for number in range(0, n_events, per_document):
        doc_id = f"synthetic-{number // per_document:05d}"
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        sentences: list[str] = []
        events: list[Event] = []
        offset = 0
        for index in range(min(per_document, n_events - number)):
            town, lat, lon = rng.choice(TOWNS)
            kind = rng.choice(TYPES)
            side = rng.choice(SIDES)
            sentence = f"Forces of side {side} were involved in a {kind} near {town} on {day}."
            when = day - dt.timedelta(days=rng.randrange(3))
            events.append(
                Event(
                    id=f"{doc_id}:e{index}",
                    doc_id=doc_id,
                    type=kind,
                    actor=Actor(side=side),
                    location=Location(
                        name=town,
                        canonical=town,
                        lat=lat + rng.uniform(-0.25, 0.25),
                        lon=lon + rng.uniform(-0.25, 0.25),
                        country="UA",
                        precision="near",
                    ),
                    time=TimeSpan(date_start=str(when), date_end=str(when), precision="day"),
                    status=rng.choice(STATUSES),
                    sources=[
                        rng.choice(("DeepState", "General Staff", "Russian Defense Ministry"))
                    ],
                    evidence=Evidence(sentence=sentence, start=offset, end=offset + len(sentence)),
                    confidence=round(rng.uniform(0.3, 0.95), 2),
                )
            )
            sentences.append(sentence)
            offset += len(sentence) + 1
        text = " ".join(sentences)
        store.add(
            Document(
                id=doc_id,
                text=text,
                title=f"Synthetic bulletin {doc_id}",
                published=str(day),
                language="en",
            ),
            events,
        )
    return store
