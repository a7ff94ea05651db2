"""Places written as addresses ('village, oblast, country'), as captions and
incident tables give them: loose spellings, lowercase words, stated regions."""

from __future__ import annotations

import pytest

from frontwatch.geo.evaluate import km


def test_russian_spelling_of_a_village_in_a_stated_oblast(places_in) -> None:
    found = places_in("Shelling damaged a school in Malaya Rohan, Kharkiv Oblast, on Tuesday.")
    assert found["Malaya Rohan"].name == "Mala Rohan"
    assert found["Malaya Rohan"].admin1 == "Kharkiv Oblast"


def test_russian_vowels_of_a_village_in_a_stated_oblast(places_in) -> None:
    found = places_in("Shelling damaged a school in Shestakovo, Kharkiv Oblast, on Tuesday.")
    assert found["Shestakovo"].name == "Shestakove"


@pytest.mark.parametrize(
    ("text", "surface", "name", "oblast"),
    [
        # German: в as w, ч as tsch, ш as sch
        (
            "Artillery struck Nowotscherwone, Luhansk Oblast, on Friday.",
            "Nowotscherwone",
            "Novochervone",
            "Luhansk Oblast",
        ),
        # Polish: ш as sz, ч as cz
        (
            "Troops entered Szewczenkowe, Zaporizhzhia Oblast, on Monday.",
            "Szewczenkowe",
            "Shevchenkove",
            "Zaporizhzhia Oblast",
        ),
        # ISO 9: ч as č, ь as a prime
        (
            "Shelling hit Kačkars′ke, Donetsk Oblast, before dawn.",
            "Kačkars′ke",
            "Kachkarske",
            "Donetsk Oblast",
        ),
    ],
)
def test_german_polish_and_iso9_spellings_in_a_stated_oblast(
    places_in, text: str, surface: str, name: str, oblast: str
) -> None:
    found = places_in(text)
    assert found[surface].name == name
    assert found[surface].admin1 == oblast


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        (
            "Russian forces shelled Bondarewske overnight, the governor said.",
            "Bondarewske",
            "Bondarevske",
        ),
        ("Drones hit the school in Schteriwka on Monday.", "Schteriwka", "Shterivka"),
    ],
)
def test_german_spelling_of_a_village_in_running_text(
    places_in, text: str, surface: str, name: str
) -> None:
    assert places_in(text)[surface].name == name


def test_an_address_may_call_its_place_a_village(places_in) -> None:
    found = places_in("A drone hit a shop in Tytarenkowe village, Luhansk Oblast, on Sunday.")
    assert found["Tytarenkowe"].name == "Tytarenkove"
    assert found["Tytarenkowe"].admin1 == "Luhansk Oblast"


def test_loose_spelling_needs_a_stated_region(places_in) -> None:
    found = places_in("Residents of Shestakovo, the mayor said, had no power for a week.")
    assert all(p.name != "Shestakove" for p in found.values())


def test_stated_country_is_not_overruled_by_a_namesake_abroad(places_in) -> None:
    found = places_in("A convoy of trucks was filmed at Abramovka, Gomel, Belarus.")
    assert {p.country for p in found.values()} == {"BY"}


def test_region_stated_through_a_city(places_in) -> None:
    found = places_in("Drones fell near Kamenka, Gomel, Belarus overnight.")
    assert all(p.country == "BY" for p in found.values())


def test_a_town_abroad_does_not_move_a_village_out_of_its_addressed_region(places_in) -> None:
    """Belarus's only listed Kamenka lies in Grodno Region; Russia's and Moldova's
    are towns. 'Kamenka, Gomel' is a village by Gomel that the gazetteer lacks."""
    found = places_in("Drones fell near Kamenka, Gomel, Belarus overnight.")
    assert "Kamenka" not in found
    assert found["Gomel"].admin1 == "Gomel Region"


def test_a_capital_in_a_list_of_capitals_is_kept(places_in) -> None:
    found = places_in("The airline plans flights to Kyiv, Minsk and Riga next spring.")
    assert found["Kyiv"].country == "UA"


def test_lowercase_caption(places_in) -> None:
    found = places_in("mariupol, Donetsk Oblast, Ukraine: smoke over the port")
    assert found["mariupol"].name == "Mariupol"


def test_lowercase_last_word_of_a_town(places_in) -> None:
    found = places_in("Assault groups pushed into the eastern part of Chasiv yar on Sunday.")
    assert found["Chasiv yar"].name == "Chasiv Yar"
    assert found["Chasiv yar"].admin1 == "Donetsk Oblast"


def test_misspelt_village_in_a_stated_oblast(places_in) -> None:
    found = places_in("A fuel depot burned in Melitropol, Zaporizhzhia Oblast, after midnight.")
    assert found["Melitropol"].name == "Melitopol"
    assert found["Melitropol"].admin1 == "Zaporizhzhia Oblast"


def test_a_misspelling_keeps_the_first_consonant(places_in) -> None:
    """A name whose consonants differ from a village's only in the first is another
    name, here a border village known only by its district: it is that village."""
    found = places_in("Queues formed at Nekhoteevka, Belgorod Oblast, Russia, on Friday.")
    assert (found["Nekhoteevka"].name, found["Nekhoteevka"].precision) == ("Nekhoteevka", "admin")
    assert found["Belgorod Oblast"].precision == "admin"


