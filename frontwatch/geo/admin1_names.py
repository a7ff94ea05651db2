"""The names news copy uses for first-level regions that Natural Earth names otherwise.

Natural Earth labels many regions in the local language or an old spelling
("Bayern", "Xizang", "N.W.F.P.", "Orissa"), so a report's "Bavaria", "Tibet",
"Khyber Pakhtunkhwa" or "Odisha" found no region, or fell to a same-named village.
``admin1_aliases.json`` lists the other names region by region; where a whole
country writes its regions with one word after the name ("Akita Prefecture",
"Helmand Province", "Dakahlia Governorate"), that form is made here by rule rather
than listed for every region.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache

from frontwatch.geo.sources import DATA


@dataclass(frozen=True)
class Suffix:
    """A word that a country's regions are written with in English news."""

    words: tuple[str, ...]
    #: Whether the aliases take the word too: "Helmand Province" does, but Poland's
    #: "Masovian Voivodeship" is the adjective, and "Masovia Voivodeship" no name.
    on_aliases: bool = True
    #: Regions that are not of the country's usual kind (a city, a municipality).
    exceptions: frozenset[str] = frozenset()


#: Countries whose regions news writes as "<name> <word>". The suffixed form matters
#: most where a region shares its name with its capital ("Akita", "Kandahar",
#: "Aleppo"): the bare name is the city's, the suffixed one only the region's.
SUFFIXES: dict[str, Suffix] = {
    "JP": Suffix(("Prefecture",)),
    "CN": Suffix(
        ("Province",),
        on_aliases=False,
        exceptions=frozenset(
            # Municipalities and autonomous regions are no provinces.
            {"Beijing", "Chongqing", "Shanghai", "Tianjin", "Guangxi", "Nei Mongol"}
            | {"Ningxia Hui", "Xinjiang Uygur", "Xizang"}
        ),
    ),
    "AF": Suffix(("Province",)),
    "IR": Suffix(("Province",)),
    "TR": Suffix(("Province",)),
    "IQ": Suffix(("Governorate", "Province")),
    "SY": Suffix(("Governorate", "Province"), exceptions=frozenset({"UNDOF"})),
    "EG": Suffix(("Governorate",)),
    "YE": Suffix(("Governorate",)),
    "JO": Suffix(("Governorate",)),
    "LB": Suffix(("Governorate",)),
    "PL": Suffix(("Voivodeship",), on_aliases=False),
    "RO": Suffix(("County",), exceptions=frozenset({"Bucharest"})),
    "EE": Suffix(("County",)),
    "SE": Suffix(("County",), on_aliases=False),
}
#: Last words that already make a name a region's ("Herat Province", "NSW" aside).
_REGION_WORDS = frozenset(
    {"Province", "Prefecture", "Governorate", "Region", "State", "County", "Voivodeship"}
    | {"Territory", "Islands", "District"}
)


@cache
def _listed() -> dict[str, dict[str, list[str]]]:
    aliases: dict[str, dict[str, list[str]]] = json.loads(
        (DATA / "admin1_aliases.json").read_text("utf-8")
    )["aliases"]
    return aliases


def _suffixable(name: str) -> bool:
    """Whether a name takes a suffix: not a Natural Earth placeholder ("JPN-99 (...)",
    "Aleppo (Halab)"), an abbreviation ("N.W.F.P.", "NSW") or a suffixed name."""
    words = name.split()
    return (
        "(" not in name
        and "." not in name
        and not name.isupper()
        and words[-1] not in _REGION_WORDS
    )


def _suffixed(country: str, name: str, aliases: list[str]) -> list[str]:
    rule = SUFFIXES.get(country)
    if rule is None or name in rule.exceptions:
        return []
    bases = [name, *aliases] if rule.on_aliases else [name]
    return [f"{base} {word}" for base in bases if _suffixable(base) for word in rule.words]


@cache
def admin1_aliases() -> dict[tuple[str, str], list[str]]:
    """(country, Natural Earth name) → the region's other names, listed and made by
    rule, for every region of ``admin1_world.tsv`` that has any."""
    table: dict[tuple[str, str], list[str]] = {}
    with (DATA / "admin1_world.tsv").open(encoding="utf-8") as handle:
        for country, _code, name, _lat, _lon in csv.reader(handle, delimiter="\t"):
            listed = _listed().get(country, {}).get(name, [])
            names = list(dict.fromkeys([*listed, *_suffixed(country, name, listed)]))
            if names:
                table[(country, name)] = names
    return table
