"""The world's named areas and the other names of countries, from ``world_areas.json``.

News names regions, seas, islands and disputed territories every day ("the Gaza
Strip", "the Strait of Hormuz", "Sumatra") that neither GeoNames' cities nor the
first-level regions hold, so their names fell to same-named villages elsewhere; and
it names countries in ways countryinfo's spellings lack ("Britain", "Burma", "DRC").
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache

from frontwatch.geo.sources import CYRILLIC_COUNTRIES, DATA, Entry, feature_entry

#: Population given to an area, chosen against ``resolve.prior``: log10(pop + 10) / 7
#: plus the kind's prior (area 0.5, river 0.2, settlement 0) plus 0.25 when the text
#: is the place's own name. At 500 an area named by its own name outranks a same-named
#: settlement of up to about 1.6 million people ("Siberia", a Mexican village; "Java",
#: a Georgian one) and yields to a larger city; named by an alternate ("Sinai",
#: "Atlantic") it still outranks towns of up to about 29,000 (Sinnai in Sardinia) and
#: a river its namesake towns of up to about 13,000 (Thames in New Zealand). The war
#: zone's own areas (curated.json) and first-level regions carry far more, so they
#: keep their standing.
AREA_POPULATION = 500


@cache
def _data() -> dict:
    data: dict = json.loads((DATA / "world_areas.json").read_text("utf-8"))
    return data


def world_areas() -> Iterator[Entry]:
    """One entry per area, known by its name, its English variants and, in Cyrillic
    text, its Ukrainian and Russian names."""
    for feature in _data()["features"]:
        yield feature_entry(
            feature, AREA_POPULATION, feature.get("country") not in CYRILLIC_COUNTRIES
        )


def country_aliases() -> dict[str, list[str]]:
    """ISO-2 code → the names news copy uses for a country beyond countryinfo's own
    ("US", "Britain", "Burma"), to be added to that country's entry."""
    return {code: list(names) for code, names in _data()["country_aliases"].items()}
