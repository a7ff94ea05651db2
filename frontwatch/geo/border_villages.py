"""Russian and Belarusian villages by the Ukrainian border that no other source places.

The shelling of Belgorod Oblast's border since 2022 and the fighting in Kursk Oblast
in 2024-25 were reported village by village: Malaya Loknya, Zaoleshenka, Gora-Podol,
Zhuravlyovka, Vesyolaya Lopan; so were the Russian forces' movements through
Belarus's Gomel Region in 2022, across villages many of which were emptied after
Chernobyl; and drones and their debris fall on Rostov Oblast's villages by the
Luhansk Oblast border. GeoNames' list stops at places of 500 people (and leaves out
many larger ones it has no census figure for), and most of these villages have no
railway stop of their name (see :mod:`frontwatch.geo.railway_villages`), so the team
lists the villages of the border districts in ``data/border_villages.json`` with the
point and population of each one's encyclopedia article, where one could be found.

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
    """The listed villages, each known by its Russian name and, in Belarus, by its
    Belarusian one as well."""
    for village in json.loads(DATA.read_text("utf-8"))["villages"]:
        yield Entry(
            name=iuliia.WIKIPEDIA.translate(village["name"]),
            lat=village["lat"],
            lon=village["lon"],
            country=village.get("country", "RU"),
            admin1=village["region"],
            population=village["population"],
            names={village["name"], village.get("belarusian", village["name"])},
            adjectival=False,
            secondary=True,
        )
