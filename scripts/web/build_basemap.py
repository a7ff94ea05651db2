"""Build the web app's offline basemap from Natural Earth (``../shared/data/basemap/``).

The map must work with no network, so the basemap ships inside the package as one
small GeoJSON file. Natural Earth's German point of view puts Crimea in Ukraine,
which is the view the analysts need; the build checks that it still does after
simplification. Run once by a developer (needs shapely); installing or running
frontwatch never runs it.

    python scripts/web/build_basemap.py [--shared ../shared] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from shapely.geometry import LineString, MultiLineString, Point, box, mapping, shape
from shapely.geometry.base import BaseGeometry

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "frontwatch" / "web" / "static" / "basemap" / "basemap.geojson"
#: Around the war: oblast lines are drawn only here, and shapes keep their detail here.
ADMIN1_AREA = box(19.0, 42.0, 50.0, 58.0)
#: Degrees; about 1 km at these latitudes, invisible at the zooms the app uses for overviews.
TOLERANCE = {"country": 0.01, "admin1": 0.01, "coast": 0.01}
#: Degrees, for shapes wholly outside ADMIN1_AREA: seen only zoomed out, where 5 km is a
#: pixel or two, and they hold half the vertices that the browser must project.
FAR_TOLERANCE = 0.05
DIGITS = 3
ATTRIBUTION = "Made with Natural Earth (public domain), German point of view (version 5.1.1)"
#: Places whose country the basemap must get right (Crimea in Ukraine).
CHECKS = {
    "Simferopol": (34.10, 44.95, "UA"),
    "Sevastopol": (33.52, 44.60, "UA"),
    "Donetsk": (37.80, 48.00, "UA"),
    "Belgorod": (36.59, 50.60, "RU"),
}


def rounded(geometry: BaseGeometry) -> dict[str, Any]:
    """GeoJSON geometry with coordinates cut to ``DIGITS`` decimals (about 100 m)."""

    def walk(coords: Any) -> Any:
        if isinstance(coords[0], (int, float)):
            return [round(coords[0], DIGITS), round(coords[1], DIGITS)]
        return [walk(part) for part in coords]

    geo = mapping(geometry)
    return {"type": geo["type"], "coordinates": walk(geo["coordinates"])}


def tolerance(layer: str, geometry: BaseGeometry) -> float:
    return TOLERANCE[layer] if geometry.intersects(ADMIN1_AREA) else FAR_TOLERANCE


def load(shared: Path, name: str) -> list[dict[str, Any]]:
    features: list[dict[str, Any]] = json.loads((shared / name).read_text(encoding="utf-8"))[
        "features"
    ]
    return features


def build(shared: Path) -> dict[str, Any]:
    base = shared / "data" / "basemap"
    features: list[dict[str, Any]] = []
    countries: dict[str, BaseGeometry] = {}
    for feature in load(base, "ne_10m_admin_0_countries_deu_europe_clip.geojson"):
        props = feature["properties"]
        iso = props["ISO_A2"] if props["ISO_A2"] != "-99" else props["ADM0_A3"]
        geometry = shape(feature["geometry"])
        geometry = geometry.simplify(tolerance("country", geometry), preserve_topology=True)
        if geometry.is_empty:
            continue
        countries[iso] = geometry
        properties = {"layer": "country", "name": props["NAME_EN"], "iso": iso}
        features.append(
            {"type": "Feature", "properties": properties, "geometry": rounded(geometry)}
        )
    for layer, name, area in (
        ("admin1", "ne_10m_admin_1_states_provinces_lines_europe.geojson", ADMIN1_AREA),
        ("coast", "ne_10m_coastline_europe.geojson", None),
    ):
        lines: list[LineString] = []
        for feature in load(base, name):
            geometry = shape(feature["geometry"])
            if area is not None:
                geometry = geometry.intersection(area)
            geometry = geometry.simplify(tolerance(layer, geometry))
            if geometry.is_empty or geometry.length == 0:
                continue
            lines.extend(getattr(geometry, "geoms", [geometry]))
        # One feature per layer of lines: the browser makes a map layer per feature, and a
        # thousand small ones cost more to set up than their vertices.
        merged = MultiLineString([line for line in lines if isinstance(line, LineString)])
        features.append(
            {"type": "Feature", "properties": {"layer": layer}, "geometry": rounded(merged)}
        )
    for place, (lon, lat, iso) in CHECKS.items():
        if not countries[iso].contains(Point(lon, lat)):
            raise SystemExit(f"basemap check failed: {place} is not in {iso}")
    return {"type": "FeatureCollection", "attribution": ATTRIBUTION, "features": features}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    collection = build(args.shared)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    print(f"{args.out}: {len(collection['features'])} features, {args.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
