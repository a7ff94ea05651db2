"""Russia's districts by their adjectives, as border governors' reports name them."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "surface", "district", "admin1"),
    [
        (
            "В Глушковском районе дрон ударил по автомобилю.",
            "Глушковском районе",
            "Glushkovo District",
            "Kursk Oblast",
        ),
        (
            "Шебекинский округ сегодня атакован дронами.",
            "Шебекинский округ",
            "Shebekino District",
            "Belgorod Oblast",
        ),
        (
            "В Шебекинском городском округе повреждены дома.",
            "Шебекинском городском округе",
            "Shebekino District",
            "Belgorod Oblast",
        ),
        (
            "У Бєлгородському районі пошкоджено лінії електропередачі.",
            "Бєлгородському районі",
            "Belgorod District",
            "Belgorod Oblast",
        ),
        (
            "Жителей Острогожского района просят не подходить к обломкам.",
            "Острогожского района",
            "Ostrogozhsk District",
            "Voronezh Oblast",
        ),
        (
            "Новооскольский округ все чаще под ударом.",
            "Новооскольский округ",
            "Novy Oskol District",
            "Belgorod Oblast",
        ),
    ],
)
def test_a_towns_adjective_before_a_district_word_is_the_district(
    places_in, sentence: str, surface: str, district: str, admin1: str
) -> None:
    found = places_in(sentence)[surface]
    assert (found.name, found.admin1, found.precision) == (district, admin1, "admin")
    assert found.geonames_id is None  # the area around the town, not the town


def test_each_district_of_a_list_before_its_word(places_in) -> None:
    found = places_in("Губкинский и Старооскольский округа находятся в режиме готовности.")
    assert found["Губкинский"].name == "Gubkin District"
    assert found["Старооскольский округа"].name == "Staryy Oskol District"


def test_the_district_by_the_border_over_a_namesake_inland(places_in) -> None:
    """Korenevo in Kursk Oblast, on the border, not Korenyovo near Moscow."""
    found = places_in("В Кореневском районе атаковали автомобиль.")["Кореневском районе"]
    assert found.admin1 == "Kursk Oblast"


@pytest.mark.parametrize(
    "sentence", ["В Октябрьском районе сработала ПВО.", "У Ленінському районі вимкнули світло."]
)
def test_a_city_district_of_a_soviet_name_is_no_towns_district(places_in, sentence) -> None:
    """Many cities have an Oktyabrsky or a Leninsky district; Oktyabrsk has none."""
    assert not any(p.name.endswith(" District") for p in places_in(sentence).values())


def test_a_ukrainian_raion_stays_the_raion(places_in) -> None:
    """A Yakut town is called Pokrovsk too; "Покровському районі" is Donetsk Oblast's."""
    found = places_in("У Покровському районі загинули двоє.")["Покровському районі"]
    assert (found.country, found.admin1) == ("UA", "Donetsk Oblast")


@pytest.mark.parametrize(
    ("sentence", "surface", "district"),
    [
        # a linking syllable: Sudzha makes Суджанский, Liski Лискинский
        ("Саперы работают в Суджанском районе.", "Суджанском районе", "Sudzha District"),
        ("В Лискинском районе упали обломки.", "Лискинском районе", "Liski District"),
        # a plural name loses its -ki: Valuyki makes Валуйский
        ("Дрон атаковал склад, Валуйский округ.", "Валуйский округ", "Valuyki District"),
        # a plural name in -цы takes -ов-: Klintsy makes Клинцовский
        ("Обломки упали в Клинцовском районе.", "Клинцовском районе", "Klintsy District"),
        # g before the suffix turns to zh: Krasnaya Yaruga makes Краснояружский
        (
            "Краснояружский округ снова под обстрелом.",
            "Краснояружский округ",
            "Krasnaya Yaruga District",
        ),
    ],
)
def test_districts_whose_adjectives_change_the_towns_stem(
    places_in, sentence, surface, district
) -> None:
    assert places_in(sentence)[surface].name == district


def test_a_district_named_as_its_centre(places_in) -> None:
    """Tarasovsky District lies around the settlement of Tarasovsky, Rostov Oblast."""
    found = places_in("Беспилотники сбиты над Тарасовским районом.")["Тарасовским районом"]
    assert (found.name, found.admin1) == ("Tarasovskiy District", "Rostov Oblast")


