"""Ukrainian and Russian case forms of place names, as Telegram posts write them."""

from __future__ import annotations

import pytest

from frontwatch.geo import inflection


@pytest.mark.parametrize(
    ("word", "nominative"),
    [
        ("Харкову", "харків"),
        ("Авдіївки", "авдіївка"),
        ("Покровська", "покровськ"),
        ("Вовчанськом", "вовчанськ"),
        ("Херсонську", "херсонська"),
        ("Белгородской", "белгородская"),
        ("Судже", "суджа"),
        ("Часового", "часів"),
    ],
)
def test_a_case_form_is_read_back_to_its_nominative(word, nominative) -> None:
    assert nominative in inflection.nominatives(word)


def test_a_short_adjective_is_no_possessive() -> None:
    """ "Новому" (new) is no possessive of a village "Нів"; "Часового" is Часів's."""
    assert "нів" not in inflection.nominatives("Новому")
    assert "новий" in inflection.nominatives("Новому")


def test_a_word_is_read_at_its_nominatives_then_as_written() -> None:
    assert inflection.forms("Харкову")[-1] == "харкову"
    assert inflection.forms("Харкову")[0] == "харків"


def test_only_cyrillic_words_are_read() -> None:
    assert inflection.is_cyrillic("Куп’янськ")
    assert not inflection.is_cyrillic("Kupiansk")
    assert not inflection.is_cyrillic("’")


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("Вночі ворог знову вдарив по Харкову дронами.", "Харкову", "Kharkiv"),
        ("Бої точаться біля Куп'янська-Вузлового.", "Куп'янська-Вузлового", "Kupiansk-Vuzlovyi"),
        ("Штурми тривають поблизу Покровська і Торецька.", "Покровська", "Pokrovsk"),
        ("Штурми тривають поблизу Покровська і Торецька.", "Торецька", "Toretsk"),
        ("Российские подразделения закрепились под Угледаром.", "Угледаром", "Vuhledar"),
        ("Ночью дроны сбиты в Белгородской области.", "Белгородской области", "Belgorod Oblast"),
        ("Мер Харкова Ігор Терехов повідомив про влучання.", "Харкова", "Kharkiv"),
        ("Вибухи пролунали у Києві близько третьої ночі.", "Києві", "Kyiv"),
        ("Запеклі бої тривають біля Часового Яру.", "Часового Яру", "Chasiv Yar"),
        ("У Часовому Яру окупанти зайшли в мікрорайон.", "Часовому Яру", "Chasiv Yar"),
        ("Ворог обстріляв околиці Волохового Яру.", "Волохового Яру", "Volokhiv Yar"),
    ],
)
def test_declined_names_in_ukrainian_and_russian_posts(places_in, sentence, surface, name) -> None:
    found = places_in(sentence)
    assert found[surface].name == name
    assert found[surface].country in ("UA", "RU")


def test_a_town_in_the_dative_is_the_town_not_its_raion(places_in) -> None:
    assert places_in("Артилерія била по Куп'янську весь день.")["Куп'янську"].kind == "settlement"


def test_people_in_a_ukrainian_sentence_are_not_places(places_in) -> None:
    found = places_in("Ігор Терехов і Олег Синєгубов прибули на місце удару.")
    assert not found


@pytest.mark.parametrize(
    "sentence",
    ["Про це повідомив Сорокин на брифінгу.", "Заяву зробив Гусев після обстрілу."],
)
def test_a_ukrainian_or_russian_surname_is_no_town(places_in, sentence) -> None:
    """Sorokyne and Gusev are towns of 49,000 and 28,000, and common surnames."""
    assert not places_in(sentence)


def test_a_town_after_a_preposition_keeps_a_surnames_spelling(places_in) -> None:
    assert places_in("У Сорокиному пролунали вибухи.")["Сорокиному"].name == "Sorokyne"


