"""Places in war reporting that need the document's context: sentence-initial towns,
villages introduced by name, cities that share a name with their province, and
namesake villages placed by their neighbours. Each case is checked on the path the
event extractor takes (a tagged doc) and, where the rules alone suffice, in fast mode."""

from __future__ import annotations

import pytest

from frontwatch.geo.evaluate import km


def test_town_opening_a_sentence_as_its_subject(places_in_doc):
    text = (
        "Ukrainian units pushed east of Kharkiv on Thursday. "
        "Balakliya was encircled by the morning, the regional governor said."
    )
    place = places_in_doc(text)["Balakliya"]
    assert place.admin1 == "Kharkiv Oblast"
    assert abs(place.lat - 49.46) < 0.1 and abs(place.lon - 36.84) < 0.1


def test_surname_opening_a_sentence_is_not_a_place(places_in_doc):
    text = "Shelling hit Izium overnight. Jackson said the strikes would continue."
    assert "Jackson" not in places_in_doc(text)


def test_village_introduced_by_name_on_both_paths(places_in, places_in_doc):
    text = (
        "Ukrainian troops freed Balakliia and a small village called Volokhiv Yar, "
        "then pressed on toward the Oskil river."
    )
    for found in (places_in(text), places_in_doc(text)):
        assert found["Volokhiv Yar"].admin1 == "Kharkiv Oblast"


def test_possessive_country_does_not_relocate_the_town_before_it(places_in_doc):
    text = "With the garrison gone from Izyum, Russia's grip on the region weakened."
    assert places_in_doc(text)["Izyum"].country == "UA"


def test_city_preferred_over_province_of_the_same_name(places_in, places_in_doc):
    text = "Negotiators from both sides met again in Istanbul to discuss grain shipments."
    for found in (places_in(text), places_in_doc(text)):
        place = found["Istanbul"]
        assert place.kind == "settlement" and place.precision == "exact"
        assert abs(place.lat - 41.01) < 0.1


def test_region_named_as_region_stays_a_region(places_in):
    found = places_in(
        "Drones hit Kharkiv overnight, and air alerts sounded across the Kharkiv region."
    )
    assert found["Kharkiv"].kind == "settlement"
    assert found["Kharkiv region"].precision == "admin"


def test_namesake_village_placed_beside_its_neighbour(places_in, places_in_doc):
    text = "Officials condemned the shelling of Holubivka near Kupiansk, which wounded three."
    for found in (places_in(text), places_in_doc(text)):
        place = found["Holubivka"]
        assert place.admin1 == "Kharkiv Oblast"
        assert abs(place.lat - 49.83) < 0.3 and abs(place.lon - 37.43) < 0.3


@pytest.mark.parametrize(
    ("russian_spelling", "town"),
    [("Artemovsk", "Bakhmut"), ("Volchansk", "Vovchansk"), ("Konstantinovka", "Kostyantynivka")],
)
def test_russian_spelling_of_a_ukrainian_town_beats_a_russian_village(
    places_in, russian_spelling: str, town: str
) -> None:
    """Russian bulletins write Ukrainian towns in Russian; a small Russian village of
    that spelling is not what they mean."""
    found = places_in(f"The ministry said its units repelled an attack near {russian_spelling}.")
    assert found[russian_spelling].name == town
    assert found[russian_spelling].country == "UA"


@pytest.mark.parametrize(
    "sentence",
    ["Heavy fighting continued near Pokrovsk on Sunday.", "Бої тривають поблизу Покровська."],
)
def test_a_city_by_its_own_name_beats_a_city_that_once_bore_it(places_in, sentence: str):
    """Engels, on the Volga, was called Pokrovsk until 1931 and is three times the
    size; a reader of "Pokrovsk" today means the Donetsk Oblast city."""
    (place,) = places_in(sentence).values()
    assert (place.name, place.admin1) == ("Pokrovsk", "Donetsk Oblast")


@pytest.mark.parametrize(
    ("sentence", "surface", "village", "oblast"),
    [
        ("Russian troops shelled Kamenka near Izium.", "Kamenka", "Kamianka", "Kharkiv Oblast"),
        (
            "The ministry said its forces took Novomikhailovka near Kurakhovo.",
            "Novomikhailovka",
            "Novomykhailivka",
            "Donetsk Oblast",
        ),
    ],
)
def test_a_russian_spelling_near_a_town_is_the_village_beside_it(
    places_in, sentence: str, surface: str, village: str, oblast: str
) -> None:
    """Bulletins write Ukrainian villages in Russian; the register knows them only in
    Ukrainian. The town after "near" says which village of those consonants is meant,
    not a Russian village of the same spelling 2,000 km away."""
    place = places_in(sentence)[surface]
    assert (place.name, place.admin1) == (village, oblast)


