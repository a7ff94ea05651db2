"""Places that open an organisation's name, people who bear a town's name, and the
model's entity labels as one signal among others."""

from __future__ import annotations

import pytest

from frontwatch.geo import Geoparser
from frontwatch.geo.tokens import from_text


def test_region_opening_an_administrations_name_is_a_mention(places_in) -> None:
    found = places_in(
        "The Zaporizhzhia Regional Military Administration reported two drone strikes "
        "on Vasylivka overnight."
    )
    assert found["Zaporizhzhia"].country == "UA"
    assert "Vasylivka" in found


def test_state_opening_an_agencys_name_is_a_mention(places_in) -> None:
    found = places_in("The crash was investigated by the Florida Highway Patrol on Monday.")
    assert found["Florida"].kind == "admin"


def test_outlet_named_after_a_city_is_not_a_mention(places_in) -> None:
    found = places_in("The Kyiv Post reported that shells hit Kupiansk before dawn.")
    assert set(found) == {"Kupiansk"}


def test_a_lowercase_outlet_word_is_a_building_in_the_town(places_in) -> None:
    """A capital makes "Post" the paper's name; the post office is in the city."""
    found = places_in("People queued for pensions outside the Sumy post office when it hit.")
    assert found["Sumy"].admin1 == "Sumy Oblast"


@pytest.mark.parametrize(
    ("sentence", "town", "admin1"),
    [
        ("A Kharkiv company repaired the transformers within a week.", "Kharkiv", "Kharkiv Oblast"),
        ("The drone engines came from a Texas company, the ministry said.", "Texas", "Texas"),
        ("Shelling damaged a Kramatorsk bank and two shops.", "Kramatorsk", "Donetsk Oblast"),
    ],
)
def test_a_lowercase_firm_word_is_a_firm_in_the_place(places_in, sentence, town, admin1) -> None:
    """Capitalised, "Bank" or "Company" names a firm after a place; lowercase, the
    firm is in the place, which the sentence names."""
    assert places_in(sentence)[town].admin1 == admin1


def test_a_lowercase_unit_word_still_makes_a_unit(places_in) -> None:
    found = places_in("The Dnipro regiment and the Sumy brigade held the line near Vovchansk.")
    assert set(found) == {"Vovchansk"}


def test_a_broadcasters_news_service_is_not_its_country(places_in) -> None:
    found = places_in("Voice of America news bulletins carried the mayor's appeal from Sumy.")
    assert set(found) == {"Sumy"}


def test_small_town_sharing_a_word_of_an_agencys_name_is_not_a_mention(places_in) -> None:
    found = places_in("The Federal Security Service said it detained two men in Bryansk.")
    assert set(found) == {"Bryansk"}


def test_word_folding_to_a_towns_name_does_not_open_an_organisation(places_in) -> None:
    # "Human" folds to the key of Uman, a city of 80,000 in Cherkasy Oblast.
    found = places_in("Human Rights Watch said cluster munitions fell on Kharkiv.")
    assert set(found) == {"Kharkiv"}


def test_given_name_before_a_town_makes_it_a_surname_throughout(places_in) -> None:
    found = places_in(
        "Aid driver Tom Moore reached Kramatorsk on Monday with two generators. "
        "Residents of the shelled district thanked Moore and his crew."
    )
    assert set(found) == {"Kramatorsk"}


def test_middle_initial_keeps_the_name_together() -> None:
    tokens = from_text("Volunteer Anna D. Moore drove on.")
    assert [t.text for t in tokens][:4] == ["Volunteer", "Anna", "D.", "Moore"]
    assert not any(t.sent_start for t in tokens[1:])


def test_speaker_bearing_a_towns_name_is_a_person(places_in) -> None:
    found = places_in(
        "“The bridge is gone,” Moore told reporters in Kramatorsk. "
        "Volunteers working with Moore rebuilt the crossing."
    )
    assert set(found) == {"Kramatorsk"}


def test_given_name_that_is_a_state_before_a_surname_is_a_person(places_in) -> None:
    found = places_in("Georgia Peterson, a nurse from Dnipro, treated the wounded.")
    assert set(found) == {"Dnipro"}


def test_model_mode_keeps_a_town_its_recogniser_calls_a_person(model: Geoparser) -> None:
    found = {p.text for p in model.parse("A Gainesville man was charged Monday with arson.")}
    assert found == {"Gainesville"}