@pytest.mark.parametrize(
    "sentence",
    [
        "У Лаврова відповіли на заяву Києва.",
        "Від Залужного чекали рішення щодо Бахмута.",
        "От Сырского требуют объяснений по Авдеевке.",
        "У Пескова отказались комментировать удар по Белгороду.",
        "У Кадырова заявили о штурме Марьинки.",
    ],
)
def test_a_person_after_a_preposition_is_no_village(places_in, sentence) -> None:
    """Lavriv, Zaluzhne, Syrskoye, Pashkove and a Kudriave were found in these: the
    preposition is a word of place, but the case it governs here is a surname's."""
    found = places_in(sentence)
    assert all(p.country != "UA" or p.precision == "exact" for p in found.values())
    assert not {"Лаврова", "Залужного", "Сырского", "Пескова", "Кадырова"} & set(found)
    assert len(found) == 1


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("По словам Лаврова, переговоры в Стамбуле прошли конструктивно.", "Лаврова"),
        ("За словами Єрмака, делегація вже прибула до Женеви.", "Єрмака"),
        ("У Єрмака відповіли на чутки про зустріч у Женеві.", "Єрмака"),
        ("За словами Кличка, у Києві запрацювали пункти незламності.", "Кличка"),
    ],
)
def test_a_source_or_an_official_is_no_village(places_in, sentence, person) -> None:
    """Lavriv, Aksu (Yermak until 1993) and a Klichka were read in these: "according
    to" names a person, and the officials whose names places also bear are listed."""
    found = places_in(sentence)
    assert person not in found
    assert len(found) == 1


def test_the_person_a_monument_honours_is_no_village(places_in) -> None:
    found = places_in("У Полтаві до пам'ятника Шевченку принесли квіти.")
    assert set(found) == {"Полтаві"}


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Інтерфакс-Україна: у Сумах пролунали вибухи.", "Сумах"),
        ("Interfax-Ukraine reported new strikes on Sumy overnight.", "Sumy"),
        ("Fighters of the Azov-Dnipro battalion held positions near Vremivka.", "Vremivka"),
    ],
)
def test_a_place_hyphened_to_an_organisation_names_its_branch(places_in, sentence, surface):
    assert set(places_in(sentence)) == {surface}


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("Бои у Песков продолжаются третий день.", "Песков", "Pisky"),
        ("У Залужному Тернопільської області горіла ферма.", "Залужному", "Zaluzhne"),
        ("Колонна техники прошла у Макарова на трассе.", "Макарова", "Makariv"),
        ("У Климова ночью сбит беспилотник.", "Климова", "Klimovo"),
        ("У Стаханова поражён склад боеприпасов.", "Стаханова", "Kadiyivka"),
        ("Біля Залужного Вінницької області впав уламок.", "Залужного", "Zaluzhne"),
    ],
)
def test_a_village_shaped_like_a_surname_stays_a_village(places_in, sentence, surface, name):
    """A surname in a case the preposition does not take here (the nominative Песков,
    a locative after "у"), a town of 5,000 or more (Makariv, Russian "Макаров";
    Klimovo; Kadiivka by its old name), or before its region."""
    assert places_in(sentence)[surface].name == name


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("У Курахові тривають запеклі бої.", "Курахові", "Kurakhove"),
        ("В Оріхові після обстрілу зруйновано будинок.", "Оріхові", "Orikhiv"),
        ("У Ростові вночі пролунали вибухи.", "Ростові", "Rostov-on-Don"),
        ("У Покрові знеструмлено кілька вулиць.", "Покрові", "Pokrov"),
    ],
)
def test_a_locative_in_ovi_of_a_town_the_dictionary_misreads(places_in, sentence, surface, name):
    """Read as the dative of a surname Курах (a Dagestani village), a nut, or not at
    all: -ові is the locative of a town in -ів or -ов, and news gives it to neuter
    towns in -ове too."""
    assert places_in(sentence)[surface].name == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Штаб Південного військового округу у Ростові-на-Дону атакували дрони.",
        "В Южном военном округе начались учения под Ростовом.",
    ],
)
def test_an_adjective_before_another_and_their_noun_is_no_village(places_in, sentence) -> None:
    """The Southern Military District, not a village Pivdenne or Yuzhnyy."""
    assert [p.name for p in places_in(sentence).values()] == ["Rostov-on-Don"]


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("У Кривому Розі уламки ракети пошкодили школу.", "Кривому Розі", "Kryvyy Rih"),
        ("У Чугуєві через обстріл знеструмлено кілька будинків.", "Чугуєві", "Chuhuyiv"),
        ("В Охтирці дрон влучив у підприємство.", "Охтирці", "Okhtyrka"),
        ("У Малій Токмачці тривають бої.", "Малій Токмачці", "Mala Tokmachka"),
        ("Вночі в Орлі пролунали вибухи біля нафтобази.", "Орлі", "Orël"),
        ("У Лебедині оголосили евакуацію.", "Лебедині", "Lebedyn"),
    ],
)
def test_the_reading_in_the_prepositions_case_however_unlikely(places_in, sentence, surface, name):
    """The dictionary's likeliest readings of these are a surname, an indeclinable
    word or a plural: the locative the preposition governs comes further down, and
    a singular before a plural, a declined word before one that never declines."""
    assert places_in(sentence)[surface].name == name


