"""The currency a text counts money in, as a faint clue to its country.

A council story that says "Mansfield" and "$765,000" and no state is about an
American Mansfield, not the English town of the name, though the English one is
larger. The sign is faint: "$" is the currency of world news too, so a currency is
the least of a text's clues (a placed town outweighs it thirty times), and it never
pulls a name away from a country or a city of half a million abroad ("the summit
in Paris pledged $100 billion" is France's capital; see
:func:`frontwatch.geo.resolve._eminent_abroad`). A sign that several countries
write alike ("€", "¥") tells nothing.
"""

from __future__ import annotations

import re

from frontwatch.geo.resolve import Clue

#: A currency's pull, against 1.0 for a confidently placed town.
WEIGHT = 0.03

#: An amount in a currency that one country writes alone: "$" unprefixed is the
#: American dollar ("US$", "C$", "A$" are written abroad), "£" the pound sterling.
_AMOUNTS: dict[str, re.Pattern[str]] = {
    "US": re.compile(r"(?<![A-Za-z$])\$ ?\d"),
    "GB": re.compile(r"£ ?\d"),
}


def clues_paid(text: str) -> list[Clue]:
    """A clue for the country of each currency the text counts money in."""
    return [
        Clue("", country, None, WEIGHT, None, None, paid=True)
        for country, amount in _AMOUNTS.items()
        if amount.search(text)
    ]
