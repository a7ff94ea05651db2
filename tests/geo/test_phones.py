"""A text's telephone numbers place the towns it leaves without a state.

Whole numbers are from the 555-0100 to 555-0199 range kept for fiction, which
rings in its area code's state; a town's exchange is looked up as a prefix only."""

from __future__ import annotations

from frontwatch.geo.phones import clues_called


def test_a_local_number_places_a_town_of_many_namesakes(places_in) -> None:
    """Virginia's capital is the largest Richmond; an 859 number rings in Kentucky."""
    found = places_in(
        "Tickets for the Richmond fire station's fish fry are $8. Call (859) 555-0190 for details."
    )
    assert (found["Richmond"].country, found["Richmond"].admin1) == ("US", "Kentucky")


def test_a_number_outweighs_a_country_of_the_same_name(places_in) -> None:
    text = "Registration for the spring league is at the high school in Jordan."
    assert places_in(text)["Jordan"].country == "JO"
    found = places_in(text + " For details call 952-555-0117.")
    assert (found["Jordan"].country, found["Jordan"].admin1) == ("US", "Minnesota")


def test_a_toll_free_number_rings_nowhere(places_in, fast) -> None:
    text = "Tickets for the Richmond fire station's fish fry are $8. Call 1-800-555-0190."
    assert clues_called(text, fast.gazetteer) == []
    assert places_in(text)["Richmond"].admin1 == "Virginia"


def test_a_number_gives_its_state(fast) -> None:
    (clue,) = clues_called("Call the clerk at 952-555-0117 by Friday.", fast.gazetteer)
    assert (clue.country, clue.region) == ("US", ("US", "MN"))


def test_figures_that_are_no_number_give_no_clue(fast) -> None:
    text = "Shelling killed 3 and wounded 12 near Kupiansk on 2024-03-15; 1,200 fled."
    assert clues_called(text, fast.gazetteer) == []


def test_the_index_finds_a_numbers_town_by_its_longest_prefix(fast) -> None:
    assert fast.gazetteer.rings_in("1859625") == ("Richmond", "KY")
    assert fast.gazetteer.rings_in("18595550190") == ("", "KY")
    assert fast.gazetteer.rings_in("18005550190") is None
