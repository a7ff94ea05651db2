"""Recognition and resolution on sentences written the way front-line reports are."""

from __future__ import annotations

import pytest
import spacy

from frontwatch.geo import Geoparser, lookup
from frontwatch.geo.evaluate import km
from frontwatch.nlp import load_model


@pytest.mark.parametrize(
    ("sentence", "surface", "canonical"),
    [
        (
            "Ukrainian troops reached the centre of Balakleya by the evening.",
            "Balakleya",
            "Balakliya",
        ),
        (
            "Ukrainian troops reached the centre of Balakliia by the evening.",
            "Balakliia",
            "Balakliya",
        ),
        ("Heavy shelling was reported in Ugledar on Monday.", "Ugledar", "Vuhledar"),
        ("Heavy shelling was reported in Vugledar on Monday.", "Vugledar", "Vuhledar"),
        ("Wagner units kept storming Artyomovsk for months.", "Artyomovsk", "Bakhmut"),
        ("The old name Artemivsk is still used in Moscow.", "Artemivsk", "Bakhmut"),
        ("Drones were launched toward Dnipropetrovsk overnight.", "Dnipropetrovsk", "Dnipro"),
        ("Air raid sirens sounded in Kirovohrad before dawn.", "Kirovohrad", "Kropyvnytskyi"),
        ("Russian columns moved on Krasnoarmiisk from the east.", "Krasnoarmiisk", "Pokrovsk"),
        ("Artillery duels continued around Dzerzhynsk, Donetsk region.", "Dzerzhynsk", "Toretsk"),
        ("Residents of Купянськ were told to leave.", "Купянськ", "Kupyansk"),
        ("Residents of Kupjansk were told to leave.", "Kupjansk", "Kupyansk"),
        ("Russian troops entered Malaya Rohan at dawn.", "Malaya Rohan", "Mala Rohan"),
    ],
)
def test_variants_resolve_to_the_same_town(
    places_in, sentence: str, surface: str, canonical: str
) -> None:
    place = places_in(sentence)[surface]
    assert place.name == canonical
    assert place.country == "UA"


def test_directional_and_adjectival_forms(places_in) -> None:
    found = places_in(
        "Fighting intensified on the Kupiansk direction and in the Krasnolimansky direction, "
        "while the Zaporizhzhian steppe stayed quiet."
    )
    assert found["Kupiansk"].name == "Kupyansk"
    assert found["Kupiansk"].precision == "near"
    assert found["Krasnolimansky"].name == "Lyman"
    assert found["Krasnolimansky"].admin1 == "Donetsk Oblast"
    assert found["Zaporizhzhian"].admin1 == "Zaporizhzhia Oblast"


def test_village_missing_from_geonames(places_in) -> None:
    found = places_in("Clashes went on near the village of Shipilovka, Kreminna front.")
    assert found["Shipilovka"].name == "Shpylivka"
    assert found["Shipilovka"].admin1 == "Luhansk Oblast"
    assert found["Kreminna"].admin1 == "Luhansk Oblast"


def test_holubivka_resolved_by_the_stated_oblast(places_in) -> None:
    luhansk = places_in("A drone hit a house in Holubivka, Luhansk region, on Friday.")["Holubivka"]
    kharkiv = places_in("A drone hit a house in Holubivka, Kharkiv region, on Friday.")["Holubivka"]
    assert luhansk.admin1 == "Luhansk Oblast"
    assert kharkiv.admin1 == "Kharkiv Oblast"
    assert luhansk.alternatives, "an ambiguous name keeps its runner-up places"


def test_pokrovka_resolved_by_the_story_context(places_in) -> None:
    text = (
        "Russian artillery struck Okhtyrka and Trostianets overnight, the regional governor "
        "said. In nearby Pokrovka a school was damaged."
    )
    pokrovka = places_in(text)["Pokrovka"]
    assert pokrovka.country == "UA"
    assert pokrovka.admin1 == "Sumy Oblast"


def test_same_name_same_place_throughout(fast: Geoparser) -> None:
    text = "Strikes hit Pokrovka, Luhansk region, at night. By morning Pokrovka had no power."
    places = [p for p in fast.parse(text) if p.text == "Pokrovka"]
    assert len(places) == 2
    assert places[0].geonames_id == places[1].geonames_id


