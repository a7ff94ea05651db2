"""Villages placed at the railway stop named after them.

GeoNames lists no Russian or Belarusian place of under 500 people, yet reports of
shelling across the border name exactly those: Soloti, Printsevka, Kozinka. Most
such villages have a railway stop named after them, and the stops are mapped
(OpenStreetMap points joined to the railways' station codes, in the shared
folder). A stop's name is taken as its village's when it reads like one: no
kilometre posts, sidings or yards, no adjective names such as "Lesnaya".

Like the Ukrainian register and the US post towns, these entries are secondary:
the gazetteer drops one where it is a GeoNames place of its region listed again
(see ``gazetteer._twins``), so only the villages GeoNames lacks are added, each in
the region of the GeoNames town nearest it.

Ukraine's register lists every village, but only at its community's centroid; a
stop of the village's name near that centroid places it far better.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import iuliia
from scipy.spatial import cKDTree

from frontwatch.geo import people
from frontwatch.geo.evaluate import km
from frontwatch.geo.keys import keys, romanisations, skeleton
from frontwatch.geo.sources import Entry

#: The countries whose villages this source adds (Ukraine's come from its register).
COUNTRIES = frozenset({"RU", "BY"})
#: The tariff guide's region of Crimea's stops, whose towns GeoNames and the register
#: list as Ukraine's: read as Russian villages, they were Krasnodar Krai's twins of
#: Feodosia and Dzhankoi.
CRIMEA_REGION = "RU-CR"
#: Station codes (ESR) of the Belarusian Railway begin with these two digits.
BELARUS_CODES = ("13", "14", "15", "16")
#: One or two capitalised Cyrillic words: "Soloti", "Molochnye Dvory".
_VILLAGE_NAME = re.compile(r"^[А-ЯЁ][а-яё]{3,}(?: [А-ЯЁ][а-яё]+)?$")
#: Words of a stop's own name, not a village's: halts, sidings, posts, yards.
_STOP_WORDS = re.compile(
    r"(?i)платформ|разъезд|пост|парк|депо|пункт|станци|завод|узел|сортир|пассаж|товар"
    r"|карьер|пристан|путев|мост|вокзал|бригад|шоссе"
)
#: How far (km) from its community's centroid a register village's stop may lie:
#: most communities are 10 to 30 km across.
REGISTER_STOP_KM = 20.0
#: A one-word name that is an adjective ("Lesnaya", "Yuzhny") names the stop itself.
_ADJECTIVE = re.compile(r"(?:ая|яя|ый|ий|ой)$")


def village_name(name: str) -> bool:
    """Whether a railway stop's name can be its village's."""
    return _plain_name(name) and (" " in name or not _ADJECTIVE.search(name))


def _plain_name(name: str) -> bool:
    return bool(_VILLAGE_NAME.match(name)) and not _STOP_WORDS.search(name)


def railway_villages(shared: Path) -> Iterator[Entry]:
    """Russian stops of the CIS tariff guide's network (GPL-3.0 data with ODbL
    points) and Belarusian stops of the OSM station-code table (ODbL).

    A one-word name that reads as an English word or a person's name in any
    romanisation ("Mark", "Delta", "Siren") is left out, as the US post towns are:
    a village of a few hundred cannot outweigh that reading in English text.
    """
    taken = people.words_and_names()
    rail = shared / "data" / "rail"
    russian = rail / "ru_tr4_nodes.geojson"
    if russian.is_file():
        for feature in json.loads(russian.read_text("utf-8"))["features"]:
            region = feature["properties"].get("region") or ""
            if feature["geometry"] and region.startswith("RU-") and region != CRIMEA_REGION:
                lon, lat = feature["geometry"]["coordinates"][:2]
                yield from _village(feature["properties"]["name"], lat, lon, "RU", taken)
    codes = rail / "esr_osm_sbin_2020" / "osm2esr.csv"
    if codes.is_file():
        with codes.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter=";"):
                if row["esr"].startswith(BELARUS_CODES):
                    lat, lon = float(row["lat"]), float(row["lon"])
                    yield from _village(row["name"], lat, lon, "BY", taken)


def _village(
    name: str, lat: float, lon: float, country: str, taken: Callable[[str], bool]
) -> Iterator[Entry]:
    if not village_name(name):
        return
    if " " not in name and any(taken(spelling) for spelling in romanisations(name)):
        return
    yield Entry(
        name=iuliia.WIKIPEDIA.translate(name),
        lat=lat,
        lon=lon,
        country=country,
        names={name},
        adjectival=False,
        secondary=True,
    )


def on_their_stops(register: Iterable[Entry], shared: Path) -> Iterator[Entry]:
    """Ukraine's register villages, each moved from its community's centroid to the
    stop of its name, where exactly one lies within ``REGISTER_STOP_KM`` and no other
    village of the community shares the name; such a village is then a settlement
    at a point (precision ``exact``). Checked on the 655 GeoNames also lists:
    the stop lies a median 1.4 km from GeoNames' point (5 km at the 90th
    percentile), the centroid 5.6 km (13 km)."""
    stops = _ukrainian_stops(shared)
    villages = list(register)
    # A community's villages share its centroid, which therefore stands for it.
    in_community = Counter((s, v.lat, v.lon) for v in villages for s in _skeletons(v))
    for village in villages:
        names = _skeletons(village)
        if not any(in_community[(s, village.lat, village.lon)] > 1 for s in names):
            near = {
                point
                for s in names
                for point in stops.get(s, ())
                if km(*point, village.lat, village.lon) <= REGISTER_STOP_KM
            }
            if len(near) == 1:
                (village.lat, village.lon), village.kind = near.pop(), "settlement"
        yield village


def _skeletons(entry: Entry) -> set[str]:
    return {skeleton(k) for name in entry.names for k in keys(name)} - {""}


def _ukrainian_stops(shared: Path) -> dict[str, list[tuple[float, float]]]:
    """The points of the stops of the station-code table that are neither Russian
    (in the tariff guide's network) nor Belarusian, by their names' skeletons:
    Ukrainian stops are named in Russian there (Novoverbovka for Novoverbivka)."""
    rail = shared / "data" / "rail"
    russian, codes = rail / "ru_tr4_nodes.geojson", rail / "esr_osm_sbin_2020" / "osm2esr.csv"
    if not russian.is_file() or not codes.is_file():
        return {}
    taken = {f["properties"]["esr"] for f in json.loads(russian.read_text("utf-8"))["features"]}
    stops: dict[str, list[tuple[float, float]]] = defaultdict(list)
    with codes.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            if row["esr"] in taken or row["esr"].startswith(BELARUS_CODES):
                continue
            if _plain_name(row["name"]):
                for loose in {skeleton(k) for k in keys(row["name"])} - {""}:
                    stops[loose].append((float(row["lat"]), float(row["lon"])))
    return stops


class NearestRegion:
    """The first-level region of the GeoNames town nearest a point, per country:
    a stop's data names no region a report would."""

    def __init__(self) -> None:
        self._towns: dict[str, list[tuple[float, float, str]]] = {}
        self._lookups: dict[str, Callable[[float, float], str]] = {}

    def add(self, country: str, lat: float, lon: float, admin1: str) -> None:
        self._towns.setdefault(country, []).append((lat, lon, admin1))

    def __call__(self, country: str, lat: float, lon: float) -> str | None:
        if country not in self._lookups:
            towns = self._towns.get(country)
            if not towns:
                return None
            tree, regions = cKDTree([_unit(t[0], t[1]) for t in towns]), [t[2] for t in towns]
            self._lookups[country] = lambda la, lo: regions[tree.query(_unit(la, lo))[1]]
        return self._lookups[country](lat, lon)


def _unit(lat: float, lon: float) -> tuple[float, float, float]:
    """A point on the unit sphere: the nearest by straight line is the nearest on
    the ground, at any latitude."""
    phi, lam = math.radians(lat), math.radians(lon)
    return (math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi))
