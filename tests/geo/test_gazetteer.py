"""Building the index: which entries of the gap-filling sources are GeoNames places
listed again, and which are villages of their own."""

from __future__ import annotations

import pytest

from frontwatch.geo.gazetteer import Place, _completed_by_its_twin, _twins, settle_regions
from frontwatch.geo.keys import key
from frontwatch.geo.sources import (
    REGION_POPULATION,
    UNKNOWN_POPULATION,
    Entry,
    settlement_register,
)


def _register(name: str, lat: float, lon: float) -> tuple[Entry, set[str]]:
    entry = Entry(name, lat, lon, kind="register", country="UA", admin1="05", secondary=True)
    return entry, {key(name)}


def _known(name: str) -> dict[tuple[str, str | None, str | None], list[int]]:
    return {(key(name), "UA", "05"): [0]}


def test_of_two_namesakes_near_a_geonames_village_only_the_nearest_is_its_twin() -> None:
    """An oblast's villages of one name may lie in neighbouring communities: the
    register entry nearest GeoNames' village is that village, the other a namesake."""
    village = (48.60, 37.90)
    secondary = [_register("Novoselivka", 48.70, 37.95), _register("Novoselivka", 48.62, 37.88)]
    assert _twins(secondary, _known("Novoselivka"), [village]) == {1: 0}


def test_a_twin_may_lie_further_than_a_small_community_reaches() -> None:
    """The register places a village at its community's centroid, which for a large
    community lies tens of km from the village."""
    secondary = [_register("Yatskivka", 49.03, 37.865)]
    assert _twins(secondary, _known("Yatskivka"), [(49.18, 37.524)]) == {0: 0}


def test_a_village_of_the_name_far_away_is_not_a_twin() -> None:
    secondary = [_register("Stavky", 48.33, 38.06)]
    assert _twins(secondary, _known("Stavky"), [(49.05, 37.83)]) == {}


def test_a_village_in_another_oblast_is_not_a_twin() -> None:
    entry, keys = _register("Dibrova", 48.71, 38.07)
    entry.admin1 = "14"
    assert _twins([(entry, keys)], _known("Dibrova"), [(48.70, 38.06)]) == {}


def test_a_geonames_village_the_register_lists_once_is_one_candidate(fast) -> None:
    places = [
        p
        for p in fast.gazetteer.candidates(key("Yatskivka"))
        if (p.country, p.admin1) == ("UA", "05")
    ]
    assert len(places) == 1
    assert places[0].geonames_id is not None


def _geonames_village(name: str) -> Place:
    return Place(696325, name, 46.78, 32.1, "UA", "16", 1_440, "settlement")


def test_a_geonames_village_takes_its_twins_community_and_spelling() -> None:
    """GeoNames writes the Mykolaiv Oblast village Prybuzske; the register, Прибузьке."""
    twin = Entry("Prybuzke", 46.77, 32.05, kind="register", country="UA", unit="UA4806007")
    completed = _completed_by_its_twin(_geonames_village("Prybuzske"), twin)
    assert (completed.name, completed.unit) == ("Prybuzke", "UA4806007")
    assert (completed.lat, completed.population) == (46.78, 1_440)


def test_a_twin_of_another_name_leaves_the_geonames_name() -> None:
    """Ukraine's renamings of 2016 gave Crimea's villages names nobody there uses:
    GeoNames' Pionerskoye stays so, though the register calls it Dzholman."""
    twin = Entry("Dzholman", 44.9, 34.3, kind="register", country="UA", unit="UA0112001")
    completed = _completed_by_its_twin(_geonames_village("Pionerskoye"), twin)
    assert (completed.name, completed.unit) == ("Pionerskoye", "UA0112001")


def test_the_teams_own_village_keeps_its_spelling() -> None:
    listed = Place(None, "Shpylivka", 48.98, 38.33, "UA", "09", 0, "settlement")
    twin = Entry("Shypylivka", 48.9, 38.4, kind="register", country="UA", unit="UA4412005")
    assert _completed_by_its_twin(listed, twin).name == "Shpylivka"