@pytest.mark.parametrize(
    "sentence", ["Міністр зустрівся з Соколовим у Брюсселі.", "Прем'єр поговорив з Карповим."]
)
def test_a_surname_after_z_meaning_with_is_no_place(places_in, sentence) -> None:
    """ "Соколовим" is also a dative plural, which "з" does not govern: only the
    instrumental is left, and "з" with it means "with"."""
    assert all(p.country != "UA" for p in places_in(sentence).values())


def test_a_town_shaped_like_a_surname_near_the_fighting(places_in) -> None:
    """ "біля" says where, as "у" or "від" need not: Baturyn, not a person."""
    assert places_in("Біля Батурина тривають бої.")["Батурина"].name == "Baturyn"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [("Около Майского идут тяжелые бои.", "Майского"), ("У Песчаного идут бои.", "Песчаного")],
)
def test_a_russian_verb_is_no_noun_for_an_adjective_named_village(places_in, sentence, surface):
    """The Ukrainian dictionary guesses "идут" a noun the village's adjective agrees
    with; only a noun a dictionary knows makes the name an adjective."""
    assert places_in(sentence)[surface].country in ("UA", "RU")


@pytest.mark.parametrize(
    "sentence",
    [
        "Президент вручив орден старшому сержантові Шевченкові.",
        "Біля Курська впала ракета.",
        "Війська відступили за річку.",
    ],
)
def test_no_village_from_a_dative_a_participle_or_troops(places_in, sentence) -> None:
    """-ові after no preposition is a dative, not a locative (no Shevchenkove); a
    town's genitive before a participle and a noun is the town (Kursk, not its
    oblast); "Війська" (troops) opening a sentence is no form of Biysk."""
    found = places_in(sentence)
    assert all(p.kind == "settlement" and p.name == "Kursk" for p in found.values())


def test_a_countrys_adjective_opening_a_sentence_is_no_village(places_in) -> None:
    """ "Украинские" (Ukrainian) reads back to "Ukrainskiy", an old name GeoNames gives
    Novoukrainskiy, a village of the Krasnodar Krai the sentence names."""
    found = places_in("Украинские дроны атаковали Краснодарский край.")
    assert set(found) == {"Краснодарский край"}


def test_a_city_named_like_a_surname_stays_the_city(places_in) -> None:
    assert places_in("ВСУ обстреляли Николаев ночью.")["Николаев"].name == "Mykolayiv"


@pytest.mark.parametrize(
    ("sentence", "surface", "region"),
    [
        ("Вночі ворог атакував Харківщину дронами.", "Харківщину", "Kharkiv Oblast"),
        ("На Донеччині тривають запеклі бої.", "Донеччині", "Donetsk Oblast"),
        ("Вибухи пролунали на Курщині та Брянщині.", "Курщині", "Kursk Oblast"),
    ],
)
def test_regions_by_their_ukrainian_everyday_names(places_in, sentence, surface, region) -> None:
    found = places_in(sentence)[surface]
    assert (found.name, found.precision) == (region, "admin")


def test_a_region_in_the_genitive_after_its_town(places_in) -> None:
    found = places_in("Бои идут под Ореховом Запорожской области.")
    assert found["Ореховом"].name == "Orikhiv"
    assert found["Запорожской области"].name == "Zaporizhzhia Oblast"


def test_model_mode_reads_cyrillic_as_fast_mode_does(model) -> None:
    """The English model's tags for Cyrillic words are guesses; they must not refuse
    a place that fast mode finds."""
    sentence = "Бои идут под Ореховом и у Работино Запорожской области."
    found = {p.text: p.name for p in model.parse(sentence)}
    assert found["Ореховом"] == "Orikhiv"
    assert found["Запорожской области"] == "Zaporizhzhia Oblast"