def test_near_a_town_abroad_changes_nothing(places_in) -> None:
    found = places_in("He grew up in Springfield near Boston.")
    assert found["Springfield"].admin1 == "Massachusetts"


@pytest.mark.parametrize(
    "text, town",
    [
        ("Toretsk came under heavy shelling overnight.", "Toretsk"),
        ("Shebekino was shelled again on Sunday evening.", "Shebekino"),
        # A city by a name other than GeoNames' own (Siverskodonetsk).
        ("Sievierodonetsk was occupied in the summer of 2022.", "Sievierodonetsk"),
        ("Kramatorsk remains a key target for glide bombs.", "Kramatorsk"),
        # Villages under 10,000 people, by names of several words or parts.
        ("Kupiansk-Vuzlovyi came under guided bomb attack overnight.", "Kupiansk-Vuzlovyi"),
        ("Velyka Novosilka was shelled again from the south.", "Velyka Novosilka"),
        # The war in the sentence's own language.
        ("Мирноград та Покровськ перебувають в оперативному оточенні.", "Мирноград"),
        # ... by its Russian name, which is its own too
        ("Угледар оставлен подразделениями ВСУ.", "Угледар"),
        ("Вовчанськ майже повністю зруйнований.", "Вовчанськ"),
        # ... and as a post's dateline
        ("Костянтинівка: загинули двоє цивільних.", "Костянтинівка"),
        ("Суджа — в городе снова слышны взрывы.", "Суджа"),
        # ... or a full stop, by a name the dictionary also reads as another word's
        # form ("Бердичів" as the genitive of a village Бердичі, "Суми" as sums')
        ("Волчанск. Штурмовые группы продвинулись к центру.", "Волчанск"),
        ("Бердичів: уночі дрон влучив у нафтобазу.", "Бердичів"),
        ("Суми: ворожий дрон влучив у тролейбус.", "Суми"),
        ("Сіверськ. У місті лишаються кілька сотень людей.", "Сіверськ"),
    ],
)
def test_a_war_town_opens_a_lone_sentence(places_in, text, town) -> None:
    """No other place vouches for it, but no English word or person bears the name."""
    assert places_in(text)[town].precision == "exact"


def test_a_war_town_after_the_words_of_the_war(places_in) -> None:
    """The war may be named before the town, with no preposition to cue it."""
    assert (
        places_in("Unarmed locals blocked the troops entering Slavutych.")["Slavutych"].country
        == "UA"
    )


def test_a_town_without_the_war_around_it_needs_more(places_in) -> None:
    assert "Popasna" not in places_in("Fans cheered the band Popasna all night.")
    assert places_in("Увага: загроза ракетного удару по області.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Мир — це не капітуляція, а перемога.",
        "Воля: як живуть люди після обстрілів.",
        "Дружба між народами зруйнована війною.",
        "Свобода. Саме за неї воюють захисники.",
        "Песков: Кремль не видит предмета для переговоров.",
    ],
)
def test_a_common_word_opening_a_post_is_no_place(places_in, text) -> None:
    assert places_in(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Zhukovsky was an aircraft pioneer.",  # a Moscow Oblast town, far from the war
        "Levoberezhnyy District residents reported explosions.",  # opens a longer name
    ],
)
def test_a_sentence_opener_away_from_the_war_needs_more(places_in, text) -> None:
    assert places_in(text) == {}


def test_a_town_and_its_russian_name_in_brackets_vouch_for_each_other(places_in) -> None:
    """Sviatohirsk alone, under 10,000 people, does not open a sentence as a place."""
    found = places_in("Sviatohirsk (Sviatogorsk) was shelled from across the river.")
    assert found["Sviatohirsk"].name == found["Sviatogorsk"].name == "Svyatohirsk"


def test_a_bracketed_name_of_another_place_vouches_for_nothing(places_in) -> None:
    assert "Reuters" not in places_in("Washington (Reuters) - The talks resumed.")


@pytest.mark.parametrize(
    "text, town",
    [
        ("Tuapse refinery resumed operations in March.", "Tuapse"),
        ("Voznesensk airbase, Mykolaiv Oblast, Ukraine", "Voznesensk"),
        ("The Bilozerske mine stopped work in May.", "Bilozerske"),
    ],
)
def test_a_facility_named_after_a_town_locates_it(places_in, text, town) -> None:
    assert places_in(text)[town].country in ("RU", "UA")


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Prisoners of war were held at the Olenivka camp.", "Olenivka", "UA"),
        ("Swabs from the farm went to the Merefa laboratory.", "Merefa", "UA"),
    ],
)
def test_a_camp_or_laboratory_named_after_a_town_locates_it(places_in, text, town, country) -> None:
    assert places_in(text)[town].country == country


