"""Choosing among namesakes when the text cannot tell them apart."""

from __future__ import annotations

from frontwatch.geo.gazetteer import Place
from frontwatch.geo.resolve import _densest_first


def _village(lat: float, lon: float) -> Place:
    return Place(None, "Vesele", lat, lon, "UA", "07", 0, "register")


def test_tied_namesakes_yield_the_one_among_the_most_others() -> None:
    """Three of four Veseles lie within a few km of each other: naming one of them
    is right more often than naming the lone one, which a stable sort put first."""
    lone = _village(49.67, 36.24)
    cluster = [_village(50.16, 36.54), _village(50.21, 36.48), _village(50.13, 36.60)]
    ranked = [(1.0, lone), *((1.0, v) for v in cluster)]
    chosen = _densest_first(ranked)
    assert chosen[0][1] in cluster
    assert {p for _, p in chosen} == {lone, *cluster}


def test_a_better_scored_namesake_is_never_displaced() -> None:
    best = _village(49.67, 36.24)
    cluster = [_village(50.16, 36.54), _village(50.21, 36.48), _village(50.13, 36.60)]
    ranked = [(1.2, best), *((1.0, v) for v in cluster)]
    assert _densest_first(ranked)[0][1] == best