def test_every_district_of_a_list_before_its_region(places_in) -> None:
    found = places_in("Обломки упали в Чертковском, Миллеровском и Тарасовском районах.")
    assert {p.name for p in found.values()} >= {"Millerovo District", "Tarasovskiy District"}


def test_the_district_nearest_the_war_over_namesakes_farther_off(places_in) -> None:
    """Alekseyevka in Belgorod Oblast, not the districts of other Alekseyevkas."""
    found = places_in("Алексеевский округ: беспилотник повредил цех.")["Алексеевский округ"]
    assert found.admin1 == "Belgorod Oblast"


def test_an_abolished_ukrainian_raion_where_the_text_says_so(places_in) -> None:
    """A Volchansk in the Urals makes "Волчанский" too; Kharkiv Oblast is stated."""
    found = places_in("Удары по Волчанскому району Харьковской области продолжаются.")
    assert found["Волчанскому району"].admin1 == "Kharkiv Oblast"


@pytest.mark.parametrize(
    ("sentence", "surface", "district", "admin1", "centre"),
    [
        (
            "В Каменском районе Ростовской области сбит беспилотник.",
            "Каменском районе",
            "Kamensky District",
            "Rostov Oblast",
            (48.53, 40.33),
        ),
        (
            "В Красногвардейском районе Белгородской области дрон атаковал автомобиль.",
            "Красногвардейском районе",
            "Krasnogvardeysky District",
            "Belgorod Oblast",
            (50.65, 38.40),
        ),
        (
            "В Октябрьском районе Курской области перехвачены два дрона.",
            "Октябрьском районе",
            "Oktyabrsky District",
            "Kursk Oblast",
            (51.66, 35.94),
        ),
        (
            "Над Неклиновским районом ночью сбиты четыре беспилотника.",
            "Неклиновским районом",
            "Neklinovsky District",
            "Rostov Oblast",
            (47.41, 38.90),
        ),
        (
            "Также в Беловском районе зафиксированы обстрелы сел.",
            "Беловском районе",
            "Belovsky District",
            "Kursk Oblast",
            (51.06, 35.71),
        ),
        (
            "Shelling was reported in Bolshesoldatsky District, Kursk Oblast.",
            "Bolshesoldatsky District",
            "Bolshesoldatsky District",
            "Kursk Oblast",
            (51.34, 35.51),
        ),
    ],
)
def test_a_district_around_a_centre_of_another_name_is_placed_there(
    places_in, sentence, surface, district, admin1, centre
) -> None:
    """Kamensky District lies around Glubokiy, not Kamensk-Shakhtinsky; Krasnogvardeysky
    around Biryuch, Kursk Oblast's Oktyabrsky around Pryamitsyno, its Belovsky around
    Belaya (not Kemerovo Oblast's district of Belovo) and its Bolshesoldatsky around
    Bolshoye Soldatskoye."""
    found = places_in(sentence)[surface]
    assert (found.name, found.admin1, found.precision) == (district, admin1, "admin")
    assert abs(found.lat - centre[0]) < 0.1 and abs(found.lon - centre[1]) < 0.1


@pytest.mark.parametrize(
    ("sentence", "surface", "raion"),
    [
        ("В Каменском районе сбиты два дрона.", "Каменском районе", "Kamianskyi raion"),
        (
            "Взрывы прогремели в Красногвардейском районе Крыма.",
            "Красногвардейском районе",
            "Kurmanskyi raion",
        ),
    ],
)
def test_without_a_russian_region_the_raion_of_ukraine_stays(
    places_in, sentence, surface, raion
) -> None:
    assert places_in(sentence)[surface].name == raion


def test_a_citys_district_named_as_many_are_is_no_regions_district(places_in) -> None:
    assert "Октябрьском районе" not in places_in("В Октябрьском районе Ростова сбит дрон.")


