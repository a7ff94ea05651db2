"""Recognition rules that keep acronyms, initials, abbreviations, common words and
surnames from becoming places, and read AP-style state abbreviations in addresses."""

from __future__ import annotations

import pytest

from frontwatch.geo.keys import key


def test_acronyms_are_not_settlements(places_in) -> None:
    found = places_in(
        "UN monitors and HIV clinics reported the damage to the FAO depot near Kharkiv."
    )
    assert set(found) == {"Kharkiv"}


def test_all_caps_dateline_still_names_its_town(places_in) -> None:
    found = places_in("SUMY, Ukraine — Drones struck an energy facility overnight.")
    assert found["SUMY"].name == "Sumy"


def test_dotted_initialism_before_a_name_is_the_country(places_in) -> None:
    found = places_in("The U.S. Defense Department said the shipment reached Rzeszow.")
    assert found["U.S."].kind == "country"
    assert found["U.S."].country == "US"


def test_single_letters_and_function_words_are_not_places(places_in) -> None:
    found = places_in(
        "I saw the column leave Izium. Some of the trucks turned back. So did we, "
        "and I've not been back since."
    )
    assert set(found) == {"Izium"}


def test_abbreviations_are_not_places(places_in) -> None:
    found = places_in("Sen. Lindsey Graham visited Kyiv on Jan. 12 with Rep. Adam Smith.")
    assert set(found) == {"Kyiv"}


def test_a_fold_of_another_spelling_is_not_the_name(places_in) -> None:
    # "Little" folds to the key of Lytle, Texas; "Some" to that of the Somme.
    found = places_in("Little is known of the losses. Some units withdrew from Vovchansk.")
    assert set(found) == {"Vovchansk"}


def test_a_small_towns_alternate_name_needs_to_be_its_own(places_in) -> None:
    # GeoNames lists "Passover" and "Marburg" as other names of small or foreign towns.
    found = places_in(
        "Families marked Passover in shelters in Odesa while a Marburg outbreak was tracked."
    )
    assert set(found) == {"Odesa"}


def test_the_city_is_not_a_name(places_in) -> None:
    found = places_in("Missiles hit Dnipro at dawn. The city council said nine were hurt.")
    assert set(found) == {"Dnipro"}


def test_a_leading_the_yields_to_the_longer_name_after_it(places_in) -> None:
    """ "The Rock" is a village in Georgia, but in "The Rock Hill school board" the
    article opens the phrase and Rock Hill, South Carolina, is the name."""
    found = places_in("The Rock Hill school board voted on Monday to close two schools.")
    assert "Rock Hill" in found
    assert "The Rock" not in found


def test_a_compass_word_before_a_region_names_its_part(places_in) -> None:
    """East Texas and North Greece are villages in Pennsylvania and New York, but the
    words mean a part of the state and of the country, as "North Texas" does."""
    found = places_in(
        "Wildfires spread across East Texas on Sunday, and crews from Tyler were sent. "
        "Farmers in North Greece counted their losses."
    )
    assert (found["Texas"].name, found["Texas"].precision) == ("Texas", "admin")
    assert found["Greece"].country == "GR"
    assert "East Texas" not in found


def test_a_compass_word_before_a_town_named_alone_names_its_quarter(fast) -> None:
    """North Richmond is a California village, but beside Richmond, Virginia, the
    words name a part of the city."""
    text = (
        "Two men were hurt in a North Richmond shooting. Richmond police said the "
        "suspect fled south toward Petersburg, Virginia."
    )
    quarter = text.index("Richmond")
    found = {p.start: p for p in fast.parse(text)}
    assert found[quarter].admin1 == "Virginia"
    assert text.index("North") not in found


def test_a_compass_village_stays_when_addressed_or_a_town(places_in) -> None:
    found = places_in(
        "The fire company of East Texas, Pa., answered the call. West Jordan police "
        "and officers in West New York were also on duty."
    )
    assert found["East Texas"].admin1 == "Pennsylvania"
    assert found["West Jordan"].admin1 == "Utah"
    assert found["West New York"].admin1 == "New Jersey"


def test_surname_after_a_title_is_a_person_throughout(places_in) -> None:
    found = places_in(
        "Sgt. Tom Lincoln of the county police was at the scene. Lincoln said the "
        "driver fled toward Omaha."
    )
    assert "Lincoln" not in found
    assert found["Omaha"].country == "US"


def test_a_name_given_an_age_is_a_person_throughout(places_in) -> None:
    found = places_in(
        "The fire spread to the flat where Rose, 28, lived with her son. Rose escaped "
        "through a window, firefighters from Columbus said."
    )
    assert "Rose" not in found
    assert "Columbus" in found


