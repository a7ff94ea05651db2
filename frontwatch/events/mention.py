"""One statement of an event in one sentence, before mentions of the same event merge."""

from __future__ import annotations

from dataclasses import dataclass, field

from frontwatch.events.locate import Placement
from frontwatch.records import Actor, EventType, Evidence, Quantity, Target, TimeSpan


@dataclass
class Mention:
    type: EventType
    anchor: int
    sentence: int
    paragraph: int
    evidence: Evidence
    placement: Placement
    actor: Actor
    target: Target | None
    time: TimeSpan
    #: True when a time expression of the sentence gave the time.
    time_stated: bool
    statuses: set[str]
    sources: list[str]
    #: A party's claim confirmed by an independent source somewhere in the report.
    independent: bool = False
    quantities: dict[str, Quantity] = field(default_factory=dict)
