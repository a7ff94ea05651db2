"""Choosing which of the places that share a name a text means.

Each candidate gets a score from independent signals, the way an analyst reads:
its size (population), whether the matched name is its own name or only an
alternate, the region the text states for it ("Pokrovka, Luhansk region", "in the
Kharkiv region"), the story's country, and its distance to the other places of the
same text (least spread). Resolution runs twice: a first choice by the prior alone,
then a second with the document's context taken from the confident first choices.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from frontwatch.geo.gazetteer import Place
from frontwatch.geo.keys import key
from frontwatch.geo.recognize import Match

KIND_PRIOR = {
    "country": 0.9,
    "admin": 0.45,
    "area": 0.5,
    "river": 0.2,
    "infrastructure": 0.2,
    "settlement": 0.0,
    "register": -0.15,
}
MAX_CANDIDATES = 60


@dataclass
class Resolved:
    match: Match
    ranked: list[tuple[float, Place]]

    @property
    def best(self) -> Place:
        return self.ranked[0][1]

    @property
    def margin(self) -> float:
        if len(self.ranked) < 2:
            return 1.0
        return self.ranked[0][0] - self.ranked[1][0]


def distance_km(a: Place, lat: float, lon: float) -> float:
    """Great-circle distance (haversine): a few lines, no library needed."""
    p1, p2 = math.radians(a.lat), math.radians(lat)
    dp, dl = p2 - p1, math.radians(lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def prior(place: Place, match: Match) -> float:
    score = math.log10(place.population + 10) / 7 + KIND_PRIOR.get(place.kind, 0.0)
    if key(place.name) == match.key:
        score += 0.25
    return score


@dataclass
class Context:
    countries: defaultdict[str, float]
    regions: set[tuple[str, str]]
    points: list[tuple[float, float, int]]

    def score(self, place: Place, own: int) -> float:
        total = sum(self.countries.values())
        score = 0.0
        if total and place.country:
            score += 0.6 * self.countries[place.country] / total
        if place.country and place.admin1 and (place.country, place.admin1) in self.regions:
            score += 0.5
        near = [distance_km(place, lat, lon) for lat, lon, i in self.points if i != own]
        if near and place.kind in ("settlement", "register", "infrastructure"):
            near.sort()
            closest = near[: max(1, len(near) // 2 + 1)]
            score += 0.5 * sum(math.exp(-d / 250.0) for d in closest) / len(closest)
        return score


def _context(first: Sequence[Resolved], stated: set[tuple[str, str]]) -> Context:
    countries: defaultdict[str, float] = defaultdict(float)
    points: list[tuple[float, float, int]] = []
    regions = set(stated)
    for index, resolved in enumerate(first):
        place = resolved.best
        weight = 1.0 if resolved.margin > 0.15 or len(resolved.ranked) == 1 else 0.3
        if place.country:
            countries[place.country] += weight
        if place.kind == "admin" and place.country and place.admin1:
            regions.add((place.country, place.admin1))
        if weight == 1.0 and place.kind not in ("country", "admin", "area"):
            points.append((place.lat, place.lon, index))
    return Context(countries, regions, points)


def _stated_regions(matches: Sequence[Match]) -> dict[int, set[tuple[str, str]]]:
    """Regions stated right after a place ('Pokrovka, Donetsk region'), by match index."""
    stated: dict[int, set[tuple[str, str]]] = {}
    for i in range(len(matches) - 1):
        here, after = matches[i], matches[i + 1]
        if after.start - here.end > 3:
            continue
        regions = {
            (p.country, p.admin1)
            for p in after.candidates
            if p.kind == "admin" and p.country and p.admin1
        }
        countries = {(p.country, "") for p in after.candidates if p.kind == "country" and p.country}
        if regions or countries:
            stated[i] = regions | countries
    return stated


def resolve(matches: Sequence[Match]) -> list[Resolved]:
    """Rank every match's candidates; the same name gets the same place throughout."""
    pools = [sorted(m.candidates, key=lambda p: -p.population)[:MAX_CANDIDATES] for m in matches]
    first = [
        Resolved(m, sorted(((prior(p, m), p) for p in pool), key=lambda x: -x[0]))
        for m, pool in zip(matches, pools, strict=True)
    ]
    stated_after = _stated_regions(matches)
    stated_all = {r for rs in stated_after.values() for r in rs if r[1]}
    context = _context(first, stated_all)
    final: list[Resolved] = []
    chosen: dict[str, Resolved] = {}
    for index, (match, pool) in enumerate(zip(matches, pools, strict=True)):
        local = stated_after.get(index, set())
        ranked = []
        for place in pool:
            score = prior(place, match) + context.score(place, index)
            if (place.country, place.admin1) in local:
                score += 1.0
            elif (place.country, "") in local:
                score += 0.8
            ranked.append((score, place))
        ranked.sort(key=lambda x: -x[0])
        resolved = Resolved(match, ranked)
        if match.key in chosen and not local:
            resolved = Resolved(match, chosen[match.key].ranked)
        else:
            chosen.setdefault(match.key, resolved)
        final.append(resolved)
    return final
