"""Mentions of one event in one report become one event record.

A report names the same capture in its lead, its body and a quote; an ACLED coder
records it once. Two mentions are the same event when they have the same type (or a
capture and the other side's withdrawal from the same place told in the same or the
next paragraph, which the contract's scoring also treats as one), the same place, no
conflicting sides or dates, and both are facts or both are possibilities: a
prediction and the event itself are two things.

The merged status follows §4's precedence over the mentions' statuses, with one
reading of "claimed" ("attributed to a party ... and not endorsed by the author"): a
party's claim that the author also states in their own voice, or that an independent
source confirms anywhere in the report, is ``reported``.
"""

from __future__ import annotations

from datetime import date

from frontwatch.events.mention import Mention
from frontwatch.events.sides import OPPOSITE
from frontwatch.events.status import first_status
from frontwatch.records import Status, TimeSpan

#: How many paragraphs apart a capture and the other side's withdrawal may be told and
#: still be one event.
CROSSED_REACH = 1
HOW_RANK = {"syntax": 0, "anaphor": 1, "sentence": 2, "context": 3}


def _overlap(a: TimeSpan, b: TimeSpan) -> bool:
    if not (a.date_start and a.date_end and b.date_start and b.date_end):
        return True
    return date.fromisoformat(a.date_start) <= date.fromisoformat(b.date_end) and (
        date.fromisoformat(b.date_start) <= date.fromisoformat(a.date_end)
    )


def _sides_agree(a: str | None, b: str | None, opposite: bool) -> bool:
    if a is None or b is None:
        return True
    return (OPPOSITE.get(a) == b) if opposite else a == b


def same_event(a: Mention, b: Mention) -> bool:
    if a.placement.key != b.placement.key:
        return False
    if ("hypothetical" in a.statuses) != ("hypothetical" in b.statuses):
        return False
    crossed = {a.type, b.type} == {"capture", "withdrawal"}
    if a.type != b.type and not crossed:
        return False
    if crossed and abs(a.paragraph - b.paragraph) > CROSSED_REACH:
        # Told far apart, a capture and a withdrawal are different phases of the fight.
        return False
    if not _sides_agree(a.actor.side, b.actor.side, crossed):
        return False
    return not (a.time_stated and b.time_stated and not _overlap(a.time, b.time))


def group(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped by event, in the order each event is first mentioned."""
    groups: list[list[Mention]] = []
    for mention in mentions:
        for members in groups:
            if all(same_event(m, mention) for m in members):
                members.append(mention)
                break
        else:
            groups.append([mention])
    return groups


def status(members: list[Mention]) -> Status:
    statuses = set().union(*(m.statuses for m in members))
    endorsed = any(not m.statuses for m in members)
    if "claimed" in statuses and (endorsed or any(m.independent for m in members)):
        statuses.discard("claimed")
    return first_status(statuses)


def representative(members: list[Mention]) -> Mention:
    """The mention whose type, place and evidence stand for the event.

    A capture beats the other side's withdrawal from the same place (the record says
    who holds it now); among equals, the best-placed and then the first mention wins.
    """
    ranked = sorted(
        enumerate(members),
        key=lambda pair: (pair[1].type == "withdrawal", HOW_RANK[pair[1].placement.how], pair[0]),
    )
    return ranked[0][1]
