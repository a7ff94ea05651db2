"""The towns a text's telephone numbers ring in, as clues to where it stands.

Local news ends with a number to call ("for tickets call 952-555-0100"),
and a US number's area code and exchange belong to a town: the story's own, or
one beside it. Where no state is written, that is the only sign of which of thirty
Richmonds or Jordans the text means. Google's libphonenumber (the ``phonenumbers``
package) finds the numbers in running text; its table of their towns is kept in
the gazetteer index (see :mod:`frontwatch.geo.phone_prefixes`). Only US numbers
are read: their towns come with a state, which names a region the gazetteer
holds; a toll-free number rings nowhere.
"""

from __future__ import annotations

import re

from frontwatch.geo.gazetteer import Gazetteer, Place
from frontwatch.geo.keys import key
from frontwatch.geo.phone_prefixes import NANP
from frontwatch.geo.resolve import Clue

#: A local number's last seven digits: a text without one is not searched further,
#: which keeps the matcher off every text of the war that holds no number.
_LOCAL_NUMBER = re.compile(r"\d{3}[-. ]\d{4}\b")
#: A number's pull, as one confidently placed name's.
WEIGHT = 1.0


def clues_called(text: str, gazetteer: Gazetteer) -> list[Clue]:
    """A clue for each US number with a known town or state in the text."""
    if not _LOCAL_NUMBER.search(text):
        return []
    import phonenumbers  # read on the first text with a number

    clues = []
    for found in phonenumbers.PhoneNumberMatcher(text, "US"):
        if phonenumbers.region_code_for_number(found.number) != "US":
            continue
        rings = gazetteer.rings_in(NANP + str(found.number.national_number))
        if rings is None:
            continue
        town, state = rings
        region = ("US", state)
        place = _town(gazetteer, town, region) if town else None
        point = (place.lat, place.lon) if place else None
        clues.append(Clue("", "US", state, WEIGHT, region, point))
    return clues


def _town(gazetteer: Gazetteer, name: str, region: tuple[str, str]) -> Place | None:
    """The largest town of the name in the state."""
    towns = [
        p
        for p in gazetteer.candidates(key(name))
        if p.kind == "settlement" and (p.country, p.admin1) == region
    ]
    return max(towns, key=lambda p: p.population, default=None)
