"""Which of Ukraine's communities (hromadas) a place lies in, so that an address
naming a raion or a hromada ("Ivanivka, Izium raion, Kharkiv Oblast") can tell the
oblast's namesakes apart.

The register says which community each of its villages belongs to. A GeoNames place
is given its register twin's community where it has one, and otherwise the
community whose centroid lies nearest (the shared data folder has the OCHA COD-AB
centroids, not the boundaries), and the next nearest too when that lies almost as
near: a place near a boundary may lie in either. Checked against the register on
the 5,462 GeoNames places of Ukraine with one register village of their name within
25 km, the nearest centroid's raion is the register's for 94%.

A community's P-code opens with its raion's ("UA6308005" lies in "UA6308"), so a
place's community answers for both.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

from scipy.spatial import cKDTree

#: How much farther than the nearest a second community's centroid may lie and the
#: place still be taken to lie perhaps in it.
SECOND_COMMUNITY_RATIO = 1.3
#: Latitude whose parallel scales longitudes for the nearest-centroid search: the
#: middle of Ukraine, where a degree of longitude is two-thirds of one of latitude.
_MID_LATITUDE = 48.5
_SCALE = math.cos(math.radians(_MID_LATITUDE))


class Communities:
    """The communities' centroids, searched for the nearest to a point."""

    def __init__(self, shared: Path) -> None:
        path = shared / "data" / "gazetteer" / "cod_ab_hromadas_centroids.csv"
        self.codes: list[str] = []
        points: list[tuple[float, float]] = []
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                for row in csv.DictReader(handle):
                    if row["lat"]:
                        self.codes.append(row["pcode"])
                        points.append((float(row["lat"]), float(row["lon"]) * _SCALE))
        self._tree = cKDTree(points) if len(points) > 1 else None

    def around(self, lat: float, lon: float) -> str:
        """The P-code of the community a point lies in, and of the next when it may
        lie there too, space-separated ("" without the centroids)."""
        if self._tree is None:
            return ""
        distances, indices = self._tree.query((lat, lon * _SCALE), k=2)
        codes = [self.codes[indices[0]]]
        if distances[1] <= distances[0] * SECOND_COMMUNITY_RATIO:
            codes.append(self.codes[indices[1]])
        return " ".join(codes)


def inside(unit: str, units: set[str]) -> bool:
    """Whether a place whose communities are ``unit`` (see :meth:`Communities.around`)
    lies in one of ``units``, raions' or communities' P-codes."""
    return any(code.startswith(wanted) for code in unit.split() for wanted in units)


#: Characters in a raion's P-code: "UA", the oblast's two and its own two ("UA6308").
_RAION_CODE_LENGTH = 6
#: ... and in a community's, which adds its own three ("UA6308005").
_COMMUNITY_CODE_LENGTH = 9


def is_community(unit: str) -> bool:
    """Whether a unit's P-code is a community's (or a city's district's), not a raion's."""
    return len(unit) == _COMMUNITY_CODE_LENGTH


def raion_of(unit: str) -> str:
    """The P-code of the raion a unit lies in, or is."""
    return unit[:_RAION_CODE_LENGTH]
