"""Countries and large cities abroad as Ukrainian and Russian reports write them."""

from __future__ import annotations

import pytest

from frontwatch.geo import inflection


@pytest.mark.parametrize(
    ("sentence", "surface", "country"),
    [
        ("Переговори у Франції завершилися без заяв.", "Франції", "FR"),
        ("Франція передасть Україні ще шість літаків.", "Франція", "FR"),
        ("США оголосили новий пакет військової допомоги.", "США", "US"),
        ("Україна отримала F-16 від Данії та Нідерландів.", "Данії", "DK"),
        ("Україна отримала F-16 від Данії та Нідерландів.", "Нідерландів", "NL"),
        ("Делегації зустрілися в Саудівській Аравії.", "Саудівській Аравії", "SA"),
        ("В Германии прошли акции в поддержку Украины.", "Германии", "DE"),
        ("Британія надасть нові ракети великої дальності.", "Британія", "GB"),
    ],
)
def test_a_country_in_a_case_form(places_in, sentence: str, surface: str, country: str) -> None:
    found = places_in(sentence)[surface]
    assert (found.kind, found.country) == ("country", country)


@pytest.mark.parametrize(
    ("sentence", "surface", "city"),
    [
        ("Зеленський прибув до Вашингтона на переговори.", "Вашингтона", "Washington"),
        ("Саміт НАТО пройде в Гаазі наприкінці червня.", "Гаазі", "The Hague"),
    ],
)
def test_a_large_city_abroad_in_a_case_form(places_in, sentence: str, surface: str, city) -> None:
    assert places_in(sentence)[surface].name == city


def test_a_word_spelled_like_a_country_is_no_country(places_in) -> None:
    """ "Того ж дня" is "the same day", not Togo; "Мали місце" "took place", not Mali."""
    assert places_in("Того ж дня ворог атакував Харків.").keys() == {"Харків"}
    assert places_in("Мали місце обстріли околиць Сум.").keys() == {"Сум"}
    assert inflection.reads_as_a_word("Того")
    assert not inflection.reads_as_a_word("Франція")


def test_a_cyrillic_name_abroad_romanised_is_no_english_name(places_in) -> None:
    """Chile is "Чилі" and Deyang "Деян": romanised, those keys are words and names of
    English text ("the Chili Cook-Off", "Deann"), which must not become places."""
    assert places_in("Deann Pelkey won the Chili Cook-Off at the fire hall on Saturday.") == {}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Про це заявив Путин на нараді.", "Путин"),
        ("Бійці «Вагнера» увійшли в місто.", "Вагнера"),
    ],
)
def test_a_capitalised_cyrillic_word_is_no_small_town_abroad(places_in, text, word) -> None:
    """Capitals mid-sentence mark people and bodies as well as places."""
    assert word not in places_in(text)


def test_a_capitalised_cyrillic_word_may_be_a_large_city_abroad(places_in) -> None:
    found = places_in("Переговори між Вашингтоном і Москвою зайшли в глухий кут.")
    assert found["Вашингтоном"].country == "US"


def test_an_adjective_opening_a_sentence_of_the_war_is_no_village(places_in) -> None:
    assert places_in("Зеленая зона осталась за ВСУ.") == {}


def test_a_preposition_and_an_abbreviation_are_no_initialism(places_in) -> None:
    """ "У с." romanises to "U s", which is no United States."""
    found = places_in("У с. Свобода пошкоджено будинок.")
    assert all(p.country == "UA" for p in found.values())


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("У Саках після атаки горить аеродром.", "Саках", "Saki"),
        ("У Рені дрони пошкодили портову інфраструктуру.", "Рені", "Reni"),
        ("В Токмаке уничтожен склад боеприпасов.", "Токмаке", "Tokmak"),
        ("У Сарнах оголосили повітряну тривогу.", "Сарнах", "Sarny"),
    ],
)
def test_a_town_of_the_war_over_its_romanised_namesake_abroad(places_in, sentence, surface, name):
    """Romanised, each name is also a larger town abroad: Saki in Nigeria, Renyi in
    China, Tokmok in Kyrgyzstan, Sārni in India."""
    found = places_in(sentence)[surface]
    assert (found.name, found.country) == (name, "UA")


@pytest.mark.parametrize(
    ("sentence", "surface", "area"),
    [
        ("Ситуація на Близькому Сході знову загострилася.", "Близькому Сході", "Middle East"),
        ("США перебросили на Ближний Восток еще один авианосец.", "Ближний Восток", "Middle East"),
        ("Ціни на газ у Європі зросли вдвічі.", "Європі", "Europe"),
        ("В Африке растет влияние российских наемников.", "Африке", "Africa"),
        (
            "У Центральній Азії шукають нові маршрути постачання.",
            "Центральній Азії",
            "Central Asia",
        ),
        ("На Кавказі посилили заходи безпеки.", "Кавказі", "Caucasus"),
        ("НАТО провело навчання у Прибалтиці.", "Прибалтиці", "Baltic states"),
        ("Кораблі вийшли в Середземне море через Босфор.", "Середземне море", "Mediterranean Sea"),
        ("Кораблі вийшли в Середземне море через Босфор.", "Босфор", "Bosphorus"),
        ("У Придністров'ї заявили про нову провокацію.", "Придністров'ї", "Transnistria"),
        ("У Карпатах уночі випав перший сніг.", "Карпатах", "Carpathian Mountains"),
    ],
)
def test_an_area_or_a_continent_by_its_ukrainian_or_russian_name(
    places_in, sentence: str, surface: str, area: str
) -> None:
    """A region, a sea or a continent abroad in a case form: "Близькому Сході" had been
    nothing, "Кавказі" a village by Port Kavkaz and "Карпатах" a Luhansk Oblast one."""
    assert places_in(sentence)[surface].name == area