@pytest.mark.parametrize(
    "sentence",
    [
        "Igor Girkin criticised the command again on his channel.",
        "Yevgeny Prigozhin appeared in a new video on Telegram.",
        "General Syrsky visited the troops, Zelensky said, and Putin stayed silent.",
        "The Azov regiment and Wagner mercenaries were both mentioned in the briefing.",
        "The 13th brigade Khartia held its positions, the spokesman said.",
        "Channel 24 and the Kyiv Independent reported the news first.",
        "Ukrainian and Russian officials did not comment.",
        "Mobile phones were seized. Reading the messages took weeks. "
        "Of the detainees, most were released.",
        "Police said the Sale of fuel was restricted. Bath houses stayed shut.",
    ],
)
def test_no_place_is_invented(fast: Geoparser, sentence: str) -> None:
    assert fast.parse(sentence) == []


def test_sea_of_azov_is_a_place_but_the_regiment_is_not(places_in) -> None:
    found = places_in("Azov fighters recalled the siege as ships sailed the Sea of Azov.")
    assert list(found) == ["Sea of Azov"]
    assert found["Sea of Azov"].kind == "area"
    assert found["Sea of Azov"].precision == "admin"


@pytest.mark.parametrize(
    ("sentence", "surface", "precision"),
    [
        ("Russian troops dug in near Kreminna overnight.", "Kreminna", "near"),
        ("Fighting was reported outside Bakhmut.", "Bakhmut", "near"),
        ("Units regrouped on the outskirts of Izium.", "Izium", "near"),
        ("Troops advanced south of Bakhmut.", "Bakhmut", "near"),
        ("Ukrainian forces entered Izium on Saturday.", "Izium", "exact"),
        ("Shelling continued in the Kherson region.", "Kherson region", "admin"),
        ("Explosions were heard across Crimea.", "Crimea", "admin"),
        ("Fighting raged throughout Donbas.", "Donbas", "admin"),
        ("Troops have been fighting in Ukraine since 2022.", "Ukraine", "country"),
    ],
)
def test_precision_words(places_in, sentence: str, surface: str, precision: str) -> None:
    assert places_in(sentence)[surface].precision == precision


def test_curated_infrastructure_and_rivers(places_in) -> None:
    found = places_in(
        "A missile struck the Antonivskyi Bridge, while smoke rose over the Kerch Strait Bridge "
        "and the Zaporizhzhia nuclear plant. "
        "Troops crossed the Oskil River and moved along the P07."
    )
    assert found["Antonivskyi Bridge"].kind == "infrastructure"
    assert found["Kerch Strait Bridge"].lat == pytest.approx(45.31, abs=0.1)
    assert found["Zaporizhzhia nuclear plant"].admin1 == "Zaporizhzhia Oblast"
    assert found["Oskil River"].kind == "river"
    assert found["P07"].precision == "admin"


@pytest.mark.parametrize(
    ("sentence", "surface", "name", "oblast"),
    [
        (
            "The Kakhovka Reservoir bed has dried into a forest.",
            "Kakhovka Reservoir",
            "Kakhovka Reservoir",
            None,
        ),
        (
            "Assault groups infiltrated the Serebryanske forest south of Kreminna.",
            "Serebryanske forest",
            "Serebrianskyi forest",
            "Luhansk Oblast",
        ),
        (
            "Boats tried to cross the Oskil reservoir at night.",
            "Oskil reservoir",
            "Oskil Reservoir",
            "Kharkiv Oblast",
        ),
        (
            "Бої точаться в Серебрянському лісництві.",
            None,
            "Serebrianskyi forest",
            "Luhansk Oblast",
        ),
    ],
)
def test_water_and_woods_of_the_front(places_in, sentence, surface, name, oblast) -> None:
    """A reservoir or a forest the fighting runs along is an area of its own, not the
    town it is named after ("Kakhovka") or a village beside it (Serebrianka)."""
    found = places_in(sentence)
    place = found[surface] if surface else next(iter(found.values()))
    assert place.kind == "area" and place.precision == "admin"
    assert (place.name, place.admin1) == (name, oblast)