@pytest.mark.parametrize(
    ("sentence", "surface", "name", "region"),
    [
        (
            "Бои идут у Работино Запорожской области.",
            "Работино",
            "Robotyne",
            "Zaporizhzhia Oblast",
        ),
        (
            "Противник атаковал у Новомихайловки Донецкой области.",
            "Новомихайловки",
            "Novomykhailivka",
            "Donetsk Oblast",
        ),
    ],
)
def test_a_russian_spelling_before_its_region_in_the_genitive(
    places_in, sentence, surface, name, region
) -> None:
    """Russian copy spells Ukrainian villages its own way; the region after the name,
    in the genitive, is an address and lets the register's village be found."""
    found = places_in(sentence)[surface]
    assert (found.name, found.admin1) == (name, region)


@pytest.mark.parametrize(
    "sentence",
    [
        "Зеленський зустрівся з Трампом у Білому домі.",
        "Зеленский встретился с Трампом в Белом доме.",
    ],
)
def test_an_adjective_of_a_noun_is_no_village_named_by_it(places_in, sentence: str) -> None:
    """Біле (white) is a village in Luhansk Oblast; the White House is no place."""
    assert places_in(sentence) == {}


def test_a_village_named_by_an_adjective_is_still_that_village(places_in) -> None:
    assert places_in("У Білому загинули двоє людей.")["Білому"].name == "Bile"


def test_a_ukrainian_neuter_name_is_no_russian_case_of_a_town(places_in) -> None:
    """ "Покровське" is the village; Russian writes Pokrovsk's locative "в Покровске"."""
    assert places_in("Ворог обстріляв Покровське вночі.")["Покровське"].name == "Pokrovske"
    assert places_in("В Покровске прогремели взрывы.")["Покровске"].name == "Pokrovsk"


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        (
            "Українські сили знову вдарили по Кримському мосту.",
            "Кримському мосту",
            "Kerch Strait Bridge",
        ),
        (
            "Окупанти тиснуть в районі Антонівського мосту.",
            "Антонівського мосту",
            "Antonivskyi Bridge",
        ),
        (
            "На Запорізькій АЕС знову зникло зовнішнє живлення.",
            "Запорізькій АЕС",
            "Zaporizhzhia Nuclear Power Plant",
        ),
    ],
)
def test_the_wars_landmarks_in_a_case_form(places_in, sentence: str, surface: str, name) -> None:
    assert places_in(sentence)[surface].name == name


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("Окупанти захопили Синьківку минулого тижня.", "Синьківку", "Synkivka"),
        ("Росіяни щодня штурмують Синьківку з трьох боків.", "Синьківку", "Synkivka"),
    ],
)
def test_a_village_after_a_verb_of_capture(places_in, sentence: str, surface: str, name) -> None:
    """A village of a few hundred people needs a word of place before it; a verb of
    capture or assault is one."""
    assert places_in(sentence)[surface].name == name


def test_a_person_freed_is_no_place(places_in) -> None:
    assert list(places_in("Україна звільнила з полону Максима Буткевича.")) == ["Україна"]


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Ворог атакував смт Великий Бурлук уночі.", "Великий Бурлук", "Velykyi Burluk"),
        ("Противник обстрелял г. Шебекино из артиллерии.", "Шебекино", "Shebekino"),
        ("Обстріл н.п. Кругляківка тривав до ранку.", "Кругляківка", "Kruhliakivka"),
    ],
)
def test_a_settlements_abbreviation_before_a_cyrillic_name(places_in, text, surface, name):
    """Official reports write "смт", "г." or "н.п." before a settlement's name: each
    says a place follows, as a preposition does."""
    assert places_in(text)[surface].name == name


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Ворог знову обстріляв Суми.", "Суми", "Sumy"),
        ("Ворог атакував м. Суми дронами.", "Суми", "Sumy"),
        # a sentence's first word that a comma closes, as a name stands
        ("Суми, що це гримить? Чути було на весь центр.", "Суми", "Sumy"),
        # towns of 30,000 and 70,000 whose names read first as villages' genitives
        ("Уночі росіяни атакували Глухів дронами.", "Глухів", "Hlukhiv"),
        ("Ракета влучила у промзону міста Бердичів.", "Бердичів", "Berdychiv"),
    ],
)
def test_a_ukrainian_town_over_a_likelier_noun_a_village_bears(
    places_in, text, surface, name
) -> None:
    """ "Суми" is first the plural of "сума", which names a Crimean village; "Глухів"
    the genitive of Глухи, a Volyn village."""
    assert places_in(text)[surface].name == name


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # a Russian city's name, and a plural at a sentence's start with no cue
        ("Шахти Донбасу зупинилися через обстріли.", "Шахти", None),
        ("Суми виплат для переселенців зростуть з січня.", "Суми", None),
        # villages whose likelier reading declines a city's name
        ("Ворог обстріляв Кременчуки на Хмельниччині.", "Кременчуки", "Kremenchuky"),
        ("Ворог атакував село Калинівське вночі.", "Калинівське", "Kalynivske"),
    ],
)
def test_a_city_does_not_displace_a_likelier_reading(places_in, text, word, name) -> None:
    found = places_in(text)
    assert (found[word].name if word in found else None) == name


