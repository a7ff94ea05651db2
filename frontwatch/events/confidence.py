"""The one place where an event's ``confidence`` is computed.

``confidence`` is the system's own belief that the event happened as recorded. It
starts from how firmly the report stands behind it (§4: a stated fact is worth more
than a party's claim, a hedge, a condition or a denial) and is lowered for each
part that the extractor had to guess: a place taken from an earlier sentence or only
sharing the sentence, an unknown side, no time expression. Each further mention of
the same event in the report raises it a little. The numbers are plain priors chosen
by hand, not fitted; they order events, they are not calibrated probabilities.
"""

from __future__ import annotations

BY_STATUS = {
    "reported": 0.85,
    "claimed": 0.65,
    "unverified": 0.5,
    "hypothetical": 0.2,
    "denied": 0.1,
}
BY_PLACEMENT = {"syntax": 1.0, "anaphor": 0.85, "sentence": 0.8, "context": 0.7}


def confidence(
    status: str,
    placement: str,
    place_score: float,
    side_known: bool,
    time_stated: bool,
    mentions: int,
) -> float:
    value = BY_STATUS[status] * BY_PLACEMENT[placement]
    value *= 0.75 + 0.25 * max(0.0, min(1.0, place_score))
    if not side_known:
        value *= 0.85
    if not time_stated:
        value *= 0.95
    value += 0.05 * min(3, mentions - 1)
    return round(max(0.0, min(1.0, value)), 3)