@pytest.mark.parametrize(
    ("sentence", "surface", "country", "precision"),
    [
        ("Satellite images show burnt jets at the Saky air base.", "Saky air base", "UA", "exact"),
        ("Drones reached the Engels air base overnight.", "Engels air base", "RU", "exact"),
        ("Supply trucks were shelled on the M03 north of Sloviansk.", "M03", "UA", "admin"),
        ("Traffic on the E40 was halted after the strike.", "E40", "UA", "admin"),
        ("Olenya air base was attacked by drones.", "Olenya air base", "RU", "exact"),
        (
            "The Zyabrovka airfield near Gomel hosts Russian jets.",
            "Zyabrovka airfield",
            "BY",
            "exact",
        ),
    ],
)
def test_air_bases_and_roads(places_in, sentence, surface, country, precision) -> None:
    """An air base is a point; a road runs hundreds of km, so its point is only
    roughly where the report means."""
    found = places_in(sentence)
    assert found[surface].kind == "infrastructure"
    assert found[surface].country == country
    assert found[surface].precision == precision


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("The ZNPP lost its last external power line.", "ZNPP", "Zaporizhzhia Nuclear Power Plant"),
        ("Drones were downed near the Kursk NPP.", "Kursk NPP", "Kursk Nuclear Power Plant"),
        ("The Kakhovka dam was blown up.", "Kakhovka dam", "Kakhovka Hydroelectric Power Plant"),
        ("A missile hit the Dnipro HPP again.", "Dnipro HPP", "Dnipro Hydroelectric Station"),
    ],
)
def test_plants_and_dams_are_not_their_towns(places_in, sentence, surface, name) -> None:
    """The Kursk plant stands by Kurchatov, 40 km from Kursk; the Kakhovka dam at Nova
    Kakhovka, not Kakhovka."""
    found = places_in(sentence)
    assert found[surface].name == name
    assert found[surface].kind == "infrastructure"


def test_places_come_in_text_order(fast: Geoparser) -> None:
    places = fast.parse("From Kharkiv the convoy drove to Izium and then to Lyman, Donetsk region.")
    assert [p.start for p in places] == sorted(p.start for p in places)
    assert [p.text for p in places][:3] == ["Kharkiv", "Izium", "Lyman"]


def test_doc_without_ner_is_used_as_given(fast: Geoparser) -> None:
    nlp = load_model(exclude=("ner",))
    text = "Ukrainian forces retook Balakliia and pushed on toward Kupiansk."
    doc = nlp(text)
    places = fast.parse(text, doc=doc)
    assert [p.name for p in places] == ["Balakliya", "Kupyansk"]


def test_model_mode_uses_the_entity_recogniser(model: Geoparser) -> None:
    places = model.parse("Yevgeny Prigozhin said his men had left Bakhmut for camps in Belarus.")
    assert [p.text for p in places] == ["Bakhmut", "Belarus"]


def test_spacy_component_sets_spans() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("frontwatch_places", config={"mode": "fast"})
    doc = nlp("Explosions were heard in Melitopol and Berdiansk.")
    assert [s.text for s in doc.spans["places"]] == ["Melitopol", "Berdiansk"]
    assert doc._.places[0].admin1 == "Zaporizhzhia Oblast"


def test_lookup_for_other_stages() -> None:
    found = lookup("Kupjansk")
    assert found[0].name == "Kupyansk"
    assert all(p.country == "RU" for p in lookup("Pokrovka", country="RU"))
    assert lookup("Pokrovka", country="UA")[0].country == "UA"


def test_model_mode_skips_the_parser_but_keeps_sentences(model: Geoparser) -> None:
    text = "Shelling hit Kherson overnight. Kupiansk was quiet."
    toks = model.tokens(text, None)
    assert "parser" not in model.nlp.pipe_names
    assert "ner" in model.nlp.pipe_names
    assert [t.text for t in toks if t.sent_start] == ["Shelling", "Kupiansk"]


def test_model_mode_keeps_a_closing_soft_sign_on_the_name(model: Geoparser) -> None:
    """spaCy splits the apostrophe off "Mariupil'", which then no longer stands
    before its address's comma; the fast tokenizer keeps it on the name, and the
    model's tokens must too."""
    text = "Mariupil', Donetsk Oblast, Ukraine"
    assert [t.text for t in model.tokens(text, None)][:2] == ["Mariupil'", ","]
    assert model.parse(text)[0].name == "Mariupol"


