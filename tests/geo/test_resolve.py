"""Choosing among namesakes when the text cannot tell them apart."""

from __future__ import annotations

import pytest

from frontwatch.geo import Geoparser
from frontwatch.geo.evaluate import km
from frontwatch.geo.gazetteer import Place
from frontwatch.geo.match import Match
from frontwatch.geo.resolve import _densest_first, resolve


def _match(start: int, text: str, candidates: list[Place]) -> Match:
    return Match(start, start + len(text), text, text.lower(), tuple(candidates), start, start)


def _village(lat: float, lon: float) -> Place:
    return Place(None, "Vesele", lat, lon, "UA", "07", 0, "register")


def test_tied_namesakes_yield_the_one_among_the_most_others() -> None:
    """Three of four Veseles lie within a few km of each other: naming one of them
    is right more often than naming the lone one, which a stable sort put first."""
    lone = _village(49.67, 36.24)
    cluster = [_village(50.16, 36.54), _village(50.21, 36.48), _village(50.13, 36.60)]
    ranked = [(1.0, lone), *((1.0, v) for v in cluster)]
    chosen = _densest_first(ranked)
    assert chosen[0][1] in cluster
    assert {p for _, p in chosen} == {lone, *cluster}


def test_a_better_scored_namesake_is_never_displaced() -> None:
    best = _village(49.67, 36.24)
    cluster = [_village(50.16, 36.54), _village(50.21, 36.48), _village(50.13, 36.60)]
    ranked = [(1.2, best), *((1.0, v) for v in cluster)]
    assert _densest_first(ranked)[0][1] == best


def test_a_town_the_text_places_once_is_that_town_throughout() -> None:
    """ "Springfield, Ohio" places every bare "Springfield" of the text, before it or
    after, however much the Massachusetts towns it also names pull the other way."""
    springfields = [
        Place(1, "Springfield", 42.10, -72.59, "US", "MA", 154_341, "settlement"),
        Place(2, "Springfield", 39.92, -83.81, "US", "OH", 59_680, "settlement"),
    ]
    matches = [
        _match(0, "Springfield", springfields),
        _match(40, "Springfield", springfields),
        _match(53, "Ohio", [Place(3, "Ohio", 40.25, -83.0, "US", "OH", 11_000_000, "admin")]),
        _match(
            90, "Boston", [Place(4, "Boston", 42.36, -71.06, "US", "MA", 617_594, "settlement")]
        ),
        _match(
            120,
            "Worcester",
            [Place(5, "Worcester", 42.26, -71.8, "US", "MA", 181_045, "settlement")],
        ),
        _match(160, "Springfield", springfields),
    ]
    regions = [r.best.admin1 for r in resolve(matches)]
    assert regions == ["OH", "OH", "OH", "MA", "MA", "OH"]


def test_a_list_of_states_locates_none_of_them(places_in) -> None:
    """ "California, Colorado" in a list is two states, not a town in Colorado, and the
    list's Georgia is the state."""
    found = places_in(
        "The recalled jars were sold in Alaska, Alabama, Arizona, Arkansas, California, "
        "Colorado, Georgia, Idaho, Illinois, Kansas, Louisiana, Missouri, Nevada and Ohio."
    )
    assert all(found[state].kind == "admin" for state in ("California", "Kansas", "Nevada"))
    assert found["Georgia"].country == "US"


def test_a_town_between_two_named_counties_is_the_one_they_surround(places_in) -> None:
    """Rogersville, Missouri lies where Greene and Webster counties meet; Rogersville,
    Tennessee is as close to a Greene County of its own, but to no Webster County."""
    found = places_in(
        "Pupils in Rogersville moved into a new school this week. The district draws "
        "from eastern Greene County and western Webster County."
    )
    assert found["Rogersville"].admin1 == "Missouri"
    assert found["Greene County"].admin1 == "Missouri"


def test_a_state_read_in_context_places_the_towns_of_the_story(places_in) -> None:
    """ "Georgia" is the US state only once the story's towns are read, and the state
    then tells which Albany the story is about."""
    found = places_in(
        "Albany — A stolen pickup turned up behind an Albany feed store on Friday. "
        "Albany police and investigators from Georgia are looking for the driver."
    )
    assert found["Albany"].admin1 == "Georgia"


@pytest.mark.parametrize(
    "text",
    [
        "Glen Pruitt, 60, Lebanon, faces a theft charge after a Boone County deputy stopped him.",
        "Lebanon police are looking into a string of garage break-ins across Boone County.",
    ],
)
def test_a_name_with_its_own_police_is_a_town_not_a_country(places_in, text) -> None:
    """A person's home after their age, or a name's own police, make it a town: here
    Lebanon, Indiana, the seat of Boone County, not the country."""
    assert places_in(text)["Lebanon"].admin1 == "Indiana"


