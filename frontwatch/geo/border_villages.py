"""Russian villages by the Ukrainian border that no other source places.

The shelling of Belgorod Oblast's border since 2022 and the fighting in Kursk Oblast
in 2024-25 were reported village by village: Malaya Loknya, Zaoleshenka, Gora-Podol,
Zhuravlyovka, Vesyolaya Lopan. GeoNames' list stops at places of 500 people (and
leaves out many larger ones it has no census figure for), and most of these villages
have no railway stop of their name (see :mod:`frontwatch.geo.railway_villages`), so
the team lists the villages of the border districts in ``data/border_villages.json``
with the point and census population of each one's encyclopedia article, where one
could be found.

Like the railway villages, the entries are secondary: a GeoNames place of the same
name nearby is kept instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import iuliia

from frontwatch.geo.sources import Entry

DATA = Path(__file__).parent / "data" / "border_villages.json"


def border_villages() -> Iterator[Entry]:
    """The listed villages, in Russia, each known by its Russian name."""
    for village in json.loads(DATA.read_text("utf-8"))["villages"]:
        yield Entry(
            name=iuliia.WIKIPEDIA.translate(village["name"]),
            lat=village["lat"],
            lon=village["lon"],
            country="RU",
            admin1=village["region"],
            population=village["population"],
            names={village["name"]},
            adjectival=False,
            secondary=True,
        )
