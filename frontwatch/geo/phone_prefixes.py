"""US telephone prefixes and the towns they ring in, for the gazetteer index.

Google's libphonenumber (the ``phonenumbers`` package) carries the town or state of
every North American area code and exchange, but its geocoder loads the whole
world's table, some 100 MB, on first use. The index keeps the US rows only, read a
prefix at a time like the place names (see :mod:`frontwatch.geo.phones`).
"""

from __future__ import annotations

from collections.abc import Iterator

import us

#: The North American numbering plan's country code, which opens every prefix.
NANP = "1"


def us_prefixes() -> Iterator[tuple[str, str, str]]:
    """(prefix, town or "", state abbreviation) for every US area code and exchange
    the library places: "1859625" is Richmond, KY; "1952" is Minnesota."""
    from phonenumbers import geodata

    for prefix, names in geodata.GEOCODE_DATA.items():
        where = names.get("en") if prefix.startswith(NANP) else None
        if not where:
            continue
        town, _, state_name = where.rpartition(", ")
        state = us.states.lookup(state_name)
        if state is not None:
            yield prefix, town, state.abbr