def test_model_mode_reads_its_person_entity_as_a_surname(model: Geoparser) -> None:
    found = {
        p.text
        for p in model.parse(
            "Aid driver Tom Moore reached Kramatorsk on Monday with two generators. "
            "Residents of the shelled district thanked Moore and his crew."
        )
    }
    assert found == {"Kramatorsk"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Grants went to Lawrenceburg Parks and Recreation and the public library. "
            "The pool in Lawrenceburg reopens in May.",
            "Lawrenceburg",
        ),
        (
            "Since the new rules came in, Hounslow Labour councillors have heard from "
            "angry tenants. Bins in Hounslow went unemptied for two weeks.",
            "Hounslow",
        ),
    ],
)
def test_model_mode_keeps_a_town_it_calls_a_person_where_the_text_places_it(
    model: Geoparser, text: str, town: str
) -> None:
    assert [p.text for p in model.parse(text)] == [town, town]


def test_model_mode_drops_a_town_it_calls_a_person_with_nothing_to_vouch(
    model: Geoparser,
) -> None:
    text = "Grants went to Galveston Parks and Recreation and the public library."
    assert model.parse(text) == []


def test_model_mode_keeps_a_region_it_calls_a_person_that_no_one_is_named(
    model: Geoparser,
) -> None:
    found = model.parse("A survey by Keep Britain Tidy found more litter on beaches this summer.")
    assert [(p.text, p.country) for p in found] == [("Britain", "GB")]


def test_model_mode_keeps_a_given_name_it_calls_a_person_a_person(model: Geoparser) -> None:
    text = (
        "Tyler Kivel scored a late win at 135 pounds. "
        "The tournament in Tyler drew wrestlers from six counties."
    )
    assert [p.start for p in model.parse(text)] == [text.rindex("Tyler")]


def test_capital_speaking_for_its_government_is_a_place(places_in) -> None:
    found = places_in(
        "Talks on the grain corridor stalled again. Moscow said the ships were armed, "
        "and Kyiv says the claim is invented."
    )
    assert {found["Moscow"].country, found["Kyiv"].country} == {"RU", "UA"}


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("Litchfield Fire Chief Rhonda Vail said the blaze was out by dawn.", "Litchfield"),
        ("The Torrington Public Library will host the workshop.", "Torrington"),
        ("The Hagerstown Board of Education met on Tuesday.", "Hagerstown"),
    ],
)
def test_a_small_town_opening_a_local_bodys_name_is_a_mention(places_in, sentence, town) -> None:
    assert places_in(sentence)[town].country == "US"


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("Chuhuiv Airbase burned after the first strike.", "Chuhuiv"),
        ("Curators rescued paintings from the Okhtyrka Local History Museum.", "Okhtyrka"),
        ("A missile hit the Mykolaiv Regional State Administration.", "Mykolaiv"),
        ("Smoke rose over the Zaporozhye Aluminum Combine at dawn.", "Zaporozhye"),
        ("Russian missiles struck the Kyiv TV tower.", "Kyiv"),
    ],
)
def test_a_plant_or_public_building_named_after_its_town_is_a_mention(
    places_in, sentence, town
) -> None:
    """Strike reports name a Ukrainian facility after its town."""
    assert places_in(sentence)[town].country == "UA"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The Food and Drug Administration approved the vaccine.", "Drug"),
        ("The Webster Theatre reopened with a jazz night.", "Webster"),
        ("Kyiv TV reported the attack first.", "Kyiv"),
    ],
)
def test_a_facility_or_outlet_named_otherwise_is_not_a_mention(places_in, sentence, word) -> None:
    """Abroad such names follow people and words as often; a channel is no place."""
    assert word not in places_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("Damaged Darivka bridge reopened to traffic on Monday.", "Darivka"),
        ("Stranded Lancaster motorist rescued from floodwater.", "Lancaster"),
        ("Downtown Kharkiv lost power after the strike.", "Kharkiv"),
        ("Local Sumy officials ordered children out of the border villages.", "Sumy"),
        ("Current Moldova law bars the transit of arms.", "Moldova"),
    ],
)
def test_a_participle_or_modifier_opening_the_sentence_is_not_part_of_the_name(
    places_in, sentence, town
) -> None:
    assert town in places_in(sentence)


def test_a_firms_first_word_opening_the_sentence_still_makes_a_name(places_in) -> None:
    assert "Odesa" not in places_in("Radio Odesa said the ferry would sail on Friday.")


def test_a_party_opening_the_sentence_is_still_a_name(places_in) -> None:
    assert "Russia" not in places_in("United Russia won most of the seats.")


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        (
            "Council trims budget for snow removal. TORRINGTON — The City Council cut "
            "$40,000 from the plan on Monday.",
            "TORRINGTON",
            "US",
        ),
        (
            "Drone debris hits market. KHERSON: A Russian drone dropped a grenade on a bus "
            "stop, officials said.",
            "KHERSON",
            "UA",
        ),
        (
            "Teen held after crash. Grovetown police then questioned the driver, who had "
            "fled on foot.",
            "Grovetown",
            "US",
        ),
    ],
)
def test_model_mode_keeps_a_town_its_tagger_calls_a_common_noun(
    model: Geoparser, text: str, town: str, country: str
) -> None:
    """The tagger often reads a sentence's capitalised first word as a common noun; a
    dateline's dash or colon, or a civic body after the word, says it is a town."""
    found = {p.text: p for p in model.parse(text)}
    assert found[town].country == country