def test_a_quotation_mark_closing_a_name_stays_a_quotation_mark(model: Geoparser) -> None:
    toks = model.tokens("Units on the 'Kupiansk' axis regrouped.", None)
    assert "Kupiansk" in [t.text for t in toks]


def test_dotted_country_initialism(places_in) -> None:
    found = places_in("The U.S. pledged more air defence for Odesa and Mykolaiv.")
    assert found["U.S."].country == "US"
    assert found["U.S."].precision == "country"
    assert found["Odesa"].country == "UA", "a donor country does not move the city abroad"


def test_place_named_by_its_civic_body(places_in) -> None:
    found = places_in(
        "Kharkiv Police reported two wounded, and the Kherson City Council "
        "opened shelters; the Azov regiment was not involved."
    )
    assert found["Kharkiv"].admin1 == "Kharkiv Oblast"
    assert found["Kherson"].country == "UA"
    assert "Azov" not in found


def test_ap_style_state_abbreviation(places_in) -> None:
    found = places_in("Volunteers in Charleston, W.Va., loaded generators bound for Kharkiv.")
    assert found["W.Va."].country == "US"
    assert found["Charleston"].country == "US"
    assert "Mass" not in places_in("Mass graves were found near Izium in September.")


def test_a_bare_given_name_is_a_person_unless_a_cue_makes_it_a_town(places_in) -> None:
    """Mary is also a city of 100,000 in Turkmenistan; alone, it is a person."""
    assert "Mary" not in places_in("Mary brought the boxes of medicine to the depot herself.")
    places = places_in("Flights to Mary were cancelled because of dust storms.")
    assert places["Mary"].country == "TM"


def test_a_name_opening_a_headline_is_read_by_its_use_mid_sentence(fast: Geoparser) -> None:
    """A sentence's first word is capitalised whatever it is; the same word written
    capitalised mid-sentence shows it to be a name, and a town of Lozova's size then
    counts at the headline's start too."""
    text = (
        "Lozova man detained over rail arson. A Lozova man, 34, was detained after a "
        "relay cabinet burned."
    )
    found = [(p.start, p.name) for p in fast.parse(text)]
    assert found == [(0, "Lozova"), (text.index("Lozova", 1), "Lozova")]


def test_a_sentence_opening_alone_still_needs_a_large_town(fast: Geoparser) -> None:
    """Without any other sign, "Lozova" opening a sentence may be a surname or a word:
    only a large city is read there."""
    assert fast.parse("Lozova was not in the office on Monday, the report says.") == []


def test_a_city_of_over_100000_opens_a_sentence_by_its_name(fast: Geoparser) -> None:
    """Rockford (about 150,000 people) is read where it opens a headline alone."""
    found = fast.parse("Rockford's fire marshal has ordered the old mill closed.")
    assert [(p.name, p.admin1) for p in found] == [("Rockford", "Illinois")]


def test_a_given_name_opening_a_sentence_is_a_person_unless_a_great_city(
    fast: Geoparser,
) -> None:
    """Mary, Turkmenistan, has over 100,000 people; "Mary" opening a sentence is
    still a woman."""
    assert fast.parse("Mary Okafor chairs the library board this year.") == []


def test_a_town_opening_sentences_among_its_neighbours_is_read(fast: Geoparser) -> None:
    """Paris, Tennessee, is the seat of Henry County and Puryear lies beside it: the
    text around a smaller town is sign enough at a sentence's start."""
    text = (
        "Henry County sales tax rose again. Paris and Puryear both gained from the new "
        "plant. Paris reported a 12 percent jump in March."
    )
    paris = [p for p in fast.parse(text) if p.text == "Paris"]
    assert [(p.name, p.admin1) for p in paris] == [("Paris", "Tennessee")] * 2


def test_a_surname_opening_a_sentence_is_still_no_town(fast: Geoparser) -> None:
    """Keller, Texas, lies in Tarrant County too, but Keller is a surname as well."""
    text = (
        "Parks staff met on Monday in Tarrant County near Southlake. Keller has asked for a pool."
    )
    assert "Keller" not in {p.text for p in fast.parse(text)}


