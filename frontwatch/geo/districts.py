"""Ukraine's districts (raions) and communities (hromadas), as reports name them.

Reports place events by the units of the 2020 reform: "shelling in the Izium
district", "Kupianskyi raion", "the Velykoburlutska hromada". Each unit is named
after its centre, so besides its official adjective ("Kupianskyi raion", in
Ukrainian and Russian too) it is known by the centre's own name ("Kupiansk
district") and, in Ukrainian, by the "-щина" noun of the adjective ("ворог атакував
Нікопольщину", the Nikopol district; "на Краснопільщині", the Krasnopillia
community, which has no raion of its name since the reform). Points are the OCHA
COD-AB polygon centroids shipped in the shared data folder (CC BY-IGO), so a
mention of a unit has precision ``admin``.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import translitua

from frontwatch.geo import adjectives
from frontwatch.geo.keys import key, keys
from frontwatch.geo.sources import KATOTTG_OBLASTS, SETTLEMENT_CATEGORIES, Entry, admin1_table

RAION_WORDS = ("raion", "rayon", "district")
HROMADA_WORDS = ("hromada", "community", "territorial community")
#: Cyrillic words after a unit's adjective, in Ukrainian and Russian.
RAION_WORDS_CYRILLIC = ("район",)
HROMADA_WORDS_CYRILLIC = ("громада", "територіальна громада", "территориальная громада")
#: A unit's weight against namesakes: named with its own word, it is rarely ambiguous.
RAION_POPULATION = 50_000
HROMADA_POPULATION = 10_000
#: A city's district holds a city's worth of people: Kharkiv's nine hold 150,000 each.
CITY_DISTRICT_POPULATION = 100_000
#: KATOTTG's category of a district within a city.
CITY_DISTRICT_CATEGORY = "B"
_REGISTER = "katottg_2024-01_with_hromada_centroids.csv"


def districts(shared: Path) -> Iterator[Entry]:
    """Every raion and hromada with a centroid in the shared data folder."""
    folder = shared / "data" / "gazetteer"
    if not (folder / _REGISTER).is_file():
        return
    towns = _towns_by_unit(folder / _REGISTER)
    # A "-щина" noun that is an oblast's (Харківщина is the oblast, not Kharkiv
    # raion) or a village's (Тернівщина, Poltava Oblast) is theirs alone.
    reserved = {
        key(name) for rows in admin1_table().values() for row in rows.values() for name in row[3]
    }
    reserved |= {key(town) for names in towns.values() for town in names}
    areas = _AreaNouns(reserved)
    yield from _units(
        folder / "cod_ab_raions_centroids.csv",
        (RAION_WORDS, RAION_WORDS_CYRILLIC),
        towns,
        RAION_POPULATION,
        bare=True,
        areas=areas,
    )
    yield from _units(
        folder / "cod_ab_hromadas_centroids.csv",
        (HROMADA_WORDS, HROMADA_WORDS_CYRILLIC),
        towns,
        HROMADA_POPULATION,
        bare=False,
        areas=areas,
    )
    yield from _city_districts(folder / _REGISTER)


def _city_districts(path: Path) -> Iterator[Entry]:
    """The districts of Ukraine's cities ("Kharkiv's Shevchenkivskyi district", "the
    Prymorskyi district of Odesa"), where strikes on cities are reported. The register
    gives no point of their own, so each lies at its city's hromada centroid, with
    precision ``admin``; many cities have a district of one name (Kyiv, Kharkiv,
    Zaporizhzhia and Poltava each a Shevchenkivskyi), and the city named beside it
    tells them apart."""
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            oblast = KATOTTG_OBLASTS.get(row["katottg"][2:4])
            if row["cat"] != CITY_DISTRICT_CATEGORY or not oblast:
                continue
            if not row["hromada_centroid_lat"]:
                continue
            adjective = translitua.translit(row["name"])
            names = {f"{adjective} {word}" for word in RAION_WORDS}
            names |= {f"{row['name']} {word}" for word in RAION_WORDS_CYRILLIC}
            point = (float(row["hromada_centroid_lat"]), float(row["hromada_centroid_lon"]))
            name = f"{adjective} {RAION_WORDS[2]}"
            yield _unit(name, point, oblast, CITY_DISTRICT_POPULATION, names, row["hromada_pcode"])


def _towns_by_unit(path: Path) -> dict[str, list[str]]:
    """The settlements of each raion and hromada, by the unit's COD-AB P-code: the
    raion's is the first six characters of its KATOTTG code."""
    found: defaultdict[str, list[str]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["cat"] not in SETTLEMENT_CATEGORIES:
                continue
            name = translitua.translit(row["name"])
            if row["raion_katottg"]:
                found[row["raion_katottg"][:6]].append(name)
            if row["hromada_pcode"]:
                found[row["hromada_pcode"]].append(name)
    return found


def _units(
    path: Path,
    words: tuple[tuple[str, ...], tuple[str, ...]],
    towns: dict[str, list[str]],
    population: int,
    bare: bool,
    areas: _AreaNouns,
) -> Iterator[Entry]:
    """Units from one COD-AB table. A raion is also known by its bare adjective, as
    incident tables write it ("Novoselivka, Bakhmutskyi, Donetsk"); a hromada's
    adjective alone too often spells a village's name."""
    latin, cyrillic = words
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            oblast = KATOTTG_OBLASTS.get(row["pcode"][2:4])
            if not oblast or not row["lat"]:
                continue
            adjective = row["name_en"]
            centres = _centres(adjective, towns.get(row["pcode"], []))
            names = {f"{adjective} {word}" for word in latin}
            names |= {f"{centre} {word}" for centre in centres for word in latin}
            names |= {f"{row[lang]} {word}" for lang in ("name_uk", "name_ru") for word in cyrillic}
            if bare:
                names |= {adjective, row["name_uk"], row["name_ru"]}
            names |= areas.of(row["name_uk"], oblast)
            point = (float(row["lat"]), float(row["lon"]))
            name = f"{adjective} {latin[0]}"
            yield _unit(name, point, oblast, population, names, row["pcode"])


#: The endings of a unit's Ukrainian adjective (masculine for a raion, feminine for
#: a hromada) that its "-щина" noun replaces: Нікопольський, Нікопольщина.
_AREA_ENDINGS = ("ський", "ська")


class _AreaNouns:
    """The "-щина" nouns of units, each given once in an oblast: a raion's, read
    first, is not its centre's hromada's too."""

    def __init__(self, reserved: set[str]) -> None:
        self.reserved = reserved
        self.given: set[tuple[str, str]] = set()

    def of(self, adjective: str, oblast: str) -> set[str]:
        """The noun of a unit's Ukrainian adjective, if it has the usual form and
        is no one else's."""
        ending = next((e for e in _AREA_ENDINGS if adjective.endswith(e)), None)
        if ending is None:
            return set()
        noun = adjective[: -len(ending)] + "щина"
        noun_key = key(noun)
        if noun_key in self.reserved or (oblast, noun_key) in self.given:
            return set()
        self.given.add((oblast, noun_key))
        return {noun}


def _unit(
    name: str,
    point: tuple[float, float],
    oblast: str,
    population: int,
    names: set[str],
    code: str,
) -> Entry:
    """A unit of Ukraine's government, placed at a point that stands for its area."""
    lat, lon = point
    return Entry(
        name=name,
        lat=lat,
        lon=lon,
        kind="admin",
        country="UA",
        admin1=oblast,
        population=population,
        names=names,
        adjectival=False,
        unit=code,
    )


def _centres(adjective: str, towns: list[str]) -> set[str]:
    """The unit's towns whose adjective its name is: Kupiansk for "Kupianskyi"."""
    wanted = key(adjective)
    return {town for town in towns if wanted in adjectives.forms(keys(town))}