def test_a_common_village_name_over_a_likelier_noun_one_village_bears(places_in) -> None:
    """ "Зелене" is first the noun "зелень", the name of one small village; forty
    villages are called Зелене, one of them in the raion the report names."""
    found = places_in("Ворог обстріляв с. Зелене Кальміуського району Донецької області.")
    assert found["Зелене"].name == "Zelene"
    assert found["Зелене"].admin1 == "Donetsk Oblast"


def test_a_village_called_by_a_given_name_after_its_abbreviation(places_in) -> None:
    """ "с. Надія" is a village called Hope, not the first name of a person whose
    surname the raion's adjective would be."""
    found = places_in("Ворог обстріляв с. Надія Криворізького району Дніпропетровської області.")
    assert found["Надія"].admin1 == "Dnipropetrovsk Oblast"
    assert "Надія" not in places_in("Надія Савченко заявила про обстріл.")


@pytest.mark.parametrize(
    "text",
    [
        # "с" is also "with"; a capital letter and a full stop is an initial
        "Командующий встретился с Гусевым на передовой.",
        "Об обстреле сообщил С. Смирнов.",
        # a unit or a year before a full stop
        "Ракета впала за 300 м. Далі вибухова хвиля пішла містом.",
        "В 2024 г. Сырский возглавил ВСУ.",
        # a common noun opening a sentence is no village, however many bear it
        "Новини фронту: ворог атакував позиції.",
        # "з" before the instrumental means "with", and a person follows
        "Президент провів розмову з Макроном.",
    ],
)
def test_words_around_abbreviations_stay_words(places_in, text) -> None:
    assert places_in(text) == {}


def test_villages_listed_with_their_abbreviations_share_the_region(places_in) -> None:
    found = places_in("Ворог атакував с. Новоселівка та с. Максимівка Харківської області.")
    assert found["Новоселівка"].admin1 == "Kharkiv Oblast"
    assert found["Максимівка"].admin1 == "Kharkiv Oblast"


def test_from_a_town_and_with_a_town(places_in) -> None:
    assert places_in("Ракети летіли з Бєлгорода.")["Бєлгорода"].name == "Belgorod"
    found = places_in("Ситуація з Бахмутом складна, заявив командувач.")
    assert found["Бахмутом"].name == "Bakhmut"


@pytest.mark.parametrize(
    ("text", "surface", "oblast"),
    [
        ("Іванівка на Харківщині знову під обстрілом.", "Іванівка", "Kharkiv Oblast"),
        ("Ворог обстріляв Іванівку на Сумщині.", "Іванівку", "Sumy Oblast"),
    ],
)
def test_a_region_after_a_preposition_places_the_village(places_in, text, surface, oblast):
    """ "на Харківщині" states the region as "in Kharkiv Oblast" does, though a
    village is called Харківщина too."""
    assert places_in(text)[surface].admin1 == oblast


def test_a_name_no_place_of_the_stated_region_bears_is_no_place_abroad(places_in) -> None:
    """No Нікольське of Donetsk Oblast is in the gazetteer under this reading; the
    Kazakh town that once bore the name is not it."""
    found = places_in("У Нікольському на Донеччині загинула жінка.")
    assert all(p.country == "UA" for p in found.values())