def test_model_mode_reads_a_legislators_home_district(model: Geoparser) -> None:
    """The model reads "Carla Vang, R-Marshall" as one person; the letter of a
    party and a hyphen before a name make it the legislator's district."""
    found = model.parse(
        "Sen. Carla Vang, R-Marshall — backed by Sen. Ingrid Brekke, DFL-Chisholm — "
        "asked for a recount of the bonding vote."
    )
    assert [p.admin1 for p in found] == ["Minnesota", "Minnesota"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # Weapons and aircraft named by their model, or by a name some village bears.
        ("A TOS-1 launcher fired on positions near Huliaipole.", {"Huliaipole"}),
        ("Two Russian Su-25 jets and a Ka-52 flew over Kherson.", {"Kherson"}),
        ("Ukrainian gunners destroyed a Russian Grad MLRS near Izium.", {"Izium"}),
        ("An artillery strike hit a Russian Pantsir outside Tokmak.", {"Tokmak"}),
        ("Residents threw a Molotov at a Russian truck in Berdiansk.", {"Berdiansk"}),
        # Common words that open a caption: Slovenia's Štore, a Kazakh village.
        ("Store heavily damaged after the night's shelling of Kupiansk.", {"Kupiansk"}),
        ("Oil depot burning after a strike on Novoshakhtinsk.", {"Novoshakhtinsk"}),
        ("Tank fire destroyed a barn in Robotyne.", {"Robotyne"}),
    ],
)
def test_weapons_and_common_words_in_war_captions_are_not_places(
    places_in, text: str, places: set[str]
) -> None:
    assert set(places_in(text)) == places


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Deputies were called to the Atlanta Estates trailer park in Alabama.", "Atlanta"),
        ("The Denver Heights subdivision flooded again.", "Denver"),
    ],
)
def test_an_estate_named_after_a_city_is_not_the_city(places_in, text, city) -> None:
    assert city not in places_in(text)


def test_a_war_towns_heights_are_its_own(places_in) -> None:
    found = places_in("Russian guns on the Bakhmut Heights overlooked the city.")
    assert found["Bakhmut"].country == "UA"


def test_a_small_towns_name_of_two_words_opening_a_schools_is_the_town(places_in) -> None:
    """No word names a school "Cross Lanes": the school is the town's, whatever the
    town's size."""
    found = places_in("Buses to Cross Lanes Elementary School were cancelled after the storm.")
    assert found["Cross Lanes"].admin1 == "West Virginia"


@pytest.mark.parametrize(
    "text",
    [
        "Classes at St. Anne Academy resume on Monday.",
        "Volunteers cleaned up the Oak Grove Memorial Gardens on Saturday.",
    ],
)
def test_a_saints_or_a_memorials_name_is_not_a_towns(places_in, text) -> None:
    assert not places_in(text)


def test_a_towns_community_or_senior_center_names_the_town(places_in) -> None:
    """A community, civic or senior center is the town's own hall, whatever the
    town's size."""
    found = places_in("Lunch is served at the Cuero Senior Center on weekdays.")
    assert found["Cuero"].admin1 == "Texas"


@pytest.mark.parametrize(
    "text",
    [
        "The Carver Community Center hosted a job fair.",
        "He studied at Bunker Hill Community College.",
        "He joined the Pleasant Hill Baptist Church.",
        "The funds came from Silver Lake Partners.",
    ],
)
def test_a_center_or_a_body_named_after_a_person_or_a_word_is_no_town(places_in, text) -> None:
    assert not places_in(text)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Crews from the Oregon Division of Forestry contained the fire by noon.", "Oregon"),
        ("She served two tours with the Ohio Army National Guard before college.", "Ohio"),
    ],
)
def test_a_states_department_or_guard_is_a_mention_of_the_state(places_in, text, region) -> None:
    """A military division is never "of" something, and a state's National Guard is
    the state's: neither is a unit named after a place."""
    assert places_in(text)[region].kind == "admin"


def test_a_unit_named_after_a_city_is_still_no_mention(places_in) -> None:
    assert places_in("Soldiers of the Kharkiv Division held the line near Vovchansk.").keys() == {
        "Vovchansk"
    }
