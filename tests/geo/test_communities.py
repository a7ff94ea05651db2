"""Which community a place lies in, from the register or the nearest centroids."""

from __future__ import annotations

from pathlib import Path

from frontwatch.geo.communities import Communities, inside


def test_a_point_lies_in_the_community_of_the_nearest_centroid(shared_dir: Path) -> None:
    communities = Communities(shared_dir)
    # Balakliia's town square, in the Balakliia community of the Izium raion.
    codes = communities.around(49.4627, 36.8586).split()
    assert codes
    assert all(code.startswith("UA63") for code in codes)  # Kharkiv Oblast
    assert inside(" ".join(codes), {"UA6304"})  # Iziumskyi raion
    assert not inside(" ".join(codes), {"UA6308"})  # Kupianskyi raion


def test_a_raion_holds_its_communities() -> None:
    assert inside("UA6304003", {"UA6304"})
    assert inside("UA6308005 UA6304003", {"UA6304"})
    assert not inside("UA6308005", {"UA6304"})
    assert not inside("", {"UA6304"})


def test_without_the_centroids_no_place_has_a_community(tmp_path: Path) -> None:
    assert Communities(tmp_path).around(49.46, 36.86) == ""