@pytest.mark.parametrize(
    ("sentence", "surface", "name", "admin1"),
    [
        ("Бои у Боровой не стихают третьи сутки.", "Боровой", "Borova", "Kharkiv Oblast"),
        (
            "Ночью беспилотники атаковали нефтебазу в Воронеже.",
            "Воронеже",
            "Voronezh",
            "Voronezh Oblast",
        ),
        ("Вночі дрони атакували склад у Воронежі.", "Воронежі", "Voronezh", "Voronezh Oblast"),
        ("Ракетний удар по Дубно пошкодив котельню.", "Дубно", "Dubno", "Rivne Oblast"),
        ("У Глушковому зранку чути вибухи.", "Глушковому", "Glushkovo", "Kursk Oblast"),
        ("Біля Шебекиного горить склад.", "Шебекиного", "Shebekino", "Belgorod Oblast"),
        # Russian "к" (towards) governs the dative
        (
            "Штурмовые группы продвигаются к Щербиновке с юга.",
            "Щербиновке",
            "Shcherbynivka",
            "Donetsk Oblast",
        ),
    ],
)
def test_a_preposition_says_which_reading_of_a_name_is_meant(
    places_in, sentence: str, surface: str, name: str, admin1: str
) -> None:
    """ "у" governs the genitive in Russian, so "Боровой" is Borova's, not the
    nominative of a Siberian Borovoy; "по Дубно" is no vocative of Dubna's; a Russian
    town in -ово is -ове in Ukrainian, declined as an adjective."""
    found = places_in(sentence)[surface]
    assert (found.name, found.admin1) == (name, admin1)


def test_a_vocative_with_no_preposition_is_still_read() -> None:
    assert "дніпро" in inflection.nominatives("Дніпре")


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("В Брянске атакован военный аэродром.", "Брянске", "Bryansk"),
        ("По Курску нанесен удар, пострадали двое.", "Курску", "Kursk"),
        ("В Лисичанске поврежден нефтезавод.", "Лисичанске", "Lysychansk"),
    ],
)
def test_a_town_before_a_participle_is_no_adjective_of_a_noun(
    places_in, sentence: str, surface: str, name: str
) -> None:
    """The Ukrainian dictionary guesses "Брянске" an adjective and "атакован" a noun;
    they do not agree, so no noun phrase hides the town."""
    assert places_in(sentence)[surface].name == name


@pytest.mark.parametrize(
    "sentence",
    ["Из Курска вывезли детей.", "Із Суджі вивезли людей.", "Из Белгорода уехали жители."],
)
def test_a_preposition_opening_a_sentence_is_no_place(places_in, sentence: str) -> None:
    """ "Из" romanises to a name of Izhevsk."""
    assert all(p.name != "Izhevsk" for p in places_in(sentence).values())
    assert len(places_in(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("В Харькове ночью прогремели взрывы.", "Харькове", "Kharkiv"),
        ("Под Часовым Яром идут тяжелые бои.", "Часовым Яром", "Chasiv Yar"),
        ("В Туле ночью атакован завод.", "Туле", "Tula"),
        ("В ДНР за сутки погибли двое мирных жителей.", "ДНР", "Donetsk Oblast"),
    ],
)
def test_russian_forms_the_ukrainian_dictionary_only_guesses(
    places_in, sentence: str, surface: str, name: str
) -> None:
    """The Ukrainian dictionary guesses "Харькове" an adjective Харьковий; only the
    Russian one knows it, as Kharkiv's locative."""
    assert places_in(sentence)[surface].name == name


def test_a_cyrillic_initialism_is_not_read_in_latin_text(places_in) -> None:
    """ "ДНР" romanises to DNR, a Department of Natural Resources in US news."""
    assert places_in("DNR officers ticketed boaters on the lake.") == {}


def test_an_office_and_its_region_opening_a_sentence_is_no_village(places_in) -> None:
    """ "Глава" (head) before a region reads loosely as Hulive, Donetsk Oblast."""
    found = places_in("Глава ДНР заявил об обстреле Горловки.")
    assert set(found) == {"ДНР", "Горловки"}


def test_a_village_read_so_where_its_region_is_named(places_in) -> None:
    """ "у Воронежі" is Voronezh alone, but Вороніж's locative beside Sumy Oblast."""
    found = places_in("На Сумщині обстріляли Шосткинську громаду: у Воронежі пошкоджено дім.")
    assert (found["Воронежі"].name, found["Воронежі"].admin1) == ("Voronizh", "Sumy Oblast")


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("Пошкоджено магазини на вулиці Харківській у Сумах.", "Сумах"),
        ("Дрон влучив у будинок на вул. Сумська в Харкові.", "Харкові"),
        ("В Брянске на улице Красноармейской повреждены окна.", "Брянске"),
        ("На площі Свободи в Харкові відбулася церемонія.", "Харкові"),
    ],
)
def test_a_street_named_after_a_place_is_no_mention_of_it(places_in, sentence, town) -> None:
    """The street lies in the town the report is about, not in the place it is named
    after (Kharkiv Oblast, Shumsk, a Krasnodar Krai village, Liski)."""
    assert set(places_in(sentence)) == {town}


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("В зоне ответственности группировки «Южная» поражены склады.", "Южная"),
        ("Військовий з позивним «Ермак» повідомив про бої.", "Ермак"),
        ("Не плутайте з угрупованням «Хортиця» — це інший підрозділ.", "Хортиця"),
    ],
)
def test_a_name_in_guillemets_is_no_town(places_in, sentence, quoted) -> None:
    """Guillemets mark the names of groupings, call signs and units, not towns."""
    assert quoted not in places_in(sentence)


