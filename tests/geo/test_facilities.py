"""Facilities named by their town's adjective, read as the town they stand by."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "surface", "town", "oblast"),
    [
        (
            "Беспилотники снова атаковали Саратовский НПЗ.",
            "Саратовский",
            "Saratov",
            "Saratov Oblast",
        ),
        # not a Moscow quarter called Ryazansky
        ("После удара по Рязанскому НПЗ начался пожар.", "Рязанскому", "Ryazan’", "Ryazan Oblast"),
        # not a settlement of the name in Primorsky Krai
        (
            "Дроны ударили по Новошахтинскому заводу нефтепродуктов.",
            "Новошахтинскому",
            "Novoshakhtinsk",
            "Rostov Oblast",
        ),
        # a lowercase adjective between the town's and the noun
        (
            "Горит Саратовский нефтеперерабатывающий завод.",
            "Саратовский",
            "Saratov",
            "Saratov Oblast",
        ),
        # Ukrainian turns Kremenchuk's k into ts; not Kremenchutskyi raion
        ("Дрони атакували Кременчуцький НПЗ.", "Кременчуцький", "Kremenchuk", "Poltava Oblast"),
        ("Поранену доставили до Шебекинской ЦРБ.", "Шебекинской", "Shebekino", "Belgorod Oblast"),
        (
            "Атакована Белгородская ТЭЦ, есть перебои с теплом.",
            "Белгородская",
            "Belgorod",
            "Belgorod Oblast",
        ),
    ],
)
def test_a_facility_by_its_towns_adjective_is_the_town(
    places_in, sentence, surface, town, oblast
) -> None:
    found = places_in(sentence)[surface]
    assert (found.name, found.admin1, found.precision) == (town, oblast, "near")


@pytest.mark.parametrize(
    ("sentence", "surface", "plant"),
    [
        # named after its oblast's capital, 100 km off, and held by its own name
        (
            "Уламки впали неподалік Хмельницької АЕС.",
            "Хмельницької АЕС",
            "Khmelnytskyi Nuclear Power Plant",
        ),
        ("Drones circled over the Rivne NPP at night.", "Rivne NPP", "Rivne Nuclear Power Plant"),
        ("Курская АЭС работает в штатном режиме.", "Курская АЭС", "Kursk Nuclear Power Plant"),
    ],
)
def test_a_facility_the_gazetteer_holds_is_itself(places_in, sentence, surface, plant) -> None:
    assert places_in(sentence)[surface].name == plant


def test_an_adjective_before_no_facility_stays_as_it_was(places_in) -> None:
    """ "Саратовский губернатор" names no facility: the word is read as before."""
    assert "Саратовский" not in places_in("Саратовский губернатор прокомментировал атаку.")


@pytest.mark.parametrize(
    "sentence",
    [
        # Zaporizka TPP stands by Enerhodar, not in Zaporizhzhia
        "Ворог знову вдарив по Запорізькій ТЕС.",
        "Смоленская АЭС работает в штатном режиме.",
        "Рабочие Кировского завода вышли на смену.",
        # named after a sea, in St Petersburg: not Baltiysk
        "На Балтийском заводе спустили на воду корабль.",
    ],
)
def test_no_town_for_a_power_station_a_soviet_name_or_a_sea(places_in, sentence) -> None:
    assert all(p.precision != "near" for p in places_in(sentence).values())
