"""The currency a text counts money in tips a name shared by towns of two countries,
and only where nothing else in the text places it."""

from __future__ import annotations

import pytest

from frontwatch.geo.currencies import clues_paid


def test_dollars_place_a_town_the_english_one_would_take(places_in) -> None:
    """England's Mansfield is the largest of the name; a council counting dollars
    sits in an American one."""
    text = "The Mansfield council approved a {}bond to repair the library roof."
    assert places_in(text.format(""))["Mansfield"].country == "GB"
    assert places_in(text.format("$2.4 million "))["Mansfield"].country == "US"


def test_pounds_place_a_town_the_american_one_would_take(places_in) -> None:
    text = "The Lancaster council approved {} for the castle quarter."
    assert places_in(text.format("the plan"))["Lancaster"].country == "US"
    assert places_in(text.format("£3m"))["Lancaster"].country == "GB"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Talks in Athens ended as lenders offered $10 billion more.", "Athens", "GR"),
        ("The summit in Paris closed as donors pledged $100 billion a year.", "Paris", "FR"),
        ("Georgia will receive a $1 billion loan from the IMF.", "Georgia", "GE"),
    ],
)
def test_dollars_leave_a_capital_or_a_country_abroad_as_it_is(
    places_in, text: str, name: str, country: str
) -> None:
    """World news counts in dollars too: a currency never outweighs a country or a
    large city of the name."""
    assert places_in(text)[name].country == country


def test_a_state_outweighs_the_currency(places_in) -> None:
    found = places_in("Mansfield, Ohio, will spend $400,000 on new police cruisers.")
    assert (found["Mansfield"].country, found["Mansfield"].admin1) == ("US", "Ohio")


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The plant cost $1.2 billion to build.", ["US"]),
        ("Tickets are $ 8 at the door.", ["US"]),
        ("The bridge repairs will cost £40m.", ["GB"]),
        ("Fees rose from £12 to $15.", ["US", "GB"]),
        ("The loan of US$460 million was signed in Jakarta.", []),
        ("The mine was sold for C$2 billion.", []),
        ("Prices are up 12% and the euro buys less: €1 is 40 hryvnias.", []),
        ("Shelling killed 3 and wounded 12 near Kupiansk; 1,200 fled.", []),
    ],
)
def test_the_currencies_a_text_counts_in(text: str, countries: list[str]) -> None:
    assert [clue.country for clue in clues_paid(text)] == countries