def test_a_place_followed_by_a_figure_is_still_a_place(places_in) -> None:
    found = places_in("Casualties by oblast: Kharkiv, 14; Sumy, 6, of them two children.")
    assert found["Sumy"].country == "UA"


def test_surname_town_stays_a_place_when_addressed(places_in) -> None:
    found = places_in(
        "Mayor Anna Lincoln spoke first. Volunteers from Lincoln, Nebraska, drove the "
        "ambulances to Lviv."
    )
    assert (round(found["Lincoln"].lat), round(found["Lincoln"].lon)) == (41, -97)


def test_ap_state_abbreviation_states_the_towns_region(places_in) -> None:
    found = places_in("Relatives in Richmond, Ky., said the volunteer had served near Bakhmut.")
    assert (round(found["Richmond"].lat), round(found["Richmond"].lon)) == (38, -84)
    assert found["Ky."].name == "Kentucky"
    assert found["Ky."].kind == "admin"


def test_ap_state_abbreviation_ends_a_sentence(places_in) -> None:
    found = places_in("The drone maker is based in Peoria, Ill. Its founder served in Kherson.")
    assert (round(found["Peoria"].lat), round(found["Peoria"].lon)) == (41, -90)
    assert found["Kherson"].country == "UA"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("A Mass. lawmaker who visited Izium urged more aid.", "Massachusetts"),
        ("The Kharkiv volunteer spoke to a Ky. sheriff on Monday.", "Kentucky"),
    ],
)
def test_ap_state_abbreviation_before_a_word_is_the_state(places_in, text, state) -> None:
    found = {p.name: p for p in places_in(text).values()}
    assert found[state].kind == "admin"


def test_state_abbreviation_elsewhere_is_a_word(places_in) -> None:
    found = places_in("Villagers gathered for Mass. Graves were found near Izium.")
    assert set(found) == {"Izium"}


@pytest.mark.parametrize(
    ("text", "town", "abbreviation", "province", "point"),
    [
        (
            "A volunteer medic from Calgary, Alta. flew to Lviv with two ambulances.",
            "Calgary",
            "Alta",
            "Alberta",
            (51, -114),
        ),
        (
            "The instructor, of Brandon, Man., trained drone crews near Zaporizhzhia.",
            "Brandon",
            "Man",
            "Manitoba",
            (50, -100),
        ),
        (
            "Donors in Kelowna, B.C., paid for the generators sent to Kherson.",
            "Kelowna",
            "B.C.",
            "British Columbia",
            (50, -119),
        ),
    ],
)
def test_canadian_province_abbreviation_states_the_towns_region(
    places_in, text, town, abbreviation, province, point
) -> None:
    """ "Alta" is also a name GeoNames gives Yalta, and Brandon is a Florida town too."""
    found = places_in(text)
    assert found[abbreviation].name == province
    assert found[abbreviation].country == "CA"
    assert (round(found[town].lat), round(found[town].lon)) == point


def test_province_abbreviation_elsewhere_is_no_place(places_in) -> None:
    found = places_in("The fortress above Kerch was first built in 300 B.C. and burned later.")
    assert set(found) == {"Kerch"}


def test_a_clubs_abbreviation_is_no_province(places_in) -> None:
    found = places_in("Chelsea, Man. City and Arsenal sent shirts to a school in Irpin.")
    assert found["Chelsea"].country == "GB"
    assert all(p.country != "CA" for p in found.values())


@pytest.mark.parametrize(
    ("text", "abbreviation", "province"),
    [
        ("Calgary, Alta - Donors filled two trucks for Kharkiv.", "Alta", "Alberta"),
        ("A nurse from Kelowna, BC, now works in Dnipro.", "BC", "British Columbia"),
    ],
)
def test_province_abbreviation_without_its_full_stops(
    places_in, text, abbreviation, province
) -> None:
    assert places_in(text)[abbreviation].name == province


@pytest.mark.parametrize(
    ("text", "city", "region"),
    [
        ("NEW YORK, N.Y. — Ukrainian refugees marched on Sunday.", "NEW YORK", "N.Y."),
        ("QUEBEC, Que. — A convoy of donated ambulances left for Odesa.", "QUEBEC", "Que"),
    ],
)
def test_a_city_stated_to_lie_in_its_namesake_region_is_the_city(
    places_in, text, city, region
) -> None:
    found = places_in(text)
    assert found[city].kind == "settlement"
    assert found[region].kind == "admin"


def test_a_day_before_a_name_is_not_part_of_it(places_in) -> None:
    found = places_in("Late on Sunday Kharkiv police reported two more drones.")
    assert found["Kharkiv"].country == "UA"


