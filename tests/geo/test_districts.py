"""Raions and hromadas under their official adjectives, their centres' names and in
Cyrillic, placed at their centroids with precision ``admin``; and the districts of
cities, placed at their city."""

from __future__ import annotations

import pytest

from frontwatch.geo.evaluate import km

KUPIANSK = (49.71, 37.62)
KHARKIV = (49.99, 36.23)
ODESA = (46.48, 30.73)
ZAPORIZHZHIA = (47.84, 35.14)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Shelling hit Kupianskyi raion overnight.", "Kupianskyi raion"),
        ("Shelling hit the Kupiansk district overnight.", "Kupiansk district"),
        ("Russian sources claimed gains in Kupyanskiy rayon.", "Kupyanskiy rayon"),
        ("Обстріли тривали: Куп’янський район.", "Куп’янський район"),
    ],
)
def test_a_raion_under_each_of_its_names(places_in, sentence, surface) -> None:
    place = places_in(sentence)[surface]
    assert place.name == "Kupianskyi raion"
    assert (place.kind, place.precision, place.admin1) == ("admin", "admin", "Kharkiv Oblast")
    assert km(place.lat, place.lon, *KUPIANSK) < 50


def test_a_hromada_by_its_centre(places_in) -> None:
    place = places_in("The Kupiansk community was left without power.")["Kupiansk community"]
    assert place.name == "Kupianska hromada"
    assert km(place.lat, place.lon, *KUPIANSK) < 20


def test_a_district_in_an_address_is_not_lost(places_in) -> None:
    """Before raions were known, "Izium" at the start of an address fell away."""
    found = places_in("Izium district, Kharkiv region")
    assert found["Izium district"].admin1 == "Kharkiv Oblast"


def test_a_raion_by_its_bare_adjective_in_an_incident_table(places_in) -> None:
    found = places_in("Novoselivka, Bakhmutskyi, Donetsk, Ukraine")
    assert found["Bakhmutskyi"].name == "Bakhmutskyi raion"


@pytest.mark.parametrize(
    ("sentence", "surface", "city"),
    [
        (
            "A glide bomb hit Kharkiv's Shevchenkivskyi district.",
            "Shevchenkivskyi district",
            KHARKIV,
        ),
        ("Debris fell in the Kyivskyi district of Kharkiv.", "Kyivskyi district", KHARKIV),
        ("Drones struck a dormitory in Odesa's Prymorskyi district.", "Prymorskyi district", ODESA),
        ("Удар припав на Шевченківський район Харкова.", "Шевченківський район", KHARKIV),
    ],
)
def test_a_city_district_lies_in_the_city_named_with_it(places_in, sentence, surface, city):
    """Kyiv, Kharkiv, Zaporizhzhia and Poltava each have a Shevchenkivskyi district,
    and Donetsk and Poltava a Kyivskyi that GeoNames lists as a town: the city named
    beside the district decides, not the largest namesake."""
    place = places_in(sentence)[surface]
    assert place.precision == "admin"
    assert km(place.lat, place.lon, *city) < 15


def test_a_city_district_does_not_move_its_city(places_in) -> None:
    """Donetsk has an Oleksandrivskyi district too; it once drew "Zaporizhzhia" to a
    Donetsk Oblast village of that name."""
    found = places_in("Shelling damaged homes in Zaporizhzhia's Oleksandrivskyi district.")
    assert km(found["Zaporizhzhia"].lat, found["Zaporizhzhia"].lon, *ZAPORIZHZHIA) < 15
    assert found["Oleksandrivskyi district"].admin1 == "Zaporizhzhia Oblast"


@pytest.mark.parametrize(
    ("sentence", "surface", "town"),
    [
        (
            "Drones struck port facilities in Bilhorod-Dnistrovskyi overnight.",
            "Bilhorod-Dnistrovskyi",
            "Bilhorod-Dnistrovskyi",
        ),
        (
            "Kamianets-Podilskyi hosted a forum of border communities.",
            "Kamianets-Podilskyi",
            "Kamyanets-Podilskyi",
        ),
    ],
)
def test_a_raion_named_as_its_centre_is_the_town(places_in, sentence, surface, town) -> None:
    """The raion's adjective is the town's own name; written bare it is the town, which
    is no longer a Russian city whose GeoNames entry lists the name by mistake."""
    found = places_in(sentence)[surface]
    assert (found.name, found.kind) == (town, "settlement")
    assert found.admin1 in ("Odesa Oblast", "Khmelnytskyi Oblast")


def test_a_raion_named_as_its_centre_is_the_raion_with_its_word(places_in) -> None:
    found = places_in("Shelling hit villages of Kamianets-Podilskyi raion.")
    assert found["Kamianets-Podilskyi raion"].kind == "admin"


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "oblast"),
    [
        (
            "Уночі ворог обстріляв Нікопольщину з артилерії.",
            "Нікопольщину",
            "Nikopolskyi raion",
            "Dnipropetrovsk Oblast",
        ),
        (
            "Дрони атакували села на Шосткинщині.",
            "Шосткинщині",
            "Shostkynskyi raion",
            "Sumy Oblast",
        ),
        (
            "Обстріли Куп’янщини не припиняються.",
            "Куп’янщини",
            "Kupianskyi raion",
            "Kharkiv Oblast",
        ),
        # The Krasnopillia raion went in the reform: its community's noun is left.
        (
            "На Краснопільщині впали дві авіабомби.",
            "Краснопільщині",
            "Krasnopilska hromada",
            "Sumy Oblast",
        ),
    ],
)
def test_a_unit_by_its_area_noun(places_in, sentence, surface, unit, oblast) -> None:
    place = places_in(sentence)[surface]
    assert (place.name, place.admin1, place.precision) == (unit, oblast, "admin")