def _novoselivka(lat: float, lon: float, population: int = 0) -> Place:
    return Place(None, "Novoselivka", lat, lon, "UA", "05", population, "register")


DONETSK_OBLAST = Place(9, "Donetsk Oblast", 47.7, 37.76, "UA", "05", 4_100_000, "admin")


def _addressed(villages: list[Place]) -> Place:
    """The place resolved for 'Novoselivka, Donetsk Oblast'."""
    matches = [
        _match(0, "Novoselivka", villages),
        Match(13, 27, "Donetsk Oblast", "donetsk oblast", (DONETSK_OBLAST,), 2, 3),
    ]
    return resolve(matches)[0].best


def test_of_a_regions_namesake_villages_the_one_at_the_front_is_meant() -> None:
    """Of two Novoselivkas that nothing else tells apart, a war report means the one
    by Avdiivka, not the one a hundred km behind the lines, though listed first."""
    behind = _novoselivka(47.434, 37.764, 1_100)
    front = _novoselivka(48.150, 37.740, 900)
    assert _addressed([behind, front]) == front


def test_a_town_outranks_a_front_village_of_its_name() -> None:
    """A town of 6,000 is news in its own right: the front decides only between villages."""
    town = _novoselivka(47.434, 37.764, 6_000)
    front = _novoselivka(48.150, 37.740, 900)
    assert _addressed([town, front]) == town


def test_without_a_stated_region_the_front_decides_nothing() -> None:
    """A bare "Novoselivka" among a story's other places is placed by them; alone, by
    size: the front breaks ties only for a name the text puts in a region."""
    behind = _novoselivka(47.434, 37.764, 1_100)
    front = _novoselivka(48.150, 37.740, 900)
    assert resolve([_match(0, "Novoselivka", [behind, front])])[0].best == behind


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors in Iowa traced the sick cow to a Washington state farm near the border.",
        "Iowa inspectors said the first case was found in the state of Washington.",
    ],
)
def test_a_name_written_as_a_state_is_the_state(places_in, text) -> None:
    found = places_in(text)
    assert found["Washington"].admin1 == "Washington"
    assert found["Washington"].precision == "admin"


def test_a_bare_name_of_a_state_is_the_state_not_its_small_namesake_town(places_in) -> None:
    """Iowa's context would pull a bare "Nevada" to the Iowa town of 7,000 that bears
    the name; among states it is the state."""
    found = places_in("Gaming boards in Iowa, Missouri and Nevada must approve the sale.")
    assert (found["Nevada"].admin1, found["Nevada"].precision) == ("Nevada", "admin")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Nevada, Iowa, hosts the county fair every July.", "Iowa"),
        ("Delaware police arrested a Columbus man on Friday, Ohio officials said.", "Ohio"),
    ],
)
def test_a_state_namesake_town_stays_the_town_when_placed_or_policed(
    places_in, text, state
) -> None:
    found = places_in(text)
    town = next(iter(found.values()))
    assert (town.admin1, town.precision) == (state, "exact")


def test_a_lake_named_after_a_town_does_not_move_the_story(places_in) -> None:
    """Lake Portland is placed by whichever Portland the text chose; it tells the
    story's country, not its state, so Springfield is not dropped for the small
    namesake beside Portland, Oregon."""
    found = places_in(
        "Springfield voters approved a new library on Tuesday. Kayak rentals on Lake "
        "Portland open in May."
    )
    assert found["Springfield"].country == "US"


def test_a_suburb_named_after_a_town_does_not_vouch_for_it(places_in) -> None:
    """West Columbia lies beside Columbia, South Carolina; the pair must not outweigh
    the state the text names."""
    found = places_in(
        "A West Columbia woman was hurt in a crash on Friday, and Columbia police closed "
        "the road for two hours. She was flown to a Missouri trauma unit."
    )
    assert found["Columbia"].admin1 == "Missouri"