@pytest.mark.parametrize(
    ("text", "written", "town"),
    [
        # two letters swapped
        (
            "Air defence was active over Tomkak, Zaporizhzhia Oblast, before dawn.",
            "Tomkak",
            "Tokmak",
        ),
        # a letter dropped from the second word
        (
            "Ferries stopped at Nova Kakhova, Kherson Oblast, after the flood.",
            "Nova Kakhova",
            "Nova Kakhovka",
        ),
        # the name cut short
        (
            "A substation in Zelenodol, Dnipropetrovsk Oblast, lost power.",
            "Zelenodol",
            "Zelenodolsk",
        ),
        # a letter changed, in Belarus
        ("Rail traffic through Orcha, Vitebsk Oblast, was halted.", "Orcha", "Orsha"),
    ],
)
def test_misspelt_town_in_a_stated_region(places_in, text, written, town) -> None:
    """A name the gazetteer lacks, one slip from a town of the region the address
    states, is that town, though its consonants alone are too few or too far apart
    to find it."""
    assert places_in(text)[written].name == town


def test_misspelt_town_only_in_its_own_region(places_in) -> None:
    found = places_in("Air defence was active over Tomkak, Kharkiv Oblast, before dawn.")
    assert "Tomkak" not in found or found["Tomkak"].name != "Tokmak"


@pytest.mark.parametrize(
    ("text", "written", "village"),
    [
        ("Two drones hit Potavka, Dnipropetrovsk Oblast, at dawn.", "Potavka", "Poltavka"),
        ("Evacuation buses left Zaitsika, Kharkiv Oblast, on Monday.", "Zaitsika", "Zaitsivka"),
        ("A shell struck a barn in Bavinok, Cherkasy Oblast.", "Bavinok", "Barvinok"),
    ],
)
def test_misspelt_village_is_the_one_spelled_nearest(places_in, text, written, village) -> None:
    """Of the oblast's places whose names share the misspelling's consonants, the
    one spelled most like it, not the largest."""
    assert places_in(text)[written].name == village


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        (
            "Power lines were cut in Velykoburlutska, Kharkiv Oblast, on Monday.",
            "Velykoburlutska",
            "Velykoburlutska hromada",
        ),
        ("Shelling hit Zymohirivska, Luhansk Oblast.", "Zymohirivska", "Zymohirivska hromada"),
        (
            "Grain silos burned in Velykonovosilkivskyi, Donetsk Oblast.",
            "Velykonovosilkivskyi",
            "Velykonovosilkivska hromada",
        ),
    ],
)
def test_a_units_adjective_alone_in_an_address_is_the_unit(places_in, text, written, unit) -> None:
    """Incident tables place an event by its community, or by the raion of before
    2020 (which its seat's hromada stands for), alone; no village of the stated
    oblast is called so."""
    found = places_in(text)[written]
    assert found.name == unit
    assert found.precision == "admin"


def test_a_hromadas_adjective_outside_an_address_is_not_read(places_in) -> None:
    assert "Velykoburlutska" not in places_in("Velykoburlutska residents were evacuated.")


def test_a_misspelling_is_read_past_a_longer_name_sharing_its_consonants(places_in) -> None:
    """'Druzhivka' shares its consonants with Oleksiyevo-Druzhkivka, a village too
    many letters away to be meant; the town one letter off is."""
    found = places_in("Windows were blown out at a college in Druzhivka, Donetsk Oblast.")
    assert found["Druzhivka"].name == "Druzhkivka"


@pytest.mark.parametrize(
    ("text", "written", "village", "oblast"),
    [
        # GeoNames gives "Aleksandrovka" to Donetsk as a name it once bore.
        (
            "Shelling hit Aleksandrovka, Donetsk Oblast, at night.",
            "Aleksandrovka",
            "Oleksandrivka",
            "Donetsk Oblast",
        ),
        # ... and "Fedorovka" to Nova Odesa, a town of 13,000 in Mykolaiv Oblast.
        (
            "A drone struck a farm in Fedorovka, Kharkiv Oblast, on Sunday.",
            "Fedorovka",
            "Fedorivka",
            "Kharkiv Oblast",
        ),
    ],
)
def test_russian_form_of_a_village_is_not_a_town_that_once_bore_it(
    places_in, text, written, village, oblast
) -> None:
    found = places_in(text)[written]
    assert (found.name, found.admin1) == (village, oblast)


@pytest.mark.parametrize("oblast", ["Kharkiv", "Sumy", "Zaporizhzhia", "Luhansk"])
def test_a_town_that_bore_a_name_once_is_no_slip_of_the_stated_oblast(
    places_in, oblast: str
) -> None:
    """GeoNames gives Kurakhove and Novospaske, in Donetsk Oblast, "Petrovka" as
    another name; a Petrovka the text puts in another oblast is neither."""
    found = places_in(f"Shelling hit Petrovka, {oblast} Oblast, at night.")
    assert "Petrovka" not in found or found["Petrovka"].admin1 != "Donetsk Oblast"
    assert found[f"{oblast} Oblast"].kind == "admin"


