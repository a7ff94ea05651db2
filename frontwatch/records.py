"""The typed records that pass between frontwatch's stages.

They mirror the event contract (``shared/spec/events.md``) field for field, so that
a record serialised with :meth:`Event.to_json` *is* a contract line and a gold
file can be read straight back into the same classes. Pydantic is used rather than
plain dataclasses because every stage boundary is also a trust boundary (JSON Lines
from users, rows from the store) and validation there is the point.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal[
    "capture",
    "withdrawal",
    "encirclement",
    "advance",
    "clash",
    "strike",
    "casualties",
    "prisoners",
    "equipment_loss",
    "cyber",
    "sabotage",
    "negotiation",
]
EVENT_TYPES: tuple[str, ...] = get_args(EventType)

Status = Literal["reported", "claimed", "unverified", "hypothetical", "denied"]
#: Precedence of §4: when several statuses apply, the first one wins.
STATUS_PRECEDENCE: tuple[str, ...] = ("denied", "hypothetical", "unverified", "claimed", "reported")

TargetKind = Literal[
    "rail",
    "energy",
    "fuel",
    "airbase",
    "port",
    "bridge",
    "command",
    "air_defense",
    "radar",
    "ammunition",
    "military",
    "industry",
    "civilian",
    "other",
]
TARGET_KINDS: tuple[str, ...] = get_args(TargetKind)
PlacePrecision = Literal["exact", "near", "admin", "country"]
TimePrecision = Literal["day", "week", "month", "year", "unknown"]
Qualifier = Literal["exact", "approx", "at_least", "at_most"]
QUANTITY_KEYS: tuple[str, ...] = (
    "killed",
    "wounded",
    "captured",
    "trapped",
    "distance_km",
    "duration_days",
    "area_km2",
    "count",
)


class Record(BaseModel):
    """Base for all records: strict about unknown fields, cheap to copy."""

    model_config = ConfigDict(extra="forbid", frozen=False)

    def to_json(self) -> str:
        return self.model_dump_json(exclude_none=False)


class Document(Record):
    """One report (contract §1)."""

    model_config = ConfigDict(extra="ignore")

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    #: Where the document was read from (a path, ``-``, or a path plus a message id).
    origin: str | None = None

    @staticmethod
    def content_id(text: str) -> str:
        """A stable id from the text alone, so re-ingesting a report changes nothing."""
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class PlaceMention(Record):
    """A place named in a text, resolved against the gazetteer (issue: geoparser)."""

    start: int
    end: int
    text: str
    name: str
    geonames_id: int | None = None
    lat: float
    lon: float
    country: str | None = None
    admin1: str | None = None
    precision: PlacePrecision = "exact"
    score: float = 1.0
    #: Feature kind: settlement, admin, country, area, river, infrastructure ...
    kind: str = "settlement"
    alternatives: list[PlaceMention] = Field(default_factory=list)

    def public(self) -> dict[str, Any]:
        """The fields that ``frontwatch geocode`` prints for each place."""
        return self.model_dump(
            include={
                "start",
                "end",
                "text",
                "name",
                "geonames_id",
                "lat",
                "lon",
                "country",
                "admin1",
                "precision",
                "score",
            }
        )


class Actor(Record):
    side: str | None = None
    name: str | None = None


class Target(Record):
    side: str | None = None
    name: str | None = None
    kind: TargetKind | None = None


class Location(Record):
    """Where an event happened (contract §5)."""

    name: str | None = None
    canonical: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    country: str | None = None
    precision: PlacePrecision | None = None

    @classmethod
    def from_place(cls, place: PlaceMention, precision: PlacePrecision | None = None) -> Location:
        return cls(
            name=place.text,
            canonical=place.name,
            geonames_id=place.geonames_id,
            lat=place.lat,
            lon=place.lon,
            admin1=place.admin1,
            country=place.country,
            precision=precision or place.precision,
        )


class TimeSpan(Record):
    """When an event happened (contract §6)."""

    text: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    precision: TimePrecision = "unknown"


class Quantity(Record):
    value: float
    qualifier: Qualifier = "exact"


class Evidence(Record):
    sentence: str
    start: int
    end: int


class Event(Record):
    """One event record (contract §2)."""

    id: str
    doc_id: str
    type: EventType
    actor: Actor | None = None
    target: Target | None = None
    location: Location | None = None
    time: TimeSpan = Field(default_factory=TimeSpan)
    status: Status = "reported"
    sources: list[str] = Field(default_factory=list)
    quantities: dict[str, Quantity] = Field(default_factory=dict)
    evidence: Evidence
    confidence: float | None = None


class Problem(Record):
    """A user-facing problem with one input: printed as one line, never a traceback."""

    path: str
    message: str
    code: str = "input"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class EventQuery(Record):
    """Filters over stored events, shared by the store, the web API and exports.

    Every field is optional; an empty query selects every event. Dates are ISO
    strings compared against the event's ``date_start``/``date_end`` range
    (an event matches when its range overlaps ``[date_from, date_to]``).
    """

    date_from: str | None = None
    date_to: str | None = None
    #: (west, south, east, north) in degrees.
    bbox: tuple[float, float, float, float] | None = None
    types: list[str] = Field(default_factory=list)
    statuses: list[str] = Field(default_factory=list)
    sides: list[str] = Field(default_factory=list)
    source: str | None = None
    text: str | None = None
    doc_id: str | None = None
    limit: int | None = None
    offset: int = 0
