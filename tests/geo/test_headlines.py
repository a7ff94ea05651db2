"""Headlines in title case, as feeds and Telegram channels write them: every word is
capitalised, so capitals no longer tell a town's name from the words around it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("headline", "place", "name"),
    [
        ("Russian Forces Capture Avdiivka After Months Of Fighting", "Avdiivka", "Avdiyivka"),
        ("Ukraine Retakes Balakliia In Surprise Counteroffensive", "Balakliia", "Balakliya"),
        ("Zelensky Visits Kherson After Liberation", "Kherson", "Kherson"),
        ("Kupiansk Evacuation Ordered As Russian Troops Advance", "Kupiansk", "Kupyansk"),
        ("Russia Claims Capture Of Robotyne As Fighting Continues", "Robotyne", "Robotyne"),
        ("Russian Forces Shell Bilozerka, Kherson Oblast", "Bilozerka", "Bilozerka"),
    ],
)
def test_a_town_in_a_title_case_headline(places_in, headline: str, place: str, name: str) -> None:
    found = places_in(f"{headline}\nThe general staff confirmed the report on Sunday.")
    assert found[place].name == name


def test_english_words_in_a_headline_are_not_places(places_in) -> None:
    """'Surprise' (Arizona), 'Hit' (Iraq) and 'Oil' (Kazakhstan) are towns somewhere."""
    found = places_in("Ukraine Retakes Balakliia In Surprise Counteroffensive")
    assert "Surprise" not in found
    found = places_in("Drones Hit Oil Depot In Novorossiysk, Governor Says")
    assert set(found) == {"Novorossiysk"}


def test_an_english_word_in_a_headline_is_no_citys_other_name(places_in) -> None:
    """Seoul is "Soul" in some romanisations, but not in a section heading."""
    text = "The rouble slides.\n\nA Divided Elite And The Nation's Soul\n\nGovernors quarrel."
    assert "Soul" not in places_in(text)


def test_an_english_word_in_a_headline_is_a_place_when_the_story_says_so(fast) -> None:
    headline = "Missing Lancaster Hiker Found Safe"
    assert fast.parse(headline) == []
    found = fast.parse(
        f"{headline}\nDeputies in Lancaster thanked the volunteers who joined the search."
    )
    assert [p.text for p in found] == ["Lancaster", "Lancaster"]
    assert found[0].name == found[1].name == "Lancaster"


def test_a_list_of_people_is_no_headline(places_in) -> None:
    """Names in a list are all capitalised too, but no English words stand among them."""
    text = "The committee thanked:\nTyler Ashby, Clara Winslow, Mae Carroll Denton, Hugh Marion\n"
    assert places_in(text) == {}


def test_a_title_case_sentence_inside_running_text_is_no_headline(places_in) -> None:
    """Only a text's first sentence or a line of its own is a headline."""
    headline = "Russian Forces Capture Robotyne After Heavy Fighting"
    assert "Robotyne" in places_in(f"{headline}\nThe general staff denied it.")
    assert "Robotyne" not in places_in(f"Nothing was confirmed. {headline}. No one agreed.")


def test_a_word_the_tagger_reads_as_a_noun_is_the_town_the_story_places(model) -> None:
    text = (
        "Sycamore bakery wins a county prize. "
        "The shop on the main street of Sycamore opened in 1998."
    )
    assert [(p.text, p.admin1) for p in model.parse(text)] == [
        ("Sycamore", "Illinois"),
        ("Sycamore", "Illinois"),
    ]


def test_a_word_the_tagger_reads_as_a_noun_is_no_place_alone(model) -> None:
    assert model.parse("Sycamore leaves turn early this year. The trees line the avenue.") == []
