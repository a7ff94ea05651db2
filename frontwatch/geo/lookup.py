"""A gazetteer look-up for other stages: a name in, its candidate places out."""

from __future__ import annotations

from frontwatch.geo import gazetteer
from frontwatch.geo.keys import key
from frontwatch.geo.match import Match
from frontwatch.geo.resolve import COARSE_KINDS, prior
from frontwatch.records import PlaceMention


def lookup(name: str, country: str | None = None, limit: int = 10) -> list[PlaceMention]:
    """Places called ``name`` in any spelling, most likely first (optionally in one country).

    Offsets are 0..len(name): the result describes the name, not a span of a text.
    """
    index = gazetteer.load()
    name_key = key(name)
    places = index.candidates(name_key) or index.adjective_candidates(name_key)
    if country:
        places = tuple(p for p in places if p.country == country.upper())
    probe = Match(0, len(name), name, name_key, places, 0, 0)
    ranked = sorted(places, key=lambda p: -prior(p, probe))[:limit]
    return [
        PlaceMention(
            start=0,
            end=len(name),
            text=name,
            name=p.name,
            geonames_id=p.geonames_id,
            lat=p.lat,
            lon=p.lon,
            country=p.country,
            admin1=index.region_name(p),
            precision=COARSE_KINDS.get(p.kind, "exact"),
            score=round(prior(p, probe) / 2, 3),
            kind="settlement" if p.kind == "register" else p.kind,
        )
        for p in ranked
    ]
