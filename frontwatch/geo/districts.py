"""Ukraine's districts (raions) and communities (hromadas), as reports name them.

Reports place events by the units of the 2020 reform: "shelling in the Izium
district", "Kupianskyi raion", "the Velykoburlutska hromada". Each unit is named
after its centre, so besides its official adjective ("Kupianskyi raion", in
Ukrainian and Russian too) it is known by the centre's own name ("Kupiansk
district") and, in Ukrainian, by the "-щина" noun of the adjective ("ворог атакував
Нікопольщину", the Nikopol district; "на Краснопільщині", the Krasnopillia
community, which has no raion of its name since the reform). A raion the reform
abolished is still named ("Tokmatskyi district"), and stands at its seat's hromada.
Points are the OCHA
COD-AB polygon centroids shipped in the shared data folder (CC BY-IGO), so a
mention of a unit has precision ``admin``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import translitua

from frontwatch.geo.keys import key, keys
from frontwatch.geo.sources import KATOTTG_OBLASTS, Entry, admin1_table
from frontwatch.geo.unit_centres import CITY, CITY_DISTRICT_CATEGORY, Register, Town

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
_REGISTER = "katottg_2024-01_with_hromada_centroids.csv"
#: KATOTTG's categories of a city and of a town (селище, "X"), the seats of raions
#: before 2020.
_SEATS = frozenset({CITY, "X"})
#: Adjectives of the districts of many cities, from words and Soviet names, which no
#: one town's name makes: "в Октябрьском районе" is no district of Oktyabrsk.
CITY_DISTRICT_ADJECTIVES = frozenset(
    reading
    for word in (
        *("октябрьский", "жовтневий", "советский", "радянський", "ленинский", "ленінський"),
        *("кировский", "кіровський", "первомайский", "первомайський", "центральный"),
        *("центральний", "заводской", "заводський", "промышленный", "промисловий"),
        *("железнодорожный", "залізничний", "фрунзенский", "калининский", "ворошиловский"),
        *("пролетарский", "куйбышевский", "дзержинский", "красногвардейский", "московский"),
    )
    # Cyrillic and romanised: "Krasnogvardeysky" as well as "Красногвардейский".
    for reading in keys(word)
)


def districts(shared: Path) -> Iterator[Entry]:
    """Every raion and hromada with a centroid in the shared data folder."""
    folder = shared / "data" / "gazetteer"
    if not (folder / _REGISTER).is_file():
        return
    register = Register(folder / _REGISTER)
    # A "-щина" noun that is an oblast's (Харківщина is the oblast, not Kharkiv
    # raion) or a village's (Тернівщина, Poltava Oblast) is theirs alone.
    reserved = {
        key(name) for rows in admin1_table().values() for row in rows.values() for name in row[3]
    }
    reserved |= {key(town.latin) for towns in register.towns.values() for town in towns}
    areas = _AreaNouns(reserved)
    raions = folder / "cod_ab_raions_centroids.csv"
    taken = _taken(raions, register)
    yield from _units(
        raions,
        (RAION_WORDS, RAION_WORDS_CYRILLIC),
        register,
        RAION_POPULATION,
        bare=True,
        areas=areas,
    )
    yield from _units(
        folder / "cod_ab_hromadas_centroids.csv",
        (HROMADA_WORDS, HROMADA_WORDS_CYRILLIC),
        register,
        HROMADA_POPULATION,
        bare=False,
        areas=areas,
        taken=taken,
    )
    yield from _city_districts(folder / _REGISTER)


def is_hromada(name: str) -> bool:
    """Whether a unit's index name is a hromada's: one found by a raion's name is the
    raion its centre led before 2020 (see :func:`_former_raion`)."""
    return name.endswith(f" {HROMADA_WORDS[0]}")


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


def _units(
    path: Path,
    words: tuple[tuple[str, ...], tuple[str, ...]],
    register: Register,
    population: int,
    bare: bool,
    areas: _AreaNouns,
    taken: set[tuple[str, str]] | None = None,
) -> Iterator[Entry]:
    """Units from one COD-AB table. A raion is also known by its bare adjective, as
    incident tables write it ("Novoselivka, Bakhmutskyi, Donetsk"); a hromada's
    adjective alone too often spells a village's name. A hromada is also known as the
    raion its centre led before 2020, unless a unit of today is called so (see
    :func:`_former_raion`)."""
    latin, cyrillic = words
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            oblast = KATOTTG_OBLASTS.get(row["pcode"][2:4])
            if not oblast or not row["lat"]:
                continue
            adjective = row["name_en"]
            centres = register.centres(row["pcode"], adjective, row["name_uk"])
            names = {f"{adjective} {word}" for word in latin}
            names |= {f"{row[lang]} {word}" for lang in ("name_uk", "name_ru") for word in cyrillic}
            if bare:
                names |= {adjective, row["name_uk"], row["name_ru"]}
            names |= areas.of(row["name_uk"], oblast)
            if current := register.renamed(row["pcode"], row["name_uk"]):
                # The unit's name since 2024 is the one it goes by.
                adjective = translitua.translit(current)
                centres |= register.centres(row["pcode"], adjective, current)
                names |= {f"{adjective} {word}" for word in latin}
                names |= {f"{current} {word}" for word in cyrillic}
                if bare:
                    names |= {adjective, current}
                names |= areas.of(current, oblast)
            names |= {f"{centre.latin} {word}" for centre in centres for word in latin}
            if taken is not None:
                names |= _former_raion(row, centres, oblast, taken)
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


def _taken(raions: Path, register: Register) -> set[tuple[str, str]]:
    """The adjectives' keys of today's units, by oblast, that no raion abolished in
    2020 can share: the oblast's raions, under the COD-AB's names and the register's,
    and the districts of every city, since the city goes unnamed as often as not
    ("Самарський район" is Dnipro's, not the village Samari's)."""
    taken: set[tuple[str, str]] = set()
    if raions.is_file():
        with raions.open(encoding="utf-8") as handle:
            taken = {
                (KATOTTG_OBLASTS[row["pcode"][2:4]], key(row["name_en"]))
                for row in csv.DictReader(handle)
                if row["pcode"][2:4] in KATOTTG_OBLASTS
            }
    taken |= {
        (KATOTTG_OBLASTS[code[2:4]], key(name))
        for code, name in register.raions.items()
        if code[2:4] in KATOTTG_OBLASTS
    }
    cities = {key(name) for name in register.city_districts}
    return taken | {(oblast, name) for oblast in KATOTTG_OBLASTS.values() for name in cities}


#: A hromada's feminine adjective and a raion's masculine, as the COD-AB tables spell
#: them in romanised Ukrainian, Ukrainian and Russian: Tokmatska, Tokmatskyi;
#: Токмацька, Токмацький; Токмакская, Токмакский.
_MASCULINE_ENDINGS = (("ka", "kyi"), ("ька", "ький"), ("кая", "кий"))


def _masculine(adjective: str) -> str | None:
    """A hromada's adjective as a raion's, or None where it has no usual ending."""
    if adjective.endswith(("kyi", "кий")):
        return adjective
    for feminine, masculine in _MASCULINE_ENDINGS:
        if adjective.endswith(feminine):
            return adjective[: -len(feminine)] + masculine
    return None


def _former_raion(
    row: dict[str, str], centres: set[Town], oblast: str, taken: set[tuple[str, str]]
) -> set[str]:
    """The names of the raion that a hromada's centre led until the reform of 2020,
    which reports and Russian statements still use ("Tokmatskyi district", "Dvorichna
    raion", "Великобурлукский район"). The hromada, around the same centre, stands
    for it. Only a town or a city was a raion's seat, and a unit of today called so
    (see :func:`_taken`) is meant instead."""
    latin = _masculine(row["name_en"])
    if latin is None or (oblast, key(latin)) in taken:
        return set()
    if not centres or any(town.category not in _SEATS for town in centres):
        return set()
    seats = {town.latin for town in centres}
    names = {f"{name} {word}" for name in (latin, *seats) for word in RAION_WORDS}
    ukrainian, russian = _masculine(row["name_uk"]), _masculine(row["name_ru"])
    # Russian names many cities' districts so ("в Октябрьском районе" of Shakhty).
    if russian and key(russian) in CITY_DISTRICT_ADJECTIVES:
        russian = None
    for cyrillic in filter(None, (ukrainian, russian)):
        names |= {f"{cyrillic} {word}" for word in RAION_WORDS_CYRILLIC}
    return names