@pytest.mark.parametrize(
    ("sentence", "surface", "district", "admin1"),
    [
        (
            "Russian forces attacked near Tetkino (Glushkovsky Raion, Kursk Oblast) overnight.",
            "Glushkovsky Raion",
            "Glushkovo District",
            "Kursk Oblast",
        ),
        (
            "Artillery hit a farm in the Krasnoyaruzhsky district on Tuesday.",
            "Krasnoyaruzhsky district",
            "Krasnaya Yaruga District",
            "Belgorod Oblast",
        ),
        (
            "Two drones were downed over the Shebekinsky Urban Okrug.",
            "Shebekinsky Urban Okrug",
            "Shebekino District",
            "Belgorod Oblast",
        ),
        (
            "A drone fell on a field in Neklinovsky District, Rostov Oblast.",
            "Neklinovsky District",
            "Neklinovsky District",
            "Rostov Oblast",
        ),
        (
            "A transformer burned in Krasnogvardeysky District, Belgorod Oblast.",
            "Krasnogvardeysky District",
            "Krasnogvardeysky District",
            "Belgorod Oblast",
        ),
    ],
)
def test_a_romanised_district_is_the_district(
    places_in, sentence: str, surface: str, district: str, admin1: str
) -> None:
    """English reporting romanises the governors' districts: "Glushkovsky Raion" is
    the district around Glushkovo, not the town."""
    found = places_in(sentence)[surface]
    assert (found.name, found.admin1, found.precision) == (district, admin1, "admin")


def test_each_romanised_district_of_a_list(places_in) -> None:
    found = places_in("Drones struck the Belgorodsky and Shebekinsky districts overnight.")
    assert found["Belgorodsky"].name == "Belgorod District"
    assert found["Shebekinsky districts"].name == "Shebekino District"


@pytest.mark.parametrize(
    ("sentence", "surface", "admin1"),
    [
        (
            "Shelling hit a military base in the Kievsky District of Donetsk.",
            "Donetsk",
            "Donetsk Oblast",
        ),
        (
            "Debris fell in Fokinsky District, Bryansk, after the attack.",
            "Bryansk",
            "Bryansk Oblast",
        ),
    ],
)
def test_a_district_before_a_city_is_the_citys(places_in, sentence, surface, admin1) -> None:
    """Donetsk's Kievsky district is none of Krasnodar Krai's Kiyevskoye, nor Bryansk's
    Fokinsky one around the town of Fokino: the city named after it is read."""
    found = places_in(sentence)
    assert not any(place.name.endswith("District") for place in found.values())
    assert (found[surface].name, found[surface].admin1) == (surface, admin1)


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("A drone hit a house in the Zheleznodorozhny district of Kursk.", "Kursk"),
        ("Zheleznodorozhnyy Rayon, Rostov-on-Don, Russia", "Rostov-on-Don"),
        ("Debris fell in Bryansk's Sovetsky district overnight.", "Bryansk"),
        ("A shell hit a bus stop in the Tsentralnyi district of Zaporizhzhia.", "Zaporizhzhia"),
    ],
)
def test_a_district_named_as_many_cities_are_is_the_citys_own(places_in, sentence, city) -> None:
    """The Moscow Oblast town of Zheleznodorozhny, Makiivka's district once called
    Sovetsky and Dnipro's Tsentralnyi are not what the city's district is: only the
    city is read."""
    found = places_in(sentence)
    assert [surface for surface in found if surface != "Russia"] == [city]


def test_a_district_the_city_has_is_still_read(places_in) -> None:
    found = places_in("Shelling damaged a school in the Zavodskyi district of Zaporizhzhia.")
    assert found["Zavodskyi district"].admin1 == "Zaporizhzhia Oblast"


def test_a_ukrainian_romanisation_is_no_russian_district(places_in) -> None:
    """ "Komunarskyi" is romanised as Ukraine's national system writes, so its district
    is Zaporizhzhia's, not that of Moscow's Kommunarka."""
    found = places_in("A missile hit Zaporizhzhia's Komunarskyi district.")
    assert all(place.admin1 != "Moscow" for place in found.values())


def test_the_district_of_a_raion_abolished_in_ukraine_is_no_distant_russian_one(places_in) -> None:
    """Vovchansk's raion was "Волчанский район" in Russian; the Urals' town of Volchansk
    lies two thousand kilometres from the war."""
    found = places_in("Обстрелы продолжились в Волчанском районе.")["Волчанском районе"]
    assert found.admin1 == "Kharkiv Oblast"
