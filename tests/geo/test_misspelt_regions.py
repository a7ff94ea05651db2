"""Oblasts misspelt in addresses ("Dontesk Oblast"): read as the region one edit
away, so that the address still says which of a name's villages is meant."""

from __future__ import annotations

import pytest


def test_a_misspelt_oblast_still_places_the_village_before_it(places_in) -> None:
    """Odesa Oblast has the largest Novoselivka; the address means Donetsk's."""
    found = places_in("Shelling hit Novoselivka, Dontesk Oblast, Ukraine, overnight.")
    assert found["Dontesk Oblast"].name == "Donetsk Oblast"
    assert found["Dontesk Oblast"].precision == "admin"
    assert found["Novoselivka"].admin1 == "Donetsk Oblast"


@pytest.mark.parametrize(
    ("written", "region"),
    [
        ("Belogorod Oblast", "Belgorod Oblast"),  # a letter added
        ("Kurks Oblast", "Kursk Oblast"),  # two swapped
        ("Zaporizhzia region", "Zaporizhzhia Oblast"),  # a letter dropped
        ("Belograd Oblast", "Belgorod Oblast"),  # two edits in a long name
        ("Smolnsak region", "Smolensk Oblast"),
    ],
)
def test_one_slip_in_an_oblast(places_in, written: str, region: str) -> None:
    found = places_in(f"Air defence was active over {written}, the governor said.")
    assert found[written].name == region


def test_an_unknown_word_far_from_every_oblast_is_no_region(places_in) -> None:
    assert places_in("Officials in the Smith region said the roads were closed.") == {}


def test_a_short_name_allows_only_one_slip(places_in) -> None:
    """'Kasrk' is two edits from Kursk: too many for a name of five letters."""
    assert places_in("Shelling in the Kasrk region continued.") == {}
    assert places_in("Shelling in the Kurks region continued.")["Kurks region"].admin1 == (
        "Kursk Oblast"
    )


def test_a_misspelt_russian_oblast_picks_its_namesake(places_in) -> None:
    """Bashkortostan's Oktyabrsky is a city of 100,000; the misspelt oblast says the
    Belgorod village is meant."""
    found = places_in("A drone hit a barn in Oktyabrskii, Belogorod Oblast, Russia.")
    assert found["Oktyabrskii"].admin1 == "Belgorod Oblast"


def test_a_misspelt_town_in_a_misspelt_oblast(places_in) -> None:
    """A town's misspelling is read only where the address states the region: a
    misspelt oblast still states it."""
    found = places_in("Sirens sounded in Kramatorks, Dontesk Oblast, at noon.")
    assert found["Kramatorks"].name == "Kramatorsk"


def test_a_misspelt_country_ends_an_address(places_in) -> None:
    """Russia's Kamenka in Penza Oblast is the largest; a slip in 'Belarus' still
    says the Belarusian village is meant."""
    found = places_in("Troop train unloading seen at Kamenka, Belaurs")
    assert found["Belaurs"].name == "Belarus"
    assert found["Belaurs"].precision == "country"
    assert found["Kamenka"].country == "BY"


def test_a_misspelt_country_word_inside_a_line_is_no_country(places_in) -> None:
    found = places_in("Drone debris fell on Gomel, Belaurs Avenue was closed.")
    assert "Belaurs" not in found


@pytest.mark.parametrize(
    ("written", "city"),
    [
        ("Lipestk", "Lipetsk"),  # two swapped
        ("Kurks", "Kursk"),  # not Krasnoyarsk, whose consonants are as near
    ],
)
def test_a_misspelt_city_before_its_country(places_in, written: str, city: str) -> None:
    found = places_in(f"Air defence shot down drones over {written}, Russia")
    assert found[written].name == city


def test_a_misspelt_regional_city_places_the_village_before_it(places_in) -> None:
    """Sumy Oblast has the largest Stepanivka; 'Donestk' states Donetsk's."""
    found = places_in("Artillery hit Stepanivka, Donestk, Ukraine")
    assert found["Stepanivka"].admin1 == "Donetsk Oblast"


def test_the_word_oblast_is_no_misspelt_city(places_in) -> None:
    """An unknown region before 'Oblast' leaves the word a region word, not Brest."""
    found = places_in("Convoy filmed in Viciebsk, Vostok Oblast, Belarus")
    assert "Oblast" not in found