def test_the_area_after_a_name_makes_it_a_rough_place(places_in) -> None:
    """A town too small to be taken bare is a place when "the X area" is written."""
    found = places_in(
        "Fans from across the Alexandria area rode buses to the hockey final in Fargo."
    )
    assert found["Alexandria"].country == "US"
    assert found["Alexandria"].precision == "near"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Superior Court Judge Ann Reyes set bail at $50,000.", "Superior"),
        ("A 2005 Honda collided with the truck on the bypass.", "Honda"),
        ("Shares of Dow slipped after the chemical maker trimmed its outlook.", "Dow"),
        ("Dispatchers at Metro 911 took the first call at 2 a.m.", "Metro"),
        ("Al-Hilal beat Al-Nassr 2-0 in the league on Friday.", "Al"),
        ("Officials expect the Spring offensive to start late this year.", "Spring"),
        ("The Federal Aviation Authority grounded the fleet on Monday.", "Federal"),
        ("Vice Mayor Ray Lane cast the only vote against it.", "Vice"),
        ("The White House said aid to Kyiv would continue.", "White House"),
        ("The Duma passed the mobilisation law on Tuesday.", "Duma"),
    ],
)
def test_common_words_and_brands_are_not_places(places_in, sentence, word) -> None:
    assert word not in places_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "word", "region"),
    [
        ("Julia Reyes, of Canton, Ohio, brought her two poodles.", "Canton", "Ohio"),
        ("He was born in Mobile, Alabama, in 1961.", "Mobile", "Alabama"),
        ("A drone hit a fuel depot in Azov, Rostov Oblast, overnight.", "Azov", "Rostov Oblast"),
    ],
)
def test_a_common_word_is_a_place_where_its_region_follows(
    places_in, sentence: str, word: str, region: str
) -> None:
    assert places_in(sentence)[word].admin1 == region


def test_a_common_word_in_a_list_of_words_stays_a_word(places_in) -> None:
    assert "Mobile" not in places_in("Mobile, Twitter and Facebook users were cut off.")
    assert "Azov" not in places_in("Azov fighters held the steel plant for weeks.")
    assert "Azov" not in places_in("Azov, Ukraine's best-known regiment, held Mariupol.")


def test_a_country_that_names_a_unit_is_still_a_country(places_in) -> None:
    """The Somalia battalion fought in Donbas; Somalia itself stays a place."""
    assert "Somalia" not in places_in("Fighters of the Somalia battalion shelled Avdiivka.")
    assert places_in("Floods hit Somalia, Kenya and Ethiopia.")["Somalia"].precision == "country"


@pytest.mark.parametrize(
    ("sentence", "disease", "place"),
    [
        ("Three cases of West Nile virus were confirmed in Texas.", "Nile", "Texas"),
        ("Lassa fever has killed 40 people in Nigeria this year.", "Lassa", "Nigeria"),
    ],
)
def test_a_disease_named_after_a_place_is_not_a_mention(
    places_in, sentence, disease, place
) -> None:
    found = places_in(sentence)
    assert disease not in found
    assert place in found


def test_an_outbreak_named_by_its_place_is_a_mention(places_in) -> None:
    assert "Wuhan" in places_in("The Wuhan outbreak spread to Italy within weeks.")


def test_a_compass_word_narrows_a_place_rather_than_naming_a_body(places_in) -> None:
    found = places_in("She chairs the Western Pennsylvania Orchid Society.")
    assert found["Pennsylvania"].country == "US"


def test_a_currency_is_not_its_country(places_in) -> None:
    found = places_in("Libya lifted the sentences after a US$460 million settlement.")
    assert "US" not in found
    assert "Libya" in found


def test_hyphenated_names_with_french_connectors(places_in) -> None:
    found = places_in("Cholera reached Port-au-Prince; a clinic in Aix-en-Provence sent staff.")
    assert found["Port-au-Prince"].country == "HT"
    assert found["Aix-en-Provence"].name == "Aix-en-Provence"


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Historians compared the purge with Stalin's show trials.", "Stalin"),
        ("Rutte told NATO ministers that more air defence was coming.", "Rutte"),
        ("Xi met Putin in Moscow for two days of talks.", "Xi"),
    ],
)
def test_leaders_whose_names_were_towns_are_people(places_in, sentence, person) -> None:
    assert person not in places_in(sentence)


def test_a_saints_feast_is_not_a_parish(places_in) -> None:
    found = places_in("The St. Patrick's Day parade in Savannah drew 400,000 people.")
    assert "St. Patrick" not in found
    assert "Savannah" in found


def test_a_dateline_in_capitals_is_a_place(places_in) -> None:
    found = places_in(
        "Council approves the recycling budget. TORRINGTON — The City Council approved "
        "the plan on Monday."
    )
    assert found["TORRINGTON"].country == "US"


def test_a_dateline_after_a_bylines_date_is_a_place(places_in) -> None:
    found = places_in(
        "Board approves plan for empty lot. By Kim Lee Staff Writer April 2, 2024 "
        "WORTHINGTON -- The zoning board voted 4-1 to allow apartments on the lot."
    )
    assert found["WORTHINGTON"].country == "US"


