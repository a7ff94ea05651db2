"""Which town a unit of Ukraine is named after, and what the register calls it now.

A raion or a hromada is named by the adjective of its centre's name, so its centre
can be named in its place ("the Kupiansk district"). The register of 2024 renamed
some units with their centres after the COD-AB tables were drawn (Krasnohradskyi
raion is Berestynskyi, Pervomaiskyi's hromada Zlatopilska), and reports use both.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from itertools import takewhile
from pathlib import Path
from typing import NamedTuple

import translitua

from frontwatch.geo import adjectives
from frontwatch.geo.communities import raion_of
from frontwatch.geo.keys import key, keys
from frontwatch.geo.sources import SETTLEMENT_CATEGORIES

#: KATOTTG's categories of a city, of a raion, of a hromada and of a city's district.
CITY = "M"
_RAION_CATEGORY = "P"
_HROMADA_CATEGORY = "H"
CITY_DISTRICT_CATEGORY = "B"
#: The apostrophes the register and the COD-AB tables write, read as one.
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


class Town(NamedTuple):
    """A settlement of a unit, by its register name and that name romanised, and
    its register category (see ``SETTLEMENT_CATEGORIES``)."""

    cyrillic: str
    latin: str
    category: str


class Register:
    """The register's settlements and names of Ukraine's units, by COD-AB P-code:
    a raion's is the first six characters of its KATOTTG code."""

    def __init__(self, path: Path) -> None:
        self.towns: defaultdict[str, list[Town]] = defaultdict(list)
        #: The raions' names, by P-code, and the names of every city's districts.
        self.raions: dict[str, str] = {}
        self.city_districts: set[str] = set()
        self._names: dict[str, str] = {}
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                raion, hromada = raion_of(row["raion_katottg"]), row["hromada_pcode"]
                name = row["name"].strip()
                if row["cat"] == _RAION_CATEGORY:
                    self._names[raion] = self.raions[raion] = name
                elif row["cat"] == CITY_DISTRICT_CATEGORY:
                    self.city_districts.add(name)
                elif row["cat"] == _HROMADA_CATEGORY:
                    self._names[hromada] = name
                elif row["cat"] in SETTLEMENT_CATEGORIES:
                    town = Town(name, translitua.translit(name), row["cat"])
                    for unit in filter(None, (raion, hromada)):
                        self.towns[unit].append(town)

    def renamed(self, pcode: str, name: str) -> str | None:
        """The unit's name in the register, where it differs from ``name``."""
        current = self._names.get(pcode)
        if current is None or current.translate(_APOSTROPHES) == name.translate(_APOSTROPHES):
            return None
        return current

    def centres(self, pcode: str, latin: str, cyrillic: str) -> set[Town]:
        """The unit's towns whose adjective its name is (Kupiansk for "Kupianskyi"),
        given the name romanised and in Ukrainian."""
        towns = self.towns.get(pcode, [])
        wanted = key(latin)
        found = {town for town in towns if wanted in adjectives.forms(keys(town.latin))}
        return found or _centre_by_stem(cyrillic, towns)


#: Ukrainian turns a stem's o or e into i where the adjective's suffix closes its
#: syllable (Лозова, Лозівська), so the three count as one letter in matching.
_IKAVISM = str.maketrans({"о": "і", "е": "і", "'": None, "’": None, "ʼ": None})
#: Letters at the end of a town's name that its adjective may change or drop
#: (Токмак, Токмацька; Волноваха, Волноваська; Печеніги, Печенізька) ...
_CHANGED_AT_END = 2
#: ... and the fewest letters the two must share.
_SHORTEST_STEM = 4
#: Endings of the first word of a two-word name, which Ukrainian fuses into its
#: adjective with an o: Велика Новосілка, Великоновосілківська.
_FUSED_ENDINGS = ("ий", "а", "е", "і")


def _centre_by_stem(adjective: str, towns: list[Town]) -> set[Town]:
    """The unit's one town whose name opens its Ukrainian adjective but for its last
    letters, where the rules of :mod:`adjectives` miss how the suffix changes the
    stem. A unit is named after its centre, a city where one fits (Лозова, not the
    village Лозове), and where two of its towns fit as well, neither is taken."""
    wanted = adjective.lower().translate(_IKAVISM)
    fits: dict[Town, tuple[bool, int]] = {}
    for town in towns:
        name = _fused(town.cyrillic).lower().translate(_IKAVISM)
        common = _shared_opening(wanted, name)
        if common >= _SHORTEST_STEM and common >= len(name) - _CHANGED_AT_END:
            fits[town] = (town.category == CITY, common)
    best = max(fits.values(), default=None)
    found = {town for town, fit in fits.items() if fit == best}
    return found if len({town.latin for town in found}) == 1 else set()


def _shared_opening(a: str, b: str) -> int:
    """How many letters two words open with alike."""
    return sum(1 for _ in takewhile(lambda pair: pair[0] == pair[1], zip(a, b, strict=False)))


def _fused(name: str) -> str:
    """A two-word name as its adjective fuses it: Велика Новосілка, Великоновосілка."""
    words = name.split()
    if len(words) != 2:
        return name
    first, second = words
    ending = next((e for e in _FUSED_ENDINGS if first.endswith(e)), None)
    if ending is None:
        return name
    return f"{first[: -len(ending)]}о{second.lower()}"