def test_a_loose_reading_spelled_far_from_the_text_is_no_place(places_in) -> None:
    """Its consonants alone make "Georgievka" no Horokhivka."""
    found = places_in("Shelling hit Georgievka, Kharkiv Oblast, at night.")
    assert "Georgievka" not in found or found["Georgievka"].name != "Horokhivka"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Fighting spread across the Sumy, Kursk and Belgorod regions.", "Sumy"),
        ("Drones were shot down over Shebekino, Kursk and Bryansk.", "Shebekino"),
        ("Missiles hit Kramatorsk, Moscow Oblast and Bryansk Oblast overnight.", "Kramatorsk"),
        ("Air raid alerts sounded in Sumy, Kursk Oblast, Bryansk Oblast and Orel.", "Sumy"),
        ("Refugees boarded the Lviv-Przemysl, Poland train on Friday.", "Lviv"),
        ("Trucks queued on the Kharkiv-Belgorod highway, Belgorod Oblast, Russia.", "Kharkiv"),
    ],
)
def test_a_list_or_a_pair_before_a_region_is_no_address(places_in, text, first) -> None:
    assert first in places_in(text)


def test_a_town_before_a_list_of_regions_holding_it_is_addressed(places_in) -> None:
    found = places_in("Drones struck Shebekino, Belgorod and Kursk oblasts, overnight.")
    assert found["Shebekino"].admin1 == "Belgorod Oblast"


def test_a_towns_former_name_still_finds_it_in_its_oblast(places_in) -> None:
    found = places_in("Artemovsk, Donetsk region, was shelled again overnight.")
    assert found["Artemovsk"].name == "Bakhmut"


def test_misspelling_is_not_read_without_a_stated_oblast(places_in) -> None:
    found = places_in("Melitropol, the new brigade commander, said the line held.")
    assert "Melitropol" not in found


def test_unknown_village_in_a_stated_oblast_is_not_a_city_abroad(places_in) -> None:
    """GeoNames gives "Trypilly" to Tripoli; the oblast stated has a Trypillia."""
    found = places_in("Shelling hit Trypilly, Donetsk Oblast, Ukraine, on Friday.")
    assert (found["Trypilly"].country, found["Trypilly"].admin1) == ("UA", "Donetsk Oblast")
    assert found["Donetsk Oblast"].country == "UA"


@pytest.mark.parametrize(
    ("text", "half"),
    [
        ("A drone fell on Paris-Ivanovka, Kursk Oblast, Russia, overnight.", "Paris"),
        ("Border guards left Lima-Pokrovka, Kursk Oblast, Russia, on Monday.", "Lima"),
    ],
)
def test_half_of_an_unknown_compound_in_an_address_is_no_city_abroad(
    places_in, text: str, half: str
) -> None:
    """The address after a hyphenated name is the whole name's: its first half alone
    is not the city abroad that bears it."""
    found = places_in(text)
    assert half not in found
    assert found["Kursk Oblast"].country == "RU"


def test_town_stated_in_a_russian_city_is_not_a_namesake_town_far_off(places_in) -> None:
    """No Nikolskoye of Bryansk Oblast is listed; the town of 20,000 by St Petersburg
    is not the one meant."""
    found = places_in("Shelling hit Nikolskoye, Bryansk, Russia, early on Tuesday.")
    assert "Nikolskoye" not in found
    assert found["Bryansk"].admin1 == "Bryansk Oblast"


def test_town_stated_in_a_city_that_is_its_own_region_lies_around_it(places_in) -> None:
    found = places_in("Sappers trained at Dzyarzhynsk, Minsk, Belarus, last spring.")
    assert found["Dzyarzhynsk"].admin1 == "Minsk Region"


def test_unknown_village_in_a_stated_region_is_not_a_capital_or_county_abroad(
    places_in,
) -> None:
    """Madrid is also Spain's community, a region: a whole address still rules it
    out. (Gomel Oblast's Dublin, a village the gazetteer now lists, is placed.)"""
    found = places_in("A column was filmed in Madrid, Gomel Oblast, Belarus, at dawn.")
    assert "Madrid" not in found
    assert found["Gomel Oblast"].country == "BY"
    found = places_in("A column was filmed in Dublin, Gomel Oblast, Belarus, at dawn.")
    assert found["Dublin"].country == "BY"


def test_claimed_land_may_be_given_in_the_claimants_country(places_in) -> None:
    found = places_in("Explosions were heard in Simferopol, Crimea, Russia, overnight.")
    assert found["Simferopol"].country == "UA"
    assert found["Crimea"].precision == "admin"


def test_a_region_before_a_country_in_a_list_is_kept(places_in) -> None:
    found = places_in("Floods struck Bavaria, Austria and Switzerland this week.")
    assert found["Bavaria"].country == "DE"


def test_names_joined_by_a_hyphen_are_a_pair_not_an_address(places_in) -> None:
    found = places_in("The airline resumed the Washington-Moscow route on Sunday.")
    assert found["Washington"].country == "US"
    assert found["Moscow"].country == "RU"


@pytest.mark.parametrize(
    "text",
    [
        "The envoys flew to Rostov. Istanbul will host the next round on Friday.",
        "Sirens sounded over Rostov; Istanbul talks resumed a day later.",
    ],
)
def test_a_name_opening_the_next_statement_is_no_address(places_in, text: str) -> None:
    """Read as an address, Istanbul would put Rostov in Turkey, where no Rostov
    lies, and Rostov would be dropped; Istanbul, a 'region' describing it, would
    lose its city."""
    found = places_in(text)
    assert found["Rostov"].country == "RU"
    assert found["Istanbul"].precision == "exact"


def test_a_village_across_the_country_is_no_slip_of_the_stated_oblast(places_in) -> None:
    """Synevyr is a Transcarpathian village 1,000 km west: the oblast places it."""
    found = places_in("Artillery struck Synevyr, Donetsk Oblast, Ukraine, overnight.")
    assert "Synevyr" not in found
    assert found["Donetsk Oblast"].precision == "admin"