@pytest.mark.parametrize(
    ("text", "surface", "name", "admin1"),
    [
        (
            "ST. PAUL — Grain buyers met a Ukrainian trade delegation on Monday.",
            "ST. PAUL",
            "Saint Paul",
            "Minnesota",
        ),
        (
            "FT. WORTH, Texas — The plant will build drone engines for Kyiv.",
            "FT. WORTH",
            "Fort Worth",
            "Texas",
        ),
        ("Ft. Worth officials welcomed the refugees.", "Ft. Worth", "Fort Worth", "Texas"),
        (
            "The volunteer trained in Sault Ste. Marie before he left for Kharkiv.",
            "Sault Ste. Marie",
            "Sault Ste. Marie",
            "Ontario",
        ),
    ],
)
def test_a_name_after_an_abbreviated_saint_or_fort_stays_whole(
    places_in, model, text, surface, name, admin1
) -> None:
    """The full stop of "ST.", "Ste." or "Ft." ends no sentence: the name is one place, in
    either mode, not its second word alone ("PAUL", a town in Cape Verde)."""
    for found in (places_in(text), {p.text: p for p in model.parse(text)}):
        assert (found[surface].name, found[surface].admin1) == (name, admin1)


def test_a_city_named_after_a_saint_keeps_its_possessive(places_in) -> None:
    found = places_in("Crowds lined St. Petersburg's embankments for the naval parade.")
    assert found["St. Petersburg"].country == "RU"


def test_an_english_respelling_of_a_transliterated_name(places_in) -> None:
    """GeoNames calls the town Janīn; English news writes Jenin."""
    found = places_in("Israeli troops raided Jenin in the West Bank overnight.")
    assert found["Jenin"].country == "PS"


def test_openings_hold_the_first_words_of_longer_names(fast) -> None:
    """The look-ahead over capitalised words stops where no name continues, so it
    must know every beginning of a longer name, and nothing that begins none."""
    openings = fast.gazetteer.openings
    for beginning in ("St.", "Ivano", "Kryvyi", "Zaporizhzhia Nuclear"):
        assert key(beginning) in openings
    assert key("Gainesville") not in openings


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Shelling hit Ivano-Frankivsk Oblast overnight.", "Ivano-Frankivsk Oblast"),
        ("Drones were downed over Kryvyi Rih and St. Petersburg.", "St. Petersburg"),
        ("Staff at the Zaporizhzhia Nuclear Power Plant reported shelling.", None),
    ],
)
def test_longer_names_are_still_read_whole(places_in, text: str, surface: str | None) -> None:
    found = places_in(text)
    if surface is None:
        assert any("Nuclear" in s for s in found), found
    else:
        assert surface in found


def test_residents_make_a_small_town_a_place(places_in) -> None:
    """A village's name alone is too weak a sign; its residents are a strong one."""
    found = places_in("Two Borova residents were wounded when a drone hit a car.")
    assert found["Borova"].country == "UA"


def test_a_town_whose_residents_are_named_may_speak(fast) -> None:
    """ "Borova said" would make Borova a surname throughout; the text also names its
    residents, so it is the town speaking through its officials."""
    text = (
        "Borova residents sheltered in basements overnight. "
        "Borova said on Monday that water was back."
    )
    assert [p.text for p in fast.parse(text)] == ["Borova", "Borova"]


def test_a_speaker_with_a_towns_name_is_still_a_person(fast) -> None:
    assert fast.parse("Mr. Chester said the plan would fail. Chester said so twice.") == []


def test_a_middle_initial_makes_any_first_word_a_given_name(fast) -> None:
    """Given-name lists miss many names; "Trevon K. Bell" is a person whatever the
    list says, and so is "Bell" wherever else the text writes it alone."""
    text = (
        "Trevon K. Bell opened a barbershop across from the courthouse this spring. "
        "Customers say Bell never forgets a regular's name."
    )
    assert fast.parse(text) == []


def test_a_street_named_after_a_city_is_not_the_city(places_in) -> None:
    """A strike on Kharkiv's Moscow Avenue happened in Kharkiv, not in Moscow."""
    found = places_in("A glide bomb hit a tram depot on Moscow Avenue in Kharkiv overnight.")
    assert set(found) == {"Kharkiv"}


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        # a street named after an oblast, and the town its address goes on to name
        ("Shrapnel hit a pharmacy on Sumska Street Kharkiv at noon.", {"Kharkiv"}),
        ("A shell struck the school at 40 Shevchenko Ave Mariupol last night.", {"Mariupol"}),
        # a word after a street's name is no town
        ("Two teens were served at Maple Street Bar, police said.", set()),
        # a small town after a house number, a street and a comma ends the address
        (
            "Tickets are sold at the Grange Hall, 210 W. Market Street, Myerstown, until Friday.",
            {"Myerstown"},
        ),
    ],
)
def test_an_address_goes_on_from_a_street_to_its_town(
    places_in, sentence: str, places: set[str]
) -> None:
    assert set(places_in(sentence)) == places