@pytest.mark.parametrize(
    ("text", "surface", "wrong"),
    [
        # a hundred villages are called Oleksandrivka; Donetsk once was one of them
        ("Drones struck Oleksandrivka before dawn.", "Oleksandrivka", "Donetsk"),
        ("Drones struck Aleksandrovka before dawn.", "Aleksandrovka", "Donetsk"),
        ("Shelling hit Novooleksandrivka on Tuesday.", "Novooleksandrivka", "Melitopol"),
    ],
)
def test_a_common_village_name_is_one_of_its_villages(places_in, text, surface, wrong) -> None:
    found = places_in(text)
    assert found[surface].name != wrong
    assert found[surface].country == "UA"


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # few places bear these: the town known by the name keeps it
        ("Shelling hit Krasny Luch on Tuesday.", "Krasny Luch", "Khrustalnyi"),
        ("Artillery shelled Pervomaiskyi on Tuesday.", "Pervomaiskyi", "Zlatopil"),
        # the text names the country of the one place that bore it
        ("Troops in Transnistria held drills near Mayak.", "Mayak", "Maiac"),
    ],
)
def test_a_town_keeps_a_name_few_villages_bear(places_in, text, surface, name) -> None:
    assert places_in(text)[surface].name == name


def test_a_town_that_bore_a_common_name_in_a_region_the_text_names(places_in) -> None:
    """No village of Kursk Oblast is called Sovetsky now; Kshenskiy, which was, is
    the one a text about Kursk means. Donetsk Oblast has its own Oleksandrivkas."""
    assert places_in("Drones struck Sovetsky near Kursk.")["Sovetsky"].admin1 == "Kursk Oblast"
    found = places_in("Shelling hit Oleksandrivka and Bakhmut overnight.")
    assert found["Oleksandrivka"].name == "Oleksandrivka"


@pytest.mark.parametrize(
    "text",
    [
        "Investigators raided Mason's home near Leeds.",
        "The defence pounded Lincoln with questions.",
    ],
)
def test_a_verb_that_takes_people_is_no_cue(places_in, text) -> None:
    found = places_in(text)
    assert "Mason" not in found and "Lincoln" not in found


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Washington warned Moscow against any escalation.", "Moscow", "RU"),
        ("Talks between Washington and Berlin stalled over the tanks.", "Berlin", "DE"),
    ],
)
def test_a_world_city_is_not_a_small_namesake_in_the_storys_country(
    places_in, text, surface, country
) -> None:
    """The story's country alone does not send a world city to a village of its name."""
    assert places_in(text)[surface].country == country


@pytest.mark.parametrize(
    "text",
    [
        "Drones attacked Odessa again overnight, the US embassy said.",
        "Russian missiles hit the port of Odessa; Washington announced another aid package.",
    ],
)
def test_a_city_of_the_war_outweighs_its_namesakes_abroad_in_a_sentence_of_the_war(
    places_in, text
) -> None:
    """A story naming the US does not make Odessa the Texas town of 114,000 when the
    sentence is of the war: Ukraine's port is ten times its size."""
    assert places_in(text)["Odessa"].country == "UA"


@pytest.mark.parametrize(
    "text",
    [
        "Washington warned Moscow against striking Odessa.",
        "A drone hit the depot at Melitopol overnight, Washington said.",
    ],
)
def test_a_name_that_speaks_is_its_countrys_capital(places_in, text) -> None:
    """A government speaks, not a state: the capital, whose city is a tenth of the
    state's size, and the capital's story keeps Moscow and Odessa where they are."""
    found = places_in(text)
    assert found["Washington"].admin1 == "District of Columbia"
    assert all(place.country != "US" for name, place in found.items() if name != "Washington")


def test_a_country_that_speaks_is_the_country_not_its_capital(places_in) -> None:
    found = places_in("Luxembourg said it would send demining teams to Kharkiv.")
    assert found["Luxembourg"].precision == "country"


def test_a_namesake_of_a_city_of_the_war_is_found_in_its_own_state(places_in) -> None:
    text = "A fire at a refinery in Odessa killed two workers, Texas officials said."
    assert places_in(text)["Odessa"].admin1 == "Texas"


def test_a_small_namesake_of_a_world_city_is_found_beside_its_neighbours(places_in) -> None:
    found = places_in("A Pullman student was arrested in Moscow on Friday night.")
    assert found["Moscow"].admin1 == "Idaho"


def test_a_world_city_beside_its_country_is_the_city(places_in) -> None:
    """Damascus, Maryland lies 40 km from Washington, but a text that names Syria means
    Syria's capital."""
    found = places_in(
        "Washington hopes Damascus will distance itself from Tehran, officials said, "
        "as Syria weighs the offer."
    )
    assert found["Damascus"].country == "SY"


def test_a_name_opening_a_longer_towns_name_is_its_short_form(places_in) -> None:
    """No Avondale lies near Avondale Estates, Georgia: the bare name is the town the
    story first names in full, not Avondale, Arizona, the largest of the name."""
    found = places_in(
        "Avondale Estates and Decatur will ask DeKalb County to redraw their borders. "
        "Shop owners in Avondale fear higher taxes."
    )
    assert found["Avondale"].name == "Avondale Estates"
    assert found["Avondale"].admin1 == "Georgia"