def test_a_village_across_the_stated_oblasts_border_is_a_slip(places_in) -> None:
    found = places_in("Shelling was reported in Luhanske, Luhansk Oblast, Ukraine.")
    assert found["Luhanske"].admin1 == "Donetsk Oblast"
    assert found["Luhanske"].precision == "exact"


@pytest.mark.parametrize(
    ("sentence", "surface", "oblast", "point"),
    [
        (
            "Photos were taken in Krasnopillia, Kharkiv Oblast, Ukraine.",
            "Krasnopillia",
            "Donetsk Oblast",
            (48.96, 37.48),
        ),
        (
            "Drone footage came from Novodarivka, Donetsk Oblast, on Friday.",
            "Novodarivka",
            "Zaporizhzhia Oblast",
            (47.69, 36.55),
        ),
    ],
)
def test_of_the_slips_across_a_stated_oblasts_border_the_one_on_the_front_is_meant(
    places_in, sentence, surface, oblast, point
) -> None:
    """Kharkiv Oblast has no Krasnopillia; of the villages so called in the oblasts
    around it, the one by Izium lay on the front, the Dnipropetrovsk one 140 km
    behind it. Donetsk Oblast's Novodarivka is the Zaporizhzhia Oblast village by
    Velyka Novosilka, not the Luhansk Oblast one by the Russian border."""
    found = places_in(sentence)[surface]
    assert found.admin1 == oblast
    assert km(found.lat, found.lon, *point) < 10


def test_a_town_spelled_but_for_one_letter_in_a_stated_oblast_is_meant(places_in) -> None:
    """No village of Donetsk Oblast is called Maryanka; the town of Marinka is, up
    to one letter, and it is meant rather than a Dnipropetrovsk Oblast village."""
    found = places_in("Photos were taken in Maryanka, Donetsk Oblast.")["Maryanka"]
    assert found.admin1 == "Donetsk Oblast"
    assert km(found.lat, found.lon, 47.95, 37.51) < 5


def test_register_namesakes_in_one_oblast_are_all_candidates(fast) -> None:
    """Kherson Oblast holds many villages called Oleksandrivka; GeoNames has some of
    them, and the settlement register adds the others rather than being dropped."""
    candidates = fast.gazetteer.candidates("oleksandrivka")
    kherson = [p for p in candidates if p.country == "UA" and p.admin1 == "08"]
    assert {p.kind for p in kherson} == {"settlement", "register"}
    assert len(kherson) >= 5


@pytest.mark.parametrize(
    ("region", "name"),
    [
        ("Belgorodskaya oblast", "Belgorod Oblast"),
        ("Krasnodarskiy kray", "Krasnodar Krai"),
        ("Kharkovskaya oblast", "Kharkiv Oblast"),
        ("Харківська область", "Kharkiv Oblast"),
        ("Gomelskaya oblast", "Gomel Region"),
    ],
)
def test_regions_in_their_russian_and_ukrainian_forms(places_in, region, name) -> None:
    found = places_in(f"A substation burned in Shebekino, {region}, after the drone attack.")
    assert found[region].name == name
    assert found[region].kind == "admin"


def test_misspelt_town_before_its_region_city(places_in) -> None:
    """Addresses name a region by its centre: "Bryansk" in "X, Bryansk, Russia"."""
    found = places_in("Drone debris fell on Karackev, Bryansk, Russia, overnight.")
    assert found["Karackev"].name == "Karachev"
    assert found["Karackev"].admin1 == "Bryansk Oblast"


def test_russian_spelling_of_a_town_before_a_country_only(places_in) -> None:
    found = places_in("Explosions were heard near Belograd, Russia, on Sunday.")
    assert found["Belograd"].name == "Belgorod"


@pytest.mark.parametrize(
    ("text", "written", "village"),
    [
        (
            "Shelling of Novoselovka Pervaya, Donetsk Oblast, went on.",
            "Novoselovka Pervaya",
            "Novoselivka Persha",
        ),
        (
            "Обстрел: Новоселовка Вторая, Донецкая область.",
            "Новоселовка Вторая",
            "Novoselivka Druha",
        ),
        (
            "Shelling of Bolshaya Kamyshevakha, Kharkov Oblast.",
            "Bolshaya Kamyshevakha",
            "Velyka Komyshuvakha",
        ),
    ],
)
def test_russian_qualifier_of_a_village_in_a_stated_oblast(
    places_in, text, written, village
) -> None:
    """The ordinal tells the oblast's Novoselivkas apart, in Russian as in Ukrainian;
    Russian's "Bolshaya" is Ukrainian's "Velyka"."""
    assert places_in(text)[written].name == village


def test_a_misspelt_village_needs_more_than_a_country(places_in) -> None:
    """With only "Russia" stated, a loose reading must be a town, not any of the
    thousands of villages spelled nearly alike."""
    found = places_in("Residents of Zhabrovka, Belarus, filmed a convoy.")
    assert "Zhabrovka" not in found


def test_a_belarusian_village_of_a_thousand_is_read_before_the_country_alone(
    places_in,
) -> None:
    """Belarus's places of 1,000 or more are few enough to read a spelling loosely
    among them with only the country stated: Kholmech, by Rechytsa, has 1,300."""
    found = places_in("A column of trucks was filmed in Kholmiech, Belarus.")
    assert found["Kholmiech"].name == "Kholmech"
    assert found["Kholmiech"].admin1 == "Gomel Region"