def test_a_county_road_names_its_county(places_in) -> None:
    found = places_in("A washout closed Otter Tail County Road 1 south of Fergus Falls on Tuesday.")
    assert found["Otter Tail County"].admin1 == "Minnesota"


def test_a_relative_named_after_a_town_is_a_person(fast) -> None:
    """ "Their youngest daughter, Kendall," is a girl, and so is "Kendall" later on."""
    text = (
        "Their youngest daughter, Kendall, starts kindergarten in the fall. Kendall "
        "already reads picture books to her brother Owen."
    )
    assert fast.parse(text) == []


def test_a_local_body_named_after_its_town_names_the_town(places_in) -> None:
    """A court, a fire department or a society is named after the town that seats it,
    however many words stand between."""
    found = places_in(
        "The landlord's lawsuit goes before Litchfield Superior Court next month. Crews "
        "from the Lawrenceburg Volunteer Fire Department kept the flames from the hay."
    )
    assert {"Litchfield", "Lawrenceburg"} <= set(found)
    assert found["Lawrenceburg"].country == "US"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Two inmates walked away from the Ionia Correctional Facility on Sunday.", "Ionia"),
        ("The dinner raised $4,000, Bisbee Elks Lodge treasurer Ann Price said.", "Bisbee"),
    ],
)
def test_a_prison_or_a_lodge_named_after_its_town_names_the_town(places_in, text, town) -> None:
    assert places_in(text)[town].country == "US"


def test_a_hospital_or_an_airport_named_after_its_town_names_the_town(places_in) -> None:
    """Goshen is too small for every organisation it opens to be its own, but a
    hospital or an airport is where its town is."""
    found = places_in(
        "The driver was taken to Goshen Community Hospital on Monday. The Bohodukhiv "
        "Harmony Singers cancelled their tour."
    )
    assert found["Goshen"].country == "US"
    assert "Bohodukhiv" not in found  # a choir is no body seated in its town


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("The Goshen Education Foundation gave $12,000 to the robotics club.", "Goshen", "US"),
        ("Two wounded were taken to the Okhtyrka Medical Center overnight.", "Okhtyrka", "UA"),
    ],
)
def test_a_foundation_or_a_medical_center_named_after_its_town_names_it(
    places_in, text, town, country
) -> None:
    assert places_in(text)[town].country == country


def test_a_compass_word_opening_a_bodys_name_is_no_town(places_in) -> None:
    """ "Northeast" opens the name of a part of Ohio, not North East, Maryland."""
    found = places_in("The injured hiker was flown to Northeast Ohio Medical Center.")
    assert not any(p.name == "North East" for p in found.values())


def test_a_county_court_is_the_countys(places_in) -> None:
    """A circuit court is named after its county, not after an Iowa town of 600."""
    found = places_in(
        "Her lawsuit was filed in Kanawha Circuit Court, her lawyer in Charleston said."
    )
    assert found["Kanawha"].name == "Kanawha County"


@pytest.mark.parametrize(("abbreviation", "state"), [("N.J.", "New Jersey"), ("N.Y.", "New York")])
def test_a_dotted_state_abbreviation_is_that_state_alone(places_in, abbreviation, state) -> None:
    """Keys fold "j" and "y" together; the abbreviations must not."""
    found = places_in(f"Regulators at the {abbreviation} Board of Public Utilities approved it.")
    assert found[abbreviation].name == state


def test_a_name_before_other_words_is_not_a_body_unless_one_ends_it(places_in) -> None:
    """Without a body's word to close it, the run is some other proper name."""
    assert "Lawrenceburg" not in places_in("She sang with the Lawrenceburg Harmony Singers.")


def test_a_double_barrelled_surname_is_not_a_place(places_in) -> None:
    found = places_in(
        "Coach Lena Brisco-Green signed a new contract; Brisco-Green has won two titles. "
        "The Russia-Ukraine talks resumed in Istanbul."
    )
    assert "Green" not in found
    assert {"Russia", "Ukraine", "Istanbul"} <= set(found)


def test_a_party_and_district_tag_keeps_the_district(places_in) -> None:
    """ "DFL-Duluth" is a legislator's party and home district, not a surname."""
    found = places_in("The bill's sponsor, Sen. Ann Lee, DFL-Duluth, spoke first.")
    assert found["Duluth"].admin1 == "Minnesota"