def test_a_village_written_as_the_register_spells_it_is_the_geonames_one(fast) -> None:
    """The register lists a second Прибузьке 25 km west, known only by its
    community's centroid: the report's spelling must not hand it the name."""
    found = fast.parse("Shelling hit Prybuz'ke, Mykolaiv Oblast, overnight.")[0]
    assert found.geonames_id == 696325
    assert found.name == "Prybuzke"


def test_the_registers_names_are_read_without_the_blanks_some_rows_carry(shared_dir) -> None:
    """Some rows end a name with a space ("Новофедорівка "), which a town's name
    taken from the register must not show."""
    names = [entry.name for entry in settlement_register(shared_dir)]
    assert "Novofedorivka" in names
    assert all(name == name.strip() for name in names)


def test_regions_take_their_towns_people_or_their_countrys_average() -> None:
    """A region joined to its towns sums them; one no town joins (Slovenia's
    municipalities have no GeoNames code here) gets its country's average region,
    not a placeholder million that would outweigh every town of its name."""
    places = [
        Place(None, "Slovenia", 46.1, 14.8, "SI", None, 2_000_000, "country"),
        Place(None, "Štore", 46.2, 15.3, "SI", None, REGION_POPULATION, "admin"),
        Place(None, "Grad", 46.8, 16.1, "SI", None, REGION_POPULATION, "admin"),
        Place(None, "Ptuj", 46.4, 15.9, "SI", None, REGION_POPULATION, "admin"),
        Place(None, "Ukraine", 49.0, 32.0, "UA", None, 41_000_000, "country"),
        Place(None, "Kharkiv Oblast", 49.5, 36.5, "UA", "07", REGION_POPULATION, "admin"),
        Place(1, "Kharkiv", 50.0, 36.2, "UA", "07", 1_400_000, "settlement"),
        Place(2, "Izium", 49.2, 37.3, "UA", "07", 45_000, "settlement"),
    ]
    settle_regions(places)
    sizes = {p.name: p.population for p in places}
    assert sizes["Kharkiv Oblast"] == 1_445_000
    assert sizes["Štore"] == sizes["Grad"] == 2_000_000 // 3


def test_a_geonames_place_of_unknown_size_counts_as_the_files_floor(fast) -> None:
    """GeoNames writes 0 for Twickenham's population; its file lists places of 500
    people or more, so 500 is what is known of it."""
    twickenham = [p for p in fast.gazetteer.candidates(key("Twickenham")) if p.country == "GB"]
    assert [p.population for p in twickenham] == [UNKNOWN_POPULATION]


def test_ukraines_places_know_their_community(fast) -> None:
    """Kupiansk lies in the Kupianskyi raion's Kupiansk community; the Kupianskyi
    raion is known by its own code, which opens its communities'."""
    town = [p for p in fast.gazetteer.candidates(key("Kupiansk")) if p.kind == "settlement"]
    raion = fast.gazetteer.candidates(key("Kupianskyi raion"))
    assert [p.unit for p in raion] == ["UA6308"]
    assert [p.unit.split()[0][:6] for p in town] == ["UA6308"]


@pytest.mark.parametrize(
    ("sentence", "surface", "name", "admin1"),
    [
        (
            "Поранених доставили до Слов’янська, а далі — до Дніпра.",
            "Слов’янська",
            "Slovyansk",
            "Donetsk Oblast",
        ),
        ("У Сокалі оголосили повітряну тривогу.", "Сокалі", "Sokal", "Lviv Oblast"),
    ],
)
def test_a_name_geonames_also_gives_another_town_is_the_towns_own(
    places_in, sentence: str, surface: str, name: str, admin1: str
) -> None:
    """GeoNames lists Sloviansk's name for Nikopol, which bore it in the 1780s, and
    Sokal's for a Vologda Oblast Sokol: beside Dnipro, Sloviansk had been Nikopol."""
    found = places_in(sentence)[surface]
    assert (found.name, found.admin1) == (name, admin1)


def test_a_rivers_name_geonames_gives_a_city_is_not_the_citys(places_in) -> None:
    """GeoNames lists "Dunaj", the Danube in Slovak, Czech and Polish, for Vienna."""
    found = places_in("Barges moored on the Dunaj near Bratislava.")
    assert "Dunaj" not in found or found["Dunaj"].name != "Vienna"