def test_an_areas_cyrillic_name_romanised_is_no_english_name(places_in) -> None:
    """Romanised, "Балтія" is Baltia, an American airline's name."""
    assert "Baltia" not in places_in("Baltia Air Lines still hopes to fly to St. Petersburg.")


@pytest.mark.parametrize(
    ("sentence", "surface", "feature"),
    [
        ("Удар по Курській АЕС не завдав пошкоджень.", "Курській АЕС", "Kursk Nuclear Power Plant"),
        (
            "Рівень води біля Каховської ГЕС падає.",
            "Каховської ГЕС",
            "Kakhovka Hydroelectric Power Plant",
        ),
        ("На ЧАЕС радіаційний фон у нормі.", "ЧАЕС", "Chornobyl Nuclear Power Plant"),
        ("Десант висадився на Кінбурнській косі.", "Кінбурнській косі", "Kinburn Spit"),
    ],
)
def test_a_plant_or_a_spit_of_the_war_by_its_ukrainian_name(
    places_in, sentence: str, surface: str, feature: str
) -> None:
    assert places_in(sentence)[surface].name == feature


def test_a_continent_in_a_case_form_is_no_village(places_in) -> None:
    found = places_in("Зерно йде до Африки та Азії.")
    assert [(p.name, p.kind) for p in found.values()] == [
        ("Africa", "continent"),
        ("Asia", "continent"),
    ]


@pytest.mark.parametrize(
    ("sentence", "surface", "region"),
    [
        ("Окупанти б’ють з території Бєлгородської області.", "Бєлгородської області", "Belgorod"),
        ("Удар завдано з Білгородської області.", "Білгородської області", "Belgorod"),
        ("Вибухи лунали у Воронезькій області.", "Воронезькій області", "Voronezh"),
        ("Дрони летіли над Калузькою областю.", "Калузькою областю", "Kaluga"),
    ],
)
def test_a_russian_region_in_its_ukrainian_spelling(
    places_in, sentence: str, surface: str, region: str
) -> None:
    assert places_in(sentence)[surface].name == f"{region} Oblast"


@pytest.mark.parametrize(
    ("sentence", "surface", "country"),
    [
        ("Росіяни масово видають паспорти РФ.", "РФ", "RU"),
        ("По данным Минобороны РФ, поражены склады.", "РФ", "RU"),
        ("Заява МЗС України прозвучала вчора.", "України", "UA"),
        ("Сводка Минобороны России вышла утром.", "России", "RU"),
    ],
)
def test_a_bodys_country_after_it_in_the_genitive(
    places_in, sentence: str, surface: str, country: str
) -> None:
    assert places_in(sentence)[surface].country == country


def test_an_english_initialism_is_no_cyrillic_one(places_in) -> None:
    assert places_in("The RF signal was jammed over the river.") == {}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Посредником в обмене пленными выступили Объединенные Арабские Эмираты.",
            "Объединенные Арабские Эмираты",
        ),
        (
            "Делегации встретились в Объединённых Арабских Эмиратах.",
            "Объединённых Арабских Эмиратах",
        ),
    ],
)
def test_a_countrys_long_russian_name(places_in, text: str, surface: str) -> None:
    assert places_in(text)[surface].name == "United Arab Emirates"


@pytest.mark.parametrize(
    "text",
    [
        "У Центрі національного спротиву розповіли про підпал складу.",
        "У Силах оборони півдня повідомили про знищений човен.",
        "В Центре управления обороной сообщили о перехвате.",
    ],
)
def test_a_common_word_heading_a_bodys_name_is_no_village_abroad(fast, text: str) -> None:
    assert fast.parse(text) == []


def test_a_border_town_before_a_conjunction_stays_a_town(places_in) -> None:
    found = places_in("У Грайвороні та Красній Ярузі чули вибухи.")
    assert found["Грайвороні"].name == "Grayvoron"


def test_an_adjective_opening_a_longer_name_is_no_country(fast) -> None:
    # "Малой" declines to Мали, Mali in Russian; here it opens a Kursk village's name.
    assert [p.name for p in fast.parse("Саперы работают в районе Малой Локни.")] == []


def test_a_country_before_a_persons_name_is_still_the_country(places_in) -> None:
    assert (
        places_in("Президент Франції Макрон заявив про нову допомогу.")["Франції"].name == "France"
    )


def test_a_land_abroad_before_a_town_of_a_likelier_reading(places_in) -> None:
    # "Балтії" is also the locative of Бальці, Moldova's Bălţi in Ukrainian.
    assert places_in("Родина виїхала через країни Балтії.")["Балтії"].name == "Baltic states"