def test_a_name_refused_as_a_place_does_not_move_the_others(places_in) -> None:
    """'White' in a gala's name reads as White, Georgia long enough to be judged too
    small to be a place; it must not pull Dublin to Georgia meanwhile."""
    story = "Dublin City Council approved the last grant for the memorial on Monday."
    alone = places_in(story)["Dublin"]
    found = places_in(story + " The Red, White and Blue Gala is set for May 1.")
    assert (found["Dublin"].country, found["Dublin"].admin1) == (alone.country, alone.admin1)


def test_a_comma_before_a_name_that_is_no_place_makes_no_list_of_places(places_in) -> None:
    found = places_in("Tickets for the Red, White and Blue Gala went on sale in Dublin.")
    assert "Red" not in found
    assert "White" not in found
    assert "Dublin" in found


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Сили оборони відбили 14 атак за добу.", []),
        ("Сили ППО збили 30 дронів над Києвом.", ["Kyiv"]),
        ("Окупанти скинули КАБи на Костянтинівку.", ["Kostyantynivka"]),
        ("Russian units in the DPR shelled Toretsk again.", ["Donetsk Oblast", "Toretsk"]),
        ("The LPR militia claimed new gains.", ["Luhansk Oblast"]),
    ],
)
def test_cyrillic_words_and_initialisms_are_not_places_abroad(
    places_in, sentence: str, places: list[str]
) -> None:
    """GeoNames gives Chad's Sila region and Burkina Faso's Pô Cyrillic names; a
    General Staff report's "Сили оборони" (the Defence Forces) and "ППО" (air
    defence) are neither. The DPR and LPR are the occupied oblasts."""
    assert [p.name for p in places_in(sentence).values()] == places


def test_a_small_town_given_its_police_is_a_place(places_in) -> None:
    """Police, a mayor or firefighters are a municipality's: a small town is taken
    on them as on "in" (Stratham, New Hampshire, comes from the post towns, at the
    size the gazetteer gives those)."""
    found = places_in("Stratham police are looking for a stolen tractor.")
    assert found["Stratham"].admin1 == "New Hampshire"


@pytest.mark.parametrize(
    "text",
    [
        "The village was hit by Tornado fire, the regional governor said.",
        "Archer fire destroyed a Russian howitzer.",
    ],
)
def test_a_fire_after_a_small_towns_name_does_not_make_it_a_place(places_in, text) -> None:
    """A fire may be a weapon's or a wildfire's; only a town's officers vouch for a
    small town."""
    assert not places_in(text)


@pytest.mark.parametrize("verb", ["stormed", "bombed", "recaptured", "overran"])
def test_a_verb_of_assault_before_a_village_makes_it_a_place(places_in, verb) -> None:
    found = places_in(f"Russian troops {verb} Petrivka after a week of fighting.")
    assert found["Petrivka"].country == "UA"


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops attacked Petrivka after a week of fighting.",
        "Fighting for Petrivka went on through the night, the brigade said.",
    ],
)
def test_a_common_village_name_in_a_sentence_of_the_war(places_in, text) -> None:
    """Dozens of Ukrainian villages are called Petrivka: in a sentence about the
    fighting, the word is one of them though no preposition or verb vouches for it."""
    assert places_in(text)["Petrivka"].country == "UA"


def test_a_small_town_opening_a_sentence_among_its_neighbours(places_in) -> None:
    """Hagerstown, Indiana has 1,700 people, but the towns around it in the story
    support it well enough to open a headline and a sentence."""
    found = places_in(
        "Wrestling: Hagerstown wins sectional title. Hagerstown beat New Castle and "
        "Shelbyville on Saturday to take the sectional at Greensburg."
    )
    assert found["Hagerstown"].admin1 == "Indiana"


def test_a_name_a_clause_follows_after_a_comma_is_no_address(places_in) -> None:
    """A comma after a name mid-sentence makes it an address only where a name or a
    figure follows: "Lincoln, wearing his hat" is the president."""
    found = places_in(
        "The museum in Springfield, Illinois, opened a new wing. Visitors see how the"
        " tall Lincoln, wearing his stovepipe hat, greeted the troops."
    )
    assert set(found) == {"Springfield", "Illinois"}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The crash happened near her home town, Wairoa, late on Sunday.", "Wairoa"),
        ("Horenka, drone footage of damaged apartments.", "Horenka"),
    ],
)
def test_a_name_set_off_by_commas_or_opening_a_caption_is_a_place(places_in, text, surface):
    assert surface in places_in(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bakhmut", "Bakhmut"),
        ("Kherson.", "Kherson"),
        ("Chasiv Yar", "Chasiv Yar"),
        ("Izium\n", "Izyum"),
        ("Кременная", "Kreminna"),
    ],
)
def test_a_text_of_one_name_is_that_place(fast: Geoparser, text: str, name: str) -> None:
    (place,) = fast.parse(text)
    assert place.name == name