def test_own_name_wins_over_a_former_name_in_a_stated_oblast(places_in) -> None:
    """Bilozerka was once called Ivanivka; the oblast's Ivanivkas bear the name now."""
    found = places_in("Shelling was reported in Ivanivka, Kherson Oblast, Ukraine.")
    assert found["Ivanivka"].name == "Ivanivka"
    assert found["Ivanivka"].admin1 == "Kherson Oblast"


def test_former_name_still_places_the_renamed_town(places_in) -> None:
    found = places_in("Fighting continued around Artemovsk, Donetsk region.")
    assert found["Artemovsk"].name == "Bakhmut"


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian troops pressed on Krasnyi Lyman, Donetsk Oblast, from the east.",
        "Бои идут у Красного Лимана, ДНР.",
    ],
)
def test_a_renamed_towns_former_name_beats_a_village_that_bears_it(places_in, sentence) -> None:
    """A village of 600 near Rodynske is called Krasnyi Lyman; the town of 20,000
    bore the name until 2016 and Russian reports still use it."""
    found = next(iter(places_in(sentence).values()))
    assert found.name == "Lyman"
    assert abs(found.lat - 48.99) < 0.1


@pytest.mark.parametrize(
    "sentence",
    [
        "A fuel depot burned in Krasnogvardeyskoye, Crimea, after a drone attack.",
        "Partisans reported a strike on a depot in Krasnohvardiiske, Crimea.",
    ],
)
def test_a_crimean_towns_name_before_2016_beats_a_village_that_bears_it(
    places_in, sentence
) -> None:
    """Ukraine renamed the district centre Krasnohvardiiske Kurman in 2016; Russia,
    which holds it, and the reports still call it Krasnogvardeyskoye, the name a
    village near Bilohirsk bears too."""
    found = next(iter(places_in(sentence).values()))
    assert found.name == "Kurman"


@pytest.mark.parametrize(
    ("sentence", "surface", "name"),
    [
        ("Artillery hit Mykil's'ke, Donetsk Oblast, Ukraine.", "Mykil's'ke", "Mykilske"),
        ("Shelling reached Tavrijs´ke, Kherson Oblast.", "Tavrijs´ke", "Tavriiske"),
        ("Mines were found at Schyroka Balka, Kherson Oblast.", "Schyroka Balka", "Shyroka Balka"),
        ("A depot burned in Pereval's'k, Luhansk Oblast.", "Pereval's'k", "Perevalsk"),
        ("Strikes on Lysytsjansk, Luhansk Oblast, continued.", "Lysytsjansk", "Lysychansk"),
    ],
)
def test_spreadsheet_romanisations(places_in, sentence, surface, name) -> None:
    """Soft signs written as apostrophes, and Dutch ч, as volunteers' sheets write them."""
    assert places_in(sentence)[surface].name == name


def test_a_town_bearing_the_name_beats_a_city_that_bore_it(places_in) -> None:
    """GeoNames also lists Krasnodar as Novorossiysk; the port is meant."""
    place = places_in("Sea drones hit a tanker off Novorossiysk overnight.")["Novorossiysk"]
    assert place.name == "Novorossiysk"


def test_a_city_name_beats_a_village_that_bore_it_beside_ukrainian_places(places_in) -> None:
    """GeoNames also lists a Kherson Oblast village of 737 as Novorossiysk; in a story
    that names Kherson, the country and the distance must not hand it the name."""
    found = places_in("Sea drones struck tankers at Novorossiysk and Kherson overnight.")
    assert found["Novorossiysk"].country == "RU"
    assert found["Novorossiysk"].name == "Novorossiysk"


def test_st_is_saint(places_in) -> None:
    place = places_in("Flights from Moscow to St. Petersburg were suspended.")["St. Petersburg"]
    assert place.country == "RU"


def test_a_russian_village_the_gazetteer_lacks_is_placed_in_its_stated_oblast(places_in) -> None:
    """GeoNames lists no village of Murom in Belgorod Oblast, only the city 600 km
    north: the village of Shebekino's district is meant, placed at its seat."""
    found = places_in("Shelling hit Murom, Belgorod Oblast, Russia, the governor said.")
    assert (found["Murom"].admin1, found["Murom"].precision) == ("Belgorod Oblast", "admin")
    assert km(found["Murom"].lat, found["Murom"].lon, 50.41, 36.93) < 5


def test_a_name_of_another_region_is_no_place_in_the_stated_one(places_in) -> None:
    """Khanty-Mansi Okrug is also called Yugra (Ugra), but no region lies inside
    another: 'Ugra, Kaluga Oblast' is a place the gazetteer lacks there."""
    found = places_in("Drones were downed over Ugra, Kaluga Oblast, Russia, at night.")
    assert "Ugra" not in found
    assert found["Kaluga Oblast"].precision == "admin"


def test_a_list_of_regions_keeps_each_region(places_in) -> None:
    found = places_in(
        "Совещание было посвящено обстановке в Курской, Белгородской и Брянской областях."
    )
    assert {"Курской", "Белгородской"} <= found.keys()


def test_a_city_that_is_a_region_of_its_own_keeps_the_region_around_it(places_in) -> None:
    found = places_in("Troops were seen unloading in Minsk, Minsk Oblast, Belarus, on Monday.")
    assert found["Minsk"].precision == "exact"


