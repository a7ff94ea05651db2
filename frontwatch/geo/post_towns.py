"""US towns with a post office, as gazetteer entries.

Local news datelines and addresses name hamlets of a few hundred people
("NORFOLK, Conn. —", "Lanexa, Va.") that GeoNames' file of places of 500 or more
lacks. ``zipcodes`` (MIT) names the town every ZIP code is delivered to, with a
point; a town is placed at the median of its ZIP points. Post towns are a
secondary source: the gazetteer drops one wherever GeoNames has a place of that
name close by in the same state, so only the missing ones are added.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterator

import us
import zipcodes

from frontwatch.geo import people
from frontwatch.geo.keys import key
from frontwatch.geo.sources import Entry

#: ZIP code types that are delivered to a town (not UNIQUE firms or MILITARY posts).
TOWN_ZIP_TYPES = frozenset({"STANDARD", "PO BOX"})
#: The size a post town is given: none is known. Just enough to be read after a cue,
#: in an address or in a dateline, never enough to be taken bare.
POPULATION = 1_000


def post_towns() -> Iterator[Entry]:
    """Every town of the fifty states and DC that a ZIP code is delivered to, but
    those named by one word that is also an English word or a person's name:
    "Interior", "Loop" and "Martha" are towns too small to outweigh that reading."""
    states = {state.abbr for state in us.states.STATES} | {"DC"}
    taken = people.words_and_names()
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    names: dict[tuple[str, str], str] = {}
    for row in zipcodes.list_all():
        if row["zip_code_type"] not in TOWN_ZIP_TYPES or row["state"] not in states:
            continue
        if " " not in row["city"] and taken(row["city"]):
            continue
        town = (row["state"], key(row["city"]))
        points[town].append((float(row["lat"]), float(row["long"])))
        names.setdefault(town, row["city"])
    for town, zip_points in points.items():
        yield Entry(
            name=names[town],
            lat=statistics.median(lat for lat, _ in zip_points),
            lon=statistics.median(lon for _, lon in zip_points),
            country="US",
            admin1=town[0],
            population=POPULATION,
            names={names[town]},
            adjectival=False,
            secondary=True,
        )