def test_a_name_opening_a_longer_one_keeps_a_namesake_beside_it(places_in) -> None:
    found = places_in("Shelling hit Kupiansk-Vuzlovyi at dawn, and Kupiansk an hour later.")
    assert found["Kupiansk"].name != found["Kupiansk-Vuzlovyi"].name
    assert found["Kupiansk"].admin1 == "Kharkiv Oblast"


@pytest.mark.parametrize(
    ("text", "home", "place", "state"),
    [
        (
            "West Virginia's House passed the roads bill; Del. Amy Cole, R-Raleigh, "
            "voted against it.",
            "Raleigh",
            "Raleigh County",
            "West Virginia",
        ),
        (
            "The Minnesota Senate passed the levy; its author, Sen. Jo Kral, DFL-Cook, "
            "thanked the committee.",
            "Cook",
            "Cook",
            "Minnesota",
        ),
    ],
)
def test_a_legislators_home_is_a_county_or_town_of_the_legislatures_state(
    places_in, text, home, place, state
) -> None:
    """ "R-Raleigh" in a story of West Virginia's House is Raleigh County, not North
    Carolina's capital; a town of the state comes before a county of its name."""
    found = places_in(text)
    assert (found[home].name, found[home].admin1) == (place, state)


def test_d_day_is_no_legislators_home(places_in) -> None:
    found = places_in("He landed in Normandy on D-Day and later settled in Evansville, Ind.")
    assert "Day" not in found
    assert found["Evansville"].admin1 == "Indiana"


def test_a_name_repeated_is_one_guess_against_the_places_the_text_is_sure_of(fast) -> None:
    text = (
        "Lancaster nurse honoured for flood work. A nurse from Lancaster has been given a "
        "national award at a ceremony in York. She helped move patients when the river "
        "burst its banks, the Yorkshire health trust said. She trained at Lancaster Royal "
        "Infirmary and still lives near Lancaster."
    )
    towns = {(p.name, p.country) for p in fast.parse(text) if p.text == "Lancaster"}
    assert towns == {("Lancaster", "GB")}


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("Borisovka, Belgorod Oblast, Russia", (50.60, 36.02)),
        ("Shelling damaged a hospital in Mykolaivka, Donetsk.", (48.86, 37.77)),
    ],
)
def test_a_town_of_the_stated_region_over_its_village_namesakes(
    fast: Geoparser, text: str, point: tuple[float, float]
) -> None:
    """Borisovka is a district seat of 14,000 and a village of 700 nearer Belgorod
    Oblast's centre; Mykolaivka a town of 15,000 by Sloviansk and several villages."""
    found = fast.parse(text)[0]
    assert km(found.lat, found.lon, *point) < 10


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("Russian artillery hit the railway station in Lyman, Luhansk Oblast.", (48.99, 37.81)),
        ("Rubizhne, Donetsk Oblast: a school was struck overnight.", (49.01, 38.38)),
        ("Shelling of Rubizhne, Kharkiv Oblast, wounded two.", (50.24, 37.04)),
    ],
)
def test_a_town_on_the_front_over_quiet_villages_of_a_mistaken_oblast(
    fast: Geoparser, text: str, point: tuple[float, float]
) -> None:
    """Luhansk Oblast's two hamlets called Lyman lie 40 and 60 km behind any front;
    the town of 20,000 the fighting was for lies just over the Donetsk Oblast line.
    Kharkiv Oblast has a Rubizhne on the border, which the oblast keeps."""
    found = fast.parse(text)[0]
    assert km(found.lat, found.lon, *point) < 10


@pytest.mark.parametrize(
    "text",
    [
        "A missile hit an industrial site in Zaporizhzhia's Komunarskyi district.",
        "Debris fell on a kindergarten in Zaporizhzhia’s Komunarskyi district overnight.",
    ],
)
def test_a_citys_own_district_does_not_place_the_city(fast: Geoparser, text: str) -> None:
    """The district's name is the adjective of Kommunarsk, Alchevsk's Soviet name, in
    Luhansk Oblast, where a village is also called Zaporizhzhia; the possessive makes
    the district the city's own, and the city is the one of 710,000."""
    city = next(p for p in fast.parse(text) if p.text == "Zaporizhzhia")
    assert (city.admin1, city.precision) == ("Zaporizhzhia Oblast", "exact")