@pytest.mark.parametrize(
    ("sentence", "town", "admin1"),
    [
        ("A helicopter was filmed landing at Andriivka, Crimea.", "Andriivka", "Sevastopol"),
        (
            "Smoke rose over the naval base at Kronstadt, Leningrad Oblast, on Sunday.",
            "Kronstadt",
            "Saint Petersburg",
        ),
        ("Air defence fired over Zelenograd, Moscow Oblast, at night.", "Zelenograd", "Moscow"),
    ],
)
def test_a_region_stated_for_a_town_of_the_city_region_inside_it(
    places_in, sentence, town, admin1
) -> None:
    """Sevastopol, Moscow and Saint Petersburg are regions of their own inside the
    region a report names; their towns are still the places meant."""
    found = places_in(sentence)
    assert found[town].admin1 == admin1
    assert found[town].precision == "exact"


def test_the_stated_regions_own_village_beats_a_city_quarter_of_its_name(places_in) -> None:
    found = places_in("A missile struck a farm in Lukianivka, Kyiv Oblast, Ukraine, overnight.")
    assert found["Lukianivka"].admin1 == "Kyiv Oblast"


def test_a_ukrainian_town_keeps_its_name_when_the_oblast_given_is_wrong(places_in) -> None:
    """Ukraine's register lists every village: a name found only in another oblast is
    the report's slip, and the town is still the one meant."""
    found = places_in("Shelling hit Lysychansk, Donetsk Oblast, Ukraine, on Friday.")
    assert found["Lysychansk"].admin1 == "Luhansk Oblast"


def test_russian_spelling_known_only_elsewhere_is_read_in_the_stated_oblast(places_in) -> None:
    """GeoNames gives the Russian spelling Novoselovka to an Odesa village only; the
    Kharkiv Oblast the address states has Novoselivkas, one of which is meant."""
    found = places_in("Artillery struck Novoselovka, Kharkiv Oblast, Ukraine, at dawn.")
    assert found["Novoselovka"].admin1 == "Kharkiv Oblast"


def test_a_town_of_another_country_is_no_slip_for_the_stated_oblasts_village(places_in) -> None:
    """GeoNames lists Blagodatnoye as another name of towns in Chechnya and Stavropol
    Krai; a Ukrainian oblast's address is no slip for those, and the oblast has
    villages called Blahodatne."""
    found = places_in("Shelling hit Blagodatnoye, Kharkiv Oblast, Ukraine, on Friday.")
    assert (found["Blagodatnoye"].country, found["Blagodatnoye"].admin1) == ("UA", "Kharkiv Oblast")


def test_a_town_found_elsewhere_is_not_read_loosely_as_a_village(places_in) -> None:
    """Luhanske lies just across the oblast line from Luhansk Oblast: the report's
    slip keeps the village, not the city of Luhansk, whose consonants it shares."""
    found = places_in("Shelling hit Luhanske, Luhansk Oblast, Ukraine, on Monday.")
    assert found["Luhanske"].name == "Luhanske"


def test_a_town_before_the_district_it_lies_in_is_that_town(places_in) -> None:
    """'Washington, D.C.' is the city, not the state listed beside a district, even
    in a Georgia story where a Washington, Georgia lies close at hand."""
    found = places_in(
        "Deputies in Thomson, Ga., said the driver was heading home to Washington, D.C., "
        "when his truck broke down near Augusta."
    )
    assert found["Washington"].admin1 == "District of Columbia"


def test_a_state_in_a_list_of_states_stays_a_state(places_in) -> None:
    found = places_in(
        "Salmonella cases were confirmed in Utah, Virginia, Washington, West Virginia and Wyoming."
    )
    assert found["Washington"].precision == "admin"
    assert found["Washington"].admin1 == "Washington"


@pytest.mark.parametrize(
    ("caption", "surface", "name"),
    [
        ("Krasnohorivka town, Donets'ka oblast', Ukraine", "Krasnohorivka", "Krasnohorivka"),
        ("Kupjansk town, Kharkivs'ka oblast', Ukraine", "Kupjansk", "Kupyansk"),
        ("Robotyne village, Zaporiz'ka oblast', Ukraine", "Robotyne", "Robotyne"),
    ],
)
def test_a_settlement_written_with_its_kind_after_it(places_in, caption, surface, name) -> None:
    """Datasets such as UCDP's write "Avdiivka town": the lowercase noun marks a
    place, so a small town opening the caption is not left for a person."""
    assert places_in(caption)[surface].name == name


def test_a_region_after_in_states_where_the_place_is(places_in) -> None:
    """Pogrebki in Kursk Oblast is too small for the gazetteer; a Sumy Oblast village
    of the name, across the border, is not the one meant."""
    found = places_in("Russian troops retook Pogrebki in Kursk region on Tuesday.")
    assert "Pogrebki" not in found or found["Pogrebki"].country == "RU"
    found = places_in("Shelling hit Pokrovka in the Donetsk region overnight.")
    assert found["Pokrovka"].admin1 == "Donetsk Oblast"


def test_a_region_before_another_name_is_no_address(places_in) -> None:
    found = places_in(
        "Volunteers sandbagged homes at Riverstone in North-Western Sydney on Sunday."
    )
    assert found["Riverstone"].country == "AU"


def test_an_addressed_name_after_a_capitalised_word_is_the_place(places_in) -> None:
    """Captions run capitalised words into the place they end at; the oblast after
    the comma says where the name stops."""
    found = places_in("Video shows a Russian Armour Column Svatove, Luhansk Oblast, at dusk.")
    assert found["Svatove"].admin1 == "Luhansk Oblast"


