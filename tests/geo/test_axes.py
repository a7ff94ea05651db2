"""Axes of the front named by the adjective of their town, as the General Staff's
bulletins and the reports that follow them write them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "surface", "town", "oblast"),
    [
        (
            "На Покровському напрямку ворог 41 раз атакував позиції наших військ.",
            "Покровському",
            "Pokrovsk",
            "Donetsk Oblast",
        ),
        (
            "The enemy attacked 23 times in the Pokrovskyi direction, the General Staff said.",
            "Pokrovskyi",
            "Pokrovsk",
            "Donetsk Oblast",
        ),
        (
            "На Сіверському напрямку окупанти тричі намагалися прорвати оборону.",
            "Сіверському",
            "Siversk",
            "Donetsk Oblast",
        ),
        (
            "The Siverskyi direction saw four assaults overnight.",
            "Siverskyi",
            "Siversk",
            "Donetsk Oblast",
        ),
        (
            "На Курахівському напрямку тривають важкі бої.",
            "Курахівському",
            "Kurakhove",
            "Donetsk Oblast",
        ),
        (
            "Russian units pressed on the Huliaipilskyi direction with armour.",
            "Huliaipilskyi",
            "Hulyaypole",
            "Zaporizhzhia Oblast",
        ),
        (
            "На Лиманском направлении подразделения продвинулись на 2 км.",
            "Лиманском",
            "Lyman",
            "Donetsk Oblast",
        ),
        (
            "Russian troops advanced on the Krasnolimansky direction.",
            "Krasnolimansky",
            "Lyman",
            "Donetsk Oblast",
        ),
    ],
)
def test_an_axis_is_the_town_it_is_named_after(
    places_in, sentence: str, surface: str, town: str, oblast: str
) -> None:
    """Read as names, "Покровському" is Pokrovsk's raion, "Сіверському" a village near
    Saint Petersburg, "Лиманском" Lymanske in Odesa Oblast; Kurakhove and Huliaipole
    make their adjectives with an i (Курахівський, Гуляйпільський)."""
    found = places_in(sentence)[surface]
    assert (found.name, found.admin1) == (town, oblast)
    assert found.precision == "near"


def test_every_axis_of_a_list_is_read(places_in) -> None:
    found = places_in("Найбільше боїв точилося на Куп'янському та Лиманському напрямках.")
    assert found["Куп'янському"].name == "Kupyansk"
    assert found["Лиманському"].name == "Lyman"


def test_an_axis_lies_at_the_front_whatever_the_region_around_it(places_in) -> None:
    """Kharkiv Oblast has a village Lyman too, 20 km behind the 2022 line: the
    Kharkiv Oblast town beside it in the sentence must not pull the axis there."""
    found = places_in("Fighting was heaviest on the Kupiansk and Lyman axes this week.")
    assert found["Lyman"].admin1 == "Donetsk Oblast"
    assert found["Kupiansk"].precision == "near"


def test_an_axis_is_named_after_a_town_called_so_now(places_in) -> None:
    """Zaporizhzhia was Oleksandrivsk until 1921: "Oleksandrivskyi" is an Oleksandrivka's
    adjective now, not the city's."""
    found = places_in("На Олександрівському напрямку тривають бої.")["Олександрівському"]
    assert found.name == "Oleksandrivka"


def test_a_village_by_the_front_named_so_is_the_village(places_in) -> None:
    """ "Novopavlivka" is the village's own name, not the adjective of Nova Pavlivka."""
    found = places_in("The Novopavlivka direction remained tense.")["Novopavlivka"]
    assert found.name == "Novopavlivka"


def test_a_raion_is_still_a_raion(places_in) -> None:
    found = places_in("В Покровском районе Донецкой области погибли двое мирных жителей.")
    assert found["Покровском районе"].name == "Pokrovskyi raion"


@pytest.mark.parametrize(
    "sentence",
    ["He fought on the Eastern Front in 1943.", "The Russian front collapsed in the south."],
)
def test_a_front_named_by_a_compass_point_or_a_people_is_no_town(places_in, sentence) -> None:
    assert places_in(sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting intensified on the Zaporizhzhia front near Robotyne.",
        "Shelling hit Zaporizhzhia and Robotyne overnight.",
    ],
)
def test_a_citys_name_is_the_city_whatever_village_lies_by_the_front(places_in, sentence) -> None:
    """A village of 1,000 called Zaporizhzhia lies by Tokmak, 20 km from Robotyne; the
    city of 700,000 is what the name means."""
    found = places_in(sentence)["Zaporizhzhia"]
    assert found.geonames_id == 687700


def test_a_village_of_a_citys_name_in_its_stated_oblast(places_in) -> None:
    found = places_in("Shelling hit Zaporizhzhia, Donetsk Oblast, at dawn.")["Zaporizhzhia"]
    assert found.admin1 == "Donetsk Oblast"


def test_a_list_before_an_axis_word_is_a_list_of_names(places_in) -> None:
    """ "and the front line" lists no axis after Kharkiv."""
    found = places_in("Missiles struck Kharkiv and the front line overnight.")
    assert found["Kharkiv"].precision == "exact"


@pytest.mark.parametrize(
    "sentence",
    [
        "На Південному напрямку ворог втратив пів сотні окупантів.",
        "На Южном направлении без изменений.",
        "Найгарячіше на Покровському та Південному напрямках.",
    ],
)
def test_an_axis_named_by_a_compass_point_is_no_village(places_in, sentence: str) -> None:
    """Pivdenne (south) is a village by the Donetsk front; the Southern axis is none."""
    assert all(p.name != "Pivdenne" for p in places_in(sentence).values())


@pytest.mark.parametrize(
    ("sentence", "surface", "town"),
    [
        ("На Северском направлении отражены четыре атаки.", "Северском", "Siversk"),
        ("На Торецком направлении продолжаются бои.", "Торецком", "Toretsk"),
        (
            "На Константиновском направлении противник контратаковал.",
            "Константиновском",
            "Kostyantynivka",
        ),
        ("На Торецькому напрямку ворог атакував дев'ять разів.", "Торецькому", "Toretsk"),
        ("На Краматорском направлении бои не утихают.", "Краматорском", "Kramatorsk"),
    ],
)
def test_an_axis_in_russian_or_ukrainian_is_the_front_town(
    places_in, sentence: str, surface: str, town: str
) -> None:
    """A Russian adjective is the Ukrainian town's in its Russian spelling (Северск is
    Siversk, not the Tomsk Oblast city), and the axis word is masculine: "Торецькому"
    is Toretsk's adjective, not the dative of a village Toretske."""
    found = places_in(sentence)[surface]
    assert (found.name, found.admin1) == (town, "Donetsk Oblast")
