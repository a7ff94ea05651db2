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