def test_a_surname_before_its_country_is_no_place(places_in) -> None:
    found = places_in("The board heard from Ruth Williams, U.S. Navy, and a retired admiral.")
    assert "Williams" not in found


def test_an_english_word_before_an_oblast_is_no_misspelt_village(places_in) -> None:
    found = places_in("Artillery Pounds Enemy Trenches in Avdiivka Vicinity, Donetsk Oblast")
    assert set(found) == {"Avdiivka", "Donetsk Oblast"}


@pytest.mark.parametrize(
    ("text", "unit", "other"),
    [
        (
            "Drones struck a barn in Vesele, Kupianskyi raion, Kharkiv Oblast, at night.",
            "Kupianskyi raion",
            "Chuhuivskyi raion, Kharkiv Oblast",
        ),
        (
            "Drones struck a barn in Vesele, Chuhuiv district, Kharkiv Oblast, at night.",
            "Chuhuiv district",
            "Kupianskyi raion, Kharkiv Oblast",
        ),
        (
            "Shelling damaged houses in Ivanivka in the Izium district on Monday.",
            "Izium district",
            "Chuhuivskyi raion, Kharkiv Oblast",
        ),
        (
            "Shelling damaged houses in Ivanivka village, Izium raion, on Monday.",
            "Izium raion",
            "Chuhuivskyi raion, Kharkiv Oblast",
        ),
        (
            "Shelling damaged houses in Ivanivka and Balakliia, Izium raion, on Monday.",
            "Izium raion",
            "Chuhuivskyi raion, Kharkiv Oblast",
        ),
        (
            "Shelling damaged houses in Ivanivka village (Izium raion) on Monday.",
            "Izium raion",
            "Chuhuivskyi raion, Kharkiv Oblast",
        ),
    ],
)
def test_a_stated_raion_picks_its_own_namesake(places_in, text: str, unit: str, other: str) -> None:
    """Kharkiv Oblast has several villages called Vesele and Ivanivka; the raion an
    address names after one is where it lies."""
    found = places_in(text)
    village = found["Vesele" if "Vesele" in found else "Ivanivka"]
    stated = found[unit]
    elsewhere = places_in(other)[other.split(",")[0]]
    assert km(village.lat, village.lon, stated.lat, stated.lon) < km(
        village.lat, village.lon, elsewhere.lat, elsewhere.lon
    )
    assert km(village.lat, village.lon, stated.lat, stated.lon) < 60


@pytest.mark.parametrize(
    ("text", "village", "oblast"),
    [
        (
            "Kharkiv Oblast, Komarivka: a drone hit a farm before dawn.",
            "Komarivka",
            "Kharkiv Oblast",
        ),
        ("Kherson Oblast, Kostromka: shelling damaged two houses.", "Kostromka", "Kherson Oblast"),
    ],
)
def test_a_region_written_before_its_village(places_in, text, village, oblast) -> None:
    """Ukrainian addresses put the region first; the village is the region's."""
    assert places_in(text)[village].admin1 == oblast


def test_towns_after_a_region_are_a_list_not_its_villages(places_in) -> None:
    found = places_in("Alerts sounded across Kharkiv Oblast, Sumy and Poltava.")
    assert found["Sumy"].admin1 == "Sumy Oblast"


@pytest.mark.parametrize(
    ("text", "village", "where"),
    [
        # Kherson's city district, not the Dnipropetrovsk Oblast raion of the name
        (
            "Russian shelling hit Antonivka, Dniprovskyi district, Kherson.",
            "Antonivka",
            "Kherson Oblast",
        ),
        # a raion of the name lies in another oblast than the one stated
        (
            "Shelling hit Zakharivka, Pervomaiskyi district, Kharkiv region.",
            "Zakharivka",
            "Kharkiv Oblast",
        ),
        # a Russian district named like a Ukrainian raion
        (
            "Drones attacked Shakhovo, Pokrovsky district, Oryol region, overnight.",
            "Shakhovo",
            "Oryol Oblast",
        ),
    ],
)
def test_a_raion_of_another_region_does_not_place_a_village(places_in, text, village, where):
    assert places_in(text)[village].admin1 == where


@pytest.mark.parametrize(
    ("text", "surface", "unit", "oblast"),
    [
        # a district of Kryvyi Rih bears the name too: the raion is not its sibling
        (
            "Shelling of Novoselivka, Pokrovskyi district, Donetsk Oblast, went on.",
            "Pokrovskyi district",
            "Pokrovskyi raion",
            "Donetsk Oblast",
        ),
        # a raion of the name lies in Mykolaiv Oblast: Kharkiv Oblast's, abolished in
        # 2020, is its seat's hromada, renamed with Pervomaiskyi in 2024
        (
            "Shelling hit Zakharivka, Pervomaiskyi district, Kharkiv region.",
            "Pervomaiskyi district",
            "Zlatopilska hromada",
            "Kharkiv Oblast",
        ),
    ],
)
def test_a_unit_in_an_address_lies_in_the_oblast_after_it(places_in, text, surface, unit, oblast):
    found = places_in(text)[surface]
    assert (found.name, found.admin1) == (unit, oblast)


def test_a_village_in_an_abolished_raion_outside_its_seats_community(places_in) -> None:
    """Saky raion, abolished in 2020, is read as the Saky community, but its village
    Novofedorivka lies in a community of its own, inside today's Yevpatoriia raion;
    two namesakes lie elsewhere in Crimea. (A guard: before the raion was read at
    all, the village was found without it.)"""
    found = places_in("Explosions were heard in Novofedorivka, Saky raion, Crimea.")
    assert km(found["Novofedorivka"].lat, found["Novofedorivka"].lon, 45.09, 33.57) < 10