def test_a_facility_in_guillemets_stands_in_its_town(places_in) -> None:
    found = places_in("Дрони уразили нафтоперекачувальну станцію «Унеча» на Брянщині.")
    assert found["Унеча"].name == "Unecha"


def test_every_village_of_a_list_is_read_in_the_case_of_its_preposition(places_in) -> None:
    found = places_in("Штурмовики просуваються в районі Куп’янська, Петропавлівки та Піщаного.")
    assert [(p.name, p.admin1) for p in found.values()] == [
        ("Kupyansk", "Kharkiv Oblast"),
        ("Petropavlivka", "Kharkiv Oblast"),
        ("Pishchane", "Kharkiv Oblast"),
    ]


def test_the_last_of_a_russian_list_is_a_genitive_after_u(places_in) -> None:
    found = places_in("Группировка улучшила положение у Купянска, Кругляковки и Боровой.")
    assert (found["Боровой"].name, found["Боровой"].country) == ("Borova", "UA")


def test_a_list_of_people_after_z_is_no_list_of_places(places_in) -> None:
    assert places_in("Зеленський зустрівся з Макроном, Шольцом і Мелоні.") == {}


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("Противник атакует со стороны Щербиновки.", "Щербиновки", "Shcherbynivka"),
        ("Бои переместились в район Плещеевки.", "Плещеевки", "Pleshchiivka"),
        (
            "Росіяни намагаються зайти в Куп’янськ-Вузловий з боку Загризового.",
            "Загризового",
            "Zahryzove",
        ),
    ],
)
def test_a_village_after_a_noun_of_where(places_in, sentence: str, surface: str, name: str) -> None:
    assert places_in(sentence)[surface].name == name


def test_an_adjectives_case_gives_its_masculine_and_neuter() -> None:
    assert {"веселий", "веселе"} <= inflection.genders("Веселому")
    assert inflection.genders("Києва") == frozenset()


def test_a_genitive_shared_by_two_genders_is_the_neuter_most_villages_bear(places_in) -> None:
    """ "Тихого" is the genitive of Тихий, one village far west, and of Тихе, several,
    one of them beside Vovchansk."""
    found = places_in("Бої тривають біля Липців, Тихого та Вовчанська.")
    assert (found["Тихого"].name, found["Тихого"].admin1) == ("Tykhe", "Kharkiv Oblast")


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("На Трійцю окупанти обстріляли Херсон.", "Херсон"),
        ("На Покрову дрони атакували Харків.", "Харків"),
        ("На Троицу беспилотники атаковали Белгород.", "Белгород"),
    ],
)
def test_a_feast_after_na_is_no_village(places_in, sentence: str, town: str) -> None:
    assert set(places_in(sentence)) == {town}


def test_the_town_of_a_feasts_name_is_still_the_town(places_in) -> None:
    assert places_in("Ворог вдарив по Покрову дронами.")["Покрову"].name == "Pokrov"


def test_a_common_word_is_no_town_that_once_bore_it(places_in) -> None:
    """Liski was called Svoboda (freedom) until 1943."""
    assert "Свобода" not in places_in("Легіон Свобода Росії заявив про новий рейд.")


def test_a_ukrainian_towns_soviet_name_stays_the_town(places_in) -> None:
    found = places_in("Бои идут на подступах к Димитрову со стороны Сухецкого.")
    assert found["Димитрову"].name == "Myrnohrad"


def test_a_person_after_towards_is_no_place(places_in) -> None:
    """ "к Путину" is to Putin, as "у Лаврова" is at Lavrov's."""
    assert "Путину" not in places_in("Делегация снова обратилась к Путину с письмом.")