@pytest.mark.parametrize(
    ("sentence", "surface", "state"),
    [
        ("Rep. Dana Moss, R-Ky., voted against the bill.", "Ky.", "Kentucky"),
        ("Sen. Lou Park, D-Calif, said the vote would wait.", "Calif", "California"),
    ],
)
def test_a_party_and_state_tag_names_the_state(
    places_in, sentence: str, surface: str, state: str
) -> None:
    found = places_in(sentence)[surface]
    assert (found.name, found.precision) == (state, "admin")


def test_a_middle_initial_after_a_town_name_makes_it_a_given_name(fast) -> None:
    assert fast.parse("The grant was announced by Milton J. Little, the fund's president.") == []


@pytest.mark.parametrize(
    ("text", "names", "region"),
    [
        (
            "Drones struck energy sites in the Kharkiv, Sumy and Chernihiv regions overnight.",
            ("Kharkiv", "Sumy", "Chernihiv"),
            "Oblast",
        ),
        (
            "Flood warnings covered Jackson, Barrow and Madison counties until noon.",
            ("Barrow", "Jackson", "Madison"),
            "County",
        ),
    ],
)
def test_names_listed_before_a_plural_region_word_are_regions(
    places_in, text, names, region
) -> None:
    found = places_in(text)
    for name in names:
        assert found[name].name.endswith(region), found[name]
        assert found[name].precision == "admin"


@pytest.mark.parametrize(
    ("text", "surface", "town"),
    [
        (
            "Volunteers pulled tyres from the Catawba River below the dam.",
            "Catawba River",
            "Catawba",
        ),
        ("Boats crowded Lake Hartwell on the first warm Sunday.", "Lake Hartwell", "Hartwell"),
        (
            "Volunteers repainted the depot at Lamar Station on Tuesday.",
            "Lamar Station",
            "Lamar",
        ),
        (
            "A drone hit the rail yard at Kupiansk Station overnight.",
            "Kupiansk Station",
            "Kupyansk",
        ),
    ],
)
def test_a_river_lake_or_station_named_after_a_town_is_placed_near_it(
    places_in, text, surface, town
) -> None:
    found = places_in(text)
    assert found[surface].name == town
    assert found[surface].precision == "near"


def test_a_river_named_after_a_town_abroad_is_another_river(places_in) -> None:
    """The only town called Kish lies in Iran; a river of that name beside Rockford
    is one the gazetteer lacks."""
    found = places_in("A fisherman drowned in the Kish River near Rockford on Sunday.")
    assert "Kish River" not in found
    assert found["Rockford"].admin1 == "Illinois"


def test_a_station_named_by_an_english_word_is_in_any_city(places_in) -> None:
    assert places_in("Crowds filled Union Station before the game.") == {}


def test_a_feature_word_opening_a_longer_name_is_a_business(places_in) -> None:
    found = places_in(
        "Chattahoochee Valley Community College, in Phenix City, added a nursing course."
    )
    assert not any(surface.startswith("Chattahoochee") for surface in found)


def test_a_firm_named_for_its_partners_is_not_a_place(places_in) -> None:
    found = places_in(
        "The winery's books are kept by McPherson & Quist, an accounting firm. "
        "Flights to Trinidad & Tobago resumed the same week."
    )
    assert "McPherson" not in found
    assert "Trinidad" in found


def test_a_township_written_short_is_a_place(places_in) -> None:
    found = places_in(
        "Voters in Madison Twp., Trenton and Monroe will decide the school levy in May."
    )
    assert found["Madison"].country == "US"


def test_city_before_a_bodys_word_belongs_to_the_body(places_in) -> None:
    """GeoNames also calls the Irish capital "Dublin City"; "Dublin City Manager" in a
    story about Columbus suburbs is Dublin, Ohio's manager. "Kansas City" keeps its
    word."""
    found = places_in(
        "Dublin City Manager Dana Whitfield asked for the change, and Columbus officials "
        "agreed. Flights from Kansas City were cancelled."
    )
    assert found["Dublin"].admin1 == "Ohio"
    assert found["Kansas City"].name == "Kansas City"


def test_a_city_written_with_its_word_is_the_city_not_its_province(places_in) -> None:
    """ "Quebec City" is the city, which GeoNames calls "Québec" like its province."""
    found = places_in("The summit opened in Quebec City on Monday.")
    assert found["Quebec"].precision == "exact"
    assert found["Quebec"].lat == pytest.approx(46.81, abs=0.05)


def test_a_persons_home_before_man_or_woman_is_a_place_not_a_given_name(places_in) -> None:
    """ "Alexandria" alone is as often a woman's name; "an Alexandria woman" is where
    she lives."""
    found = places_in("Deputies said an Alexandria woman was hurt in the crash near Fairfax.")
    assert (found["Alexandria"].country, found["Alexandria"].admin1) == ("US", "Virginia")