@pytest.mark.parametrize(
    ("sentence", "surface", "oblast"),
    [
        ("Assault groups advanced in central Chasiv Yar overnight.", "Chasiv Yar", "Donetsk"),
        ("Russian infantry entered northern Vovchansk again.", "Vovchansk", "Kharkiv"),
    ],
)
def test_part_of_a_town_after_a_word_of_place(
    places_in, places_in_doc, sentence: str, surface: str, oblast: str
) -> None:
    """Reports say which part of a town the fighting reached; "central" and
    "northern" narrow the town, they do not hide it."""
    for found in (places_in(sentence), places_in_doc(sentence)):
        assert found[surface].admin1 == f"{oblast} Oblast"


@pytest.mark.parametrize(
    ("sentence", "surface", "town"),
    [
        ("Fighting continues near Andreyevka south of Artemovsk.", "Andreyevka", (48.59, 38.00)),
        ("Ukrainian forces hold Ivanovskoye east of Chasov Yar.", "Ivanovskoye", (48.59, 37.83)),
        ("The shelling of Kalinovka, near Kostiantynivka, continued.", "Kalinovka", (48.53, 37.71)),
    ],
)
def test_a_village_said_to_lie_beside_a_town_lies_there(
    places_in, sentence: str, surface: str, town: tuple[float, float]
) -> None:
    """ "South of Artemovsk" says where Andreyevka is, as "near" does: not the Moscow
    Oblast town of 20,000 nor Moscow's Ivanovskoye district; and the town is the city
    a reader knows, not a Crimean village of its name."""
    place = places_in(sentence)[surface]
    assert place.country == "UA"
    assert km(place.lat, place.lon, *town) <= 30


def test_a_quarter_of_moscow_keeps_no_name_from_the_front(places_in) -> None:
    """GeoNames gives Moscow's Ivanovskoye quarter 128,000 residents: counted so, it
    outweighed the Donetsk Oblast village a Russian bulletin spells so."""
    found = places_in("Units of the Yug group improved their positions near Ivanovskoye.")
    assert found["Ivanovskoye"].country == "UA"


def test_a_quarter_is_found_beside_its_city(places_in) -> None:
    found = places_in("Drones were shot down over Lyublino in Moscow overnight.")
    assert found["Lyublino"].admin1 == "Moscow"


def test_a_river_of_the_northern_front(places_in) -> None:
    """Kyiv's Desna quarter is not the river the Chernihiv front crossed."""
    found = places_in("Ukrainian sappers blew the bridges over the Desna river.")
    assert found["Desna river"].kind == "river"


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        ("Marines held a foothold on the left bank of the Dnipro for months.", "Dnipro", "river"),
        ("Russian troops tried to cross the Oskil near Kupiansk.", "Oskil", "river"),
        ("Missiles struck Dnipro overnight, the governor said.", "Dnipro", "settlement"),
        ("The Dnipro city administration counted the wounded.", "Dnipro", "settlement"),
        ("The Kherson mayor ordered an evacuation.", "Kherson", "settlement"),
        ("A resolution was introduced in the Ohio Senate on Monday.", "Ohio", "admin"),
        ("Thousands of refugees fled into the Congo last week.", "Congo", "country"),
    ],
)
def test_a_river_is_named_with_the_article(places_in, sentence: str, surface: str, kind) -> None:
    """English names a river, not a town, with "the"; before another name, or a
    town's body, the article is that name's."""
    assert places_in(sentence)[surface].kind == kind


@pytest.mark.parametrize(
    ("caption", "town"),
    [
        ("02/03/2024 Izyum rail yard burning. Izyum rail yard burning", "Izyum"),
        ("11/04/2024 Glide bombs striking Kharkiv. Glide bombs striking Kharkiv", "Kharkiv"),
    ],
)
def test_a_town_the_tagger_calls_a_common_noun_is_kept_in_every_mention(
    model, fast, caption: str, town: str
) -> None:
    """The tagger reads a Ukrainian town's name as a common noun in a bare caption,
    and the entity recogniser runs the caption's date into a person's name ("02/03/2024
    Izyum"): neither makes the name a word or a person, in model mode or on the
    extractor's path (a tagged doc without entities)."""
    from frontwatch.nlp import load_model

    doc = load_model(exclude=("ner",))(caption)
    for found in (model.parse(caption), fast.parse(caption, doc=doc)):
        assert [p.text for p in found] == [town, town]


@pytest.mark.parametrize(
    ("caption", "town"),
    [
        ("18/06/2023 Damaged Kupiansk bridge.", "Kupiansk"),
        ("05.05.2024 Destroyed Novomykhailivka school, Donetsk Oblast.", "Novomykhailivka"),
    ],
)
def test_a_participle_opening_a_dated_caption_is_no_part_of_the_name(
    places_in, places_in_doc, caption: str, town: str
) -> None:
    """After a caption's date, however the tokenizer splits it, the participle opens
    the caption as it would a sentence: "Damaged Kupiansk" is no name of two words."""
    for found in (places_in(caption), places_in_doc(caption)):
        assert found[town].country == "UA"