def test_an_oblasts_area_noun_stays_the_oblasts(places_in) -> None:
    """Kharkiv raion's adjective makes "Харківщина" too, which is the oblast."""
    assert places_in("Вибухи на Харківщині.")["Харківщині"].name == "Kharkiv Oblast"


def test_a_villages_name_is_no_units_area_noun(places_in) -> None:
    """Тернівщина is a Poltava Oblast village, not Ternivka community's area."""
    place = places_in("Вибухи пролунали поблизу Тернівщини.")["Тернівщини"]
    assert (place.name, place.admin1) == ("Ternivshchyna", "Poltava Oblast")


@pytest.mark.parametrize(
    ("sentence", "surface", "raion"),
    [
        # Volnovakha makes Volnovaskyi: the kh goes before the suffix
        (
            "Artillery pounded the Volnovakha district all night.",
            "Volnovakha district",
            "Volnovaskyi raion",
        ),
        # Lozova makes Lozivskyi: the o of the stem turns to i
        ("Power is out across the Lozova district.", "Lozova district", "Lozivskyi raion"),
    ],
)
def test_a_raion_by_its_centre_whose_adjective_changes_the_stem(
    places_in, sentence, surface, raion
) -> None:
    assert places_in(sentence)[surface].name == raion


@pytest.mark.parametrize(
    ("sentence", "surface", "hromada", "oblast"),
    [
        (
            "Shelling of Tokmak, Tokmatskyi district, Zaporizhzhia Oblast.",
            "Tokmatskyi district",
            "Tokmatska hromada",
            "Zaporizhzhia Oblast",
        ),
        (
            "Dvorichna, Dvorichanskyi district, Kharkiv Oblast",
            "Dvorichanskyi district",
            "Dvorichanska hromada",
            "Kharkiv Oblast",
        ),
        # a two-word centre fused into the adjective: Velyka Novosilka
        (
            "Staromlynivka, Velykonovosilkivskyi raion, Donetsk Oblast",
            "Velykonovosilkivskyi raion",
            "Velykonovosilkivska hromada",
            "Donetsk Oblast",
        ),
        (
            "Drones struck the Huliaipole District again.",
            "Huliaipole District",
            "Huliaipilska hromada",
            "Zaporizhzhia Oblast",
        ),
        (
            "Противник обстрелял населенные пункты Великобурлукского района.",
            "Великобурлукского района",
            "Velykoburlutska hromada",
            "Kharkiv Oblast",
        ),
    ],
)
def test_a_raion_abolished_in_2020_is_its_centres_hromada(
    places_in, sentence, surface, hromada, oblast
) -> None:
    """Reports and Russian statements still name the raions of before the reform."""
    found = places_in(sentence)
    assert (found[surface].name, found[surface].admin1) == (hromada, oblast)
    assert found[surface].precision == "admin"
    if "Tokmak" in found:
        assert found["Tokmak"].name == "Tokmak"


def test_a_city_districts_name_is_no_abolished_raions(places_in) -> None:
    """Dnipro's Samarivskyi district, not the village Samari's hromada in Volyn."""
    found = places_in("Дніпро: у Самарівському районі горів склад.")
    assert all(p.admin1 != "Volyn Oblast" for p in found.values())


def test_a_city_district_beside_its_city_over_a_village_of_the_stem(places_in) -> None:
    """Kharkiv vouches for its Shevchenkivskyi district, which the village Shevchenko
    in Poltava Oblast, 120 km off, had taken through the garden's name."""
    found = places_in(
        "Харків. Дрон влучив у будинок неподалік саду Шевченка. "
        "У Шевченківському районі перекрито рух."
    )["Шевченківському районі"]
    assert found.name == "Shevchenkivskyi district"
    assert km(found.lat, found.lon, *KHARKIV) < 15


@pytest.mark.parametrize(
    ("sentence", "surface", "raion"),
    [
        ("Drones hit a depot in the Berestyn district.", "Berestyn district", "Berestynskyi raion"),
        ("Шептицький район: уламки впали на поле.", "Шептицький район", "Sheptytskyi raion"),
        # the COD-AB's name still reads
        (
            "Shelling reached the Krasnohradskyi raion.",
            "Krasnohradskyi raion",
            "Berestynskyi raion",
        ),
    ],
)
def test_a_unit_renamed_in_2024_by_its_new_name_and_its_old(
    places_in, sentence, surface, raion
) -> None:
    assert places_in(sentence)[surface].name == raion


def test_units_without_the_raions_table(tmp_path) -> None:
    """A shared folder holding the register alone gives its cities' districts, and
    no error for the raions' table it lacks."""
    from frontwatch.geo.districts import districts

    folder = tmp_path / "data" / "gazetteer"
    folder.mkdir(parents=True)
    header = (
        "katottg,cat,name,oblast_katottg,oblast_name,raion_katottg,raion_name,"
        "hromada_katottg,hromada_name,hromada_pcode,hromada_name_en,"
        "hromada_centroid_lat,hromada_centroid_lon"
    )
    row = (
        "UA63120270010100001,B,Шевченківський,UA63000000000041885,Харківська,"
        "UA63120000000042578,Харківський,UA63120270000094446,Харківська,UA6312027,"
        "Kharkivska,49.98,36.26"
    )
    (folder / "katottg_2024-01_with_hromada_centroids.csv").write_text(
        f"{header}\n{row}\n", encoding="utf-8"
    )
    (entry,) = districts(tmp_path)
    assert entry.name == "Shevchenkivskyi district"