@pytest.mark.parametrize(
    "text",
    [
        "CHARLESTON, W.Va. — A volunteer medic left for Kharkiv on Monday.",
        "Ranchers near Cody, Wyo. said the drought was over.",
    ],
)
def test_a_state_abbreviation_is_one_word_in_both_modes(places_in, model, text) -> None:
    """spaCy's exceptions split "W.Va." and "Wyo." from their full stop; the project's
    own cases keep them whole, as the fast tokenizer does."""
    for found in (places_in(text), {p.text: p for p in model.parse(text)}):
        states = [p for p in found.values() if p.kind == "admin"]
        assert [p.text for p in states] == [text.split(", ")[1].split()[0]]


def test_a_dateline_with_a_double_hyphen_is_a_place_in_model_mode(model) -> None:
    """The English model keeps "--" one token and may tag a shouted town a common
    noun; the dash after it still makes a dateline."""
    found = {
        p.text: p for p in model.parse("Bridge work ahead. TOPEKA -- The council met on Monday.")
    }
    assert found["TOPEKA"].admin1 == "Kansas"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Parking meters go up on Friday in downtown Ruston.", "Ruston"),
        ("The bakery on Main Street in historic Jonesborough will close.", "Jonesborough"),
        ("Many rural Yoakum families lost power in the storm.", "Yoakum"),
    ],
)
def test_a_word_of_a_towns_parts_before_a_small_town_makes_it_a_place(
    places_in, text, town
) -> None:
    """ "Downtown", "historic" and "rural" describe a place: the small town after
    them is one, though it is too small to be taken on its capitals alone."""
    assert town in places_in(text)


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        (
            "Police are searching for a gunman after shots were fired in S. Fresno late Sunday.",
            "Fresno",
            "Fresno",
        ),
        ("Crews Clear Ice From N.E. Tulsa Roads", "Tulsa", "Tulsa"),
    ],
)
def test_an_abbreviated_compass_point_before_a_town_is_part_of_its_name(
    places_in, text: str, surface: str, name: str
) -> None:
    assert places_in(text)[surface].name == name


def test_a_middle_initial_is_no_compass_point(fast) -> None:
    names = [p.text for p in fast.parse("Officers said John W. Mobile had moved away.")]
    assert "Mobile" not in names


def test_a_park_put_in_a_town_is_not_placed_on_a_namesake_abroad(places_in) -> None:
    """The park lies in the town the text names; the gazetteer's Albert Park in
    Saskatchewan is no candidate for it, and neither pulls the town abroad."""
    places = places_in("Crews cleared fallen trees around Albert Park in Columbus on Sunday.")
    assert "Albert Park" not in places
    assert places["Columbus"].country == "US"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Delegations from Ukraine and Russia met in Minsk in March.", "Russia"),
        ("Storm damage was reported in Wichita in August.", "Wichita"),
        ("Drones struck a depot near Saltivka in Kharkiv overnight.", "Saltivka"),
        ("Chasiv Yar in Donetsk came under glide bomb attack.", "Chasiv Yar"),
        ("Evacuees from Velyka Novosilka in Zaporizhzhia waited for buses.", "Velyka Novosilka"),
        ("Kramatorsk in Donetsk was hit by two missiles.", "Kramatorsk"),
    ],
)
def test_a_country_a_month_or_a_region_after_in_keeps_the_name_before(
    places_in, text: str, kept: str
) -> None:
    assert kept in places_in(text)


@pytest.mark.parametrize(
    ("text", "surface", "oblast"),
    [
        ("Donetsk governor Vadym Filashkin urged families to leave.", "Donetsk", "Donetsk Oblast"),
        ("The Kherson regional governor said two men were hurt.", "Kherson", "Kherson Oblast"),
        ("Донецька ОВА закликала родини виїхати з Костянтинівки.", "Донецька", "Donetsk Oblast"),
        ("Луганська ОДА працює в евакуації.", "Луганська", "Luhansk Oblast"),
    ],
)
def test_a_name_before_its_governor_is_the_region(places_in, text, surface, oblast) -> None:
    place = places_in(text)[surface]
    assert (place.name, place.precision) == (oblast, "admin")


def test_a_regional_administration_may_be_its_building_in_the_city(places_in) -> None:
    place = places_in("A missile hit the Mykolaiv Regional State Administration.")["Mykolaiv"]
    assert place.precision == "exact"


@pytest.mark.parametrize(
    ("text", "ship", "place"),
    [
        ("Two missiles hit the cruiser Moskva south of Odesa.", "Moskva", "Odesa"),
        ("Drones damaged the landing ship Novocherkassk in Feodosia.", "Novocherkassk", "Feodosia"),
        ("Ракети уразили БДК «Мінськ» у Севастополі.", "Мінськ", "Севастополі"),
        ("The Black Sea Fleet moved its frigates to Novorossiysk.", "Black Sea", "Novorossiysk"),
        ("A frigate of the Northern Fleet sailed past Tromso.", "Fleet", "Tromso"),
    ],
)
def test_a_warship_or_a_fleet_is_no_place(places_in, text, ship, place) -> None:
    found = places_in(text)
    assert ship not in found
    assert place in found