@pytest.mark.parametrize(
    ("caption", "town"),
    [
        ("05/05/2024 Shelled Pokrovsk, three wounded.", "Pokrovsk"),
        ("05/05/2024 Kramatorsk Airfield hit overnight.", "Kramatorsk"),
    ],
)
def test_a_ukrainian_town_the_recogniser_calls_a_person_stays_a_town(
    model, caption: str, town: str
) -> None:
    """The small model's recogniser reads "Shelled Pokrovsk" and "Kramatorsk Airfield"
    as people; a Ukrainian town of that size is no one's name."""
    assert [p.text for p in model.parse(caption)] == [town]


@pytest.mark.parametrize(
    ("post", "town", "oblast"),
    [
        ("Heavy shelling again near #Vodiane Sector tonight.", "Vodiane", None),
        (
            "A school was hit in Polohy Zaporizhzhia Oblast overnight.",
            "Polohy",
            "Zaporizhzhia Oblast",
        ),
    ],
)
def test_a_tag_or_a_region_after_the_town_ends_the_name(
    places_in, places_in_doc, post: str, town: str, oblast: str | None
) -> None:
    """A post's tag ends with the town it names ("#Vodiane Sector"), and a caption
    may write the town's oblast with no comma ("Polohy Zaporizhzhia Oblast"): neither
    town is the first word of a longer name."""
    for found in (places_in(post), places_in_doc(post)):
        assert found[town].country == "UA"
        if oblast:
            assert found[town].admin1 == oblast


@pytest.mark.parametrize(
    "text",
    [
        "Бои идут на окраинах Северска.",
        "Противник отступил из Северска на запад.",
    ],
)
def test_a_town_of_the_fighting_over_a_city_far_from_the_war(places_in, text) -> None:
    """Северск is Siversk's Russian name and a Siberian city's own; a sentence of the
    fighting means the front-line town."""
    place = places_in(text)["Северска"]
    assert (place.name, place.admin1) == ("Siversk", "Donetsk Oblast")


def test_a_city_far_from_the_war_in_a_sentence_of_peace(places_in) -> None:
    place = places_in("В Северске открылся новый бассейн.")["Северске"]
    assert (place.name, place.admin1) == ("Seversk", "Tomsk Oblast")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Ukraine's forces hit a Russian ammunition depot in Melitopol, Washington said.",
            "Melitopol",
        ),
        ("A missile struck the rail yard in Kherson, London confirmed on Friday.", "Kherson"),
    ],
)
def test_a_name_before_a_speaking_capital_is_not_addressed_by_it(places_in, text, surface):
    """ "Melitopol, Washington" reads like "Springfield, Ohio", but a verb of saying
    after the second name makes it a clause's subject: Melitopol is not dropped for
    lying outside Washington state."""
    assert places_in(text)[surface].country == "UA"


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("Шебекино понемногу возвращается к обычной жизни.", "Шебекино", "Shebekino"),
        ("Волчанск почти опустел за лето.", "Волчанск", "Vovchansk"),
        ("Бахмут сегодня вспоминают иначе.", "Бахмут", "Bakhmut"),
    ],
)
def test_a_cyrillic_town_name_no_dictionary_knows_may_open_any_sentence(
    places_in, sentence: str, surface: str, name: str
):
    assert places_in(sentence)[surface].name == name


def test_a_common_word_opening_a_sentence_is_still_no_town(places_in):
    assert "Свобода" not in places_in("Свобода слова важлива для всіх.")


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Обстрел Льгова продолжался всю ночь.", "Льгова"),
        ("Удар по Льгову нанесли ночью.", "Льгову"),
    ],
)
def test_a_border_town_of_russia_over_an_unsized_village_of_the_register(
    places_in, sentence: str, surface: str
):
    # "Льгова" also reads as the genitive of Льгів, a register village by Chornobyl.
    place = places_in(sentence)[surface]
    assert (place.country, place.admin1) == ("RU", "Kursk Oblast")


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("Россия аннексировала Крым в 2014 году.", "Крым", "Crimea"),
        ("Над Крымом сбиты беспилотники, сообщило Минобороны России.", "Крымом", "Crimea"),
        ("Buses took civilians from Donetsk to Russia.", "Donetsk", "Donetsk"),
    ],
)
def test_russia_named_beside_a_region_it_claims_does_not_move_it_to_russia(
    places_in, sentence: str, surface: str, name: str
):
    place = places_in(sentence)[surface]
    assert (place.name, place.country) == (name, "UA")
