"""A county's bare name, where the text also names the county in full.

Local news names a county once in full ("DeKalb County voters") and then by its
bare name ("south DeKalb", "DeKalb deputies"). A county is filed in the gazetteer
under its full name only (see :mod:`frontwatch.geo.counties`: the bare name is more
often the town), so the bare name would find only the towns that bear it, and the
largest, a state away, would win. Here the bare name also reads as the county that
the full name was resolved to, unless a town of the name lies in that county, which
the bare name keeps meaning ("Lancaster County" and Lancaster, its seat), or the
name opens a longer one ("the Scott North wrestlers", "Madison Valley High
School"): a team's or a school's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from frontwatch.geo.counties import UNIT_WORDS
from frontwatch.geo.evaluate import km
from frontwatch.geo.gazetteer import Place
from frontwatch.geo.keys import key
from frontwatch.geo.match import Match
from frontwatch.geo.resolve import Resolved
from frontwatch.geo.tokens import Token, capitalised

_UNIT_KEYS = tuple(" " + key(word) for word in UNIT_WORDS)
#: A town this close to a county's point lies in the county: most counties reach
#: 20 to 40 km from their centre.
IN_COUNTY_KM = 40.0


def _counties_named_in_full(resolved: Sequence[Resolved]) -> dict[str, set[Place]]:
    """The counties the text names in full, as resolved, by their bare names' keys."""
    counties: dict[str, set[Place]] = {}
    for r in resolved:
        best = r.best
        if best.kind != "admin" or best.country != "US":
            continue
        for unit in _UNIT_KEYS:
            if r.match.key.endswith(unit):
                counties.setdefault(r.match.key[: -len(unit)], set()).add(best)
    return counties


def with_counties_named_in_full(
    tokens: list[Token], matches: list[Match], resolved: Sequence[Resolved]
) -> list[Match] | None:
    """The matches with each bare name also read as its county, or None when the
    text gives no bare name a county."""
    counties = _counties_named_in_full(resolved)
    if not counties:
        return None
    changed = False
    read: list[Match] = []
    for match in matches:
        named = counties.get(match.key)
        after = match.last + 1
        if not named or (after < len(tokens) and capitalised(tokens[after])):
            read.append(match)
            continue
        added = sorted(
            (
                county
                for county in named
                if county not in match.candidates and not _has_a_town(match, county)
            ),
            key=lambda p: p.admin1 or "",
        )
        if added:
            match = dataclasses.replace(match, candidates=(*match.candidates, *added))
            changed = True
        read.append(match)
    return read if changed else None


def _has_a_town(match: Match, county: Place) -> bool:
    return any(
        p.kind != "admin" and km(p.lat, p.lon, county.lat, county.lon) <= IN_COUNTY_KM
        for p in match.candidates
    )