@pytest.mark.parametrize(
    ("text", "surface", "city"),
    [
        ("Explosions in SUMY right now.", "SUMY", "Sumy"),
        ("LVIV: air raid alert, go to shelters.", "LVIV", "Lviv"),
        ("KIEV under attack again tonight.", "KIEV", "Kyiv"),
    ],
)
def test_a_war_city_in_capitals_is_no_initialism(places_in, text, surface, city) -> None:
    place = places_in(text)[surface]
    assert (place.name, place.precision) == (city, "exact")


def test_two_capitals_are_an_initialism_not_a_city(places_in) -> None:
    assert places_in("Students at UF marched to the capitol on Friday.") == {}


def test_a_russian_name_joined_by_na_is_one_name(places_in) -> None:
    """Slavyansk-na-Kubani is a Krasnodar Krai town, not Sloviansk in Donetsk Oblast."""
    place = places_in("Drones hit the Slavyansk-na-Kubani refinery at night.")[
        "Slavyansk-na-Kubani"
    ]
    assert place.admin1 == "Krasnodar Krai"


def test_a_governor_does_not_make_the_citys_own_mentions_the_region(fast) -> None:
    text = "Belgorod governor Vyacheslav Gladkov said drones hit Belgorod overnight."
    found = [(p.name, p.precision) for p in fast.parse(text)]
    assert found == [("Belgorod Oblast", "admin"), ("Belgorod", "exact")]


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        # a person after the name: the town's, not the ocean's
        (
            "Police say the Pacific man, 34, was held in Franklin County, Missouri.",
            "Pacific",
            "Missouri",
        ),
        # a country after a ship's word opens a clause
        ("Britain demanded the release of the tanker Iran seized in the Gulf.", "Iran", None),
        # a town called Fleet, and a town's fishing fleet
        ("In Fleet, Hampshire, police arrested a man on Friday.", "Fleet", "ENG"),
        ("The Grimsby fleet landed record catches this winter.", "Grimsby", "ENG"),
        # a river across a border from the story's town
        (
            "Drones flew low over the Narva River into Russia near Ivangorod.",
            "Narva River",
            "Ida-Viru",
        ),
    ],
)
def test_names_the_new_rules_must_keep(places_in, text, surface, admin1) -> None:
    assert places_in(text)[surface].admin1 == admin1


@pytest.mark.parametrize(
    ("text", "name", "county"),
    [
        (
            "The boy was taken to Gwinnett Medical Center with burns on Sunday.",
            "Gwinnett",
            "Gwinnett County",
        ),
        ("Miami-Dade police said the driver fled on foot.", "Miami-Dade", "Miami-Dade County"),
        (
            "Chief Boone Circuit Judge Ann Hale set a trial date in Madison, W.Va.",
            "Boone",
            "Boone County",
        ),
    ],
)
def test_a_countys_bare_name_opening_its_body_or_its_court_is_the_county(
    places_in, text, name, county
) -> None:
    """A county's hospital, police and court are named after it as a town's are, and
    a judge's title before the court's name is no given name."""
    assert places_in(text)[name].name == county


def test_a_city_named_like_a_person_opening_a_body_is_the_city(places_in) -> None:
    """Alexandria is a given name, but a planning commission is a city's."""
    assert "Alexandria" in places_in("The Alexandria Planning Commission approved the plan.")


def test_a_declined_name_is_read_as_the_name_the_text_gave_before(places_in) -> None:
    """ "Октябрьском" may be Oktyabrsk's locative or Oktyabrsky's; after "Октябрьский"
    in a list of Belgorod Oblast villages it is that village again, not the town of
    Oktyabrsky in Bashkortostan."""
    found = places_in(
        "Губернатор: в Белгородском округе атакованы Пушкарное и Октябрьский. "
        "В Октябрьском повреждено здание сельского клуба."
    )
    first, again = found["Октябрьский"], found["Октябрьском"]
    assert first.admin1 == again.admin1 == "Belgorod Oblast"
    assert (first.lat, first.lon) == (again.lat, again.lon)


def test_a_town_after_its_axis_is_the_town(places_in) -> None:
    """The axis before it is read as Kupiansk's adjective; "Куп'янська" is the town's
    genitive, not the raion's name."""
    found = places_in("На Куп’янському напрямку — бої в районі Куп’янська та Піщаного.")
    assert found["Куп’янська"].name == "Kupyansk"
