"""US post towns that GeoNames lacks: read in addresses and datelines, and never
when their one-word name is also a word or a person's name."""

from __future__ import annotations


def test_a_hamlet_in_an_address(places_in) -> None:
    place = places_in("Volunteers in Lanexa, Va., packed 300 boxes of food.")["Lanexa"]
    assert (place.country, place.admin1) == ("US", "Virginia")


def test_a_hamlet_in_a_dateline(places_in) -> None:
    found = places_in("Board trims budget. HARWINTON — The selectmen voted 3-0 on Monday.")
    assert found["HARWINTON"].admin1 == "Connecticut"


def test_a_word_that_is_also_a_post_town_stays_a_word(places_in) -> None:
    found = places_in("Officials at the Department of the Interior said the park would reopen.")
    assert "Interior" not in found


def test_a_bare_hamlet_needs_a_sign(places_in) -> None:
    """A post town has no population to speak for it: without a cue, an address or
    a dateline, a capitalised word that spells one is not taken."""
    assert "Lanexa" not in places_in("Lanexa Farms won the county contract.")