def test_a_village_listed_before_an_addressed_one_shares_its_oblast(places_in) -> None:
    found = places_in("Shelling hit Novoselivka and Maksymivka, Kharkiv Oblast, overnight.")
    assert found["Novoselivka"].admin1 == "Kharkiv Oblast"
    found = places_in("Missiles hit Zaporizhzhia and Lychkove, Dnipropetrovsk Oblast.")
    assert found["Zaporizhzhia"].admin1 == "Zaporizhzhia Oblast"


def test_a_village_word_before_its_region_in_brackets(places_in) -> None:
    """Luhansk Oblast has its own Kalynivka; larger ones lie in other oblasts."""
    found = places_in("Shelling hit Kalynivka village (Luhansk region) overnight.")
    assert found["Kalynivka"].admin1 == "Luhansk Oblast"


@pytest.mark.parametrize(
    "text",
    ["Orekhovo-Vasilevka, Donetsk Oblast", "Shelling hit Orekhovo-Vasilyevka, DPR, at night."],
)
def test_a_hyphenated_russian_spelling_in_a_stated_oblast(places_in, text: str) -> None:
    (surface,) = [s for s in places_in(text) if s.startswith("Orekhovo")]
    assert places_in(text)[surface].name == "Orikhovo-Vasylivka"


@pytest.mark.parametrize(
    "text",
    [
        "Traffic on the Kerch Bridge, Crimea, stopped after the alarm.",
        "Kerch Bridge, Krasnodar Krai, Russia",
    ],
)
def test_a_bridge_between_countries_fits_the_region_an_address_gives(places_in, text) -> None:
    assert places_in(text)["Kerch Bridge"].name == "Kerch Strait Bridge"


@pytest.mark.parametrize(
    ("text", "surface", "oblast"),
    [
        ("Pokrovsk railway station, Donetsk Oblast", "Pokrovsk railway station", "Donetsk Oblast"),
        ("A missile struck Lozova station at dawn.", "Lozova station", "Kharkiv Oblast"),
    ],
)
def test_a_station_lies_in_the_region_of_its_nearest_town(
    places_in, text: str, surface: str, oblast: str
) -> None:
    station = places_in(text)[surface]
    assert station.admin1 == oblast
    assert station.name.isascii()


@pytest.mark.parametrize(
    "text",
    [
        "Ворог штурмував позиції поблизу Мирнограда, Удачного та Котлиного.",
        "Бої точилися біля Родинського, Мирнограда, Удачного та Котлиного.",
    ],
)
def test_a_list_closed_by_a_conjunction_is_no_address(fast, text: str) -> None:
    # "Удачного" also reads as the Yakut town Udachny, which must not state a
    # region for the town before it and so drop it.
    found = {p.text: p for p in fast.parse(text)}
    assert found["Мирнограда"].name == "Myrnohrad"
    assert found["Удачного"].country == "UA"


def test_a_list_closed_before_a_name_the_gazetteer_lacks_is_no_address(places_in) -> None:
    """Murom, a city of the same name 600 km north, states no region for the border
    village before it, though the village after "и" is one GeoNames does not list."""
    found = places_in("Под обстрел попали Новая Таволжанка, Муром и Нехотеевка.")
    assert found["Новая Таволжанка"].admin1 == "Belgorod Oblast"


@pytest.mark.parametrize(
    ("text", "surface", "name", "oblast"),
    [
        (
            "Штурмовые группы заняли населенный пункт Андреевка в Сумской области.",
            "Андреевка",
            "Andriivka",
            "Sumy Oblast",
        ),
        (
            "Войска вошли в населенный пункт Времевка в Донецкой области.",
            "Времевка",
            "Vremivka",
            "Donetsk Oblast",
        ),
    ],
)
def test_a_russian_spelling_placed_in_an_oblast_finds_the_register_village(
    places_in, text: str, surface: str, name: str, oblast: str
) -> None:
    place = places_in(text)[surface]
    assert (place.name, place.admin1) == (name, oblast)


def test_a_village_addressed_by_its_oblasts_capital_is_in_the_oblast(places_in) -> None:
    # Kherson is a city of 279,000, which GeoNames lists with 66,000: only a city of
    # its true size stands for its oblast after a village at the end of an address.
    found = places_in("Destroyed bridge near Tiahynka, Kherson.")
    assert found["Kherson"].name == "Kherson Oblast"
    assert found["Tiahynka"].admin1 == "Kherson Oblast"


@pytest.mark.parametrize(
    ("russian", "ukrainian"),
    [
        ("Novomikhailovka", "Novomykhailivka"),
        ("Semyonovka", "Semenivka"),
    ],
)
def test_a_villages_russian_form_picks_the_namesake_its_own_form_does(
    places_in, russian, ukrainian
) -> None:
    """Donetsk Oblast has three Novomykhailivkas, known to the register in Ukrainian
    only: the front tells them apart in either spelling."""
    tail = ", Donetsk Oblast, Ukraine"
    said_in_russian = places_in(russian + tail)[russian]
    said_in_ukrainian = places_in(ukrainian + tail)[ukrainian]
    assert (said_in_russian.lat, said_in_russian.lon) == (
        said_in_ukrainian.lat,
        said_in_ukrainian.lon,
    )