@pytest.mark.parametrize("text", ["Reading", "Mary", "Свобода"])
def test_a_text_of_one_word_or_given_name_needs_a_city_of_it(fast: Geoparser, text: str) -> None:
    assert fast.parse(text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Vasylkiv air base", "Vasylkiv"),
        ("Vasylkiv Air Base", "Vasylkiv"),
        ("Burshtyn TPP, Ivano-Frankivsk Oblast", "Burshtyn"),
        ("Ladyzhyn TPP went dark overnight.", "Ladyzhyn"),
        ("Kherson International Airport", "Kherson"),
    ],
)
def test_a_facility_named_after_its_town_places_the_town(
    fast: Geoparser, text: str, town: str
) -> None:
    assert fast.parse(text)[0].name == town


@pytest.mark.parametrize("text", ["Hoover Dam", "Sheremetyevo International Airport"])
def test_a_facility_named_after_a_person_or_an_estate_is_no_town(
    fast: Geoparser, text: str
) -> None:
    assert fast.parse(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dnipropetrovsk", "Dnipro"),
        ("Vugledar came under heavy shelling again.", "Vuhledar"),
        ("Kupjansk came under fire overnight.", "Kupyansk"),
    ],
)
def test_a_war_town_by_another_spelling_or_a_former_name(
    fast: Geoparser, text: str, name: str
) -> None:
    assert [p.name for p in fast.parse(text)] == [name]


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("В Суджу и Казачью Локню жителям возвращаться пока запрещено.", "Казачью"),
        ("Бои идут в районе Маленькой Долины, сообщил губернатор.", "Маленькой"),
    ],
)
def test_an_adjective_opening_a_name_the_gazetteer_lacks_is_no_place(
    places_in, sentence, fragment
) -> None:
    """GeoNames lists a Kherson Oblast village as "Kazach'i": "Казачью" alone is not it."""
    assert fragment not in places_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        ("Ясные Зори снова под обстрелом, сообщил губернатор.", "Зори"),
        ("Зелёный Шлях снова под обстрелом, сообщили власти.", "Шлях"),
    ],
)
def test_a_villages_name_closing_a_name_the_gazetteer_lacks_is_no_place(
    places_in, sentence, fragment
) -> None:
    """The Belgorod Oblast village of Yasnye Zori is none called Zori in Donetsk
    Oblast, as its last word would name; Kursk Oblast's Zelyony Shlyakh is not
    Kharkiv Oblast's Shlyakh. The gazetteer lacks both."""
    assert fragment not in places_in(sentence)


def test_a_town_after_an_adjective_keeps_its_name(places_in) -> None:
    assert places_in("Прифронтовой Купянск снова под ударом.")["Купянск"].name == "Kupyansk"


def test_a_district_stated_after_an_adjective_named_village_keeps_it(places_in) -> None:
    found = places_in("Обстрелу подверглось Никольское Белгородского района.")
    assert found["Никольское"].admin1 == "Belgorod Oblast"


def test_a_war_region_named_alone_is_drawn_at_its_seat(places_in) -> None:
    """Oblasts of the war stand at their capitals (Kyiv Oblast's is Kyiv, a region of
    its own); regions elsewhere keep their own point."""
    found = places_in(
        "The governor said drones hit a substation in Belgorod Oblast overnight, "
        "and air raid alerts sounded across Kyiv Oblast."
    )
    belgorod, kyiv = found["Belgorod Oblast"], found["Kyiv Oblast"]
    assert (belgorod.precision, kyiv.precision) == ("admin", "admin")
    assert km(belgorod.lat, belgorod.lon, 50.60, 36.59) < 5
    assert km(kyiv.lat, kyiv.lon, 50.45, 30.52) < 5
    texas = places_in("Storms knocked out power across Texas on Sunday.")["Texas"]
    assert km(texas.lat, texas.lon, 30.27, -97.74) > 100  # not at Austin
