"""Hand-written events for export tests: a capture, a rail strike, losses, an unplaced
talk, and one event whose text is hostile markup."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pyogrio
import pytest
import shapely

from frontwatch.records import (
    Actor,
    Document,
    Event,
    Evidence,
    Location,
    Quantity,
    Target,
    TimeSpan,
)

TEXT = (
    "Soldiers of the 77th Brigade raised the Ukrainian flag over central Kupiansk on "
    "Friday, the brigade said. Drones struck the Bataisk rail terminal outside "
    "Rostov-on-Don overnight, Russian Telegram channels reported. Ukraine's General "
    "Staff said over 1,000 Russian troops had been killed near Pokrovsk since Monday. "
    "Envoys may meet in Istanbul to discuss a ceasefire, a Turkish official hinted. "
    'A post shared by the channel read <script>alert("x")</script> & "Kupiansk is ours"'
    "\x0b, which could not be verified."
)


@pytest.fixture
def document() -> Document:
    return Document(
        id="front-2025-12-13",
        text=TEXT,
        title="Kupiansk flag, Rostov rail strike",
        url="https://frontline.example.org/2025/12/13/kupiansk?utm=a&b=<c>",
        outlet="Frontline Digest",
        published="2025-12-13",
        language="en",
    )


@pytest.fixture
def events(
    document: Document,
    place: Callable[[str, str], Location],
    evidence: Callable[[str, str, str], Evidence],
) -> list[Event]:
    cite = partial(evidence, TEXT)
    kupiansk = place("Kupiansk", "exact")
    friday = TimeSpan(
        text="on Friday", date_start="2025-12-12", date_end="2025-12-12", precision="day"
    )
    return [
        Event(
            id=f"{document.id}:1",
            doc_id=document.id,
            type="capture",
            actor=Actor(side="UA", name="77th Brigade"),
            location=kupiansk,
            time=friday,
            sources=["77th Brigade"],
            evidence=cite("Soldiers of", "brigade said."),
            confidence=0.81,
        ),
        Event(
            id=f"{document.id}:2",
            doc_id=document.id,
            type="strike",
            actor=Actor(side="UA"),
            target=Target(side="RU", name="Bataisk rail terminal", kind="rail"),
            location=place("Rostov-on-Don", "near"),
            time=TimeSpan(
                text="overnight", date_start="2025-12-13", date_end="2025-12-13", precision="day"
            ),
            status="unverified",
            sources=["Russian Telegram channels"],
            evidence=cite("Drones struck", "channels reported."),
            confidence=0.6,
        ),
        Event(
            id=f"{document.id}:3",
            doc_id=document.id,
            type="casualties",
            actor=Actor(side="UA"),
            target=Target(side="RU", name="Russian troops"),
            location=place("Pokrovsk", "near"),
            time=TimeSpan(
                text="since Monday",
                date_start="2025-12-08",
                date_end="2025-12-13",
                precision="week",
            ),
            status="claimed",
            sources=["General Staff of Ukraine"],
            quantities={"killed": Quantity(value=1000, qualifier="at_least")},
            evidence=cite("Ukraine's General", "since Monday."),
            confidence=0.5,
        ),
        Event(
            id=f"{document.id}:4",
            doc_id=document.id,
            type="negotiation",
            status="hypothetical",
            evidence=cite("Envoys may", "official hinted."),
        ),
        Event(
            id=f"{document.id}:5",
            doc_id=document.id,
            type="capture",
            actor=Actor(side="UA"),
            location=kupiansk,
            time=friday,
            status="unverified",
            sources=["<b>Telegram</b> & co"],
            evidence=cite("A post shared", "could not be verified."),
        ),
    ]


class OgrLayer:
    """A file read through GDAL (pyogrio's Arrow reader): attributes and shapely geometries."""

    def __init__(self, path: object) -> None:
        self.driver = pyogrio.read_info(path)["driver"]
        meta, table = pyogrio.read_arrow(path)
        geometry = meta["geometry_name"] or "wkb_geometry"
        self.frame = table.drop_columns([geometry]).to_pandas()
        column = table.column(geometry).to_pylist()
        self.geometries = [shapely.from_wkb(g) if g is not None else None for g in column]

    def __len__(self) -> int:
        return len(self.frame)


@pytest.fixture
def read_ogr() -> type[OgrLayer]:
    return OgrLayer
