"""Russian and Belarusian villages GeoNames lacks, placed at the railway stop named
after them: which stop names count, where they land, and what the resolver does
with an address whose village is not known anywhere near the town it gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontwatch.geo.evaluate import km
from frontwatch.geo.railway_villages import (
    NearestRegion,
    on_their_stops,
    railway_villages,
    village_name,
)
from frontwatch.geo.sources import Entry


@pytest.mark.parametrize("name", ["Солоти", "Принцевка", "Молочные Дворы", "Козенки"])
def test_a_village_name(name: str) -> None:
    assert village_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "Белгород-Сортировочный",  # a yard of a city's junction
        "427 км",  # a kilometre post
        "Платформа Южная",
        "Разъезд Лесной",
        "Лесная",  # an adjective: the stop's own name
        "Московское Шоссе",  # a road
        "ОП Сумеричи",  # a halt's abbreviation
    ],
)
def test_a_stop_name_that_is_not_a_village(name: str) -> None:
    assert not village_name(name)


def _shared(tmp_path: Path) -> Path:
    """A shared folder with four Russian stops and two Belarusian ones."""
    rail = tmp_path / "data" / "rail"
    (rail / "esr_osm_sbin_2020").mkdir(parents=True)
    features = [
        {
            "properties": {"esr": esr, "name": name, "region": region},
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
        }
        for esr, name, region, lat, lon in (
            ("430001", "Солоти", "RU-BEL", 50.263, 38.015),
            ("280001", "Марк", "RU-KO", 65.0, 53.0),  # an English word and a given name
            ("430002", "Бирюч", None, 50.6, 38.4),  # no region: not placed
            ("470001", "Феодосия", "RU-CR", 45.03, 35.38),  # Crimea: a Ukrainian town
        )
    ]
    (rail / "ru_tr4_nodes.geojson").write_text(json.dumps({"features": features}), "utf-8")
    (rail / "esr_osm_sbin_2020" / "osm2esr.csv").write_text(
        '"esr";"lat";"lon";"name"\n'
        '"150001";"52.03";"29.18";"Козенки"\n'
        '"450001";"48.50";"35.00";"Вербовка"\n',  # a Ukrainian railway's code
        "utf-8",
    )
    return tmp_path


def test_stops_of_russia_and_belarus_become_secondary_villages(tmp_path: Path) -> None:
    """Not Crimea's, whose towns GeoNames and the register list as Ukraine's."""
    entries = {e.name: e for e in railway_villages(_shared(tmp_path))}
    assert set(entries) == {"Soloti", "Kozenki"}
    soloti = entries["Soloti"]
    assert (soloti.country, soloti.secondary, soloti.population) == ("RU", True, 0)
    assert "Солоти" in soloti.names
    assert entries["Kozenki"].country == "BY"


def _register_village(name: str, lat: float, lon: float) -> Entry:
    return Entry(name, lat, lon, kind="register", country="UA", names={name}, secondary=True)


def test_register_villages_move_to_their_stop(tmp_path: Path) -> None:
    """Two communities, one centroid each: a village with the only stop of its name
    nearby moves there; one whose community has two villages of its name stays at
    the centroid, as does one whose only stop near is Russian."""
    shared = _shared(tmp_path)
    with (shared / "data" / "rail" / "esr_osm_sbin_2020" / "osm2esr.csv").open("a") as f:
        f.write('"480001";"48.535";"37.966";"Клещеевка"\n')  # Russian spelling
        f.write('"480002";"48.60";"37.90";"Зайцево"\n')
        f.write('"480003";"49.20";"37.00";"Ивановка"\n')  # 60 km from the centroid
        f.write('"430001";"48.81";"37.61";"Ивановка"\n')  # Russian: the tariff guide's
    bakhmut, elsewhere = (48.59, 38.00), (48.80, 37.60)
    villages = [
        _register_village("Кліщіївка", *bakhmut),
        _register_village("Зайцеве", *bakhmut),
        _register_village("Зайцеве", *bakhmut),
        _register_village("Іванівка", *elsewhere),
    ]
    moved = list(on_their_stops(villages, shared))
    assert (moved[0].lat, moved[0].lon, moved[0].kind) == (48.535, 37.966, "settlement")
    assert [(v.lat, v.lon, v.kind) for v in moved[1:3]] == [(*bakhmut, "register")] * 2
    assert (moved[3].lat, moved[3].lon, moved[3].kind) == (*elsewhere, "register")


def test_a_register_village_is_placed_at_its_stop(places_in) -> None:
    """GeoNames lacks Klishchiivka; the register puts it at Bakhmut community's
    centroid, its stop within a kilometre or two of the village."""
    found = places_in("Fighting went on in Klishchiivka, Donetsk Oblast, all week.")
    village = found["Klishchiivka"]
    assert village.precision == "exact"
    assert km(village.lat, village.lon, 48.535, 37.966) < 3


def test_a_stop_takes_the_region_of_the_nearest_town() -> None:
    region_of = NearestRegion()
    region_of.add("RU", 50.60, 36.59, "09")  # Belgorod
    region_of.add("RU", 51.73, 36.19, "41")  # Kursk
    region_of.add("BY", 52.43, 31.00, "02")  # Gomel
    assert region_of("RU", 50.26, 38.02) == "09"
    assert region_of("RU", 51.50, 35.50) == "41"
    assert region_of("UA", 50.0, 36.2) is None


def test_a_border_village_gets_its_own_point(places_in) -> None:
    found = places_in("Shelling damaged two houses in Soloti, Belgorod Oblast, overnight.")
    soloti = found["Soloti"]
    assert (soloti.country, soloti.admin1, soloti.precision) == ("RU", "Belgorod Oblast", "exact")
    assert km(soloti.lat, soloti.lon, 50.26, 38.02) < 5


def test_a_belarusian_village_after_a_cue(places_in) -> None:
    found = places_in("Russian troops camped in the village of Kozenki in the Gomel region.")
    assert found["Kozenki"].country == "BY"
    assert km(found["Kozenki"].lat, found["Kozenki"].lon, 52.03, 29.18) < 5


def test_a_village_known_only_far_from_the_town_of_its_address_is_not_taken(places_in) -> None:
    """The only Chaika the gazetteer knows is a stop near St Petersburg: in
    'Chaika, Belgorod, Russia' it is an unlisted village by Belgorod, which stays."""
    found = places_in("Debris fell on Chaika, Belgorod, Russia, the governor said.")
    assert "Chaika" not in found
    assert found["Belgorod"].admin1 == "Belgorod Oblast"


def test_a_city_in_an_address_that_names_another_city_is_kept(places_in) -> None:
    """'Kursk, Belgorod' is a slip, not an unlisted village: a town of some size
    keeps its name whatever the town after it."""
    found = places_in("Drones were downed over Kursk, Belgorod, Russia, on Sunday.")
    assert found["Kursk"].admin1 == "Kursk Oblast"


def test_a_small_town_far_from_the_town_of_its_address_is_not_taken(places_in) -> None:
    """GeoNames' Rozhdestvenos are villages and small towns from Moscow Oblast to
    the Volga: in 'Rozhdestveno, Belgorod, Russia' none of them is meant."""
    found = places_in("Shelling damaged a school in Rozhdestveno, Belgorod, Russia.")
    assert (found["Rozhdestveno"].admin1, found["Rozhdestveno"].precision) == (
        "Belgorod Oblast",
        "admin",
    )
    assert found["Belgorod"].admin1 == "Belgorod Oblast"
