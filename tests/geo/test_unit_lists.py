"""Raions and hromadas listed by their adjectives before one plural word."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        (
            "За добу ворог гатив по Білопільській, Краснопільській та Юнаківській громадах.",
            {
                "Білопільській": "Bilopilska hromada",
                "Краснопільській": "Krasnopilska hromada",
            },
        ),
        # a hyphenated adjective is one item of the list
        (
            "Обстрілів зазнали Семенівська, Новгород-Сіверська та Сновська громади.",
            {
                "Семенівська": "Semenivska hromada",
                "Новгород-Сіверська": "Novhorod-Siverska hromada",
                "Сновська громади": "Snovska hromada",
            },
        ),
        # a city's districts
        (
            "Харків: вибухи пролунали у Салтівському та Холодногірському районах.",
            {"Салтівському": "Saltivskyi district"},
        ),
        (
            "Artillery hit the Bilopilska, Krasnopilska and Myropilska hromadas on Sunday.",
            {
                "Bilopilska": "Bilopilska hromada",
                "Myropilska hromadas": "Myropilska hromada",
            },
        ),
    ],
)
def test_each_unit_of_a_list_before_its_word(places_in, sentence, units) -> None:
    found = places_in(sentence)
    assert {surface: found[surface].name for surface in units} == units


def test_a_town_in_the_list_stays_the_town(places_in) -> None:
    found = places_in("Під ударами були Нікополь, Марганецька та Покровська громади.")
    assert found["Нікополь"].name == "Nikopol"
    assert found["Марганецька"].name == "Marhanetska hromada"


def test_a_list_of_towns_before_another_word_is_no_list_of_units(places_in) -> None:
    found = places_in("Ворог обстріляв Білопілля, Краснопілля та Юнаківку з артилерії.")
    assert all(not p.name.endswith("hromada") for p in found.values())
