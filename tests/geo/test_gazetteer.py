"""Building the index: which entries of the gap-filling sources are GeoNames places
listed again, and which are villages of their own."""

from __future__ import annotations

from frontwatch.geo.gazetteer import _twins
from frontwatch.geo.keys import key
from frontwatch.geo.sources import Entry


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
    assert _twins(secondary, _known("Novoselivka"), [village]) == {1}


def test_a_twin_may_lie_further_than_a_small_community_reaches() -> None:
    """The register places a village at its community's centroid, which for a large
    community lies tens of km from the village."""
    secondary = [_register("Yatskivka", 49.03, 37.865)]
    assert _twins(secondary, _known("Yatskivka"), [(49.18, 37.524)]) == {0}


def test_a_village_of_the_name_far_away_is_not_a_twin() -> None:
    secondary = [_register("Stavky", 48.33, 38.06)]
    assert _twins(secondary, _known("Stavky"), [(49.05, 37.83)]) == set()


def test_a_village_in_another_oblast_is_not_a_twin() -> None:
    entry, keys = _register("Dibrova", 48.71, 38.07)
    entry.admin1 = "14"
    assert _twins([(entry, keys)], _known("Dibrova"), [(48.70, 38.06)]) == set()


def test_a_geonames_village_the_register_lists_once_is_one_candidate(fast) -> None:
    places = [
        p
        for p in fast.gazetteer.candidates(key("Yatskivka"))
        if (p.country, p.admin1) == ("UA", "05")
    ]
    assert len(places) == 1
    assert places[0].geonames_id is not None
